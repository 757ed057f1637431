"""Character-level normalisation: NFC, one kind of space, no invisible characters.

Quotes and dashes are kept as written: they delimit quotations for claim extraction.
"""

from __future__ import annotations

import re
import unicodedata

# Zero-width and format characters that only confuse tokenisers (soft hyphen included).
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff\ufffe]")
# Every space-like character but the line feed becomes a plain space.
_ODD_SPACE = re.compile("[\t\u000b\u000c\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# C0/C1 control characters other than \n (which carries paragraph structure).
_CONTROL = re.compile("[\u0000-\u0008\u000e-\u001f\u007f-\u009f]")
_MULTI_SPACE = re.compile(" {2,}")
# A run of punctuation longer than this is decoration or junk; spaCy's tokenizer splits such
# a run one prefix/suffix at a time, in time quadratic in its length (8,000 quote marks took
# 20 s, 100,000 would take hours), so longer runs are cut to this length.
MAX_PUNCTUATION_RUN = 64
_LONG_PUNCTUATION_RUN = re.compile(r"([^\w\s]{%d})[^\w\s]+" % MAX_PUNCTUATION_RUN)


def normalize_text(text: str) -> str:
    """NFC text with \\n line ends, single spaces, lines stripped (blank lines kept)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _INVISIBLE.sub("", text)
    text = _ODD_SPACE.sub(" ", text)
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _LONG_PUNCTUATION_RUN.sub(r"\1", text)
    return "\n".join(_MULTI_SPACE.sub(" ", line).strip() for line in text.split("\n"))
