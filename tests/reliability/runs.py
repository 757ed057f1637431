"""Pipeline runs as separate processes, for killing them, and warehouse fingerprints, for
comparing what they left. Shared by the reliability tests and scripts/soak.py.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "data" / "raw"
# Columns that differ between two identical runs by design: when a row was written.
VOLATILE_TYPES = ("TIMESTAMP", "TIMESTAMP WITH TIME ZONE")


def private_env(root: Path, days: list[str] | None = None) -> dict[str, str]:
    """Environment of a private warehouse, landing folder (a copy of the sample's `days`, all
    by default) and DAGSTER_HOME under root, laid out like tests/conftest.py's."""
    root.mkdir(parents=True, exist_ok=True)
    landing = root / "raw"
    if not landing.exists():
        for day in days or sorted(p.name for p in SAMPLE.iterdir() if p.is_dir()):
            shutil.copytree(SAMPLE / day, landing / day)
    home = root / "dagster_home"
    home.mkdir(exist_ok=True)
    shutil.copy(REPO / ".dagster_home" / "dagster.yaml", home / "dagster.yaml")
    return {
        "NEWSCLAIMS_WAREHOUSE": str(root / "warehouse.duckdb"),
        "NEWSCLAIMS_LANDING": str(landing),
        "NEWSCLAIMS_REPORTS": str(root / "reports"),
        "DAGSTER_HOME": str(home),
    }


def start_run(env: dict[str, str], log: Path, *args: str) -> subprocess.Popen:
    """`python -m orchestration` in its own process group (dbt's subprocess too)."""
    return subprocess.Popen(
        [sys.executable, "-m", "orchestration", *args],
        cwd=REPO, env={**os.environ, **env, "PYTHONUNBUFFERED": "1"},
        stdout=log.open("ab"), stderr=subprocess.STDOUT, start_new_session=True,
    )


def kill_group(proc: subprocess.Popen) -> None:
    """SIGKILL the run and every process it started: a power cut, as far as they can tell."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(timeout=60)


def latest_run_steps(home: str) -> tuple[set[str], set[str], int]:
    """(started step keys, finished step keys, materialisations) of the newest run in home."""
    import dagster as dg
    from dagster._core.instance.ref import InstanceRef  # not exported by dagster 1.12

    with dg.DagsterInstance.from_ref(InstanceRef.from_dir(home)) as instance:
        runs = instance.get_runs(limit=1)
        if not runs:
            return set(), set(), 0
        started, finished, materialized = set(), set(), 0
        for entry in instance.all_logs(runs[0].run_id):
            event = entry.dagster_event
            if event is None:
                continue
            if event.event_type_value == "STEP_START":
                started.add(event.step_key)
            elif event.event_type_value in ("STEP_SUCCESS", "STEP_FAILURE"):
                finished.add(event.step_key)
            elif event.event_type_value == "ASSET_MATERIALIZATION":
                materialized += 1
        return started, finished, materialized


def wait_for_step(proc: subprocess.Popen, home: str, step: str, *, after_materializations: int = 0,
                  timeout: float = 900) -> float:
    """Block until `step` has started in the newest run (and, optionally, that run has
    recorded at least `after_materializations` materialisations); returns seconds waited.
    Raises if the run ends or finishes the step first."""
    t0 = time.monotonic()
    while True:
        started, finished, materialized = latest_run_steps(home)
        if step in finished:
            raise RuntimeError(f"step {step} finished before it could be interrupted")
        if step in started and materialized >= after_materializations:
            return time.monotonic() - t0
        if proc.poll() is not None:
            raise RuntimeError(f"the run ended (exit {proc.returncode}) before step {step} started")
        if time.monotonic() - t0 > timeout:
            raise TimeoutError(f"step {step} did not start within {timeout}s")
        time.sleep(0.5)


def fingerprints(path: str, by_day: bool = False) -> dict[str, tuple[int, int, int]]:
    """{schema.table: (rows, distinct rows, sum of row hashes)} of every base table, without
    the columns that record when a row was written. Views are derived and skipped. by_day:
    a table with a partition_date column gets one entry per day, {schema.table/YYYY-MM-DD: ...}
    (the unit a run writes whole)."""
    out = {}
    with duckdb.connect(path, read_only=True) as conn:
        tables = conn.execute(
            "SELECT table_schema, table_name FROM information_schema.tables "
            "WHERE table_type = 'BASE TABLE' ORDER BY 1, 2").fetchall()
        for schema, name in tables:
            cols = [c for c, t in conn.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position", [schema, name]).fetchall()
                if t not in VOLATILE_TYPES]
            row = ", ".join(f'"{c}"' for c in cols)  # identifiers read from the catalog, quoted
            per_day = by_day and "partition_date" in cols
            day, group = ("partition_date::VARCHAR", "GROUP BY ALL") if per_day else ("NULL", "")
            for d, n, distinct, total in conn.execute(
                    f'SELECT {day} AS d, count(*), count(DISTINCT hash({row})), coalesce(sum(hash({row})::HUGEINT), 0) '
                    f'FROM "{schema}"."{name}" {group}').fetchall():
                out[f"{schema}.{name}" + (f"/{d}" if d else "")] = (n, distinct, int(total))
    return out


def half_written(current: dict, reference: dict) -> dict:
    """Tables (or days of tables, with fingerprints by_day) a reader sees in a state no complete
    run leaves: neither empty (not written yet) nor identical to the reference (written completely)."""
    return {t: (fp, reference.get(t)) for t, fp in current.items() if fp[0] and fp != reference.get(t)}
