"""scripts/eval_polnear.py on made-up articles in PolNeAR's BRAT layout."""

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "eval_polnear.py"
TEXT = "Putin said the troops were in Kursk. Kyiv claimed that 10,000 soldiers had arrived."


def _ann(*attributions: tuple[str, str, str]) -> str:
    """BRAT lines for (source, cue, content) triples of TEXT."""
    lines, n = [], 0
    for attribution in attributions:
        for kind, piece in zip(("Source", "Cue", "Content"), attribution):
            n += 1
            start = TEXT.index(piece)
            lines.append(f"T{n}\t{kind} {start} {start + len(piece)}\t{piece}")
    return "\n".join(lines) + "\n"


def test_agreement_scores_annotators_against_each_other(tmp_path):
    putin = ("Putin", "said", "the troops were in Kursk")
    kyiv = ("Kyiv", "claimed", "that 10,000 soldiers had arrived")
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    for stem in ("one", "two"):
        (tmp_path / "text" / f"{stem}.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "one_aa11.ann").write_text(_ann(putin, kyiv), encoding="utf-8")
    (tmp_path / "attributions" / "one_bb22.ann").write_text(_ann(putin), encoding="utf-8")
    (tmp_path / "attributions" / "two_aa11.ann").write_text(_ann(putin, kyiv), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path), "--agreement"],
        capture_output=True, text=True, check=True, timeout=300,
    ).stdout
    assert "3 annotation files, 2 texts" in out
    human = out.split("annotator against annotator")[1].split("ours against the same files")[0]
    # One file has both attributions, the other only Putin's: each, scored against the
    # other, finds 1 of 2 or is right 1 time in 2, so over both orders 2 of 3 either way.
    for kind in ("Source", "Cue", "Content"):
        assert f"{kind:10} {0.667:8.3f} {0.667:6.3f} {0.667:6.3f}" in human
    assert "agreement: 1 texts with several annotators (2 files)" in out
    ours = out.split("ours against the same files")[1]
    assert ours.count("\n") >= 4 and "Cue" in ours
