"""Bytes to text: BOMs, UTF-16 without BOM, declared HTML charsets, UTF-8, cp1252,
then charset-normalizer for everything else."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes
from charset_normalizer.md import mess_ratio

# charset-normalizer's own default threshold for "this decoding is a mess".
MAX_MESS = 0.2
SHORT_TEXT = 32
# Valid non-ASCII UTF-8 characters per invalid byte for "UTF-8 with a few stray bytes".
MOSTLY_UTF8 = 10
# Python codec names of encodings in common use on the web (WHATWG Encoding minus the Mac ones).
_WEB_ENCODINGS = re.compile(
    r"^(utf_|cp125\d|iso8859_|koi8_|cp866$|cp874$|gb18030|gbk|gb2312|big5|shift_jis|cp932|euc_|cp949|iso2022_)"
)

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

    Order: BOM; UTF-16 without BOM (NUL-byte pattern); valid UTF-8; UTF-8 with a few
    stray bytes (those become U+FFFD); a charset declared
    in an HTML meta tag / XML prolog; cp1252 (a superset of latin-1's printable range,
    the WHATWG default for unlabelled Western pages) when the result is not a mess;
    finally charset-normalizer's best guess. charset-normalizer alone misreads short
    Western texts (it calls "Grüße" cp1006), hence the explicit steps before it.
    """
    if not data:
        return ""
    codec = bom_encoding(data)
    if codec:
        try:
            return data.decode(codec)
        except UnicodeDecodeError as e:
            bom = data[:4] if codec == "utf-32" else data[:3] if codec == "utf-8-sig" else data[:2]
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
    text = _mostly_utf8(data)
    if text is not None:
        return text
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
        # The mess ratio means little on a few characters ("€" alone scores 2.0).
        if len(text) < SHORT_TEXT or mess_ratio(text, MAX_MESS) < MAX_MESS:
            return text
    except UnicodeDecodeError:
        pass
    matches = list(from_bytes(data))
    if not matches:
        raise UndecodableError(
            "not UTF-8/UTF-16 and no single-byte or multi-byte encoding gives plausible text "
            f"(charset-normalizer found no match under mess ratio {MAX_MESS})"
        )
    return str(_prefer_web_encoding(matches))


def _prefer_web_encoding(matches):
    """Among the matches as clean as charset-normalizer's best, the first in an
    encoding web pages really use: it ranks mac_cyrillic above cp1251 for Russian,
    and the two differ on capital letters."""
    best = matches[0]
    for match in matches:
        if match.chaos <= best.chaos + 0.01 and _WEB_ENCODINGS.match(match.encoding):
            return match
    return best


def bom_encoding(data: bytes) -> str | None:
    """The codec a byte-order mark at the start names, or None."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    return None


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


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray bytes (a cp1252 dash pasted into a UTF-8 page) decoded
    with U+FFFD for those bytes: far better than reading the whole text as cp1252 and
    turning every "ü" into "Ã¼". None when the bytes are not mostly UTF-8."""
    text = data.decode("utf-8", errors="replace")
    n_bad = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    n_good = sum(1 for ch in text if ord(ch) > 127) - text.count("\ufffd")
    if 0 < n_bad * MOSTLY_UTF8 <= n_good:
        return text
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
