"""DuckDB access: one writer at a time, short-lived connections, read-only for queries.

dagster-duckdb's resource already retries the connect while another process holds the
write lock; this subclass closes the connection on errors too (a leaked connection would
hold the lock for the rest of the process) and says why it waits.
"""

from __future__ import annotations

import time
from contextlib import contextmanager

import duckdb
from dagster import get_dagster_logger
from dagster_duckdb import DuckDBResource

LOCK_WAIT_SECONDS = 300


def is_lock_conflict(exc: duckdb.IOException) -> bool:
    """DuckDB's "Could not set lock on file ...: Conflicting lock is held in <process> (PID n)".
    Matched on that wording, not on "lock" anywhere: a path like /data/blocks/ in a
    read-only or full-disk error must fail at once, not wait five minutes."""
    message = str(exc).lower()
    return "could not set lock" in message or "conflicting lock" in message


class WarehouseResource(DuckDBResource):
    @contextmanager
    def get_connection(self, read_only: bool = False):
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        delay = 0.2
        while True:
            try:
                conn = duckdb.connect(self.database, read_only=read_only, config=self.connection_config)
                break
            except duckdb.IOException as exc:
                if not is_lock_conflict(exc) or time.monotonic() > deadline:
                    raise
                get_dagster_logger().warning(
                    f"DuckDB file {self.database} is locked by another process; retrying in {delay:.1f}s "
                    f"(waiting up to {LOCK_WAIT_SECONDS}s): {exc}"
                )
                time.sleep(delay)
                delay = min(delay * 2, 10)
        try:
            yield conn
        finally:
            conn.close()
