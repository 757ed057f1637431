"""Score extract.figures on the NewsQuant development set.

    .venv/bin/python scripts/eval_newsquant.py /work/shared/eval/newsquant [--errors N]

FOLDER holds dev.json (or is its parent with newsquant/dev.json): English news sentences,
each with gold quantities {value, change, unit, normalized_unit, ...}. A gold value
"a-b" is a range.

Matching (one prediction per gold item, one gold item per prediction, within a sentence):
- value: numbers equal within a relative 1e-5 (the benchmark's tolerance); a gold range
  matches a predicted range with the same two bounds in either order (a prediction is a
  range when low and high are both set and differ: "10 to 12", "thousands");
- value+unit, strict: also the predicted unit equals the gold normalized_unit, lower-cased
  ("-" in the gold = no unit);
- value+unit, head: the unit's head noun (last word before any " per ") is the same,
  so "soldier" matches "north korean soldier"; reported beside strict, never instead.
Precision = matched / predicted, recall = matched / gold, micro-averaged over all items.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extract.figures import find_quantities  # noqa: E402
from extract.nlp import parse, sentences_of  # noqa: E402

_RANGE_RE = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*-\s*(-?\d+(?:\.\d+)?)\s*$")


def gold_value(raw: str):
    m = _RANGE_RE.match(raw)
    if m and "e" not in raw.lower():
        return tuple(sorted((float(m.group(1)), float(m.group(2)))))
    return float(raw)


def pred_value(q):
    if q.low is not None and q.high is not None and q.low != q.high:
        return (q.low, q.high)
    return q.value


def values_match(g, p) -> bool:
    if isinstance(g, tuple) != isinstance(p, tuple):
        return False
    if isinstance(g, tuple):
        return all(math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-8) for a, b in zip(g, p))
    return math.isclose(g, p, rel_tol=1e-5, abs_tol=1e-8)


def norm_unit(u: str | None) -> str:
    if u is None or u.strip() in ("", "-"):
        return "-"
    return re.sub(r"\s+", " ", u.strip().lower())


def head(u: str) -> str:
    u = norm_unit(u).split(" per ")[0]
    w = u.split(" ")[-1].split("-")[-1]
    return w[:-1] if w.endswith("s") and len(w) > 3 else w


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--errors", type=int, default=25, help="how many errors of each kind to print")
    args = ap.parse_args()
    path = args.folder / "dev.json"
    if not path.exists():
        path = args.folder / "newsquant" / "dev.json"
    data = json.loads(path.read_text(encoding="utf-8"))

    n_gold = n_pred = tp_value = tp_strict = tp_head = 0
    fns, fps, unit_misses = [], [], []
    fn_kinds: Counter = Counter()
    t0 = time.perf_counter()
    for item in data:
        text = item["text"]
        doc = parse(text, "en")
        preds = find_quantities(doc, sentences_of(doc), "en", [])
        golds = item["quantities"]
        n_gold += len(golds)
        n_pred += len(preds)
        used = set()
        for g in golds:
            gv = gold_value(g["value"])
            cands = [i for i, q in enumerate(preds) if i not in used and values_match(gv, pred_value(q))]
            if not cands:
                fns.append((text, g))
                fn_kinds["range" if isinstance(gv, tuple) else "single"] += 1
                continue
            gu = norm_unit(g["normalized_unit"])
            strict = [i for i in cands if norm_unit(preds[i].unit) == gu]
            heads = [i for i in cands if head(preds[i].unit) == head(gu)]
            pick = (strict or heads or cands)[0]
            used.add(pick)
            tp_value += 1
            tp_strict += bool(strict)
            tp_head += bool(strict or heads)
            if not strict:
                unit_misses.append((g["unit"], gu, preds[pick].unit, text))
        fps.extend((text, preds[i]) for i in range(len(preds)) if i not in used)
    elapsed = time.perf_counter() - t0

    print(f"NewsQuant dev: {len(data)} sentences, {n_gold} gold quantities, {n_pred} predicted "
          f"({elapsed:.1f}s incl. parsing)")
    for name, tp in (("value", tp_value), ("value+unit (strict)", tp_strict),
                     ("value+unit (head noun)", tp_head)):
        p, r, f = prf(tp, n_pred, n_gold)
        print(f"  {name:24s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (matched {tp})")
    unit_kinds = Counter(
        "gold has no unit" if gu == "-" else "no unit predicted" if pu is None else "different unit"
        for _, gu, pu, _ in unit_misses
    )
    print(f"\nerrors: {len(fns)} missed gold ({dict(fn_kinds)}), {len(fps)} spurious, "
          f"{len(unit_misses)} value right but unit differs ({dict(unit_kinds)})")
    if args.errors:
        print("\n-- missed (gold value | unit | sentence)")
        for text, g in fns[: args.errors]:
            print(f"  {g['value']} | {g['unit']} | {text[:140]}")
        print("\n-- spurious (predicted text | value | unit | sentence)")
        for text, q in fps[: args.errors]:
            print(f"  {q.text!r} | {q.value:g} [{q.low}, {q.high}] | {q.unit} | {text[:110]}")
        print("\n-- unit differs (gold unit -> gold normalised | predicted)")
        for gu_raw, gu, pu, text in unit_misses[: args.errors]:
            print(f"  {gu_raw} -> {gu} | {pu} | {text[:90]}")


if __name__ == "__main__":
    main()
