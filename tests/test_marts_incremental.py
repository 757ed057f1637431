"""Incremental facts: a backfill of one day replaces that day and leaves history alone;
dbt's unit tests pass and `dbt docs generate` works. Runs dbt (the real CLI) on a copy of
the session warehouse, so the session's marts are not touched."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

pytestmark = pytest.mark.slow

DBT_DIR = Path(__file__).resolve().parent.parent / "dbt_project"
DBT = str(Path(sys.executable).parent / "dbt")


def dbt(args: list[str], warehouse: Path, work: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NEWSCLAIMS_WAREHOUSE": str(warehouse), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    return subprocess.run(
        [DBT, *args, "--profiles-dir", str(DBT_DIR), "--target-path", str(work / "target"), "--log-path", str(work / "logs")],
        cwd=DBT_DIR, env=env, capture_output=True, text=True, timeout=600,
    )


@pytest.fixture
def warehouse_copy(pipeline_run, sample_env, tmp_path) -> Path:
    # Same file name: dbt-duckdb's views name the database (catalog) after the file stem.
    copy = tmp_path / Path(sample_env["NEWSCLAIMS_WAREHOUSE"]).name
    shutil.copy(sample_env["NEWSCLAIMS_WAREHOUSE"], copy)
    return copy


def test_backfill_of_one_day_leaves_history_alone(warehouse_copy, tmp_path):
    with duckdb.connect(str(warehouse_copy)) as conn:
        # On the backfilled day, a claim without figures disappears from the extraction ...
        gone = conn.execute("""
            select claim_id from extracted.claims c where partition_date = '2024-12-16'
            and not exists (select 1 from extracted.quantities q where q.claim_id = c.claim_id)
            order by claim_id limit 1""").fetchone()[0]
        conn.execute("delete from extracted.claims where claim_id = ?", [gone])
        # ... and on an earlier day a claim changes in the source, which a backfill of
        # 2024-12-16 must not pick up: history is not rebuilt.
        old_id, old_text = conn.execute("""
            select claim_id, text from extracted.claims where partition_date = '2024-10-24'
            order by claim_id limit 1""").fetchone()
        conn.execute("update extracted.claims set text = 'CHANGED AFTER THE FACT' where claim_id = ?", [old_id])
        before_day = conn.execute(
            "select count(*) from marts.fct_claims where partition_date = '2024-12-16'").fetchone()[0]
        before_other = conn.execute(
            "select count(*) from marts.fct_claims where partition_date <> '2024-12-16'").fetchone()[0]
        figures_before = conn.execute("select count(*) from marts.fct_figures").fetchone()[0]

    result = dbt(["run", "--select", "fct_claims", "fct_figures",
                  "--vars", json.dumps({"min_date": "2024-12-16", "max_date": "2024-12-16"})], warehouse_copy, tmp_path)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "incremental model marts.fct_claims" in result.stdout

    with duckdb.connect(str(warehouse_copy), read_only=True) as conn:
        assert conn.execute("select count(*) from marts.fct_claims where claim_id = ?", [gone]).fetchone()[0] == 0
        assert conn.execute(
            "select count(*) from marts.fct_claims where partition_date = '2024-12-16'").fetchone()[0] == before_day - 1
        assert conn.execute(
            "select count(*) from marts.fct_claims where partition_date <> '2024-12-16'").fetchone()[0] == before_other
        assert conn.execute(
            "select claim_text from marts.fct_claims where claim_id = ?", [old_id]).fetchone()[0] == old_text
        assert conn.execute("select count(*) from marts.fct_figures").fetchone()[0] == figures_before
        assert conn.execute(
            "select count(*) - count(distinct quantity_id) from marts.fct_figures").fetchone()[0] == 0

    # A full rebuild (no window) does pick up the earlier day's change.
    result = dbt(["run", "--select", "fct_claims", "--full-refresh"], warehouse_copy, tmp_path)
    assert result.returncode == 0, result.stdout[-3000:]
    with duckdb.connect(str(warehouse_copy), read_only=True) as conn:
        assert conn.execute(
            "select claim_text from marts.fct_claims where claim_id = ?", [old_id]).fetchone()[0] == "CHANGED AFTER THE FACT"


def test_unit_tests_pass_and_docs_generate(warehouse_copy, tmp_path):
    result = dbt(["test", "--select", "test_type:unit"], warehouse_copy, tmp_path)
    assert result.returncode == 0, result.stdout[-3000:]
    # the dispute-tolerance, independence, matching, topic and stance unit tests all ran
    for name in ("figure_comparison_dispute_tolerance_and_qualifiers", "claim_corroboration_dedup_and_matching",
                 "fct_claims_wire_copies_and_near_duplicates_are_one_source", "claim_topics_context_window",
                 "actor_stance_daily_and_overall"):
        assert name in result.stdout

    result = dbt(["docs", "generate"], warehouse_copy, tmp_path)
    assert result.returncode == 0, result.stdout[-3000:]
    catalog = json.loads((tmp_path / "target" / "catalog.json").read_text())
    nodes = {n["metadata"]["name"] for n in catalog["nodes"].values()}
    assert {"figure_comparison", "actor_stance", "claim_corroboration", "fct_figures"} <= nodes
    manifest = json.loads((tmp_path / "target" / "manifest.json").read_text())
    described = manifest["nodes"]["model.newsclaims.figure_comparison"]["description"]
    assert "tolerance" in described.lower()
