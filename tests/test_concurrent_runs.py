"""Several partition runs requested at once queue behind DuckDB's single writer instead of
failing on its file lock: real runs, launched through the Dagster run queue and daemon."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
DAYS = ["2024-10-24", "2024-10-28", "2024-11-13"]


def test_partition_runs_launched_together_all_succeed_one_at_a_time(tmp_path, monkeypatch):
    import dagster as dg

    landing = tmp_path / "raw"
    for day in DAYS:
        shutil.copytree(REPO / "data" / "raw" / day, landing / day)
    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(REPO / ".dagster_home" / "dagster.yaml", home / "dagster.yaml")
    warehouse = tmp_path / "warehouse.duckdb"
    env = {**os.environ, "DAGSTER_HOME": str(home), "NEWSCLAIMS_WAREHOUSE": str(warehouse),
           "NEWSCLAIMS_LANDING": str(landing), "NEWSCLAIMS_REPORTS": str(tmp_path / "reports")}
    bin_dir = Path(sys.executable).parent
    # Create the instance's storage once, before several processes open it at the same time.
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    dg.DagsterInstance.get().dispose()
    daemon = subprocess.Popen([str(bin_dir / "dagster-daemon"), "run", "-w", "workspace.yaml"], cwd=REPO, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        # The launches run side by side, as several users or a backfill would: each only
        # enqueues its run, and the daemon dequeues them. (One after another, a launch could
        # take longer than a small run on a loaded machine, and no run would have to wait.)
        launches = [
            subprocess.Popen(
                [str(bin_dir / "dagster"), "job", "launch", "-w", "workspace.yaml", "-j", "newsclaims_pipeline",
                 "--tags", json.dumps({"dagster/partition": day})],
                cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            for day in DAYS
        ]
        for launch in launches:
            output, _ = launch.communicate(timeout=600)
            assert launch.returncode == 0, output.decode()[-2000:]
        deadline = time.monotonic() + 900
        with dg.DagsterInstance.get() as instance:
            while True:
                runs = instance.get_runs()
                if len(runs) == len(DAYS) and all(r.is_finished for r in runs):
                    break
                assert time.monotonic() < deadline, [(r.run_id, r.status) for r in runs]
                time.sleep(3)
            statuses = {r.tags["dagster/partition"]: r.status for r in runs}
            assert statuses == {day: dg.DagsterRunStatus.SUCCESS for day in DAYS}
            # the writer limit let one run go at a time
            records = sorted((instance.get_run_record_by_id(r.run_id) for r in runs), key=lambda rec: rec.start_time)
            for earlier, later in zip(records, records[1:]):
                assert earlier.end_time <= later.start_time
            # and at least one run was requested while another was running, so it really waited
            assert any(
                later.create_timestamp.timestamp() < earlier.end_time
                for earlier, later in zip(records, records[1:])
            )
    finally:
        os.killpg(daemon.pid, signal.SIGTERM)
        daemon.wait(timeout=60)
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        days = {str(r[0]) for r in conn.execute("select distinct partition_date from cleaned.documents").fetchall()}
        assert days == set(DAYS)
        assert conn.execute("select count(*) from marts.fct_claims").fetchone()[0] > 0
