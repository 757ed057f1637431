"""cleaned/documents: article text and metadata for every raw document of the range."""

import json
from datetime import datetime, timezone

import dagster as dg
import pandas as pd

from extract.cleaning import clean_document
from extract.dedup import find_near_duplicates
from orchestration.partitions import daily_partitions, partition_dates, single_run
from orchestration.resources import WarehouseResource
from orchestration.warehouse import REJECTION_COLUMNS, ensure_schema, replace_partitions

MIN_CHARS = 1  # a document whose cleaned text is empty is quarantined, not stored


@dg.asset(
    key=["cleaned", "documents"],
    deps=[dg.AssetKey(["raw", "documents"])],
    partitions_def=daily_partitions,
    backfill_policy=single_run,
    group_name="cleaned",
    kinds={"python", "duckdb"},
    description="Article text without boilerplate (one paragraph per line), language, title, "
    "published date, outlet, wire agency, machine-translation flag and near-duplicate link.",
)
def cleaned_documents(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    start, end = partition_dates(context)
    with warehouse.get_connection() as conn:
        ensure_schema(conn)
        raw = conn.execute(
            "SELECT doc_id, source_uri, partition_date, content_type, content, metadata "
            "FROM raw.documents WHERE partition_date BETWEEN ? AND ? ORDER BY partition_date, doc_id",
            [start, end],
        ).fetchall()
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    rows, rejected = [], []
    for doc_id, uri, day, content_type, content, metadata in raw:
        doc = clean_document(bytes(content), filename=uri, content_type=content_type, metadata=json.loads(metadata or "{}"))
        if len(doc.text) < MIN_CHARS:
            rejected.append((uri, day, "no_text", f"doc {doc_id}: nothing left after cleaning", now, "cleaned"))
            continue
        rows.append({
            "doc_id": doc_id, "source_uri": uri, "partition_date": day, "title": doc.title, "text": doc.text,
            "language": doc.language or "und", "is_mixed_language": doc.is_mixed_language,
            "published_at": doc.published_at, "outlet": doc.outlet, "wire_agency": doc.wire_agency,
            "url": doc.url, "author": doc.author, "is_machine_translated": doc.is_machine_translated,
            "duplicate_of": None, "n_chars": doc.n_chars, "n_chars_raw": doc.n_chars_raw,
        })
    with warehouse.get_connection() as conn:
        # Copies are found against everything stored before this range too; the earliest wins.
        earlier = conn.execute(
            "SELECT doc_id, text FROM cleaned.documents WHERE partition_date < ? ORDER BY partition_date, doc_id",
            [start],
        ).fetchall()
        duplicates = find_near_duplicates(earlier + [(r["doc_id"], r["text"]) for r in rows])
        for r in rows:
            r["duplicate_of"] = duplicates.get(r["doc_id"])
        frames = {
            "cleaned.documents": pd.DataFrame(rows, columns=[
                "doc_id", "source_uri", "partition_date", "title", "text", "language", "is_mixed_language",
                "published_at", "outlet", "wire_agency", "url", "author", "is_machine_translated",
                "duplicate_of", "n_chars", "n_chars_raw"]),
            "raw.rejected_documents": pd.DataFrame(
                rejected, columns=REJECTION_COLUMNS),
        }
        replace_partitions(conn, start, end, frames, narrow={"raw.rejected_documents": "AND stage = 'cleaned'"})
    chars_raw = sum(r["n_chars_raw"] for r in rows)
    chars = sum(r["n_chars"] for r in rows)
    return dg.MaterializeResult(metadata={
        "documents": len(rows),
        "rejected_empty": len(rejected),
        "near_duplicates": sum(r["duplicate_of"] is not None for r in rows),
        "languages": dg.MetadataValue.json(pd.Series([r["language"] for r in rows], dtype="object").value_counts().to_dict()),
        "chars_before": chars_raw,
        "chars_after": chars,
    })
