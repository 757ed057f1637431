"""Wire datelines: "SEOUL, Dec 16 (Reuters) -", "Kiew/Seoul (dpa) -", "Washington (AFP)", and
without the agency's tag, a place set off by a dash: "Kyiv/Moscow - ", "WASHINGTON -- ".

A module of its own, without imports, because the cleaning stage (boilerplate lines,
metadata) and the extraction stage (claim contents, figure owners) both read it, and an
extraction worker must not load the cleaning stage's trafilatura.
"""

from __future__ import annotations

import re

WIRE_TAG = r"(?:AFP|Reuters|AP|dpa|APA|KNA|epd|SDA|Xinhua|Yonhap|Kyodo|TASS|Interfax|UPI|Anadolu|ANSA|EFE|Bloomberg)"
# (a place in capitals with its country after a comma ("KYIV, Ukraine —") or before a double
# dash ("WASHINGTON -- "), or two places ("Kyiv/Moscow - "): not an acronym or a label ("NATO -
# Das Bündnis", "BREAKING - ", "CDU/CSU – Die Union"), nor "Mehmet Oz — a surgeon"; the
# sentence after it opens with a capital)
_CAPITALS = r"[A-ZÄÖÜ]{3,}(?:[ -][A-ZÄÖÜ]{2,})*"
_PLACE = (rf"(?:{_CAPITALS},\s*[A-Z][\w.]+(?:\s[A-Z][\w.]+)?\s+(?:--?|–|—)|{_CAPITALS}\s+(?:--|—)"
          r"|[A-ZÄÖÜ][a-zäöüß'’.]+/[A-ZÄÖÜ][a-zäöüß'’.]+\s+(?:--?|–|—))")
# (or a chronology's date set off by a dash: "3. Oktober – Ukrainische Medien berichten …",
# "Oct. 3, 2024 — Seoul says …")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Mai|Jun|Jul|Aug|Sep|Oct|Okt|Nov|Dec|Dez|Jän|Mär)[a-zäöü]*\.?"
_DATE = rf"(?:\d{{1,2}}\.\s*{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?)(?:\s+\d{{4}})?\s+(?:--?|–|—)"
DATELINE = re.compile(rf"^(?:[A-ZÄÖÜ][\w .'’/-]{{1,40}}(?:,\s*[\w .]{{1,20}})?\s*\({WIRE_TAG}\)\s*(?:(?:--|[-–—:])\s*)?"
                      rf"|(?:{_PLACE}|{_DATE})\s+(?=[A-ZÄÖÜ\"“„]))(?P<rest>.*)$")


def dateline_end(text: str) -> int:
    """Where a text that opens with a wire dateline ("SEOUL, Dec 16 (Reuters) - …", "Kiew/Seoul
    (dpa) - …") starts its own words; 0 without one."""
    m = DATELINE.match(text.split("\n", 1)[0])
    return m.start("rest") if m is not None and m.group("rest") else 0
