"""The job that runs the whole graph for a partition range, and its daily schedule."""

from __future__ import annotations

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

# Yesterday's landing folder, every morning at 06:00 UTC.
daily_schedule = dg.build_schedule_from_partitioned_job(pipeline_job, hour_of_day=6, minute_of_hour=0)
