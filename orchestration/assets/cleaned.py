"""cleaned/documents: article text and metadata for every raw document of the range.

Raw documents are read in chunks and cleaned by worker processes (orchestration.parallel);
each chunk is inserted as it comes, one transaction per day (orchestration.storage).

Near-duplicates are found against everything stored before the range too, the earliest copy
winning. Each canonical document's MinHash signature and LSH band keys are stored beside it
(cleaned.document_signatures, cleaned.document_bands), so a new day loads only the earlier
signatures that share a band key with one of its documents -- never the history's texts.
Within a run, the range's canonical documents are indexed in memory as they come, up to
INDEX_DOCS of them; then the index starts again, and the ones it held are found like the
history's, by band key among the rows written already. Memory holds a bounded index, and the
answer is the same.
"""

from collections.abc import Iterable, Iterator
from datetime import datetime, timezone

import dagster as dg
import pandas as pd

from extract.dedup import NearDuplicateIndex, band_keys
from extract.rows.cleaned import clean_row
from orchestration.parallel import chunks, map_chunks, worker_pool
from orchestration.partitions import daily_partitions, partition_dates, single_run
from orchestration.resources import WarehouseResource
from orchestration.storage import PartitionWriter
from orchestration.warehouse import REJECTION_COLUMNS, doc_ids, ensure_schema

DOCUMENT_COLUMNS = [
    "doc_id", "source_uri", "partition_date", "title", "text", "language", "is_mixed_language",
    "published_at", "outlet", "wire_agency", "url", "author", "is_machine_translated",
    "duplicate_of", "n_chars", "n_chars_raw"]

SIGNATURES_DDL = """
CREATE TABLE IF NOT EXISTS cleaned.document_signatures (
    doc_id VARCHAR PRIMARY KEY, partition_date DATE NOT NULL, signature UINTEGER[] NOT NULL
);
CREATE TABLE IF NOT EXISTS cleaned.document_bands (
    doc_id VARCHAR NOT NULL, partition_date DATE NOT NULL, band SMALLINT NOT NULL, bucket BIGINT NOT NULL
);
"""
TABLES = ["cleaned.documents", "cleaned.document_signatures", "cleaned.document_bands", "raw.rejected_documents"]
# Canonical documents the in-memory index holds before it starts again: 1.7 KB each (by
# tracemalloc), about 34 MiB; a month's backfill of a large feed set would otherwise hold
# every document of the month. Not a day's worth: an index per day, reading the run's earlier
# days back by band key, was measured at 50,000 documents: cleaning took 616 s instead of 297 s.
INDEX_DOCS = 20_000


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
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    n_docs = n_rejected = n_duplicates = chars_raw = chars = 0
    languages: dict[str, int] = {}
    with warehouse.get_connection() as conn, worker_pool() as pool:
        ensure_schema(conn)
        conn.execute(SIGNATURES_DDL)
        batches = (read_raw(conn, chunk) for chunk in chunks(doc_ids(conn, "raw.documents", start, end)))
        with PartitionWriter(conn, start, end, TABLES, owners={"raw.rejected_documents": ("stage", "cleaned")}) as out:
            for tables in cleaned_chunks(conn, map_chunks(pool, clean_row, batches), end, now):
                out.write(tables)
                rows = tables["cleaned.documents"]
                n_docs += len(rows)
                n_rejected += len(tables["raw.rejected_documents"])
                n_duplicates += int(rows.duplicate_of.notna().sum())
                chars_raw += int(rows.n_chars_raw.sum())
                chars += int(rows.n_chars.sum())
                for language, n in rows.language.value_counts().items():
                    languages[language] = languages.get(language, 0) + int(n)
    return dg.MaterializeResult(metadata={
        "documents": n_docs,
        "rejected_empty": n_rejected,
        "near_duplicates": n_duplicates,
        "languages": dg.MetadataValue.json(dict(sorted(languages.items(), key=lambda kv: -kv[1]))),
        "chars_before": chars_raw,
        "chars_after": chars,
    })


