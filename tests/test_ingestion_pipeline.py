"""Ingestion through Dagster: a generated corpus of every format and rejection reason lands
with every file accounted for, and a ten-day backfill run twice gives identical tables."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import dagster as dg
import duckdb
import pytest
from corpus_factory import DOCUMENT, RECORD_REJECTIONS, corpus_env, make_corpus

from orchestration.definitions import build_defs
from orchestration.run_pipeline import run_range

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
FIRST = date(2024, 11, 1)
DAYS = [(FIRST + timedelta(days=i)).isoformat() for i in range(10)]
TABLES = ["raw.documents", "raw.rejected_documents", "cleaned.documents", "extracted.sentences",
          "extracted.entity_mentions", "extracted.claims", "extracted.quantities",
          "marts.fct_claims", "marts.fct_figures"]


@pytest.fixture(scope="module")
def backfill(tmp_path_factory):
    """Day 1 holds the generated corpus; days 2-10 a sample article each (one repeated, as a
    duplicate landing twice); the range then runs twice."""
    root = tmp_path_factory.mktemp("ingest")
    landing = root / "raw"
    expected = make_corpus(landing / DAYS[0])
    samples = sorted((REPO / "data" / "raw").glob("*/*.txt"))
    for i, day in enumerate(DAYS[1:]):
        (landing / day).mkdir(parents=True)
        shutil.copy(samples[i % len(samples)], landing / day)
    home = root / "home"
    home.mkdir()
    shutil.copy(REPO / ".dagster_home" / "dagster.yaml", home)
    env = {"NEWSCLAIMS_LANDING": str(landing), "NEWSCLAIMS_WAREHOUSE": str(root / "w.duckdb"),
           "NEWSCLAIMS_REPORTS": str(root / "reports"), "DAGSTER_HOME": str(home), **corpus_env()}
    counts = []
    with pytest.MonkeyPatch.context() as mp:
        for k, v in env.items():
            mp.setenv(k, v)
        defs = build_defs(env["NEWSCLAIMS_WAREHOUSE"])
        with dg.DagsterInstance.get() as instance:
            for _ in range(2):
                result = run_range(DAYS[0], DAYS[-1], instance=instance, definitions=defs)
                assert result.success
                with duckdb.connect(env["NEWSCLAIMS_WAREHOUSE"], read_only=True) as conn:
                    counts.append({t: conn.execute(f"select count(*) from {t}").fetchone()[0] for t in TABLES})
    return env, expected, counts, result


def test_every_generated_file_is_a_document_or_a_rejection(backfill):
    env, expected, _, _ = backfill
    with duckdb.connect(env["NEWSCLAIMS_WAREHOUSE"], read_only=True) as conn:
        docs = {Path(r[0]).name for r in conn.execute(
            "select source_uri from raw.documents where partition_date = ?", [FIRST]).fetchall()}
        rejected = {}
        for uri, reason in conn.execute(
                "select source_uri, reason from raw.rejected_documents where partition_date = ? and stage = 'raw'",
                [FIRST]).fetchall():
            rejected.setdefault(Path(uri).name, set()).add(reason)
    for name, outcome in expected.items():
        if outcome == DOCUMENT:  # stored, or the same bytes as a stored file, recorded as such
            landed = docs | {uri for uri, reasons in rejected.items() if reasons == {"duplicate"}}
            assert any(uri == name or uri.startswith(name + "#") for uri in landed), name
        else:  # a container's rejections may be per record: name#record=N
            reasons = set().union(*(r for uri, r in rejected.items() if uri == name or uri.startswith(name + "#")))
            assert reasons == {outcome}, (name, reasons)
    for uri, reason in RECORD_REJECTIONS.items():
        assert rejected.get(uri) == {reason}, uri


def test_backfill_twice_gives_identical_tables(backfill):
    _, _, counts, _ = backfill
    first, second = counts
    assert first == second
    assert first["raw.documents"] >= 20 and first["extracted.claims"] > 0


def test_duplicates_are_counted_not_stored(backfill):
    env, _, _, result = backfill
    # days 2-10 repeat sample articles: the same bytes are one document, the copies are recorded
    with duckdb.connect(env["NEWSCLAIMS_WAREHOUSE"], read_only=True) as conn:
        n_docs, n_ids = conn.execute("select count(*), count(distinct doc_id) from raw.documents").fetchone()
    assert n_docs == n_ids
    with duckdb.connect(env["NEWSCLAIMS_WAREHOUSE"], read_only=True) as conn:
        n_recorded = conn.execute("select count(*) from raw.rejected_documents where reason = 'duplicate' "
                                  "and partition_date > ?", [FIRST]).fetchone()[0]
    assert n_recorded == 4
    materialization = next(
        e.event_specific_data.materialization for e in result.all_events
        if e.event_type_value == "ASSET_MATERIALIZATION"
        and e.event_specific_data.materialization.asset_key == dg.AssetKey(["raw", "documents"])
    )
    assert materialization.metadata["duplicates_skipped"].value >= 4
