"""Numbers that are not figures: dates, years, clock times, ages, scores, identifiers.

Spans found here are removed before figures are read. Rules, in short:
- dates: "16.12.2024", "2024-10-24", "10/24/2024", "24/7", "Dec 16", "September 16-19",
  "16 December", "16. Dezember", "February 2022", "Septembers 2001"; every "a/b" that
  is not "1/16 of" (fractions are read before these rules);
- clock times: "19:41", "10.45pm", "5am", "5:00 AM", "14 Uhr";
- ages of people (up to 130 years): "32-year-old", "18 month-old", "32-jährige",
  "Die 36-Jährige", "39 Jahre alter", "aged 32", "ages 55 to 65", "between 20 and 30 years
  old", "18- bis 25-Jährige", "Jamie Armstrong, 25,",
  "Stefan Ziemendorff (32)" (an age is a fact about a person, not a figure of the story;
  "a 2,900-year-old site" is a measurement and stays, unit "year of age");
- scores and tolerances: "(3:2)", "plus/minus 13,5"; scientific notation "1.99×10−30";
- idioms: "at one point", "one hell of"; reference marks: "[24]";
- decades: "the 1990s", "the 90s"; dates counted back or on: "two weeks ago", "vor zwei Wochen",
  "two weeks before the election", "drei Tage nach dem Angriff";
- years and identifiers need the words around them and are decided in quantities.py:
  ID_WORDS ("resolution 1718", "Game 7"), numbers glued to letters ("G7", "F-35",
  "Model 3s"), right after a capitalised name ("FTSE 100", "iPhone 11", "A 52"), or
  after markup (timestamp="1474387200").
"""

from __future__ import annotations

import re

from extract.nlp import CITATION

MONTHS_EN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
MONTHS_DE = (
    r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November"
    r"|Dezember)"
)
MONTH = rf"(?:{MONTHS_EN}|{MONTHS_DE})"

