"""Attribution on the five sample articles (data/raw): the expectations from the issue."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extract.attribution import find_claims
from extract.nlp import parse, sentences_of

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"


def load(prefix: str):
    path = next(RAW.glob(f"*/{prefix}_*.txt"))
    text = path.read_text(encoding="utf-8")
    language = "de" if prefix == "001" else "en"
    doc = parse(text, language)
    sentences = sentences_of(doc)
    published = date.fromisoformat(path.parent.name)
    return text, sentences, find_claims(doc, sentences, language, published)


@pytest.fixture(scope="module", params=["000", "001", "002", "003", "004"])
def article(request):
    return load(request.param)


def find(claims, **want):
    found = [c for c in claims if all(getattr(c, k) == v for k, v in want.items())]
    assert found, (want, [(c.speaker_text, c.cue, c.text[:40]) for c in claims])
    return found


def test_offsets_and_ids(article):
    text, sentences, claims = article
    assert claims
    ids = [c.claim_id for c in claims]
    assert len(set(ids)) == len(ids) and all(i.startswith("c") and len(i) == 5 for i in ids)
    for c in claims:
        assert c.text == text[c.char_start : c.char_end]
        # a report that names no source is unattributed; every other claim has a speaker span
        assert c.kind in ("direct_quote", "indirect_quote", "according_to", "unattributed")
        assert (c.kind == "unattributed") == (c.speaker_start is None)
        assert c.speaker_id is None
        if c.speaker_start is not None:
            assert c.speaker_text == text[c.speaker_start : c.speaker_end]
        if c.cue_start is not None:
            assert c.cue == text[c.cue_start : c.cue_end]
        s = sentences[c.sentence_idx]
        assert s.char_start <= c.char_start < s.char_end


def test_003_selensky_claim_holds_the_figure():
    text, sentences, claims = load("003")
    c = find(claims, speaker_name="Selensky")[0]
    assert "11,000" in sentences[c.sentence_idx].text
    assert "11,000" in c.text


def test_003_speakers():
    _, _, claims = load("003")
    patel = find(claims, speaker_name="Vedant Patel")[0]
    assert patel.speaker_affiliation == "US State Department"
    assert patel.refers_to_date == date(2024, 11, 12)
    assert find(claims, speaker_text="the Dutchman")[0].speaker_name == "Rutte"
    zelenskyi = find(claims, speaker_name="Volodymyr Zelenskyi")[0]
    assert zelenskyi.refers_to_date == date(2024, 11, 6)  # "A week ago"


def test_001_german_expectations():
    _, _, claims = load("001")
    kreml = find(claims, speaker_name="der Kreml")[0]
    assert kreml.stance == "denies"
    putin = find(claims, speaker_name="Wladimir Putin", cue="bestritt")[0]
    assert putin.stance == "asserts"
    assert putin.refers_to_date == date(2024, 10, 24)
    un = find(claims, cue="nannte", stance="denies")
    assert any("Vereinten Nationen" in c.speaker_text for c in un)
    glued = find(claims, cue="sagte", speaker_text="Mark Rutte")[0]
    assert glued.text.startswith("Die Stärkung")
    added = find(claims, cue="fügte")[0]
    assert (added.speaker_text, added.speaker_name) == ("er", "Mark Rutte")
    wrote = find(claims, cue="schrieb")[0]
    assert wrote.speaker_name == "Andriy Yermak"


def test_000_sources():
    _, _, claims = load("000")
    usa = find(claims, kind="according_to", speaker_name="the USA and South Korea")[0]
    assert "10,000" in usa.text
    find(claims, kind="according_to", speaker_name="Ukrainian sources")
    headline = find(claims, kind="direct_quote", cue=":")[0]
    assert headline.speaker_name == "Putin"
    assert find(claims, speaker_text="The Kremlin leader")[0].speaker_name == "Putin"


def test_004_quotes_and_sources():
    _, _, claims = load("004")
    imagery = find(claims, kind="direct_quote", speaker_name="Putin", cue="said")
    assert any(c.text.startswith("Imagery is a serious thing") for c in imagery)
    headline = find(claims, cue=":")[0]
    assert headline.text == "What we do is our business"
    intel = find(claims, kind="according_to", speaker_name="Ukrainian intelligence information")[0]
    assert "12,000" in intel.text
    assert find(claims, speaker_text="he", cue="added")[0].speaker_name == "Borrell"
    assert find(claims, cue="reported", speaker_name="Kyiv")[0].refers_to_date == date(2024, 10, 24)


def test_002_pentagon():
    _, _, claims = load("002")
    pentagon = find(claims, speaker_text="the Pentagon")[0]
    assert pentagon.cue.startswith("said")  # "said Monday": the time belongs to the cue
    ryder = find(claims, speaker_name="Pat Ryder")[0]
    assert ryder.speaker_affiliation == "Pentagon"
    assert ryder.kind == "direct_quote"
