"""Score extract.attribution on German Wikinews quotation annotations (JSON per article).

Usage: .venv/bin/python scripts/eval_german_quotes.py FOLDER [--limit N] [--types T,T]
                                                      [--show PART]

FOLDER holds <n>.json files: {documentName, originalText, annotations: [{type, cue,
speaker, quote, frame, addressee, ...}]}, each part a {text, spans: [[begin, end], ...]}
or null.

What counts as a match: the same rules as scripts/eval_polnear.py (trimmed spans; a
discontinuous gold part — "teilte … mit", a quote interrupted by its frame — is found when
one of its fragments is predicted exactly; token overlap on `\\w+` position sets; micro
averages). Gold cue, speaker and quote items come from every annotation that has that
part (all types by default: Direct, Indirect, FreeIndirect, Reported, …; annotations
without a cue still count for speaker and quote recall). Predictions are each claim's cue,
speaker span and content span.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval_polnear import SpanScorer, trim  # noqa: E402

from extract.attribution import find_claims  # noqa: E402
from extract.nlp import parse, sentences_of  # noqa: E402

PARTS = {"cue": "cue", "speaker": "speaker", "quote": "quote"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--types", default="",
                    help="gold from these annotation types only, comma-separated (recall per "
                         "type; precision still counts every prediction)")
    ap.add_argument("--show", choices=tuple(PARTS), default="",
                    help="print the missed gold (-) and wrong predicted (+) spans of this part")
    args = ap.parse_args()
    types = set(filter(None, args.types.split(",")))
    files = sorted(args.folder.glob("*.json"))
    if args.limit:
        files = files[: args.limit]
    scorer = SpanScorer(tuple(PARTS))
    t0 = time.time()
    n_ann = 0
    for path in files:
        record = json.loads(path.read_text(encoding="utf-8"))
        text = record["originalText"]
        gold: dict[str, list] = {p: [] for p in PARTS}
        for ann in record["annotations"]:
            if types and ann.get("type") not in types:
                continue
            n_ann += 1
            for part in PARTS:
                value = ann.get(part)
                if value and value.get("spans"):
                    gold[part].append([tuple(s) for s in value["spans"]])
        doc = parse(text, "de")
        claims = find_claims(doc, sentences_of(doc), "de")
        pred = {
            "cue": [(c.cue_start, c.cue_end) for c in claims if c.cue_start is not None],
            "speaker": [(c.speaker_start, c.speaker_end) for c in claims if c.speaker_start is not None],
            "quote": [(c.char_start, c.char_end) for c in claims],
        }
        for part in PARTS:
            scorer.add(text, part, gold[part], pred[part])
        if args.show:
            show_errors(path.name, text, gold[args.show], pred[args.show])
    print(f"{len(files)} articles, {n_ann} annotations, {time.time() - t0:.1f}s")
    print(scorer.report())


def show_errors(name: str, text: str, gold: list, pred: list) -> None:
    """Missed gold items (all fragments) and predictions matching no gold fragment."""
    frags = {f for item in gold for f in item}
    found = {trim(text, s, e) for s, e in pred}
    for item in gold:
        if not any(trim(text, s, e) in found for s, e in item):
            print(f"{name} - " + " … ".join(repr(text[s:e]) for s, e in item))
    trimmed = {trim(text, s, e) for s, e in frags}
    for s, e in pred:
        if trim(text, s, e) not in trimmed:
            print(f"{name} + {text[s:e]!r}")


if __name__ == "__main__":
    main()
