"""Telling formats apart by content (magic bytes, structure), never by file name."""

from __future__ import annotations

import html
import re

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

_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(r"<(?:html|head|body|p|div|article|br|h[1-6]|title|meta|span|a)\b[^>]*>", re.IGNORECASE)
_NOT_VISIBLE = re.compile(
    r"<(script|style|noscript|template|head|svg)\b.*?</\1\s*>|<!--.*?-->|<!\[CDATA\[.*?\]\]>",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(r"<[^>]*>")
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
    if _HTML_START.match(head.encode("utf-8", "replace")):
        return True
    return len(_HTML_TAG.findall(head)) >= 2


def visible_text(markup: str) -> str:
    """The text a browser would show, roughly: no tags, scripts, styles or head."""
    return html.unescape(_TAG.sub(" ", _NOT_VISIBLE.sub(" ", markup)))


def has_letters(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def looks_like_json(text: str) -> bool:
    """An object or array start; "[Updated] ..." plain text does not match."""
    return bool(_JSON_START.match(text[:100]))


def is_warc(data: bytes) -> bool:
    return data.lstrip(b"\r\n")[:6] == b"WARC/1" or data[:5] == b"WARC/"
