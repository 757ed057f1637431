"""Wire datelines: "SEOUL, Dec 16 (Reuters) -", "Kiew/Seoul (dpa) -", "Washington (AFP)".

A module of its own, without imports, because the cleaning stage (boilerplate lines,
metadata) and the extraction stage (claim contents, figure owners) both read it, and an
extraction worker must not load the cleaning stage's trafilatura.
"""

from __future__ import annotations

import re

WIRE_TAG = r"(?:AFP|Reuters|AP|dpa|APA|KNA|epd|SDA|Xinhua|Yonhap|Kyodo|TASS|Interfax|UPI|Anadolu|ANSA|EFE|Bloomberg)"
DATELINE = re.compile(rf"^[A-ZÄÖÜ][\w .'’/-]{{1,40}}(?:,\s*[\w .]{{1,20}})?\s*\({WIRE_TAG}\)\s*(?:[-–—:]\s*)?(?P<rest>.*)$")


def dateline_end(text: str) -> int:
    """Where a text that opens with a wire dateline ("SEOUL, Dec 16 (Reuters) - …", "Kiew/Seoul
    (dpa) - …") starts its own words; 0 without one."""
    m = DATELINE.match(text.split("\n", 1)[0])
    return m.start("rest") if m is not None and m.group("rest") else 0
