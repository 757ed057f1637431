"""The job that runs the whole graph for a partition range, and its daily schedule."""

from datetime import timedelta

import dagster as dg

from orchestration.partitions import daily_partitions

# Every run writes to DuckDB; dagster.yaml lets one run with this tag go at a time.
WRITER_TAGS = {"newsclaims/warehouse": "writer"}

pipeline_job = dg.define_asset_job(
    name="newsclaims_pipeline",
    selection=dg.AssetSelection.all(),
    partitions_def=daily_partitions,
    tags=WRITER_TAGS,
    description="raw -> cleaned -> extracted -> dbt marts, with the data-quality checks.",
)

@dg.schedule(job=pipeline_job, cron_schedule="0 6 * * *", execution_timezone="UTC", name="newsclaims_pipeline_schedule")
def daily_schedule(context: dg.ScheduleEvaluationContext) -> dg.RunRequest:
    """Yesterday's landing folder, every morning at 06:00 UTC (today's is still filling)."""
    yesterday = (context.scheduled_execution_time - timedelta(days=1)).date().isoformat()
    return dg.RunRequest(run_key=yesterday, partition_key=yesterday)
