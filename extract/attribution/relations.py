"""Which of the outlet's own sentences relate two entities, and so are claims.

An unattributed sentence is a claim when it carries a figure (extract.extraction) or an
entity relation: two different entities (by entity_id) as parts of one clause, so that the
sentence says something about how they stand to each other ("North Korea has sent troops
to Russia", "Russia and North Korea have intensified their cooperation", "Nordkorea
schickt Soldaten nach Russland"). Not every sentence naming two entities is one: a
question, a fragment without a verb ("Russia, Ukraine: the latest"), English entities
that meet in no clause with a subject, or a sentence in or with a quotation (someone's
words whose speaker went unfound are not the outlet's) are not.

English reads the parse: a verb's subject holds one of the entities and the rest of that
verb's clause (objects, adjuncts) another, or the subject coordinates two ("Russia and
North Korea", "between Pyongyang and Moscow"); the parts of one name ("White House
spokesman John Kirby") relate nothing. German has no parser: two entities
next to each other in the text relate when a verb stands between them, known ("hat",
"sind", "meldete") or guessed from its form (a lower-case word that is neither a function
word nor an adjective before its noun; German capitalises nouns, so what is left
lower-case is mostly verbs), when "und" coordinates them, or when both follow the verb of
an inverted clause ("Im Juni besuchte Putin Nordkorea") and are not one phrase. (A sentence in Konjunktiv I,
"Dies sei …", is already reported speech: extract.attribution.german.)
"""

from __future__ import annotations

import re

from spacy.lang.de.stop_words import STOP_WORDS as DE_STOP_WORDS
from spacy.tokens import Doc

from extract.attribution.cues import DE_ADJ_ENDINGS, DE_ARTICLES, DE_FINITE_VERBS, DE_VERB_FORMS
from extract.attribution.quotes import find_quotes, n_words
from extract.models import EntityMention, Sentence

__all__ = ["relation_sentences"]

_SUBJECTS = {"nsubj", "nsubjpass"}
_WORD = re.compile(r"[^\W\d_][\w-]*")
_COORDINATORS = frozenset(("und", "sowie"))
# Words that keep two names in one phrase: "das Verteidigungsministerium in Moskau".
_PHRASE_LINKS = DE_ARTICLES | frozenset("in im aus von vom bei für am zu zum zur".split())
_OPENING_MARKS = "\"'“„»«‘"
# A quotation of up to this many words is a name or a scare quote ("called it „Fake News“").
MAX_SCARE_QUOTE_WORDS = 3


def relation_sentences(doc: Doc, text: str, sentences: list[Sentence], entities: list[EntityMention],
                       language: str, skip: set[int]) -> list[Sentence]:
    """The sentences that relate two entities, but for those whose sentence_idx is in `skip`
    (`text` is doc.text)."""
    quotes = [q for q in find_quotes(text) if n_words(text[q[0] + 1 : q[1] - 1]) > MAX_SCARE_QUOTE_WORDS]
    by_sentence: dict[int, list[EntityMention]] = {}
    previous_end = -1
    for m in entities:
        # "der Deutsche Journalisten-Verband (DJV)": the acronym is the same body again
        if text[previous_end:m.char_start].strip() != "(":
            by_sentence.setdefault(m.sentence_idx, []).append(m)
        previous_end = m.char_end
    return [s for s in sentences
            if s.sentence_idx not in skip
            and not any(a < s.char_end and s.char_start < b for a, b in quotes)
            and _relates(doc, s, by_sentence.get(s.sentence_idx, []), language)]


# The outlet's own asking for comment relates it to no one: "CNN has reached out to the
# Russian Defense Ministry for comment", "Newsweek hat das Pentagon um Stellungnahme gebeten"
_ASKED_FOR_COMMENT = re.compile(r"(?i)\b(?:for|um)\s+(?:a\s+|eine\s+)?(?:comment|response|reaction|"
                                r"Stellungnahme|Kommentar|Reaktion)\b")


