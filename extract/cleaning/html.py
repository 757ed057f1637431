"""Main text and metadata of an HTML page with trafilatura, configured on purpose.

Settings (measured with scripts/eval_html.py on the article-extraction dev set):
- favor_precision: our downstream extracts claims, so a stray teaser or caption costs more
  than a lost sentence; it is also the better F1 on the dev set.
- include_comments=False: reader comments are not the outlet's claims.
- include_tables=True: tables in news pages carry figures (casualties, budgets).
- fallbacks on (fast=False): readability/justext rescue pages where the main heuristic fails.
- metadata with htmldate's original-date search: the publication date, not a modification
  date; today's date (htmldate's last resort) is rejected later by metadata.parse_date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura

# HTML5 void elements that libxml2's HTML parser (HTML 4) does not know as void: it opens
# them as containers, so `<embed src=...>` swallows the rest of its paragraph, or the
# whole page, into an element trafilatura then deletes. Closing them at once keeps the text.
_UNKNOWN_VOID = re.compile(r"<(embed|source|track)\b([^<>]*?)/?>", re.IGNORECASE)

_DATE_PARAMS = {"extensive_search": True, "original_date": True, "outputformat": "%Y-%m-%d"}


@dataclass
class HtmlExtraction:
    text: str = ""
    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None
    language: str | None = None


def extract_html(html: str, url: str | None = None) -> HtmlExtraction:
    """The article text (one paragraph per line) and page metadata; empty when nothing is found."""
    try:
        doc = trafilatura.bare_extraction(
            _UNKNOWN_VOID.sub(r"<\1\2></\1>", html),
            url=url,
            favor_precision=True,
            include_comments=False,
            include_tables=True,
            with_metadata=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception:  # trafilatura/lxml can fail on hostile markup; a page is never fatal
        doc = None
    if doc is None:
        return HtmlExtraction()
    return HtmlExtraction(
        text=doc.text or "",
        title=doc.title or None,
        author=doc.author or None,
        date=doc.date or None,
        sitename=doc.sitename or None,
        url=doc.url or None,
        language=doc.language or None,
    )
