"""Near-duplicates across runs from stored signatures: a later day finds the copies of
earlier days' documents without their texts, and gets the answer a whole-history pass gives."""

from __future__ import annotations

import random
from datetime import date, datetime
from pathlib import Path

import duckdb
import pandas as pd

from extract.dedup import NearDuplicateIndex, find_near_duplicates, signature
from orchestration.assets.cleaned import SIGNATURES_DDL, cleaned_chunks, cleaned_tables
from orchestration.parallel import chunks
from orchestration.storage import PartitionWriter
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
    """What the cleaned asset does for a run of one day (`cleaned_tables`), storing the
    canonical documents' signatures and band keys with its PartitionWriter."""
    results = [(doc_id, f"file:{doc_id}", day, {"doc_id": doc_id}, signature(text)) for doc_id, text in docs]
    tables = cleaned_tables(conn, NearDuplicateIndex(), results, datetime.now(), day)
    stored = ["cleaned.document_signatures", "cleaned.document_bands"]
    with PartitionWriter(conn, day, day, stored) as out:
        out.write({table: tables[table] for table in stored})
    rows = tables["cleaned.documents"]
    return {doc_id: canonical for doc_id, canonical in zip(rows.doc_id, rows.duplicate_of) if pd.notna(canonical)}


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


STORED = ["cleaned.document_signatures", "cleaned.document_bands"]


def run_range(conn, docs: list[tuple[str, date, str]], chunk_docs: int, index_docs: int) -> dict[str, str]:
    """What the cleaned asset does for a run over the days of `docs` ((doc_id, day, text), in
    day order): chunks of chunk_docs documents, each written before the next is cleaned."""
    results = [(doc_id, f"file:{doc_id}", day, {"doc_id": doc_id}, signature(text)) for doc_id, day, text in docs]
    days = [day for _, day, _ in docs]
    found = {}
    with PartitionWriter(conn, min(days), max(days), STORED) as out:
        for tables in cleaned_chunks(conn, chunks(results, chunk_docs), max(days), datetime.now(), index_docs):
            out.write({table: tables[table] for table in STORED})
            rows = tables["cleaned.documents"]
            found |= {doc_id: canonical for doc_id, canonical in zip(rows.doc_id, rows.duplicate_of) if pd.notna(canonical)}
    return found


def new_warehouse(path: Path) -> duckdb.DuckDBPyConnection:
    conn = duckdb.connect(str(path))
    ensure_schema(conn)
    conn.execute(SIGNATURES_DDL)
    return conn


def test_an_index_that_starts_again_finds_the_copies_one_index_finds(tmp_path):
    """The index of a run starts again every index_docs canonical documents; the copies of
    documents it dropped are found among the rows written, with the same answer."""
    texts = corpus()
    docs = [(f"d{i:02d}", date(2024, 10, 1 + i // 4), t) for i, t in enumerate(texts)]
    expected = find_near_duplicates([(doc_id, text) for doc_id, _, text in docs])
    assert len(expected) == 10
    for index_docs in (1, 2, 3, len(docs)):
        conn = new_warehouse(tmp_path / f"w{index_docs}.duckdb")
        assert run_range(conn, docs, chunk_docs=2, index_docs=index_docs) == expected, index_docs
        # A re-run of the range replaces it and finds the same (its old rows are not "earlier").
        assert run_range(conn, docs, chunk_docs=2, index_docs=index_docs) == expected, index_docs


def test_a_re_run_of_an_earlier_day_does_not_point_at_a_later_day(tmp_path):
    text = corpus()[0]
    conn = new_warehouse(tmp_path / "w.duckdb")
    assert run_range(conn, [("late", date(2024, 10, 3), text)], 2, 10) == {}
    assert run_range(conn, [("early", date(2024, 10, 1), "Breaking: " + text)], 2, 10) == {}


def test_a_document_with_a_stored_copy_points_at_the_earliest_day():
    index = NearDuplicateIndex()
    sig = signature(" ".join(corpus()[0].split()))
    index.add_canonical("late", sig, (date(2024, 10, 3), "late"))
    index.add_canonical("early", sig, (date(2024, 10, 1), "early"))
    assert index.add("new", sig) == "early"


def test_the_cleaned_asset_finds_copies_across_the_days_of_one_run(tmp_path, monkeypatch):
    """One run over three days (the range's documents in the index) marks the same copies as
    three runs of one day each (earlier days read back by their stored band keys), every
    copy pointing at the earliest day's document."""
    import dagster as dg

    from orchestration.definitions import build_defs
    from orchestration.run_pipeline import RANGE_END_TAG, RANGE_START_TAG
    from orchestration.schedules import pipeline_job

    texts = [path.read_text(encoding="utf-8") for path in sorted(RAW.glob("*/*.txt"))[:2]]
    copy = lambda text, word: f"{word} {text}"  # noqa: E731 (a syndicated copy with one word more)
    days = {"2024-11-01": [texts[0]], "2024-11-02": [copy(texts[0], "one"), texts[1]], "2024-11-03": [copy(texts[1], "two")]}
    for day, day_texts in days.items():
        (tmp_path / "raw" / day).mkdir(parents=True)
        for i, text in enumerate(day_texts):
            (tmp_path / "raw" / day / f"a{i}.txt").write_text(text, encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    monkeypatch.setenv("NEWSCLAIMS_LANDING", str(tmp_path / "raw"))
    selection = [dg.AssetKey(["raw", "documents"]), dg.AssetKey(["cleaned", "documents"])]

    def duplicates(warehouse: Path, ranges: list[tuple[str, str]]) -> list[tuple]:
        job = build_defs(str(warehouse)).get_job_def(pipeline_job.name)
        with dg.DagsterInstance.get() as instance:
            for start, end in ranges:
                assert job.execute_in_process(instance=instance, asset_selection=selection,
                                              tags={RANGE_START_TAG: start, RANGE_END_TAG: end}).success
        with duckdb.connect(str(warehouse), read_only=True) as conn:
            return conn.execute("SELECT d.partition_date, c.partition_date FROM cleaned.documents d "
                                "JOIN cleaned.documents c ON c.doc_id = d.duplicate_of ORDER BY 1").fetchall()

    one_run = duplicates(tmp_path / "one.duckdb", [("2024-11-01", "2024-11-03")])
    assert [(str(a), str(b)) for a, b in one_run] == [("2024-11-02", "2024-11-01"), ("2024-11-03", "2024-11-02")]
    assert duplicates(tmp_path / "daily.duckdb", [(day, day) for day in days]) == one_run
