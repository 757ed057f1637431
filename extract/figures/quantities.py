"""Find the figures of a document: numbers with their qualifier, unit, metric and subject.

Per sentence: (1) find number mentions (digits with currency sign and scale words,
number words, fractions, vague amounts); (2) read the unit after each number (a lexicon
unit, else the counted noun: the tagged noun phrase in English, the capitalised noun in
German) and drop non-figures (dates, years, clock times, ages, identifiers, page
furniture); (3) join "A to B", "A-B", "between A and B", "from A ... to B" into ranges;
(4) read qualifiers; (5) classify the metric from the unit and the casualty words of the
figure's clause; (6) find whose figure it is: entity mentions or the subjects lexicon in
the counted phrase ("North Korean soldiers"), after it ("soldiers from North Korea"),
before it ("Pyongyang's 10,000 troops"), the subject of a sending, losing or capturing
verb ("Pyongyang has sent thousands of troops"), or the whole a listed part belongs to
("12,000, including 500 officers").

A Quantity's text runs from its qualifier (or "between"/"from") to the end of its unit
words: "more than 10,000 North Korean soldiers", "zwischen 10.000 und 12.000 Soldaten".
Years: English writes counts from 1,000 with a separator, so a bare four-digit 1500-2200
is a year unless a unit of measurement follows ("1520 sq m"); German writes "2000
Soldaten", so there a counted noun keeps it unless a year word ("im", "seit") precedes.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from extract.attribution.quotes import CLOSING_MARKS, OPENING_MARKS
from extract.datelines import dateline_end
from extract.entities import acts_for
from extract.entities.gazetteer import gazetteer
from extract.entities.resolve import INFORMATION_NOUNS, UNKNOWN_PREFIX, names_a_source
from extract.figures import numbers as nb
from extract.figures import qualifiers as ql
from extract.figures import subjects as sj
from extract.figures import units as un
from extract.figures.nonfigures import ID_WORDS, YEAR_CUES, non_figure_spans
from extract.models import PERIODS, EntityMention, Quantity, Sentence

# --- patterns ---------------------------------------------------------------------------

_NUMBER_RE = re.compile(rf"(?<![\d])(?<![\d][.,])(?:{nb.SPACE_GROUPED}|{nb.DIGITS})")
_MARKUP_BEFORE_RE = re.compile(r"(?:[=#@_/\\]|=[\"'])$")
_SIGN_BEFORE_RE = re.compile(r"(?:(?<![\w-])[-−]|\bminus[\s-]|\bmin\.\s)$", re.I)
_SCALE_AFTER_RE = re.compile(
    # an abbreviation's full stop ("5 bn."), not a sentence's after a word ("$10.7 billion.")
    rf"(?i)(?:[ \u00a0-]*(?P<w>{nb.SCALE_RE})(?![\wäöü])(?:(?-i:(?<![a-zäöü]{{4}}))\.)?){{1,2}}"
)
_SCALE_WORD_RE = re.compile(rf"(?i)(?<![\wäöü])({nb.SCALE_RE})(?![\wäöü])")
_MONEY_LETTER_RE = re.compile(r"(?P<l>[mbkMBK])(?:n|ln)?(?![A-Za-z])")
_TRAILING_US_RE = re.compile(r"\s?(?:US|U\.S\.)(?![A-Za-z])")
_EN_WORDS_RE = re.compile(nb.EN_WORD_NUMBER, re.I)
_DE_WORDS_RE = re.compile(nb.DE_WORD_NUMBER, re.I)
_FRACTION_RE = {"en": re.compile(nb.FRACTION_EN), "de": re.compile(nb.FRACTION_DE)}
_VAGUE_RE = {"en": re.compile(nb.VAGUE_EN, re.I), "de": re.compile(nb.VAGUE_DE)}
# "thousands of troops", "a third of the", "Tausende von", "zwei Drittel der"
_OF_RE = re.compile(r"^\s+(?:(?:of|von)\s+(?:the\s+|an?\s+|der\s+|die\s+|den\s+)?|der\s+|des\s+|aller\s+)",
                    re.I)
# German counted noun: up to two inflected adjectives, then a capitalised noun
# ("600.000 russische Soldaten"); verbs and articles in between end the phrase.
_DE_NOT_ADJ = (r"(?!(?:der|die|das|den|dem|des|einer|eines|einem|einen|wurden|werden|worden"
               r"|seien|waren|wären|haben|hatten|hätten|würden|sollen|sollten|können|konnten"
               r"|oder|aber|über|unter|wieder|weiter|bereits|insgesamt|jeweils)\b)")
_DE_NP_RE = re.compile(
    # a calibre before the noun names the kind of gun: "50 170-mm-Haubitzen"
    # adjectives may be coordinated: "3000 getöteten oder verwundeten Soldaten"
    rf"^[ \u00a0]*(?:\d+-?mm-?[ \u00a0]*)?(?P<adjs>(?:{_DE_NOT_ADJ}[a-zäöüß][\wäöüß-]*(?:e|en|er|es|em)[ \u00a0]+"
    rf"(?:(?:und|oder)[ \u00a0]+)?){{0,3}})"
    r"(?P<noun>[A-ZÄÖÜ][\wäöüßÄÖÜ-]*)"
)
_RANGE_GAP_RE = re.compile(r"^\s*(?:–|—|-|to-?|-to-|bis|and|und|or|oder)\s*$", re.I)
# "from A <a few words> to B": the words say when or where, the figures still run from A to B
_FROM_TO_GAP_RE = re.compile(r"(?i)\s[^,;:()\[\]]{0,45}?\s(?:to|bis)\s+")
_RANGE_OPENER_RE = re.compile(r"(?i)\b(?:between|zwischen|from|von)\s+$")
_WORD_RE = re.compile(r"[\w.'’-]+$")
_KILL_RE = re.compile(
    r"(?i)\b(?:kill\w*|dead|died|dies|dying|deaths?|death\s+toll|fatalit\w+|lost\s+their\s+lives"
    r"|getötet\w*|tot|tote[n]?|todesopfer|gestorben|starben|ums\s+leben|gefallen\w*|umgekommen"
    # the Ukrainian General Staff's word, and its translations: "1,530 soldiers were liquidated"
    r"|liquidat\w*|liquidiert\w*|eliminat\w*|eliminiert\w*"
    # the tabloid's words: "200 troops were cut down", "Hundreds … 'WIPED OUT'" (not "cut
    # down the number to 2,000")
    r"|(?:were|was|been|being|are|is)\s+(?:\w+\s+)?(?:cut|mown|mowed)\s+down(?!\s+to\b)|(?:cut|mowed)\s+down(?=\s+\d)"
    r"|wiped\s+out|slaughtered|massacred)\b"
)
_WOUND_RE = re.compile(
    r"(?i)\b(?:wounded|injur\w*|hurt|verwundet\w*|verletzt\w*|verwundete[n]?|verletzte[n]?)\b"
)
_BOTH_RE = re.compile(
    r"(?i)\b(?:killed|dead)\s+(?:or|and|and/or)\s+(?:wounded|injured)\b"
    r"|\b(?:wounded|injured)\s+(?:or|and)\s+killed\b"
    r"|\b(?:getötet\w*|tote[nr]?|tot|gefallen\w*)\s+(?:oder|und)\s+(?:verwundet|verletzt)"
    r"|\b(?:verwundet\w*|verletzt\w*)\s+(?:oder|und)\s+(?:getötet|tot)"
    r"|\bTote\s+(?:und|oder)\s+Verletzte|\bTote\s+(?:und|oder)\s+Verwundete"
)
_CASUALTY_RE = re.compile(
    r"(?i)\b(?:casualt\w+|losses|los[et]s?(?!\s+their\s+lives)|losing|verluste\w*|ausfälle"
    r"|verlor(?:en)?|verlier(?:t|en))\b"
)
# Losses a figure is sent to make up for are not what it counts: "8,000 soldiers to replenish
# losses", "um die Verluste auszugleichen"
_MAKING_UP_FOR = re.compile(
    r"(?i)\b(?:replenish\w*|replac\w+|mak\w+\s+up\s+for|compensat\w+\s+for|offset\w*)\s+(?:[\w'’]+\s+){0,3}?"
    r"(?:losses|casualties)\b|\b(?:Verluste|Ausfälle)\s+(?:\w+\s+){0,2}?(?:auszugleichen|ausgleichen|zu\s+ersetzen"
    r"|ersetzen|aufzufüllen|auffüllen)\b")
_OF_THE_LOSSES = re.compile(r"\s+(?:of|von)\s+(?:[\w-]+\s+){0,3}$")
_SANCTION_RE = re.compile(r"(?i)\bsanction\w*|\bsanktion\w*")
_MONEY_CONTEXT_RE = re.compile(
    r"(?i)^\s+(?:in|of|an|für)\s+(?:\w+\s+)?(?:aid|funding|loans?|revenue|debt|investment|"
    r"budget|assistance|damages?|profits?|sales|hilfe\w*|militärhilfe|finanzhilfe\w*)\b"
)

_FURNITURE_AFTER_RE = re.compile(
    r"(?i)\s*(?:" + "|".join(re.escape(w) for w in sorted(un.FURNITURE_NOUNS, key=len, reverse=True))
    + r")\b"
)
_DURATION_UNITS = {"year", "month", "week", "day", "hour", "minute", "second", "decade"}

# Words that end a counted noun phrase, or cannot start one ("12 last year").
_NP_STOP = {"of", "percent", "less", "such", "least", "most", "per"}
# Words a counted phrase may start with that say nothing about what is counted.
_NP_SKIP = {"more", "additional", "further", "extra", "other", "weitere", "zusätzliche"}
_TEMPORAL = {"last", "next", "this", "previous", "past", "earlier", "later", "each", "every",
             "same", "ago"}
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "today", "yesterday", "tomorrow", "tonight"}
_GLUED_OK = {"minus-", "sub-", "to-", "and-", "or-", "bis-", "und-", "over-", "under-"}
_NON_UNIT_NOUNS = {"time", "times", "way", "day", "thing", "another", "other", "others"}
# "the 7,000-strong contingent": the number counts soldiers.
_FORCES = r"(?:contingent|force|army|unit|division|brigade|battalion|detachment|corps|deployment|group)s?\b"
_STRONG_FORCE = re.compile(rf"[-‐ ]strong (?:[A-Za-z-]+ ){{0,3}}?{_FORCES}")
# A figure opening a line, before a colon: the label of what follows ("- 10,000-12,000: North
# Korean troops in Russia", "Up to 200: North Koreans killed")
_BULLET_FIGURE = re.compile(r"[\s\-–•*·]*(?:(?:up to|about|around|more than|over|at least|some|nearly|almost)\s+)?"
                            r"(?:[\d.,]+\s*[-–]\s*)?$", re.I)
_LABEL_COLON = re.compile(r":[ \t]+")
# ... and so does "the contingent is 11,000 strong", a force named before it in the clause
_STRONG_CLOSING = re.compile(r" strong\b(?=\s*(?:[.,;:!?]|$))")
_FORCE_BEFORE = re.compile(rf"(?i)\b{_FORCES}(?:[^.;,]|(?<=\d)[.,](?=\d))*$")
# "13,000 containers of ammunition" counts ammunition: the measure noun takes the metric of
# what it holds (unit "container of ammunition").
_CONTAINERS = {"container", "crate", "box", "shipment", "batch", "wagon", "truckload", "trainload",
               "carload", "pallet", "consignment"}
_PERSON_LOOKBACK = 110  # characters searched back for the noun of a bare "totals 12,000"


@dataclass
class _Mention:
    start: int  # of the number (incl. currency sign and minus), sentence-relative
    end: int  # after the number and its scale words
    value: float
    kind: str  # digits | words | vague | fraction | range
    raw: str
    grouped: bool = False
    scaled: bool = False
    currency: str | None = None
    high: float | None = None  # vague amounts and ranges
    unit: str | None = None
    unit_end: int | None = None  # end of the unit words, when any
    unit_words: str = ""  # the text of a counted noun phrase (for subjects)
    proper_only: bool = False  # followed by a proper name only ("575 Wilbraham Road")
    is_range: bool = False
    range_start: int | None = None
    parts: tuple = ()

    @property
    def stop(self) -> int:
        return self.unit_end if self.unit_end is not None else self.end


@dataclass
class _Figure:
    """A finished figure, offsets global (into the document text)."""

    start: int
    end: int
    value: float
    low: float | None
    high: float | None
    qualifier: str
    unit: str | None
    metric: str
    subject: str | None


# --- step 1: number mentions --------------------------------------------------------------


def _digit_mentions(s: str, lang: str) -> list[_Mention]:
    out = []
    for m in _NUMBER_RE.finditer(s):
        start, end, raw = m.start(), m.end(), m.group()
        value = nb.parse_digits(raw, lang)
        if value is None:
            continue
        before = s[:start]
        prev = before[-1:] if before else ""
        negative = False
        sm = _SIGN_BEFORE_RE.search(before)
        if sm and not (sm.group() in "-−" and sm.start() >= 1 and s[sm.start() - 1].isdigit()):
            if sm.group() in "-−" and sm.start() >= 1 and s[sm.start() - 1].isalpha():
                sm = None  # glued to a word: F-35, sub-7 (decided below)
        else:
            sm = None
        if sm:
            negative = True
            before = s[:sm.start()]  # "$-50.8bn": the currency stands before the sign
            start = sm.start()
        cur = None
        cm = un.CURRENCY_BEFORE_RE.search(before[-8:])
        if cm:
            cur_text = cm.group("cur").strip()
            cur = un.CURRENCY_PREFIXES.get(re.sub(r"\s+", " ", cur_text.lower()))
            if cur_text in ("PS", "RM") and not re.match(r"\d+[.,]\d|\d+\s*(?:m|bn|k)\b", s[m.start():]):
                cur = None  # "PS5" is a games console, "PS2.7m" a lost £
            if cur:
                start -= len(before[-8:]) - cm.start("cur")
                before = s[:start]
                if not negative:  # "-$50bn": the sign before the currency
                    sm2 = _SIGN_BEFORE_RE.search(before)
                    if sm2 and sm2.group() in "-−" and (sm2.start() == 0 or not s[sm2.start() - 1].isalnum()):
                        negative, start = True, sm2.start()
        if cur is None and not negative and (prev.isalpha() or _MARKUP_BEFORE_RE.search(before)):
            continue  # glued to letters or markup: G7, A2, iPhone11, timestamp="1474387200"
        if cur is None and not negative and prev and prev in "-‐" and len(before) >= 2 and before[-2].isalpha():
            if re.search(r"[A-Za-z]+-$", before).group().lower() not in _GLUED_OK:
                continue  # F-35, COVID-19, TA-35, last-32 (but "minus-5", "sub-7", "to-260,000")
        if negative:
            value = -value
        mention = _Mention(start, end, value, "digits", raw, grouped=nb.has_grouping(raw, lang),
                           currency=cur)
        # scale words: "1.5 million", "2,5 Mio.", "4 hundred million", "$13.6M"
        sc = _SCALE_AFTER_RE.match(s, end)
        if sc:
            factor = 1.0
            for w in _SCALE_WORD_RE.findall(sc.group()):
                f = nb.scale_value(w, lang)
                factor *= f or 1.0
            mention.value *= factor
            mention.end = sc.end()
            mention.scaled = True
        elif cur or lang == "en":
            ml = _MONEY_LETTER_RE.match(s, end)
            if ml and (cur or ml.group("l") in "MB"):
                mention.value *= nb.SCALES_MONEY_LETTER[ml.group("l")]
                mention.end = ml.end()
                mention.scaled = True
        out.append(mention)
    return out


def _word_mentions(s: str, lang: str, taken: list[tuple[int, int]]) -> list[_Mention]:
    out = []
    pattern = _DE_WORDS_RE if lang == "de" else _EN_WORDS_RE
    for m in pattern.finditer(s):
        if _overlaps(m.span(), taken):
            continue
        raw = m.group()
        value = nb.parse_de_words(raw) if lang == "de" else nb.parse_en_words(raw)
        if value is None:
            continue
        mention = _Mention(m.start(), m.end(), value, "words", raw)
        sc = _SCALE_AFTER_RE.match(s, m.end())
        if sc:
            for w in _SCALE_WORD_RE.findall(sc.group()):
                mention.value *= nb.scale_value(w, lang) or 1.0
            mention.end = sc.end()
            mention.scaled = True
        if lang == "de" and raw.lower().startswith("ein") and raw.lower() in (
                "ein", "eine", "einen", "einem", "einer", "eines", "eins") and not mention.scaled:
            continue  # an article, not a number
        if lang == "en" and raw.lower() in ("a", "an"):
            continue
        out.append(mention)
    return out


def _vague_mentions(s: str, lang: str, taken: list[tuple[int, int]]) -> list[_Mention]:
    out = []
    for m in _VAGUE_RE[lang].finditer(s):
        if _overlaps(m.span(), taken) or _number_before(s[:m.start()], lang):
            continue  # "zwei Millionen" is a scale word after a number, not a vague amount
        low, high = nb.parse_vague(m.group())
        out.append(_Mention(m.start(), m.end(), low, "vague", m.group(), high=high))
    return out


def _number_before(before: str, lang: str) -> bool:
    """True when the text before ends with a number: "2 ", "zwei ", "two "."""
    m = re.search(r"([\w.,]+)[ \u00a0]+$", before)
    if not m:
        return False
    word = m.group(1)
    if word[-1].isdigit():
        return True
    return (nb.parse_de_words(word) if lang == "de" else nb.parse_en_words(word)) is not None


def _fraction_mentions(s: str, lang: str) -> list[_Mention]:
    out = []
    for m in _FRACTION_RE[lang].finditer(s):
        if re.search(r"(?i)\b(?:the|first|second|final|last|top|bottom|other|opening|closing)\s+$",
                     s[:m.start()]) or (m.group().lower() == "half" and re.search(r"(?i)\b(?:a|one)\s+$", s[:m.start()])):
            continue  # "the second half of 2024", "the final third of the pitch"
        value = nb.fraction_value(m)
        if value is not None:
            out.append(_Mention(m.start(), m.end(), value, "fraction", m.group()))
    return out


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


# --- step 3: units ------------------------------------------------------------------------


class _Tokens:
    """Char offset -> token lookup for one Doc (built once per document)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text  # Doc.text rebuilds the string on every access
        self.starts = [t.idx for t in doc]

    def first_at(self, char: int) -> int:
        return bisect.bisect_left(self.starts, char)


