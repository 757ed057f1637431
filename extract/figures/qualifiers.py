"""Qualifiers: how the true amount relates to the number written.

    =   exact or unqualified ("500 officers", "exactly", "genau")
    ~   approximate, no side given: around, about, roughly, approximately, some, an
        estimated, close to, barely ... / rund, etwa, ungefähr, circa, ca., zirka,
        annähernd, schätzungsweise
    >   more than the number: more than, over, above, in excess of, upwards of, well
        over, just over, more than ... / mehr als, über, gut, weit über
    >=  at least: at least, a minimum of, or more, N+ / mindestens, wenigstens, oder mehr
    <   less than the number: fewer than, less than, under, below, almost, nearly, just
        under, short of / weniger als, unter, knapp, fast, beinahe, nahezu
    <=  at most: up to, as many as, as high as, at most, no more than, a maximum of / bis zu,
        höchstens, maximal

"almost", "nearly", "knapp", "fast" say the amount falls just short of the number, so
they read as "<" (not "~"): "almost 4,500 square kilometers" is below 4,500.

Bounds (Quantity.low / Quantity.high), None where open or unstated:
    =   low = high = value          ~   low = high = None
    >, >=  low = value, high None   <, <=  high = value, low None
    range "10,000 to 12,000": low 10,000, high 12,000, value = low, qualifier ">="
    (or "~" when the range itself is hedged: "around 10,000 to 12,000")
    vague "thousands": low 1,000, high 10,000, value = low, qualifier ">="
"""

from __future__ import annotations

import re

from extract.figures.units import COUNT_NOUNS

# Verbs saying a count is above the number after them: "Russian losses now exceed 38,000"
EXCEEDING = ("exceeding", "exceed", "exceeds", "exceeded", "surpasses", "surpassed", "tops", "topped",
             "übersteigen", "übersteigt", "überstiegen")
_BEFORE = {
    "=": ("exactly", "precisely", "just", "only", "a total of", "total of", "genau", "exakt",
          "insgesamt", "nur", "lediglich"),
    "~": ("around", "about", "roughly", "approximately", "approx.", "approx", "some",
          "an estimated", "estimated", "est.", "close to", "nearly about", "barely", "circa",
          "ca.", "c.", "rund", "etwa", "ungefähr", "zirka", "annähernd", "schätzungsweise",
          "geschätzt", "geschätzte", "geschätzten", "in etwa", "gut und gerne", "~", "≈",
          "an average of", "average of", "on average", "durchschnittlich", "im schnitt"),
    ">": ("more than", "over", "above", "in excess of", "upwards of", "well over", "just over",
          "well above", "more then", "over than", "greater than", "beyond", *EXCEEDING,
          "mehr als", "über", "gut", "weit über", "knapp über", "jenseits von", ">"),
    ">=": ("at least", "a minimum of", "minimum of", "no fewer than", "no less than",
           "not less than", "mindestens", "wenigstens", "nicht weniger als", "≥", ">="),
    "<": ("fewer than", "less than", "under", "below", "almost", "nearly", "just under",
          "just below", "short of", "just short of", "shy of", "not quite", "weniger als",
          "unter", "knapp", "knapp unter", "fast", "beinahe", "nahezu", "sub-", "<"),
    "<=": ("up to", "as many as", "as much as", "as high as", "at most", "no more than", "not more than",
           "a maximum of", "maximum of", "a max of", "bis zu", "höchstens", "maximal",
           "nicht mehr als", "≤", "<="),
}
_PHRASE_TO_QUALIFIER = {p: q for q, phrases in _BEFORE.items() for p in phrases}


def _phrase_pattern(p: str) -> str:
    pat = re.escape(p).replace(r"\ ", r"\s+")
    if p[0].isalpha():
        pat = r"\b" + pat
    return pat


# Matched against the text just before a number (its currency sign excluded), anchored at
# the end: "... the more than " -> ">".
BEFORE_RE = re.compile(
    r"(?i)(?P<q>"
    + "|".join(_phrase_pattern(p) for p in sorted(_PHRASE_TO_QUALIFIER, key=len, reverse=True))
    + r")\s*$"
)

