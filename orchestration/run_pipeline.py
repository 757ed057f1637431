"""`make run`: materialise every asset for the days in the landing folder, then print a summary.

    python -m orchestration [--start YYYY-MM-DD --end YYYY-MM-DD] [--full-refresh]

The range runs as one Dagster run (single-run backfill policy) recorded in DAGSTER_HOME,
so it shows in the web UI like a backfill launched there.
"""

from __future__ import annotations

import argparse
import sys

import dagster as dg
import duckdb

from orchestration.definitions import defs
from orchestration.schedules import pipeline_job
from orchestration.sensors import landing_days
from orchestration.settings import landing_dir, warehouse_path

RANGE_START_TAG = "dagster/asset_partition_range_start"
RANGE_END_TAG = "dagster/asset_partition_range_end"


def run_range(
    start: str, end: str, instance: dg.DagsterInstance | None = None, definitions: dg.Definitions = defs,
    full_refresh: bool = False,
) -> dg.ExecuteInProcessResult:
    """`full_refresh` rebuilds the dbt marts whole (after an upgrade changed their columns)."""
    job = definitions.get_job_def(pipeline_job.name)
    return job.execute_in_process(
        instance=instance or dg.DagsterInstance.get(),
        tags={RANGE_START_TAG: start, RANGE_END_TAG: end},
        run_config={"loggers": {"console": {"config": {"log_level": "INFO"}}},
                    "ops": {"dbt_models": {"config": {"full_refresh": full_refresh}}}},
        raise_on_error=False,
    )


def check_lines(result: dg.ExecuteInProcessResult) -> tuple[list[str], int, int]:
    """One line per Great Expectations check and per failed check; counts of passed and failed."""
    lines, passed, failed = [], 0, 0
    for event in result.all_events:
        if event.event_type_value != "ASSET_CHECK_EVALUATION":
            continue
        ev = event.event_specific_data
        passed += ev.passed
        failed += not ev.passed
        if ev.check_name.startswith("gx_") or not ev.passed:
            status = "PASS" if ev.passed else ("WARN" if ev.severity == dg.AssetCheckSeverity.WARN else "FAIL")
            lines.append(f"  {status}  {ev.asset_key.to_user_string()}:{ev.check_name}")
    return sorted(lines), passed, failed


def upgrade_hint(result: dg.ExecuteInProcessResult) -> list[str]:
    """How to go on when the dbt step failed because a mart's columns changed (an upgrade)."""
    for event in result.all_events:
        error = event.event_specific_data.error if event.event_type_value == "STEP_FAILURE" else None
        if error is not None and "out of sync" in error.to_string():
            return ["the marts' columns changed since they were built (an upgrade): "
                    "rebuild them with  make run ARGS=--full-refresh"]
    return []


def summary(result: dg.ExecuteInProcessResult, database: str) -> str:
    with duckdb.connect(database, read_only=True) as conn:
        count = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
        docs = count("SELECT count(*) FROM cleaned.documents")
        rejected = count("SELECT count(*) FROM raw.rejected_documents")
        claims = count("SELECT count(*) FROM extracted.claims")
        attributed = count("SELECT count(*) FROM extracted.claims WHERE kind <> 'unattributed'")
        figures = count("SELECT count(*) FROM extracted.quantities")
        entities = count("SELECT count(DISTINCT entity_id) FROM extracted.entity_mentions")
    checks, passed, failed = check_lines(result)
    return "\n".join([
        f"newsclaims run {'succeeded' if result.success else 'FAILED'}",
        *upgrade_hint(result),
        f"  documents {docs} (rejected {rejected}), claims {claims} ({attributed} attributed), "
        f"figures {figures}, distinct entities {entities}",
        f"checks (Great Expectations suites and dbt tests): {passed} passed, {failed} not passed",
        *checks,
        f"warehouse: {database}",
        "query it:  .venv/bin/python -c \"import duckdb; print(duckdb.connect('"
        + database + "', read_only=True).sql('select * from marts.fct_figures'))\"",
        "or ask a ready-made question: .venv/bin/python queries/run_query.py figures_by_source",
        "or open the UI: make ui  (http://127.0.0.1:3000)",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--start", help="first landing day (default: the earliest folder)")
    parser.add_argument("--end", help="last landing day (default: the latest folder)")
    parser.add_argument("--full-refresh", action="store_true",
                        help="rebuild the dbt marts whole: after an upgrade that changed their columns "
                             "a run says the schemas 'are out of sync'")
    args = parser.parse_args(argv)
    days = landing_days()
    if not days and not (args.start and args.end):
        print(f"no landing folders YYYY-MM-DD under {landing_dir()}", file=sys.stderr)
        return 2
    result = run_range(args.start or days[0], args.end or days[-1], full_refresh=args.full_refresh)
    print(summary(result, warehouse_path()))
    return 0 if result.success else 1


if __name__ == "__main__":  # the old command; `python -m orchestration` keeps Dagster out of workers
    sys.exit(main())
