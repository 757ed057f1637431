"""Telling formats apart by content (magic bytes, structure), never by file name."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Binary formats that can land in a news folder by mistake.
_MAGIC = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (or docx/xlsx/epub)"),
    (b"PK\x05\x06", "empty ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2 document (doc/xls)"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xfd7zXZ\x00", "xz stream"),
    (b"\x28\xb5\x2f\xfd", "zstd stream"),
    (b"\x7fELF", "ELF executable"),
    (b"\x00\x00\x01\x00", "ICO image"),
    (b"wOFF", "WOFF font"),
    (b"wOF2", "WOFF2 font"),
    (b"OggS", "Ogg media"),
    (b"fLaC", "FLAC audio"),
    (b"\x1aE\xdf\xa3", "Matroska/WebM video"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"PAR1", "Parquet file"),
)

# Control characters other than tab, newline, vertical tab, form feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
MAX_CONTROL_RATIO = 0.01

_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(r"<(?:html|head|body|p|div|article|br|h[1-6]|title|meta|span|a)\b[^>]*>", re.IGNORECASE)
_JSON_START = re.compile(r'^\s*(?:\{\s*(?:"|\})|\[\s*(?:[{\["\]\d-]|true|false|null))')


def binary_kind(data: bytes) -> str | None:
    """What binary format the bytes are, by magic number, or None."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return f"RIFF {data[8:12].decode().strip()} media"
    if data[4:8] == b"ftyp":
        return "MP4/QuickTime media"
    return None


def control_ratio(text: str) -> float:
    """Share of characters that never occur in text (binary data decoded by force)."""
    sample = text[:20000]
    return len(_CONTROL.findall(sample)) / max(1, len(sample))


def is_html(text: str) -> bool:
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    return len(_HTML_TAG.findall(head)) >= 2


class _VisibleTextFinder(HTMLParser):
    """Stops at the first letter or digit a browser would show. html.parser is linear
    and knows that script/style content is not markup; unclosed tags do not matter."""

    HIDDEN = frozenset({"script", "style", "noscript", "template", "title", "svg", "head"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hidden_depth = 0
        self.found = False

    def handle_starttag(self, tag, attrs):
        if tag == "body":  # a <head> left open ends here
            self.hidden_depth = 0
        elif tag in self.HIDDEN:
            self.hidden_depth += 1

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self.hidden_depth:
            self.hidden_depth -= 1

    def handle_data(self, data):
        if not self.hidden_depth and any(ch.isalnum() for ch in data):
            self.found = True


def has_visible_text(markup: str) -> bool:
    """Whether an HTML page shows any letter or digit outside scripts, styles and head."""
    finder = _VisibleTextFinder()
    for start in range(0, len(markup), 65536):
        finder.feed(markup[start : start + 65536])
        if finder.found:
            return True
    finder.close()
    return finder.found


def looks_like_json(text: str) -> bool:
    """An object or array start; "[Updated] ..." plain text does not match."""
    return bool(_JSON_START.match(text[:100]))


def is_warc(data: bytes) -> bool:
    return data.lstrip(b"\r\n").startswith(b"WARC/")
