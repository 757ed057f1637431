"""Quotation spans in a text: English and German quote marks, never across a line break.

A quote is returned as (open, close): `open` is the index of the opening mark and `close`
the index just past the closing mark; the quoted words are text[open + 1:close - 1].
"""

from __future__ import annotations

import re
from functools import lru_cache

# The marks that open and close a quotation: German „…“ and »…« (or «…»), English “…”, straight "…"
OPENING_MARKS = frozenset('„“"«»')
CLOSING_MARKS = frozenset('”“"»«')

# Each pattern matches one quotation including its marks. Single quotes and straight
# apostrophes double as apostrophes ("Russia’s"), so their marks must stand at a word edge.
_QUOTE_PATTERNS = [
    re.compile(r"“[^“”\n]+[”“]"),  # English “…”; also German-style closing “
    re.compile(r"„[^„“”\n]+[“”]"),  # German „…“
    re.compile(r"»[^»«\n]+«"),
    re.compile(r"«[^«»\n]+»"),
    re.compile(r"\"[^\"\n]+\""),
    # Typewriter double quotes written as two apostrophes (''…''), as some wires print them.
    re.compile(r"(?<![\w'])''(?=\S)[^\n]+?(?<=\S)''(?![\w'])"),
    re.compile(r"(?<![\w])‘[^‘\n]+?’(?![\w])"),
    # (an apostrophe within a word is no mark: 'Now he's renting Kim's.')
    re.compile(r"(?<![\w'])'(?=\w)(?:[^'\n]|(?<=\w)'(?=\w))+?(?<=[\w.,!?])'(?![\w])"),
]


# A quotation opened with a curly or low mark and closed with a straight one, as copy
# edited by several hands prints it ('“We are ready," Putin said, "to respond."').
_MIXED = re.compile(r"[“„][^“”„\"\n]+\"")


@lru_cache(maxsize=8)
def find_quotes(text: str) -> tuple[tuple[int, int], ...]:
    """Non-overlapping quotations, outermost first, sorted by position. Cached: the frames,
    the speaker resolver and the relation step of one document all read them."""
    found: list[tuple[int, int]] = []
    plain = text
    for m in _MIXED.finditer(text):
        found.append((m.start(), m.end()))
        # Its straight mark closes it and opens nothing: paired with the next straight mark
        # it would make a quotation of the speaker and the verb between them.
        plain = plain[: m.end() - 1] + " " + plain[m.end() :]
    for pattern in _QUOTE_PATTERNS:
        for m in pattern.finditer(plain):
            found.append((m.start(), m.end()))
    # Keep the outermost of nested or overlapping matches (a ‘…’ inside a “…”).
    found.sort(key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int]] = []
    for start, end in found:
        if out and start < out[-1][1]:
            continue
        out.append((start, end))
    return tuple(sorted(out + _left_open(text, out)))


# A quotation that runs on into the next paragraph: the mark that opens it, no closing mark
# on its line, and the next line opening with a mark ('… he told me. "They were speaking …\n"Then
# we counted."')
_RUNS_ON = re.compile(r'(?<![\w])[“"„»](?=\w)[^“”"„»«\n]+(?=\n[ \t]*[“"„»])')


def _left_open(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotations left open at the end of their paragraph, each up to and with its line break
    (which stands for the closing mark the convention leaves out)."""
    return [(m.start(), m.end() + 1) for m in _RUNS_ON.finditer(text)
            if not any(a <= m.start() < b or m.start() < a < m.end() for a, b in found)]


def quoted(position: int, quotes) -> bool:
    """Whether a character position lies within one of find_quotes' quotations."""
    return any(start <= position < end for start, end in quotes)


def n_words(text: str) -> int:
    return len(text.split())
