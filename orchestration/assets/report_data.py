"""What the report shows, queried from the marts with bounds.

The page lists a fixed number of sentences under each count and a fixed number of points
and rows per disputed figure, so it reads only those. DuckDB ranks the rows on their keys
and fetches the text of the rows that are kept. At 50,000 benchmark documents, loading
fct_claims and fct_figures whole into pandas took 3.3 GB, and that grew with the history.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pandas as pd

# The marts load() reads.
RENDERED = ("fct_claims", "claim_speakers", "fct_figures", "figure_comparison", "actor_stance", "daily_coverage",
            "dim_outlets", "dim_speakers")
TOP_SPEAKERS = 15
MAX_EVIDENCE = 12  # sentences listed under one count; the rest are summarised
# The coverage table has a row per day and outlet, so it grows with the history: its
# counts list fewer (12 per count made the page 39 MB at 50,000 documents).
MAX_DAY_EVIDENCE = 3
# A disputed figure over months of coverage has thousands of rows. Its chart draws each
# distinct (day, value, qualifier, speaker, outlet) once with its count, at most this many
# (Altair refuses more than 5,000 rows inline, and more points say nothing more) ...
MAX_CHART_POINTS = 2000
# ... and its table lists this many figures and gives the query for all of them.
MAX_FIGURE_ROWS = 100

EVIDENCE_COLUMNS = "sentence_text, outlet, reported_on, doc_id, char_start, char_end, url"
# The order in which sentences are listed: by day, then by place in the article.
READING_ORDER = "reported_on, doc_id, char_start"

# (rows listed, how many there are) per group key
Evidence = dict[tuple, tuple[list[dict], int]]


@dataclass
class ReportData:
    overview: dict
    figure_rows: pd.DataFrame  # the first MAX_FIGURE_ROWS of each disputed figure, with n_rows
    figure_points: pd.DataFrame  # the MAX_CHART_POINTS most repeated points of each, with n_points
    stance: pd.DataFrame  # actor_stance without its claim id lists
    stance_evidence: Evidence  # (topic_label, speaker_key, stance of the claims)
    speakers: pd.DataFrame  # the TOP_SPEAKERS most-quoted speakers
    speaker_evidence: Evidence  # (speaker_key,)
    coverage: pd.DataFrame  # daily_coverage
    coverage_claims: Evidence  # (reported_on, outlet or "(unknown)")
    coverage_figures: Evidence


def plain(value):
    """Missing values as None, timestamps of DATE columns as dates (no 00:00:00)."""
    if isinstance(value, (list, tuple)) or hasattr(value, "__array__") and not isinstance(value, str) and getattr(value, "ndim", 0):
        return list(value)
    if pd.isna(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date() if value == value.normalize() else value.to_pydatetime()
    return value


def records(frame: pd.DataFrame) -> list[dict]:
    return [{k: plain(v) for k, v in r.items()} for r in frame.to_dict("records")]


def first_rows(conn: duckdb.DuckDBPyConnection, table: str, id_col: str, keys: list[str], order: str,
               limit: int, columns: str, source: str | None = None, where: str = "true",
               params: list | None = None) -> pd.DataFrame:
    """The first `limit` rows of marts.`table` (alias t) per group of `keys` (SQL over t and
    `source`), in `order`, as columns key_0.. , n_rows (the group's size) and `columns`.
    Ranked on the keys and the id only; the text is fetched for the rows kept. The names
    and SQL fragments come from load(); values (`params`, the limit) are parameters."""
    group = ", ".join(keys)
    key_cols = ", ".join(f"{k} AS key_{i}" for i, k in enumerate(keys))
    key_order = ", ".join(f"r.key_{i}" for i in range(len(keys)))
    order_t = ", ".join(f"t.{c.strip()}" for c in order.split(","))
    picked = ", ".join(f"t.{c.strip()}" for c in columns.split(","))
    source = source or f"marts.{table} t"
    return conn.execute(f"""
        WITH ranked AS (
            SELECT {key_cols}, t.{id_col} AS row_id,
                   row_number() OVER (PARTITION BY {group} ORDER BY {order_t}, t.{id_col}) AS row_rank,
                   count(*) OVER (PARTITION BY {group}) AS n_rows
            FROM {source}
            WHERE {where})
        SELECT r.* EXCLUDE (row_id), {picked}
        FROM ranked r JOIN marts.{table} t ON t.{id_col} = r.row_id
        WHERE r.row_rank <= ?
        ORDER BY {key_order}, r.row_rank""", [*(params or []), limit]).df()


def by_key(frame: pd.DataFrame) -> Evidence:
    keys = [c for c in frame.columns if c.startswith("key_")]
    out: Evidence = {}
    for key, group in frame.groupby(keys, sort=False, dropna=False):
        rows = records(group.drop(columns=[*keys, "row_rank", "n_rows"]))
        out[tuple(plain(k) for k in key)] = (rows, int(group["n_rows"].iloc[0]))
    return out


def claim_evidence(conn, keys: list[str], limit: int = MAX_EVIDENCE, source: str | None = None,
                   where: str = "true", params=None) -> Evidence:
    return by_key(first_rows(conn, "fct_claims", "claim_id", keys, READING_ORDER, limit,
                             f"claim_text AS highlight, {EVIDENCE_COLUMNS}", source, where, params))


def figure_evidence(conn, keys: list[str], limit: int = MAX_EVIDENCE) -> Evidence:
    return by_key(first_rows(conn, "fct_figures", "quantity_id", keys, READING_ORDER, limit,
                             f"figure_text AS highlight, {EVIDENCE_COLUMNS}"))


def overview(conn: duckdb.DuckDBPyConnection) -> dict:
    row = conn.execute("""
        SELECT (SELECT sum(n_documents) FROM marts.dim_outlets) AS n_documents,
               (SELECT count(*) FROM marts.dim_outlets) AS n_outlets,
               count(*) AS n_claims,
               count(*) FILTER (WHERE kind IS DISTINCT FROM 'unattributed') AS n_attributed,
               count(*) FILTER (WHERE stance = 'denies') AS n_denials,
               (SELECT count(*) FROM marts.fct_figures) AS n_figures,
               (SELECT count(DISTINCT comparison_key) FROM marts.figure_comparison) AS n_compared,
               (SELECT count(DISTINCT comparison_key) FILTER (WHERE disputed) FROM marts.figure_comparison) AS n_disputed,
               (SELECT any_value(dispute_tolerance) FROM marts.figure_comparison) AS dispute_tolerance
        FROM marts.fct_claims""")
    return dict(zip([d[0] for d in conn.description], row.fetchone()))


def figure_points(conn: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Each disputed figure's chart data: one point per distinct day, value, qualifier,
    speaker and outlet with the number of figures behind it and the first of them as the
    example; the MAX_CHART_POINTS most frequent points, and n_points, how many there were."""
    return conn.execute("""
        WITH f AS (
            SELECT comparison_key, reported_on, value, coalesce(qualifier, '=') AS qualifier,
                   coalesce(speaker_name, '(unattributed)') AS speaker_name, coalesce(outlet, '(unknown)') AS outlet,
                   quantity_id, doc_id, char_start
            FROM marts.figure_comparison WHERE disputed),
        points AS (
            SELECT * EXCLUDE (doc_id, char_start),
                   row_number() OVER (PARTITION BY comparison_key, reported_on, value, qualifier, speaker_name, outlet
                                      ORDER BY doc_id, char_start, quantity_id) AS nth,
                   count(*) OVER (PARTITION BY comparison_key, reported_on, value, qualifier, speaker_name, outlet) AS figures
            FROM f),
        ranked AS (
            SELECT * EXCLUDE (nth),
                   row_number() OVER (PARTITION BY comparison_key
                                      ORDER BY figures DESC, reported_on, value, speaker_name, outlet, qualifier) AS kept,
                   count(*) OVER (PARTITION BY comparison_key) AS n_points
            FROM points WHERE nth = 1)
        SELECT p.comparison_key, p.reported_on, p.value, p.qualifier, p.speaker_name, p.outlet, p.figures,
               t.figure_text, t.sentence_text, t.doc_id, t.char_start, t.char_end, p.n_points
        FROM ranked p JOIN marts.figure_comparison t USING (quantity_id)
        WHERE p.kept <= ?
        ORDER BY p.comparison_key, p.kept""", [MAX_CHART_POINTS]).df()


def load(conn: duckdb.DuckDBPyConnection) -> ReportData:
    figure_rows = first_rows(conn, "figure_comparison", "quantity_id", ["t.comparison_key"], "reported_on, value, doc_id, char_start",
                             MAX_FIGURE_ROWS, "*", where="t.disputed")
    speakers = conn.execute(
        "SELECT * FROM marts.dim_speakers ORDER BY n_claims DESC, n_independent_sources DESC, speaker_key LIMIT ?",
        [TOP_SPEAKERS]).df()
    # each claim once per topic and speaker it speaks for (a joint claim is each member's too),
    # however many of the topic's rows list it
    topic_claims = ("marts.claim_speakers t JOIN (SELECT DISTINCT topic_label, unnest(claim_ids) AS claim_id "
                    "FROM marts.actor_stance) a USING (claim_id)")
    day_outlet = ["t.reported_on", "coalesce(t.outlet, '(unknown)')"]
    return ReportData(
        overview=overview(conn),
        figure_rows=figure_rows.drop(columns=["key_0"]),
        figure_points=figure_points(conn),
        stance=conn.execute("SELECT * EXCLUDE (claim_ids) FROM marts.actor_stance").df(),
        stance_evidence=claim_evidence(conn, ["a.topic_label", "t.speaker_key", "t.stance"], source=topic_claims,
                                       where="t.stance IS NOT NULL"),
        speakers=speakers,
        speaker_evidence=claim_evidence(conn, ["t.speaker_key"], source="marts.claim_speakers t",
                                        where="t.speaker_key IN (SELECT unnest(?))",
                                        params=[speakers["speaker_key"].tolist()]),
        coverage=conn.execute("SELECT * FROM marts.daily_coverage ORDER BY reported_on, outlet").df(),
        coverage_claims=claim_evidence(conn, day_outlet, MAX_DAY_EVIDENCE),
        coverage_figures=figure_evidence(conn, day_outlet, MAX_DAY_EVIDENCE),
    )
