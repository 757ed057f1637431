"""Near-duplicates across runs from stored signatures: a later day finds the copies of
earlier days' documents without their texts, and gets the answer a whole-history pass gives."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd

from extract.dedup import NearDuplicateIndex, band_keys, find_near_duplicates, signature
from orchestration.assets.cleaned import SIGNATURES_DDL, add_earlier_candidates
from orchestration.warehouse import ensure_schema

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"


def corpus() -> list[str]:
    """The sample articles, each with a few edited copies (one word changed per copy)."""
    rng = random.Random(5)
    texts = []
    for path in sorted(RAW.glob("*/*.txt")):
        text = path.read_text(encoding="utf-8")
        texts.append(text)
        words = text.split()
        for _ in range(2):
            edited = list(words)
            edited[rng.randrange(len(edited))] = "CHANGED"
            texts.append(" ".join(edited))
    rng.shuffle(texts)
    return texts


def run_day(conn, day: date, docs: list[tuple[str, str]]) -> dict[str, str]:
    """What the cleaned asset does for one day: index the day's documents after the earlier
    candidates, store the canonical ones' signatures and band keys."""
    index = NearDuplicateIndex()
    signatures = {doc_id: signature(text) for doc_id, text in docs}
    add_earlier_candidates(conn, index, day, list(signatures.values()))
    found, rows, bands = {}, [], []
    for doc_id, _ in docs:
        canonical = index.add(doc_id, signatures[doc_id])
        if canonical is not None:
            found[doc_id] = canonical
        else:
            rows.append((doc_id, day, signatures[doc_id].tolist()))
            bands += [(doc_id, day, b, key) for b, key in enumerate(band_keys(signatures[doc_id]))]
    conn.register("s", pd.DataFrame(rows, columns=["doc_id", "partition_date", "signature"]))
    conn.register("b", pd.DataFrame(bands, columns=["doc_id", "partition_date", "band", "bucket"]))
    conn.execute("INSERT INTO cleaned.document_signatures SELECT * FROM s")
    conn.execute("INSERT INTO cleaned.document_bands SELECT * FROM b")
    return found


def test_day_by_day_with_stored_signatures_equals_one_pass_over_everything(tmp_path):
    texts = corpus()
    docs = [(f"d{i:02d}", t) for i, t in enumerate(texts)]
    conn = duckdb.connect(str(tmp_path / "w.duckdb"))
    ensure_schema(conn)
    conn.execute(SIGNATURES_DDL)
    found = {}
    for day, chunk in enumerate([docs[:5], docs[5:9], docs[9:]], start=1):
        found |= run_day(conn, date(2024, 10, day), chunk)
    expected = find_near_duplicates(docs)
    assert found == expected
    assert len(expected) == 10  # every edited copy was found (5 articles x 2 copies)
    # Only canonical documents are stored: the history holds one signature per story.
    assert conn.execute("SELECT count(*) FROM cleaned.document_signatures").fetchone()[0] == 5


def test_a_document_with_a_stored_copy_points_at_the_earliest_day():
    index = NearDuplicateIndex()
    sig = signature(" ".join(corpus()[0].split()))
    index.add_canonical("late", sig, (date(2024, 10, 3), "late"))
    index.add_canonical("early", sig, (date(2024, 10, 1), "early"))
    assert index.add("new", sig) == "early"
