"""raw/documents: every file of the day's landing folder becomes a document or a rejection.

Landing files are read one at a time and their rows written in chunks, a transaction per day
(orchestration.storage), so memory holds one chunk whatever the range holds. Bytes already
stored -- for a day outside the range, or earlier in this run -- are recorded as a duplicate
of their first copy instead: the writer has deleted the range's old rows, so raw.documents
itself tells which copy came first.
"""

import hashlib
import json
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone

import dagster as dg
import pandas as pd

from extract.models import RawRecord, Rejection
from extract.reading import list_landing_files, read_landing_file
from orchestration.partitions import daily_partitions, partition_dates, single_run
from orchestration.resources import WarehouseResource
from orchestration.settings import landing_dir
from orchestration.storage import PartitionWriter
from orchestration.warehouse import REJECTION_COLUMNS, ensure_schema

DOCUMENT_COLUMNS = ["doc_id", "source_uri", "partition_date", "content_type", "n_bytes", "content", "metadata",
                    "ingested_at"]
# A chunk ends after the file that brings it to this many records or bytes of content; one
# file is bounded by the reading caps (NEWSCLAIMS_MAX_DECOMPRESSED_BYTES).
CHUNK_RECORDS = 256
CHUNK_BYTES = 64 * 1024 * 1024

LandedFile = tuple[date, list[RawRecord], list[Rejection]]


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
    n_files = n_duplicates = 0
    reasons: Counter = Counter()
    with warehouse.get_connection() as conn:
        ensure_schema(conn)
        with PartitionWriter(conn, start, end, ["raw.documents", "raw.rejected_documents"],
                             owners={"raw.rejected_documents": ("stage", "raw")}) as out:
            for chunk in file_chunks(landed_files(start, end)):
                n_files += len(chunk)
                docs, rejected = [], []
                for day, records, rejections in chunk:
                    rejected += [(r.source_uri, day, r.reason, r.detail, now, "raw") for r in rejections]
                    docs += [document_row(rec, day, now) for rec in records]
                reasons.update(r[2] for r in rejected)
                docs, duplicates = drop_stored(conn, docs, now)
                n_duplicates += len(duplicates)
                out.write({"raw.documents": pd.DataFrame(docs, columns=DOCUMENT_COLUMNS),
                           "raw.rejected_documents": pd.DataFrame(rejected + duplicates, columns=REJECTION_COLUMNS)})
    n_docs, n_rejected = out.counts["raw.documents"], sum(reasons.values())
    context.log.info(f"{n_files} files: {n_docs} documents, {n_rejected} rejected, {n_duplicates} duplicates skipped")
    return dg.MaterializeResult(
        metadata={
            "files": n_files,
            "documents": n_docs,
            "rejected": n_rejected,
            "duplicates_skipped": n_duplicates,
            "rejected_by_reason": dg.MetadataValue.json(dict(reasons.most_common())),
        }
    )


def landed_files(start: date, end: date) -> Iterator[LandedFile]:
    """Every landing file of the range, read in order, one at a time."""
    for day in days(start, end):
        folder = landing_dir() / day.isoformat()
        if not folder.is_dir():
            continue
        for path in list_landing_files(folder):
            uri = str(path.relative_to(landing_dir().parent))
            yield day, *read_landing_file(path, source_uri=uri)


def file_chunks(files: Iterator[LandedFile]) -> Iterator[list[LandedFile]]:
    """Consecutive files, a chunk ending once it holds CHUNK_RECORDS records or CHUNK_BYTES of content."""
    chunk, n_records, n_bytes = [], 0, 0
    for landed in files:
        chunk.append(landed)
        n_records += len(landed[1])
        n_bytes += sum(len(rec.content) for rec in landed[1])
        if n_records >= CHUNK_RECORDS or n_bytes >= CHUNK_BYTES:
            yield chunk
            chunk, n_records, n_bytes = [], 0, 0
    if chunk:
        yield chunk


def document_row(rec: RawRecord, day: date, now: datetime) -> tuple:
    return (hashlib.sha256(rec.content).hexdigest(), rec.source_uri, day, rec.content_type, len(rec.content),
            rec.content, json.dumps(rec.metadata, default=str), now)


def drop_stored(conn, docs: list[tuple], now: datetime) -> tuple[list[tuple], list[tuple]]:
    """(the documents to store, a duplicate rejection for each other one): a document whose
    bytes are in raw.documents already, or earlier in `docs`, is a copy of that first one."""
    first = dict(conn.execute(
        "SELECT doc_id, source_uri FROM raw.documents WHERE doc_id IN (SELECT unnest(?))",
        [[d[0] for d in docs]]).fetchall()) if docs else {}
    new, duplicates = [], []
    for d in docs:
        doc_id, uri, day = d[:3]
        if doc_id in first:
            duplicates.append((uri, day, "duplicate", f"same bytes as {first[doc_id]} (doc_id {doc_id})", now, "raw"))
        else:
            first[doc_id] = uri
            new.append(d)
    return new, duplicates
