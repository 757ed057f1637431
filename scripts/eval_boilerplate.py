"""Line-level scores of the boilerplate classifier on labelled TSV fixtures.

Usage: .venv/bin/python scripts/eval_boilerplate.py [FOLDER ...]   (default: tests/fixtures/boilerplate)

Each .tsv row is "body|boilerplate<TAB>line". Prints, per file and overall, precision and
recall with boilerplate as the positive class, the share of body lines kept, and every
line the classifier gets wrong with the rule that decided it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extract.cleaning.boilerplate import classify_lines  # noqa: E402


def score(rows: list[tuple[str, str]]) -> tuple[int, int, int, int, list[str]]:
    labels = classify_lines([text for _, text in rows])
    tp = fp = fn = body = 0
    errors = []
    for (gold, text), lab in zip(rows, labels):
        if gold == "boilerplate":
            tp += lab.boilerplate
            fn += not lab.boilerplate
        else:
            body += 1
            fp += lab.boilerplate
        if (gold == "boilerplate") != lab.boilerplate:
            errors.append(f"    gold {gold:11s} rule {lab.reason:22s} {text[:100]}")
    return tp, fp, fn, body, errors


def main() -> None:
    folders = [Path(a) for a in sys.argv[1:]] or [Path(__file__).resolve().parents[1] / "tests/fixtures/boilerplate"]
    total = [0, 0, 0, 0]
    for path in sorted(p for folder in folders for p in folder.glob("*.tsv")):
        rows = [tuple(line.split("\t", 1)) for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
        tp, fp, fn, body, errors = score(rows)
        total = [a + b for a, b in zip(total, (tp, fp, fn, body))]
        print(f"{path.name:40s} lines {len(rows):3d}  boilerplate {tp + fn:3d}  TP {tp:3d} FP {fp:2d} FN {fn:2d}")
        print("\n".join(errors)) if errors else None
    tp, fp, fn, body = total
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    print(f"overall: boilerplate precision {p:.4f} recall {r:.4f}; body lines kept {(body - fp) / body:.4f} ({body - fp}/{body})")


if __name__ == "__main__":
    main()
