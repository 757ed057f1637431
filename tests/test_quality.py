"""Great Expectations suites: documented, blocking vs warning, Data Docs, and a blocking
check that really stops the dbt assets downstream (through Dagster, real DuckDB, real GX)."""

from __future__ import annotations

import gc
import shutil
import subprocess
import sys
import weakref
from datetime import date, datetime
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from orchestration.quality.checks import EVERY_DAY, quality_checks, read_chunks, read_rows, verdict
from orchestration.quality.suites import CLEANED_DOCUMENTS, EXTRACTED_CLAIMS, EXTRACTED_QUANTITIES, FCT_CLAIMS, SUITES, is_warning
from orchestration.quality.validation import gx_expectation
from orchestration.warehouse import DDL

REPO = Path(__file__).resolve().parent.parent
TEXT = "Kyiv said on Monday that around 12,000 North Korean troops are in Russia. " * 6


DAY = date(2024, 10, 24)


def small_warehouse(qualifier: str = "~", text: str = TEXT) -> duckdb.DuckDBPyConnection:
    """An in-memory warehouse with one document, one claim and one figure."""
    conn = duckdb.connect()
    conn.execute(DDL)
    add_document(conn, "d1", DAY, qualifier, text)
    return conn


def add_document(conn, doc_id: str, day: date, qualifier: str = "~", text: str = TEXT) -> None:
    """A document of `day` with one claim (<doc_id>-c1) and one figure (<doc_id>-q1)."""
    conn.execute(f"insert into cleaned.documents values ('{doc_id}', 'file:{doc_id}', ?, 'North Korean troops in Russia', ?, 'en', "
                 "false, ?, 'example.org', null, null, null, false, null, ?, ?)", [day, text, day, len(text), len(text) + 100])
    start = text.index("around 12,000")
    conn.execute(f"insert into extracted.claims values ('{doc_id}-c1', '{doc_id}', ?, 0, 0, 71, ?, 'according_to', 'Kyiv', 0, 4, "
                 "'Q1899', 'Kyiv', null, 'said', 5, 9, 'asserts', false, null, null, null, null)", [day, text[:71]])
    conn.execute(f"insert into extracted.quantities values ('{doc_id}-q1', '{doc_id}', ?, '{doc_id}-c1', 0, ?, ?, 'around 12,000', "
                 "12000, 12000, 12000, ?, 'troop', 'troops', 'Q423')", [day, start, start + len("around 12,000"), qualifier])


def run_suite(suite, conn, docs_dir: Path, window=EVERY_DAY, max_rows: int | None = None):
    chunks = read_chunks(conn, suite, window) if max_rows is None else read_chunks(conn, suite, window, max_rows)
    return verdict(suite, chunks, window, docs_dir=docs_dir)


def test_a_check_validates_the_days_of_its_run_one_day_at_a_time(tmp_path):
    """A day materialised earlier is not validated again: a bad figure on 24 October fails
    that day's check and the whole history's, not the check of a run for 25 October."""
    conn = small_warehouse(qualifier="roughly")
    later = date(2024, 10, 25)
    add_document(conn, "d2", later)
    add_document(conn, "d3", later)
    frame = read_rows(conn, EXTRACTED_QUANTITIES, (later, later))
    assert sorted(frame.quantity_id) == ["d2-q1", "d3-q1"] and frame.span_ok.all() and frame.claim_found.all()
    assert run_suite(EXTRACTED_QUANTITIES, conn, tmp_path, (later, later)).passed
    assert not run_suite(EXTRACTED_QUANTITIES, conn, tmp_path, (DAY, DAY)).passed
    everything = run_suite(EXTRACTED_QUANTITIES, conn, tmp_path)
    assert not everything.passed and everything.metadata["rows"].value == 3 and everything.metadata["days"].value == "all"


def test_a_day_without_rows_passes_with_zero_rows(tmp_path):
    """The sensor materialises today's partition before anything has landed in it."""
    conn = small_warehouse()
    empty = (date(2024, 11, 1), date(2024, 11, 1))
    for suite in (CLEANED_DOCUMENTS, EXTRACTED_CLAIMS, EXTRACTED_QUANTITIES):
        result = run_suite(suite, conn, tmp_path, empty)
        assert result.passed and result.metadata["rows"].value == 0 and "nothing to validate" in result.description


