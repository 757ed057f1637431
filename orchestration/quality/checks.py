"""Great Expectations suites as Dagster asset checks.

Each suite (orchestration.quality.suites) becomes one check `gx_<suite>` on its asset. The
check fails with severity ERROR when an "error" expectation fails -- blocking checks then
stop the assets downstream in the same run -- and with severity WARN when only "warn"
expectations fail. Every validation is rendered into GX Data Docs (HTML) under
reports_dir()/gx/data_docs; the check's metadata links to the page of its validation.
GX itself is imported when a check runs (orchestration.quality.validation), not with the
definitions.
"""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from orchestration.quality.suites import SUITES, Suite, is_warning
from orchestration.resources import WarehouseResource


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
    kinds = "; ".join(f"{e.type}({e.column or ''}){' [warn]' if is_warning(e) else ''}" for e in suite.expectations)

    @dg.asset_check(
        asset=dg.AssetKey(suite.asset),
        name=f"gx_{suite.name}",
        blocking=suite.blocking,
        description=f"Great Expectations suite '{suite.name}'. {suite.description} Expectations: {kinds}",
    )
    def _check(context, warehouse: WarehouseResource) -> dg.AssetCheckResult:
        from orchestration.quality.validation import build_docs, validate  # imports GX: seconds

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
