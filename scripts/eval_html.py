"""Score HTML cleaning on the article-extraction benchmark layout, with its own metric.

Usage: .venv/bin/python scripts/eval_html.py FOLDER [--per-doc]

FOLDER holds ground-truth.json ({id: {articleBody, url}}) and html/<id>.html.gz.
Prints precision / recall / F1 for our pipeline (extract.cleaning.clean_document) and for
bare `trafilatura.extract` on the same pages in the same run.

Metric (scrapinghub article-extraction-benchmark): split each text into `\\w+` tokens (case
kept), count 4-token shingles; per document TP/FP/FN over the shingle multisets normalised
to sum 1; precision and recall are means over documents; F1 from those two means.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import trafilatura  # noqa: E402

from extract.cleaning import clean_document  # noqa: E402

TOKEN_RE = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter:
    tokens = TOKEN_RE.findall(text or "")
    return Counter(" ".join(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens)


def tp_fp_fn(true: str, pred: str) -> tuple[float, float, float]:
    t, p = shingles(true), shingles(pred)
    tp = fp = fn = 0
    for key in t.keys() | p.keys():
        tc, pc = t.get(key, 0), p.get(key, 0)
        tp += min(tc, pc)
        fp += max(0, pc - tc)
        fn += max(0, tc - pc)
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 1.0)


def precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def score(truth: dict[str, str], pred: dict[str, str]) -> tuple[float, float, float]:
    counts = [tp_fp_fn(truth[k], pred.get(k, "")) for k in truth]
    p = statistics.mean(precision(*c) for c in counts)
    r = statistics.mean(recall(*c) for c in counts)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--per-doc", action="store_true", help="print per-document F1 for both systems")
    args = ap.parse_args()

    gt = json.loads((args.folder / "ground-truth.json").read_text(encoding="utf-8"))
    truth = {k: v["articleBody"] for k, v in gt.items()}
    ours: dict[str, str] = {}
    bare: dict[str, str] = {}
    for key, item in gt.items():
        html = gzip.decompress((args.folder / "html" / f"{key}.html.gz").read_bytes())
        # The benchmark pages are stored as UTF-8.
        bare[key] = trafilatura.extract(html.decode("utf-8", "replace"), url=item.get("url")) or ""
        ours[key] = clean_document(html, content_type="text/html", url=item.get("url")).text

    if args.per_doc:
        for key in gt:
            fo = score({key: truth[key]}, {key: ours[key]})[2]
            fb = score({key: truth[key]}, {key: bare[key]})[2]
            print(f"{key[:16]}  ours F1 {fo:.3f}  bare F1 {fb:.3f}  {'<' if fo < fb - 1e-9 else ''}")
    for name, pred in (("newsclaims clean_document", ours), ("bare trafilatura.extract", bare)):
        p, r, f = score(truth, pred)
        print(f"{name:28s} P {p:.4f}  R {r:.4f}  F1 {f:.4f}  (n={len(truth)})")


if __name__ == "__main__":
    main()