def test_a_fact_row_left_on_another_day_fails_the_fact_check():
    """The dbt facts have no primary key: a claim rebuilt under a new day but not deleted from
    its old one is found by the check of either day."""
    conn = duckdb.connect()
    conn.execute("create schema marts; create schema extracted")
    conn.execute("create table extracted.claims (claim_id varchar)")
    conn.execute("create table marts.fct_claims (claim_id varchar, partition_date date, independent_source_id varchar, "
                 "reported_on date, sentence_text varchar, claim_text varchar)")
    conn.execute("insert into marts.fct_claims values ('c1', '2024-10-24', 's', '2024-10-24', 'x', 'x'), "
                 "('c2', '2024-10-24', 's', '2024-10-24', 'x', 'x'), ('c1', '2024-10-25', 's', '2024-10-25', 'x', 'x')")
    for day in (DAY, date(2024, 10, 25)):
        frame = read_rows(conn, FCT_CLAIMS, (day, day))
        assert dict(zip(frame.claim_id, frame.key_only_on_its_day)) == ({"c1": False, "c2": True} if day == DAY else {"c1": False})


def test_every_expectation_says_why_and_how_severe():
    names = {f"gx_{s.name}" for s in SUITES}
    assert {"gx_cleaned_documents", "gx_extracted_claims", "gx_extracted_quantities",
            "gx_figure_comparison", "gx_fct_figures"} <= names
    assert len(quality_checks) == len(SUITES)
    for suite in SUITES:
        for expectation in suite.expectations:
            assert len(expectation.meta.get("why", "")) > 15, (suite.name, expectation.type)
            assert expectation.meta.get("severity") in ("error", "warn")
        assert any(not is_warning(e) for e in suite.expectations), f"{suite.name} blocks nothing"


def test_every_expectation_is_a_valid_gx_expectation():
    """The suites are plain data until a check runs: GX must accept each of them as written."""
    for suite in SUITES:
        for expectation in suite.expectations:
            built = gx_expectation(expectation)
            assert built.expectation_type == expectation.type and built.meta == expectation.meta


def test_loading_the_definitions_does_not_import_gx():
    """Importing GX takes seconds; the web server and every run load the definitions."""
    code = "import sys, orchestration.definitions; assert 'great_expectations' not in sys.modules"
    subprocess.run([sys.executable, "-W", "ignore", "-c", code], cwd=REPO, check=True)


def test_clean_rows_pass(tmp_path):
    conn = small_warehouse()
    result = run_suite(EXTRACTED_QUANTITIES, conn, tmp_path)
    assert result.passed, result.metadata["failed"]


def test_a_claim_answering_another_article_or_a_period_without_its_date_fails(tmp_path):
    conn = small_warehouse()
    add_document(conn, "d2", DAY)
    assert run_suite(EXTRACTED_CLAIMS, conn, tmp_path).passed
    conn.execute("update extracted.claims set refers_to_date = ?, refers_to_period = 'week' where claim_id = 'd1-c1'", [DAY])
    assert run_suite(EXTRACTED_CLAIMS, conn, tmp_path).passed
    conn.execute("update extracted.claims set answers_claim_id = 'd1-c1' where claim_id = 'd2-c1'")
    conn.execute("update extracted.claims set refers_to_date = null, refers_to_period = 'fortnight' where claim_id = 'd2-c1'")
    failed = run_suite(EXTRACTED_CLAIMS, conn, tmp_path).metadata["failed"].data
    assert sorted(f["column"] for f in failed) == ["answers_own_document", "period_with_date", "refers_to_period"]


def test_a_group_of_one_or_a_member_without_an_id_fails(tmp_path):
    conn = small_warehouse()
    add_document(conn, "d2", DAY)
    add_document(conn, "d3", DAY)
    two = "[{'speaker_id': 'Q884', 'speaker_name': 'South Korea'}, {'speaker_id': 'Q30', 'speaker_name': 'United States'}]"
    conn.execute(f"update extracted.claims set speaker_members = {two} where claim_id = 'd1-c1'")
    assert run_suite(EXTRACTED_CLAIMS, conn, tmp_path).passed
    conn.execute("update extracted.claims set speaker_members = [{'speaker_id': 'Q30', 'speaker_name': 'United States'}] "
                 "where claim_id = 'd2-c1'")
    conn.execute("update extracted.claims set speaker_members = [{'speaker_id': null, 'speaker_name': 'X'}, "
                 "{'speaker_id': 'Q30', 'speaker_name': 'United States'}] where claim_id = 'd3-c1'")
    failed = run_suite(EXTRACTED_CLAIMS, conn, tmp_path).metadata["failed"].data
    assert [(f["column"], f["unexpected_count"]) for f in failed] == [("members_ok", 2)]


