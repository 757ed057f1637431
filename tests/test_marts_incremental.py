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
    for name in ("figure_comparison_dispute_tolerance_and_qualifiers", "corroboration_groups_sources_and_figures",
                 "corroboration_items_statement_keys", "claim_corroboration_items_get_their_statement_counts",
                 "fct_claims_wire_copies_and_near_duplicates_are_one_source", "claim_topics_context_window",
                 "actor_stance_daily_and_overall", "figure_answers_the_outlets_caveat"):
        assert name in result.stdout

    result = dbt(["docs", "generate"], warehouse_copy, tmp_path)
    assert result.returncode == 0, result.stdout[-3000:]
    catalog = json.loads((tmp_path / "target" / "catalog.json").read_text())
    nodes = {n["metadata"]["name"] for n in catalog["nodes"].values()}
    assert {"figure_comparison", "actor_stance", "claim_corroboration", "fct_figures"} <= nodes
    manifest = json.loads((tmp_path / "target" / "manifest.json").read_text())
    described = manifest["nodes"]["model.newsclaims.figure_comparison"]["description"]
    assert "tolerance" in described.lower()


# --- incremental marts equal a full refresh -------------------------------------------------

# The marts' tables (SQL and Python models). claim_corroboration and corroboration_items are
# views over them; views name the file they were built in, so they cannot be read from a file
# attached under another name.
TABLES = sorted({p.stem for ext in ("sql", "py") for p in (DBT_DIR / "models" / "marts").glob(f"*.{ext}")}
                - {"claim_corroboration", "corroboration_items"})
# The tables dbt reads (staging views over them); the day's rows move between them and a side schema.
SOURCES = ["cleaned.documents", "extracted.sentences", "extracted.entity_mentions", "extracted.claims",
           "extracted.quantities"]


def mart_differences(a: Path, b: Path) -> dict[str, tuple[int, int]]:
    """Per mart, rows only in a and rows only in b (as multisets)."""
    out = {}
    with duckdb.connect() as conn:
        conn.execute(f"attach '{a}' as a (read_only)")
        conn.execute(f"attach '{b}' as b (read_only)")
        for m in TABLES:
            only_a = conn.execute(f"select count(*) from (from a.marts.{m} except all from b.marts.{m})").fetchone()[0]
            only_b = conn.execute(f"select count(*) from (from b.marts.{m} except all from a.marts.{m})").fetchone()[0]
            out[m] = (only_a, only_b)
    return out


