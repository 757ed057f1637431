"""Named entities in English and German text, each resolved to a canonical id.

find_entities(doc, sentences, language) -> mentions with global character offsets.
resolve_entity(name, label, language) -> (entity_id, entity_name): Wikidata QIDs or local
"nc:" ids from gazetteer.yaml, else a stable "name:<normalised name>" id.
resolve_speaker(name, language) -> the same, with a place that speaks read as its government.
speaker_members(name, language) -> each speaker a group speaker stands for, resolved alone.
speaker_affiliation(given, speaker_id, speaker_name) -> whom a resolved speaker acts for.
acts_for(entity_id) -> the state or body an entity acts for (Pentagon -> US), else the id.
strip_title(name, language) -> (bare name, affiliation or role).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from spacy.tokens import Doc

from extract.entities import english, german
from extract.entities.gazetteer import gazetteer
from extract.entities.matching import PRIORITY_GUESS, Candidate, choose
from extract.entities.resolve import (UNKNOWN_PREFIX, acts_for, affiliation_name, known_person, lookup,
                                      resolve_entity, resolve_speaker, speaker_affiliation, speaker_members,
                                      strip_title)
from extract.models import EntityMention, Sentence

__all__ = ["acts_for", "affiliation_name", "find_entities", "known_person", "resolve_entity", "resolve_speaker",
           "speaker_affiliation", "speaker_members", "strip_title"]

# Candidates whose label comes from their form, not from the gazetteer entity they name:
# "nordkoreanische" is NORP even though it resolves to North Korea, "Bundesregierung" ORG.
KEEP_LABEL_SOURCES = {"demonym", "org_suffix", "institution", "org_tail"}


def find_entities(doc: Doc, sentences: list[Sentence], language: str) -> list[EntityMention]:
    """Entity mentions of a parsed document, in text order, without overlaps."""
    is_german = language == "de"
    candidates = german.german_candidates(doc) if is_german else english.english_candidates(doc)
    acts = german.acts_as_government if is_german else english.acts_as_government
    text = doc.text  # Doc.text joins every token: compute it once
    chosen = [(c, _mention(doc, text, c, language, acts)) for c in choose(candidates)]
    chosen = [(c, m) for c, m in chosen if m is not None]
    extra = _repeated_last_names(doc, [m for _, m in chosen], language)
    if extra:
        chosen += [(c, _mention(doc, text, c, language, acts)) for c in extra]
        kept = {id(c) for c in choose([c for c, _ in chosen])}
        chosen = sorted(((c, m) for c, m in chosen if id(c) in kept), key=lambda cm: cm[0].start)
    mentions = [m for _, m in chosen]
    _link_last_names(mentions)
    _consistent_labels(mentions)
    starts = [s.char_start for s in sentences]
    for m in mentions:
        m.sentence_idx = sentences[max(bisect_right(starts, m.char_start) - 1, 0)].sentence_idx if sentences else 0
    return mentions


def _last_names(mentions: list[EntityMention]) -> dict[str, EntityMention]:
    """Last word of each full personal name in the document -> its first full mention."""
    out: dict[str, EntityMention] = {}
    for m in mentions:
        words = m.text.split()
        if m.label == "PERSON" and len(words) >= 2 and len(words[-1]) >= 3:
            out.setdefault(words[-1], m)
    return out


def _repeated_last_names(doc: Doc, mentions: list[EntityMention], language: str) -> list[Candidate]:
    """German: a last name alone, after the full name was seen ("Celebi sagte ...")."""
    if language != "de":
        return []  # spaCy already tags English last names; _link_last_names links them
    names = _last_names(mentions)
    out = []
    for tok in doc:
        word = tok.text
        base = word[:-1] if word.endswith("s") and word[:-1] in names else word
        if base in names:
            out.append(Candidate(tok.idx, tok.idx + len(word), "PERSON", PRIORITY_GUESS, source="last_name"))
    return out


def _link_last_names(mentions: list[EntityMention]) -> None:
    """A last name alone is the person named in full earlier in the document."""
    names = _last_names(mentions)
    for m in mentions:
        if m.label != "PERSON" or " " in m.text:
            continue
        base = m.text[:-1] if m.text.endswith("s") and m.text[:-1] in names else m.text
        full = names.get(base)
        if full is not None and m.entity_id.startswith("name:"):
            m.entity_id, m.entity_name = full.entity_id, full.entity_name


def _mention(doc: Doc, doc_text: str, cand: Candidate, language: str, acts) -> EntityMention | None:
    text = doc_text[cand.start : cand.end]
    if not text.strip():
        return None
    gaz = gazetteer()
    label = cand.label
    if cand.entity_id:
        entity = gaz.entities.get(cand.entity_id)
    else:
        # An exact name fixes any label ("Blinken" GPE); a fuzzy one must agree on person-ness.
        name = cand.lookup_text or text
        entity = lookup(name, None, fuzzy=False) or lookup(name, cand.label)
    if entity is not None:
        if cand.label != "NORP" and cand.source not in KEEP_LABEL_SOURCES:
            label = entity.label  # the gazetteer knows Kyiv is a place and Blinken a person
        if entity.government_of and acts(doc, cand.start, cand.end):
            entity = gaz.entities[entity.government_of]
        entity_id, entity_name = entity.id, entity.name
    else:
        entity_id, entity_name = resolve_entity(text, label, language)
    return EntityMention(
        sentence_idx=0,
        char_start=cand.start,
        char_end=cand.end,
        text=text,
        label=label,
        entity_id=entity_id,
        entity_name=entity_name,
    )


def _consistent_labels(mentions: list[EntityMention]) -> None:
    """One label per unknown entity in a document: the model's most frequent one."""
    votes: dict[str, Counter] = {}
    for m in mentions:
        if m.entity_id.startswith(UNKNOWN_PREFIX) and m.label != "NORP":
            votes.setdefault(m.entity_id, Counter())[m.label] += 1
    for m in mentions:
        counts = votes.get(m.entity_id)
        if counts is not None and len(counts) > 1:
            # Ties go to an organisation: an unknown single name that the model calls a
            # person once and an organisation once is mostly a service or company.
            m.label = max(counts, key=lambda label: (counts[label], label in ("ORG", "GPE")))
