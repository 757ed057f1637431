"""scripts/eval_german_ner.py on a made-up article in the german_quotes format."""

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "eval_german_ner.py"


def _annotation(text: str, speaker: str) -> dict:
    start = text.index(speaker)
    return {"type": "Indirect", "speaker": {"text": speaker, "spans": [[start, start + len(speaker)]]}}


def test_reports_speaker_recall(tmp_path):
    text = (
        "NATO-Generalsekretär Mark Rutte sagte am Montag, die Lage sei ernst. "
        "Er sagte außerdem, man müsse handeln. Die Behörden erklärten, alles sei ruhig."
    )
    article = {
        "documentName": "test",
        "originalText": text,
        "annotations": [_annotation(text, "Mark Rutte"), _annotation(text, "Er"), _annotation(text, "Die Behörden")],
    }
    (tmp_path / "000.json").write_text(json.dumps(article, ensure_ascii=False), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path), "--sample", "2"],
        capture_output=True, text=True, check=True, timeout=300,
    ).stdout
    assert "speaker recall (all): 1/3 = 0.333" in out
    assert "speaker recall (non_pronoun): 1/2 = 0.500" in out
    assert "speaker recall (named): 1/1 = 1.000" in out
    assert "[[Mark Rutte]]" in out or "[[NATO]]" in out
