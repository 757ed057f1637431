"""Tables of the warehouse and the one way rows are written: replace a partition range.

Each asset writes all its tables for the run's partition range in one transaction
(delete the range, insert the new rows from a DataFrame), so a re-run is idempotent and
readers never see a half-written partition.
"""

from __future__ import annotations

from datetime import date

import duckdb
import pandas as pd

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
    hedged BOOLEAN NOT NULL, refers_to_date DATE
);
CREATE TABLE IF NOT EXISTS extracted.quantities (
    quantity_id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, partition_date DATE NOT NULL,
    claim_id VARCHAR NOT NULL, sentence_idx INTEGER NOT NULL, char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL, text VARCHAR NOT NULL, value DOUBLE NOT NULL, low DOUBLE,
    high DOUBLE, qualifier VARCHAR NOT NULL, unit VARCHAR, metric VARCHAR NOT NULL,
    subject_id VARCHAR
);
"""

REJECTION_COLUMNS = ["source_uri", "partition_date", "reason", "detail", "rejected_at", "stage"]

# Column order of each table, for building DataFrames that match it.
COLUMNS: dict[str, list[str]] = {}


def ensure_schema(conn: duckdb.DuckDBPyConnection) -> None:
    conn.execute(DDL)


def table_columns(conn: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    if table not in COLUMNS:
        schema, name = table.split(".")
        rows = conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ? "
            "ORDER BY ordinal_position",
            [schema, name],
        ).fetchall()
        COLUMNS[table] = [r[0] for r in rows]
    return COLUMNS[table]


def replace_partitions(
    conn: duckdb.DuckDBPyConnection,
    start: date,
    end: date,
    frames: dict[str, pd.DataFrame],
    narrow: dict[str, str] | None = None,
) -> dict[str, int]:
    """In one transaction, delete rows of [start, end] from each table and insert the new
    rows. `narrow` adds a fixed SQL condition (never data) to a table's delete, for tables
    that several assets write. Returns the rows inserted per table."""
    counts = {}
    conn.execute("BEGIN TRANSACTION")
    try:
        for table, frame in frames.items():
            conn.execute(f"DELETE FROM {table} WHERE partition_date BETWEEN ? AND ? {(narrow or {}).get(table, '')}", [start, end])
            if len(frame):
                cols = table_columns(conn, table)
                conn.register("incoming", frame[cols])
                conn.execute(f"INSERT INTO {table} SELECT * FROM incoming")
                conn.unregister("incoming")
            counts[table] = len(frame)
        conn.execute("COMMIT")
    except Exception:
        rollback(conn)
        raise
    return counts


def rollback(conn: duckdb.DuckDBPyConnection) -> None:
    """Roll back the open transaction, if any. A COMMIT that failed (disk full, read-only
    file) has already ended it, and the ROLLBACK's own error ("no transaction is active")
    would hide the real one, which names the file: the caller re-raises that one."""
    try:
        conn.execute("ROLLBACK")
    except duckdb.TransactionException:
        pass
