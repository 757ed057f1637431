"""What a capitalised German word is: a common noun, a first name, a last name, a place.

German capitalises every noun, so capitalisation says little; this lexicon says which
capitalised words are ordinary nouns. It is read from the german-nouns package (about
100,000 nouns with all their inflected forms, from the German Wiktionary, CC BY-SA 4.0),
which tags first names (Vorname), last names (Nachname), places (Toponym) and other proper
names (Eigenname). Loaded once, on first use (about half a second).
"""

from __future__ import annotations

import csv
import re
import importlib.util
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.lang.de.stop_words import STOP_WORDS as _DE_STOP_WORDS

_PROPER_TAGS = ("Vorname", "Nachname", "Toponym", "Eigenname")
_VOWEL = re.compile(r"[aeiouyäöü]")
INNER_CAPITAL = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+[A-ZÄÖÜ][a-zäöüß]")
# Shortest noun that may end a compound ("Bock" in "Ziegenbock") and shortest head
# ("Kriegs"): shorter parts make too many foreign names look like compounds ("Bernama").
MIN_COMPOUND_TAIL = 4
MIN_COMPOUND_HEAD = 4

# Derivational suffixes that make nouns; names rarely end in them, and not when this long.
NOUN_SUFFIXES = (
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen",
    "tät", "täten", "ismus", "ismen", "nisse", "nissen",
)
MIN_SUFFIXED_NOUN = 7

# Words that start sentences or headings but are never names. spaCy's stop words cover
# function words; these are the content words that otherwise look like names.
EXTRA_STOP = {
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "dezember", "foto", "bild", "video", "quelle", "update",
    "herr", "frau", "ja", "nein", "bitte", "danke", "mehr", "laut", "zudem", "demnach",
    "dabei", "derzeit", "bislang", "bisher", "inzwischen", "unterdessen", "indes",
    "außerdem", "zuvor", "später", "heute", "gestern", "morgen", "insgesamt", "rund",
    "etwa", "fast", "knapp", "nach", "seit", "trotz", "wegen", "während", "gegen",
    "ich", "sie", "wir", "ihr", "er", "es", "man", "anzeige", "werbung", "kommentare",
    "kommentar", "lesen", "teilen", "weiterlesen", "zum", "zur", "vom", "beim",
    # Navigation words of English-language page chrome that survive cleaning.
    "prev", "next", "home", "menu", "login", "share", "top", "back",
}


def _csv_path() -> Path:
    spec = importlib.util.find_spec("german_nouns")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("german-nouns is not installed (pip install german-nouns)")
    return Path(list(spec.submodule_search_locations)[0]) / "nouns.csv"


@dataclass
class GermanLexicon:
    common: set[str] = field(default_factory=set)  # lowercased forms of ordinary nouns
    first_names: set[str] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)
    toponyms: set[str] = field(default_factory=set)
    proper: set[str] = field(default_factory=set)  # other proper names (Eigenname)
    abbreviations: set[str] = field(default_factory=set)
    stop: set[str] = field(default_factory=set)

    def is_stop(self, word: str) -> bool:
        return word.lower() in self.stop

    def is_common_noun(self, word: str) -> bool:
        """In the lexicon, or formed with a noun suffix the lexicon may lack ("Ausrufung")."""
        low = word.lower()
        return low in self.common or (len(low) >= MIN_SUFFIXED_NOUN and low.endswith(NOUN_SUFFIXES))

    def is_compound_noun(self, word: str) -> bool:
        """A word ending in an ordinary noun after a head of letters: Vietnamkriegsveteranen."""
        w = word.lower().rstrip("-").rsplit("-", 1)[-1]
        if w != word.lower() and w in self.common:
            return True  # "Tour-Favorit": a hyphenated noun compound
        for i in range(MIN_COMPOUND_HEAD, len(w) - MIN_COMPOUND_TAIL + 1):
            # The head must be a syllable ("Kriegs", not "Mcn" in "McNamara").
            if w[i:] in self.common and _VOWEL.search(w[:i]):
                return True
        return False

    def is_ordinary(self, word: str) -> bool:
        """A stop word, common noun or noun compound: not evidence of a name by itself.

        Words with a capital inside ("McNamara", "DiCaprio") are never ordinary nouns.
        """
        if INNER_CAPITAL.search(word):
            return self.is_stop(word)
        return self.is_stop(word) or self.is_common_noun(word) or self.is_compound_noun(word)


@lru_cache(maxsize=None)
def german_lexicon() -> GermanLexicon:
    lex = GermanLexicon()
    with _csv_path().open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        next(rows)
        for row in rows:
            if not row or not row[0]:
                continue
            lemma, pos = row[0], row[1]
            forms = {lemma, *(f for f in row[7:] if f)}
            tags = [t for t in _PROPER_TAGS if t in pos]
            if "Abkürzung" in pos:
                lex.abbreviations.update(forms)  # NASA, NATO, AGB: not ordinary nouns
                continue
            if not tags:
                if lemma[:1].isupper():
                    lex.common.update(f.lower() for f in forms)
                continue
            if "Vorname" in tags:
                lex.first_names.add(lemma)
            if "Nachname" in tags:
                lex.surnames.add(lemma)
            if "Toponym" in tags:
                lex.toponyms.update(forms)
            if "Eigenname" in tags:
                lex.proper.update(forms)
    lex.stop = {w.lower() for w in _DE_STOP_WORDS} | EXTRA_STOP
    return lex