def _suffix_unit(s: str, mention: _Mention) -> None:
    pos = mention.end
    if mention.currency:
        mention.unit = mention.currency
        tu = _TRAILING_US_RE.match(s, pos)
        if tu and mention.currency == "dollar":
            pos = tu.end()
        # "$10 per gram", "$3500 a month"
        pm = un.PER_RE.match(s, pos)
        if pm:
            mention.unit = f"{mention.unit} per {un.per_target(pm.group('per'))}"
            pos = pm.end()
        mention.unit_end = pos
        return
    um = un.SUFFIX_UNIT_RE.match(s, pos)
    if not um:
        return
    surface = um.group("unit")
    unit = un.normalise_suffix(surface)
    if unit == "pound-mass" and mention.scaled:
        unit = "pound sterling"  # "10 million pounds" is money
    if unit == "year" and mention.kind == "digits" and not mention.grouped and 1500 <= mention.value <= 2100:
        return
    if unit == "won" and mention.value < 1000 and not mention.scaled:
        return  # "12 won medals": the verb (an amount in won runs to thousands)
    pos = um.end()
    if unit in un.CURRENCY_UNITS:
        tu = _TRAILING_US_RE.match(s, pos)
        if tu and unit == "dollar":
            pos = tu.end()
    pm = un.PER_RE.match(s, pos)
    if pm and unit not in ("mile per hour", "kilometre per hour", "mile per gallon", "barrel per day"):
        unit = f"{unit} per {un.per_target(pm.group('per'))}"
        pos = pm.end()
    mention.unit = unit
    mention.unit_end = pos


def _calibre_end(doc, j: int) -> int | None:
    """Past "170mm" / "170-mm" at doc[j], a calibre naming the kind of gun counted."""
    k = j + 1
    if not doc[j].is_digit or doc[j].whitespace_ or k >= len(doc):
        return None
    if doc[k].text == "-" and not doc[k].whitespace_:
        k += 1
    return k + 1 if k < len(doc) and doc[k].lower_ == "mm" else None


def _noun_read_as_verb(t, picked: list) -> bool:
    """A plural noun the tagger took for a verb though the words before it modify it as a noun:
    "145 one-way attack drones" (drones/VBZ, attack a compound on it)."""
    return t.tag_ == "VBZ" and any(p.head == t and p.dep_ in ("compound", "amod") for p in picked)