def test_a_new_day_through_dagster_equals_a_full_refresh(warehouse_copy, tmp_path, monkeypatch):
    """Marts built over days A, then day B added by the Dagster dbt asset for partition B alone:
    every mart equals a --full-refresh build. Day B holds the sample's last day plus a rewrite
    of an older article in another outlet, so older claims and figures gain a source and their
    corroboration rows must be recomputed too."""
    import dagster as dg

    from orchestration.assets.dbt import dbt_models
    from orchestration.definitions import build_defs
    from orchestration.run_pipeline import RANGE_END_TAG, RANGE_START_TAG
    from orchestration.schedules import pipeline_job

    with duckdb.connect(str(warehouse_copy)) as conn:
        day_b, first_doc = conn.execute(
            "select max(partition_date)::varchar, min_by(doc_id, partition_date) from cleaned.documents").fetchone()
        conn.execute("create schema held")
        for table in SOURCES:
            name = table.replace(".", "_")
            conn.execute(f"create table held.{name} as from {table} where partition_date = ?", [day_b])
            conn.execute(f"delete from {table} where partition_date = ?", [day_b])
    result = dbt(["build", "--full-refresh", "--exclude-resource-type", "unit_test"], warehouse_copy, tmp_path)
    assert result.returncode == 0, result.stdout[-3000:]
    with duckdb.connect(str(warehouse_copy)) as conn:
        before = dict(conn.execute("""select item_type || ':' || item_id, n_documents from marts.claim_corroboration""").fetchall())
        for table in SOURCES:
            conn.execute(f"insert into {table} from held.{table.replace('.', '_')}")
        conn.execute("drop schema held cascade")
        # the rewrite: the first article again, from another outlet, landed on day B
        ids = "'rewrite-' || doc_id as doc_id, cast(? as date) as partition_date"
        conn.execute(f"""insert into cleaned.documents select * replace ({ids}, 'Rewrite Daily' as outlet,
                         null as wire_agency, null as duplicate_of, null as published_at)
                         from cleaned.documents where doc_id = ?""", [day_b, first_doc])
        for table in ["extracted.sentences", "extracted.entity_mentions"]:
            conn.execute(f"insert into {table} select * replace ({ids}) from {table} where doc_id = ?", [day_b, first_doc])
        conn.execute(f"""insert into extracted.claims select * replace ({ids}, 'rewrite-' || claim_id as claim_id)
                         from extracted.claims where doc_id = ?""", [day_b, first_doc])
        conn.execute(f"""insert into extracted.quantities select * replace ({ids}, 'rewrite-' || claim_id as claim_id,
                         'rewrite-' || quantity_id as quantity_id) from extracted.quantities where doc_id = ?""",
                     [day_b, first_doc])

    # Day B alone, as the pipeline runs it: the dbt asset of partition B (vars min_date = max_date = B).
    monkeypatch.setenv("NEWSCLAIMS_WAREHOUSE", str(warehouse_copy))  # the asset sets it; restored afterwards
    with dg.DagsterInstance.get() as instance:
        run = build_defs(str(warehouse_copy)).get_job_def(pipeline_job.name).execute_in_process(
            instance=instance, tags={RANGE_START_TAG: day_b, RANGE_END_TAG: day_b}, raise_on_error=False,
            asset_selection=list(dbt_models.keys))
    assert run.success

    with duckdb.connect(str(warehouse_copy), read_only=True) as conn:
        # No intermediate of an incremental model outlives the run (dbt-duckdb leaves a Python
        # model's behind: macros/python_models.sql), and no model leaves a view of its own.
        assert conn.execute("select table_name from information_schema.tables where table_schema = 'main'").fetchall() == []
        after = dict(conn.execute("""select item_type || ':' || item_id, n_documents from marts.claim_corroboration""").fetchall())
        n_first = conn.execute("select count(*) from marts.fct_claims where doc_id = ?", [first_doc]).fetchone()[0]
    # the older article's claims and figures now have a second carrier: rows outside day B changed
    raised = [k for k, n in before.items() if after.get(k, 0) > n]
    assert n_first > 0 and len(raised) >= n_first, raised

    refreshed = tmp_path / "refreshed" / warehouse_copy.name
    refreshed.parent.mkdir()
    shutil.copy(warehouse_copy, refreshed)
    result = dbt(["build", "--full-refresh", "--exclude-resource-type", "unit_test"], refreshed, tmp_path / "refreshed")
    assert result.returncode == 0, result.stdout[-3000:]
    differences = mart_differences(warehouse_copy, refreshed)
    assert differences == {m: (0, 0) for m in TABLES}


def test_statements_of_a_rebuilt_day_equal_a_full_refresh(warehouse_copy, tmp_path):
    """A day rebuilt after one of its claims disappeared (the only claim of its speaker) and
    another changed its words: claim_statements drops the gone form, groups the new one, and
    equals a full refresh."""
    with duckdb.connect(str(warehouse_copy)) as conn:
        day, gone, gone_form = conn.execute("""
            select partition_date::varchar, claim_id, form_key from marts.claim_forms
            where speaker_group in (select speaker_group from marts.claim_forms group by all having count(*) = 1)
              and claim_id not in (select claim_id from extracted.quantities where claim_id is not null)
            order by partition_date, claim_id limit 1""").fetchone()
        changed = conn.execute("""
            select claim_id from extracted.claims where partition_date = ? and claim_id <> ?
            order by claim_id limit 1""", [day, gone]).fetchone()[0]
        conn.execute("delete from extracted.claims where claim_id = ?", [gone])
        conn.execute("update extracted.claims set text = 'Entirely new words nobody reported before' where claim_id = ?",
                     [changed])
    models = ["fct_claims", "claim_forms", "claim_statements"]
    result = dbt(["run", "--select", *models, "--vars", json.dumps({"min_date": day, "max_date": day})],
                 warehouse_copy, tmp_path)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "incremental model marts.claim_statements" in result.stdout
    query = "select speaker_group, form_key, statement_key, similarity from marts.claim_statements order by form_key"
    with duckdb.connect(str(warehouse_copy), read_only=True) as conn:
        incremental = conn.execute(query).fetchall()
    forms = {row[1] for row in incremental}
    assert gone_form not in forms
    assert any(form.endswith("w:before entirely new nobody reported words") for form in forms)

    result = dbt(["run", "--select", *models, "--full-refresh"], warehouse_copy, tmp_path)
    assert result.returncode == 0, result.stdout[-3000:]
    with duckdb.connect(str(warehouse_copy), read_only=True) as conn:
        assert conn.execute(query).fetchall() == incremental
