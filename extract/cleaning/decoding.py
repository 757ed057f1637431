"""Bytes to str without ever failing: BOMs, UTF-8, UTF-16/32, then a detector, then cp1252/latin-1."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)


def _utf16_without_bom(data: bytes) -> str | None:
    """ASCII-heavy UTF-16 text has a NUL in every other byte; pick the side they are on."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0) / len(sample[0::2])
    odd_nul = sample[1::2].count(0) / len(sample[1::2])
    for share, codec in ((odd_nul, "utf-16-le"), (even_nul, "utf-16-be")):
        if share > 0.4 and max(even_nul, odd_nul) == share and min(even_nul, odd_nul) < 0.05:
            try:
                return data[: len(data) - len(data) % 2].decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def decode_bytes(data: bytes, *, declared_charset: str | None = None) -> str:
    """The text of `data`. Order: BOM, declared charset (HTML meta), strict UTF-8, UTF-16
    without BOM, charset-normalizer's best guess, cp1252, and latin-1 (which decodes anything)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace")
    if declared_charset is None:
        match = _META_CHARSET.search(data[:4096])
        declared_charset = match.group(1).decode("ascii", "ignore") if match else None
    if declared_charset:
        try:
            return data.decode(declared_charset)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _utf16_without_bom(data)
    if text is not None:
        return text
    try:
        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding:
            return data.decode(best.encoding, errors="replace")
    except Exception:  # the detector is a guess; a failure just moves on to cp1252
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")
