"""Warehouse rows from documents: the functions the pipeline's worker processes run.

They live in this library rather than beside the Dagster assets that write their rows, so a
spawned worker imports what it uses and not Dagster, dbt and pandas. One module per stage,
and this package imports neither, so a cleaning worker does not load spaCy and an extraction
worker does not load trafilatura.
"""
