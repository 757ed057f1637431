"""Warehouse rows from documents: the functions the pipeline's worker processes run.

They live in this library rather than beside the Dagster assets that write their rows, so
that a worker imports what it uses (trafilatura, spaCy) and not Dagster, dbt and pandas
(orchestration.parallel starts workers from a process that imported only this module).
"""

from __future__ import annotations

import json
from dataclasses import asdict

from extract.cleaning import clean_document
from extract.dedup import signature
from extract.extraction import extract_many
from extract.models import Extraction

MIN_CHARS = 1  # a document whose cleaned text is empty is quarantined, not stored
EXTRACTED_TABLES = ("sentences", "entity_mentions", "claims", "quantities")


def clean_row(item: tuple) -> tuple:
    """(doc_id, source_uri, day, row, signature) of one raw document; row and signature are
    None when no text is left."""
    doc_id, uri, day, content_type, content, metadata = item
    doc = clean_document(bytes(content), filename=uri, content_type=content_type, metadata=json.loads(metadata or "{}"))
    if len(doc.text) < MIN_CHARS:
        return doc_id, uri, day, None, None
    row = {
        "doc_id": doc_id, "source_uri": uri, "partition_date": day, "title": doc.title, "text": doc.text,
        "language": doc.language or "und", "is_mixed_language": doc.is_mixed_language,
        "published_at": doc.published_at, "outlet": doc.outlet, "wire_agency": doc.wire_agency,
        "url": doc.url, "author": doc.author, "is_machine_translated": doc.is_machine_translated,
        "duplicate_of": None, "n_chars": doc.n_chars, "n_chars_raw": doc.n_chars_raw,
    }
    return doc_id, uri, day, row, signature(doc.text)


def extract_rows(items: list[tuple]) -> list[tuple[str, object, dict[str, list[dict]] | None, str | None]]:
    """Each (doc_id, day, text, language, published_at)'s rows per extracted table; a document
    whose extraction raises gets an error string instead, so it is quarantined and the rest
    of the run goes on."""
    results = []
    for (doc_id, day, *_), result in zip(items, extract_many((text, language, published_at)
                                                              for _, _, text, language, published_at in items)):
        if isinstance(result, Exception):
            results.append((doc_id, day, None, repr(result)))
        else:
            results.append((doc_id, day, table_rows(doc_id, day, result), None))
    return results


def table_rows(doc_id: str, day, result: Extraction) -> dict[str, list[dict]]:
    # Ids are unique within a document; prefixing the doc_id makes them unique in the warehouse.
    prefix = doc_id[:16]
    tables: dict[str, list[dict]] = {}
    for table in EXTRACTED_TABLES:
        tables[table] = []
        for record in getattr(result, "entities" if table == "entity_mentions" else table):
            row = {"doc_id": doc_id, "partition_date": day, **asdict(record)}
            for key in ("claim_id", "quantity_id"):
                if row.get(key):
                    row[key] = f"{prefix}-{row[key]}"
            tables[table].append(row)
    return tables