def _relates(doc: Doc, sentence: Sentence, mentions: list[EntityMention], language: str) -> bool:
    text = sentence.text.strip()
    if len({m.entity_id for m in mentions}) < 2 or text.endswith("?") or text[:1] in _OPENING_MARKS \
            or _ASKED_FOR_COMMENT.search(text):
        return False
    if language == "de":
        return _german_relation(sentence, mentions)
    return _english_relation(doc, sentence, mentions)


def _english_relation(doc: Doc, sentence: Sentence, mentions: list[EntityMention]) -> bool:
    span = doc.char_span(sentence.char_start, sentence.char_end, alignment_mode="expand")
    if span is None:
        return False

    def within(token) -> set[str]:
        start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
        return {m.entity_id for m in mentions if start <= m.char_start and m.char_end <= end}

    for token in span:
        verb = token.head
        if token.dep_ not in _SUBJECTS or verb.pos_ not in ("VERB", "AUX") or not verb.is_alpha:
            continue
        subject = within(token)
        if subject and within(verb) - subject:
            return True
        # "Russia and North Korea have …", "a pact between Pyongyang and Moscow …"; not one
        # name's parts ("White House spokesman John Kirby")
        if any(t.dep_ == "conj" and within(t) and subject - within(t) for t in token.subtree):
            return True
    return False


def _german_relation(sentence: Sentence, mentions: list[EntityMention]) -> bool:
    """Two neighbouring entities with a verb between them ("Nordkorea schickt Soldaten nach
    Russland"), joined by "und" ("Russland und Nordkorea vertiefen …"), or after the verb
    of an inverted clause and not one phrase ("Im Juni besuchte Putin Nordkorea", "Seit
    Oktober kämpfen nordkoreanische Soldaten in Kursk"); not the parts of one phrase ("Das
    Verteidigungsministerium in Moskau äußerte sich nicht")."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(sentence.text)]
    verbs = {i for i in range(len(words)) if _verbish(words, i)}
    if not verbs:
        return False  # no clause: "Russland, Ukraine und Nordkorea im Überblick"
    first_verb = words[min(verbs)][0]
    spans = sorted((m.char_start - sentence.char_start, m.char_end - sentence.char_start, m.entity_id)
                   for m in mentions)
    for (a_start, a_end, a_id), (b_start, _, b_id) in zip(spans, spans[1:]):
        between = [i for i, (pos, _) in enumerate(words) if a_end <= pos < b_start]
        if a_id == b_id:
            continue
        if any(i in verbs for i in between):
            return True
        # "Russland und Nordkorea", "die EU und die USA"; not "der US-amerikanische
        # Schauspieler und Bürgerrechtler Ossie Davis", where "und" joins nouns of one name
        linking = [words[i][1].lower() for i in between]
        if any(w in _COORDINATORS for w in linking) and all(w in _COORDINATORS or w in DE_ARTICLES for w in linking):
            return True
        if first_verb < a_start and not (linking and all(w in _PHRASE_LINKS for w in linking)):
            return True
    return False


def _verbish(words: list[tuple[int, str]], i: int) -> bool:
    """A finite verb, known ("hat", "sind", "meldete") or guessed from its form: a
    lower-case word that is neither a function word nor an adjective before its noun (an
    adjective follows an article, a preposition or another adjective, not a noun or name:
    "Gestern unterzeichneten Russland …" is a verb)."""
    word = words[i][1]
    low = word.lower()
    if low in DE_FINITE_VERBS or low in DE_VERB_FORMS:
        return True
    if i == 0 or not word[0].islower() or low in DE_STOP_WORDS:
        return False
    before_noun = i + 1 < len(words) and words[i + 1][1][0].isupper()
    after_noun = words[i - 1][1][0].isupper() and words[i - 1][1].lower() not in DE_STOP_WORDS
    return not (low.endswith(DE_ADJ_ENDINGS) and before_noun and not after_noun)
