"""Throughput benchmark of the whole pipeline against bare spaCy and bare trafilatura.

    python -m bench.run --docs 10000 [--seed 1] [--out bench/out] [--no-incremental]
                        [--until marts|extracted] [--keep DIR] [--no-baselines]

One run: generate N documents (bench.corpus) into a private landing folder, materialise the
whole graph for all its days through Dagster (raw -> cleaned -> extracted -> dbt marts ->
report, with every check) into a private warehouse and DAGSTER_HOME, in a new process as
Dagster runs a run, while sampling the RSS and PSS of that process tree (the run's process,
its worker processes and dbt). Then, on the same corpus:
bare `nlp.pipe` of the same English model with all components, two processes, the pipeline's
batch size, over the cleaned texts (what extraction parses); and bare `trafilatura.extract`
over the HTML documents. Finally one more day with 1 % of N is landed and only that
partition is run (again in a new process), to show what an incremental day costs.

Words are whitespace-separated tokens of the cleaned texts, for every row, so words/s
compare across stages. Prints a table and writes it as JSON to <out>/bench-<N>-<time>.json
and <out>/latest.json.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import resource
import shutil
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager, nullcontext
from datetime import datetime, timezone
from pathlib import Path

from bench.corpus import DOCS_PER_DAY, day_of, generate_corpus
from extract.nlp import PARAGRAPH_CACHE_ENV, paragraph_cache, paragraphs

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "bench" / "out"
STEP_EVENTS = {"STEP_START", "STEP_SUCCESS", "STEP_FAILURE"}


# --- memory ---------------------------------------------------------------------------------

def _pss(pid: int) -> int | None:
    """Proportional set size: shared pages (libraries mapped by several processes) split among
    sharers."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def tree_memory(root_pid: int) -> tuple[int, int, list[tuple[str, int, int]]]:
    """(RSS, PSS) in bytes of a process and all its descendants (Linux /proc), and each
    process's (name, RSS, PSS). RSS counts a page that several processes share (a library's
    code) once in each; PSS splits it among them."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    names: dict[int, str] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as f:
                name, rest = f.read().split(" (", 1)[1].rsplit(")", 1)
                fields = rest.split()
        except OSError:
            continue
        pid = int(entry.name)
        names[pid] = name
        children.setdefault(int(fields[1]), []).append(pid)
        rss[pid] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    parts = []
    stack = [root_pid]
    while stack:
        pid = stack.pop()
        pss = _pss(pid)
        parts.append((names.get(pid, "?"), rss.get(pid, 0), rss.get(pid, 0) if pss is None else pss))
        stack.extend(children.get(pid, []))
    return sum(p[1] for p in parts), sum(p[2] for p in parts), parts


class PeakRss:
    """Samples the memory of this process tree every `interval` seconds: `.peak_pss` in bytes,
    and every sample as (epoch seconds, RSS, processes) so that the RSS peak of the run or of
    each step, and the processes at it, can be found (`peak_between`). A sample of seven
    processes takes about 1.1 KB of this process's memory (11.7 MiB over a 2,140 s run)."""

    def __init__(self, interval: float = 0.2):
        self.interval, self.peak_pss, self._stop = interval, 0, threading.Event()
        self.samples: list[tuple[float, int, list[tuple[str, int, int]]]] = []
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> None:
        rss, pss, parts = tree_memory(os.getpid())
        self.samples.append((time.time(), rss, parts))
        self.peak_pss = max(self.peak_pss, pss)

    def peak_between(self, start: float = 0, end: float = float("inf")) -> tuple[int, list[tuple[str, int, int]]]:
        """The highest RSS sampled in [start, end] (default: the whole run) and the (process
        name, RSS, PSS) of each process at it."""
        return max(((rss, parts) for t, rss, parts in self.samples if start <= t <= end),
                   key=lambda s: s[0], default=(0, []))

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()


def cpu_seconds() -> float:
    """User + system CPU of this process and its finished children (worker pools, dbt): on a
    shared machine CPU time is steadier than wall time, which other people's jobs stretch."""
    return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                 resource.getrusage(resource.RUSAGE_CHILDREN)))


