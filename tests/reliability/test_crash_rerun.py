"""SIGKILL a pipeline run in the middle of extraction, then in the middle of the dbt build,
then let a re-run finish: the warehouse ends identical to an uninterrupted run (same rows
per table, no duplicates), and after each crash a reader sees every day of every table
either empty or complete, never half-written.

Runs are `python -m orchestration` processes over two days of the sample corpus,
each in its own process group, killed with it (dbt's subprocess too). The uninterrupted
reference run goes into its own warehouse alongside the final re-run, so both run the same
code.
"""

from __future__ import annotations

import time

import pytest

from tests.reliability.runs import fingerprints, half_written, kill_group, private_env, start_run, wait_for_step

pytestmark = pytest.mark.slow

DAYS = ["2024-10-24", "2024-10-28"]
# raw, cleaned and the four extracted tables come before dbt; 6 more = dbt is under way
DBT_UNDER_WAY = 12


def crash(env: dict, log, step: str, *, after_materializations: int = 0, delay: float = 1.0) -> dict:
    """Start a run, SIGKILL it `delay` seconds into `step`; the warehouse a reader then sees."""
    proc = start_run(env, log, "--start", DAYS[0], "--end", DAYS[-1])
    try:
        wait_for_step(proc, env["DAGSTER_HOME"], step, after_materializations=after_materializations)
        time.sleep(delay)
    finally:
        kill_group(proc)
    return fingerprints(env["NEWSCLAIMS_WAREHOUSE"], by_day=True)


def of(fps: dict, table: str) -> dict:
    return {k: v for k, v in fps.items() if k == table or k.startswith(f"{table}/")}


def test_killed_runs_then_a_rerun_leave_the_same_warehouse(tmp_path):
    env = private_env(tmp_path / "crashed", DAYS)
    log = tmp_path / "runs.log"
    after_extraction_kill = crash(env, log, "extracted_tables")
    after_dbt_kill = crash(env, log, "dbt_models", after_materializations=DBT_UNDER_WAY)

    reference_env = private_env(tmp_path / "reference", DAYS)
    rerun = start_run(env, log, "--start", DAYS[0], "--end", DAYS[-1])
    reference = start_run(reference_env, tmp_path / "reference.log", "--start", DAYS[0], "--end", DAYS[-1])
    assert reference.wait(timeout=1800) == 0, (tmp_path / "reference.log").read_text()[-4000:]
    assert rerun.wait(timeout=1800) == 0, log.read_text()[-4000:]
    expected = fingerprints(reference_env["NEWSCLAIMS_WAREHOUSE"], by_day=True)
    final = fingerprints(env["NEWSCLAIMS_WAREHOUSE"], by_day=True)

    assert half_written(after_extraction_kill, expected) == {}
    assert of(after_extraction_kill, "cleaned.documents") == of(expected, "cleaned.documents")  # committed before the kill
    assert half_written(after_dbt_kill, expected) == {}
    assert of(after_dbt_kill, "extracted.claims") == of(expected, "extracted.claims")
    assert final == expected
    assert all(rows == distinct for rows, distinct, _ in final.values())  # no duplicate rows
    assert sum(n for n, _, _ in of(expected, "extracted.claims").values()) > 0
    assert sum(n for n, _, _ in of(expected, "marts.fct_claims").values()) > 0