def _noun_phrase_en(tokens: _Tokens, base: int, s: str, pos: int, sent_end: int
                    ) -> tuple[str | None, int, str, bool]:
    """(unit, end, words, proper_only) of the counted noun phrase starting at s[pos:]."""
    strong = _STRONG_FORCE.match(s, pos) or (_STRONG_CLOSING.match(s, pos) if _FORCE_BEFORE.search(s, 0, pos) else None)
    if strong:
        return "soldier", strong.end(), s[pos:strong.end()], False
    # ('"several hundred" North Korean troops': the quotation closes before the counted noun)
    gap = re.match(r"[”\"»]?[ \u00a0]*", s[pos:]).end()
    doc = tokens.doc
    i = tokens.first_at(base + pos + gap)
    if i >= len(doc) or doc[i].idx != base + pos + gap:
        return None, pos, "", False
    if doc[i].lower_ == "of" and i + 2 < len(doc) and doc[i + 1].lower_ in _PARTITIVE_DETERMINERS \
            and doc[i + 2].idx < sent_end:
        # a part of a counted whole counts what the whole does: "8,000 of the soldiers"
        unit, end, words, proper = _noun_phrase_en(tokens, base, s, doc[i + 2].idx - base, sent_end)
        if unit is not None:
            return unit, end, s[pos + gap : end], proper
        return None, pos, "", False
    picked: list = []
    j = i
    while j < len(doc) and doc[j].idx < sent_end and len(picked) < 7:
        t = doc[j]
        if (not picked or _is_participle(picked[-1])) and (calibre := _calibre_end(doc, j)) is not None:
            j = calibre  # "50 170mm self-propelled guns", "50 domestically produced 170mm guns" count guns
            continue
        glued = bool(picked) and not doc[j - 1].whitespace_
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        if t.pos_ == "ADV" and t.lower_.endswith("ly") and nxt is not None and _is_participle(nxt):
            j += 1  # "50 domestically produced howitzers"
            continue
        if t.text in ("-", "‐") and picked and glued and not t.whitespace_:
            picked.append(t)  # "first-team", "weapons-capable"
        elif glued and picked and picked[-1].text in ("-", "‐") and t.is_alpha:
            picked.append(t)
        elif (any(c.isdigit() for c in t.text) and not any(c.isalpha() for c in t.text)) or (
                not picked and _EN_WORDS_RE.fullmatch(t.text) and not _SCALE_WORD_RE.fullmatch(t.text)
                and not (t.whitespace_ == "" and nxt is not None and nxt.text in ("-", "‐"))):
            # the next number: "S&P 500 +0.3%", "up from 8,000 two weeks earlier" (not a word
            # it starts: "145 one-way attack drones")
            break
        elif t.pos_ in ("ADJ", "NOUN", "PROPN") or (t.pos_ == "NUM" and any(c.isalpha() for c in t.text)) \
                or _noun_read_as_verb(t, picked):
            if t.lower_ in _NP_STOP or t.lower_ in _WEEKDAYS:
                break
            if not picked and t.lower_ in _TEMPORAL and nxt is not None and nxt.tag_ == "NN":
                break  # "2.1 last year" is no count of years
            picked.append(t)
            if t.tag_ == "NNS" and t.lemma_.lower() in un.COUNT_METRIC_EN and nxt is not None \
                    and nxt.pos_ in ("NOUN", "ADJ", "PROPN") and not (t.dep_ == "compound" and t.head.i == nxt.i):
                # a plural count noun ends its phrase: "reports of 10,000 soldiers fake news" (not
                # one naming the next: "six armoured personnel carriers")
                break
        elif _is_participle(t) and nxt is not None and (
                nxt.pos_ in ("NOUN", "ADJ", "PROPN") or _calibre_end(doc, j + 1) is not None
                or (nxt.pos_ == "CCONJ" and j + 2 < len(doc) and _is_participle(doc[j + 2]))) and \
                (not picked or picked[-1].pos_ in ("ADJ", "CCONJ")):
            picked.append(t)  # "517 rushing yards", "300 recorded songs", "3000 killed or wounded North Koreans"
        elif t.pos_ == "CCONJ" and picked and (picked[-1].pos_ in ("ADJ", "PROPN") or _is_participle(picked[-1])) \
                and nxt is not None and (nxt.pos_ in ("ADJ", "PROPN", "NOUN") or _is_participle(nxt)):
            picked.append(t)  # "4.3M digital and physical sales"
        else:
            break
        j += 1
    while picked and ((picked[-1].pos_ not in ("NOUN", "PROPN") and not _noun_read_as_verb(picked[-1], picked))
                      or picked[-1].text in ("-", "‐")):
        picked.pop()
    if not picked:
        return None, pos, "", False
    head = picked[-1]
    end = head.idx + len(head.text) - base
    words = s[pos + gap:end]
    if head.lemma_.lower() in _CONTAINERS and head.i + 2 < len(doc) and doc[head.i + 1].lower_ == "of" \
            and doc[head.i + 2].pos_ == "NOUN" and doc[head.i + 2].idx < sent_end:
        held = doc[head.i + 2]
        end = held.idx + len(held.text) - base
        return f"{head.lemma_.lower()} of {held.lemma_.lower()}", end, s[pos + gap:end], False
    if head.pos_ == "PROPN" and head.tag_ != "NNPS" and not sj.is_subject_word(head.text):
        if not any(t.pos_ == "NOUN" for t in picked):
            return None, pos, words, True
    if head.lower_ in _NON_UNIT_NOUNS:
        return None, pos, words, False
    if un.SUFFIX_UNIT_RE.fullmatch(" " + head.text):
        return un.normalise_suffix(head.text), end, words, False  # "517 rushing yards"
    # "North Korean soldiers" counts soldiers; North Korea is the subject
    subject_chars = [(base + pos + a, base + pos + b) for a, b in sj.subject_spans(words)]
    parts: list[str] = []
    glue = False
    for t in picked:
        if t is not head and any(a <= t.idx < b for a, b in subject_chars):
            continue
        if ((t.pos_ in ("CCONJ", "VERB", "AUX") and t is not head) or t.tag_ in ("VBG", "VBN") or t.lower_ in _TEMPORAL) \
                and not glue:  # after a hyphen it is part of a word: "self-propelled"
            continue
        if t is picked[0] and t.lower_ in _NP_SKIP and t is not head:
            continue
        if t is head and t.tag_ == "NNPS" and t.text.endswith("s"):
            form = t.text[:-1]  # "Americans" counts Americans, singular like other units
            if form.lower() in un.COUNT_METRIC_EN:
                form = form.lower()  # a title-case headline's "Soldiers" counts soldiers
        elif t.pos_ == "PROPN" or t.text in "-‐" or t.pos_ == "NUM":
            form = t.text
        elif glue:
            form = t.lower_  # inside a hyphenated word the form stays: "self-propelled"
        else:
            form = t.lemma_.lower()
        if parts and glue:
            parts[-1] += form
        else:
            parts.append(form)
        glue = not t.whitespace_ and t.i + 1 < len(doc) and (t.text in "-‐" or doc[t.i + 1].text in "-‐")
    unit = " ".join(parts).strip() or None
    named = " ".join(t.text for t in picked if t.pos_ == "PROPN").removesuffix("s")
    if head.tag_ == "NNPS" and not sj.is_subject_word(unit or "") and sj.is_subject_word(named):
        unit = named  # "11,000 (killed) North Koreans" count North Koreans, not Koreans
    return unit, end, words, False


_PARTITIVE_DETERMINERS = frozenset("the these those their its".split())


def _is_participle(t) -> bool:
    """A participle before a counted noun: "rushing", "recorded"; the tagger reads a
    casualty participle after a number as a past tense ("3000 killed North Koreans")."""
    return t.tag_ in ("VBG", "VBN") or (t.tag_ == "VBD" and t.lemma_.lower() in ("kill", "wound", "injure"))


def _with_opening_mark(text: str, start: int, end: int) -> int:
    """The start of a figure whose quotation closes before its noun ('„mehrere Hundert“
    Tote', '"several hundred" troops'), taken back to the opening mark, so that its text
    quotes whole."""
    if start > 0 and text[start - 1] in OPENING_MARKS and any(c in CLOSING_MARKS for c in text[start:end]):
        return start - 1
    return start


def _noun_phrase_de(s: str, pos: int) -> tuple[str | None, int, str]:
    if s[pos : pos + 1] in CLOSING_MARKS:
        pos += 1  # 'von „Hunderten“ Toten': the quotation closes before the counted noun
    m = _DE_NP_RE.match(s[pos:])
    if not m:
        return None, pos, ""
    noun = m.group("noun")
    end = pos + m.end()
    tail = noun.rsplit("-", 1)[-1] if "-" in noun else noun
    unit = un.COUNT_DE.get(noun) or un.COUNT_DE.get(tail) or _compound_head(tail) or _people_noun(noun) or noun
    if unit == "vehicle" and "gepanzert" in s[pos:end].lower():
        unit = "armoured vehicle"  # "1.000 gepanzerte Fahrzeuge", as English "armoured vehicles" are weapons
    return unit, end, s[pos:end].strip()


def _compound_head(noun: str) -> str | None:
    """A German compound counts what its last part counts: "Kampfdrohnen" are drones,
    "Elitesoldaten" soldiers (parts of five letters or more, so "Mann" in "Staatsmann" or
    "Orte" in "Standorte" is no head)."""
    for k in range(1, len(noun) - 4):
        head = noun[k:].capitalize()
        if head in un.COUNT_DE:
            return un.COUNT_DE[head]
    return None


# --- steps 5-6: qualifier, metric, subject -------------------------------------------------


def _metric(unit: str | None, window: str, sentence: str, vague_money: bool, at: int = 0) -> str:
    if unit is None:
        if vague_money:
            return "money"
        return _casualty_metric(window, at) or "other"
    base = unit.split(" per ")[0]
    if base in un.CURRENCY_UNITS:
        return "money"
    if base in un.AREA_UNITS:
        return "territory_km2"
    head = base.split()[-1].split("-")[-1].lower()
    if head in un.CASUALTY_UNITS:
        # "3000 Tote und Verletzte", "3,000 dead and wounded": one count of both
        return "killed_or_wounded" if _BOTH_RE.search(window, at, at + 40) else un.CASUALTY_UNITS[head]
    if head in un.SANCTION_TARGETS and _SANCTION_RE.search(sentence):
        return "sanctions_targets"
    # (the noun may be two words: "long-range artillery piece")
    metric = un.COUNT_METRIC_EN.get(base.lower()) or un.COUNT_METRIC_EN.get(" ".join(base.lower().split()[-2:])) \
        or un.COUNT_METRIC_EN.get(head)
    if metric is None and sj.is_subject_word(base):
        metric = "people"  # a demonym counts people: "11,000 North Koreans", "Nordkoreaner"
    if metric in ("troops", "people") or head in un.PERSON_UNITS:
        return _casualty_metric(window, at) or metric or "people"
    return metric or "other"


# A part before the whole it is of: "a third of the", "40 percent of the", "die Hälfte der"
_WHOLE_OF_A_PART = re.compile(r"(?i)\b(?:third|half|quarter|fifth|tenth|percent|per\s+cent|%|Drittel|Hälfte|Viertel"
                              r"|Fünftel|Zehntel|Prozent)\s+(?:of\s+(?:the|its|their|those)|der|aller)\s+$")
# ... or a whole named first, and its part after it: "Of the roughly 11,000 troops deployed,
# about 300 …", "Von den etwa 11.000 entsandten Soldaten seien rund 300 …"
_WHOLE_FIRST = re.compile(r"(?im)(?:^|[.!?]\s+)(?:of|von)\s+(?:the|these|those|all|den|diesen|allen)\s+"
                          r"(?:[^\W\d]+\s+){0,2}$")


# (not "they", "sie": the figure's own men, "200 soldiers attacked, and they were all killed";
# but a part of them is: "11,000 troops arrived, but many of them have died since")
# ... nor a second that-clause: "said that 11,000 soldiers were deployed, and that some had been killed"
_NEXT_CLAUSE = re.compile(r"(?i),\s+(?:but|and|while|though|although|aber|doch|und|während|obwohl)\s+"
                          r"(?:he|she|it|we|er|es|wir|man|that|dass|(?:many|some|most|several|hundreds|dozens|thousands"
                          r"|viele|einige|etliche|manche|hunderte|dutzende|tausende)\s+(?:of\s+them|von\s+ihnen|davon))\b")


# Soldiers who left the force or were taken from it: what they did or had done to them right
# after the count ("40 North Korean troops had deserted", "seien gefangen genommen worden"), or
# taking them before it ("captured two North Korean soldiers")
_LEFT_THE_FORCE = re.compile(r"(?i)\s+(?:(?:had|have|has|were|was|been|had\s+been|have\s+been|seien|sind|wurden|waren"
                             r"|sollen|haben|hätten)\s+)?(?:(?:reportedly|already|bereits|inzwischen)\s+)?"
                             r"(?:captured|taken\s+prisoner|surrendered|deserted|defected|gefangen\s+genommen"
                             r"|in\s+Gefangenschaft|desertiert|übergelaufen)\b")
_TOOK_PRISONER = re.compile(r"(?i)\b(?:captured|took\s+prisoner|nahm\w*\s+gefangen|gefangen\s+genommen)"
                            r"\s+(?:\w+\s+){0,2}$")


# A count of the killed said to include the wounded counts both ("killed more than 700,000
# Russians, though the figure includes wounded")
_INCLUDES_WOUNDED = re.compile(r"(?i)\b(?:figures?|numbers?|toll|count|tally|Zahl|Zahlen)\s+(?:also\s+|auch\s+)?"
                               r"(?:includ\w+|enthält|umfasst)\s+(?:the\s+|die\s+)?(?:wounded|injured|Verwundete\w*"
                               r"|Verletzte\w*)|\b(?:einschließlich|inklusive)\s+(?:der\s+)?(?:Verwundete|Verletzte)\w*")


