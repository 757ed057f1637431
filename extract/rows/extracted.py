"""extracted.* rows from cleaned documents (run in the extraction workers)."""

from __future__ import annotations

from dataclasses import asdict

from extract.extraction import extract_many
from extract.models import Extraction

EXTRACTED_TABLES = ("sentences", "entity_mentions", "claims", "quantities")


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
            for key in ("claim_id", "quantity_id", "answers_claim_id"):
                if row.get(key):
                    row[key] = f"{prefix}-{row[key]}"
            tables[table].append(row)
    return tables
