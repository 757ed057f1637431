"""Reading numbers as news writes them, in English and German.

Digits: the separator convention follows the article's language. English reads
"10,000" as ten thousand and "1.5" as one and a half; German reads "10.000" as ten
thousand and "2,5" as two and a half. A separator followed by exactly three digits is a
thousands separator in the language's convention, and either mark before "000" is one
(translated texts mix conventions); anything else is a decimal mark.
Repeated separators ("1.000.000", "1,000,000") and mixed ones ("1,234.5", "1.234,5")
are unambiguous in either language. Thin/no-break/plain spaces between groups of three
("10 000") group thousands in both languages, and so does the Swiss apostrophe ("11'000").

Words: English "ten thousand", "twenty-five", "a dozen", "4 hundred million"; German
compounds "zehntausend", "einundzwanzig", "zweihundertfünfzig". Scale words multiply:
thousand, million, billion, bn, Mio., Mrd., Millionen, Milliarden. German "Billion" is
10**12 (long scale), English "billion" 10**9.

Vague amounts ("thousands", "Dutzende", "tens of thousands") are read as an order of
magnitude [S, 10*S] where S is the scale word (dozen = 12, so "dozens" = [12, 120]).
This is the convention of the NewsQuant/CQE gold data, so figures stay comparable with
the benchmark; the figure's value is the low bound and its qualifier ">=".
"""

from __future__ import annotations

import re

# --- digits -----------------------------------------------------------------------------

# A run of digits and separators; parse_digits decides what the separators mean.
DIGITS = r"(?:\d+(?:[.,]\d+)*|\.\d+)"
# Marks that group thousands in both languages: spaces, and the Swiss apostrophe ("11'000").
_GROUP_MARKS = "[ \u00a0\u202f'\u2019]"
# A group glued to a unit is a number of its own: "50 170mm guns", "50 170-mm-Haubitzen"
# are fifty guns of 170 mm ("10 000-strong" stays ten thousand).
SPACE_GROUPED = r"\d{1,3}(?:" + _GROUP_MARKS + r"\d{3})+(?![\d.,]\d)(?![^\W\d_])(?!-mm\b)"

_GROUPS_OF_THREE = re.compile(r"^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$")


def parse_digits(raw: str, language: str) -> float | None:
    """The value of a digit string like '10,000', '10.000', '2,5', '10 000'; None if malformed."""
    s = re.sub(_GROUP_MARKS, "", raw)
    if s.startswith("."):
        s = "0" + s
    seps = [c for c in s if c in ".,"]
    if not seps:
        return float(s)
    if "." in seps and "," in seps:
        dec = s[max(s.rfind("."), s.rfind(","))]
        thou = "," if dec == "." else "."
        int_part, _, frac = s.rpartition(dec)
        if not _GROUPS_OF_THREE.match(int_part) and thou in int_part:
            return None
        return float(int_part.replace(thou, "") + "." + frac)
    sep = seps[0]
    if len(seps) > 1:  # "1.000.000" / "1,000,000": thousands in any language
        return float(s.replace(sep, "")) if _GROUPS_OF_THREE.match(s) else None
    int_part, frac = s.split(sep)
    thousands_sep = "," if language != "de" else "."
    # "000" after either mark is a thousands group: no news figure has three zero decimals
    # ("2,000 Soldaten" in a translated German text is two thousand).
    grouped = sep == thousands_sep or frac == "000"
    if grouped and len(frac) == 3 and len(int_part) <= 3 and int_part != "0":
        return float(int_part + frac)
    return float(int_part + "." + frac)


def has_grouping(raw: str, language: str) -> bool:
    """True when the digits carry a thousands separator (so they are no year or identifier)."""
    if re.search(_GROUP_MARKS, raw):
        return True
    seps = [c for c in raw if c in ".,"]
    if len(seps) > 1:
        return True
    if len(seps) == 1:
        int_part, frac = raw.split(seps[0])
        thousands_sep = "," if language != "de" else "."
        return (seps[0] == thousands_sep or frac == "000") and len(frac) == 3 and len(int_part) <= 3
    return False


# --- scale words ------------------------------------------------------------------------