_PATTERNS = [
    # numeric dates and a/b forms (24/7, 9/11, fractions)
    r"\b\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\b",
    r"\b\d{4}-\d{1,2}-\d{1,2}\b",
    r"\b\d{1,4}[/⁄]\d{1,4}(?:[/⁄]\d{2,4})?\b",
    # scientific notation "1.99×10−30"
    r"\b\d+(?:[.,]\d+)?\s?[×x]\s?10[−-]?\d*",
    # month names with day and/or year
    # (two days: "January 14 and 15"; not a figure after the day: "on March 3 and 1,500 on March 4",
    # "on January 14 and 15 soldiers")
    rf"\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:\s*[-–]\s*\d{{1,2}}\b|\s+(?:and|or|to)\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    r"(?!\s*[%\w]|[.,]\d))?"
    rf"(?:,?\s+\d{{4}}\b)?",
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:and|or|to|und|oder|bis)\s+)?\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:of\s+)?{MONTH}(?:,?\s+\d{{4}}\b)?",
    rf"\b{MONTH}s?(?:\s+of)?\s+\d{{4}}\b",
    # scores and ratios "3:2", "(90:9 Stimmen)"; tolerances "plus/minus 13,5", "± 2"
    r"\b\d{1,3}:\d{1,3}\b(?!:)",
    r"(?:plus/minus|\+/-|±)\s*\d+(?:[.,]\d+)?",
    # clock times
    r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?|Uhr|h\b)",
    r"\b\d{1,2}:\d{2}(?::\d{2})?\b",
    r"\b\d{1,2}\s?(?:[ap]\.m\.|[ap]m\b|Uhr\b)",
    # ages, and their ranges: "between 20 and 30 years old", "18- bis 25-Jährige"
    r"(?<![\d.,])\b(?:between\s+\d{1,3}\s+and\s+|\d{1,3}-?\s*(?:to|-|–|or)\s*)?"
    r"\d{1,3}[\s-]*(?:year|month|week|day)s?[\s-]*olds?\b",
    r"\b(?:zwischen\s+\d+\s+und\s+|\d+-\s*(?:bis|und|oder)\s+|\d+\s*(?:bis|-|–)\s*)?"
    r"\d+-?[jJ]ährige[nmrs]?\b",
    r"\b[A-ZÄÖÜ][\w-]+\s\(\d{1,3}(?:\s(?:Jahre|years?))?\)",
    r"\b(?:zwischen\s+\d+\s+und\s+|\d+\s*(?:bis|-|–)\s*)?\d+\s+Jahre\s+alt(?:e[nmrs]?)?\b",
    r"\b(?:aged|ages?|im\s+Alter\s+von)\s+\d{1,3}\b(?:\s*(?:to|-|–|and|bis|und)\s*\d{1,3}\b)?",
    r"\b[A-Z][a-z]+,\s\d{1,3}(?=,\s|\s[―—–-]\s)",
    # decades, "the 90s", "the 1990s", "the '90s"
    r"\b(?:\d{2}|\d{4})['’′]?s\b",
    # dates counted back: "two weeks ago", "vor zwei Wochen" (stance.referred_date resolves them)
    r"\b[\w-]+\s+(?:days?|weeks?|months?|years?)\s+ago\b",
    # ... or from another date: "two weeks before the U.S. election", "drei Tage nach dem Angriff"
    r"\b[\w-]+\s+(?:days?|weeks?|months?|years?)\s+(?:before|after|earlier|later)\b",
    r"\b[\w-]+\s+(?:Tage|Wochen|Monate|Jahre)\s+(?:vor|nach|später|zuvor|früher)\b",
    r"\b[Vv]or\s+[\w-]+\s+(?:Tag(?:en)?|Wochen?|Monat(?:en)?|Jahr(?:en)?)\b",
    # reference marks: "… deployed.[24]"
    CITATION,
    # a contact's numbers: "Telefon: 030 18 24-0", "Fax: +49 30 1234"
    r"\b(?i:tel(?:efon)?|fax|phone|mobil|hotline)\.?:?[ \t]*\+?\d[\d \t/().-]{4,}\d",
    # idioms of "one": "at one point" (a time), "one hell of a"
    r"(?i:\bat\s+one\s+point\b)", r"(?i:\bone\s+hell\s+of\b)",
]
NON_FIGURE_RE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS))

# Words that make the next number a name, not an amount: "resolution 1718", "Game 7".
ID_WORDS = {
    "resolution", "resolutions", "number", "no", "no.", "nr", "nr.", "page", "seite",
    "article", "artikel", "section", "paragraph", "chapter", "kapitel", "category",
    "kategorie", "level", "phase", "stage", "game", "flight", "route", "line", "linie",
    "room", "version", "model", "type", "typ", "block", "gate", "terminal", "grade",
    "class", "episode", "vol", "vol.", "volume", "issue", "item", "rule", "amendment",
    "protocol", "platz", "rang", "rank", "covid", "covid-", "windows", "android", "ios",
    "top", "group", "gruppe", "division", "district", "bezirk", "highway", "interstate",
    "apollo", "mission", "channel", "kanal", "studio", "unit", "station", "zone", "squad", "brigade", "regiment", "battalion", "army", "armee",
    "corps", "korps", "fleet", "flotte", "su", "mig", "tu", "iskander", "kinzhal",
}

# Words before a four-digit number that make it a year.
YEAR_CUES = {
    "in", "since", "from", "until", "till", "by", "of", "during", "before", "after",
    "between", "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter",
    "year", "the", "fiscal", "im", "seit", "bis", "ab", "von", "vor", "nach", "jahr",
    "jahres", "zwischen", "ende", "anfang", "mitte", "herbst", "frühjahr", "sommer",
    "and", "und", "to", "through", "circa", "c.", "ca.", "for",
}


def non_figure_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in NON_FIGURE_RE.finditer(text)]
