"""Tables of the warehouse.

Rows are written one way, orchestration.storage.PartitionWriter: each asset replaces its
tables' rows for the run's partition range, one transaction per day, so a re-run is
idempotent and readers never see a half-written day.
"""

from __future__ import annotations

from collections.abc import Iterator

import duckdb

DDL = """
CREATE SCHEMA IF NOT EXISTS raw;
CREATE SCHEMA IF NOT EXISTS cleaned;
CREATE SCHEMA IF NOT EXISTS extracted;

CREATE TABLE IF NOT EXISTS raw.documents (
    doc_id VARCHAR PRIMARY KEY, source_uri VARCHAR NOT NULL, partition_date DATE NOT NULL,
    content_type VARCHAR NOT NULL, n_bytes BIGINT NOT NULL, content BLOB NOT NULL,
    metadata JSON, ingested_at TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS raw.rejected_documents (
    source_uri VARCHAR NOT NULL, partition_date DATE NOT NULL, reason VARCHAR NOT NULL,
    detail VARCHAR, rejected_at TIMESTAMP NOT NULL, stage VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS cleaned.documents (
    doc_id VARCHAR PRIMARY KEY, source_uri VARCHAR NOT NULL, partition_date DATE NOT NULL,
    title VARCHAR, text VARCHAR NOT NULL, language VARCHAR NOT NULL, is_mixed_language BOOLEAN,
    published_at DATE, outlet VARCHAR, wire_agency VARCHAR, url VARCHAR, author VARCHAR,
    is_machine_translated BOOLEAN NOT NULL, duplicate_of VARCHAR, n_chars INTEGER NOT NULL,
    n_chars_raw INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS extracted.sentences (
    doc_id VARCHAR NOT NULL, partition_date DATE NOT NULL, sentence_idx INTEGER NOT NULL,
    char_start INTEGER NOT NULL, char_end INTEGER NOT NULL, text VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS extracted.entity_mentions (
    doc_id VARCHAR NOT NULL, partition_date DATE NOT NULL, sentence_idx INTEGER NOT NULL,
    char_start INTEGER NOT NULL, char_end INTEGER NOT NULL, text VARCHAR NOT NULL,
    label VARCHAR NOT NULL, entity_id VARCHAR NOT NULL, entity_name VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS extracted.claims (
    claim_id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, partition_date DATE NOT NULL,
    sentence_idx INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
    text VARCHAR NOT NULL, kind VARCHAR NOT NULL, speaker_text VARCHAR, speaker_start INTEGER,
    speaker_end INTEGER, speaker_id VARCHAR, speaker_name VARCHAR, speaker_affiliation VARCHAR,
    cue VARCHAR, cue_start INTEGER, cue_end INTEGER, stance VARCHAR NOT NULL,
    hedged BOOLEAN NOT NULL, refers_to_date DATE, refers_to_period VARCHAR, answers_claim_id VARCHAR,
    speaker_members STRUCT(speaker_id VARCHAR, speaker_name VARCHAR)[]
);
-- a warehouse made before claims recorded the period they refer to, what they answer and
-- the members of a group speaker (ADD COLUMN appends: the writer inserts by the table's
-- own column order)
ALTER TABLE extracted.claims ADD COLUMN IF NOT EXISTS refers_to_period VARCHAR;
ALTER TABLE extracted.claims ADD COLUMN IF NOT EXISTS answers_claim_id VARCHAR;
ALTER TABLE extracted.claims ADD COLUMN IF NOT EXISTS speaker_members STRUCT(speaker_id VARCHAR, speaker_name VARCHAR)[];
CREATE TABLE IF NOT EXISTS extracted.quantities (
    quantity_id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, partition_date DATE NOT NULL,
    claim_id VARCHAR NOT NULL, sentence_idx INTEGER NOT NULL, char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL, text VARCHAR NOT NULL, value DOUBLE NOT NULL, low DOUBLE,
    high DOUBLE, qualifier VARCHAR NOT NULL, unit VARCHAR, metric VARCHAR NOT NULL,
    subject_id VARCHAR
);
"""

REJECTION_COLUMNS = ["source_uri", "partition_date", "reason", "detail", "rejected_at", "stage"]


def ensure_schema(conn: duckdb.DuckDBPyConnection) -> None:
    conn.execute(DDL)


def rollback(conn: duckdb.DuckDBPyConnection) -> None:
    """Roll back the open transaction, if any. A COMMIT that failed (disk full, read-only
    file) has already ended it, and the ROLLBACK's own error ("no transaction is active")
    would hide the real one, which names the file: the caller re-raises that one."""
    try:
        conn.execute("ROLLBACK")
    except duckdb.TransactionException:
        pass


def stored_days(conn: duckdb.DuckDBPyConnection, table: str, start, end) -> list:
    """The days from start to end (inclusive) that have rows in `table`, in order."""
    return [d for (d,) in conn.execute(
        f"SELECT DISTINCT partition_date FROM {table} WHERE partition_date BETWEEN ? AND ? ORDER BY 1",
        [start, end]).fetchall()]


def doc_ids(conn: duckdb.DuckDBPyConnection, table: str, start, end) -> Iterator[str]:
    """The doc_ids of `table` from start to end (inclusive), in (partition_date, doc_id) order,
    read a day at a time: a long range's ids are never in memory together."""
    for day in stored_days(conn, table, start, end):
        yield from (doc_id for (doc_id,) in conn.execute(
            f"SELECT doc_id FROM {table} WHERE partition_date = ? ORDER BY doc_id", [day]).fetchall())