# Written after a number: "1.5 million", "2,5 Mio.", "$13.6M", "PS2.7m" (m only after money).
SCALES_EN = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
}
SCALES_DE = {
    "hundert": 1e2, "tausend": 1e3, "tsd.": 1e3, "tsd": 1e3, "dutzend": 12,  # "ein Dutzend", "zwei Dutzend"
    "million": 1e6, "millionen": 1e6, "mio.": 1e6, "mio": 1e6,
    "milliarde": 1e9, "milliarden": 1e9, "mrd.": 1e9, "mrd": 1e9,
    "billion": 1e12, "billionen": 1e12, "bio.": 1e12,
}
# Single letters that scale only when the number is money ("$10m", "$5bn", "€3k").
SCALES_MONEY_LETTER = {"m": 1e6, "b": 1e9, "k": 1e3, "M": 1e6, "B": 1e9, "K": 1e3}


def scale_value(word: str, language: str) -> float | None:
    w = word.lower()
    if w.endswith("s") and w[:-1] in SCALES_EN:  # "millions" after a digit is rare but seen
        w = w[:-1]
    table = SCALES_DE if language == "de" else SCALES_EN
    if w in table:
        return table[w]
    # German text quotes English figures and vice versa often enough (translations).
    other = SCALES_EN if language == "de" else SCALES_DE
    if w in other and not (language != "de" and w == "billion"):
        return other[w]
    return None


_SCALE_WORDS = sorted(set(SCALES_EN) | set(SCALES_DE) | {"millions", "billions", "thousands"},
                      key=len, reverse=True)
SCALE_RE = "|".join(re.escape(w) for w in _SCALE_WORDS)

# --- English number words ---------------------------------------------------------------

EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
EN_MULT = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

_EN_SIMPLE = "|".join(sorted(list(EN_UNITS) + list(EN_TENS), key=len, reverse=True))
_EN_ATOM = rf"(?:(?:{'|'.join(EN_TENS)})-(?:{'|'.join(k for k in EN_UNITS if 0 < EN_UNITS[k] < 10)})|{_EN_SIMPLE})"
_EN_MULT = "hundred|thousand|million|billion|trillion"
# "two", "twenty-five", "a hundred", "three thousand five hundred", "one hundred and ten",
# "a dozen", "half a million"
_EN_SEQ = rf"(?:[\s-]+(?:and\s+)?(?:{_EN_ATOM}|{_EN_MULT})\b)*"
EN_WORD_NUMBER = (
    rf"\b(?:half\s+a\s+(?:{_EN_MULT})"
    rf"|an?\s+dozen"
    rf"|an?\s+(?:{_EN_MULT}){_EN_SEQ}"
    rf"|{_EN_ATOM}{_EN_SEQ})"
    r"\b"
)


def parse_en_words(phrase: str) -> float | None:
    """'three thousand five hundred' -> 3500; None when there is no number in it ('a')."""
    words = [w for w in re.split(r"[\s-]+", phrase.lower()) if w and w != "and"]
    if not words:  # "and", "-": reached from _number_before on any word before a figure
        return None
    if words[:2] == ["half", "a"] and len(words) == 3:
        return EN_MULT[words[2]] / 2
    if words[-1] == "dozen":
        return 12.0 * (1 if words[0] in ("a", "an") else EN_UNITS.get(words[0], 1))
    total = 0.0
    current = 0.0
    seen_number = False
    for w in words:
        if w in ("a", "an"):
            current = 1
        elif w in EN_UNITS:
            current += EN_UNITS[w]
            seen_number = True
        elif w in EN_TENS:
            current += EN_TENS[w]
            seen_number = True
        elif w == "hundred":
            current = (current or 1) * 100
            seen_number = True
        elif w in EN_MULT:
            total += (current or 1) * EN_MULT[w]
            current = 0
            seen_number = True
        else:
            return None
    return total + current if seen_number else None


# --- German number words ----------------------------------------------------------------

DE_MORPHEMES = {
    "null": 0, "eins": 1, "ein": 1, "eine": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4,
    "fünf": 5, "sechs": 6, "sieben": 7, "sieb": 7, "acht": 8, "neun": 9, "zehn": 10,
    "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16,
    "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30,
    "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
    "hundert": 100, "tausend": 1000, "und": 0,
}
_DE_MORPH_RE = "|".join(sorted(DE_MORPHEMES, key=len, reverse=True))
# Whole words made only of number morphemes; "ein"/"eine" alone are articles and are
# filtered by the caller (they count only before a scale word: "eine Million").
DE_WORD_NUMBER = rf"\b(?:{_DE_MORPH_RE})+(?:e[mnrs]?)?\b"
_DE_SPLIT = re.compile(_DE_MORPH_RE)