# --- the pipeline through Dagster ---------------------------------------------------------

@contextmanager
def private_environment(workdir: Path):
    """A landing folder, warehouse, reports folder and DAGSTER_HOME under workdir."""
    home = workdir / "dagster_home"
    home.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / ".dagster_home" / "dagster.yaml", home / "dagster.yaml")
    env = {
        "NEWSCLAIMS_WAREHOUSE": str(workdir / "warehouse.duckdb"),
        "NEWSCLAIMS_LANDING": str(workdir / "raw"),
        "NEWSCLAIMS_REPORTS": str(workdir / "reports"),
        "DAGSTER_HOME": str(home),
        "GX_ANALYTICS_ENABLED": "False",
    }
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        yield env
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


# --until extracted: the Python assets and their checks only (no dbt, no report).
UNTIL_EXTRACTED = ["raw/documents", "cleaned/documents", "extracted/sentences", "extracted/entity_mentions",
                   "extracted/claims", "extracted/quantities"]


def run_pipeline(start: str, end: str, warehouse: str, until: str = "marts") -> dict:
    """Materialise the graph for [start, end] in one run, as `make run` does (the whole graph,
    or with until="extracted" the assets up to extraction with their checks): wall time,
    step times, peak memory."""
    import dagster as dg

    from orchestration.definitions import build_defs
    from orchestration.run_pipeline import RANGE_END_TAG, RANGE_START_TAG, check_lines, run_range
    from orchestration.schedules import pipeline_job

    definitions = build_defs(warehouse)
    with dg.DagsterInstance.get() as instance, PeakRss() as rss:
        t0, c0 = time.perf_counter(), cpu_seconds()
        if until == "marts":
            result = run_range(start, end, instance=instance, definitions=definitions)
        else:
            result = definitions.get_job_def(pipeline_job.name).execute_in_process(
                instance=instance, tags={RANGE_START_TAG: start, RANGE_END_TAG: end}, raise_on_error=False,
                asset_selection=[dg.AssetKey.from_user_string(k) for k in UNTIL_EXTRACTED])
        seconds, cpu = time.perf_counter() - t0, cpu_seconds() - c0
        steps: dict[str, dict[str, float]] = {}
        for entry in instance.all_logs(result.run_id):
            event = entry.dagster_event
            if event is not None and event.event_type_value in STEP_EVENTS and event.step_key:
                steps.setdefault(event.step_key, {})[event.event_type_value] = entry.timestamp
    lines, passed, failed = check_lines(result)
    ended = lambda v: v.get("STEP_SUCCESS", v.get("STEP_FAILURE", 0))  # noqa: E731
    peak, at_peak = rss.peak_between()
    peaks = {k: rss.peak_between(v.get("STEP_START", 0), ended(v)) for k, v in steps.items()}
    return {
        "success": result.success,
        "seconds": seconds,
        "cpu_seconds": cpu,
        "peak_rss_bytes": peak,
        "peak_pss_bytes": rss.peak_pss,
        "processes_at_peak": processes(at_peak),
        "checks_passed": passed,
        "checks_failed": failed,
        "checks_failed_as_error": sum(line.lstrip().startswith("FAIL") for line in lines),
        "checks_not_passed": [line.strip() for line in lines if not line.lstrip().startswith("PASS")],
        "steps": {k: ended(v) - v.get("STEP_START", 0) for k, v in steps.items()},
        # The in-process executor runs one step at a time, so a sample belongs to one step.
        "step_peak_rss_bytes": {k: peaks[k][0] for k in steps},
        "step_processes_at_peak": {k: processes(peaks[k][1]) for k in steps},
    }


def processes(parts: list[tuple[str, int, int]]) -> list[dict]:
    return [{"name": n, "rss_bytes": r, "pss_bytes": p} for n, r, p in parts]


