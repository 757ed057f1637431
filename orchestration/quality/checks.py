"""Great Expectations (GX Core 1.x, called directly) as Dagster asset checks.

Each suite (orchestration.quality.suites) becomes one check `gx_<suite>` on its asset. The
check fails with severity ERROR when an "error" expectation fails -- blocking checks then
stop the assets downstream in the same run -- and with severity WARN when only "warn"
expectations fail. Every validation is rendered into GX Data Docs (HTML) under
reports_dir()/gx/data_docs; the check's metadata links to the page of its validation.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from functools import cache
from pathlib import Path

import dagster as dg
import great_expectations as gx
import pandas as pd
from great_expectations.core.run_identifier import RunIdentifier
from great_expectations.data_context.types.base import DataContextConfig, InMemoryStoreBackendDefaults, ProgressBarsConfig

from orchestration.quality.suites import SUITES, Suite, is_warning
from orchestration.resources import WarehouseResource
from orchestration.settings import reports_dir

os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")

DOCS_SITE = "newsclaims"


def data_docs_dir() -> Path:
    """Where the Data Docs site is written (git-ignored: data/reports/gx/data_docs by default)."""
    return reports_dir() / "gx" / "data_docs"


@cache
def _context(docs_dir: str):
    """One ephemeral GX context per process and docs folder, so the Data Docs index lists
    every validation of the run; validation pages of earlier runs stay on disk."""
    context = gx.get_context(
        mode="ephemeral",
        # no progress bars in the run logs
        project_config=DataContextConfig(
            progress_bars=ProgressBarsConfig(globally=False),
            store_backend_defaults=InMemoryStoreBackendDefaults(),
        ),
    )
    context.add_data_docs_site(
        site_name=DOCS_SITE,
        site_config={
            "class_name": "SiteBuilder",
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": docs_dir},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        },
    )
    context.data_sources.add_pandas("warehouse")
    return context


def validate(suite: Suite, frame: pd.DataFrame, docs_dir: Path | None = None, run_name: str | None = None):
    """Run the suite over the frame; returns the GX validation result. `run_name` (the
    Dagster run id) names the validation in the Data Docs."""
    context = _context(str(docs_dir or data_docs_dir()))
    source = context.data_sources.get("warehouse")
    try:
        asset = source.get_asset(suite.name)
    except LookupError:
        asset = source.add_dataframe_asset(suite.name)
    names = {b.name for b in asset.batch_definitions}
    batch_definition = (
        asset.get_batch_definition("all_rows") if "all_rows" in names else asset.add_batch_definition_whole_dataframe("all_rows")
    )
    gx_suite = context.suites.add_or_update(
        gx.ExpectationSuite(name=suite.name, expectations=[e.copy() for e in suite.expectations], meta={"description": suite.description})
    )
    definition = context.validation_definitions.add_or_update(
        gx.ValidationDefinition(name=suite.name, data=batch_definition, suite=gx_suite)
    )
    return definition.run(
        batch_parameters={"dataframe": frame},
        result_format="SUMMARY",
        run_id=RunIdentifier(run_name=run_name, run_time=datetime.now(timezone.utc)),
    )


def build_docs(suite: Suite, result, docs_dir: Path | None = None) -> Path | None:
    """Render the validation into the Data Docs site; returns the path of its HTML page."""
    context = _context(str(docs_dir or data_docs_dir()))
    store = context.validation_results_store
    run_id = result.meta.get("run_id")
    keys = [
        k for k in store.list_keys()
        if k.expectation_suite_identifier.name == suite.name and k.run_id == run_id
    ]
    if not keys:
        return None
    context.build_data_docs(site_names=[DOCS_SITE], resource_identifiers=keys)
    urls = context.get_docs_sites_urls(resource_identifier=keys[0], site_name=DOCS_SITE)
    url = urls[0]["site_url"] if urls else None
    return Path(url.removeprefix("file://")) if url else None


def failed_expectations(result) -> list[dict]:
    failed = []
    for r in result.results:
        if not r.success:
            cfg = r.expectation_config
            meta = cfg.meta or {}
            failed.append({
                "expectation": cfg.type,
                "column": cfg.kwargs.get("column"),
                "severity": meta.get("severity", "error"),
                "unexpected_count": r.result.get("unexpected_count"),
                "examples": [str(v) for v in (r.result.get("partial_unexpected_list") or [])[:5]],
                "why": meta.get("why"),
            })
    return failed


def check_result(suite: Suite, result, n_rows: int, docs_page: Path | None) -> dg.AssetCheckResult:
    failed = failed_expectations(result)
    errors = [f for f in failed if f["severity"] != "warn"]
    metadata = {
        "rows": n_rows,
        "expectations": result.statistics["evaluated_expectations"],
        "passed": result.statistics["successful_expectations"],
        "errors": len(errors),
        "warnings": len(failed) - len(errors),
        "failed": dg.MetadataValue.json(failed),
    }
    if docs_page is not None:
        metadata["data_docs"] = dg.MetadataValue.path(str(docs_page))
        metadata["data_docs_url"] = dg.MetadataValue.url(docs_page.as_uri())
        metadata["data_docs_index"] = dg.MetadataValue.path(str(docs_page_index(docs_page)))
    return dg.AssetCheckResult(
        passed=not failed,
        severity=dg.AssetCheckSeverity.ERROR if errors else dg.AssetCheckSeverity.WARN,
        metadata=metadata,
    )


def docs_page_index(page: Path) -> Path:
    for parent in page.parents:
        if (parent / "index.html").exists():
            return parent / "index.html"
    return page


def make_check(suite: Suite) -> dg.AssetChecksDefinition:
    kinds = "; ".join(
        f"{e.expectation_type}({getattr(e, 'column', '') or ''}){' [warn]' if is_warning(e) else ''}" for e in suite.expectations
    )

    @dg.asset_check(
        asset=dg.AssetKey(suite.asset),
        name=f"gx_{suite.name}",
        blocking=suite.blocking,
        description=f"Great Expectations suite '{suite.name}'. {suite.description} Expectations: {kinds}",
    )
    def _check(context, warehouse: WarehouseResource) -> dg.AssetCheckResult:
        with warehouse.get_connection() as conn:
            frame = conn.execute(suite.query).df()
        result = validate(suite, frame, run_name=context.run.run_id)
        try:
            page = build_docs(suite, result)
        except Exception as exc:  # Data Docs are a view; a rendering problem must not hide the verdict
            dg.get_dagster_logger().warning(f"GX Data Docs for {suite.name} not built: {exc!r}")
            page = None
        return check_result(suite, result, len(frame), page)

    return _check


quality_checks = [make_check(s) for s in SUITES]
