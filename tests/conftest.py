"""Shared fixtures: one real pipeline run over the sample corpus into a temporary warehouse.

The run goes through Dagster (the job, its resources, dbt and the GX checks), in its own
DAGSTER_HOME, writing a DuckDB file under the test's temporary folder.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "data" / "raw"


@pytest.fixture(scope="session")
def sample_env(tmp_path_factory):
    """Environment of a private warehouse, landing folder (a copy of the sample) and DAGSTER_HOME."""
    root = tmp_path_factory.mktemp("pipeline")
    landing = root / "raw"
    shutil.copytree(SAMPLE, landing)
    home = root / "dagster_home"
    home.mkdir()
    shutil.copy(REPO / ".dagster_home" / "dagster.yaml", home / "dagster.yaml")
    env = {
        "NEWSCLAIMS_WAREHOUSE": str(root / "warehouse.duckdb"),
        "NEWSCLAIMS_LANDING": str(landing),
        "NEWSCLAIMS_REPORTS": str(root / "reports"),
        "DAGSTER_HOME": str(home),
    }
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    yield env
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


@pytest.fixture(scope="session")
def pipeline_run(sample_env):
    """The whole graph materialised once for the sample corpus's days, in one run."""
    import dagster as dg

    from orchestration.definitions import build_defs
    from orchestration.run_pipeline import run_range
    from orchestration.sensors import landing_days

    days = landing_days()
    with dg.DagsterInstance.get() as instance:
        return run_range(days[0], days[-1], instance=instance, definitions=build_defs(sample_env["NEWSCLAIMS_WAREHOUSE"]))


@pytest.fixture
def warehouse(pipeline_run, sample_env):
    import duckdb

    conn = duckdb.connect(sample_env["NEWSCLAIMS_WAREHOUSE"], read_only=True)
    yield conn
    conn.close()
