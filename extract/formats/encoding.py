"""Bytes to text: BOMs, UTF-16 without BOM, declared HTML charsets, UTF-8, cp1252,
then charset-normalizer for everything else."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes
from charset_normalizer.md import mess_ratio

# charset-normalizer's own default threshold for "this decoding is a mess".
MAX_MESS = 0.2

_BOMS = (  # UTF-32 first: its LE BOM starts with the UTF-16 LE BOM.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)


class UndecodableError(ValueError):
    """No text encoding decodes these bytes into plausible text."""


def decode_text(data: bytes) -> str:
    """Decode document bytes to str (without BOM), or raise UndecodableError saying why.

    Order: BOM; UTF-16 without BOM (NUL-byte pattern); valid UTF-8; a charset declared
    in an HTML meta tag / XML prolog; cp1252 (a superset of latin-1's printable range,
    the WHATWG default for unlabelled Western pages) when the result is not a mess;
    finally charset-normalizer's best guess. charset-normalizer alone misreads short
    Western texts (it calls "Grüße" cp1006), hence the explicit steps before it.
    """
    if not data:
        return ""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as e:
                raise UndecodableError(f"{bom.hex()} byte-order mark says {codec} but byte {e.start} is invalid: {e.reason}") from None
    utf16 = guess_bomless_utf16(data)
    if utf16:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError as e:
            raise UndecodableError(f"NUL-byte pattern says {utf16} but byte {e.start} is invalid: {e.reason}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    if declared:
        try:
            text = data.decode(declared)
            if mess_ratio(text, MAX_MESS) < MAX_MESS:
                return text
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        text = data.decode("cp1252")
        if mess_ratio(text, MAX_MESS) < MAX_MESS:
            return text
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise UndecodableError(
            "not UTF-8/UTF-16 and no single-byte or multi-byte encoding gives plausible text "
            f"(charset-normalizer found no match under mess ratio {MAX_MESS})"
        )
    return str(best)


def guess_bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when NUL bytes sit on one parity only (ASCII-range
    text in UTF-16), else None."""
    sample = data[:4096]
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 4:
        return None
    half = len(sample) // 2
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(data[:4096])
    if not match:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # As browsers do (WHATWG Encoding): latin-1 labels mean windows-1252.
    return "cp1252" if codec in ("latin_1", "iso8859-1", "ascii") else codec
