"""Language of a document, decided paragraph by paragraph with py3langid.

A paragraph votes with its length when the identifier is confident; the document language
is the language with most of the confidently identified text, "und" when there is too
little text or no clear winner. A document is mixed when a real share of its paragraphs is
confidently in another language (an English story under a German comment section).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from extract.language import detect_language

UNDETERMINED = "und"
MIN_CONFIDENCE = 0.8  # per paragraph: a vote must be sure
MIN_WINNER_SHARE = 0.5
MIXED_MIN_SHARE = 0.1  # other-language text must be this share of all voted text ...
MIXED_MIN_CHARS = 80  # ... in paragraphs at least this long


@lru_cache(maxsize=8192)  # syndicated copies and page furniture repeat paragraphs word for word
def paragraph_language(text: str) -> str:
    """ISO 639-1 code of one paragraph, or "und" when it is short or the identifier unsure."""
    try:
        lang = detect_language(text, min_confidence=MIN_CONFIDENCE)
    except Exception:  # the identifier must never take a document down
        return UNDETERMINED
    return UNDETERMINED if lang == "zxx" else lang


def languages(kept: list[str], page: list[str]) -> tuple[str, bool]:
    """(language of the kept paragraphs, whether the page as it came is mixed). Each distinct
    paragraph is identified once: most kept paragraphs are page paragraphs too."""
    voters = [*kept, *(p for p in page if len(p) >= MIXED_MIN_CHARS)]
    identified = {p: paragraph_language(p) for p in dict.fromkeys(voters)}
    language = document_language(kept, identified)
    return language, is_mixed_language(page, language, identified)


def _votes(paragraphs: list[str], identified: dict[str, str], min_chars: int = 0) -> Counter:
    votes: Counter = Counter()
    for p in paragraphs:
        lang = identified[p] if len(p) >= min_chars else UNDETERMINED
        if lang != UNDETERMINED:
            votes[lang] += len(p)
    return votes


def document_language(paragraphs: list[str], identified: dict[str, str]) -> str:
    votes = _votes(paragraphs, identified)
    if not votes:
        # Many short lines (a list, a headline): let the whole text vote once.
        return paragraph_language(" ".join(paragraphs))
    lang, n = votes.most_common(1)[0]
    return lang if n / sum(votes.values()) >= MIN_WINNER_SHARE else UNDETERMINED


def is_mixed_language(paragraphs: list[str], language: str, identified: dict[str, str]) -> bool:
    votes = _votes(paragraphs, identified, MIXED_MIN_CHARS)
    total = sum(votes.values())
    if not total or language == UNDETERMINED:
        return len(votes) > 1
    other = total - votes.get(language, 0)
    return other / total >= MIXED_MIN_SHARE
