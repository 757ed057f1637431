"""Precision/recall of cleaning + extraction on the five hand-labelled sample articles.

Usage: .venv/bin/python scripts/eval_samples.py [--quiet]

Prints the table tests/test_sample_gold.py asserts on, then every miss (gold item, and the
prediction at the same place if any) and every false positive, per metric. Gold and
matching rules: tests/fixtures/samples/gold.yaml; code: scripts/sample_gold.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sample_gold import describe, evaluate, load_gold, table  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quiet", action="store_true", help="only the table")
    args = ap.parse_args()
    samples, aliases = load_gold()
    scores = evaluate(samples, aliases)
    print(table(scores))
    if args.quiet:
        return
    for sample in samples:
        doc = sample.doc
        print(f"\n{sample.name}: language {doc.language} (gold {sample.meta['language']}), "
              f"outlet {doc.outlet} (gold {sample.meta['outlet']}), "
              f"published_at {doc.published_at} (gold {sample.meta['published_at']})")
    for row, s in scores.items():
        print(f"\n=== {row}: {len(s.misses)} missed, {len(s.false_positives)} false positives")
        for name, gold, got in s.misses:
            print(f"  MISS {name[:3]} {describe(gold)}")
            print(f"        got {describe(got) if got is not None else '-'}")
        for name, pred in s.false_positives:
            print(f"  FP   {name[:3]} {describe(pred)}")


if __name__ == "__main__":
    main()
