"""English NER: spaCy's model, corrected by the gazetteer.

en_core_web_sm's known errors on this news: possessives inside spans ("North Korea's"),
leading articles ("the US State Department"), names split ("US" + "State"), known places
and people with the wrong label ("Kursk" PRODUCT, "Kyiv" PERSON, "Blinken" GPE), and junk
entities in untranslated German boilerplate ("Bitte", "gegenüber dem"). Gazetteer names
win overlaps; spaCy keeps a longer name that merely contains one ("the UN Charter",
"Washington Post", "Latin America"), except a person's.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.lang.de.stop_words import STOP_WORDS as DE_STOP_WORDS
from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS
from spacy.tokens import Doc

from extract.entities.german_lexicon import german_lexicon
from extract.entities.matching import PRIORITY_MODEL, Candidate, gazetteer_candidates
from extract.entities.resolve import NAME_PARTICLES

# Numbers and dates are the quantity extractor's business.
NON_NAME_LABELS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}
# Labels of longer names that may contain a known name as a modifier: "the UN Charter",
# "Washington Post", "Latin America".
CONTAINER_LABELS = {"ORG", "FAC", "LAW", "WORK_OF_ART", "EVENT", "PRODUCT", "GPE", "LOC", "NORP"}
_LEADING = re.compile(r"(?:the|The|THE)\s+")  # used with .match(text, pos)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|The)\s+$")
_TRAILING = re.compile(r"(?:['’]s|['’])$")
# Not ".": it ends abbreviations ("N.Y.", "U.S.").
_EDGE = " \t\r\n\"'“”„«»()[]{},;:!?*|-–—"
# Dependency roles in which a capital acts for its government: "Kyiv reported",
# "Pyongyang's missiles", "Pyongyang troops".
ACTOR_DEPS = {"nsubj", "nsubjpass", "poss", "agent", "compound", "amod"}
# "cooperation between Pyongyang and Moscow", "exports by Pyongyang", "help for Moscow".
ACTOR_PREPOSITIONS = {"between", "by", "for", "with", "against"}
GOVERNMENT_NOUNS = {"regime", "government", "leadership", "authorities", "officials", "administration"}


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow a span to the name: no edge punctuation, leading article or possessive."""
    for _ in range(3):
        while start < end and text[start] in _EDGE:
            start += 1
        while end > start and text[end - 1] in _EDGE:
            end -= 1
        m = _LEADING.match(text, start, end)
        if m:
            start = m.end()
        m = _TRAILING.search(text, start, end)
        if m and end - start > 2:
            end = m.start()
    return start, end


def _is_german_sentence(words: list[str]) -> bool:
    """More German than English function words: untranslated comment-section chrome."""
    low = [w.lower() for w in words]
    german = sum(w in DE_STOP_WORDS and w not in EN_STOP_WORDS for w in low)
    english = sum(w in EN_STOP_WORDS and w not in DE_STOP_WORDS for w in low)
    return german > english


def _looks_like_german_boilerplate(words: list[str]) -> bool:
    """German function words or nouns: comment-section chrome ("Bitte", "dem Ansehen von KMM")."""
    lex = german_lexicon()
    if words[0][:1].islower() and lex.is_stop(words[0]) and words[0] not in NAME_PARTICLES:
        return True
    return all(lex.is_ordinary(w) or not w[:1].isupper() for w in words)


def english_candidates(doc: Doc) -> list[Candidate]:
    text = doc.text
    gaz = gazetteer_candidates(text, "en")
    gaz_spans = {(g.start, g.end) for g in gaz}
    model: list[Candidate] = []
    for ent in doc.ents:
        if ent.label_ in NON_NAME_LABELS:
            continue
        start, end = trim(text, ent.start_char, ent.end_char)
        words = re.findall(r"[^\W\d_]+", text[start:end])
        if not words or not any(w[0].isupper() for w in words):
            continue
        covers_gazetteer = (start, end) in gaz_spans
        if (
            not covers_gazetteer
            and _is_german_sentence(re.findall(r"[^\W\d_]+", ent.sent.text))
            and _looks_like_german_boilerplate(words)
        ):
            continue  # in English sentences, "Patriot" and "King" are names
        # Resolve with the article when there is one: "the North" is North Korea, "North" is not.
        article = _ARTICLE_BEFORE.search(text, max(0, start - 12), start)
        lookup_text = text[article.start() : end] if article else text[start:end]
        model.append(Candidate(start, end, ent.label_, PRIORITY_MODEL, source="spacy", lookup_text=lookup_text))
    # spaCy's entities do not overlap, so the one that could contain a gazetteer name is
    # the last that starts at or before it.
    starts = [m.start for m in model]
    kept = []
    for g in gaz:
        k = bisect_right(starts, g.start)
        container = model[k - 1] if k else None
        if (
            g.label != "PERSON"
            and container is not None
            and container.label in CONTAINER_LABELS
            and g.end <= container.end
            and (container.end - container.start) > (g.end - g.start)
        ):
            continue
        kept.append(g)
    return kept + model


def acts_as_government(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "between Pyongyang and Moscow": Moscow takes Pyongyang's role
    if root.dep_ in ACTOR_DEPS and not (root.dep_ in {"compound", "amod"} and root.head.pos_ == "PROPN"):
        return True
    if root.dep_ == "pobj":
        prep = root.head
        return prep.lower_ in ACTOR_PREPOSITIONS or prep.head.lemma_.lower() in GOVERNMENT_NOUNS
    return False
