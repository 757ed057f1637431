"""Where things live. Every path can be overridden by an environment variable."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DBT_DIR = REPO_ROOT / "dbt_project"


def warehouse_path() -> str:
    """The DuckDB file (NEWSCLAIMS_WAREHOUSE, default data/warehouse.duckdb), absolute."""
    return str(Path(os.environ.get("NEWSCLAIMS_WAREHOUSE", REPO_ROOT / "data" / "warehouse.duckdb")).resolve())


def landing_dir() -> Path:
    """Landing folders, one per day: <landing>/YYYY-MM-DD/ (NEWSCLAIMS_LANDING, default data/raw)."""
    return Path(os.environ.get("NEWSCLAIMS_LANDING", REPO_ROOT / "data" / "raw")).resolve()


def reports_dir() -> Path:
    """Generated reports and GX Data Docs (NEWSCLAIMS_REPORTS, default data/reports)."""
    return Path(os.environ.get("NEWSCLAIMS_REPORTS", REPO_ROOT / "data" / "reports")).resolve()


def duckdb_memory_limit() -> str:
    """DuckDB's buffer memory for the pipeline's connections (NEWSCLAIMS_DUCKDB_MEMORY, default
    512MB). DuckDB's own default is 80 % of RAM, and a backfill writes the whole range in one
    transaction, so without a cap its memory grows with the range instead of spilling; the
    written row groups are on disk already and are evicted first. At 10,000 benchmark
    documents the 1GB cap let the extraction step's process tree reach 2.6 GB."""
    return os.environ.get("NEWSCLAIMS_DUCKDB_MEMORY", "512MB")
