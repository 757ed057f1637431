"""Run one analyst query from this folder against the warehouse and print the result.

    python queries/run_query.py NAME [param=value ...]

Parameters are declared in each file's header (`-- @param name = default: description`)
and bound as DuckDB prepared-statement parameters, never pasted into the SQL.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import duckdb

QUERIES = Path(__file__).resolve().parent
PARAM = re.compile(r"^--\s*@param\s+(\w+)\s*=\s*([^:]*?)\s*(?::\s*(.*))?$")


def query_path(name: str) -> Path:
    path = QUERIES / (name if name.endswith(".sql") else f"{name}.sql")
    if not path.exists():
        raise FileNotFoundError(f"no query {name!r}; there are: {', '.join(sorted(p.stem for p in QUERIES.glob('*.sql')))}")
    return path


def load_query(name: str) -> tuple[str, dict[str, str]]:
    """The SQL of a query file and its parameters' defaults."""
    sql = query_path(name).read_text(encoding="utf-8")
    defaults = {}
    for line in sql.splitlines():
        match = PARAM.match(line.strip())
        if match:
            defaults[match.group(1)] = match.group(2)
    return sql, defaults


def run_query(conn: duckdb.DuckDBPyConnection, name: str, **params: str):
    """Run the query with its defaults overridden by `params`; returns a DataFrame."""
    sql, defaults = load_query(name)
    unknown = set(params) - set(defaults)
    if unknown:
        raise ValueError(f"{name} has no parameter(s) {sorted(unknown)}; it takes {sorted(defaults)}")
    return conn.execute(sql, {**defaults, **params}).df()


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    name, pairs = argv[0], argv[1:]
    params = dict(p.split("=", 1) for p in pairs)
    database = os.environ.get("NEWSCLAIMS_WAREHOUSE", str(QUERIES.parent / "data" / "warehouse.duckdb"))
    with duckdb.connect(database, read_only=True) as conn:
        frame = run_query(conn, name, **params)
    import pandas as pd

    with pd.option_context("display.max_rows", 200, "display.max_columns", 30, "display.width", 200, "display.max_colwidth", 80):
        print(frame)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
