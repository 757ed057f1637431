"""The Dagster code location: assets, checks, jobs, schedules, sensors and resources."""

from __future__ import annotations

import dagster as dg
from dagster_dbt import DbtCliResource

from orchestration.assets.cleaned import cleaned_documents
from orchestration.assets.dbt import dbt_models, dbt_project
from orchestration.assets.extracted import extracted_tables
from orchestration.assets.raw import raw_documents
from orchestration.assets.report import newsclaims_report
from orchestration.feeds import fetch_feeds_job, fetch_feeds_schedule
from orchestration.quality.checks import quality_checks
from orchestration.resources import WarehouseResource
from orchestration.schedules import daily_schedule, pipeline_job
from orchestration.sensors import landing_sensor
from orchestration.settings import duckdb_memory_limit, warehouse_path


def build_defs(warehouse: str | None = None) -> dg.Definitions:
    return dg.Definitions(
        assets=[raw_documents, cleaned_documents, extracted_tables, dbt_models, newsclaims_report],
        asset_checks=quality_checks,
        jobs=[pipeline_job, fetch_feeds_job],
        schedules=[daily_schedule, fetch_feeds_schedule],
        sensors=[landing_sensor],
        resources={
            "warehouse": WarehouseResource(database=warehouse or warehouse_path(),
                                           connection_config={"memory_limit": duckdb_memory_limit()}),
            "dbt": DbtCliResource(project_dir=dbt_project),
        },
        # One process per run: DuckDB takes one writer, and the spaCy model loads once.
        executor=dg.in_process_executor,
    )


defs = build_defs()
