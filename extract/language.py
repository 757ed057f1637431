"""Language identification with py3langid (a maintained langid.py port, model shipped in the wheel)."""

from __future__ import annotations

from functools import lru_cache

MIN_CHARS = 20  # below this a guess is noise


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, min_confidence: float = 0.5) -> str:
    """ISO 639-1 code of the text's language, or "und" when too short or unsure."""
    sample = text[:20_000]
    if sum(ch.isalpha() for ch in sample) < MIN_CHARS:
        return "und"
    lang, prob = _identifier().classify(sample)
    return lang if prob >= min_confidence else "und"
