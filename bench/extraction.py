"""Words per second of `extract_claims` against bare `nlp.pipe` of the same spaCy model.

    python -m bench.extraction --docs 300 [--seed 1] [--out bench/out] [--language en]
    python -m bench.extraction --texts DIR      # every file under DIR, one text each

The seeded benchmark corpus (bench.corpus) is cleaned with `clean_document` (or the texts of
DIR are read as they are: real articles, which do not repeat each other's paragraphs); then,
in this one process and on the same texts: bare `nlp.pipe` of the English model with all
components and the pipeline's batch size, `extract_claims` on every text (the library call a
user makes: language routing, parse, entities, attribution, figures) and `extract_many` over
all of them (the batched form the extraction asset's workers call), both with paragraph
reuse off, then `extract_many` with the paragraph cache as the pipeline runs it (starting
empty), and bare `nlp.pipe` again. The baseline is the mean of its two runs, so load that
drifts during the run weighs on both sides. `distinct_paragraph_share` says how much of the
corpus's text is in distinct paragraphs: the cache's gain depends on it (the generated
corpus repeats its five articles' paragraphs far more than a real feed). One process on each side: this compares the work done per word, not the use
of cores (bench.run measures the whole pipeline with both cores). Words are
whitespace-separated tokens. Nothing is asserted; the numbers are printed and written as JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from bench.corpus import generate_corpus
from bench.run import DEFAULT_OUT, distinct_paragraph_share, machine

# CPU time of this process only: both sides run here, and it is steadier than wall time on
# a shared machine.
_cpu = time.process_time


def cleaned_corpus(n_docs: int, seed: int) -> list[tuple[str, str | None, object]]:
    """(text, language, published_at) of every generated document that has text left."""
    from extract.cleaning import clean_document
    from extract.reading import list_landing_files, read_landing_file

    out = []
    with tempfile.TemporaryDirectory(prefix="newsclaims-bench-") as tmp:
        root = Path(tmp)
        generate_corpus(root, n_docs, seed=seed)
        for day in sorted(p for p in root.iterdir() if p.is_dir()):
            for path in list_landing_files(day):
                for record in read_landing_file(path)[0]:
                    doc = clean_document(record.content, filename=record.source_uri,
                                         content_type=record.content_type, metadata=record.metadata)
                    if doc.text:
                        out.append((doc.text, doc.language, doc.published_at))
    return out


def timed(fn) -> tuple[float, float]:
    t0, c0 = time.perf_counter(), _cpu()
    fn()
    return time.perf_counter() - t0, _cpu() - c0


def measure(n_docs: int, seed: int, language: str | None = None, texts_dir: Path | None = None) -> dict:
    import spacy

    from extract.extraction import extract_claims, extract_many
    from extract.nlp import BATCH_SIZE, english_model_name, load_pipeline, paragraph_cache

    corpus = cleaned_corpus(n_docs, seed) if texts_dir is None else [
        (p.read_text(encoding="utf-8"), None, None) for p in sorted(texts_dir.rglob("*")) if p.is_file()]
    docs = [d for d in corpus if language is None or d[1] == language]
    texts = [t for t, _, _ in docs]
    words = sum(len(t.split()) for t in texts)
    bare = spacy.load(english_model_name())
    bare.max_length = 2_000_000
    load_pipeline("en"), load_pipeline("de")
    extract_claims(texts[0], language=docs[0][1])  # warm-up: lazily loaded lexicons and gazetteer

    def run_bare():
        for _ in bare.pipe(texts, batch_size=BATCH_SIZE):
            pass

    def run_ours():
        for text, language, published_at in docs:
            extract_claims(text, language=language, published_at=published_at)

    def run_many():
        for _ in extract_many(docs):
            pass

    caches = [paragraph_cache("en"), paragraph_cache("de")]

    def reuse(size: int) -> None:
        for cache in caches:
            cache.size = size
            cache.docs.clear()

    cache_size = caches[0].size
    bare_1 = timed(run_bare)
    reuse(0)
    ours = timed(run_ours)
    many = timed(run_many)
    reuse(cache_size)
    cached = timed(run_many)
    bare_2 = timed(run_bare)
    bare_wall, bare_cpu = (bare_1[0] + bare_2[0]) / 2, (bare_1[1] + bare_2[1]) / 2
    return {
        "machine": machine(),
        "docs": len(docs), "words": words, "seed": seed, "docs_requested": n_docs, "only_language": language,
        "german_docs": sum(1 for _, lang, _ in docs if lang == "de"), "texts_dir": str(texts_dir or ""),
        "distinct_paragraph_share": distinct_paragraph_share(texts),
        "bare_nlp_pipe": {"wall_s": round(bare_wall, 2), "cpu_s": round(bare_cpu, 2),
                          "runs_cpu_s": [round(bare_1[1], 2), round(bare_2[1], 2)],
                          "words_per_cpu_s": round(words / bare_cpu, 1)},
        "extract_claims": {"wall_s": round(ours[0], 2), "cpu_s": round(ours[1], 2),
                           "words_per_cpu_s": round(words / ours[1], 1)},
        "extract_many": {"wall_s": round(many[0], 2), "cpu_s": round(many[1], 2),
                         "words_per_cpu_s": round(words / many[1], 1)},
        "extract_many_cached": {"wall_s": round(cached[0], 2), "cpu_s": round(cached[1], 2),
                                "words_per_cpu_s": round(words / cached[1], 1), "cache_size": cache_size},
        # > 1 means more words per CPU second than bare nlp.pipe.
        "ratio_by_cpu": round(bare_cpu / ours[1], 3),
        "ratio_by_wall": round(bare_wall / ours[0], 3),
        "extract_many_ratio_by_cpu": round(bare_cpu / many[1], 3),
        "extract_many_cached_ratio_by_cpu": round(bare_cpu / cached[1], 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--language", help="only the documents cleaning found in this language (en, de)")
    parser.add_argument("--texts", type=Path, help="measure on the files under this folder instead")
    args = parser.parse_args(argv)
    result = measure(args.docs, args.seed, args.language, args.texts)
    result["finished_at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "extraction-latest.json").write_text(json.dumps(result, indent=2, default=str))
    b, o, m, c = (result[k] for k in ("bare_nlp_pipe", "extract_claims", "extract_many", "extract_many_cached"))
    print(f"{result['docs']} docs ({result['german_docs']} German), {result['words']} words, one process each; "
          f"distinct paragraphs hold {result['distinct_paragraph_share']:.0%} of the text\n"
          f"bare nlp.pipe         : {b['words_per_cpu_s']:>8} words per CPU s ({b['cpu_s']} CPU s, runs {b['runs_cpu_s']})\n"
          f"extract_claims, no reuse: {o['words_per_cpu_s']:>8} words per CPU s ({o['cpu_s']} CPU s)\n"
          f"extract_many, no reuse  : {m['words_per_cpu_s']:>8} words per CPU s ({m['cpu_s']} CPU s)\n"
          f"extract_many, cache {c['cache_size']}: {c['words_per_cpu_s']:>8} words per CPU s ({c['cpu_s']} CPU s)\n"
          f"vs bare nlp.pipe by CPU: extract_claims {result['ratio_by_cpu']}x (wall {result['ratio_by_wall']}x), "
          f"extract_many {result['extract_many_ratio_by_cpu']}x, with the cache {result['extract_many_cached_ratio_by_cpu']}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