def run_pipeline_in_new_process(start: str, end: str, warehouse: str, until: str = "marts") -> dict:
    """run_pipeline in a new interpreter, as Dagster gives each run a process of its own: the
    run's memory (and its workers', forked from it) is the run's, not this benchmark's or an
    earlier run's."""
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(run_pipeline, start, end, warehouse, until).result()


def step_seconds(steps: dict[str, float], name: str) -> float:
    return sum(s for k, s in steps.items() if k == name or k.startswith(name + "["))


# --- baselines ----------------------------------------------------------------------------

def bare_spacy(texts: list[str]) -> tuple[float, float]:
    """(wall, CPU) seconds for the English model, all components, two processes, over the texts."""
    import spacy

    from extract.nlp import BATCH_SIZE, english_model_name

    t0, c0 = time.perf_counter(), cpu_seconds()
    nlp = spacy.load(english_model_name())
    nlp.max_length = 2_000_000
    for _ in nlp.pipe(texts, n_process=2, batch_size=BATCH_SIZE):
        pass
    return time.perf_counter() - t0, cpu_seconds() - c0


def bare_trafilatura(pages: list[bytes]) -> float:
    import trafilatura

    t0 = time.perf_counter()
    for page in pages:
        trafilatura.extract(page.decode("utf-8", "replace"))
    return time.perf_counter() - t0


# --- the run ------------------------------------------------------------------------------

def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem = next((int(line.split()[1]) * 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), 0)
    import spacy
    import trafilatura

    return {
        "cpu": cpu, "cores": os.cpu_count(), "memory_bytes": mem, "os": platform.platform(),
        "python": platform.python_version(), "spacy": spacy.__version__, "trafilatura": trafilatura.__version__,
        "load_average_at_start": os.getloadavg(),
    }


def distinct_paragraph_share(texts: list[str]) -> float:
    """Share of the texts' characters in distinct paragraphs: what extraction's paragraph
    cache cannot skip (extract.nlp). The generated corpus repeats its five articles'
    paragraphs; a feed of independent articles is near 1."""
    pieces = [p for t in texts for p in paragraphs(t)]
    return round(sum(map(len, set(pieces))) / max(1, sum(map(len, pieces))), 3)


def rate(n: float, seconds: float) -> float:
    return n / seconds if seconds > 0 else float("nan")


def row(stage: str, docs: int, words: int, seconds: float, baseline_seconds: float | None = None,
        baseline: str | None = None) -> dict:
    """One line of the table; `vs_baseline` = stage throughput / baseline throughput on the same docs."""
    return {
        "stage": stage, "docs": docs, "words": words, "seconds": round(seconds, 2),
        "docs_per_s": round(rate(docs, seconds), 2), "words_per_s": round(rate(words, seconds), 1),
        "baseline": baseline,
        "vs_baseline": round(baseline_seconds / seconds, 3) if baseline_seconds and seconds else None,
    }


def corpus_facts(warehouse: str) -> dict:
    import duckdb

    with duckdb.connect(warehouse, read_only=True) as conn:
        texts = [r[0] for r in conn.execute("SELECT text FROM cleaned.documents ORDER BY doc_id").fetchall()]
        html = [bytes(r[0]) for r in conn.execute(
            "SELECT content FROM raw.documents WHERE content_type ILIKE '%html%' ORDER BY doc_id").fetchall()]
        raw_docs = conn.execute("SELECT count(*) FROM raw.documents").fetchone()[0]
        claims = conn.execute("SELECT count(*) FROM extracted.claims").fetchone()[0]
        figures = conn.execute("SELECT count(*) FROM extracted.quantities").fetchone()[0]
    return {"texts": texts, "html": html, "raw_docs": raw_docs, "claims": claims, "figures": figures}


