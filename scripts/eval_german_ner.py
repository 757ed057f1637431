"""How well the rule-based German NER finds the speakers of German news quotes.

Usage: .venv/bin/python scripts/eval_german_ner.py FOLDER [--sample N] [--seed S] [--show N]

FOLDER holds German Wikinews articles as JSON (`originalText`, `annotations` with a
`speaker` {text, spans}), e.g. ../shared/eval/german_quotes/dev. There is no gold NER,
so this reports what can be measured from speaker spans (documented choices):

- A speaker is *found* when some entity mention of label PERSON, ORG, GPE or NORP
  overlaps one of its spans by at least one character.
- Speakers are counted per annotation (a speaker quoted three times counts three times).
- "pronoun" speakers are one personal or demonstrative pronoun ("er", "sie", "dieser")
  and can hold no name; "named" speakers are the others that contain a capitalised word
  which is not the first word of its sentence, not a German stop word and not an
  ordinary noun of the german-nouns lexicon. The named set uses the same lexicon as the
  NER, so its recall is an optimistic proxy; recall over all non-pronoun speakers is
  the pessimistic one (many are descriptions: "jüngsten Untersuchungen", "die Polizei").
- Precision has no gold: --sample N prints N random predicted mentions with context
  (seeded) to judge by hand.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extract.entities import find_entities  # noqa: E402
from extract.entities.german_lexicon import german_lexicon  # noqa: E402
from extract.nlp import parse, sentences_of  # noqa: E402

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
PRONOUNS = {
    "er", "sie", "es", "ich", "wir", "ihr", "man", "dieser", "diese", "dieses", "jener", "jene",
    "der", "die", "das", "dessen", "deren", "welcher", "welche", "beide", "alle", "einige",
}
_WORD = re.compile(r"[^\W\d_][\w'-]*")


def _spans(item: dict) -> list[tuple[int, int]]:
    return [(int(b), int(e)) for b, e in item.get("spans") or []]


def _is_pronoun(text: str) -> bool:
    words = _WORD.findall(text)
    return len(words) == 1 and words[0].lower() in PRONOUNS


def _is_named(text: str, spans: list[tuple[int, int]], doc_text: str) -> bool:
    """Does the speaker contain a capitalised word that the lexicon cannot explain?"""
    lex = german_lexicon()
    for b, e in spans:
        for m in _WORD.finditer(doc_text, b, e):
            word = m.group(0)
            before = doc_text[max(0, m.start() - 3) : m.start()]
            sentence_start = m.start() == 0 or bool(re.search(r"(?:[.!?:]\s*|\n\s*)$", before))
            if word[0].isupper() and not sentence_start and not lex.is_stop(word) and not lex.is_common_noun(word):
                return True
    return False


def _overlaps(spans: list[tuple[int, int]], mentions) -> bool:
    return any(m.char_start < e and b < m.char_end for b, e in spans for m in mentions)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--sample", type=int, default=0, help="print N random predictions to judge")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--show", type=int, default=0, help="print N missed named speakers")
    args = parser.parse_args()

    files = sorted(args.folder.glob("*.json"))
    counts = {"all": [0, 0], "non_pronoun": [0, 0], "named": [0, 0]}
    predictions: list[tuple[str, str, str]] = []
    misses: list[str] = []
    n_mentions = 0
    labels: dict[str, int] = {}
    started = time.time()
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        text = data["originalText"]
        doc = parse(text, "de")
        mentions = [m for m in find_entities(doc, sentences_of(doc), "de")]
        n_mentions += len(mentions)
        for m in mentions:
            labels[m.label] = labels.get(m.label, 0) + 1
            if m.label in NAME_LABELS:
                context = text[max(0, m.char_start - 40) : m.char_start] + "[[" + m.text + "]]" + text[m.char_end : m.char_end + 40]
                predictions.append((m.label, m.text, context.replace("\n", " ")))
        names = [m for m in mentions if m.label in NAME_LABELS]
        for ann in data.get("annotations") or []:
            speaker = ann.get("speaker") or {}
            spans = _spans(speaker)
            if not spans:
                continue
            found = _overlaps(spans, names)
            groups = ["all"]
            if not _is_pronoun(speaker.get("text", "")):
                groups.append("non_pronoun")
                if _is_named(speaker.get("text", ""), spans, text):
                    groups.append("named")
                    if not found:
                        misses.append(speaker.get("text", ""))
            for g in groups:
                counts[g][0] += 1
                counts[g][1] += found
    elapsed = time.time() - started

    print(f"documents: {len(files)}  mentions: {n_mentions}  seconds: {elapsed:.1f}")
    print("labels: " + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())))
    for group, (total, found) in counts.items():
        recall = found / total if total else 0.0
        print(f"speaker recall ({group}): {found}/{total} = {recall:.3f}")
    if args.show:
        print(f"\nmissed named speakers (first {args.show}):")
        for text in misses[: args.show]:
            print("  ", text)
    if args.sample:
        rng = random.Random(args.seed)
        print(f"\nrandom predicted mentions to judge (seed {args.seed}):")
        for label, text, context in rng.sample(predictions, min(args.sample, len(predictions))):
            print(f"  {label:6} {text!r:40} ... {context}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
