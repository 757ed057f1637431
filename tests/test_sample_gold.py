"""The real cleaning + extraction on the five sample articles against hand-labelled gold.

Gold and matching rules: tests/fixtures/samples/gold.yaml; scoring: scripts/sample_gold.py
(shared with scripts/eval_samples.py, which lists every miss and false positive).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from sample_gold import METRICS, evaluate, load_gold, locate, same_speaker, speaker_key, table  # noqa: E402

TARGET = 0.9


@pytest.fixture(scope="module")
def gold():
    return load_gold()


@pytest.fixture(scope="module")
def scores(gold):
    samples, aliases = gold
    result = evaluate(samples, aliases)
    print("\n" + table(result))
    return result


def test_gold_covers_the_five_samples(gold):
    samples, _ = gold
    assert len(samples) == 5
    assert all(s.doc.text and s.claims for s in samples)
    assert sum(len(s.figures) for s in samples) >= 20


@pytest.mark.parametrize("row", [r for r in METRICS if "[info]" not in r])
def test_precision_and_recall(scores, row):
    s = scores[row]
    p, r = s.precision, s.recall
    assert p >= TARGET and r >= TARGET, (
        f"{row}: P {p:.3f} R {r:.3f} (TP {s.tp}, pred {s.n_pred}, gold {s.n_gold}); "
        f"misses and false positives: .venv/bin/python scripts/eval_samples.py")


def test_matching_rules():
    aliases = {"us": "united states", "usa": "united states"}
    # joint speakers in any order, articles and "both" ignored; a part alone is not the whole
    assert speaker_key("the USA and South Korea", aliases) == speaker_key("South Korea and United States", aliases)
    assert same_speaker("both Ukraine and the US", ("Ukraine and the United States",), aliases)
    assert not same_speaker("Ukraine", ("Ukraine and the United States",), aliases)
    assert not same_speaker(None, ("Ukraine",), aliases)
    # gold pieces are found with curly or straight quotes, and only when unique
    assert locate("He said “yes” twice.", '"yes"') == (8, 13)
    with pytest.raises(ValueError):
        locate("no, no", "no")
