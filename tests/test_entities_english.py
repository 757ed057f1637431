"""English NER: spaCy's entities with the gazetteer's corrections."""

from pathlib import Path

import pytest

from extract.entities import find_entities
from extract.nlp import parse, sentences_of

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"


def _mentions(text):
    doc = parse(text, "en")
    return doc, find_entities(doc, sentences_of(doc), "en")


def test_possessive_is_not_part_of_the_name():
    doc, ms = _mentions("North Korea's supply of missiles to Russia violates UN Security Council resolutions.")
    texts = {m.text: m for m in ms}
    assert "North Korea" in texts and "North Korea's" not in texts
    assert texts["North Korea"].label == "GPE" and texts["North Korea"].entity_id == "Q423"
    assert texts["UN Security Council"].entity_id == "Q37470"


def test_curly_possessive_and_leading_article_are_trimmed():
    _, ms = _mentions("North Korea’s troops arrived, the Kremlin said, according to the US State Department.")
    texts = [m.text for m in ms]
    assert "North Korea" in texts
    assert "Kremlin" in texts and "the Kremlin" not in texts
    assert "US State Department" in texts
    assert not [t for t in texts if t in {"US", "State"}]


def test_gazetteer_fixes_wrong_labels():
    _, ms = _mentions(
        "Putin was launching a missile attack on Kiev. Soldiers were deployed to Kursk, Blinken said, "
        "and Trump will take office in January."
    )
    labels = {m.text: (m.label, m.entity_id) for m in ms}
    assert labels["Kiev"] == ("GPE", "Q1899")
    assert labels["Kursk"] == ("GPE", "nc:kursk_oblast")
    assert labels["Blinken"] == ("PERSON", "nc:antony_blinken")
    assert labels["Trump"] == ("PERSON", "Q22686")


def test_full_names_the_model_cuts_short():
    _, ms = _mentions("Putin met North Korean Foreign Minister Choe Son Hui in early November.")
    assert ("Choe Son Hui", "PERSON") in {(m.text, m.label) for m in ms}
    assert ("North Korean", "NORP") in {(m.text, m.label) for m in ms}


def test_the_north_means_north_korea():
    _, ms = _mentions("Seoul says the North has sent thousands of troops.")
    assert [m.entity_id for m in ms if m.text == "North"] in ([], ["Q423"])


def test_capital_as_actor_resolves_to_government():
    _, ms = _mentions("Pyongyang is supplying the soldiers with ammunition. Protesters gathered in Pyongyang.")
    ids = [m.entity_id for m in ms if m.text == "Pyongyang"]
    assert ids == ["Q423", "Q18808"]


def test_german_boilerplate_in_english_text_is_not_entities():
    _, ms = _mentions("Bitte achten Sie auf Einhaltung unserer Netiquette und AGB. Beiträge werden geprüft.")
    assert not [m for m in ms if m.text in {"Bitte", "Sie", "Beiträge"}]


def test_numbers_and_dates_are_left_to_the_quantity_extractor():
    _, ms = _mentions("On Monday, around 10,000 soldiers from North Korea were stationed in Russia.")
    assert {m.label for m in ms} <= {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW",
                                       "WORK_OF_ART", "LANGUAGE"}
    assert {m.text for m in ms} == {"North Korea", "Russia"}


@pytest.mark.parametrize("path", sorted(RAW.glob("*/*.txt")), ids=lambda p: p.name)
def test_offsets_on_the_sample_corpus(path):
    text = path.read_text(encoding="utf-8")
    language = "de" if path.name.startswith("001_") else "en"
    doc = parse(text, language)
    sentences = sentences_of(doc)
    ms = find_entities(doc, sentences, language)
    assert ms
    for m in ms:
        assert doc.text[m.char_start : m.char_end] == m.text == m.text.strip()
        s = sentences[m.sentence_idx]
        assert s.char_start <= m.char_start and m.char_end <= s.char_end
        assert m.entity_id and m.entity_name
    for a, b in zip(ms, ms[1:]):
        assert a.char_end <= b.char_start


def test_one_label_per_unknown_entity_in_a_document():
    # From the sample article 003: the model calls the first Telegram a person.
    _, ms = _mentions(
        "The head of the Ukrainian presidential office, Andriy Yermak, warned in the online service "
        "Telegram that Putin was launching \"a missile attack on Kiev at this moment\". The Ukrainian air "
        "force had previously warned that a missile had entered the country's airspace.\n"
        "\"Attention! Missile in the Chernihiv region on its way to the Kiev region,\" it declared on Telegram."
    )
    assert [m.label for m in ms if m.text == "Telegram"] == ["ORG", "ORG"]


def test_longer_names_containing_a_known_name_are_kept():
    _, ms = _mentions("Exports to Latin America rose, the Washington Post reported, citing the UN Charter.")
    texts = {m.text for m in ms}
    assert "America" not in texts and "Washington" not in texts
    assert {"Latin America", "Washington Post"} <= texts
