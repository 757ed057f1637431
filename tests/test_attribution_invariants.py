"""Offsets and ids hold for any input, including broken quotes and glued words."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.attribution import find_claims
from extract.nlp import parse, sentences_of

_PIECES = [
    "Putin", "said", "sagte", "er", "Mark Rutte", "according to", "laut", "zufolge", "the",
    "Kremlin", "der Kreml", "nannte", "Fake-News", "denied", "that", "dass", "troops",
    "11,000", "on Monday", "am Donnerstag", ",", ".", ":", "\n", "\n\n", "“", "”", "„", "“",
    '"', "'", "‘", "’", "»", "«", "―", "darsagte", "kannfügte", "hinzu", "he added",
    "so", "Wie", "mitteilte", "hieß es", "told reporters", "WALLACE:", "Experts say",
]

texts = st.lists(st.sampled_from(_PIECES), min_size=0, max_size=40).map(" ".join)


def _check(text: str, language: str, published) -> None:
    doc = parse(text, language)
    sentences = sentences_of(doc)
    claims = find_claims(doc, sentences, language, published)
    assert [c.claim_id for c in claims] == [f"c{i:04d}" for i in range(1, len(claims) + 1)]
    for c in claims:
        assert c.text and c.text == text[c.char_start : c.char_end]
        if c.speaker_start is not None:
            assert c.speaker_text == text[c.speaker_start : c.speaker_end]
        if c.cue_start is not None:
            assert c.cue == text[c.cue_start : c.cue_end]
        assert 0 <= c.sentence_idx < max(1, len(sentences))
        assert c.stance in ("asserts", "denies")
        # a report that names no source is unattributed; every other claim has a speaker span
        assert c.kind in ("direct_quote", "indirect_quote", "according_to", "unattributed")
        assert (c.kind == "unattributed") == (c.speaker_start is None)
        if published is None:
            assert c.refers_to_date is None
        assert (c.refers_to_period is None) == (c.refers_to_date is None)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from(["en", "de"]), st.sampled_from([None, date(2024, 10, 28), datetime(2024, 10, 28, 12)]))
def test_offsets_hold_for_any_text(text, language, published):
    _check(text, language, published)


def test_empty_document():
    _check("", "en", None)
    _check("", "de", date(2024, 1, 1))
