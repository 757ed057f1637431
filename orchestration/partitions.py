"""Daily partitions by landing date; every asset of the graph shares them."""

from __future__ import annotations

from datetime import date

import dagster as dg

FIRST_DAY = "2024-10-01"

# end_offset=1: today's landing folder is a valid partition, so the sensor can run it.
daily_partitions = dg.DailyPartitionsDefinition(start_date=FIRST_DAY, end_offset=1)

# A backfill of a range is one run: one writer to DuckDB, the model loaded once.
single_run = dg.BackfillPolicy.single_run()


def partition_dates(context: dg.AssetExecutionContext) -> tuple[date, date]:
    """First and last day (inclusive) of the partitions this run materialises."""
    keys = context.partition_key_range
    return date.fromisoformat(keys.start), date.fromisoformat(keys.end)
