"""The faster attribute ruler of extract.nlp gives exactly what spaCy's own AttributeRuler gives."""

from __future__ import annotations

from pathlib import Path

import spacy

from extract.nlp import LookupAttributeRuler, english_model_name, load_pipeline, split_citations

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"


def annotations(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]


def test_lookup_attribute_ruler_matches_spacys_attribute_ruler_token_for_token():
    ours = load_pipeline("en")
    assert isinstance(ours.get_pipe("attribute_ruler"), LookupAttributeRuler)
    stock = spacy.load(english_model_name())
    stock.add_pipe("newline_sentence_breaks", before="parser")
    stock.add_pipe("citation_ends_sentence", before="parser")
    stock.add_pipe("hyphenated_names", after="ner")
    split_citations(stock)
    assert ours.pipe_names == stock.pipe_names
    texts = [p.read_text(encoding="utf-8") for p in sorted(RAW.glob("*/*.txt"))]
    # Rare forms the model's exception rules are written for (multi-token, NOT_IN, REGEX rules).
    texts.append("Y'all ain't gonna believe it: let's go, c'mon! I gotta say there's nothin' he didn't do.\n"
                 "It is what it is; do you have it? Whether or not they'd come, she's been there.")
    n_tokens = 0
    for a, b in zip(ours.pipe(texts), stock.pipe(texts)):
        assert annotations(a) == annotations(b)
        n_tokens += len(a)
    assert n_tokens > 2000
