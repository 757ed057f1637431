"""The benchmark's corpus generator, and the benchmark itself end to end at a tiny size.

Nothing here checks a speed: the benchmark's numbers are reported, never asserted."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from bench.corpus import DOCS_PER_DAY, day_of, generate_corpus
from extract.cleaning import clean_document


def files_of(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_corpus_is_deterministic_and_extends_without_changing_earlier_documents(tmp_path):
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    stats = generate_corpus(a, 250, seed=7)
    generate_corpus(b, 250, seed=7)
    assert files_of(a) == files_of(b)
    # The last 50 generated on their own are the same bytes as in the full corpus.
    generate_corpus(c, 50, seed=7, first=200)
    assert files_of(c) == {k: v for k, v in files_of(a).items() if k in files_of(c)}
    assert len(files_of(c)) == 50
    assert stats.documents == 250 and len(stats.days) == -(-250 // DOCS_PER_DAY)
    assert sorted(p.name for p in a.iterdir()) == sorted({day_of(i).isoformat() for i in range(250)})
    generate_corpus(tmp_path / "d", 20, seed=8)  # another seed, another corpus
    assert files_of(tmp_path / "d") != {k: v for k, v in files_of(a).items() if k in files_of(tmp_path / "d")}


def test_corpus_mixes_formats_languages_boilerplate_and_copies(tmp_path):
    stats = generate_corpus(tmp_path, 300, seed=3)
    kinds = stats.kinds
    for kind in ("html_en", "text_en", "html_de", "text_de", "exact_copy", "near_copy"):
        assert kinds[kind] > 0, kind
    contents = list(files_of(tmp_path).values())
    assert len(set(contents)) < len(contents)  # exact copies share bytes
    # Documents clean into article text in the language of their sample, boilerplate removed.
    languages = Counter()
    for path in sorted(tmp_path.rglob("*"))[:40]:
        if path.is_file():
            doc = clean_document(path.read_bytes(), filename=path.name)
            languages[doc.language] += 1
            assert len(doc.text) > 500
            assert "Accept all | Manage settings" not in doc.text
    assert set(languages) == {"en", "de"}


def test_benchmark_runs_end_to_end_at_a_tiny_size(tmp_path):
    """Up to the extracted tables (dbt and the report are what test_pipeline_e2e runs), with
    the baselines and the incremental day."""
    from bench.run import main

    out = tmp_path / "out"
    assert main(["--docs", "6", "--until", "extracted", "--out", str(out), "--keep", str(tmp_path / "work")]) == 0
    result = json.loads((out / "latest.json").read_text())
    stages = {r["stage"]: r for r in result["table"]}
    whole = stages["pipeline raw -> extracted (checks; NO dbt/report)"]
    assert whole["docs"] == result["results"]["cleaned_documents"] > 0
    assert whole["vs_baseline"] > 0 and whole["seconds"] > 0
    assert result["pipeline"]["peak_rss_bytes"] >= result["pipeline"]["peak_pss_bytes"] > 0
    # Each step's peak is a sample taken while it ran, so none exceeds the run's.
    step_peaks = result["pipeline"]["step_peak_rss_bytes"]
    assert set(step_peaks) == set(result["pipeline"]["steps"])
    assert 0 < step_peaks["extracted_tables"] <= result["pipeline"]["peak_rss_bytes"]
    # ... and the processes at that sample add up to it.
    at_extraction = result["pipeline"]["step_processes_at_peak"]["extracted_tables"]
    assert sum(p["rss_bytes"] for p in at_extraction) == step_peaks["extracted_tables"]
    # Warnings may fire on a generated corpus (short or outlet-less documents); errors may not.
    assert result["pipeline"]["checks_failed_as_error"] == 0 and result["pipeline"]["checks_passed"] > 0
    assert 0 < result["results"]["distinct_paragraph_share"] <= 1
    assert result["incremental"]["documents_added"] == 1
    assert result["incremental"]["success"]


def test_a_cost_curve_point_can_skip_the_baselines(tmp_path):
    from bench.run import main

    out = tmp_path / "out"
    assert main(["--docs", "3", "--until", "extracted", "--no-incremental", "--no-baselines", "--out", str(out)]) == 0
    result = json.loads((out / "latest.json").read_text())
    assert [r["stage"] for r in result["table"]] == [
        "cleaning (cleaned/documents)", "extraction (extracted/*)", "pipeline raw -> extracted (checks; NO dbt/report)"]
    assert all(r["vs_baseline"] is None and r["seconds"] > 0 for r in result["table"])
    assert result["cpu"]["pipeline_vs_bare_spacy_by_cpu"] is None and result["cpu"]["pipeline_cpu_seconds"] > 0


def test_extraction_benchmark_reports_both_sides_on_the_same_words(tmp_path):
    from bench.extraction import main

    assert main(["--docs", "6", "--out", str(tmp_path)]) == 0
    result = json.loads((tmp_path / "extraction-latest.json").read_text())
    assert result["docs"] == 6 and result["words"] > 1000
    assert 0 < result["distinct_paragraph_share"] <= 1
    for side in ("bare_nlp_pipe", "extract_claims", "extract_many", "extract_many_cached"):
        assert result[side]["cpu_s"] > 0
        # cpu_s is rounded to 0.01 s in the JSON and the rate is computed before rounding, so the
        # CPU time the rate implies is within half a hundredth of cpu_s (the rate's own rounding
        # to 0.1 word/s adds far less). A relative bound fails on runs under a second (CI: 0.46 s).
        assert abs(result["words"] / result[side]["words_per_cpu_s"] - result[side]["cpu_s"]) <= 0.0051
    ratio = result["extract_claims"]["words_per_cpu_s"] / result["bare_nlp_pipe"]["words_per_cpu_s"]
    assert abs(result["ratio_by_cpu"] - ratio) <= 0.001
