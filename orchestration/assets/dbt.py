"""The dbt project as Dagster assets: staging views and marts, built after extraction."""

import json
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets

from orchestration.partitions import daily_partitions, partition_dates, single_run
from orchestration.resources import WarehouseResource
from orchestration.settings import DBT_DIR

# dagster-dbt finds `dbt` on PATH; make it the one installed beside this interpreter even
# when the virtualenv is not activated (`.venv/bin/python -m ...`).
os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"

dbt_project = DbtProject(project_dir=DBT_DIR, profiles_dir=DBT_DIR)

PROJECT_FILES = (".sql", ".yml", ".yaml", ".csv")


def manifest_is_stale() -> bool:
    """True when the manifest is missing or older than a model, macro, seed or YAML file."""
    manifest = dbt_project.manifest_path
    if not manifest.exists():
        return True
    built = manifest.stat().st_mtime
    return any(
        p.stat().st_mtime > built
        for p in DBT_DIR.rglob("*")
        if p.suffix in PROJECT_FILES and not {"target", "logs", "dbt_packages"} & set(p.parts)
    )


# `dagster dev` re-parses on every load; elsewhere (tests, `make run`) parse when the project changed.
dbt_project.prepare_if_dev()
if manifest_is_stale():
    dbt_project.preparer.prepare(dbt_project)


class NewsclaimsTranslator(DagsterDbtTranslator):
    """Models are keyed by schema (staging/<model>, marts/<model>); sources keep
    [source, table], which are the keys of the Python assets that write them."""

    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> dg.AssetKey:
        if dbt_resource_props["resource_type"] in ("model", "seed", "snapshot"):
            schema = dbt_resource_props["config"].get("schema") or "main"
            return dg.AssetKey([schema, dbt_resource_props["name"]])
        return super().get_asset_key(dbt_resource_props)

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        return dbt_resource_props["config"].get("schema") or "dbt"


class DbtBuildConfig(dg.Config):
    # An incremental mart whose columns changed (after an upgrade) fails the run rather
    # than keep history with empty new columns (on_schema_change: fail); this rebuilds them.
    full_refresh: bool = False


@dbt_assets(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    partitions_def=daily_partitions,
    backfill_policy=single_run,
    dagster_dbt_translator=NewsclaimsTranslator(),
)
def dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource,
               config: DbtBuildConfig):
    start, end = partition_dates(context)
    # dbt runs as a subprocess and reads the warehouse path from the environment (profiles.yml).
    os.environ["NEWSCLAIMS_WAREHOUSE"] = warehouse.database
    dbt_vars = json.dumps({"min_date": start.isoformat(), "max_date": end.isoformat()})
    # Unit tests check the models' logic on fixed inputs, not the data: they run in CI
    # (tests/test_marts_incremental.py), not again on every partition.
    args = ["build", "--exclude-resource-type", "unit_test", "--vars", dbt_vars]
    yield from dbt.cli(args + ["--full-refresh"] * config.full_refresh, context=context).stream()
