"""Great Expectations (GX Core 1.x, called directly) as blocking Dagster asset checks.

A failing blocking check stops the assets downstream of its table in the same run.
"""

from __future__ import annotations

import os

import dagster as dg
import great_expectations as gx
import pandas as pd

from orchestration.quality.suites import SUITES, Suite
from orchestration.resources import WarehouseResource

os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")


def validate(suite: Suite, frame: pd.DataFrame):
    """Run the suite over the frame in an ephemeral GX context; returns the validation result."""
    context = gx.get_context(mode="ephemeral")
    batch_definition = (
        context.data_sources.add_pandas("warehouse")
        .add_dataframe_asset(suite.name)
        .add_batch_definition_whole_dataframe("all_rows")
    )
    gx_suite = context.suites.add(gx.ExpectationSuite(name=suite.name, expectations=[e.copy() for e in suite.expectations]))
    definition = context.validation_definitions.add(
        gx.ValidationDefinition(name=suite.name, data=batch_definition, suite=gx_suite)
    )
    return definition.run(batch_parameters={"dataframe": frame})


def result_metadata(result, n_rows: int) -> dict:
    failed = []
    for r in result.results:
        if not r.success:
            cfg = r.expectation_config
            failed.append({
                "expectation": cfg.type,
                "column": cfg.kwargs.get("column"),
                "unexpected_count": r.result.get("unexpected_count"),
                "examples": [str(v) for v in (r.result.get("partial_unexpected_list") or [])[:5]],
                "why": (cfg.meta or {}).get("why"),
            })
    stats = result.statistics
    return {
        "rows": n_rows,
        "expectations": stats["evaluated_expectations"],
        "passed": stats["successful_expectations"],
        "failed": dg.MetadataValue.json(failed),
    }


def make_check(suite: Suite) -> dg.AssetChecksDefinition:
    @dg.asset_check(
        asset=dg.AssetKey(suite.asset),
        name=f"gx_{suite.name}",
        blocking=suite.blocking,
        description=f"Great Expectations suite '{suite.name}': "
        + "; ".join(f"{e.type}({e.column if hasattr(e, 'column') else ''})" for e in suite.expectations),
    )
    def _check(warehouse: WarehouseResource) -> dg.AssetCheckResult:
        with warehouse.get_connection() as conn:
            frame = conn.execute(suite.query).df()
        result = validate(suite, frame)
        return dg.AssetCheckResult(passed=bool(result.success), metadata=result_metadata(result, len(frame)))

    return _check


quality_checks = [make_check(s) for s in SUITES]
