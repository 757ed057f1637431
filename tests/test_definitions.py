"""The code location loads: assets, checks, job, schedule and sensor are all there."""

import dagster as dg

from orchestration.definitions import build_defs


def test_definitions_load(tmp_path):
    defs = build_defs(str(tmp_path / "w.duckdb"))
    dg.Definitions.validate_loadable(defs)
    keys = {k.to_user_string() for k in defs.resolve_all_asset_keys()}
    expected = {
        "raw/documents", "cleaned/documents",
        "extracted/sentences", "extracted/entity_mentions", "extracted/claims", "extracted/quantities",
        "staging/stg_documents", "staging/stg_claims", "staging/stg_quantities",
        "marts/fct_claims", "marts/fct_figures",
    }
    assert expected <= keys
    checks = {k.name for k in defs.resolve_asset_graph().asset_check_keys}
    assert {"gx_cleaned_documents", "gx_extracted_claims", "gx_extracted_quantities"} <= checks
    assert defs.get_job_def("newsclaims_pipeline")
    assert defs.get_schedule_def("newsclaims_pipeline_schedule")
    assert defs.get_sensor_def("landing_sensor")


def test_every_asset_shares_the_daily_partitions(tmp_path):
    from orchestration.partitions import daily_partitions

    graph = build_defs(str(tmp_path / "w.duckdb")).resolve_asset_graph()
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        if node.is_materializable:
            assert node.partitions_def == daily_partitions, key


def test_warehouse_connections_cap_duckdb_memory(tmp_path, monkeypatch):
    """DuckDB's default is 80 % of RAM; the pipeline's connections get NEWSCLAIMS_DUCKDB_MEMORY."""
    monkeypatch.setenv("NEWSCLAIMS_DUCKDB_MEMORY", "300MB")
    warehouse = build_defs(str(tmp_path / "w.duckdb")).resources["warehouse"]
    with warehouse.get_connection() as conn:
        limit = conn.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    assert limit.replace(" ", "") in {"300.0MB", "286.1MiB"}, limit