def _casualty_metric(window: str, at: int = 0) -> str | None:
    """killed / wounded / killed_or_wounded from the words around a figure (at = where the
    figure sits in the window): "killed or wounded" is both; "300 killed and 2,700
    wounded" gives each figure its nearest word. The figure's own clause (between
    commas) speaks first: "19 were killed, 40 others wounded"."""
    # (not when they are the figure's: "to replace casualties of more than 1,500 troops")
    window = _MAKING_UP_FOR.sub(lambda m: m.group() if _OF_THE_LOSSES.match(window, m.end(), max(m.end(), at))
                                else " " * len(m.group()), window)
    c_start = window.rfind(", ", 0, at) + 1
    c_end = window.find(", ", at)
    c_end = len(window) if c_end < 0 else c_end
    # ... and in it the words after an "and" before the figure: "100 had died and 1,000 more
    # been wounded"
    joined = max(window.rfind(" and ", c_start, at), window.rfind(" und ", c_start, at))
    if any(m.start() <= joined < m.end() for m in _BOTH_RE.finditer(window, c_start, at)):
        joined = -1  # "the number of killed and wounded North Koreans": one word of both
    if joined >= 0 and (found := _casualty_words(window[joined:c_end], at - joined)):
        return found
    if c_start > 0 or c_end < len(window):
        found = _casualty_words(window[c_start:c_end], at - c_start)
        if found:
            return found
    if c_start > 0 and _NEXT_CLAUSE.match(window, c_start - 1):
        # a clause of its own after another's: "… had been killed, and that 3,000 more troops had been sent"
        return _casualty_words(window[c_start:], at - c_start)
    # (not from a clause of its own after it: "11,000 troops had arrived, but he declined to say
    # how many had died")
    own = _NEXT_CLAUSE.match(window, c_end)
    return _casualty_words(window[: c_end] if own else window, at)


def _casualty_words(window: str, at: int) -> str | None:
    if _BOTH_RE.search(window) or _CASUALTY_RE.search(window):
        return "killed_or_wounded"
    kills = [abs(m.start() - at) for m in _KILL_RE.finditer(window)]
    wounds = [abs(m.start() - at) for m in _WOUND_RE.finditer(window)]
    if kills and wounds:
        return "killed" if min(kills) < min(wounds) else "wounded"
    if kills:
        return "killed"
    if wounds:
        return "wounded"
    return None


def _subject(sent_text: str, base: int, spans: list[tuple[int, int]],
             entities: list[EntityMention]) -> str | None:
    """The subject named in the given sentence-relative spans: entity ids first, then lexicon."""
    for a, b in spans:
        if a >= b:
            continue
        for e in entities:
            if e.entity_id and e.char_start < base + b and base + a < e.char_end and \
                    e.label in ("GPE", "NORP", "LOC", "ORG"):
                # (a title-case headline's "North Korean Soldiers" is no body of that name)
                if e.entity_id.startswith(UNKNOWN_PREFIX) and (named := sj.subject_in(e.text, sent_text)):
                    return named
                return acts_for(e.entity_id)
        qid = sj.subject_in(sent_text[a:b], sent_text)
        if qid:
            return qid
    return None


# --- the sentence pipeline ------------------------------------------------------------------


def figures_in_sentence(tokens: _Tokens, sent: Sentence, lang: str,
                        entities: list[EntityMention]) -> list[_Figure]:
    s = sent.text
    base = sent.char_start
    if not any(c.isalpha() for c in s):
        return []  # a line of bare numbers is page furniture
    fractions = _fraction_mentions(s, lang)
    blocked = non_figure_spans(s) + [(m.start, m.end) for m in fractions]

    mentions = [m for m in _digit_mentions(s, lang) if not _overlaps((m.start, m.end), blocked)]
    mentions += fractions
    taken = [(m.start, m.end) for m in mentions] + blocked
    vague = _vague_mentions(s, lang, taken)  # before words: "mehrere hundert" is vague
    taken += [(m.start, m.end) for m in vague]
    words = _word_mentions(s, lang, taken)
    mentions = sorted(mentions + words + vague, key=lambda m: m.start)

    kept: list[_Mention] = []
    for m in mentions:
        nxt = s[m.end:m.end + 1]
        if m.kind == "digits" and not m.scaled and nxt.isalpha():
            # glued letters: "3s", "21st", "5G" unless a unit ("640bhp", "37m", "5pc")
            um = un.SUFFIX_UNIT_RE.match(s, m.end)
            if not um or um.start("unit") != m.end:
                continue
        if lang == "de" and m.kind == "digits" and not m.grouped and re.match(r"\.\s+\w", s[m.end:]):
            continue  # German ordinal/date: "3. Oktober", "2. Weltkrieg"
        _suffix_unit(s, m)
        if m.unit is None:
            pos = m.end + s.startswith("+", m.end)  # "10,000+ soldiers"
            if _BULLET_FIGURE.match(s, 0, m.start) and (colon := _LABEL_COLON.match(s, pos)):
                if sum(ch.isdigit() for ch in s[m.start : m.end]) == 1 and not s[: m.start].strip():
                    continue  # an item number, "1: North Korea has sent …" (a bullet's "- 3: Days …" is a figure)
                pos = colon.end()  # an explainer's bullet: "- 10,000-12,000: North Korean troops in Russia"
            if m.kind in ("vague", "fraction"):
                of = _OF_RE.match(s[pos:])
                if of:
                    pos += of.end()
            if lang == "de":
                unit, end, words_, proper = (*_noun_phrase_de(s, pos), False)
            else:
                unit, end, words_, proper = _noun_phrase_en(tokens, base, s, pos, sent.char_end)
            m.proper_only = proper
            if unit:
                m.unit, m.unit_end, m.unit_words = unit, end, words_
        if _FURNITURE_AFTER_RE.match(tokens.text, base + m.end):
            continue  # "0 Kommentare", "12 comments" (the parser may cut them apart)
        if m.kind != "words" and not _is_figure(s, m, lang):
            continue  # years, identifiers: out before ranges are joined ("in 2008 to 29 mpg")
        kept.append(m)

    ranges = _join_ranges(s, kept, lang)
    figures = []
    for k, m in enumerate(ranges):
        if m.is_range:
            a, b = m.parts
            if not (_is_figure(s, a, lang, in_range=True) and _is_figure(s, b, lang)):
                continue
        elif m.kind == "words" and not _is_figure(s, m, lang):
            continue  # number words count only with a unit, which a range may lend them
        if _is_score(s, m, ranges, k):
            continue
        figures.append(m)
    tok = tokens if lang == "en" else None
    done = [_finish(s, base, m, figures, k, entities, tok) for k, m in enumerate(figures)]
    # "around 12,000, including 500 officers as well as three generals": a listed part
    # belongs to the same subject as the whole it follows.
    # "19 people, including five children, were killed": the casualty word covers the list.
    for prev, cur in zip(done, done[1:]):
        if not _LIST_GAP_RE.fullmatch(s[prev.end - base:cur.start - base]):
            continue
        if cur.subject is None and prev.subject and cur.metric != "other":
            cur.subject = prev.subject
        if prev.metric in _PERSON_METRICS and cur.metric in _PERSON_METRICS and not _WHOLE_FIRST.search(
                s, max(0, prev.start - base - 40), prev.start - base):  # ("Of the 11,000 soldiers, 300 were killed")
            casualty = [f.metric for f in (prev, cur) if f.metric in _CASUALTY_METRICS]
            if casualty:
                prev.metric = prev.metric if prev.metric in _CASUALTY_METRICS else casualty[-1]
                cur.metric = cur.metric if cur.metric in _CASUALTY_METRICS else casualty[0]
    return done


_CASUALTY_METRICS = {"killed", "wounded", "killed_or_wounded"}
_PERSON_METRICS = _CASUALTY_METRICS | {"people", "troops"}
_LIST_GAP_RE = re.compile(
    r"(?i)[\s,;()]*(?:(?:including|incl\.|among\s+them|of\s+whom|as\s+well\s+as|and|plus|"
    r"darunter|einschließlich|sowie|und|davon)[\s,]*)*"
)


# Capitalised words that may stand before a count without naming it ("At 2-0 down").
_FUNCTION_WORDS = {
    "at", "in", "on", "of", "for", "by", "with", "to", "from", "about", "around", "over",
    "under", "nearly", "almost", "some", "only", "just", "all", "and", "but", "or", "the",
    "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these",
    "those", "after", "before", "since", "until", "as", "than", "more", "less", "up",
    "down", "another", "every", "each", "if", "when", "while", "so", "yet", "also", "then",
    "now", "here", "there", "where", "which", "who", "what", "how", "why", "whose",
    "im", "am", "um", "mit", "von", "bei", "nach", "vor", "seit", "bis", "für", "und",
    "oder", "aber", "die", "der", "das", "den", "dem", "des", "ein", "eine", "rund",
    "etwa", "mehr", "weniger", "über", "unter", "knapp", "fast", "mindestens", "insgesamt",
}


def _is_score(s: str, m: _Mention, ms: list[_Mention], k: int) -> bool:
    """A score or a vote: a tie "89-89", or "a 5-4 decision" (other "2-0" reads as a range)."""
    if m.is_range:
        a, b = m.parts
        return bool(re.fullmatch(r"\s*[-–]\s*", s[a.end:b.start])) and _SCORE_NOUN_RE.match(s, b.end)
    if m.kind != "digits":
        return False
    for j in (k - 1, k + 1):
        if 0 <= j < len(ms) and ms[j].kind == "digits" and ms[j].value == m.value:
            lo, hi = (ms[j], m) if j < k else (m, ms[j])
            if not lo.unit and re.fullmatch(r"\s*[-–]\s*", s[lo.end:hi.start]):
                return True
    return False


_SCORE_NOUN_RE = re.compile(
    r"(?i)\s+(?:ruling|decision|vote|verdict|win|victory|defeat|loss|lead|draw|tie|majority"
    r"|score|split|margin|sieg|niederlage|entscheidung|mehrheit|urteil)\b"
)


# A number word after a definite determiner and before one of these nouns refers back to
# actors already named ("the two countries", "these three states"); it is no figure.
_DEFINITE_WORDS = {"the", "these", "those", "both", "die", "diese", "den", "der"}
_REFERRING_UNITS = {"country", "nation", "state", "side", "leader", "government", "capital"}


