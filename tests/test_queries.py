"""The analyst queries in queries/, run against the session warehouse, answer their question."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

QUERIES = Path(__file__).resolve().parent.parent / "queries"
_spec = importlib.util.spec_from_file_location("run_query", QUERIES / "run_query.py")
run_query_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(run_query_module)
run_query, load_query = run_query_module.run_query, run_query_module.load_query


def test_every_query_declares_its_parameters():
    files = sorted(QUERIES.glob("*.sql"))
    assert len(files) >= 6
    for path in files:
        sql, defaults = load_query(path.stem)
        used = set(re.findall(r"\$(\w+)", sql))
        assert used == set(defaults), (path.name, used, defaults)
        assert sql.lstrip().startswith("--"), f"{path.name} does not say what it answers"


def test_unknown_parameter_is_refused():
    import duckdb

    with pytest.raises(ValueError, match="no parameter"):
        run_query(duckdb.connect(), "figures_by_source", metrc="troops")


@pytest.mark.slow
def test_figures_for_north_korean_troops_by_source(warehouse):
    frame = run_query(warehouse, "figures_by_source")
    soldiers = frame[frame["unit_class"] == "soldier"]
    got = set(zip(soldiers["value"], soldiers["qualifier"]))
    assert {(10000.0, "~"), (10000.0, ">"), (11000.0, "="), (12000.0, "~")} <= got
    assert soldiers["disputed"].all()
    assert all(t in s for t, s in zip(frame["figure_text"], frame["sentence_text"]))
    assert list(frame["reported_on"]) == sorted(frame["reported_on"])
    # parameters bind: another subject gives the German 600,000 casualties
    losses = run_query(warehouse, "figures_by_source", metric="killed_or_wounded", subject_id="Q159")
    assert 600000.0 in set(losses["value"])


@pytest.mark.slow
def test_disputed_figures(warehouse):
    frame = run_query(warehouse, "disputed_figures")
    troops = frame[(frame["metric"] == "troops") & (frame["unit_class"] == "soldier")]
    assert len(troops) == 1
    row = troops.iloc[0]
    assert row["max_value"] == 12000 and row["n_independent_sources"] >= 3
    assert "Zelenskyy" in row["who_says_what"] and "~12000" in row["who_says_what"]
    assert run_query(warehouse, "disputed_figures", min_sources="99").empty


@pytest.mark.slow
def test_who_denies_north_korean_presence(warehouse):
    frame = run_query(warehouse, "who_denies")
    deniers = frame[frame["n_denies"] > 0]
    assert any("kreml" in n.lower() for n in deniers["speaker_name"])
    assert not any("putin" in n.lower() for n in deniers["speaker_name"])
    assert any("putin" in n.lower() for n in frame["speaker_name"])  # Putin did not deny: he asserts
    kremlin = deniers[deniers["speaker_name"].str.lower().str.contains("kreml")].iloc[0]
    assert "Fake-News" in kremlin["evidence"]
    assert frame.iloc[0]["n_denies"] > 0  # deniers first


@pytest.mark.slow
def test_figures_answered(warehouse):
    denied = run_query(warehouse, "figures_answered")
    assert list(zip(denied["answered_by"], denied["value"], denied["figure_given_by"])) == [
        ("Kremlin", 600000.0, "Mark Rutte")]
    assert "Fake-News" in denied.iloc[0]["answer_sentence_text"]
    assert run_query(warehouse, "figures_answered", answer="confirms").empty


@pytest.mark.slow
def test_claims_by_zelenskyy(warehouse):
    frame = run_query(warehouse, "claims_by_speaker")
    assert len(frame) >= 2
    assert frame["speaker_name"].str.lower().str.contains("zelensk").all()
    assert frame["sentence_text"].str.contains("11,000").any()
    # every spelling resolved to one speaker: asking by that id gives the same claims
    (speaker_id,) = set(warehouse.execute(
        "select speaker_id from marts.fct_claims where lower(speaker_name) like '%zelensk%'").df()["speaker_id"])
    by_id = run_query(warehouse, "claims_by_speaker", speaker=speaker_id)
    assert list(by_id["claim_text"]) == list(frame["claim_text"])
    texts = dict(warehouse.execute("select doc_id, text from cleaned.documents").fetchall())
    for row in frame.itertuples():
        assert texts[row.doc_id][row.char_start:row.char_end] == row.claim_text


@pytest.mark.slow
def test_what_the_us_said_includes_what_it_said_with_others(warehouse):
    """The US never speaks alone in the samples: 'South Korea and the US have also previously
    warned …', 'The United States and South Korea have accused …', 'According to the USA and
    South Korea, around 10,000 soldiers …', 'both Ukraine and the United States'."""
    frame = run_query(warehouse, "claims_by_speaker", speaker="Q30")
    assert sorted(frame["with_group"]) == ["South Korea and United States"] * 3 + ["Ukraine and United States"]
    assert set(frame["speaker_name"]) == {"United States"}
    assert frame["sentence_text"].str.contains("10,000 soldiers").any()
    # a name that matches the group and its member lists each claim once
    korea = run_query(warehouse, "claims_by_speaker", speaker="south korea")
    assert korea["claim_text"].is_unique and len(korea) >= 3


@pytest.mark.slow
def test_changes_between_two_dates(warehouse):
    frame = run_query(warehouse, "changes_between_dates", date_from="2024-10-28", date_to="2024-12-16")
    changes = set(frame["change"])
    assert {"figure range", "new speaker"} <= changes
    troops = frame[(frame["change"] == "figure range") & frame["about"].str.startswith("troops of North Korea (soldier")]
    assert len(troops) == 1 and troops.iloc[0]["before"] == "12000–12000"
    assert troops.iloc[0]["after"].endswith("–12000") and troops.iloc[0]["after"] != "12000–12000"
    speakers = set(frame.loc[frame["change"] == "new speaker", "about"])
    assert any("Blinken" in s for s in speakers)
    # nothing changes between a day and itself
    assert run_query(warehouse, "changes_between_dates", date_from="2024-12-16", date_to="2024-12-16").empty


@pytest.mark.slow
def test_corroborated_claims_and_coverage(warehouse):
    corroborated = run_query(warehouse, "corroborated_claims")
    assert not corroborated.empty and (corroborated["n_independent_sources"] >= 2).all()
    coverage = run_query(warehouse, "coverage_by_outlet")
    assert coverage["n_documents"].sum() == warehouse.execute("select count(*) from cleaned.documents").fetchone()[0]
    one_day = run_query(warehouse, "coverage_by_outlet", date_from="2024-12-16", date_to="2024-12-16")
    assert one_day["n_documents"].sum() == 2
