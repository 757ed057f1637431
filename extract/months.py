"""Month and weekday names as English and German news print them, and their numbers.

One table for cleaning (publication dates, extract.cleaning.metadata) and attribution (the
dates claims refer to, extract.attribution.stance).
"""

from __future__ import annotations

# Every written form, lower case: full names and the abbreviations news use.
MONTH_NAMES = (
    "january", "jan", "januar", "jänner", "february", "feb", "februar", "march", "mar", "märz",
    "april", "apr", "may", "mai", "june", "jun", "juni", "july", "jul", "juli", "august", "aug",
    "september", "sept", "sep", "october", "oct", "oktober", "okt", "november", "nov",
    "december", "dec", "dezember", "dez",
)  # fmt: skip
# A form's first three letters name its month in both languages.
_NUMBERS = {
    "jan": 1, "jän": 1, "feb": 2, "mar": 3, "mär": 3, "apr": 4, "may": 5, "mai": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "okt": 10, "nov": 11, "dec": 12, "dez": 12,
}  # fmt: skip


# Weekday names, lower case, and their numbers (Monday 0)
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
    "samstag": 5, "sonnabend": 5, "sonntag": 6,
}  # fmt: skip


def month_number(word: str) -> int | None:
    """1-12 for a month's name or abbreviation ("Nov.", "Dezember"), else None."""
    return _NUMBERS.get(word.lower().rstrip(".")[:3])
