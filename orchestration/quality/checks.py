"""Great Expectations suites as Dagster asset checks.

Each suite (orchestration.quality.suites) becomes one check `gx_<suite>` on its asset. A
check in a partitioned run validates the run's days, read one day at a time; run alone
(no partition), it validates every day. GX gets whole days of about CHUNK_ROWS rows at a
time, as it needs a few times a frame's size to validate it; the verdict combines the
chunks' results into what one validation of all the rows would give (keys are unique
across days by PRIMARY KEY, or by the suite's other-days column).
The check fails with severity ERROR when an "error" expectation fails -- blocking checks
then stop the assets downstream in the same run -- and with severity WARN when only "warn"
expectations fail. Every validation is rendered into GX Data Docs (HTML) under
reports_dir()/gx/data_docs; the check's metadata links to the page of the first validation
that failed, else of the last.
GX itself is imported when a check runs (orchestration.quality.validation), not with the
definitions.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

import dagster as dg
import duckdb
import pandas as pd

from orchestration.partitions import partition_dates
from orchestration.quality.suites import SUITES, Suite, is_warning
from orchestration.resources import WarehouseResource
from orchestration.warehouse import stored_days

# No partition: every day, the bounds dbt_project.yml gives min_date/max_date.
EVERY_DAY = (date(1900, 1, 1), date(2999, 12, 31))


# Rows GX validates at once. It holds a few times its frame while validating (at 50,000
# benchmark documents, 1.0 M claims: a 80 MiB frame and 200 MiB more), and the run's window
# may hold months.
CHUNK_ROWS = 200_000


def read_chunks(conn: duckdb.DuckDBPyConnection, suite: Suite, window: tuple[date, date] = EVERY_DAY,
                max_rows: int = CHUNK_ROWS) -> Iterator[pd.DataFrame]:
    """The rows the suite validates, in frames of consecutive whole days of the window (first
    and last day, inclusive) of about max_rows rows. Each day is its own query, so DuckDB holds
    one day's join at a time. A suite without days is one frame."""
    if suite.days_of is None:
        yield conn.execute(suite.query).df()
        return
    frames, n_rows = [], 0
    # No day: the query with no day gives the (empty) frame its columns.
    for day in stored_days(conn, suite.days_of, *window) or [None]:
        frames.append(conn.execute(suite.query, {"day": day}).df())
        n_rows += len(frames[-1])
        if n_rows >= max_rows:
            yield joined(frames)
            n_rows = 0
    if frames:
        yield joined(frames)


def joined(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """The frames as one, emptying the list: a chunk's days are not kept beside it."""
    frame = pd.concat(frames, ignore_index=True)
    frames.clear()
    return frame


def read_rows(conn: duckdb.DuckDBPyConnection, suite: Suite, window: tuple[date, date] = EVERY_DAY) -> pd.DataFrame:
    """Every row the suite validates over the window, in one frame."""
    return pd.concat(read_chunks(conn, suite, window), ignore_index=True)


def run_window(context) -> tuple[date, date]:
    """The days the check's run materialised; every day when the run has no partition."""
    if context.has_partition_key or context.has_partition_key_range:
        return partition_dates(context)
    return EVERY_DAY


def failed_expectations(results: list, sizes: list[int]) -> list[dict]:
    """The expectations that fail over every chunk's rows together, given each chunk's GX
    result and its number of rows."""
    parts: dict[str, list] = {}
    for result, n_rows in zip(results, sizes):
        for r in result.results:
            cfg = r.expectation_config
            parts.setdefault(cfg.type + json.dumps(cfg.kwargs, sort_keys=True, default=str), []).append((r, n_rows))
    failed = []
    for rs in parts.values():
        if all_chunks_pass(rs):
            continue
        cfg = rs[0][0].expectation_config
        meta = cfg.meta or {}
        counts = [r.result.get("unexpected_count") for r, _ in rs]
        failed.append({
            "expectation": cfg.type,
            "column": cfg.kwargs.get("column"),
            "severity": meta.get("severity", "error"),
            "unexpected_count": None if None in counts else sum(counts),
            "examples": [str(v) for r, _ in rs for v in r.result.get("partial_unexpected_list") or []][:5],
            "why": meta.get("why"),
        })
    return failed


def all_chunks_pass(rs: list) -> bool:
    """Whether an expectation holds over the rows of all its chunks ((GX result, rows) each).
    Row by row it does when it does in every chunk; a `mostly` share or a proportion is
    recomputed over all rows from the chunks' counts."""
    if len(rs) == 1:
        return rs[0][0].success
    cfg = rs[0][0].expectation_config
    kwargs = cfg.kwargs
    if cfg.type == "expect_column_proportion_of_non_null_values_to_be_between":
        share = sum(r.result["observed_value"] * n for r, n in rs) / sum(n for _, n in rs)
        return (kwargs.get("min_value") is None or share >= kwargs["min_value"]) and (
            kwargs.get("max_value") is None or share <= kwargs["max_value"])
    if kwargs.get("mostly") is not None:
        values = sum(r.result["element_count"] - r.result["missing_count"] for r, _ in rs)
        unexpected = sum(r.result["unexpected_count"] for r, _ in rs)
        return values == 0 or (values - unexpected) / values >= kwargs["mostly"]
    return all(r.success for r, _ in rs)


def check_result(suite: Suite, results: list, sizes: list[int], pages: list[Path | None],
                 window: tuple[date, date] = EVERY_DAY) -> dg.AssetCheckResult:
    """The check's verdict from each chunk's GX result, rows and Data Docs page."""
    failed = failed_expectations(results, sizes)
    # The page of the first validation that failed if the check did (a chunk can fail a share
    # that the window meets), else of the last.
    failed_pages = [page for page, r in zip(pages, results) if not r.success]
    docs_page = failed_pages[0] if failed and failed_pages else pages[-1]
    errors = [f for f in failed if f["severity"] != "warn"]
    metadata = {
        "rows": sum(sizes),
        "days": days_label(suite, window),
        "validations": len(results),
        "expectations": len(suite.expectations),
        "passed": len(suite.expectations) - len(failed),
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


def verdict(suite: Suite, chunks: Iterable[pd.DataFrame], window: tuple[date, date] = EVERY_DAY,
            docs_dir: Path | None = None, run_name: str | None = None) -> dg.AssetCheckResult:
    """Validate the rows (read_chunks) with GX, a chunk at a time, and render the Data Docs
    page of each validation; the check links the first that failed, else the last. A run's
    days without rows (today's partition before anything landed) pass: there is nothing to
    validate, and proportions over zero rows would fail."""
    results, sizes, pages = [], [], []
    for frame in chunks:
        if frame.empty and suite.days_of is not None:
            continue
        from orchestration.quality.validation import build_docs, validate  # imports GX: seconds

        results.append(validate(suite, frame, docs_dir=docs_dir, run_name=run_name))
        sizes.append(len(frame))
        del frame  # before the next chunk is read
        try:
            pages.append(build_docs(suite, results[-1], docs_dir=docs_dir))
        except Exception as exc:  # Data Docs are a view; a rendering problem must not hide the verdict
            dg.get_dagster_logger().warning(f"GX Data Docs for {suite.name} not built: {exc!r}")
            pages.append(None)
    if not results:
        return dg.AssetCheckResult(passed=True, metadata={"rows": 0, "days": days_label(suite, window)},
                                   description="No rows on the run's days: nothing to validate.")
    return check_result(suite, results, sizes, pages, window)


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
            return verdict(suite, read_chunks(conn, suite, window), window, run_name=context.run.run_id)

    return _check


quality_checks = [make_check(s) for s in SUITES]
