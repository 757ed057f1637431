"""decode_text: the encodings news files come in, and clear errors for the rest."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.reading import UndecodableError, decode_text, read_landing_file

EN = "Kim said: “We will not retreat.” The deal is worth €5m – officials’ estimate.\n"
DE = "Die Grüße aus München: Ärger über Öl, schöne Straße, Jürgen Mößner äußerte sich.\n"


@pytest.mark.parametrize(
    "data, text",
    [
        (EN.encode("utf-8"), EN),
        (codecs.BOM_UTF8 + DE.encode("utf-8"), DE),
        (DE.encode("utf-16"), DE),  # native order with BOM
        (codecs.BOM_UTF16_LE + DE.encode("utf-16-le"), DE),
        (codecs.BOM_UTF16_BE + DE.encode("utf-16-be"), DE),
        (DE.encode("utf-16-le"), DE),  # no BOM
        (DE.encode("utf-16-be"), DE),
        (EN.encode("utf-16-le"), EN),
        (EN.encode("utf-16-be"), EN),
        (DE.encode("utf-32"), DE),
        (EN.encode("cp1252"), EN),
        (DE.encode("latin-1"), DE),
        (DE.encode("cp1252"), DE),
        ("Grüße".encode("latin-1"), "Grüße"),  # too short for statistics alone
        ("„Nein“, sagte er.".encode("cp1252"), "„Nein“, sagte er."),
        ("€".encode("cp1252"), "€"),
    ],
    ids=[
        "utf8", "utf8-bom", "utf16-bom-native", "utf16le-bom", "utf16be-bom", "utf16le-nobom-de",
        "utf16be-nobom-de", "utf16le-nobom-en", "utf16be-nobom-en", "utf32-bom", "cp1252-smart-quotes-euro",
        "latin1-umlauts", "cp1252-umlauts", "latin1-short", "cp1252-german-quotes", "cp1252-euro-alone",
    ],
)
def test_decodes(data, text):
    assert decode_text(data) == text


def test_bom_is_not_part_of_the_text():
    assert not decode_text(codecs.BOM_UTF8 + b"abc").startswith("\ufeff")
    assert decode_text(b"") == ""


def test_utf8_with_a_stray_cp1252_byte_keeps_the_utf8():
    data = DE.encode("utf-8") + b"Ein Gedankenstrich \x96 aus cp1252.\n" + DE.encode("utf-8")
    assert decode_text(data) == DE + "Ein Gedankenstrich \ufffd aus cp1252.\n" + DE


def test_cp1252_that_happens_to_hold_a_utf8_sequence_stays_cp1252():
    # "Ã©" in cp1252 is the UTF-8 encoding of "é": one valid sequence among many
    # invalid bytes is not UTF-8.
    text = "Café, naïve, Müller, Ärger, Öl, Straße: Ã© is mojibake.\n"
    assert decode_text(text.encode("cp1252")) == text


def test_declared_html_charset_is_used():
    page = '<html><head><meta charset="windows-1251"></head><body><p>Войска прибыли в Курскую область.</p></body></html>'
    assert decode_text(page.encode("cp1251")) == page
    page = '<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>Grüße</title></rss>'
    assert decode_text(page.encode("latin-1")) == page


def test_other_scripts_go_to_charset_normalizer():
    text = ("Северокорейские войска прибыли в Курскую область, сообщила разведка Украины. " * 4).strip()
    assert decode_text(text.encode("cp1251")) == text


@pytest.mark.parametrize(
    "data, message",
    [
        (codecs.BOM_UTF8 + b"ok \xff\xfe broken", "byte-order mark says utf-8"),
        (codecs.BOM_UTF16_LE + "ok".encode("utf-16-le") + b"\x00\xd8", "byte-order mark says utf-16"),
        ("abcdefgh".encode("utf-16-le") + b"\x01\xdc", "NUL-byte pattern says utf-16-le"),
    ],
)
def test_undecodable_says_why(data, message):
    with pytest.raises(UndecodableError, match=message):
        decode_text(data)


def test_mess_in_every_encoding_is_undecodable():
    # Every high byte, twice: no code page turns that into plausible text.
    data = bytes(range(0x80, 0x100)) * 2
    with pytest.raises(UndecodableError, match="no single-byte or multi-byte encoding"):
        decode_text(data)


def test_undecodable_file_is_rejected_with_the_message(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"text \xc3\x28 more")
    records, (rejection,) = read_landing_file(path)
    assert not records
    assert rejection.reason == "undecodable"
    assert "utf-8" in rejection.detail


@settings(max_examples=60, deadline=None, database=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=200))
def test_any_utf8_text_round_trips(text):
    assert decode_text(text.encode("utf-8")) == text


@settings(max_examples=60, deadline=None, database=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ÄÖÜäöüß.,;:!?-\n", min_size=8, max_size=200))
def test_german_text_round_trips_in_utf16_without_bom(text):
    # A NUL byte pattern needs some ASCII; the alphabet is mostly ASCII.
    if sum(c.isascii() for c in text) < 0.5 * len(text):
        return
    assert decode_text(text.encode("utf-16-le")) == text
    assert decode_text(text.encode("utf-16-be")) == text
