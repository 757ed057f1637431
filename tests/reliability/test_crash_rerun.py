"""SIGKILL a pipeline run in the middle of extraction, then in the middle of the dbt build,
then let a re-run finish: the warehouse ends identical to an uninterrupted run (same rows
per table, no duplicates), and between the crashes a reader never sees a half-written table.

The reference is the session's uninterrupted run over the sample corpus (tests/conftest.py,
shared with the other suites); the crashed runs are `python -m orchestration.run_pipeline`
processes over a copy of the same corpus, killed with their whole process group (dbt too).
"""

from __future__ import annotations

import time

import pytest

from tests.reliability.runs import fingerprints, half_written, kill_group, private_env, start_run, wait_for_step

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def reference(pipeline_run, sample_env):
    assert pipeline_run.success
    return fingerprints(sample_env["NEWSCLAIMS_WAREHOUSE"])


def test_killed_runs_then_a_rerun_leave_the_same_warehouse(reference, tmp_path):
    env = private_env(tmp_path / "crash")
    log = tmp_path / "runs.log"
    faults = []

    # 1. killed while extracted_tables runs (spaCy over the documents, then its transaction)
    proc = start_run(env, log)
    try:
        wait_for_step(proc, env["DAGSTER_HOME"], "extracted_tables")
        time.sleep(1.0)
    finally:
        kill_group(proc)
    seen = fingerprints(env["NEWSCLAIMS_WAREHOUSE"])
    faults.append(("kill during extraction", half_written(seen, reference)))
    assert seen["cleaned.documents"] == reference["cleaned.documents"]  # committed before the kill

    # 2. killed while dbt builds (after dbt has reported its first models)
    proc = start_run(env, log)
    try:
        wait_for_step(proc, env["DAGSTER_HOME"], "dbt_models", after_materializations=12)
        time.sleep(1.0)
    finally:
        kill_group(proc)
    seen = fingerprints(env["NEWSCLAIMS_WAREHOUSE"])
    faults.append(("kill during dbt build", half_written(seen, reference)))
    assert seen["extracted.claims"] == reference["extracted.claims"]

    # 3. a re-run to the end
    proc = start_run(env, log)
    assert proc.wait(timeout=1800) == 0, log.read_text()[-4000:]
    final = fingerprints(env["NEWSCLAIMS_WAREHOUSE"])

    assert faults == [("kill during extraction", {}), ("kill during dbt build", {})]
    assert final == reference
    assert all(rows == distinct for rows, distinct, _ in final.values())  # no duplicate rows