def _is_figure(s: str, m: _Mention, lang: str, in_range: bool = False) -> bool:
    before = s[:m.start].rstrip()
    wm = _WORD_RE.search(before)
    prev_word = wm.group() if wm else ""
    if m.kind == "fraction":
        return True
    if m.unit in _DURATION_UNITS and re.match(r"[-‐](?:year|month|week|day|hour|minute|second|decade)\b(?![-‐])", s[m.end:]):
        return False  # "a three-year forecast", "a two-month contract": a description
    if m.kind == "words":
        if m.unit is None and not m.scaled and not in_range:
            return False  # "one of them", "the two met"
        if prev_word.lower() in _DEFINITE_WORDS and m.unit in _REFERRING_UNITS and not m.scaled:
            return False  # "between the two countries": picks out ones named, counts nothing
        if re.match(r"\s+of\b", s[m.end:]) and not m.scaled:
            return False
        return True
    if m.kind == "vague":
        return True
    plain_int = not m.grouped and m.value == int(m.value) and "." not in m.raw and "," not in m.raw
    if m.currency or m.scaled:
        return True
    if plain_int and (prev_word.lower().rstrip(".") in ID_WORDS or prev_word.lower() in ID_WORDS):
        return False  # "resolution 1718", "Game 7"
    if plain_int and 1500 <= abs(m.value) <= 2200 and len(m.raw) == 4:
        # English style writes counts from 1,000 with a separator, so a bare 2019 is a
        # year unless a unit of measurement follows; German writes "2000 Soldaten", so
        # there a counted noun keeps it, unless a year word stands before it.
        if lang != "de" and (m.unit is None or m.unit_words):
            return False
        if lang == "de" and (m.unit is None or prev_word.lower() in YEAR_CUES):
            return False
        if re.match(r"['’′]s\b", s[m.end:]):
            return False
    if plain_int and m.proper_only:
        return False  # "575 Wilbraham Road", "Boeing 787 Dreamliner"
    sentence_initial = wm is not None and not before[:wm.start()].strip()
    if plain_int and len(prev_word) == 1 and prev_word.isupper() and not sentence_initial and \
            m.unit not in un.MEASURES:
        return False  # "A 52" (a road), "Plan B 2"
    named_after = m.unit is None or (lang == "en" and m.unit_words[:1].isupper())
    if plain_int and named_after and prev_word and \
            any(c.isupper() for c in prev_word) and not sentence_initial and \
            prev_word.lower() not in _FUNCTION_WORDS and not re.search(r"[.:!?]$", before):
        return False  # "FTSE 100", "iPhone 11 Pro", "Big 12", "Bundesautobahn 2"
    return True


def _join_ranges(s: str, ms: list[_Mention], lang: str) -> list[_Mention]:
    """Join "A to B", "A-B", "between A and B", "three or four years" into one range."""
    out: list[_Mention] = []
    i = 0
    while i < len(ms):
        a = ms[i]
        r = _range(s, a, ms[i + 1], lang) if i + 1 < len(ms) else None
        if r is not None:
            out.append(r)
            i += 2
        else:
            out.append(a)
            i += 1
    return out


def _range(s: str, a: _Mention, b: _Mention, lang: str) -> _Mention | None:
    if a.kind == "vague" or b.kind == "vague":
        return None
    gap = s[a.stop:b.start]
    opener = _RANGE_OPENER_RE.search(s[:a.start])
    opener_word = opener.group().strip().lower() if opener else ""
    if opener_word in ("from", "von") and _FROM_TO_GAP_RE.fullmatch(gap):
        gap = "to"  # "from $36,040 at 10.45pm last night to $34,935"
    if not _RANGE_GAP_RE.match(gap):
        return None
    word = gap.strip().lower()
    if word in ("and", "und") and opener_word not in ("between", "zwischen"):
        return None
    if word in ("or", "oder") and not (b.unit and not a.unit and a.kind == b.kind):
        return None  # "three or four years", never "nine people or seven"
    if word in ("-", "–", "—") and a.value == b.value:
        return None  # a tie score, "89-89"; dropped by _is_score
    if a.unit and re.search(r"(?i)\b(?:by|um)\s+$", s[:a.start]):
        return None  # "increased by $43.6 billion to $419.2 billion" is a change
    if a.unit and b.unit and a.unit != b.unit:
        if not (a.unit.startswith(b.unit) or b.unit.startswith(a.unit)):
            return None
    if a.unit and not b.unit and opener_word not in ("from", "von"):
        return None  # "rose 8.15% to 3.65" is no range
    low = a.value
    if b.scaled and not a.scaled and not a.grouped and a.kind == b.kind == "digits":
        b_raw = nb.parse_digits(b.raw, lang) or 0
        if b_raw and a.value <= b_raw:
            low = a.value * (b.value / b_raw)  # "1 to 2 thousand", "$89 to $93 billion"
    r = _Mention(a.start, b.end, min(low, b.value), "range", a.raw + gap + b.raw,
                 grouped=True, scaled=a.scaled or b.scaled,
                 currency=a.currency or b.currency, high=max(low, b.value))
    r.is_range = True
    r.parts = (a, b)
    units = [u for u in (a.unit, b.unit) if u]
    r.unit = max(units, key=len) if units else None
    r.unit_end = b.unit_end if b.unit else None
    r.unit_words = b.unit_words or a.unit_words
    if opener:
        r.range_start = opener.start()
    return r


# An average stated earlier in the clause makes the figure approximate, as "on average"
# right before it does (qualifiers.py).
_AVERAGE_RE = re.compile(r"(?i)\b(?:on\s+average|im\s+(?:Durch)?schnitt|durchschnittlich)\b[^.;:]*$")


# A part of the figure's whole named after it, whose words are its own: ", one of whom died",
# ", von denen einer starb"
_SOME_OF_WHOM = re.compile(r"(?i),\s+(?:one|two|three|some|many|most|several|all|none|both|half|einer|eine|zwei|drei"
                          r"|einige|viele|mehrere)\s+(?:of\s+(?:whom|them|which)|von\s+(?:denen|ihnen))\b")


# What joins German counts in a list: "38.000 Soldaten, 220 Panzer und 1.000 Fahrzeuge"
_DE_LIST_GAP = re.compile(r"\s*(?:,|und|sowie|oder)\s+")


def _finish(s: str, base: int, m: _Mention, all_ms: list[_Mention], k: int,
            entities: list[EntityMention], tokens: _Tokens | None) -> _Figure:
    start = m.range_start if m.range_start is not None else m.start
    stop = m.stop
    qb = ql.qualifier_before(s[:start])
    qualifier = "="
    if qb:
        qualifier, start = qb
    elif _AVERAGE_RE.search(s[all_ms[k - 1].stop if k > 0 else 0:start]):
        qualifier = "~"  # "On average, they are advancing over an area of 30 square kilometers"
    qa = ql.qualifier_after(s[stop:])
    if qa and qualifier == "=":
        qualifier = qa[0]
        stop += qa[1]
    elif qualifier == "=" and stop > m.end and s.startswith("+", m.end):
        qualifier = ">="  # "10,000+ soldiers"
    if m.is_range or m.kind == "vague":
        low, high = m.value, m.high
        qualifier = "~" if qualifier == "~" else ">="
    else:
        low, high = ql.bounds(qualifier, m.value)

    # context window for casualty words: up to the neighbouring figures, within 70 chars; a
    # span of time counts nothing ("Russian losses over the past 24 hours amounted to 1,950")
    counts = [j for j in range(len(all_ms)) if j == k or all_ms[j].unit not in _DURATION_UNITS]
    at = counts.index(k)
    prev_end = all_ms[counts[at - 1]].stop if at > 0 else 0
    # (German puts the verb after a list of counts: "hat 38.000 Soldaten, 220 Panzer und 1.000
    # Fahrzeuge verloren": the list's end is where the figure's words are read to)
    last = at
    while tokens is None and last + 1 < len(counts) and (gap := _DE_LIST_GAP.fullmatch(
            s, all_ms[counts[last]].stop, all_ms[counts[last + 1]].start)) is not None:
        last += 1
        if gap.group().strip(" ,"):
            break  # "und" joins the list's last count
    listed = all_ms[counts[last]].stop
    next_start = all_ms[counts[last + 1]].start if last + 1 < len(counts) else len(s)
    w_start = max(prev_end, start - 70)
    w_end = min(next_start, max(stop + 70, listed + 30))
    if (part := _SOME_OF_WHOM.search(s, stop, w_end)) is not None:
        w_end = part.start()  # "captured two soldiers, one of whom later died": the one died
    window = s[w_start:w_end]
    window = re.split(r"[;:]", window)[-1] if ";" in s[w_start:start] or ":" in s[w_start:start] else window

    unit = m.unit
    unit_spans = [(m.end, stop)]
    left = False  # soldiers who left the force, or were taken from it
    if m.kind == "fraction":
        # "two-thirds of the troops" is a share, not a number of troops
        if unit is None or unit.split(" per ")[0] not in un.MEASURES:
            unit = "fraction" + (f" of {unit}" if unit else "")
        metric = "other"
    else:
        if unit is None and m.kind in ("digits", "vague", "range") and not m.currency and not m.scaled:
            # (the qualifier may be the link itself: "losses exceed 38,000")
            inferred = _inferred_unit(s[:start]) or _inferred_unit(s[: m.start])
            if inferred:
                unit = inferred[0]
                unit_spans.append((inferred[1], inferred[2]))
        vague_money = bool(unit is None and m.kind == "vague" and _MONEY_CONTEXT_RE.match(s[m.end:]))
        metric = _metric(unit, window, s, vague_money, at=m.start - w_start)
        if metric == "killed" and _INCLUDES_WOUNDED.search(s, stop):
            metric = "killed_or_wounded"
        left = metric == "troops" and bool(_LEFT_THE_FORCE.match(s, stop)
                                           or _TOOK_PRISONER.search(s, max(0, start - 40), start))
        if left:
            metric = "other"  # "40 North Korean troops had deserted", "captured two soldiers": not a force sent
        if metric in _CASUALTY_METRICS and unit is not None and (
                _WHOLE_OF_A_PART.search(s, max(0, start - 40), start) or _WHOLE_FIRST.search(s, max(0, start - 40), start)):
            # "a third of the 11,000 troops had been killed", "Of the 11,000 soldiers, 300 were
            # killed": the part was, of all deployed
            metric = _metric(unit, "", s, vague_money)

    subject = None
    if metric != "other" or left:  # (whose soldiers were captured is still told)
        # (a currency's state is not whose money it is: "5 Milliarden US-Dollar an Nordkorea")
        spans = [] if metric == "money" else list(unit_spans)
        # (not a pronoun: "Rund 4.000 von ihnen sollen nach US-Angaben …" are not the USA's)
        after = re.match(r"\s+(?:from|of|aus|von)\s+(?:the\s+)?(?!(?:them|whom|ihnen|denen)\b)(?P<x>[\w.\- ]{1,30})",
                         s[stop:])
        # ("1,300 square kilometres of Russian territory": whose land it was, not who holds it)
        if after and metric not in ("territory_km2", "settlements"):
            spans.append((stop + after.start("x"), stop + after.end("x")))
        side = _SIDE_RE.match(s, stop)  # "1,000 dead on the North Korean side"
        if side:
            spans.append((side.start("x"), side.end("x")))
        pre = s[max(0, start - 30):start]
        pm = _GENITIVE_BEFORE.search(pre)
        if pm and pm.group(2) == "s" and (tokens is not None or not pm.group(1).split()[-1][:1].isupper()):
            pm = None  # a German genitive is a name's ("Russlands"); "Kyiv says 3,000" is a verb
        if pm and any(w.lower() in INFORMATION_NOUNS for w in pre[: pm.end(1)].split()[-4:-1]):
            pm = None  # the source's genitive: "nach Angaben Seouls 10.000 Soldaten"
        if pm:
            spans.append((start - len(pre) + pm.start(1), start - len(pre) + pm.end()))
        subject = _subject(s, base, spans, entities)
        if subject is None and pm and _HIS_COUNTRY.search(pm.group(0)):
            subject = _country_of_last_person(base + start - len(pre) + pm.start(1), entities)
        if subject is None and metric in _CASUALTY_METRICS and (
                losses := _WHOSE_LOSSES.search(s, max(0, start - 80), start)) is not None:
            # "Russian losses over the past day amounted to 1,950 personnel", "bezifferte die
            # russischen Verluste auf 1.950 Soldaten": whose losses they are
            subject = _subject(s, base, [losses.span("whose")], entities)
        if subject is None and tokens is not None and metric != "money":
            verbs = (_SENDER_VERBS if metric in ("troops", "weapons") else
                     _TAKER_VERBS if metric in ("territory_km2", "settlements") else
                     _SANCTIONER_VERBS if metric == "sanctions_targets" else _LOSER_VERBS)
            span = _owner_span(tokens, base + m.start, verbs)
            if span:
                subject = _subject(s, base, [(span[0] - base, span[1] - base)], entities) \
                    or _antecedent_subject(tokens, span)
        elif subject is None and tokens is None and metric != "money":
            subject = _german_owner(s, base, start, max(stop, listed), metric, entities)
    elif m.kind == "fraction" and unit != "fraction":
        subject = _subject(s, base, unit_spans, entities)  # "a third of the North Korean soldiers"

    return _Figure(base + start, base + stop, m.value, low, high, qualifier, unit, metric, subject)


