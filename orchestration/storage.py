"""Writing a partition range of several tables in chunks: the DuckDB file, and partitioned
Parquet beside it when configured.

DuckDB: the range's old rows are deleted, then rows are inserted from DataFrames chunk by
chunk as they arrive (no per-row round trips), one transaction per day, so memory stays flat
in the number of days and a day becomes visible whole.

Parquet (NEWSCLAIMS_STORAGE=parquet; folder NEWSCLAIMS_PARQUET_DIR, default data/parquet):
the same rows also go to <dir>/<schema>/<table>/partition_date=YYYY-MM-DD/*.parquet (hive
layout, readable with DuckDB `read_parquet(..., hive_partitioning = true)`, Spark, Trino or
any object-store engine). Chunks are written into a staging folder; after a day's DuckDB
commit its folder is swapped in with renames, so a re-run replaces a day instead of adding to
it, and a day never shows half its files. A table that several assets write
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

        with PartitionWriter(conn, start, end, ["cleaned.documents", "raw.rejected_documents"]) as out:
            for chunk in chunks:
                out.write({"cleaned.documents": docs, "raw.rejected_documents": rejected})

    The first transaction deletes the range's old rows; then each day's rows are committed
    when the chunks move past it, so chunks come in day order (the assets read documents
    ordered by partition_date). DuckDB holds one day's uncommitted rows, not the range's:
    at 10,000 benchmark documents the run's process peaked at 1,219 MiB with the range in one
    transaction and at 799 MiB with a transaction per day (bench.run). After a failure the days before the failing one hold the new rows and the
    rest of the range is empty, and the run has failed: re-running it restores the range.
    A run either replaces a day whole or leaves it empty, never half written.

    `owners` = {table: (column, value)} for tables that several assets write: only rows with
    that value are replaced (and the frames must carry it)."""

    def __init__(self, conn: duckdb.DuckDBPyConnection, start: date, end: date, tables: list[str],
                 owners: dict[str, tuple[str, str]] | None = None, parquet_root: Path | None = None):
        self.conn, self.start, self.end, self.tables = conn, start, end, list(tables)
        self.owners = owners or {}
        self.parquet_root = parquet_root if parquet_root is not None else parquet_dir()
        self.counts = {t: 0 for t in self.tables}
        self.day: date | None = None  # the day whose rows the open transaction receives
        self.done = start - timedelta(days=1)  # the days up to this one are committed
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

    def write(self, frames: dict[str, pd.DataFrame]) -> None:
        """Insert one chunk: rows of any of the writer's tables (every column of the table,
        any order, extra columns ignored), each into its day's transaction."""
        if unknown := set(frames) - set(self.counts):
            raise KeyError(f"{sorted(unknown)} not among this writer's tables {self.tables}")
        frames = {t: f for t, f in frames.items() if len(f)}
        if not frames:
            return
        row_days = {t: pd.to_datetime(f["partition_date"]).dt.date for t, f in frames.items()}
        days = sorted({d for ds in row_days.values() for d in ds.unique()})
        floor = self.day or self.start
        if days[0] < floor or days[-1] > self.end:
            raise ValueError(f"rows of {days[0]}..{days[-1]} cannot be written now: this writer replaces "
                             f"{self.start}..{self.end} day by day, in order, and is at {floor}")
        for day in days:
            if self.day is not None and day != self.day:
                self._commit()
                self.conn.execute("BEGIN TRANSACTION")
            self.day = day
            for table, frame in frames.items():
                self._insert(table, frame if len(days) == 1 else frame[row_days[table] == day])

    def _insert(self, table: str, frame: pd.DataFrame) -> None:
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

    def _commit(self) -> None:
        """Commit the open transaction, then publish the Parquet folders of the days it completes."""
        try:
            self.conn.execute("COMMIT")
        except Exception:
            self._abort()  # a failed COMMIT may or may not have ended the transaction
            raise
        if self.day is not None:
            self._publish_parquet(self.done + timedelta(days=1), self.day)
            self.done = self.day

    def _abort(self) -> None:
        """Roll back the open day; the range's days not committed are empty in Parquet as in DuckDB."""
        rollback(self.conn)
        self.day = None
        self._drop_staging()
        if self.done >= self.start:  # the range's delete was committed with the first day
            self._publish_parquet(self.done + timedelta(days=1), self.end)

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self._abort()
            return
        self._commit()
        self._publish_parquet(self.done + timedelta(days=1), self.end)  # the days without rows: emptied
        self._drop_staging()

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

    def _day_units(self, table: str, first: date, last: date) -> list[Path]:
        """The folders a re-write of the days [first, last] replaces, relative to the table folder."""
        owner = self.owners.get(table)
        days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
        return [Path(f"partition_date={d.isoformat()}") / (f"{owner[0]}={owner[1]}" if owner else "") for d in days]

    def _publish_parquet(self, first: date, last: date) -> None:
        """Swap in the staged folders of the committed days [first, last] (a day without a
        staged folder loses its old one)."""
        if self.parquet_root is None:
            return
        for table in self.tables:
            base = self._table_dir(table)
            staging = base / self._staging
            for unit in self._day_units(table, first, last):
                target, staged = base / unit, staging / unit
                if target.exists():
                    old = target.with_name(f"{target.name}.old-{uuid.uuid4().hex}")
                    target.rename(old)
                    shutil.rmtree(old)
                if staged.exists():
                    target.parent.mkdir(parents=True, exist_ok=True)
                    staged.rename(target)

    def _drop_staging(self) -> None:
        if self.parquet_root is not None:
            for table in self.tables:
                shutil.rmtree(self._table_dir(table) / self._staging, ignore_errors=True)
