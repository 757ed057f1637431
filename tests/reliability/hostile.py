"""Hostile inputs and invariants shared by the reliability tests and scripts/soak.py.

`span_violations(text, extraction)` lists every output span whose offsets fall outside the
text or whose text differs from the text at those offsets: the invariant every claim,
speaker, cue, quantity, entity and sentence must keep, whatever the input.
"""

from __future__ import annotations

import gzip
import io

from hypothesis import strategies as st

from extract.models import Extraction

# Characters that break naive text handling: bidi controls, zero-width, BOM, line and
# paragraph separators, NUL and other C0 controls, combining marks, surrogate-free astral.
TRICKY_CHARS = (
    "\u200b\u200c\u200d\u2060\ufeff"  # zero-width space/joiners, word joiner, BOM
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # bidi marks/overrides
    "\u2028\u2029\x85\x0b\x0c\r\n\t"  # line/paragraph separators, NEL, VT, FF
    "\x00\x01\x07\x1b\x7f"  # controls
    "\u0301\u0308\u20dd"  # combining marks
    "\U0001f600\U0001d7d8"  # emoji, mathematical double-struck digit
    "٣۴߄१০"  # non-ASCII digits (Arabic-Indic, Devanagari, Bengali, NKo)
    "«»„“”‚‘’\"'"  # quotes of every language
    ".,;:!?-–—()[]{}<>&%$€£/"
)

# Words the extractors react to, so the fuzzer reaches quotes, cues and figures.
NEWS_WORDS = [
    "said", "says", "told", "according to", "denied", "claimed", "sagte", "laut", "erklärte",
    "Pentagon", "Zelensky", "Kim Jong Un", "Russia", "Kursk", "North Korean", "troops", "soldiers",
    "killed", "wounded", "about", "more than", "up to", "rund", "mehr als", "10,000", "11.000",
    "1.5 million", "3,000-4,000", "12", "%", "km²", "billion", "Soldaten", "Truppen", "\"", "«", "»",
    "\n", ". ", ", ",
]

hostile_text = st.one_of(
    st.text(max_size=400),
    st.text(alphabet=st.sampled_from(TRICKY_CHARS), max_size=200),
    st.lists(
        st.one_of(st.sampled_from(NEWS_WORDS), st.text(alphabet=st.sampled_from(TRICKY_CHARS), max_size=3),
                  st.integers(min_value=-(10**45), max_value=10**45).map(str)),
        max_size=80,
    ).map(" ".join),
)

# Fragments of (bad) HTML the cleaner must survive.
HTML_BITS = [
    "<html>", "<body>", "<p>", "</p>", "<div>", "</div>", "<script>alert(1)</script>", "<style>p{}</style>",
    "<iframe src='http://127.0.0.1:9/x'>", "<!--", "-->", "<![CDATA[", "]]>", "<a href='javascript:x'>",
    "<img src=x onerror=alert(1)>", "<table><tr><td>", "&amp;", "&#0;", "&#x110000;", "&nbsp;", "&bogus;",
    "<meta charset='utf-7'>", "<title>", "</title>", "<h1>", "<article>", "<br>", "<?xml version='1.0'?>",
    "<!DOCTYPE html>", "<svg><foreignObject>", "</", "<", ">", "\"", "'",
]

hostile_html = st.lists(
    st.one_of(st.sampled_from(HTML_BITS), st.sampled_from(NEWS_WORDS), st.text(max_size=30)), max_size=60
).map("".join)


