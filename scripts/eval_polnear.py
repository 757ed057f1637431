"""Score extract.attribution on PolNeAR (BRAT standoff: Source, Cue, Content spans).

Usage: .venv/bin/python scripts/eval_polnear.py FOLDER [--limit N] [--show N]

FOLDER holds text/<name>.txt and attributions/<name>_<annotator>.ann. Each .ann file is
one gold document scored against the predictions for its text (two texts have several
annotators' files; each file counts, as in the published per-file scores).

What counts as a match (documented choices):
- Gold items are the `Source`, `Cue` and `Content` T-lines (`Discard`/`Discuss` and the
  `Attribution` trigger lines are ignored). Predicted items are each claim's speaker span,
  cue span and content span. Items are sets per document and type: the same span named
  twice (one source, two claims) counts once, on both sides.
- Spans are trimmed of whitespace (any Unicode space, no-break included), punctuation and
  quote marks at both ends before comparing.
- A gold span may be discontinuous ("a;b" fragments: a quote split around its speaker).
  Our claims are contiguous, one per fragment. Exact: a prediction is correct when it
  equals some fragment of some gold item of its type; a gold item is found when some
  fragment of it equals a prediction.
- Token overlap: tokens are `\\w+` runs. Per document and type, P = |predicted tokens that
  lie inside gold spans| / |predicted tokens|, R = |gold tokens inside predicted spans| /
  |gold tokens| (tokens as position sets).
- Precision, recall and F1 are micro-averaged over all documents.

--agreement scores the annotators against each other where a text has several annotators'
files (every ordered pair: one file's fragments as predictions against the other's items),
and our predictions against the same files: the human ceiling on the same texts.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extract.attribution import find_claims  # noqa: E402
from extract.nlp import parse, sentences_of  # noqa: E402

TYPES = ("Source", "Cue", "Content")
_TRIM = " \t\n\r,;:.!?—–-\"“”„»«‘’'()[]"
_TOKEN = re.compile(r"\w+")


def _trimmable(ch: str) -> bool:
    # str.isspace covers the no-break and other Unicode spaces news copy is full of.
    return ch in _TRIM or ch.isspace()


def trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and _trimmable(text[start]):
        start += 1
    while end > start and _trimmable(text[end - 1]):
        end -= 1
    return (start, end) if start < end else None


class SpanScorer:
    """Exact-span and token-overlap counts for several span types, micro-averaged."""

    def __init__(self, types):
        self.types = types
        self.c = {t: defaultdict(int) for t in types}

    def add(self, text: str, kind: str, gold: list[list[tuple[int, int]]], pred: list[tuple[int, int]]):
        gold_items = set()
        for fragments in gold:
            frags = tuple(sorted({f for f in (trim(text, s, e) for s, e in fragments) if f}))
            if frags:
                gold_items.add(frags)
        pred_spans = {p for p in (trim(text, s, e) for s, e in pred) if p}
        gold_frags = {f for item in gold_items for f in item}
        c = self.c[kind]
        c["pred"] += len(pred_spans)
        c["gold"] += len(gold_items)
        c["pred_ok"] += sum(1 for p in pred_spans if p in gold_frags)
        c["gold_ok"] += sum(1 for item in gold_items if any(f in pred_spans for f in item))
        tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]

        def covered(spans):
            out = set()
            for s, e in spans:
                for k, (ts, te) in enumerate(tokens):
                    if ts >= s and te <= e:
                        out.add(k)
            return out

        g_tok = covered(gold_frags)
        p_tok = covered(pred_spans)
        c["tok_pred"] += len(p_tok)
        c["tok_gold"] += len(g_tok)
        c["tok_both"] += len(p_tok & g_tok)

    def report(self) -> str:
        lines = [f"{'':10} {'exact P':>8} {'R':>6} {'F1':>6}   {'token P':>8} {'R':>6} {'F1':>6}   gold/pred"]
        for t in self.types:
            c = self.c[t]
            p = c["pred_ok"] / c["pred"] if c["pred"] else 0.0
            r = c["gold_ok"] / c["gold"] if c["gold"] else 0.0
            tp = c["tok_both"] / c["tok_pred"] if c["tok_pred"] else 0.0
            tr = c["tok_both"] / c["tok_gold"] if c["tok_gold"] else 0.0
            lines.append(
                f"{t:10} {p:8.3f} {r:6.3f} {f1(p, r):6.3f}   {tp:8.3f} {tr:6.3f} {f1(tp, tr):6.3f}"
                f"   {c['gold']}/{c['pred']}"
            )
        return "\n".join(lines)


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def read_ann(path: Path) -> dict[str, list[list[tuple[int, int]]]]:
    gold: dict[str, list] = {t: [] for t in TYPES}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("T"):
            continue
        _, middle, *_ = line.split("\t")
        kind, _, offsets = middle.partition(" ")
        if kind not in gold:
            continue
        frags = []
        for part in offsets.split(";"):
            s, e = part.split()
            frags.append((int(s), int(e)))
        gold[kind].append(frags)
    return gold


def predict(text: str):
    doc = parse(text, "en")
    claims = find_claims(doc, sentences_of(doc), "en")
    return {
        "Source": [(c.speaker_start, c.speaker_end) for c in claims if c.speaker_start is not None],
        "Cue": [(c.cue_start, c.cue_end) for c in claims if c.cue_start is not None],
        "Content": [(c.char_start, c.char_end) for c in claims],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--limit", type=int, default=0, help="score only the first N .ann files")
    ap.add_argument("--show", type=int, default=0, help="print N missed/spurious cues")
    ap.add_argument("--agreement", action="store_true",
                    help="also score annotators against each other on texts several annotated")
    args = ap.parse_args()
    anns = sorted((args.folder / "attributions").glob("*.ann"))
    if args.limit:
        anns = anns[: args.limit]
    scorer = SpanScorer(TYPES)
    cache: dict[str, tuple[str, dict]] = {}
    t0 = time.time()
    shown = 0
    golds: list[tuple[str, dict]] = []  # (text stem, gold) per annotation file
    for ann in anns:
        stem = re.sub(r"_[0-9a-f]+$", "", ann.stem)  # <text>_<annotator>.ann
        if stem not in cache:
            text = (args.folder / "text" / f"{stem}.txt").read_text(encoding="utf-8")
            cache[stem] = (text, predict(text))
        text, pred = cache[stem]
        gold = read_ann(ann)
        golds.append((stem, gold))
        for kind in TYPES:
            scorer.add(text, kind, gold[kind], pred[kind])
        if args.show and shown < args.show:
            g = {trim(text, *f[0]) for f in gold["Cue"]}
            p = {trim(text, *s) for s in pred["Cue"]}
            for s in sorted(x for x in g - p if x)[:5]:
                print(f"MISS {ann.stem[:30]} {text[max(0, s[0]-60):s[0]]!r} [[{text[s[0]:s[1]]}]]")
            for s in sorted(x for x in p - g if x)[:5]:
                print(f"SPUR {ann.stem[:30]} {text[max(0, s[0]-60):s[0]]!r} [[{text[s[0]:s[1]]}]]")
            shown += 1
    print(f"{len(anns)} annotation files, {len(cache)} texts, {time.time() - t0:.1f}s")
    print(scorer.report())
    if args.agreement:
        print(agreement(golds, cache))


def agreement(golds: list[tuple[str, dict]], cache: dict[str, tuple[str, dict]]) -> str:
    """Annotator against annotator, and us against the same files, on multiply annotated texts."""
    by_text: dict[str, list[dict]] = defaultdict(list)
    for stem, gold in golds:
        by_text[stem].append(gold)
    several = {stem: golds for stem, golds in by_text.items() if len(golds) > 1}
    humans, ours = SpanScorer(TYPES), SpanScorer(TYPES)
    for stem, golds in several.items():
        text, pred = cache[stem]
        for i, gold in enumerate(golds):
            for kind in TYPES:
                ours.add(text, kind, gold[kind], pred[kind])
                for j, other in enumerate(golds):
                    if i != j:
                        humans.add(text, kind, gold[kind], [f for item in other[kind] for f in item])
    files = sum(len(g) for g in several.values())
    return (f"\nagreement: {len(several)} texts with several annotators ({files} files)\n"
            f"annotator against annotator (every ordered pair)\n{humans.report()}\n"
            f"ours against the same files\n{ours.report()}")


if __name__ == "__main__":
    main()
