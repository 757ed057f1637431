"""extract_many (what the extraction asset's workers call) gives what extract_claims gives one
text at a time, and a text that cannot be parsed fails alone."""

from dataclasses import asdict
from pathlib import Path

from extract import extract_claims
from extract.extraction import extract_many
from extract.models import Extraction
from extract.rows.extracted import EXTRACTED_TABLES as TABLES
from extract.rows.extracted import extract_rows

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"
# spaCy refuses texts longer than the pipeline's max_length (2,000,000 characters) with a ValueError.
TOO_LONG = "Kyiv said troops arrived. " * 80_000


def samples() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(RAW.glob("*/*.txt"))]


def test_batched_extraction_equals_one_text_at_a_time():
    texts = samples()
    assert len(texts) == 5
    # Languages given, detected, and mixed in one batch.
    items = [(text, lang, None) for text, lang in zip(texts, ["en", None, "de", None, "en"])]
    batched = list(extract_many(items))
    assert all(isinstance(r, Extraction) for r in batched)
    assert [asdict(r) for r in batched] == [asdict(extract_claims(t, language=lang)) for t, lang, _ in items]
    assert {r.language for r in batched} == {"en", "de"}


def test_a_text_that_cannot_be_parsed_fails_alone():
    short = "Kyiv said on Monday that 3,000 North Korean soldiers had arrived in Kursk."
    results = list(extract_many([(short, "en", None), (TOO_LONG, "en", None), (short, None, None)]))
    assert isinstance(results[1], ValueError) and "max_length" in str(results[1])
    assert asdict(results[0]) == asdict(results[2]) == asdict(extract_claims(short, language="en"))


def test_worker_rows_quarantine_the_failing_document_only():
    short = "Kyiv said on Monday that 3,000 North Korean soldiers had arrived in Kursk."
    day = "2024-11-04"
    rows = extract_rows([("a" * 64, day, short, "en", None), ("b" * 64, day, TOO_LONG, "en", None)])
    (ok_id, _, tables, ok_error), (bad_id, _, bad_tables, error) = rows
    assert ok_error is None and bad_tables is None and "max_length" in error
    assert set(tables) == set(TABLES) and tables["claims"] and tables["quantities"]
    # Warehouse ids carry the document's id, so they are unique across documents.
    assert all(row["claim_id"].startswith("a" * 16 + "-") for row in tables["claims"])