def test_uninterpretable_qualifier_is_a_blocking_error_with_data_docs(tmp_path):
    conn = small_warehouse(qualifier="roughly")
    result = run_suite(EXTRACTED_QUANTITIES, conn, tmp_path)
    assert not result.passed
    assert result.severity == dg.AssetCheckSeverity.ERROR
    failed = result.metadata["failed"].data
    assert [f["column"] for f in failed] == ["qualifier"] and failed[0]["examples"] == ["roughly"]
    page = Path(result.metadata["data_docs"].path)
    assert page.is_file() and page.is_relative_to(tmp_path)
    html = page.read_text()
    assert "extracted_quantities" in html and "roughly" in html
    assert (tmp_path / "index.html").is_file()


def test_implausibly_short_article_is_only_a_warning(tmp_path):
    conn = small_warehouse(text="Kyiv said on Monday that around 12,000 North Korean troops are in Russia.")
    result = run_suite(CLEANED_DOCUMENTS, conn, tmp_path)
    assert not result.passed
    assert result.severity == dg.AssetCheckSeverity.WARN
    assert {f["severity"] for f in result.metadata["failed"].data} == {"warn"}


LATER = date(2024, 10, 25)


def outlet_on_two_of_three(conn) -> None:
    """Two documents of DAY name their outlet, the one of LATER does not: 2/3 >= 0.5."""
    add_document(conn, "d2", DAY)
    add_document(conn, "d3", LATER)
    conn.execute("update cleaned.documents set outlet = null where doc_id = 'd3'")


def speaker_on_five_of_six(conn) -> None:
    """Five attributed claims of DAY name their speaker, the one of LATER does not: 5/6 >= 0.8."""
    for i in range(2, 6):
        add_document(conn, f"d{i}", DAY)
    add_document(conn, "d6", LATER)
    conn.execute("update extracted.claims set speaker_name = null where doc_id = 'd6'")


def unexpected_on_both_days(conn) -> None:
    """An uninterpretable qualifier on each day: 2 unexpected values."""
    add_document(conn, "d2", LATER, qualifier="roughly")


@pytest.mark.parametrize("suite, setup, qualifier, passes", [
    (CLEANED_DOCUMENTS, outlet_on_two_of_three, "~", True),
    (EXTRACTED_CLAIMS, speaker_on_five_of_six, "~", True),
    (EXTRACTED_QUANTITIES, unexpected_on_both_days, "roughly", False),
])
def test_a_check_in_chunks_of_days_gives_the_verdict_of_all_rows(tmp_path, suite, setup, qualifier, passes):
    """GX validates a window in chunks of days; a share (`mostly`, a proportion) that fails on
    one day but holds over the window passes, and unexpected values add up."""
    conn = small_warehouse(qualifier=qualifier)
    setup(conn)
    whole = run_suite(suite, conn, tmp_path / "whole")
    by_day = run_suite(suite, conn, tmp_path / "by_day", max_rows=1)
    assert by_day.metadata["validations"].value == 2 and whole.metadata["validations"].value == 1
    assert whole.passed == by_day.passed == passes
    for key in ("rows", "passed", "errors", "warnings", "failed"):
        assert whole.metadata[key] == by_day.metadata[key], key
    if not passes:
        assert by_day.metadata["failed"].data[0]["unexpected_count"] == 2
        assert by_day.metadata["failed"].data[0]["examples"] == ["roughly", "roughly"]
    # One Data Docs page per validation. A failed check links the first that failed; a passing
    # one the last, though the second day's page shows its own share failing.
    pages = sorted((tmp_path / "by_day" / "validations" / suite.name).rglob("*.html"))
    assert len(pages) == 2
    assert Path(by_day.metadata["data_docs"].path) == pages[1 if passes else 0]