# The losses a figure in its clause counts, and whose they are: "Russian losses (…) amounted to"
_WHOSE_LOSSES = re.compile(r"(?P<whose>(?:[\w’'-]+\s+){1,2}?)(?:losses|casualties|Verluste|Verlusten)\b[^,;:.]*$")


# A genitive right before the figure: "Russia's 500 tanks", "Russlands 500 Panzer"
_GENITIVE_BEFORE = re.compile(r"(\S+?(?:\s\S+?)?)(['’]s|(?<!['’])s)\s+$")


# "Trump will cut his country's billions in military aid": the person's country.
_HIS_COUNTRY = re.compile(r"(?i)\b(?:his|her)\s+(?:country|nation)")


def _country_of_last_person(before: int, entities: list[EntityMention]) -> str | None:
    """The state the last person named before `before` acts for, if the gazetteer knows it."""
    person = next((e for e in reversed(entities) if e.label == "PERSON" and e.char_end <= before), None)
    if person is None:
        return None
    state = acts_for(person.entity_id)
    entity = gazetteer().entities.get(state)
    return state if entity is not None and entity.label == "GPE" else None


# "… on the North Korean side", "… auf nordkoreanischer Seite": whose losses they are.
_SIDE_RE = re.compile(r"[\w\s-]{0,30}?\b(?:on|auf)\s+(?:the\s+|der\s+)?(?P<x>[\w-]+(?:\s[\w-]+)?)\s+(?:side|Seite)\b")


# Verbs whose subject owns the troops or weapons in their object:
# "Pyongyang has sent thousands of troops", "Russia deployed 50,000 soldiers".
_SENDER_VERBS = {
    "send", "deploy", "dispatch", "supply", "provide", "transfer", "station", "have", "field",
    "mobilize", "mobilise", "commit", "deliver", "ship", "give", "lose", "move", "amass",
    "mass", "train", "recruit", "fire", "launch", "use",
}


# German has no parser here: a sending/losing verb in the figure's clause makes the first
# country named before the figure its owner ("dass Nordkorea 11.000 Soldaten geschickt hat",
# "Russland verlor 1500 Soldaten").
_DE_SENDER_RE = re.compile(
    r"(?i)\b(?:schick\w*|geschickt|entsend\w*|entsandt|verleg\w*|stationier\w*|liefer\w*|"
    r"geliefert|einsetz\w*|eingesetzt|setzt\w*\s+ein|mobilisier\w*|verfügt\s+über)\b"
)
_DE_TAKER_RE = re.compile(
    r"(?i)\b(?:erober\w*|eingenommen|nimmt\w*\s+ein|einnehm\w*|kontrollier\w*|besetz\w*|"
    r"befrei\w*|zurückerobert|annektier\w*|hält|halten)\b"
)
_DE_LOSER_RE = re.compile(r"(?i)\b(?:verlor\w*|verloren|verlier(?:t|en)|erlitt\w*|erlitten|büßte\w*)\b")
# "Die USA haben Sanktionen gegen 50 Personen verhängt": who sanctions
_DE_SANCTIONER_RE = re.compile(
    r"(?i)\b(?:verhäng\w*|erlass\w*|erlie(?:ß|ss)\w*|sanktionier\w*|setz\w*\s+(?:\S+\s+){0,4}auf\s+die\s+sanktionsliste"
    r"|belegt\w*|beschlo(?:ss|ß)\w*|verkünd\w*)\b"
)


# (with the acronym after the source's name: "Nach Angaben des südkoreanischen Geheimdienstes NIS")
_DE_NOT_OWNER_RE = re.compile(
    r"\b(?:[Ll]aut|[Nn]ach)\s+(?:[a-zäöü]\w*\s+){0,3}[A-ZÄÖÜ][\w-]*"
    r"(?:\s+(?:des|der)\s+(?:[a-zäöü]\w*\s+)*[A-ZÄÖÜ][\w-]*|\s+[A-ZÄÖÜ][\w-]*s\b)?(?:\s+\(?[A-ZÄÖÜ]{2,}\b\)?)?"
    r"|\b[A-ZÄÖÜ][\w-]*\s+zufolge\b"
)


def _german_owner(s: str, base: int, start: int, stop: int, metric: str,
                  entities: list[EntityMention]) -> str | None:
    c_start = max(s.rfind(", ", 0, start), s.rfind("; ", 0, start))
    c_start = dateline_end(s) if c_start < 0 else c_start + 2  # (not "Seoul/Kiew (dpa) -")
    c_end = min([i for i in (s.find(", ", stop), s.find("; ", stop)) if i >= 0], default=len(s))
    # (weapons are lost as well as sent, as English "lose" is a sender verb)
    verbs = ((_DE_SENDER_RE,) if metric == "troops" else (_DE_SENDER_RE, _DE_LOSER_RE) if metric == "weapons" else
             (_DE_TAKER_RE,) if metric in ("territory_km2", "settlements") else
             (_DE_SANCTIONER_RE,) if metric == "sanctions_targets" else (_DE_LOSER_RE,))
    if not any(v.search(s[c_start:c_end]) for v in verbs):
        return None
    # the source ("Nach Angaben Seouls hat Nordkorea …") and the destination ("nach Russland")
    # are not the owner
    spans, at = [], c_start
    for m in _DE_NOT_OWNER_RE.finditer(s, c_start, start):
        spans.append((at, m.start()))
        at = m.end()
    return _subject(s, base, spans + [(at, start)], entities)


# Verbs whose subject holds the ground: "Russia captured 189 settlements".
_TAKER_VERBS = {"seize", "capture", "take", "control", "occupy", "gain", "liberate", "retake",
                "recapture", "hold", "conquer", "annex", "advance"}

# Verbs whose subject is the side that suffered the casualties: "Russia lost 1,500 soldiers".
_LOSER_VERBS = {"lose", "suffer", "sustain"}

# Verbs whose subject sanctions the targets: "the US Treasury unveiled sanctions on nine people".
_SANCTIONER_VERBS = {"impose", "unveil", "announce", "slap", "place", "levy", "issue", "target",
                     "sanction", "designate", "blacklist", "add"}


def _owner_span(tokens: _Tokens, start: int, verbs: set[str]) -> tuple[int, int] | None:
    """Char span of the subject of the verb that governs the figure, if it is one of verbs."""
    doc = tokens.doc
    i = tokens.first_at(start)
    if i >= len(doc):
        return None
    t = doc[i]
    for _ in range(6):  # number -> noun -> ("of" -> "an area" -> "over") -> verb
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            break
        t = t.head
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head  # "sanctions on nine people and seven entities": the list's first
    if t.lemma_ in ("kill", "wound", "injure") and t.dep_ in ("ccomp", "acl", "xcomp") and t.head.lemma_ in verbs:
        t = t.head  # "Russia has lost 700,000 soldiers killed or wounded": the parser's clause is the loss
    if t.lemma_ not in verbs:
        return None
    subjects = ("nsubj",)
    for _ in range(3):
        # (the parser may hang the subject on the auxiliary: "North Korea has, according
        # to Seoul, sent …")
        for child in [*t.children, *(g for c in t.children if c.dep_ == "aux" for g in c.children)]:
            if child.dep_ in subjects:
                sub = list(child.subtree)
                start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
                # not the dateline the parser took in, nor took for a subject of its own
                # ("SEOUL, Nov 20 (Reuters) - North Korea has sent …": two subjects)
                own = start + dateline_end(tokens.text[start : t.idx])
                if own < end:
                    return own, end
        if t.dep_ in ("xcomp", "conj") and t.head.i != t.i:
            # "Russia plans to send ...", "Russia trained and sent ...", and a passive's subject
            # raised: "North Korea is believed to have sent ..."
            subjects = ("nsubj", "nsubjpass") if t.dep_ == "xcomp" else ("nsubj",)
            t = t.head
        elif t.dep_ == "pcomp" and t.head.lower_ == "of":
            # "accused Russia of sending 10,000 troops": the accused is the sender
            obj = [c for c in t.head.head.children if c.dep_ == "dobj"]
            return (obj[0].left_edge.idx, obj[0].idx + len(obj[0].text)) if obj else None
        else:
            return None
    return None


def _antecedent_subject(tokens: _Tokens, span: tuple[int, int]) -> str | None:
    """"Russian troops are making progress. On average, they are advancing over 30 square
    kilometres": an owner that is "they" or "it" stands for the subject of the sentence
    before, whose state the subjects lexicon names."""
    doc = tokens.doc
    i = tokens.first_at(span[0])
    if i >= len(doc) or doc[i].lower_ not in ("they", "it"):
        return None
    # the subject of a clause before it in its own sentence first: "Ukraine controlled 1,376
    # square kilometres; it now holds around 800"
    sent = doc[i].sent
    roots = [t for t in doc[sent.start : i] if t.pos_ in ("VERB", "AUX")][::-1]
    before = sent.start - 1
    while before >= 0 and doc[before].is_space:
        before -= 1  # (a line break is a sentence of its own: extract.nlp.paragraphs)
    if before >= 0:
        roots.append(doc[before].sent.root)
    for root in roots:
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < i), None)
        if subj is not None:
            return sj.subject_in(tokens.text[subj.left_edge.idx : subj.right_edge.idx + len(subj.right_edge)])
    return None


_LOOKBACK_RE = re.compile(
    r"(?i)\b(?P<noun>soldiers|troops|servicemen|fighters|forces|personnel|officers|people|"
    r"civilians|casualties|losses|dead|wounded|Soldaten|Truppen|Kämpfer|Menschen|Zivilisten|Streitkräfte|Verluste"
    r"|Toten|Verwundeten|Verletzten|Entsandten)\b"
    # or people named by a demonym ("the number of North Koreans", "die Zahl der Nordkoreaner"),
    # which _people_noun checks
    r"|\b(?P<people>(?-i:(?:North |South )?[A-ZÄÖÜ][a-zäöü]+(?:ans|aner|anern|ainer|ainern|en)))\b"
)
_LOOKBACK_UNIT = {
    "soldiers": "soldier", "troops": "troop", "servicemen": "serviceman", "fighters": "fighter",
    "forces": "troop", "personnel": "personnel", "officers": "officer", "people": "people",
    "civilians": "civilian", "soldaten": "soldier", "truppen": "troop", "kämpfer": "fighter",
    "menschen": "people", "zivilisten": "civilian", "streitkräfte": "troop",
    "casualties": "casualty", "losses": "casualty", "verluste": "casualty",  # "North Korean losses are estimated at 3,000"
    "dead": "dead", "wounded": "wounded", "toten": "dead", "verwundeten": "wounded", "verletzten": "wounded",
    "entsandten": "troop",  # "die Zahl der Entsandten auf etwa 11.000": those sent
}