def span_violations(text: str, extraction: Extraction) -> list[str]:
    """Every span of `extraction` that does not cite `text` exactly, described."""
    bad: list[str] = []
    n = len(text)

    def check(kind: str, start, end, value) -> None:
        if start is None and end is None and value is None:
            return
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= n):
            bad.append(f"{kind}: offsets {start}..{end} outside text of {n} chars")
        elif value is not None and text[start:end] != value:
            bad.append(f"{kind}: text {value!r} != text[{start}:{end}] {text[start:end]!r}")

    for s in extraction.sentences:
        check("sentence", s.char_start, s.char_end, s.text)
    for e in extraction.entities:
        check("entity", e.char_start, e.char_end, e.text)
    sentence_ids = {s.sentence_idx for s in extraction.sentences}
    claim_ids = set()
    for c in extraction.claims:
        claim_ids.add(c.claim_id)
        check("claim content", c.char_start, c.char_end, c.text)
        check("claim speaker", c.speaker_start, c.speaker_end, c.speaker_text)
        check("claim cue", c.cue_start, c.cue_end, c.cue)
        if c.sentence_idx not in sentence_ids:
            bad.append(f"claim {c.claim_id}: sentence_idx {c.sentence_idx} is not a sentence")
    for q in extraction.quantities:
        check("quantity", q.char_start, q.char_end, q.text)
        if q.claim_id not in claim_ids:
            bad.append(f"quantity {q.quantity_id}: claim_id {q.claim_id} is not a claim")
    if len(claim_ids) != len(extraction.claims):
        bad.append("duplicate claim ids")
    return bad


def special_texts() -> dict[str, str]:
    """Hand-made worst cases: huge single lines, digits broken by invisible characters."""
    zw = "\u200b"
    return {
        "one_mb_line": ("Officials said 10,000 North Korean troops were in Kursk. " * 18000)[:1_000_000],
        "zero_width_in_numbers": f"The Pentagon said 1{zw}0{zw},{zw}000 troops were sent. Es seien 11\u200d.\u2060000 Soldaten.",
        "forty_digits": "Officials said " + "9" * 40 + " troops and " + "1" * 40 + ".5 billion dollars were lost.",
        "rtl_marks": "\u202eThe Pentagon said\u202c \u200f10,000\u200e troops \u2067were\u2069 sent, «Kim» said.",
        "controls": "Zelensky said\x00 \x01 3,000\x1b troops\x7f were killed.\r\n\x0b\x0c\u2028\u2029\x85next",
        "only_separators": "\u2028\u2029\n\r\n\x85" * 50,
        "quote_storm": "\"" * 5000 + "said" + "«" * 3000,
        "number_storm": " ".join(str(i) * 7 for i in range(2000)),
        "combining": "Pu\u0301tin sa\u0308id 1\u20dd0\u0301,000 troops.",
    }


def nested_html(depth: int = 10_000) -> str:
    return "<html><body>" + "<div>" * depth + "<p>Officials said 10,000 troops moved.</p>" + "</div>" * depth + "</body></html>"


def unclosed_html(n: int = 5_000) -> str:
    return "<html><body>" + "<p><b><i><span>Officials said 10,000 troops moved." * n


def huge_attribute_html(size: int = 2_000_000) -> str:
    return f"<html><body><p title='{'A' * size}'>Officials said 10,000 troops moved into Kursk.</p></body></html>"


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9)


def gzip_bomb(decompressed: int) -> bytes:
    """A gzip stream of `decompressed` zero bytes, built without holding them in memory."""
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9) as f:
        chunk = b"\0" * (1 << 20)
        for _ in range(decompressed // len(chunk)):
            f.write(chunk)
    return out.getvalue()


def nested_gzip_bomb(layers: int, inner: int) -> bytes:
    data = gzip_bomb(inner)
    for _ in range(layers - 1):
        data = gzip.compress(data)
    return data


def zlib_crc_corrupt(data: bytes) -> bytes:
    """Flip a byte of the CRC in a gzip trailer."""
    b = bytearray(data)
    b[-8] ^= 0xFF
    return bytes(b)


__all__ = [
    "HTML_BITS", "NEWS_WORDS", "TRICKY_CHARS", "gzip_bomb", "gzip_bytes", "hostile_html", "hostile_text",
    "huge_attribute_html", "nested_gzip_bomb", "nested_html", "span_violations", "special_texts",
    "unclosed_html", "zlib_crc_corrupt",
]