# Written after the figure: "10,000 or more", "10,000+", "or so", "oder mehr", "und mehr".
AFTER_RE = re.compile(
    r"(?i)^(?:\s*(?P<plus>\+)(?!\d)|\s+(?P<phrase>or\s+more|or\s+so|and\s+more|and\s+up"
    r"|oder\s+mehr|und\s+mehr|at\s+most|at\s+least|odd|plus)\b)"
)
_AFTER_TO_QUALIFIER = {
    "+": ">=", "or more": ">=", "and more": ">=", "and up": ">=", "oder mehr": ">=",
    "und mehr": ">=", "or so": "~", "odd": ">", "plus": ">", "at most": "<=",
    "at least": ">=",
}


# "revised its estimate up to 3,000": the particle of a verb that changed the figure, and "to"
# the new value, not "at most"
_CHANGED_UP = re.compile(
    r"(?i)\b(?:rais|revis|adjust|push|bump|ratchet|hik|boost)\w*"
    r"(?:\s+(?:its|their|the|his|her|this|that)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:{COUNT_NOUNS}|forecasts?|projections?))?\s*$")


# ... and "about" the preposition of a topic, not an estimate: "we are talking about millions of shells"
_ABOUT_A_TOPIC = re.compile(r"(?i)\b(?:talk|talks|talked|talking|speak|speaks|speaking|spoke|know|knows|knew|worried"
                            r"|worry|worries|asked|ask|asking|think|thinking|thought|care|cares|heard|hear)\s*$")


# ... and German "über" after a report: "Berichte über 3.000 Tote" are about 3,000, not above
_UBER_A_TOPIC = re.compile(r"(?i)\b(?:berichte?n?|meldung(?:en)?|angaben|informationen|gerüchten?|spekulationen"
                           r"|nachrichten?|hinweise?n?|vorwürfen?|darstellung(?:en)?|debatte)\s*$")


# ... but for a source's: "Laut Berichten über 10.000 …", "Nach ukrainischen Angaben über 3.000 …" (a
# bare "Nach Berichten über 10.000 …" is after them)
_AS_A_SOURCE = re.compile(r"(?i)\b(?:(?:laut|gemäß|gemäss)\s+(?:[\w-]+\s+){0,3}|nach\s+(?:[\w-]+\s+){1,3})[\w-]+\s*$")


def qualifier_before(preceding_text: str) -> tuple[str, int] | None:
    """The qualifier that ends the text before a number, and where it starts."""
    m = BEFORE_RE.search(preceding_text[-40:])
    if not m:
        return None
    phrase = re.sub(r"\s+", " ", m.group("q").lower())
    offset = len(preceding_text) - len(preceding_text[-40:]) + m.start("q")
    if phrase == "up to" and _CHANGED_UP.search(preceding_text[:offset]):
        return None
    if phrase == "about" and _ABOUT_A_TOPIC.search(preceding_text[:offset]) \
            or phrase == "über" and _UBER_A_TOPIC.search(preceding_text[:offset]) \
            and not _AS_A_SOURCE.search(preceding_text[:offset]):
        return None
    return _PHRASE_TO_QUALIFIER[phrase], offset


def qualifier_after(following_text: str) -> tuple[str, int] | None:
    """The qualifier right after a figure, and how many characters it covers."""
    m = AFTER_RE.match(following_text)
    if not m:
        return None
    key = "+" if m.group("plus") else re.sub(r"\s+", " ", m.group("phrase").lower())
    return _AFTER_TO_QUALIFIER[key], m.end()


def bounds(qualifier: str, value: float) -> tuple[float | None, float | None]:
    """(low, high) for a single number under a qualifier (see module docstring)."""
    if qualifier == "=":
        return value, value
    if qualifier in (">", ">="):
        return value, None
    if qualifier in ("<", "<="):
        return None, value
    return None, None
