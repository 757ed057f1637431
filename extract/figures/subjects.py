"""Whose figure it is: the country or body behind "North Korean soldiers", "Pyongyang's
forces", "nordkoreanische Soldaten", "Soldaten aus Nordkorea".

Entity mentions from extract.entities win when one covers the words; this small lexicon
is the fallback. Ids are Wikidata QIDs, the ids the entities stage uses.
"""

from __future__ import annotations

import re

# QID -> name forms: country, capital/government metonyms, English demonyms, German
# adjective stems (any inflection: "nordkoreanische", "nordkoreanischen", ...).
_SUBJECTS = {
    "Q423": ("North Korea", "North Korean", "N. Korea", "N. Korean", "DPRK", "Pyongyang",
             "Nordkorea", "nordkoreanisch", "Nordkoreaner", "Kim Jong Un", "Kim Jong-un"),
    "Q159": ("Russia", "Russian", "Russians", "Moscow", "Kremlin", "Russland", "russisch",
             "Russen", "Moskau", "Kreml", "Putin"),
    "Q212": ("Ukraine", "Ukrainian", "Ukrainians", "Kyiv", "Kiev", "ukrainisch", "Ukrainer",
             "Kiew", "Zelensky", "Zelenskyy", "Selenskyj"),
    "Q30": ("United States", "U.S.", "US", "USA", "America", "American", "Americans",
            "Washington", "Pentagon", "Vereinigte Staaten", "Vereinigten Staaten",
            "amerikanisch", "Amerikaner", "US-amerikanisch"),
    "Q884": ("South Korea", "South Korean", "S. Korea", "Seoul", "Südkorea", "südkoreanisch",
             "Südkoreaner"),
    "Q148": ("China", "Chinese", "Beijing", "Peking", "chinesisch", "Chinesen"),
    "Q794": ("Iran", "Iranian", "Tehran", "Teheran", "iranisch"),
    "Q184": ("Belarus", "Belarusian", "Minsk", "Belarussisch", "belarussisch", "Weißrussland"),
    "Q183": ("Germany", "German", "Berlin", "Deutschland", "deutsch", "Bundeswehr"),
    "Q145": ("United Kingdom", "Britain", "British", "UK", "London", "Großbritannien", "britisch"),
    "Q7184": ("NATO", "Nato"),
    "Q458": ("European Union", "EU", "Europäische Union"),
}

_FORMS = sorted(((form, qid) for qid, forms in _SUBJECTS.items() for form in forms),
                key=lambda fq: len(fq[0]), reverse=True)
_FORM_TO_QID = {f.lower(): q for f, q in _FORMS}
# A German adjective stem takes endings ("russische", "nordkoreanischen"), a people noun
# the dative plural "-n" ("Nordkoreanern"); other forms may carry a possessive
# ("Russia's", "Russlands", "Nordkoreas").
SUBJECT_RE = re.compile(
    r"(?<![\w-])(?P<form>"
    + "|".join(
        (f"[{f[0].upper()}{f[0]}]" + re.escape(f[1:]) + r"(?:e|en|er|es|em)?"
         if f.endswith("isch") else re.escape(f) + ("n?" if f.endswith("aner") or f.endswith("ainer") else ""))
        for f, _ in _FORMS
    )
    + r")(?:['’]s|s)?(?![\w-])"
)
_CASE_SENSITIVE = {"US", "UK", "EU", "USA", "NATO"}


# "the North" / "the South" name the two Koreas in a sentence that speaks of Korea:
# "The United States and South Korea have accused the North of sending 10,000 soldiers".
_KOREAN_CONTEXT_RE = re.compile(r"Korea|DPRK|Pyongyang|Seoul|Pjöngjang")
_RELATIVE_RE = re.compile(
    r"\b(?:[Tt]he\s+(?P<en>North|South)|(?:[Dd]er|[Dd]en|[Dd]em|[Dd]es)\s+(?P<de>Nordens?|Südens?))\b"
)


def subject_in(text: str, sentence: str = "") -> str | None:
    """The QID of the first country/body named in a short stretch of text (sentence: the
    whole sentence, which tells whether "the North" is North Korea)."""
    for m in SUBJECT_RE.finditer(text):
        qid = _qid(m.group("form"))
        if qid:
            return qid
    rel = _RELATIVE_RE.search(text)
    if rel and _KOREAN_CONTEXT_RE.search(sentence):
        return "Q423" if (rel.group("en") or rel.group("de")).startswith("N") else "Q884"
    return None


def subject_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the country/body names in a short stretch of text."""
    return [m.span() for m in SUBJECT_RE.finditer(text) if _qid(m.group("form"))]


def _qid(form: str) -> str | None:
    key = form.lower()
    if key not in _FORM_TO_QID and key.endswith("ern") and key[:-1] in _FORM_TO_QID:
        return _FORM_TO_QID[key[:-1]]  # German dative plural: "Nordkoreanern", "Ukrainern"
    if key not in _FORM_TO_QID:  # inflected German adjective
        key = re.sub(r"(?:e|en|er|es|em)$", "", key)
    return _FORM_TO_QID.get(key)


def is_subject_word(word: str) -> bool:
    """True for a demonym/country word that names a subject ("North", "Korean", "russische")."""
    return subject_in(word) is not None