# Between the noun and the bare number: "troops ... currently totals around 12,000".
_LOOKBACK_LINK_RE = re.compile(
    r"(?i)\b(?:totals?|totall?ed|numbers?|numbered|stands?\s+at|stood\s+at|reached|amounts?\s+to"
    r"|is|are|was|were|be|been|beläuft\s+sich\s+auf|belief\s+sich\s+auf|beträgt|betrug|liegt\s+bei"
    r"|lag\s+bei|bei|sind|waren|auf|könnte|könnten|dürfte|dürften|soll|sollen|wird|werden"
    # ... or a part of them: "11,000 soldiers in Kursk, of whom several hundred", "von denen"
    r"|of\s+whom|of\s+them|von\s+denen|davon"
    r"|(?:risen|rose|rises|grown|grew|grows|climbed|climbs|increased|increases|jumped|swelled|swollen)\s+to"
    # ... or above it: "Russian losses now exceed 38,000", "übersteigen 38.000"
    r"|" + "|".join(ql.EXCEEDING) + r")\b"
)
# "its estimate of North Korean troops … to 12,000 from 10,000", "die Schätzung der Soldaten
# von 10.000 auf 12.000": a count of the noun, changed to or from the number
_COUNT_OF_RE = re.compile(rf"(?i)\b(?:{un.COUNT_NOUNS})\s+(?:of|for|among|der|des)\s+(?P<np>[^\d,;:.()]{{0,40}})$")
_CHANGE_WORDS = r"to|from|von|auf"
# (or valued "at": "Seoul puts the number of North Korean casualties at 1,100"; "on" where
# machine translation renders "auf": "had estimated the number of the sent soldiers on 10,000")
_CHANGED_TO_RE = re.compile(rf"(?i)\b(?:{_CHANGE_WORDS}|at|on)\s*$")
# ... as is the noun a verb of valuing takes: "Zelenskiy put North Korean casualties at 3,800",
# "Seoul schätzt die nordkoreanischen Verluste auf 3.000"
_VALUED_RE = re.compile(r"(?i)\b(?:puts?|putting|estimates?|estimated|estimating|places?|placed|placing"
                        r"|schätz\w*|geschätzt|beziffer\w*)\s+(?:the\s+)?(?P<np>[^\d,;:.()]{0,40})$")
# Whose it is may follow the noun: "die Verluste der Nordkoreaner", "the losses of the North Korean army"
_OWNER_AFTER_RE = re.compile(r"(?i)\s+(?:of|der|des)\s+(?:the\s+)?[^\d,;:.()]{0,30}")


# A clause of contrast, in which someone else gives their own count
_CONTRAST_RE = re.compile(r"(?i),\s+(?:while|whereas|but|though(?!\s*,)|although|während|wohingegen|aber|obwohl)\b")


_CASUALTY_AFTER = re.compile(r"(?i)\s+(?:killed|wounded|dead|injured|getötete\w*|verwundete\w*|gefallene\w*)\b")
_SAYS_RE = re.compile(r"(?i)\s*(?:say|said|claim|claimed|believe|believed|tell|told"
                      r"|sagen|sagten|meinen|glauben)\b")  # (right after the people: their verb in the plural)


# a count of its own after the people, not of them: "Die Amerikaner haben die Zahl …" (but
# "their numbers" are theirs: "North Korean troops saw their numbers grow to 12,000")
_A_COUNT_AFTER = re.compile(rf"(?i)^\s+\w+\s+(?:\w+\s+)?(?:the|die)\s+(?:{un.COUNT_NOUNS})\b(?!\s+(?:of|der|des)\b)")


def _inferred_unit(before: str) -> tuple[str, int, int] | None:
    """The unit of a bare number from the noun it was said of earlier in the sentence:
    "The number of North Korean troops ... totals around 12,000" counts troops."""
    lo = max(0, len(before) - _PERSON_LOOKBACK)
    last = unit = None
    for m in _LOOKBACK_RE.finditer(before, lo):
        counted = _LOOKBACK_UNIT[m.group("noun").lower()] if m.group("noun") else _people_noun(m.group("people"))
        if counted:
            last, unit = m, counted
    between = before[last.end():] if last else ""
    if _CASUALTY_AFTER.match(between):
        return None  # "The number of North Korean soldiers killed, though, …": a toll, not a count of soldiers
    if _CONTRAST_RE.search(between):
        return None  # "… killed or wounded, while Zelensky put the number at 3,000": another's count
    if _SAYS_RE.match(between) or _A_COUNT_AFTER.search(between):
        # "the South Koreans say it is around 11,000", "Die Amerikaner haben die Zahl auf 8.000
        # korrigiert": the people who say it or count, not what it counts
        return None
    count_of = _COUNT_OF_RE.search(before, 0, last.start()) if last else None
    valued = last is not None and between.strip() in ("at", "auf", "on") and _VALUED_RE.search(before, 0, last.start())
    if not last or any(c.isdigit() for c in between) or not (
            _LOOKBACK_LINK_RE.search(between) or (count_of and _CHANGED_TO_RE.search(between)) or valued):
        return None
    # the words of the noun's own phrase: "Seoul said 300 North Korean soldiers" -> "North
    # Korean"; after "estimate of" or the verb of valuing only ("Seoul raised its estimate of
    # North Korean troops", "Seoul estimates North Korean losses at 3,000")
    lead = (count_of or valued).start("np") if count_of or valued else \
        re.search(r"[^\d,;:.()]{0,40}$", before[:last.start()]).start()
    owner = _OWNER_AFTER_RE.match(before, last.end())
    return unit, lead, owner.end() if owner else last.end()


def _people_noun(noun: str) -> str | None:
    """The unit a demonym noun counts, as after a number: "North Koreans" -> "North Korean",
    as the German "Nordkoreanern" (dative) in the lexicon (units.COUNT_DE); None for other words."""
    unit = un.COUNT_DE.get(noun) or (noun[:-1] if noun.endswith(("s", "ern")) else noun)
    return unit if sj.is_subject_word(unit) else None


# A figure ruled out beside the one given: "in the hundreds, not the thousands", "1,000, not
# 10,000", "not 10,000 but 1,000", "nicht 10.000, sondern 1.000"
_NOT_AFTER_A_FIGURE = re.compile(r"(?i)^,?\s*(?:and\s+)?not\s+(?:the\s+)?$")
_NOT_BEFORE = re.compile(r"(?i)\b(?:not|nicht)\s+(?:von\s+|the\s+)?$")
_BUT_BEFORE_A_FIGURE = re.compile(r"(?i)^[^\d.;:!?]{0,30}?,?\s+(?:but|sondern)\s+(?:von\s+|the\s+)?$")


# ... but not one the sentence gives as someone else's: "and not 30 as Russia said"
_AS_OTHERS_SAID = re.compile(r"(?i)\s*,?\s*(?:as|wie)\b")


def _ruled_out(text: str, f: _Figure, before: _Figure | None, after: _Figure | None) -> bool:
    if _AS_OTHERS_SAID.match(text, f.end):
        return False
    return (before is not None and _NOT_AFTER_A_FIGURE.match(text[before.end : f.start]) is not None) or (
        after is not None and _NOT_BEFORE.search(text, max(0, f.start - 12), f.start) is not None
        and _BUT_BEFORE_A_FIGURE.match(text[f.end : after.start]) is not None)


def find_quantities(doc: Doc, sentences: list[Sentence], language: str,
                    entities: list[EntityMention]) -> list[Quantity]:
    """All figures of a parsed document, in text order, ids q0001, q0002, ..."""
    lang = "de" if language == "de" else "en"
    tokens = _Tokens(doc)
    text = tokens.text
    found: list[tuple[int, _Figure]] = []
    # entity mentions by offset (not by sentence_idx, so any sentence split works)
    ents = sorted((e for e in entities or () if e.entity_id), key=lambda e: e.char_start)
    ent_starts = [e.char_start for e in ents]
    for sent in sentences:
        lo = bisect.bisect_left(ent_starts, sent.char_start)
        hi = bisect.bisect_left(ent_starts, sent.char_end)
        found += [(sent.sentence_idx, f) for f in figures_in_sentence(tokens, sent, lang, ents[lo:hi])]
    found.sort(key=lambda sf: (sf[1].start, sf[1].end))
    out: list[Quantity] = []
    last_end = -1
    for k, (sent_idx, f) in enumerate(found):
        if f.start < last_end or _ruled_out(text, f, found[k - 1][1] if k else None, found[k + 1][1] if k + 1 < len(found) else None):
            continue
        last_end = f.end
        start = _with_opening_mark(text, f.start, f.end)
        out.append(Quantity(
            quantity_id=f"q{len(out) + 1:04d}", sentence_idx=sent_idx, char_start=start,
            char_end=f.end, text=text[start:f.end], value=float(f.value),
            low=None if f.low is None else float(f.low),
            high=None if f.high is None else float(f.high),
            qualifier=f.qualifier, unit=f.unit, metric=f.metric, subject_id=f.subject,
        ))
    _those_sent(out, text)
    _carry_over(out, text)
    _part_of_people_named(out, text)
    _rates(out, text)
    return out


_TIMES = frozenset(("hour", *PERIODS))


def _rates(quantities: list[Quantity], text: str) -> None:
    """"3,000 troops per month", "rund 3.000 Mann pro Monat", "1,500 soldiers a day": a rate
    counts per time, no total: its unit says so and its metric is other (a rate set beside
    a total would read as a dispute)."""
    for q in quantities:
        if not q.unit or " per " in q.unit:
            continue
        pm = un.PER_RE.match(text, q.char_end)
        time = un.per_target(pm.group("per")) if pm else None
        every = _EVERY_AFTER.match(text, q.char_end) or _EVERY_BEFORE.search(text, max(0, q.char_start - 12), q.char_start)
        if time not in _TIMES and every is not None:
            word = next(g for g in every.groups() if g).lower()
            time = "day" if word in ("daily", "tag", "täglich") else word
        if time in _TIMES:  # (money per time stays money: "$115 every month")
            q.unit, q.metric = f"{q.unit} per {time}", "money" if q.metric == "money" else "other"


# "1,500 soldiers every day", "… daily", "1.500 Soldaten am Tag", "täglich 1.500 Soldaten"
_EVERY_AFTER = re.compile(r"(?i)\s+(?:(?:every|each)\s+(day|week|month|year)\b|(daily)\b|am\s+(Tag)\b(?!\s+(?:der|des|nach|vor|danach|zuvor)\b))")
_EVERY_BEFORE = re.compile(r"(?i)\b(täglich)\s+$")


# "Kyiv says 11,000 troops are in Kursk. Seoul puts the number at 10,000.": the number of
# the figure before, in its paragraph.
_SAME_FIGURE = re.compile(
    rf"(?i)\b(?:the|that|this|its|their|die|diese|deren|dessen|ihre) (?:{un.COUNT_NOUNS})\s+(?!(?:of|der|des)\s)(?:[a-zäöü]+,?\s+){{0,2}}"
    r"(?:at|to|of|in|on|auf|mit|bei)\s+(?:[a-zäöü]+\s+){0,2}$"
    # ... or a pro-form a verb of changing takes: "on Monday it raised that to 11,000", "am
    # Montag erhöhte es sie auf 12.000"
    r"|\b(?:raised|lowered|revised|increased|cut|erhöhte|senkte|korrigierte)\s+(?:(?:es|er)\s+)?(?:it|that|this|sie|diese)\s+"
    r"(?:up\s+|down\s+|nach\s+oben\s+|nach\s+unten\s+)?(?:to|auf)\s+$"
    # ... or its peak or earlier value: "about 800 square kilometres of Russian territory, down
    # from a peak of 1,300", "had moved into Kursk, up from an estimated 8,000 two weeks earlier"
    r"|,\s+(?:up|down)\s+from\s+(?:(?:a|its|the)\s+(?:peak|high|low)\s+of\s+)?$"
    # ... or "es": "kontrollierte etwa 1.376 Quadratkilometer, inzwischen seien es noch rund 800"
    r"|\b(?:sind|seien|waren|wären)\s+es\s+(?:[a-zäöü]+\s+){0,2}$"
    # ... or a figure given as one: "nannte eine Zahl von rund 10.000", "gave a figure of 10,000"
    r"|\b(?:a|an|eine)\s+(?:figure|number|Zahl)\s+(?:of|von)\s+(?:[a-zäöü]+\s+){0,2}$"
)


