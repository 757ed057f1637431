"""Who answers a figure, through the whole pipeline (Dagster, dbt, GX) into a warehouse of
its own: an article where Moscow denies Kyiv's figures and the Pentagon confirms Seoul's,
and another outlet's higher estimate that makes them disputed.
And a warehouse made before claims recorded what they answer and who a group speaker
stands for, upgraded in place."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from orchestration.definitions import build_defs
from orchestration.run_pipeline import run_range, summary

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
DAY = "2024-11-13"
ARTICLE = """North Korean troops in Kursk: Kyiv and Moscow at odds

Kyiv says 11,000 North Korean soldiers are in the Kursk region, a figure Moscow disputes.

Ukraine's military intelligence said on Monday that 3,000 North Korean troops had been killed or wounded. The Kremlin denied this.

South Korea's spy agency said 10,000 North Korean troops were in Russia. The Pentagon confirmed it on Tuesday.
"""
# another outlet's story: 12,000 against 10,000 from an independent source disputes the figure;
# a side that leaves the figure open; a claim two governments make together; a side that
# neither confirms nor denies
OTHER = ("Seoul raises its estimate\n\nSouth Korea's defence minister said about 12,000 North Korean soldiers are in "
         "Russia. Moscow has neither confirmed nor denied the figure. The United States and South Korea warned that "
         "more troops could follow. Pyongyang has neither confirmed nor denied that its soldiers are in Russia.\n")


@pytest.fixture(scope="module")
def answered(tmp_path_factory):
    root = tmp_path_factory.mktemp("answers")
    folder = root / "raw" / DAY
    folder.mkdir(parents=True)
    for name, text, outlet in (("kursk", ARTICLE, "Example News"), ("seoul", OTHER, "Other Times")):
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.txt.meta.json").write_text(json.dumps(
            {"url": f"https://news.example/{name}", "published_at": DAY, "outlet": outlet}), encoding="utf-8")
    home = root / "home"
    home.mkdir()
    shutil.copy(REPO / ".dagster_home" / "dagster.yaml", home)
    env = {"NEWSCLAIMS_LANDING": str(root / "raw"), "NEWSCLAIMS_WAREHOUSE": str(root / "w.duckdb"),
           "NEWSCLAIMS_REPORTS": str(root / "reports"), "DAGSTER_HOME": str(home)}
    with pytest.MonkeyPatch.context() as mp:
        for k, v in env.items():
            mp.setenv(k, v)

        def run(warehouse: Path, full_refresh: bool = False) -> dg.ExecuteInProcessResult:
            with dg.DagsterInstance.get() as instance:
                return run_range(DAY, DAY, instance=instance, definitions=build_defs(str(warehouse)),
                                 full_refresh=full_refresh)

        assert run(root / "w.duckdb").success
        yield root / "w.duckdb", run


def test_who_denies_and_who_confirms_each_figure(answered):
    warehouse, _ = answered
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        rows = conn.execute("""
            select value, metric, figure_speaker_name, answer_speaker_name, answer, answer_sentence_text
            from marts.figure_answers order by value""").fetchall()
        compared = dict(conn.execute("""
            select value, coalesce(denied_by, '') || '|' || coalesce(confirmed_by, '') || '|' || coalesce(left_open_by, '')
            from marts.figure_comparison""").fetchall())
        dated = conn.execute("""
            select distinct cast(refers_to_date as varchar), refers_to_period from marts.fct_claims
            where cue in ('said', 'denied') and claim_text like '%3,000%'""").fetchall()
    assert [r[:5] for r in rows] == [
        (3000.0, "killed_or_wounded", "Main Directorate of Intelligence of Ukraine (HUR)", "Kremlin", "denies"),
        (10000.0, "troops", "National Intelligence Service (South Korea)", "Pentagon", "confirms"),
        (11000.0, "troops", "Ukraine", "Russia", "denies"),
        # not confirming is not conceding: Moscow leaves the figure open
        (12000.0, "troops", "South Korea's defence minister", "Russia", "neither"),
    ]
    assert rows[0][5] == "The Kremlin denied this."
    assert rows[3][5] == "Moscow has neither confirmed nor denied the figure."
    # the figures stay their speakers' and take part in the comparison, with who answered them
    assert compared == {3000.0: "Kremlin||", 10000.0: "|Pentagon|", 11000.0: "Russia||", 12000.0: "||Russia"}
    # ... and the report's table of disputed figures says who answered them
    report = (warehouse.parent / "reports" / "newsclaims_report.html").read_text(encoding="utf-8")
    assert "answered by" in report and "Russia denies" in report and "Pentagon confirms" in report
    assert "Russia neither confirms nor denies" in report
    # "said on Monday" in a story of Wednesday 13 November; the denial names no date
    assert sorted(dated, key=str) == [("2024-11-11", "day"), (None, None)]


def test_who_neither_confirms_nor_denies(answered):
    """'Pyongyang has neither confirmed nor denied that its soldiers are in Russia' takes no
    side: North Korea is no one who asserts the deployment (was 'asserts')."""
    warehouse, _ = answered
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        stance = conn.execute("""
            select overall_stance, n_asserts, n_denies, n_neither from marts.actor_stance
            where speaker_key = 'Q423' and topic_id = 'north_korean_troops_in_russia'""").fetchall()
        counts = conn.execute("select n_claims, n_neither from marts.dim_speakers where speaker_key = 'Q423'").fetchall()
    assert stance == [("neither", 0, 0, 1)]
    assert counts == [(1, 1)]
    report = (warehouse.parent / "reports" / "newsclaims_report.html").read_text(encoding="utf-8")
    assert '<span class="stance neither">neither</span>' in report


def test_a_warehouse_from_before_is_upgraded(answered, tmp_path):
    """A warehouse whose claims have no answers_claim_id, refers_to_period or
    speaker_members: the extracted table gains the columns by itself; the incremental
    fct_claims refuses the new columns (on_schema_change: fail, so history is never left
    with empty columns) until a run with full_refresh. (speaker_members is read only by the
    view claim_speakers: it alone would need no full refresh.)"""
    warehouse, run = answered
    old = tmp_path / "old.duckdb"
    shutil.copy(warehouse, old)
    with duckdb.connect(str(old)) as conn:
        for table, columns in (("extracted.claims", ("refers_to_period", "answers_claim_id", "speaker_members")),
                               ("marts.fct_claims", ("refers_to_period", "answers_claim_id"))):
            for column in columns:
                conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    failed = run(old)
    assert not failed.success
    assert "make run ARGS=--full-refresh" in summary(failed, str(old))
    assert run(old, full_refresh=True).success
    with duckdb.connect(str(old), read_only=True) as conn:
        assert conn.execute("select count(*) from marts.figure_answers").fetchone()[0] == 4
        assert conn.execute("select count(*) from extracted.claims where answers_claim_id is not null").fetchone()[0] == 4
        joint = conn.execute("""select speaker_name, group_name from marts.claim_speakers
                                where group_key is not null order by speaker_name""").fetchall()
    assert joint == [("South Korea", "South Korea and United States"), ("United States", "South Korea and United States")]


def test_a_warehouse_of_the_last_release_needs_no_full_refresh(answered, tmp_path):
    """A warehouse from before claims named a group speaker's members: the extracted table
    gains speaker_members, which only the view claim_speakers reads, so an ordinary run
    upgrades it and the re-extracted day has its members."""
    warehouse, run = answered
    old = tmp_path / "old.duckdb"
    shutil.copy(warehouse, old)
    with duckdb.connect(str(old)) as conn:
        conn.execute("ALTER TABLE extracted.claims DROP COLUMN speaker_members")
    assert run(old).success
    with duckdb.connect(str(old), read_only=True) as conn:
        assert conn.execute("select count(*) from marts.claim_speakers where group_key is not null").fetchone()[0] == 2
        assert conn.execute("select n_joint_claims from marts.dim_speakers where speaker_key = 'Q30'").fetchone() == (1,)
