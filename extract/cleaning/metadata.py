"""Document metadata guessed from the text: publication date, outlet, wire agency, headline.

Metadata that came with the record (sidecar, JSON, WARC) wins over every guess here; the
caller decides the order. A guess that cannot be made is None, never a default.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from urllib.parse import urlsplit

from extract.cleaning.boilerplate import BYLINE, DATE_TOKEN, MASTHEAD
from extract.datelines import WIRE_TAG
from extract.months import month_number

EARLIEST_DATE = date(1990, 1, 1)


def _valid(d: date | None, allow_today: bool = True) -> date | None:
    """Dates before the web or in the future are parsing accidents. A guessed date of today
    (allow_today=False) is a fallback of the guesser, not a publication date."""
    if d is None:
        return None
    today = datetime.now(timezone.utc).date()
    if d < EARLIEST_DATE or d > today or (d == today and not allow_today):
        return None
    return d


def parse_date(value: object, *, allow_today: bool = True) -> date | None:
    """A date from an ISO string, a datetime/date, or one of the formats news pages print."""
    if isinstance(value, datetime):
        return _valid(value.date(), allow_today)
    if isinstance(value, date):
        return _valid(value, allow_today)
    if not isinstance(value, str) or not value.strip():
        return None
    s = value.strip()
    try:
        return _valid(date.fromisoformat(s[:10]), allow_today)
    except ValueError:
        pass
    m = DATE_TOKEN.search(s)
    return _valid(_date_from_token(m.group(0)), allow_today) if m else None


def _date_from_token(token: str) -> date | None:
    t = token.lower().replace(",", " ").replace(".", " ").replace("/", " ")
    parts = t.split()
    try:
        if re.match(r"\d{4}-\d{2}-\d{2}", token):
            return date.fromisoformat(token[:10])
        if all(p.isdigit() for p in parts) and len(parts) == 3:
            day, month, year = (int(p) for p in parts)
            if "/" in token and month > 12:  # US order: 12/16/2024
                day, month = month, day
            return date(year, month, day)
        numbers = [int(re.sub(r"\D", "", p)) for p in parts if re.sub(r"\D", "", p)]
        month = next(n for p in parts if (n := month_number(p)))
        year = next(n for n in numbers if n > 31)
        day = next(n for n in numbers if n <= 31)
        return date(year, month, day)
    except (ValueError, StopIteration):
        return None


def date_from_lines(lines: list[str], max_lines: int = 15) -> date | None:
    """The first date printed on a short line near the top ("16.12.2024 19:41", a dateline)."""
    for line in lines[:max_lines]:
        if len(line) > 120:
            continue
        m = DATE_TOKEN.search(line)
        if m:
            d = _valid(_date_from_token(m.group(0)))
            if d:
                return d
    return None


def outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:
        return None
    host = host.lower().removeprefix("www.").removeprefix("m.")
    return host or None


_COMMENT_POLICY_SITE = re.compile(r"(?i)\b(?:das|the)\s+([a-z0-9-]+\.(?:at|de|ch|com|net|org|co\.uk))[- ]?(?:forum|community)")


def outlet_from_lines(lines: list[str]) -> str | None:
    """A masthead line ("SpaceWar.com - Your World At War") or the site a comment policy names."""
    for line in lines[:10]:
        m = MASTHEAD.match(line)
        if m:
            return m.group("site")
    for line in lines:
        m = _COMMENT_POLICY_SITE.search(line)
        if m:
            return m.group(1).lower()
    return None


# Wire copy shows as a dateline tag "Washington, Dec 16 (AFP)", "Berlin (dpa) -", or an agency
# copyright footer. A photo credit ("(Bild: APA/AP)", "Foto: ... / AFP") is not wire copy.
_WIRE_NAMES = {
    "agence france-presse": "AFP", "associated press": "AP", "deutsche presse-agentur": "dpa",
    "austria presse agentur": "APA", "thomson reuters": "Reuters", "reuters": "Reuters",
    "dpa": "dpa", "afp": "AFP", "apa": "APA",
}  # fmt: skip
_DATELINE_TAG = re.compile(rf"^[A-ZÄÖÜ][\w .'’/-]{{1,40}}(?:,\s*[\w .]{{1,20}})?\s*\(({WIRE_TAG})(?:/[A-Za-z]+)*\)")
_COPYRIGHT_AGENCY = re.compile(
    r"(?i)(?:copyright|©)\s*(?:\d{4}\s*)?(agence france-presse|associated press|thomson reuters|reuters"
    r"|deutsche presse-agentur|austria presse agentur|dpa(?=-infocom|\b)|afp\b|apa\b)"
)
_REUTERS_CREDIT = re.compile(r"(?i)^\(?reporting by [^;]{2,80};.*editing by")


def wire_agency_from_lines(lines: list[str]) -> str | None:
    """The agency whose copy this is; pass the lines without photo captions and credits."""
    for line in lines:
        m = _DATELINE_TAG.match(line)
        if m:
            return m.group(1)
    for line in lines:
        m = _COPYRIGHT_AGENCY.search(line)
        if m:
            return _WIRE_NAMES[m.group(1).lower()]
        if _REUTERS_CREDIT.match(line):
            return "Reuters"
    return None


def author_from_lines(lines: list[str], max_lines: int = 15) -> str | None:
    """The name on a byline near the top ("By Jane Doe"); generic bylines never get here
    (the boilerplate lexicon labels "by Admin" first)."""
    for line in lines[:max_lines]:
        m = BYLINE.match(line)
        if m and len(line.split()) <= 10:
            return m.group("author")
    return None


_TITLE_SUFFIX = re.compile(r"\s+[|]\s+[^|]{1,60}$")


# A wire's slug before a headline: "UPDATE 2-North Korean troops …", "EXCLUSIVE-…".
_WIRE_SLUG = re.compile(
    r"^(?:UPDATE|REFILE|CORRECTED|EXCLUSIVE|WRAPUP|FACTBOX|ANALYSIS|INSIGHT|EXPLAINER|RPT|URGENT|"
    r"TIMELINE|SNAPSHOT)(?: \d+)?-(?=\S)")


def strip_wire_slug(line: str) -> str:
    """'UPDATE 2-North Korean troops in Kursk, Ukraine says' -> the headline alone."""
    return _WIRE_SLUG.sub("", line, count=1)


def strip_title_suffix(title: str) -> str:
    """'Headline | Section' -> 'Headline' (the part after a bar is a section or site name)."""
    stripped = _TITLE_SUFFIX.sub("", title).strip()
    return stripped or title