def test_a_check_does_not_keep_the_rows_it_validated(tmp_path):
    """GX's engine keeps every frame it validated while its data source lives; the rows of a
    check must not stay in the run's process through dbt and the report."""
    conn = small_warehouse()
    for suite in (EXTRACTED_QUANTITIES, CLEANED_DOCUMENTS):  # the second reuses the context
        frame = read_rows(conn, suite)
        kept = weakref.ref(frame)
        verdict(suite, [frame], docs_dir=tmp_path)
        del frame
        gc.collect()
        assert kept() is None, suite.name
    # ... while the Data Docs index still lists every validation of the process.
    index = (tmp_path / "index.html").read_text()
    assert EXTRACTED_QUANTITIES.name in index and CLEANED_DOCUMENTS.name in index


@pytest.mark.slow
def test_blocking_check_stops_the_dbt_assets_downstream(pipeline_run, sample_env, tmp_path, monkeypatch):
    """A corrupted figure in extracted.quantities (a qualifier no mart can interpret) fails
    gx_extracted_quantities; the dbt models and the report downstream are not built."""
    from orchestration.definitions import build_defs
    from orchestration.partitions import daily_partitions

    copy = tmp_path / "warehouse.duckdb"
    shutil.copy(sample_env["NEWSCLAIMS_WAREHOUSE"], copy)
    monkeypatch.setenv("NEWSCLAIMS_WAREHOUSE", str(copy))
    monkeypatch.setenv("NEWSCLAIMS_REPORTS", str(tmp_path / "reports"))
    with duckdb.connect(str(copy)) as conn:
        corrupted = conn.execute(
            "select min(quantity_id) from extracted.quantities where partition_date = '2024-12-16'").fetchone()[0]
        conn.execute("update extracted.quantities set qualifier = 'roughly' where quantity_id = ?", [corrupted])
        marts_before = conn.execute("select count(*), max(qualifier) from marts.fct_figures").fetchone()

    quantities = dg.AssetKey(["extracted", "quantities"])
    check = dg.AssetCheckKey(quantities, "gx_extracted_quantities")
    # The check and everything downstream of the corrupted table, for the corrupted day.
    job = dg.define_asset_job(
        "corrupted_quantities",
        selection=dg.AssetSelection.checks(check) | dg.AssetSelection.assets(quantities).downstream(include_self=False),
        partitions_def=daily_partitions,
    )
    defs = dg.Definitions.merge(build_defs(str(copy)), dg.Definitions(jobs=[job]))
    job_def = defs.get_job_def("corrupted_quantities")
    assert "dbt_models" in job_def.graph.node_names()  # the dbt assets were part of the run

    started = datetime.now()
    with dg.DagsterInstance.get() as instance:
        result = job_def.execute_in_process(instance=instance, partition_key="2024-12-16", raise_on_error=False)

    evaluations = [e.event_specific_data for e in result.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"]
    ours = [e for e in evaluations if e.check_name == "gx_extracted_quantities"]
    assert ours and not ours[0].passed and ours[0].severity == dg.AssetCheckSeverity.ERROR
    assert not result.success
    started_steps = {e.step_key for e in result.all_events if e.event_type_value == "STEP_START"}
    assert "dbt_models" not in started_steps
    materialized = {e.asset_key.to_user_string() for e in result.all_events if e.event_type_value == "ASSET_MATERIALIZATION"}
    assert not any(k.startswith(("staging/", "marts/", "reports/")) for k in materialized), materialized
    with duckdb.connect(str(copy), read_only=True) as conn:
        assert conn.execute("select count(*), max(qualifier) from marts.fct_figures").fetchone() == marts_before
    assert not (tmp_path / "reports" / "newsclaims_report.html").exists()
    assert (datetime.now() - started).total_seconds() < 120


@pytest.mark.slow
def test_each_suite_reads_exactly_the_columns_it_tests(warehouse):
    """A check holds every row of its window: a column no expectation tests is memory spent."""
    for suite in SUITES:
        tested = {v for e in suite.expectations for k, v in e.kwargs.items() if k in ("column", "column_A", "column_B")}
        assert set(read_rows(warehouse, suite).columns) == tested, suite.name
