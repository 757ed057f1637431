"""Running a suite with Great Expectations (GX Core 1.x, called directly) and rendering its
Data Docs. Only the checks import this module, when they run: importing GX takes seconds,
and loading the definitions (every web-server start, every run) must not pay them.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from functools import cache
from pathlib import Path

import great_expectations as gx
import pandas as pd
from great_expectations.core.run_identifier import RunIdentifier
from great_expectations.data_context.types.base import DataContextConfig, InMemoryStoreBackendDefaults, ProgressBarsConfig
from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

from orchestration.quality.suites import Expectation, Suite
from orchestration.settings import reports_dir

os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")

DOCS_SITE = "newsclaims"
SOURCE = "warehouse"  # the GX data source of the frame being validated


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
    return context


def gx_expectation(expectation: Expectation):
    """A new GX object each time: the suite store assigns ids to the objects it is given."""
    return ExpectationConfiguration(type=expectation.type, kwargs=expectation.kwargs, meta=expectation.meta).to_domain_obj()


def validate(suite: Suite, frame: pd.DataFrame, docs_dir: Path | None = None, run_name: str | None = None):
    """Run the suite over the frame; returns the GX validation result. `run_name` (the
    Dagster run id) names the validation in the Data Docs.

    The data source lives for this validation only: GX's execution engine keeps every frame it
    validated, and the metrics it computed, for as long as its data source does. With one
    source per process, the run's process held every suite's rows through dbt and the report
    (at 50,000 benchmark documents about 400 MiB after the marts' checks)."""
    context = _context(str(docs_dir or data_docs_dir()))
    source = context.data_sources.add_pandas(SOURCE)
    try:
        batch_definition = source.add_dataframe_asset(suite.name).add_batch_definition_whole_dataframe("all_rows")
        gx_suite = context.suites.add_or_update(
            gx.ExpectationSuite(name=suite.name, expectations=[gx_expectation(e) for e in suite.expectations],
                                meta={"description": suite.description})
        )
        definition = context.validation_definitions.add_or_update(
            gx.ValidationDefinition(name=suite.name, data=batch_definition, suite=gx_suite)
        )
        return definition.run(
            batch_parameters={"dataframe": frame},
            result_format="SUMMARY",
            run_id=RunIdentifier(run_name=run_name, run_time=datetime.now(timezone.utc)),
        )
    finally:
        context.data_sources.delete(SOURCE)


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
