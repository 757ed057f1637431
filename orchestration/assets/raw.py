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
    docs, rejected, n_files, n_dup = [], [], 0, 0
    seen: set[str] = set()
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
                    n_dup += 1
                    continue
                seen.add(doc_id)
                docs.append(
                    (doc_id, rec.source_uri, day, rec.content_type, len(rec.content), rec.content,
                     json.dumps(rec.metadata, default=str), now)
                )
    with warehouse.get_connection() as conn:
        ensure_schema(conn)
        # The same bytes already stored for a day outside this range stay there, once.
        if docs:
            existing = {
                r[0]
                for r in conn.execute(
                    "SELECT doc_id FROM raw.documents WHERE partition_date NOT BETWEEN ? AND ? "
                    "AND doc_id IN (SELECT unnest(?))",
                    [start, end, [d[0] for d in docs]],
                ).fetchall()
            }
            n_dup += sum(d[0] in existing for d in docs)
            docs = [d for d in docs if d[0] not in existing]
        frames = {
            "raw.documents": pd.DataFrame(
                docs,
                columns=["doc_id", "source_uri", "partition_date", "content_type", "n_bytes", "content",
                         "metadata", "ingested_at"],
            ),
            "raw.rejected_documents": pd.DataFrame(
                rejected, columns=REJECTION_COLUMNS
            ),
        }
        replace_partitions(conn, start, end, frames, narrow={"raw.rejected_documents": "AND stage = 'raw'"})
    reasons = pd.Series([r[2] for r in rejected], dtype="object").value_counts().to_dict()
    context.log.info(f"{n_files} files: {len(docs)} documents, {len(rejected)} rejected, {n_dup} duplicates skipped")
    return dg.MaterializeResult(
        metadata={
            "files": n_files,
            "documents": len(docs),
            "rejected": len(rejected),
            "duplicates_skipped": n_dup,
            "rejected_by_reason": dg.MetadataValue.json(reasons),
        }
    )
