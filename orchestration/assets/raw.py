"""raw/documents: every file of the day's landing folder becomes a document or a rejection."""

import hashlib
import json
from datetime import date, datetime, timedelta, timezone

import dagster as dg
import pandas as pd

from extract.reading import list_landing_files, read_landing_file
from orchestration.partitions import daily_partitions, partition_dates, single_run
from orchestration.resources import WarehouseResource
from orchestration.settings import landing_dir
from orchestration.warehouse import REJECTION_COLUMNS, ensure_schema, replace_partitions


def days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


@dg.asset(
    key=["raw", "documents"],
    partitions_def=daily_partitions,
    backfill_policy=single_run,
    group_name="raw",
    kinds={"python", "duckdb"},
    description="Raw bytes of every document landed in data/raw/<date>/ (doc_id = sha256 of the bytes); "
    "what cannot become a document goes to raw.rejected_documents with a reason.",
)
def raw_documents(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    start, end = partition_dates(context)
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    docs, rejected, duplicates, n_files = [], [], [], 0
    seen: dict[str, str] = {}  # doc_id -> source_uri of its first copy
    for day in days(start, end):
        folder = landing_dir() / day.isoformat()
        if not folder.is_dir():
            continue
        for path in list_landing_files(folder):
            n_files += 1
            uri = str(path.relative_to(landing_dir().parent))
            records, rejections = read_landing_file(path, source_uri=uri)
            for rej in rejections:
                rejected.append((rej.source_uri, day, rej.reason, rej.detail, now, "raw"))
            for rec in records:
                doc_id = hashlib.sha256(rec.content).hexdigest()
                if doc_id in seen:
                    duplicates.append((rec.source_uri, day, "duplicate", f"same bytes as {seen[doc_id]} (doc_id {doc_id})", now, "raw"))
                    continue
                seen[doc_id] = rec.source_uri
                docs.append(
                    (doc_id, rec.source_uri, day, rec.content_type, len(rec.content), rec.content,
                     json.dumps(rec.metadata, default=str), now)
                )
    with warehouse.get_connection() as conn:
        ensure_schema(conn)
        # The same bytes already stored for a day outside this range stay there, once.
        if docs:
            existing = dict(
                conn.execute(
                    "SELECT doc_id, source_uri FROM raw.documents WHERE partition_date NOT BETWEEN ? AND ? "
                    "AND doc_id IN (SELECT unnest(?))",
                    [start, end, [d[0] for d in docs]],
                ).fetchall()
            )
            duplicates += [
                (d[1], d[2], "duplicate", f"same bytes as {existing[d[0]]} (doc_id {d[0]})", now, "raw")
                for d in docs
                if d[0] in existing
            ]
            docs = [d for d in docs if d[0] not in existing]
        frames = {
            "raw.documents": pd.DataFrame(
                docs,
                columns=["doc_id", "source_uri", "partition_date", "content_type", "n_bytes", "content",
                         "metadata", "ingested_at"],
            ),
            "raw.rejected_documents": pd.DataFrame(
                rejected + duplicates, columns=REJECTION_COLUMNS
            ),
        }
        replace_partitions(conn, start, end, frames, narrow={"raw.rejected_documents": "AND stage = 'raw'"})
    reasons = pd.Series([r[2] for r in rejected], dtype="object").value_counts().to_dict()
    context.log.info(
        f"{n_files} files: {len(docs)} documents, {len(rejected)} rejected, {len(duplicates)} duplicates skipped"
    )
    return dg.MaterializeResult(
        metadata={
            "files": n_files,
            "documents": len(docs),
            "rejected": len(rejected),
            "duplicates_skipped": len(duplicates),
            "rejected_by_reason": dg.MetadataValue.json(reasons),
        }
    )
