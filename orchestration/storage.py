"""Writing a partition range of several tables in chunks: the DuckDB file, and partitioned
Parquet beside it when configured.

DuckDB: one transaction per write session -- the range's old rows are deleted first, every
chunk is inserted from a DataFrame as it arrives (memory stays flat in the number of
documents), and the commit makes the whole range visible at once; an error rolls it all back.

Parquet (NEWSCLAIMS_STORAGE=parquet; folder NEWSCLAIMS_PARQUET_DIR, default data/parquet):
the same rows also go to <dir>/<schema>/<table>/partition_date=YYYY-MM-DD/*.parquet (hive
layout, readable with DuckDB `read_parquet(..., hive_partitioning = true)`, Spark, Trino or
any object-store engine). Chunks are written into a staging folder; after the DuckDB commit
each day's folder is swapped in with renames, so a re-run replaces a day instead of adding to
it, and a failed run leaves the published days untouched. A table that several assets write
(raw.rejected_documents) is written per owner: <table>/partition_date=D/stage=<owner>/.
"""

from __future__ import annotations

import os
import shutil
import uuid
from datetime import date, timedelta
from pathlib import Path

import duckdb
import pandas as pd

from orchestration.settings import REPO_ROOT
from orchestration.warehouse import rollback

STORAGE_ENV = "NEWSCLAIMS_STORAGE"
PARQUET_DIR_ENV = "NEWSCLAIMS_PARQUET_DIR"


def parquet_dir() -> Path | None:
    """Where Parquet copies go, or None when only the DuckDB file is written."""
    kinds = {k.strip() for k in os.environ.get(STORAGE_ENV, "duckdb").lower().split(",")}
    if "parquet" not in kinds:
        return None
    return Path(os.environ.get(PARQUET_DIR_ENV, REPO_ROOT / "data" / "parquet")).resolve()


def table_glob(root: Path, table: str) -> str:
    """The read_parquet glob of a table (every partition, every owner)."""
    schema, name = table.split(".")
    return str(root / schema / name / "**" / "*.parquet")


class PartitionWriter:
    """Replace the rows of [start, end] of `tables`, receiving the new rows in chunks.

        with PartitionWriter(conn, start, end, ["cleaned.documents"]) as out:
            for frame in chunks:
                out.write("cleaned.documents", frame)

    `owners` = {table: (column, value)} for tables that several assets write: only rows with
    that value are replaced (and the frames must carry it)."""

    def __init__(self, conn: duckdb.DuckDBPyConnection, start: date, end: date, tables: list[str],
                 owners: dict[str, tuple[str, str]] | None = None, parquet_root: Path | None = None):
        self.conn, self.start, self.end, self.tables = conn, start, end, list(tables)
        self.owners = owners or {}
        self.parquet_root = parquet_root if parquet_root is not None else parquet_dir()
        self.counts = {t: 0 for t in self.tables}
        self._columns: dict[str, list[str]] = {}
        self._staging = f".staging-{uuid.uuid4().hex}"

    def __enter__(self) -> PartitionWriter:
        self.conn.execute("BEGIN TRANSACTION")
        try:
            for table in self.tables:
                owner = self.owners.get(table)
                extra, params = (f" AND {owner[0]} = ?", [owner[1]]) if owner else ("", [])
                self.conn.execute(f"DELETE FROM {table} WHERE partition_date BETWEEN ? AND ?{extra}",
                                  [self.start, self.end, *params])
        except Exception:
            rollback(self.conn)
            raise
        return self

    def write(self, table: str, frame: pd.DataFrame) -> None:
        """Insert one chunk of rows (every column of the table, any order, extra columns ignored)."""
        if table not in self.counts:
            raise KeyError(f"{table} is not one of this writer's tables {self.tables}")
        if not len(frame):
            return
        frame = frame[self._column_order(table)]
        self.conn.register("incoming", frame)
        try:
            self.conn.execute(f"INSERT INTO {table} SELECT * FROM incoming")
            if self.parquet_root is not None:
                self._stage_parquet(table)
        finally:
            self.conn.unregister("incoming")
        self.counts[table] += len(frame)

    def _column_order(self, table: str) -> list[str]:
        """The table's columns in order (INSERT ... SELECT * matches by position), read once a session."""
        if table not in self._columns:
            schema, name = table.split(".")
            self._columns[table] = [r[0] for r in self.conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ? "
                "ORDER BY ordinal_position", [schema, name]).fetchall()]
        return self._columns[table]

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            rollback(self.conn)
            self._drop_staging()
            return
        try:
            self.conn.execute("COMMIT")
        except Exception:
            rollback(self.conn)  # a failed COMMIT may or may not have ended the transaction
            self._drop_staging()
            raise
        if self.parquet_root is not None:
            self._publish_parquet()

    # --- Parquet -----------------------------------------------------------------------

    def _table_dir(self, table: str) -> Path:
        schema, name = table.split(".")
        return self.parquet_root / schema / name

    def _stage_parquet(self, table: str) -> None:
        owner = self.owners.get(table)
        keys = "partition_date" + (f", {owner[0]}" if owner else "")
        folder = self._table_dir(table) / self._staging
        folder.mkdir(parents=True, exist_ok=True)
        staging = str(folder).replace("'", "''")  # a path literal: COPY takes no parameter for it
        # A new file name per chunk (uuid), so chunks of the same day sit side by side.
        self.conn.execute(
            f"COPY (SELECT * FROM incoming) TO '{staging}' "
            f"(FORMAT parquet, PARTITION_BY ({keys}), APPEND, FILENAME_PATTERN 'part-{{uuid}}')"
        )

    def _day_units(self, table: str) -> list[Path]:
        """The folders a re-write of the range replaces, relative to the table folder."""
        owner = self.owners.get(table)
        days = [self.start + timedelta(days=i) for i in range((self.end - self.start).days + 1)]
        return [Path(f"partition_date={d.isoformat()}") / (f"{owner[0]}={owner[1]}" if owner else "") for d in days]

    def _publish_parquet(self) -> None:
        for table in self.tables:
            base = self._table_dir(table)
            staging = base / self._staging
            for unit in self._day_units(table):
                target, staged = base / unit, staging / unit
                if target.exists():
                    old = target.with_name(f"{target.name}.old-{uuid.uuid4().hex}")
                    target.rename(old)
                    shutil.rmtree(old)
                if staged.exists():
                    target.parent.mkdir(parents=True, exist_ok=True)
                    staged.rename(target)
            shutil.rmtree(staging, ignore_errors=True)

    def _drop_staging(self) -> None:
        if self.parquet_root is not None:
            for table in self.tables:
                shutil.rmtree(self._table_dir(table) / self._staging, ignore_errors=True)