def cleaned_chunks(conn, chunks: Iterable[list[tuple]], end, now: datetime,
                   index_docs: int = INDEX_DOCS) -> Iterator[dict[str, pd.DataFrame]]:
    """cleaned_tables of each chunk of a range ending at `end`, in order; the caller writes
    each chunk's tables before asking for the next. The index starts again once it holds
    index_docs canonical documents: the ones it dropped are written, so found by band key."""
    index = NearDuplicateIndex()
    for results in chunks:
        if len(index) >= index_docs:
            index = NearDuplicateIndex()
        yield cleaned_tables(conn, index, results, now, end)


def cleaned_tables(conn, index: NearDuplicateIndex, results: list[tuple], now: datetime, end) -> dict[str, pd.DataFrame]:
    """The rows of a chunk of cleaned documents (`clean_row` results, in order): near-duplicates
    marked against `index` and the canonical documents stored up to `end` (the range's last
    day), canonical documents' signatures and band keys for later runs, documents with no text
    left rejected with the reason."""
    keys = {doc_id: band_keys(sig) for doc_id, *_, sig in results if sig is not None}
    add_earlier_candidates(conn, index, end, keys.values())
    rows, rejected, signatures, bands = [], [], [], []
    for doc_id, uri, day, row, sig in results:
        if row is None:
            rejected.append((uri, day, "no_text", f"doc {doc_id}: nothing left after cleaning", now, "cleaned"))
            continue
        row["duplicate_of"] = index.add(doc_id, sig, keys.get(doc_id))
        rows.append(row)
        if sig is not None and row["duplicate_of"] is None:
            signatures.append((doc_id, day, sig.tolist()))
            bands.extend((doc_id, day, b, key) for b, key in enumerate(keys[doc_id]))
    return {
        "cleaned.documents": pd.DataFrame(rows, columns=DOCUMENT_COLUMNS),
        "cleaned.document_signatures": pd.DataFrame(signatures, columns=["doc_id", "partition_date", "signature"]),
        "cleaned.document_bands": pd.DataFrame(bands, columns=["doc_id", "partition_date", "band", "bucket"]),
        "raw.rejected_documents": pd.DataFrame(rejected, columns=REJECTION_COLUMNS),
    }


def read_raw(conn, ids: list[str]) -> list[tuple]:
    return conn.execute(
        "SELECT doc_id, source_uri, partition_date, content_type, content, metadata FROM raw.documents "
        "WHERE doc_id IN (SELECT unnest(?)) ORDER BY partition_date, doc_id", [ids]).fetchall()


def add_earlier_candidates(conn, index: NearDuplicateIndex, end, wanted: Iterable[list[int]]) -> None:
    """Put into the index every canonical document stored up to `end` that shares an LSH band
    key with one of `wanted` (each document's `band_keys`), in order of precedence. Every such
    document precedes the documents being added: the range's old rows were deleted when the
    run began (orchestration.storage), so its days hold only what this run has written; days
    after `end` are later, whatever is stored there."""
    keys = pd.DataFrame([(b, key) for doc_keys in wanted for b, key in enumerate(doc_keys)],
                        columns=["band", "bucket"]).drop_duplicates()
    if keys.empty:
        return
    conn.register("wanted_bands", keys)
    try:
        earlier = conn.execute(
            "SELECT s.doc_id, s.partition_date, s.signature FROM cleaned.document_signatures s "
            "WHERE s.partition_date <= ? AND s.doc_id IN ("
            "  SELECT b.doc_id FROM cleaned.document_bands b JOIN wanted_bands w USING (band, bucket)"
            "  WHERE b.partition_date <= ?) "
            "ORDER BY s.partition_date, s.doc_id", [end, end]).fetchall()
    finally:
        conn.unregister("wanted_bands")
    for doc_id, day, sig in earlier:
        index.add_canonical(doc_id, sig, (day, doc_id))
