"""Great Expectations suites as Dagster asset checks.

Each suite (orchestration.quality.suites) becomes one check `gx_<suite>` on its asset. A
check in a partitioned run validates the run's days, read one day at a time; run alone
(no partition), it validates every day. The check fails with severity ERROR when an "error"
expectation fails -- blocking checks then stop the assets downstream in the same run -- and
with severity WARN when only "warn" expectations fail. Every validation is rendered into GX
Data Docs (HTML) under reports_dir()/gx/data_docs; the check's metadata links to the page of
its validation.
GX itself is imported when a check runs (orchestration.quality.validation), not with the
definitions.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import dagster as dg
import duckdb
import pandas as pd

from orchestration.partitions import partition_dates
from orchestration.quality.suites import SUITES, Suite, is_warning
from orchestration.resources import WarehouseResource

# No partition: every day, the bounds dbt_project.yml gives min_date/max_date.
EVERY_DAY = (date(1900, 1, 1), date(2999, 12, 31))


def read_rows(conn: duckdb.DuckDBPyConnection, suite: Suite, window: tuple[date, date] = EVERY_DAY) -> pd.DataFrame:
    """The rows the suite validates: its query over each day of the window (first and last
    day, inclusive) in turn, so DuckDB holds one day's join at a time."""
    if suite.days_of is None:
        return conn.execute(suite.query).df()
    days = [d for (d,) in conn.execute(
        f"SELECT DISTINCT partition_date FROM {suite.days_of} WHERE partition_date BETWEEN ? AND ? ORDER BY 1",
        list(window)).fetchall()]
    # No day: the query with no day gives the (empty) frame its columns.
    frames = [conn.execute(suite.query, {"day": day}).df() for day in days or [None]]
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]


def run_window(context) -> tuple[date, date]:
    """The days the check's run materialised; every day when the run has no partition."""
    if context.has_partition_key or context.has_partition_key_range:
        return partition_dates(context)
    return EVERY_DAY


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


def check_result(suite: Suite, result, n_rows: int, docs_page: Path | None,
                 window: tuple[date, date] = EVERY_DAY) -> dg.AssetCheckResult:
    failed = failed_expectations(result)
    errors = [f for f in failed if f["severity"] != "warn"]
    metadata = {
        "rows": n_rows,
        "days": days_label(suite, window),
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


def verdict(suite: Suite, frame: pd.DataFrame, window: tuple[date, date] = EVERY_DAY,
            docs_dir: Path | None = None, run_name: str | None = None) -> dg.AssetCheckResult:
    """Validate the rows with GX and render the Data Docs page. A run's days without rows
    (today's partition before anything landed) pass: there is nothing to validate, and
    proportions over zero rows would fail."""
    if frame.empty and suite.days_of is not None:
        return dg.AssetCheckResult(passed=True, metadata={"rows": 0, "days": days_label(suite, window)},
                                   description="No rows on the run's days: nothing to validate.")
    from orchestration.quality.validation import build_docs, validate  # imports GX: seconds

    result = validate(suite, frame, docs_dir=docs_dir, run_name=run_name)
    try:
        page = build_docs(suite, result, docs_dir=docs_dir)
    except Exception as exc:  # Data Docs are a view; a rendering problem must not hide the verdict
        dg.get_dagster_logger().warning(f"GX Data Docs for {suite.name} not built: {exc!r}")
        page = None
    return check_result(suite, result, len(frame), page, window)


def days_label(suite: Suite, window: tuple[date, date]) -> str:
    return "all" if suite.days_of is None or window == EVERY_DAY else f"{window[0]}..{window[1]}"


def docs_page_index(page: Path) -> Path:
    for parent in page.parents:
        if (parent / "index.html").exists():
            return parent / "index.html"
    return page


def make_check(suite: Suite) -> dg.AssetChecksDefinition:
    kinds = "; ".join(f"{e.type}({e.column or ''}){' [warn]' if is_warning(e) else ''}" for e in suite.expectations)

    @dg.asset_check(
        asset=dg.AssetKey(suite.asset),
        name=f"gx_{suite.name}",
        blocking=suite.blocking,
        description=f"Great Expectations suite '{suite.name}'. {suite.description} Expectations: {kinds}",
    )
    def _check(context, warehouse: WarehouseResource) -> dg.AssetCheckResult:
        window = run_window(context)
        with warehouse.get_connection() as conn:
            frame = read_rows(conn, suite, window)
        return verdict(suite, frame, window, run_name=context.run.run_id)

    return _check


quality_checks = [make_check(s) for s in SUITES]
