"""Texts are parsed paragraph by paragraph and joined (extract.nlp.parse_texts): the Doc
covers the text character for character, no sentence crosses a line break, and a paragraph
taken from the cache is analysed exactly as a freshly parsed one."""

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from extract.nlp import ParagraphCache, load_pipeline, paragraphs, parse, parse_texts, sentences_of

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"
ATTRS = ("text", "whitespace_", "tag_", "dep_", "lemma_", "ent_iob_", "ent_type_", "is_sent_start")


def analysis(doc) -> list[tuple]:
    return [(*(getattr(t, a) for a in ATTRS), t.head.i, t.idx) for t in doc]


@given(st.text(alphabet="ab \n", max_size=30))
def test_paragraphs_join_back_into_the_text(text):
    pieces = paragraphs(text)
    assert "".join(pieces) == text
    assert all(p == "\n" or (p and "\n" not in p) for p in pieces)


def test_a_doc_covers_its_text_and_no_sentence_crosses_a_line_break():
    texts = [p.read_text(encoding="utf-8") for p in sorted(RAW.glob("*/*.txt"))]
    for text, doc in zip(texts, parse_texts(texts, "en")):
        assert doc.text == text
        for sent in doc.sents:
            assert "\n" not in sent.text.strip()
        for ent in doc.ents:
            assert text[ent.start_char:ent.end_char] == ent.text


def test_a_cached_paragraph_is_analysed_as_a_fresh_parse():
    shared = "Kyiv said on Monday that 3,000 North Korean soldiers had arrived in Kursk."
    texts = [f"Headline one\n{shared}\nMoscow denied it.", f"Another headline\n\n{shared}\nEnd."]
    nlp = load_pipeline("en")
    cache, no_reuse = ParagraphCache(16), ParagraphCache(0)
    cached = [cache.parse(nlp, paragraphs(t)) for t in texts]
    fresh = [no_reuse.parse(nlp, paragraphs(t)) for t in texts]
    # Each distinct paragraph was parsed and kept once: the shared one serves both texts.
    assert len(cache.docs) == len({p for t in texts for p in paragraphs(t)}) == 6
    assert cached[0][2] is cached[1][3]
    assert [[analysis(d) for d in docs] for docs in cached] == [[analysis(d) for d in docs] for docs in fresh]
    # A kept Doc holds none of the model's output: a view of it would keep the batch's array alive.
    assert all(d.tensor.size == 0 and d.tensor.base is None for d in cache.docs.values())


def test_a_paragraph_is_parsed_as_it_would_be_at_the_end_of_the_text():
    """The line break after a paragraph is a piece of its own: the parser read a last
    sentence followed by one otherwise (before: "a claim CNN could not verify" was no answer
    in a paragraph with another after it, but was one at the text's end)."""
    sentence = ("Ukraine's special forces told CNN that its units had killed 50 North Korean soldiers, a claim CNN "
                "could not verify.")
    assert paragraphs(f"{sentence}\nEnd.") == [sentence, "\n", "End."]
    alone, followed = parse(sentence, "en"), parse(f"{sentence}\nEnd.", "en")
    assert analysis(alone) == analysis(followed)[: len(alone)]


def test_the_cache_keeps_the_most_recently_used_paragraphs():
    nlp = load_pipeline("de")
    cache = ParagraphCache(2)
    cache.parse(nlp, ["a", "b"])
    cache.parse(nlp, ["a"])  # a is used again, so b is the oldest
    cache.parse(nlp, ["c"])
    assert list(cache.docs) == ["a", "c"]


def test_the_same_text_twice_gives_two_independent_docs():
    text = "Kyiv said troops arrived.\nMoscow denied it."
    first, second = parse_texts([text, text], "en")
    assert first is not second and analysis(first) == analysis(second)
    first[0].tag_ = "XX"
    assert second[0].tag_ != "XX"


def test_a_quote_mark_closing_a_paragraph_closes_its_sentence():
    """Before: the parser set the closing quote of a paragraph apart, and '"' was a sentence
    of its own (91 of them in the 84 PolNeAR dev articles)."""
    text = 'Zelensky said on Monday: "There are 11,000 North Korean soldiers in Kursk."\nNext line.'
    assert [s.text for s in sentences_of(parse(text, "en"))] == [
        'Zelensky said on Monday: "There are 11,000 North Korean soldiers in Kursk."', "Next line."]
