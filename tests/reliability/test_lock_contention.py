"""An analyst's process holds the DuckDB file open while a run wants to write.

DuckDB allows one writing process, and a process holding the file (even read-only) keeps
writers out. The Python assets (WarehouseResource) wait and retry with a message naming the
file, then write once the reader is gone: nothing lost, file intact. dbt (a subprocess via
dbt-duckdb) does not retry: its step fails, with DuckDB's lock message naming the file and
the process that holds it, and a re-run after the reader closes succeeds.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import duckdb
import pytest

from orchestration.warehouse import ensure_schema
from tests.reliability.runs import fingerprints

DAY = "2024-10-24"
READER = """
import sys, duckdb
conn = duckdb.connect(sys.argv[1], read_only=True)
conn.execute("SELECT count(*) FROM information_schema.tables").fetchall()
print("holding", flush=True)
sys.stdin.readline()
conn.close()
"""


class Reader:
    """Another process with the warehouse open read-only, until release()."""

    def __init__(self, path: str):
        self.proc = subprocess.Popen([sys.executable, "-c", READER, path], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout.readline().strip() == "holding"

    def release(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.write("\n")
            self.proc.stdin.flush()
            self.proc.wait(timeout=30)


@pytest.fixture
def landing(tmp_path, monkeypatch):
    day = tmp_path / "raw" / DAY
    day.mkdir(parents=True)
    for i in range(3):
        (day / f"{i}.txt").write_text(f"Report {i}\nThe Pentagon said {i + 1},000 troops were sent to Kursk.\n")
    warehouse = str(tmp_path / "warehouse.duckdb")
    with duckdb.connect(warehouse) as conn:
        ensure_schema(conn)
    monkeypatch.setenv("NEWSCLAIMS_LANDING", str(tmp_path / "raw"))
    monkeypatch.setenv("NEWSCLAIMS_WAREHOUSE", warehouse)
    # in-process work: these tests run Dagster in a thread, where forking workers is unsafe
    monkeypatch.setenv("NEWSCLAIMS_WORKERS", "1")
    return warehouse


def materialize(assets, warehouse: str, instance):
    import dagster as dg
    from dagster_dbt import DbtCliResource

    from orchestration.assets.dbt import dbt_project
    from orchestration.resources import WarehouseResource

    return dg.materialize(
        assets, partition_key=DAY, instance=instance, raise_on_error=False,
        resources={"warehouse": WarehouseResource(database=warehouse), "dbt": DbtCliResource(project_dir=dbt_project)},
    )


def run_messages(instance, run_id: str) -> list[str]:
    return [e.user_message or "" for e in instance.all_logs(run_id)]


def test_a_run_waits_for_a_reader_then_writes_everything(landing, tmp_path):
    import dagster as dg

    from orchestration.assets.cleaned import cleaned_documents
    from orchestration.assets.raw import raw_documents

    reader = Reader(landing)
    outcome = {}
    with dg.DagsterInstance.local_temp(str(tmp_path)) as instance:
        runner = threading.Thread(target=lambda: outcome.update(
            result=materialize([raw_documents, cleaned_documents], landing, instance)))
        try:
            runner.start()
            deadline = time.monotonic() + 300
            waits: list[str] = []
            while not waits and time.monotonic() < deadline and runner.is_alive():
                time.sleep(1)
                runs = instance.get_runs(limit=1)
                waits = [m for m in run_messages(instance, runs[0].run_id) if "locked" in m] if runs else []
            assert runner.is_alive()  # waiting for the lock, not failed
            assert waits and landing in waits[0] and "retrying" in waits[0]
        finally:
            reader.release()
        runner.join(timeout=600)
        assert outcome["result"].success
    with duckdb.connect(landing, read_only=True) as conn:
        assert conn.execute("SELECT count(*) FROM raw.documents").fetchone()[0] == 3
        assert conn.execute("SELECT count(*) FROM cleaned.documents").fetchone()[0] == 3
    assert all(rows == distinct for rows, distinct, _ in fingerprints(landing).values())  # every table reads back


def test_dbt_under_a_reader_fails_clearly_and_a_rerun_succeeds(landing, tmp_path):
    import dagster as dg

    from orchestration.assets.cleaned import cleaned_documents
    from orchestration.assets.dbt import dbt_models
    from orchestration.assets.extracted import extracted_tables
    from orchestration.assets.raw import raw_documents

    with dg.DagsterInstance.local_temp(str(tmp_path)) as instance:
        assert materialize([raw_documents, cleaned_documents, extracted_tables], landing, instance).success
        reader = Reader(landing)
        try:
            blocked = materialize([dbt_models], landing, instance)
        finally:
            reader.release()
        assert not blocked.success
        failure = next(e for e in blocked.all_events if e.event_type_value == "STEP_FAILURE")
        messages = "\n".join(run_messages(instance, blocked.run_id)) + str(failure.event_specific_data.error)
        assert "lock" in messages.lower() and landing in messages
        rerun = materialize([dbt_models], landing, instance)
        assert rerun.success
    with duckdb.connect(landing, read_only=True) as conn:
        assert conn.execute("SELECT count(*) FROM marts.fct_claims").fetchone()[0] > 0
