"""The HTML report of the session pipeline run: materialised with metadata, self-contained,
and rendered without errors, with data in every chart, by a headless Chromium that has no
network."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from html import unescape
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO / "test-artifacts"  # git-ignored
REPORT_KEY = "reports/newsclaims_report"


@pytest.fixture(scope="module")
def report_path(pipeline_run, sample_env) -> Path:
    path = Path(sample_env["NEWSCLAIMS_REPORTS"]) / "newsclaims_report.html"
    assert path.is_file(), "the pipeline run did not write the report"
    return path


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        if path := shutil.which(name):
            return path
    return None


@pytest.fixture(scope="module")
def browser() -> str:
    path = chromium()
    if path is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("CI is set but no chromium is installed: the report must be tested in a browser in CI")
        pytest.skip("chromium not installed (apt-get install chromium); set CI=true to make this a failure")
    return path


def headless(browser: str, profile: Path, *args: str) -> subprocess.CompletedProcess:
    """Chromium without network: every host resolves to nothing and the proxy is a dead port."""
    return subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", f"--user-data-dir={profile}",
         "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
         "--virtual-time-budget=15000", *args],
        capture_output=True, text=True, timeout=120,
    )


def test_report_is_materialised_with_metadata(pipeline_run):
    materializations = [
        e.event_specific_data.materialization for e in pipeline_run.all_events
        if e.event_type_value == "ASSET_MATERIALIZATION" and e.asset_key.to_user_string() == REPORT_KEY
    ]
    assert materializations
    metadata = materializations[-1].metadata
    assert metadata["rows_figure_comparison"].value > 0 and metadata["rows_actor_stance"].value > 0
    assert metadata["charts"].value == 4
    preview = metadata["disputed_figures"].value
    assert preview.startswith("| metric") and "troops" in preview
    assert "Kreml" in metadata["actor_stance"].value


def test_report_is_self_contained(report_path):
    html = report_path.read_text(encoding="utf-8")
    # no external script, style or image
    assert not re.search(r'<(script|link|img)[^>]+(src|href)="(https?:)?//', html)
    assert "vegaEmbed" in html and len(html) > 500_000  # the Vega bundle is inline
    # every disputed figure expands to its sentence, with doc id and offsets
    section = html[html.index('id="figures"'):html.index('id="stance"')]
    assert "around 12,000" in section and "around 10,000" in section
    assert section.count('<details class="evidence">') >= 4
    assert "<mark>around 12,000</mark>" in section
    assert re.search(r"chars \d+–\d+", section)


def test_report_renders_in_headless_chromium(report_path, browser, tmp_path):
    result = headless(browser, tmp_path / "profile", "--dump-dom", report_path.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    dom = result.stdout
    charts = re.findall(r'<div class="chart[^"]*" id="chart-(\d+)"([^>]*)>', dom)
    assert len(charts) == 4
    for number, attributes in charts:
        assert 'data-rendered="ok"' in attributes, f"chart {number} did not render: {attributes}"
        marks = int(re.search(r'data-marks="(\d+)"', attributes).group(1))
        assert marks > 0, f"chart {number} has no data"
    errors = re.search(r'<pre id="errors">(.*?)</pre>', dom, re.S).group(1)
    assert errors.strip() == ""
    # the disputed troops chart draws one point per distinct day, value, speaker and outlet
    first = re.search(r'id="chart-0"[^>]*data-marks="(\d+)"', dom)
    assert int(first.group(1)) >= 4

    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "newsclaims_report.png"
    shot.unlink(missing_ok=True)
    result = headless(browser, tmp_path / "profile2", "--window-size=1280,3200", f"--screenshot={shot}", report_path.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.is_file() and shot.stat().st_size > 20_000


def test_every_coverage_count_expands_to_its_sentences(report_path, warehouse):
    """The coverage table's claim and figure counts are the mart's, and each expands to its
    first sentences from that day and outlet."""
    text = report_path.read_text(encoding="utf-8")
    section = text[text.index('id="coverage"'):text.index('id="chart-specs"')]
    rows = re.findall(r"<tr><td>([\d-]+)</td><td>(.*?)</td><td>[\d,]+</td><td>(.*?)</td><td>(.*?)</td>", section)
    expected = warehouse.execute(
        "SELECT strftime(reported_on, '%Y-%m-%d'), outlet, n_claims, n_figures FROM marts.daily_coverage").fetchall()
    assert len(rows) == len(expected) > 0

    def count(cell: str) -> int:
        return int(re.match(r'(?:<details class="evidence"><summary>)?([\d,]+)', cell).group(1).replace(",", ""))

    shown = {(day, unescape(outlet)): (count(claims), count(figures)) for day, outlet, claims, figures in rows}
    assert shown == {(day, outlet): (n_claims, n_figures) for day, outlet, n_claims, n_figures in expected}
    with_claims = [claims for *_, claims, _ in rows if count(claims)]
    assert with_claims and all("<blockquote>" in c and re.search(r"chars \d+–\d+", c) for c in with_claims)


def test_a_long_history_renders_a_bounded_report(sample_env, pipeline_run, tmp_path):
    """Months of coverage: the sample's figures and coverage repeated over 2,500 days. The
    report still renders (Altair refuses more than 5,000 inline rows unless told), each
    disputed figure's chart keeps the most repeated points and its table the first rows, and
    both say so."""
    import duckdb

    from orchestration.assets.report import RENDERED, render_report
    from orchestration.assets.report_data import MAX_CHART_POINTS, MAX_FIGURE_ROWS, load

    DAYS = 2500
    conn = duckdb.connect(str(tmp_path / "long_history.duckdb"))
    conn.execute(f"ATTACH '{sample_env['NEWSCLAIMS_WAREHOUSE']}' AS sample (READ_ONLY)")
    conn.execute("CREATE SCHEMA marts")
    for mart in RENDERED:
        conn.execute(f"CREATE TABLE marts.{mart} AS SELECT * FROM sample.marts.{mart}")
    conn.execute("DETACH sample")
    conn.execute(f"""
        CREATE OR REPLACE TABLE marts.figure_comparison AS
        SELECT * REPLACE (reported_on + k::INTEGER AS reported_on, quantity_id || ':' || k AS quantity_id)
        FROM marts.figure_comparison, range({DAYS}) days(k)""")
    conn.execute(f"""
        CREATE OR REPLACE TABLE marts.daily_coverage AS
        SELECT * REPLACE (reported_on + k::INTEGER AS reported_on) FROM marts.daily_coverage, range({DAYS}) days(k)""")
    key, group_rows = conn.execute(
        "SELECT comparison_key, count(*) FROM marts.figure_comparison WHERE disputed GROUP BY 1 ORDER BY 1 LIMIT 1").fetchone()
    n_coverage = conn.execute("SELECT count(*) FROM marts.daily_coverage").fetchone()[0]
    assert group_rows > MAX_CHART_POINTS and n_coverage * 3 > 5000

    html, n_charts = render_report(load(conn))
    conn.close()

    assert n_charts == 4
    specs = json.loads(re.search(r'id="chart-specs">(.*?)</script>', html, re.S).group(1).replace("<\\/", "</"))
    assert len(next(iter(specs[0]["datasets"].values()))) == MAX_CHART_POINTS
    assert len(next(iter(specs[-1]["datasets"].values()))) == n_coverage * 3  # documents, claims, figures
    section = html[html.index('id="figures"'):html.index('id="stance"')]
    distinct = int(re.search(r"most repeated of ([\d,]+) distinct", section).group(1).replace(",", ""))
    assert distinct > MAX_CHART_POINTS
    assert f"The first {MAX_FIGURE_ROWS} of {group_rows:,} figures" in section
    assert f"SELECT * FROM marts.figure_comparison WHERE comparison_key = '{key}'" in section
    first_table = section[section.index("<table"):section.index("</table>")]
    assert first_table.count("<tr>") == MAX_FIGURE_ROWS + 1  # header + the first rows


def test_every_speaker_count_expands_to_its_sentences(report_path, warehouse):
    """The speakers table's claim counts are dim_speakers', and each expands to its
    sentences, a joint claim's included: the United States speaks only with others in the
    samples ('The United States and South Korea have accused …')."""
    from orchestration.assets.report_data import MAX_EVIDENCE

    text = report_path.read_text(encoding="utf-8")
    section = text[text.index('id="speakers"'):text.index('id="coverage"')]
    rows = dict(re.findall(r"<tr><td>([^<]*)</td><td>(.*?)</td><td>", section, re.S))
    counts = dict(warehouse.execute("select speaker_name, n_claims from marts.dim_speakers").fetchall())
    assert rows
    for name, cell in rows.items():
        n_claims = counts[unescape(name)]
        assert cell.startswith(f'<details class="evidence"><summary>{n_claims}</summary>')
        assert cell.count("<blockquote>") == min(n_claims, MAX_EVIDENCE)
    assert rows["United States"].count("<mark>") == 4