def benchmark(n_docs: int, seed: int, workdir: Path, incremental: bool = True, until: str = "marts",
              baselines: bool = True) -> dict:
    landing = workdir / "raw"
    t0 = time.perf_counter()
    corpus = generate_corpus(landing, n_docs, seed=seed)
    generate_seconds = time.perf_counter() - t0
    first, last = day_of(0).isoformat(), day_of(n_docs - 1).isoformat()
    out: dict = {"machine": machine(), "docs_requested": n_docs, "seed": seed, "until": until,
                 "corpus": {**corpus.as_dict(), "generate_seconds": round(generate_seconds, 2)}}
    with private_environment(workdir) as env:
        full = run_pipeline_in_new_process(first, last, env["NEWSCLAIMS_WAREHOUSE"], until)
        facts = corpus_facts(env["NEWSCLAIMS_WAREHOUSE"])
        texts, html = facts["texts"], facts["html"]
        words = sum(len(t.split()) for t in texts)
        # The baselines take longer than the pipeline; a cost-curve point can do without them.
        spacy_s, spacy_cpu = bare_spacy(texts) if baselines else (None, None)
        trafilatura_s = bare_trafilatura(html) if baselines else None
        steps = full["steps"]
        raw_docs = facts["raw_docs"]
        out["pipeline"] = {k: v for k, v in full.items()}
        out["cpu"] = {"pipeline_cpu_seconds": round(full["cpu_seconds"], 1),
                      "bare_spacy_cpu_seconds": round(spacy_cpu, 1) if baselines else None,
                      "pipeline_vs_bare_spacy_by_cpu": round(spacy_cpu / full["cpu_seconds"], 3) if baselines else None}
        out["results"] = {"raw_documents": raw_docs, "cleaned_documents": len(texts), "words": words,
                          "distinct_paragraph_share": distinct_paragraph_share(texts),
                          "paragraph_cache": paragraph_cache("en").size,
                          "claims": facts["claims"], "figures": facts["figures"]}
        out["table"] = [
            row("cleaning (cleaned/documents)", raw_docs, words, step_seconds(steps, "cleaned__documents"),
                trafilatura_s and trafilatura_s * raw_docs / max(1, len(html)), "bare trafilatura, same doc count"),
            row("extraction (extracted/*)", len(texts), words, step_seconds(steps, "extracted_tables"),
                spacy_s, "bare nlp.pipe n_process=2"),
            row("whole pipeline (raw -> marts, checks)" if until == "marts" else
                "pipeline raw -> extracted (checks; NO dbt/report)", len(texts), words, full["seconds"],
                spacy_s, "bare nlp.pipe n_process=2"),
        ]
        if baselines:
            out["table"] += [row("baseline: bare nlp.pipe n_process=2", len(texts), words, spacy_s),
                             row("baseline: bare trafilatura (HTML docs)", len(html), 0, trafilatura_s)]
        if until == "marts":
            out["table"].insert(2, row("dbt build (marts + tests)", len(texts), words, step_seconds(steps, "dbt_models")))
        if incremental:
            extra = max(1, n_docs // 100)
            # The new day starts at the next day boundary so it is one partition of its own.
            first_new = -(-n_docs // DOCS_PER_DAY) * DOCS_PER_DAY
            added = generate_corpus(landing, extra, seed=seed, first=first_new)
            day = day_of(first_new).isoformat()
            inc = run_pipeline_in_new_process(day, day, env["NEWSCLAIMS_WAREHOUSE"], until)
            out["incremental"] = {
                "day": day, "documents_added": added.documents, "fraction_of_history": round(extra / n_docs, 4),
                **inc,
                "seconds_vs_full_run": round(inc["seconds"] / full["seconds"], 4),
            }
    out["finished_at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    out["machine"]["load_average_at_end"] = os.getloadavg()
    return out


def format_table(result: dict) -> str:
    cols = ["stage", "docs", "words", "seconds", "docs_per_s", "words_per_s", "vs_baseline"]
    lines = [" | ".join(cols), " | ".join("---" for _ in cols)]
    for r in result["table"]:
        lines.append(" | ".join("" if r[c] is None else str(r[c]) for c in cols))
    p = result["pipeline"]
    lines.append(f"peak memory of the run (process tree): RSS {p['peak_rss_bytes'] / 2**20:.0f} MiB, "
                 f"PSS {p['peak_pss_bytes'] / 2**20:.0f} MiB; "
                 f"checks passed {p['checks_passed']}, not passed {p['checks_failed']} "
                 f"({p['checks_failed_as_error']} as errors: {', '.join(p['checks_not_passed']) or '-'}); success {p['success']}")
    lines.append("step seconds: " + ", ".join(f"{k} {v:.1f}" for k, v in sorted(p["steps"].items(), key=lambda kv: -kv[1])))
    def at(parts: list[dict]) -> str:
        return ", ".join(f"{q['name']} {q['rss_bytes'] / 2**20:.0f}/{q['pss_bytes'] / 2**20:.0f}" for q in parts)

    lines.append("processes at the RSS peak (RSS/PSS MiB): " + at(p["processes_at_peak"]))
    top_steps = sorted(p["step_peak_rss_bytes"].items(), key=lambda kv: -kv[1])[:6]
    lines.append("step peak RSS (MiB): " + ", ".join(f"{k} {v / 2**20:.0f}" for k, v in top_steps))
    lines += [f"  at the peak of {k}: {at(p['step_processes_at_peak'][k])}" for k, _ in top_steps[:3]]
    if "incremental" in result:
        i = result["incremental"]
        lines.append(f"incremental: +{i['documents_added']} docs ({i['day']}) in {i['seconds']:.1f} s "
                     f"= {i['seconds_vs_full_run']:.3f} of the full run; peak RSS {i['peak_rss_bytes'] / 2**20:.0f} MiB, "
                     f"PSS {i['peak_pss_bytes'] / 2**20:.0f} MiB (at the peak: " + ", ".join(
                         f"{q['name']} {q['rss_bytes'] / 2**20:.0f}" for q in i["processes_at_peak"]) + "); "
                     "steps: " + ", ".join(f"{k} {v:.1f}" for k, v in sorted(i["steps"].items(), key=lambda kv: -kv[1])))
    c = result["cpu"]
    lines.append(f"CPU seconds (process tree): pipeline {c['pipeline_cpu_seconds']}, bare nlp.pipe "
                 f"{c['bare_spacy_cpu_seconds'] or 'not run'}: pipeline vs baseline by CPU "
                 f"{c['pipeline_vs_bare_spacy_by_cpu'] or '-'}")
    r = result["results"]
    lines.append(f"distinct paragraphs hold {r['distinct_paragraph_share']:.0%} of the cleaned text (extraction parses "
                 f"each once per worker; cache {r['paragraph_cache']}, "
                 f"{PARAGRAPH_CACHE_ENV}=0 turns it off)")
    m = result["machine"]
    lines.append(f"machine: {m['cpu']}, {m['cores']} cores, {m['memory_bytes'] / 2**30:.0f} GiB, load average "
                 f"{m['load_average_at_start'][0]:.1f} at start, {m['load_average_at_end'][0]:.1f} at end")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=10_000, help="corpus size (default 10000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for the JSON results")
    parser.add_argument("--no-incremental", action="store_true", help="skip the one-more-day run")
    parser.add_argument("--until", choices=["marts", "extracted"], default="marts",
                        help="run the whole graph (default) or only up to the extracted tables, with their checks")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temp folder, removed)")
    parser.add_argument("--no-baselines", action="store_true",
                        help="skip bare nlp.pipe and bare trafilatura (for a cost-curve point: no ratios)")
    args = parser.parse_args(argv)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    with nullcontext(args.keep.resolve()) if args.keep else tempfile.TemporaryDirectory(prefix="newsclaims-bench-") as tmp:
        result = benchmark(args.docs, args.seed, Path(tmp), not args.no_incremental, args.until,
                           not args.no_baselines)
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    text = json.dumps(result, indent=2, default=str)
    (args.out / f"bench-{args.docs}-{args.until}-{stamp}.json").write_text(text)
    (args.out / "latest.json").write_text(text)
    print(format_table(result))
    return 0 if result["pipeline"]["success"] else 1


if __name__ == "__main__":
    sys.exit(main())