# "… to 12,000 from 10,000", "von 10.000 auf 12.000", "to 3,000, up from 1,100", "auf 3.000
# nach oben, nach zuvor 1.100": the old and the new value of one count
_CHANGED_BETWEEN = re.compile(rf"^(?:\s+(?:{_CHANGE_WORDS})|,?\s+(?:up|down)\s+from"
                              r"|(?:\s+nach\s+(?:oben|unten))?,\s+nach\s+(?:zuvor|bisher|bislang))\s+$")


# "… 11.000 Soldaten in Russland, Kiew von 12.000", "3.000 Tote, Moskau 200": a source's name
# and the figure, the verb and the noun left out; or the source's verb and the noun left out
# ("North Korea has sent 11,000 troops; the Pentagon says 8,000 are in Kursk")
# (a source as german._gapped_source reads one: names_a_source)
_GAPPED = re.compile(r"^[^.;:!?\d]{0,60}?[,;]\s+(?:(?:die|der|das|the)\s+)?(?P<source>(?:[A-ZÄÖÜ][\w.-]*\s+){0,2}[A-ZÄÖÜ][\w.-]*)"
                     r"\s+(?:von\s+|auf\s+|of\s+|at\s+|(?:says|said|sagt|sagte|spricht\s+von)(?:,|\s+that|\s+dass)?\s+)?$")
# "1,000 others", "weitere 300 andere": more of the same
_OTHERS = re.compile(r"\s+(?:others|other\s+(?:soldiers|troops)|andere)\b", re.IGNORECASE)
# "Etwa 8.000 davon", "around 3,000 of them": a part of the count before
# (after a closing quote too: '"several hundred" of them')
_PART_OF = re.compile(r"(?i)[\"”“'’]?\s+(?:davon|von\s+ihnen|of\s+them|of\s+those|of\s+these)\b")
# ... "Davon sollen etwa 1.100 …", "Of those, 1,100 …": the part named first
# (or after a comma, "including", "darunter": "lost 768,880 troops, including 1,880 in the past day")
_PART_OF_BEFORE = re.compile(r"(?im)(?:(?:^|[.!?]\s+)(?:davon|of\s+(?:them|those|these),?)|,\s+(?:including|darunter))"
                             r"\s+(?:[^\W\d]+\s+){0,3}$")
_OF_THE_WHOLE = re.compile(r"(?i)\sof\s+(?:the|these|those)\s")


def _carry_over(quantities: list[Quantity], text: str) -> None:
    for before, q in zip(quantities, quantities[1:]):
        # (within a paragraph; a part "of them" may open the next, in its first sentence)
        gap = text[before.char_end:q.char_start]
        opens_paragraph = not re.search(r"[.!?][\"”“»]?\s", gap.rsplit("\n", 1)[-1])
        if not before.unit or "\n" in gap and not (_PART_OF.match(text, q.char_end) and opens_paragraph):
            continue
        if _OTHERS.match(text, q.char_end) and before.subject_id:
            # "About 100 North Korean soldiers have been killed … and 1,000 others injured":
            # more of those counted before, not of whom they fought
            q.unit, q.subject_id = before.unit, before.subject_id
            continue
        if q.unit is not None:
            same = q.unit == before.unit and _SAME_FIGURE.search(text, max(0, q.char_start - 60), q.char_start)
            if same and q.metric in ("other", *_PERSON_METRICS):
                # "lost 1,530 soldiers, bringing the total to 727,000", "damit stieg die
                # Gesamtzahl auf 727.000": the total counts what the figure before counts
                q.metric = before.metric
            if q.unit == before.unit and q.subject_id is None and (_OF_THE_WHOLE.search(q.text) or same):
                # "around 3,000 of the soldiers", "sent an additional 1,000 troops, bringing the
                # total to 12,000": those counted before
                q.subject_id = before.subject_id
            continue
        # (its metric may already be the same, read from the sentence's "killed or wounded")
        if q.metric in ("other", before.metric) and (_SAME_FIGURE.search(text, max(0, q.char_start - 60), q.char_start)
                                                   or _CHANGED_BETWEEN.match(text[before.char_end:q.char_start])):
            q.unit, q.metric, q.subject_id = before.unit, before.metric, before.subject_id
        elif _PART_OF.match(text, q.char_end) or _PART_OF_BEFORE.search(text, max(0, q.char_start - 40), q.char_start) \
                or (_WHOLE_FIRST.search(text, max(0, before.char_start - 40), before.char_start)
                    and _SAME_CLAUSE.fullmatch(text, before.char_end, q.char_start)):
            # what the part counts is the whole's; what happened to it may be its own ("… of
            # them have been killed")
            q.unit, q.subject_id = before.unit, q.subject_id or before.subject_id
            q.metric = before.metric if q.metric == "other" else q.metric
        elif q.metric == "other" and (gap := _GAPPED.match(text[before.char_end:q.char_start])) \
                and names_a_source(gap.group("source")):
            # "Seoul spricht von 11.000 Soldaten, Kiew von 12.000": another source's count of the same
            q.unit, q.metric, q.subject_id = before.unit, before.metric, before.subject_id
        elif q.metric == "other" and _FURTHER.search(text, max(0, q.char_start - 25), q.char_start):
            # "11.000 Soldaten …; weitere 2.000 sollen folgen": more of what was counted before
            q.unit, q.metric, q.subject_id = before.unit, before.metric, q.subject_id or before.subject_id
        elif q.metric in _PERSON_METRICS and before.metric in _PERSON_METRICS and (
                _ELLIPSIS_GAP.fullmatch(text, before.char_end, q.char_start)
                or _FURTHER.search(text, max(0, q.char_start - 25), q.char_start)):
            # "100 North Korean soldiers had died and more than 1,000 had been injured", "…
            # 200 Nordkoreaner getötet. Weitere 300 seien verwundet worden": a bare casualty
            # count of the same people; what happened to them is its own
            q.unit, q.subject_id = before.unit, q.subject_id or before.subject_id


# "North Korean units took part in assaults. About 200 of them were killed", "Nordkoreanische
# Soldaten … Etwa 200 von ihnen": the people a part is of, named before it in its paragraph
# with no figure (_carry_over reads a figure before); a force's "units", "Einheiten" count its
# troops, as "forces" do (_LOOKBACK_UNIT)
_UNIT_NOUNS = {"units": "troop", "einheiten": "troop"}


def _people_noun_unit(word: str) -> str | None:
    low = word.lower()
    unit = _LOOKBACK_UNIT.get(low) or _UNIT_NOUNS.get(low) or un.COUNT_DE.get(word) or next(
        (n for n in (low, low.removesuffix("s")) if n in un.COUNT_METRIC_EN), None)
    return unit if unit in un.PERSON_UNITS else None


def _part_of_people_named(quantities: list[Quantity], text: str) -> None:
    """... and a bare count of the dead or wounded ("how many North Korean soldiers had been
    killed. It estimated that at least 100 had died"): of those named before it."""
    for q in quantities:
        bare_casualties = q.unit is None and q.metric in _CASUALTY_METRICS
        if q.subject_id is not None or not (bare_casualties or _PART_OF.match(text, q.char_end)):
            continue
        named = _people_named(text[max(0, q.char_start - 300) : q.char_start].rsplit("\n", 1)[-1])
        if named:
            q.subject_id, q.unit = named[-1][0], q.unit or named[-1][1]
            if q.metric == "other":
                q.metric = _metric(q.unit, "", "", False)  # "… North Korean soldiers … 11,000 of them"


def _people_named(before: str) -> list[tuple[str, str]]:
    """(whose, unit) of the people named in `before`: "North Korean troops" -> (Q423, troop);
    not those who speak ("Ukrainian officials have not given a figure")."""
    return [(qid, unit) for m in sj.SUBJECT_RE.finditer(before)
            if (qid := sj.subject_in(m.group())) and (noun := re.match(r"\s+(\w+)", before[m.end():]))
            and (unit := _people_noun_unit(noun.group(1))) and unit not in _SPEAKING]


# People who speak of a count rather than are counted
_SPEAKING = frozenset("official spokesman spokesperson diplomat analyst expert lawmaker".split())


def _those_sent(quantities: list[Quantity], text: str) -> None:
    """A bare count of those sent, with no figure before it in its paragraph: "North Korean
    troops had been deployed. More than 10,000 had been sent", "Nordkorea hat Truppen
    geschickt. Der NIS schätzt ihre Zahl auf etwa 11.000" count the people named before."""
    for k, q in enumerate(quantities):
        sent_after = _SENT_AFTER.match(text, q.char_end)
        if q.unit is not None or q.metric != "other" or not (
                sent_after or _SAME_FIGURE.search(text, max(0, q.char_start - 60), q.char_start)):
            continue
        before = text[max(0, q.char_start - 300) : q.char_start].rsplit("\n", 1)[-1]
        if k > 0 and quantities[k - 1].char_end > q.char_start - len(before):
            continue  # a figure before it in its paragraph: _carry_over's
        # the last thing counted before it is people, sent, and nothing befell them since
        # (not "sent soldiers and artillery shells", "suffered heavy casualties")
        counted = [(m, _people_noun_unit(m.group())) for m in re.finditer(r"\w+", before) if _countable(m.group())]
        if not counted or counted[-1][1] is None or not (sent_after or _SENT_WORDS.search(before)) \
                or _casualty_words(before[counted[-1][0].end():], 0):
            continue
        named = _people_named(before)
        q.subject_id, q.unit = named[-1] if named else (None, counted[-1][1])
        q.metric = _metric(q.unit, "", "", False)


def _countable(word: str) -> bool:
    """A noun of things or people a figure may count: "soldiers", "shells", "Raketen"."""
    low = word.lower()
    return _people_noun_unit(word) is not None or word in un.COUNT_DE or any(
        n in un.COUNT_METRIC_EN for n in (low, low.removesuffix("s"), low.removesuffix("es")))


_SENT_WORDS = re.compile(r"(?i)\b(?:sent|send|sending|deployed|deploying|dispatched|stationed|arrived|geschickt|schickt\w*"
                         r"|entsandt|entsend\w*|verlegt|stationiert|eingetroffen)\b")


# a count of those sent: "10,000 had been sent", "1,500 had already arrived", "11.000 seien entsandt worden"
_SENT_AFTER = re.compile(r"(?i)\s+(?:(?:have|has|had|were|are|was|been|being|already|now|sind|seien|wurden|bereits|schon)\s+){1,3}"
                         r"(?:sent|deployed|dispatched|stationed|arrived|gone|moved|entsandt|geschickt|verlegt|stationiert|eingetroffen)\b")
# a few words of one sentence
_SAME_CLAUSE = re.compile(r"[^.;:!?]{0,30}")
# the rest of a clause after its figure, then the conjunction that opens the next
_ELLIPSIS_GAP = re.compile(r"(?i)(?:\s+[^\W\d]+){1,4},?\s+(?:and|und|but|aber|while|whereas|während|sowie)\s+")
# a count added to the one before
_FURTHER = re.compile(r"(?i)\b(?:weitere|weiteren|another|a\s+further|further|additional|zusätzliche)\s+$")
