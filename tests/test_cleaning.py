"""clean_document: decoding, normalisation, HTML, metadata, language and MT flags."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, timezone
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.cleaning import clean_document
from extract.cleaning.document import unwrap_hard_wrapped
from extract.cleaning.metadata import parse_date
from extract.cleaning.normalize import normalize_text
from extract.cleaning.translation import has_mt_glue, repair_mt_glue
from extract.models import CleanedDocument

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"

EN_PARAGRAPH = (
    "The foreign ministers said on Monday that the deployment of troops marked a dangerous "
    "expansion of the conflict, with serious consequences for security in Europe and Asia."
)
DE_PARAGRAPH = (
    "Die Außenminister erklärten am Montag, der Einsatz der Truppen sei eine gefährliche "
    "Ausweitung des Konflikts mit ernsten Folgen für die Sicherheit in Europa und Asien."
)


def sample(name: str) -> bytes:
    return next(RAW.glob(f"*/{name}_*.txt")).read_bytes()


# --- decoding and normalisation ---------------------------------------------------------


def test_encodings_decode_to_the_same_text():
    text = f"Überraschung in Köln\n\n{DE_PARAGRAPH} „Wir müssen mehr tun“, sagte er."
    expected = clean_document(text).text
    assert expected
    for data in (
        text.encode("utf-8"),
        b"\xef\xbb\xbf" + text.encode("utf-8"),
        text.encode("utf-16"),  # with BOM
        text.encode("utf-16-le"),  # without BOM
        text.encode("cp1252"),
    ):
        doc = clean_document(data)
        assert doc.text == expected, data[:8]
        assert doc.n_chars_raw == len(text)


def test_normalisation_folds_spaces_and_drops_invisible_characters():
    raw = "Caf\u0065\u0301\u00a0und\u202fmehr\u200b \u201equoted\u201c\r\n\r\n\r\n\u2018single\u2019\tend\u00ad"
    out = normalize_text(raw)
    assert out == "Caf\u00e9 und mehr \u201equoted\u201c\n\n\n\u2018single\u2019 end"
    assert unicodedata.is_normalized("NFC", out)


def test_output_is_one_paragraph_per_line_without_blank_lines():
    doc = clean_document(sample("002"))
    lines = doc.text.split("\n")
    assert all(line.strip() == line and line for line in lines)
    assert "\n\n" not in doc.text
    assert "\u00a0" not in clean_document(sample("000")).text


def test_hard_wrapped_text_is_rejoined_into_paragraphs():
    words = (EN_PARAGRAPH + " ") * 3
    wrapped, line = [], ""
    for w in words.split():
        if len(line) + len(w) + 1 > 70:
            wrapped.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    wrapped.append(line)
    text = "\n".join(wrapped[:4]) + "\n\n" + "\n".join(wrapped[4:])
    out = unwrap_hard_wrapped(text)
    assert out.count("\n\n") == 1 and out.count("\n") == 2
    assert unwrap_hard_wrapped(sample("003").decode("utf-8")) == sample("003").decode("utf-8")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=3000), st.text(max_size=3000)), st.sampled_from([None, "text/html", "text/plain"]))
def test_never_raises(content, content_type):
    doc = clean_document(content, content_type=content_type)
    assert isinstance(doc, CleanedDocument)
    assert isinstance(doc.text, str)
    assert doc.language is not None


def test_garbage_and_empty_inputs_give_empty_or_short_text():
    for content in (b"", "", b"\x00\x01\x02\xff" * 50, "<html><body></body></html>", "   \n\n  "):
        doc = clean_document(content)
        assert doc.text == "" and doc.language == "und"


# --- metadata -------------------------------------------------------------------------------


def test_sidecar_metadata_wins_over_guesses():
    meta = {"url": "https://example.org/a", "title": "Given title", "published_at": "2024-12-01", "outlet": "Example Times"}
    doc = clean_document(sample("002"), metadata=meta)
    assert (doc.url, doc.title, doc.published_at, doc.outlet) == (
        "https://example.org/a", "Given title", date(2024, 12, 1), "Example Times",
    )


def test_sample_metadata():
    spacewar = clean_document(sample("002"))
    assert spacewar.title == "N. Korea involvement in Ukraine a 'dangerous expansion' of conflict: US, allies"
    assert spacewar.outlet == "SpaceWar.com"
    assert spacewar.wire_agency == "AFP"
    assert spacewar.published_at == date(2024, 12, 16)
    assert spacewar.language == "en" and not spacewar.is_machine_translated

    krone = clean_document(sample("000"))
    assert krone.title == "North Korea’s involvement has “serious consequences”"  # not the kicker
    assert krone.published_at == date(2024, 12, 16)
    assert krone.wire_agency is None  # "(Bild: APA/AP)" is a photo credit, not wire copy
    assert krone.is_machine_translated and "automatically translated" not in krone.text

    krone_comments = clean_document(sample("003"))
    assert krone_comments.title == "Blinken promises “tough response” for North Korea"
    assert krone_comments.outlet == "krone.at"  # named by the comment policy
    assert krone_comments.is_mixed_language  # English article, German comment section
    assert krone_comments.language == "en"

    german = clean_document(sample("001"))
    assert german.title == "NATO bestätigt Präsenz nordkoreanischer Soldaten in Russland"
    assert german.language == "de" and german.is_machine_translated
    assert german.wire_agency is None  # "Foto: ... / AFP" is a credit
    assert "darsagte" not in german.text and "dar, sagte Mark Rutte" in german.text
    assert german.published_at is None

    euronews = clean_document(sample("004"))
    assert euronews.title == "First North Korean troops reach Russian combat zone, Kyiv reports"
    assert euronews.text.count("First North Korean troops reach") == 1
    assert euronews.author is None  # "by Admin" is not a person


def test_dates_from_text_lines():
    for line, expected in (
        ("date 2024-12-16 Vorteilswelt", date(2024, 12, 16)),
        ("16.12.2024 19:41", date(2024, 12, 16)),
        ("Dec 16, 2024", date(2024, 12, 16)),
        ("Published: 3 November 2024", date(2024, 11, 3)),
    ):
        doc = clean_document(f"Headline of the story\n{line}\n{EN_PARAGRAPH}")
        assert doc.published_at == expected, line
        assert line not in doc.text
    assert clean_document(f"Headline\n{EN_PARAGRAPH}").published_at is None


def test_parse_date_rejects_impossible_and_future_dates():
    today = datetime.now(timezone.utc).date()
    assert parse_date("2024-12-16T10:00:00Z") == date(2024, 12, 16)
    assert parse_date("1970-01-01") is None
    assert parse_date(f"{today.year + 2}-01-01") is None
    assert parse_date(today.isoformat()) == today  # a stated date of today is real ...
    assert parse_date(today.isoformat(), allow_today=False) is None  # ... a guessed one is not
    assert parse_date("not a date") is None and parse_date(None) is None


def test_wire_agency_from_dateline_not_from_photo_credit():
    assert clean_document(f"Berlin (dpa) - {DE_PARAGRAPH}").wire_agency == "dpa"
    assert clean_document(f"WASHINGTON (Reuters) - {EN_PARAGRAPH}").wire_agency == "Reuters"
    credit_only = f"{EN_PARAGRAPH}\nSoldiers in Kursk (Photo: AFP/John Doe)\n{EN_PARAGRAPH}"
    assert clean_document(credit_only).wire_agency is None


def test_byline_is_removed_and_recorded():
    doc = clean_document(f"Troops reach the front\nBy Jane Doe\n{EN_PARAGRAPH}")
    assert doc.author == "Jane Doe"
    assert "Jane Doe" not in doc.text


def test_outlet_from_url_when_nothing_else_names_it():
    doc = clean_document(EN_PARAGRAPH, url="https://www.example.co.uk/news/1")
    assert doc.outlet == "example.co.uk"


# --- language and machine translation ----------------------------------------------------------


def test_language_per_document():
    assert clean_document(EN_PARAGRAPH).language == "en"
    assert clean_document(DE_PARAGRAPH).language == "de"
    assert clean_document("Ceci est un article en français sur la guerre en Ukraine et ses conséquences.").language == "fr"
    assert clean_document("12 34 56").language == "und"
    mixed = clean_document("\n".join([EN_PARAGRAPH, EN_PARAGRAPH.replace("Monday", "Tuesday"), DE_PARAGRAPH]))
    assert mixed.language == "en" and mixed.is_mixed_language
    assert not clean_document("\n".join([EN_PARAGRAPH] * 3)).is_mixed_language


def test_each_paragraph_is_identified_once(monkeypatch):
    """The document language and the mixed flag share one identification per distinct
    paragraph, and a paragraph another document had is not identified again."""
    import extract.cleaning.language as language

    seen = []
    real = language.detect_language
    monkeypatch.setattr(language, "detect_language", lambda text, **kw: seen.append(text) or real(text, **kw))
    language.paragraph_language.cache_clear()
    doc = clean_document("\n".join([EN_PARAGRAPH, EN_PARAGRAPH.replace("Monday", "Tuesday"), DE_PARAGRAPH, EN_PARAGRAPH]))
    assert doc.language == "en" and doc.is_mixed_language
    assert sorted(seen) == sorted({EN_PARAGRAPH, EN_PARAGRAPH.replace("Monday", "Tuesday"), DE_PARAGRAPH})
    seen.clear()
    assert clean_document(f"{DE_PARAGRAPH}\n{EN_PARAGRAPH}").language in ("en", "de")
    assert seen == []


def test_machine_translation_glue():
    assert has_mt_glue("Das stellt eine Bedrohung darsagte Mark Rutte Reportern.")
    assert has_mt_glue("ohne Hilfe nicht fortsetzen kannfügte er hinzu.")
    for real in ("wie er hinzufügte.", "was der Zeuge aussagte.", "die vorhergesagte Lage", "Er beschrieb die Lage.", "die Polizei untersagte der Frau"):
        assert not has_mt_glue(real), real
    assert repair_mt_glue("Sicherheit darsagte Mark Rutte") == "Sicherheit dar, sagte Mark Rutte"


def test_machine_translation_notice_in_german():
    doc = clean_document(f"{DE_PARAGRAPH}\nDieser Artikel wurde automatisch übersetzt.")
    assert doc.is_machine_translated and "übersetzt" not in doc.text
    assert not clean_document(DE_PARAGRAPH).is_machine_translated


# --- HTML -------------------------------------------------------------------------------------

HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Troops reach Kursk | The Example Post</title>
<meta property="og:site_name" content="The Example Post">
<meta property="og:title" content="Troops reach Kursk">
<meta property="article:published_time" content="2024-12-16T09:00:00Z">
<meta name="author" content="Jane Doe">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Troops reach Kursk</h1>
<p>{p1}</p>
<div class="ad">ADVERTISEMENT</div>
<p>{p2}</p>
<p>“We will respond,” the minister said on Monday after meeting his counterparts in Brussels for talks.</p>
<p>Advertisement</p>
<p>The ministers also agreed to extend sanctions against several companies accused of supplying the army with parts.</p>
</article>
<aside><h3>Most read</h3><ul><li><a href="/1">Storm hits coast</a></li><li><a href="/2">Markets fall</a></li></ul></aside>
<footer>© 2024 The Example Post. All rights reserved.</footer>
</body></html>"""