def parse_de_words(word: str) -> float | None:
    """'zehntausend' -> 10000, 'einundzwanzig' -> 21, 'zweihundertfünfzig' -> 250."""
    w = word.lower()
    if w in ("ein", "eine", "einen", "einem", "einer", "eines"):
        return 1.0
    if w in ("sieben",):
        return 7.0
    if w in ("zweier", "dreier"):
        return 2.0 if w == "zweier" else 3.0  # the genitive: "die Einnahme zweier Dörfer" (not "achten": the 8th)
    parts = _DE_SPLIT.findall(w)
    if "".join(parts) != w:
        return None
    total = 0.0
    current = 0.0
    for p in parts:
        v = DE_MORPHEMES[p]
        if p == "hundert":
            current = (current or 1) * 100
        elif p == "tausend":
            total += (current or 1) * 1000
            current = 0
        else:
            current += v
    value = total + current
    return value if (value or w == "null") else None


# --- vague amounts ----------------------------------------------------------------------

VAGUE_EN = (
    r"\b(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)"
    r"|(?:several|a\s+few|a\s+couple\s+of|some|many)\s+(?:dozen|hundred|thousand|million|billion)"
    r"|dozens|hundreds|thousands|millions|billions|trillions)\b"
)
VAGUE_DE = (
    r"\b(?:[Zz]ehntausenden?|[Hh]underttausenden?|[Dd]utzenden?|[Hh]underten?|[Tt]ausenden?"  # ("von Hunderten")
    r"|(?i:mehrere[nr]?|einige[nr]?|ein\s+paar|viele[nr]?)\s+(?:[Dd]utzend|[Hh]undert|[Tt]ausend|Millionen|Milliarden)"
    r"|Millionen|Milliarden)\b"
)


def parse_vague(phrase: str) -> tuple[float, float]:
    """The [low, high] order-of-magnitude bounds of a vague amount (see module docstring)."""
    p = phrase.lower()
    bases = [
        ("dutzend", 12), ("dozen", 12), ("hunderttausend", 1e5), ("zehntausend", 1e4),
        ("hundert", 100), ("tausend", 1e3), ("hundred", 100), ("thousand", 1e3),
        ("milliard", 1e9), ("trillion", 1e12), ("billion", 1e9), ("million", 1e6),
    ]
    base = next(v for k, v in bases if k in p)
    if p.startswith("tens of"):
        base *= 10
    elif p.startswith("hundreds of"):
        base *= 100
    return float(base), float(base * 10)


# --- fractions --------------------------------------------------------------------------

_FRACTION_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                        "nine": 9, "ein": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4}
_FRACTION_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10,
                          "hälfte": 2, "drittel": 3, "viertel": 4, "fünftel": 5, "zehntel": 10}
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "one": 1}
# "two-thirds of", "a third of", "half of", "1/16 of", "one in three", "one out of five",
# "zwei Drittel", "die Hälfte"; "the first half of 2024" is no fraction of anything.
FRACTION_EN = (
    r"(?i)(?<![\w/])(?:(?P<num>a|an|one|two|three|four|five|nine)[\s-]+)?"
    r"(?P<den>half|thirds?|quarters?|fifths?|tenths?)(?=\s+of\b)"
    r"|(?<![\w/.,])(?P<dn>\d{1,3})\s?[/⁄](?P<dd>\d{1,4})(?=\s+(?:of|a|an)\b)"
    r"|\b(?P<rn>one|two|three|\d{1,2})\s+(?:out\s+of|in)\s+(?:every\s+)?"
    r"(?P<rd>two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b"
)
FRACTION_DE = (
    r"(?<![\w/])(?:(?P<num>[Ee]in|[Ee]ine|[Zz]wei|[Dd]rei|[Vv]ier)\s+)?"
    r"(?P<den>Drittel|Viertel|Fünftel|Zehntel)\b"
    r"|\b(?:[Dd]ie|[Dd]er)\s+(?P<den2>Hälfte)\b"
)


def fraction_value(m) -> float | None:
    """The value of a FRACTION_EN / FRACTION_DE match."""
    g = m.groupdict()
    if g.get("dn"):
        return int(g["dn"]) / int(g["dd"]) if int(g["dd"]) else None
    if g.get("rn"):
        a, b = (int(x) if x.isdigit() else _SMALL[x.lower()] for x in (g["rn"], g["rd"]))
        return a / b if 0 < a < b else None
    den_word = (g.get("den") or g.get("den2") or "").lower().rstrip("s")
    den = _FRACTION_DENOMINATORS.get(den_word)
    if den is None:
        return None
    num = _FRACTION_NUMERATORS.get((g.get("num") or "one").lower(), 1)
    return num / den
