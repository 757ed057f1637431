"""reports/newsclaims_report: one self-contained HTML page over the marts.

Sections: figures by source over time for each disputed metric, who asserts and who
denies, the most-quoted speakers, coverage per day. Charts are Vega-Lite (Altair) with
the Vega JavaScript inlined once (vl-convert's bundle), so the file opens offline. Every
number expands to the sentences it rests on (doc_id, character offsets, outlet, link).
Each chart reports its state in `data-rendered` ("ok" / "error") and the number of drawn
marks in `data-marks`, which the headless-browser test reads.
"""


import html
import json
from datetime import date, datetime
from pathlib import Path

import altair as alt
import dagster as dg
import duckdb
import pandas as pd

from orchestration.assets.report_data import RENDERED, TOP_SPEAKERS, Evidence, ReportData, load, plain, records
from orchestration.partitions import daily_partitions, single_run
from orchestration.resources import WarehouseResource
from orchestration.settings import reports_dir

REPORT_FILE = "newsclaims_report.html"
# The report waits for every mart, so that it reports on one consistent build; it draws on
# RENDERED (report_data) and only counts the rows of the others.
MARTS = RENDERED + ("claim_corroboration", "corroboration_items", "speaker_activity", "dim_entities")
TOP_STANCE_SPEAKERS = 25  # per topic in the stance chart; the tables list every speaker

STANCE_COLOURS = {"asserts": "#2b7bba", "denies": "#d7301f", "neither": "#969696", "mixed": "#8c6bb1"}
SIDES = ("asserts", "denies", "neither")  # a claim's stance (extract.models.STANCES); "mixed" is a speaker's


# --- small HTML helpers -----------------------------------------------------------------

def esc(value) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else html.escape(str(value))


def fmt_number(value) -> str:
    if value is None or pd.isna(value):
        return ""
    value = float(value)
    return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}"


def fmt_figure(value, qualifier: str | None) -> str:
    prefix = {"=": "", "~": "~", ">": ">", ">=": "≥", "<": "<", "<=": "≤"}.get(qualifier or "=", qualifier or "")
    return f"{prefix}{fmt_number(value)}"


def source_line(row) -> str:
    """Where a sentence comes from: outlet, day, doc_id and offsets, link to the article."""
    parts = [esc(row.get("outlet") or "(unknown outlet)"), esc(row.get("reported_on"))]
    parts.append(f"doc <code>{esc(str(row.get('doc_id'))[:12])}</code> chars {esc(row.get('char_start'))}–{esc(row.get('char_end'))}")
    if row.get("url"):
        parts.append(f'<a href="{esc(row["url"])}" rel="noopener">article</a>')
    return " · ".join(parts)


def quote(sentence: str | None, highlight: str | None = None) -> str:
    text = esc(sentence)
    if highlight:
        mark = esc(highlight)
        if mark and mark in text:
            text = text.replace(mark, f"<mark>{mark}</mark>", 1)
    return f"<blockquote>{text}</blockquote>"


def expandable(summary: str, rows: list[dict], total: int, highlight_key: str = "highlight") -> str:
    """A number that expands to the sentences it counts: the first few (report_data bounds
    them) of `total`."""
    items = [
        f"<li>{quote(r.get('sentence_text'), r.get(highlight_key))}<small>{source_line(r)}</small></li>"
        for r in rows
    ]
    more = f"<li>… and {fmt_number(total - len(rows))} more</li>" if total > len(rows) else ""
    return f'<details class="evidence"><summary>{summary}</summary><ol>{"".join(items)}{more}</ol></details>'


def counted(evidence: Evidence, key: tuple) -> str:
    """A group's count, expanding to its sentences; "0" for a group without rows."""
    rows, total = evidence.get(key, ([], 0))
    return expandable(fmt_number(total), rows, total) if total else "0"


def table(headers: list[str], rows: list[list[str]], cls: str = "") -> str:
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def for_json(frame: pd.DataFrame) -> pd.DataFrame:
    """Dates as ISO strings, so the chart specs serialise and Vega parses them as dates."""
    out = frame.copy()
    for col in out.columns:
        if out[col].map(lambda v: isinstance(v, (date, datetime))).any():
            out[col] = out[col].map(lambda v: plain(v).isoformat() if isinstance(v, (date, datetime)) else v)
    return out


