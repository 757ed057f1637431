"""clean_document: raw bytes or text in, a CleanedDocument (one paragraph per line) out."""

from __future__ import annotations

import logging
import re

from extract.cleaning.boilerplate import LineLabel, classify_lines
from extract.cleaning.html import HtmlExtraction, extract_html
from extract.cleaning.language import UNDETERMINED, languages
from extract.cleaning.metadata import (
    author_from_lines,
    date_from_lines,
    outlet_from_lines,
    outlet_from_url,
    parse_date,
    strip_title_suffix,
    strip_wire_slug,
    wire_agency_from_lines,
)
from extract.cleaning.normalize import normalize_text
from extract.cleaning.translation import has_mt_glue, has_mt_notice, repair_mt_glue
from extract.formats.encoding import UndecodableError, decode_text
from extract.formats.sniffing import is_html as looks_like_html
from extract.models import CleanedDocument

log = logging.getLogger(__name__)

_HTML_DOCUMENT_START = re.compile(r"^\s*<(?:!doctype\s+html|html)\b", re.IGNORECASE)
# An AFP-style cross-head "- Casualties in Kursk -": keep the words, drop the decoration.
_DASHED_CROSSHEAD = re.compile(r"^[-–—]\s+(.+?)\s+[-–—]$")
# Labels whose lines are pictures' words, not the page's: never evidence of wire copy.
_IMAGE_REASONS = {"caption_with_credit", "caption_before_credit", "repeated_line", "photo_credit"}


def clean_document(
    content: bytes | str,
    *,
    filename: str | None = None,
    content_type: str | None = None,
    url: str | None = None,
    metadata: dict | None = None,
) -> CleanedDocument:
    """Decode, extract (HTML) or take (text) the article, drop boilerplate, record metadata.

    `metadata` (url, title, published_at, outlet; from a sidecar, JSON or WARC) wins over
    every guess. Never raises: input nothing can be made of gives an empty text.
    """
    raw = ""
    try:
        if isinstance(content, str):
            raw = content
        else:
            try:
                raw = decode_text(bytes(content))
            except UndecodableError:
                log.warning("undecodable input %s: empty text", filename or url or "<input>")
                return CleanedDocument(text="", language=UNDETERMINED, n_chars_raw=len(content))
        return _clean(raw, filename=filename, content_type=content_type, url=url, metadata=dict(metadata or {}))
    except Exception:  # the contract is "never raise"; an empty text gets quarantined downstream
        log.exception("cleaning failed for %s", filename or url or "<input>")
        return CleanedDocument(text="", language=UNDETERMINED, n_chars_raw=len(raw))


def is_html(raw: str, content_type: str | None, filename: str | None) -> bool:
    """HTML when the caller says so, the file name says so, or the text sniffs as HTML; an
    explicit text/plain is trusted unless the text opens like an HTML document."""
    if content_type and "html" in content_type.lower():
        return True
    if filename and filename.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    if content_type and content_type.lower().startswith("text/plain"):
        return bool(_HTML_DOCUMENT_START.match(raw[:1024]))
    return looks_like_html(raw[:4096])


