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
    512MB). DuckDB's own default is 80 % of RAM; beyond the cap it spills, and the written row
    groups are on disk already and are evicted first. The writes commit day by day
    (orchestration.storage), so an open transaction holds one day's rows."""
    return os.environ.get("NEWSCLAIMS_DUCKDB_MEMORY", "512MB")