# --- charts --------------------------------------------------------------------------------

def figures_chart(points: pd.DataFrame, title: str) -> alt.Chart:
    return (
        alt.Chart(points, title=title)
        .mark_point(size=120, filled=True)
        .encode(
            x=alt.X("reported_on:T", title="reported on", scale=alt.Scale(padding=20)),
            y=alt.Y("value:Q", title="value", scale=alt.Scale(zero=False, padding=20)),
            color=alt.Color("speaker_name:N", title="speaker"),
            shape=alt.Shape("qualifier:N", title="qualifier"),
            tooltip=["speaker_name", "outlet", "figure_text", "qualifier", "value", "reported_on", "figures",
                     "sentence_text", "doc_id", "char_start", "char_end"],
        )
        .properties(width=560, height=260)
    )


def stance_chart(stance: pd.DataFrame) -> alt.Chart:
    agg = (stance.groupby(["topic_label", "speaker_name"], as_index=False)
           .agg(**{side: (f"n_{side}", "sum") for side in SIDES}))
    long = agg.melt(id_vars=["topic_label", "speaker_name"], value_vars=list(SIDES),
                    var_name="stance", value_name="claims")
    # deniers first, then by number of claims; the chart keeps each topic's top speakers
    ranked = agg.assign(total=agg[list(SIDES)].sum(axis=1)).sort_values(["denies", "total"], ascending=False)
    top = ranked.groupby("topic_label", sort=False).head(TOP_STANCE_SPEAKERS)[["topic_label", "speaker_name"]]
    long = long[long["claims"] > 0].merge(top, on=["topic_label", "speaker_name"])
    order = top["speaker_name"].drop_duplicates().tolist()
    return (
        alt.Chart(long, title=f"Who asserts and who denies (claims per speaker and topic, top {TOP_STANCE_SPEAKERS} per topic)")
        .mark_bar()
        .encode(
            y=alt.Y("speaker_name:N", title=None, sort=order),
            x=alt.X("claims:Q", title="claims"),
            color=alt.Color("stance:N", scale=alt.Scale(domain=list(SIDES), range=[STANCE_COLOURS[s] for s in SIDES])),
            row=alt.Row("topic_label:N", title=None, header=alt.Header(labelAngle=0, labelAlign="left")),
            tooltip=["topic_label", "speaker_name", "stance", "claims"],
        )
        .resolve_scale(y="independent")
        .properties(width=460)
    )


def speakers_chart(speakers: pd.DataFrame) -> alt.Chart:
    data = speakers[["speaker_name", "n_claims", "n_outlets", "n_denies"]]
    return (
        alt.Chart(data, title=f"Most-quoted speakers (top {TOP_SPEAKERS})")
        .mark_bar()
        .encode(
            y=alt.Y("speaker_name:N", sort="-x", title=None),
            x=alt.X("n_claims:Q", title="claims"),
            color=alt.Color("n_outlets:Q", title="outlets"),
            tooltip=["speaker_name", "n_claims", "n_outlets", "n_denies"],
        )
        .properties(width=460)
    )


def coverage_chart(coverage: pd.DataFrame) -> alt.Chart:
    long = for_json(coverage.melt(id_vars=["reported_on", "outlet"], value_vars=["n_documents", "n_claims", "n_figures"],
                                  var_name="measure", value_name="count"))
    long["measure"] = long["measure"].str.removeprefix("n_")
    return (
        alt.Chart(long, title="Coverage per day and outlet")
        .mark_bar()
        .encode(
            x=alt.X("reported_on:T", title="reported on", timeUnit="yearmonthdate"),
            y=alt.Y("count:Q", title=None),
            color=alt.Color("outlet:N"),
            column=alt.Column("measure:N", title=None, sort=["documents", "claims", "figures"]),
            tooltip=["reported_on", "outlet", "measure", "count"],
        )
        .resolve_scale(y="independent")
        .properties(width=220, height=200)
    )


# --- the page -------------------------------------------------------------------------------