def _clean(raw: str, *, filename: str | None, content_type: str | None, url: str | None, metadata: dict) -> CleanedDocument:
    page = HtmlExtraction()
    if is_html(raw, content_type, filename):
        page = extract_html(raw, url=metadata.get("url") or url)
        text = normalize_text(page.text)
    else:
        text = unwrap_hard_wrapped(normalize_text(raw))

    lines = [line for line in text.split("\n") if line]
    labels = classify_lines(lines)
    body = [lab for lab in labels if not lab.boilerplate]

    title = _clean_str(metadata.get("title")) or _clean_str(page.title) or guess_title(labels)
    if title:
        title = strip_title_suffix(strip_wire_slug(title))

    kept = [_edit_line(lab.text, title) for lab in body]
    if page.title and kept and title and _letters(kept[0]) == _letters(title):
        # HTML: the page's headline is in `title`; the text is the article body, as the
        # extraction benchmark defines it (trafilatura keeps an <h1> now and then).
        # Pre-extracted text keeps its headline line: there it is part of what was copied.
        kept = kept[1:]
    out_text = "\n".join(line for line in kept if line)

    machine_translated = has_mt_notice(text) or has_mt_glue(out_text)
    if machine_translated:
        out_text = repair_mt_glue(out_text)

    out_lines = out_text.split("\n") if out_text else []
    # Mixed language is a property of the page as it came: its comment section counts too.
    language, mixed = languages(out_lines, lines)

    # The page's own lines, boilerplate included (date lines, datelines, footers), but not
    # what belongs to pictures: a photo's date or agency is not the article's.
    page_lines = [lab.text for lab in labels if lab.reason not in _IMAGE_REASONS]
    published = (
        parse_date(metadata.get("published_at"))
        # htmldate can fall back to the crawl day: a guessed date of today is not trusted.
        or parse_date(page.date, allow_today=False)
        or date_from_lines(page_lines)
    )
    doc_url = _clean_str(metadata.get("url")) or _clean_str(url) or _clean_str(page.url)
    outlet = (
        _clean_str(metadata.get("outlet"))
        or _clean_str(page.sitename)
        or outlet_from_lines(lines)
        or outlet_from_url(doc_url)
    )
    wire = wire_agency_from_lines(page_lines)

    return CleanedDocument(
        text=out_text,
        title=title,
        language=language,
        is_mixed_language=mixed,
        published_at=published,
        outlet=outlet,
        wire_agency=wire,
        url=doc_url,
        author=_clean_str(metadata.get("author"))
        or _clean_str(page.author)
        or author_from_lines([lab.text for lab in labels if lab.reason == "byline"]),
        is_machine_translated=machine_translated,
        n_chars_raw=len(raw),
    )


def _letters(s: str) -> str:
    return re.sub(r"\W", "", s.lower())


def _clean_str(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return normalize_text(value).replace("\n", " ").strip()
    return None


def _edit_line(line: str, title: str | None) -> str:
    """Sub-line edits on kept lines: cross-head decoration, a wire's slug, the headline's
    section suffix."""
    m = _DASHED_CROSSHEAD.match(line)
    if m:
        return m.group(1)
    line = strip_wire_slug(line)
    if title and line != title and strip_title_suffix(line) == title:
        return title
    return line


def guess_title(labels: list[LineLabel]) -> str | None:
    """The headline: the longest kept line before the first prose paragraph.

    Lines before the article proper are kicker ("Ukraine war"), headline and chrome; the
    chrome is already labelled, and a headline is longer than its kicker.
    """
    head: list[str] = []
    for lab in labels:
        if lab.boilerplate:
            continue
        if _looks_like_prose(lab.text):
            break
        head.append(lab.text)
    candidates = [h for h in head if 2 <= len(h.split()) <= 30]
    return max(candidates, key=lambda h: len(h.split())) if candidates else None


def _looks_like_prose(line: str) -> bool:
    words = len(line.split())
    return words > 30 or (words >= 8 and line.rstrip("\"'”“’»« ").endswith((".", "!", "?")))


def unwrap_hard_wrapped(text: str) -> str:
    """Join lines of text hard-wrapped at a fixed width (paragraphs separated by blank lines).

    Copied text normally has one paragraph per line; a text whose long lines all end near
    the same column and whose blocks are separated by blank lines is wrapped, and a
    line break inside a block is not a sentence boundary.
    """
    lines = [line for line in text.split("\n") if line]
    if "\n\n" not in text or len(lines) < 6:
        return text
    lengths = sorted(len(line) for line in lines if len(line) >= 30)
    if len(lengths) < 5 or lengths[-1] > 100:
        return text
    width = lengths[int(len(lengths) * 0.9) - 1]
    near_width = sum(1 for n in lengths if n >= width - 15)
    if width < 50 or near_width / len(lines) < 0.6:
        return text
    blocks = [" ".join(block.split("\n")) for block in re.split(r"\n{2,}", text)]
    return "\n\n".join(b.strip() for b in blocks)