def test_html_page():
    html = HTML_PAGE.format(p1=EN_PARAGRAPH, p2=EN_PARAGRAPH.replace("Monday", "Tuesday").replace("ministers", "leaders"))
    doc = clean_document(html.encode("utf-8"), content_type="text/html", url="https://example.com/a")
    assert doc.text.split("\n")[0] == EN_PARAGRAPH
    assert "“We will respond,” the minister said" in doc.text
    assert "Advertisement" not in doc.text and "ADVERTISEMENT" not in doc.text
    assert "All rights reserved" not in doc.text and "Markets fall" not in doc.text
    assert doc.title == "Troops reach Kursk"
    assert doc.published_at == date(2024, 12, 16)
    assert doc.outlet == "The Example Post"
    assert doc.author == "Jane Doe"
    assert doc.language == "en"
    assert doc.n_chars_raw == len(html)
    # Sniffed without a content type, too.
    assert clean_document(html).text == doc.text


def test_a_wire_slug_before_the_headline_is_dropped():
    """Before: 'UPDATE 2-North Korean troops …' stayed in the text, the title and the
    headline claim ('UPDATE 2-North Korean troops in Kursk', said Ukraine)."""
    raw = ("UPDATE 2-North Korean troops in Kursk, Ukraine says\n\n"
           "KYIV, Nov 4 (Reuters) - About 11,000 North Korean troops are in Russia's Kursk region, "
           "Ukraine said on Monday, adding that they had come under fire.\n")
    doc = clean_document(raw.encode(), filename="a.txt")
    assert doc.title == "North Korean troops in Kursk, Ukraine says"
    assert doc.text.splitlines()[0] == "North Korean troops in Kursk, Ukraine says"
    # an upper-case word that is no slug stays: "NATO-Gipfel …"
    assert clean_document("NATO-Gipfel in Den Haag beginnt\n".encode(), filename="b.txt").text.startswith("NATO-Gipfel")