def row_counts(conn: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows of each mart table. Views are not counted: counting one runs its query (1.9 s for
    claim_corroboration at 50,000 documents), and theirs have a row per claim and figure."""
    tables = {r[0] for r in conn.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'marts' AND table_type = 'BASE TABLE'"
    ).fetchall()}
    return {m: conn.execute(f"SELECT count(*) FROM marts.{m}").fetchone()[0] for m in MARTS if m in tables}


def answered(row: dict) -> str:
    """Who denies, confirms or leaves open a figure's claim (figure_answers): "Russia denies;
    Pentagon confirms; North Korea neither confirms nor denies"."""
    return "; ".join(f"{esc(row[column])} {verb}" for column, verb in
                     (("denied_by", "denies"), ("confirmed_by", "confirms"),
                      ("left_open_by", "neither confirms nor denies")) if row.get(column))


def render_report(data: ReportData) -> tuple[str, int]:
    """The report's HTML and the number of charts in it."""
    charts: list[dict] = []
    sections: list[str] = []

    def chart_div(chart: alt.Chart) -> str:
        # Each chart's data is bounded here (points per figure, speakers per topic, days x
        # outlets), so Altair's blanket 5,000-row guard would only break long histories.
        with alt.data_transformers.disable_max_rows():
            charts.append(chart.to_dict())
        return f'<div class="chart" id="chart-{len(charts) - 1}" data-rendered="pending"></div>'

    def link(value, anchor: str) -> str:
        return f'<a href="#{anchor}">{fmt_number(value)}</a>'

    o = data.overview
    overview = table(
        ["documents", "outlets", "claims", "attributed", "denials", "figures", "compared metrics", "disputed"],
        [[link(o["n_documents"] or 0, "coverage"), link(o["n_outlets"], "coverage"), link(o["n_claims"], "coverage"),
          link(o["n_attributed"], "speakers"), link(o["n_denials"], "stance"), link(o["n_figures"], "coverage"),
          fmt_number(o["n_compared"]), link(o["n_disputed"], "figures")]],
    )
    sections.append(f'<section id="overview"><h2>Overview</h2>{overview}</section>')

    # 1. disputed figures
    tolerance = o["dispute_tolerance"]
    parts = ['<section id="figures"><h2>Disputed figures</h2>',
             f"<p>Figures on the same metric and subject from different independent sources (wire copies and "
             f"near-duplicates count once) that differ by more than "
             f"{fmt_number(100 * float(tolerance)) if tolerance is not None else 10} % after "
             f"accounting for qualifiers (see the dbt docs of <code>figure_comparison</code>).</p>"]
    if data.figure_rows.empty:
        parts.append("<p class='empty'>No disputed figures.</p>")
    points_of = dict(tuple(data.figure_points.groupby("comparison_key", sort=False)))
    for key, group in data.figure_rows.groupby("comparison_key", sort=True):
        first = group.iloc[0]
        title = f"{first['metric']} — {first['subject_name'] or first['subject_id']}"
        parts.append(f"<h3 id='fig-{esc(key)}'>{esc(title)}</h3>")
        parts.append(
            f"<p>{fmt_number(first['min_value'])} to {fmt_number(first['max_value'])} "
            f"(spread {fmt_number(first['spread'])}, {fmt_number(100 * first['relative_spread'])} %), "
            f"{int(first['n_independent_sources'])} independent sources, {int(first['n_figures'])} figures.</p>"
        )
        points = points_of[key]
        n_points = int(points["n_points"].iloc[0])
        parts.append(chart_div(figures_chart(for_json(points.drop(columns=["comparison_key", "n_points"])), title)))
        if n_points > len(points):
            parts.append(f"<p class='note'>The chart shows the {fmt_number(len(points))} most repeated of "
                         f"{fmt_number(n_points)} distinct day, value, speaker and outlet combinations.</p>")
        rows = []
        for r in records(group):
            rows.append([
                expandable(esc(fmt_figure(r["value"], r["qualifier"])), [r], 1, "figure_text"),
                esc(r["speaker_name"] or "(unattributed)"), esc(r["outlet"] or "(unknown)"),
                esc(r["reported_on"]), f"<code>{esc(r['independent_source_id'])}</code>",
                esc(r["n_conflicting_sources"]), answered(r),
            ])
        parts.append(table(["figure", "speaker", "outlet", "reported on", "independent source", "conflicts with",
                            "answered by"], rows))
        n_rows = int(first["n_rows"])
        if n_rows > len(group):
            parts.append(f"<p class='note'>The first {len(group)} of {fmt_number(n_rows)} figures; all of them: "
                         f"<code>SELECT * FROM marts.figure_comparison WHERE comparison_key = "
                         f"'{esc(str(key).replace(chr(39), chr(39) * 2))}' ORDER BY reported_on, value</code></p>")
    parts.append("</section>")
    sections.append("".join(parts))

    # 2. who asserts, who denies
    stance = data.stance
    parts = ['<section id="stance"><h2>Who asserts and who denies</h2>',
             "<p>Per topic (seed <code>topics</code>) and speaker; a negated denial (&ldquo;did not deny&rdquo;) asserts; "
             "&ldquo;has not confirmed&rdquo; and &ldquo;has neither confirmed nor denied&rdquo; are neither.</p>"]
    if len(stance):
        parts.append(chart_div(stance_chart(stance)))
        for topic, group in stance.groupby("topic_label"):
            parts.append(f"<h3>{esc(topic)}</h3>")
            rows = []
            ranked = group.assign(_d=group.groupby("speaker_key")["n_denies"].transform("sum"),
                                  _n=group.groupby("speaker_key")["n_claims"].transform("sum"))
            ranked = ranked.sort_values(["_d", "_n", "speaker_name"], ascending=[False, False, True])
            for (key, name), sg in ranked.groupby(["speaker_key", "speaker_name"], sort=False):
                overall = sg["overall_stance"].iloc[0]
                rows.append([
                    esc(name), f'<span class="stance {esc(overall)}">{esc(overall)}</span>',
                    *(counted(data.stance_evidence, (topic, key, side)) for side in SIDES),
                    esc(", ".join(sorted({str(plain(d)) for d in sg["reported_on"]}))),
                ])
            parts.append(table(["speaker", "stance", *SIDES, "days"], rows))
    else:
        parts.append("<p class='empty'>No attributed claims on any topic.</p>")
    parts.append("</section>")
    sections.append("".join(parts))

    # 3. most-quoted speakers
    speakers = data.speakers
    parts = ['<section id="speakers"><h2>Most-quoted speakers</h2>']
    if len(speakers):
        parts.append(chart_div(speakers_chart(speakers)))
        rows = []
        for s in records(speakers):
            said, total = data.speaker_evidence.get((s["speaker_key"],), ([], 0))
            rows.append([esc(s["speaker_name"]), expandable(fmt_number(s["n_claims"]), said, total),
                         fmt_number(s["n_outlets"]), fmt_number(s["n_independent_sources"]),
                         esc(s["first_reported_on"]), esc(s["last_reported_on"])])
        parts.append(table(["speaker", "claims", "outlets", "independent sources", "first", "last"], rows))
    else:
        parts.append("<p class='empty'>No speakers.</p>")
    parts.append("</section>")
    sections.append("".join(parts))

    # 4. coverage per day
    coverage = data.coverage
    parts = ['<section id="coverage"><h2>Coverage per day</h2>']
    if len(coverage):
        parts.append(chart_div(coverage_chart(coverage)))
        rows = []
        for c in records(coverage):
            key = (c["reported_on"], c["outlet"] or "(unknown)")
            rows.append([esc(c["reported_on"]), esc(c["outlet"]), fmt_number(c["n_documents"]),
                         counted(data.coverage_claims, key), counted(data.coverage_figures, key),
                         fmt_number(c["n_denials"])])
        parts.append(table(["day", "outlet", "documents", "claims", "figures", "denials"], rows))
    parts.append("</section>")
    sections.append("".join(parts))

    return page(sections, charts), len(charts)


def page(sections: list[str], charts: list[dict]) -> str:
    import vl_convert as vlc
    from altair.utils._importers import vl_version_for_vl_convert

    bundle = vlc.javascript_bundle(vl_version=vl_version_for_vl_convert())
    # "</" inside inline JSON would end the script element early.
    specs = json.dumps(charts, default=str).replace("</", "<\\/")
    generated = datetime.now().isoformat(timespec="seconds")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>newsclaims report</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 1100px; color: #222; }}
table {{ border-collapse: collapse; margin: .5rem 0 1.5rem; }}
th, td {{ border-bottom: 1px solid #ddd; padding: .25rem .6rem; text-align: left; vertical-align: top; }}
blockquote {{ margin: .2rem 0; padding-left: .6rem; border-left: 3px solid #bbb; }}
details.evidence summary {{ cursor: pointer; color: #1a5fb4; text-decoration: underline dotted; }}
details.evidence ol {{ max-width: 720px; }}
.stance.denies {{ color: {STANCE_COLOURS['denies']}; font-weight: bold; }}
.stance.asserts {{ color: {STANCE_COLOURS['asserts']}; }}
.stance.mixed {{ color: {STANCE_COLOURS['mixed']}; font-weight: bold; }}
.stance.neither {{ color: {STANCE_COLOURS['neither']}; }}
#errors:empty {{ display: none; }}
#errors {{ color: #b00; white-space: pre-wrap; }}
</style>
<script>
window.addEventListener("error", e => {{ document.getElementById("errors").textContent += String(e.message) + "\\n"; }});
</script>
<script>{bundle}</script>
</head><body>
<h1>newsclaims: who claimed what</h1>
<p>Generated {generated}. Numbers with a dotted underline expand to the sentences they rest on;
the overview's numbers link to their section. Data-quality results: <a href="gx/data_docs/index.html">Great Expectations Data Docs</a>.</p>
<pre id="errors"></pre>
{''.join(sections)}
<script type="application/json" id="chart-specs">{specs}</script>
<script>
const specs = JSON.parse(document.getElementById("chart-specs").textContent);
specs.forEach((spec, i) => {{
  const el = document.getElementById("chart-" + i);
  vegaEmbed(el, spec, {{actions: false, renderer: "svg"}})
    .then(() => {{
      el.dataset.marks = el.querySelectorAll("g.role-mark > path").length;
      el.dataset.rendered = "ok";
    }})
    .catch(err => {{
      el.dataset.rendered = "error";
      document.getElementById("errors").textContent += "chart " + i + ": " + err + "\\n";
    }});
}});
</script>
</body></html>
"""


def markdown_table(frame: pd.DataFrame, limit: int = 15) -> str:
    """A Markdown preview of a frame (no extra dependency)."""
    frame = frame.head(limit)
    cols = list(frame.columns)
    cell = lambda v: "" if plain(v) is None else str(plain(v)).replace("|", "\\|")[:80]  # noqa: E731
    lines = ["| " + " | ".join(cols) + " |", "| " + " | ".join("---" for _ in cols) + " |"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in frame.itertuples(index=False)]
    return "\n".join(lines)


def write_report(conn: duckdb.DuckDBPyConnection, directory: Path | None = None) -> tuple[Path, ReportData, int]:
    data = load(conn)
    text, n_charts = render_report(data)
    directory = directory or reports_dir()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / REPORT_FILE
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)  # readers never see a half-written report
    return path, data, n_charts


@dg.asset(
    key=["reports", "newsclaims_report"],
    deps=[dg.AssetKey(["marts", m]) for m in MARTS],
    partitions_def=daily_partitions,
    backfill_policy=single_run,
    group_name="reports",
    kinds={"html", "altair"},
    description="One self-contained HTML report over the marts (disputed figures, stances, speakers, coverage).",
)
def newsclaims_report(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    # The report covers every day in the warehouse, whatever the run's partition range.
    with warehouse.get_connection() as conn:
        path, data, n_charts = write_report(conn)
        rows = row_counts(conn)
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(path)),
            "url": dg.MetadataValue.url(path.as_uri()),
            "bytes": path.stat().st_size,
            "charts": n_charts,
            **{f"rows_{m}": n for m, n in rows.items()},
            "disputed_figures": dg.MetadataValue.md(markdown_table(
                data.figure_rows[["metric", "subject_name", "value", "qualifier", "speaker_name", "outlet", "reported_on", "n_independent_sources"]])),
            # deniers first: they are what the table is for
            "actor_stance": dg.MetadataValue.md(markdown_table(
                data.stance.sort_values(["n_denies", "n_claims"], ascending=False)[
                    ["topic_id", "speaker_name", "reported_on", "stance", "overall_stance", "n_claims"]])),
            "top_speakers": dg.MetadataValue.md(markdown_table(
                data.speakers[["speaker_name", "n_claims", "n_outlets", "n_denies"]], 10)),
            "daily_coverage": dg.MetadataValue.md(markdown_table(
                data.coverage[["reported_on", "outlet", "n_documents", "n_claims", "n_figures"]], 20)),
        }
    )
