"""extract_claims: one pass over a cleaned text producing sentences, entities, claims and figures.

The stages live in their own packages (entities, attribution, figures); this module only
composes them, links figures to the claim whose content (or sentence) holds them, so
every figure inherits a speaker and a stance (and, where the speaker speaks of its own, a
subject: extract.figures.owners), and makes the outlet's own sentences that carry a figure
or relate two entities `unattributed` claims.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from datetime import date

from spacy.tokens import Doc

from extract.attribution import find_claims, outlet_caveats, outlet_statement
from extract.attribution.relations import relation_sentences
from extract.entities import find_entities, resolve_speaker, speaker_affiliation, speaker_members
from extract.entities.resolve import SOURCE_NOUNS
from extract.figures import find_quantities, own_figures
from extract.language import detect_language
from extract.models import Claim, EntityMention, Extraction, Quantity, Sentence, SpeakerMember
from extract.nlp import parse, parse_texts, sentences_of


def pipeline_language(language: str | None, text: str) -> str:
    """The pipeline that handles a document: German or, for everything else, English."""
    lang = language or detect_language(text)
    return "de" if lang == "de" else "en"


def extract_claims(text: str, *, language: str | None = None, published_at: date | None = None) -> Extraction:
    lang = pipeline_language(language, text)
    return extract_parsed(parse(text, lang), lang, published_at)


def extract_many(items: Iterable[tuple[str, str | None, date | None]]) -> Iterator[Extraction | Exception]:
    """extract_claims over many (text, language, published_at), in order. Each language's
    texts are parsed together (parse_texts), which costs 3-12 % less CPU than one call per
    text (bench.extraction, generated and real articles). A text that fails yields its exception instead, so the others go on."""
    items = list(items)
    langs = [pipeline_language(language, text) for text, language, _ in items]
    docs: list[Doc | None] = [None] * len(items)
    for lang in sorted(set(langs)):
        positions = [i for i, code in enumerate(langs) if code == lang]
        try:
            for i, doc in zip(positions, parse_texts([items[i][0] for i in positions], lang)):
                docs[i] = doc
        except Exception:
            pass  # the texts left unparsed are parsed one by one below: only the bad one fails
    for i, (text, _, published_at) in enumerate(items):
        try:
            doc = docs[i] if docs[i] is not None else parse(text, langs[i])
            yield extract_parsed(doc, langs[i], published_at)
        except Exception as exc:
            yield exc


def extract_parsed(doc: Doc, lang: str, published_at: date | None) -> Extraction:
    """Entities, claims and figures of a text parsed by the `lang` pipeline."""
    sentences = sentences_of(doc)
    entities = find_entities(doc, sentences, lang)
    people = [(e.char_start, e.char_end) for e in entities if e.label == "PERSON"]
    claims = find_claims(doc, sentences, lang, published_at, people)
    for claim in claims:
        if claim.speaker_name:
            members = speaker_members(claim.speaker_name, lang)
            claim.speaker_members = [SpeakerMember(*member) for member in members] or None
            claim.speaker_id, claim.speaker_name = resolve_speaker(claim.speaker_name, language=lang)
            claim.speaker_affiliation = speaker_affiliation(claim.speaker_affiliation, claim.speaker_id,
                                                            claim.speaker_name)
    text = doc.text  # Doc.text joins every token: once
    quantities = [q for q in find_quantities(doc, sentences, lang, entities) if not counts_speakers(q, claims, text)]
    claims = link_quantities(claims, quantities, sentences, text, lang, published_at)
    own_figures(quantities, claims, entities, text)
    claims = add_entity_relations(claims, doc, text, sentences, entities, lang, published_at)
    claims = add_outlet_caveats(claims, text, sentences, lang, published_at)
    return Extraction(language=lang, sentences=sentences, entities=entities, claims=claims, quantities=quantities)


def counts_speakers(q: Quantity, claims: list[Claim], text: str) -> bool:
    """A count of sources opening a speaker's description counts who speaks, not what they
    report: "Three US officials said", "according to two sources inside North Korea" (but
    "74 percent of likely voters said" is a figure)."""
    return bool(q.unit) and q.unit.split()[-1].split("-")[-1].lower() in SOURCE_NOUNS and any(
        c.speaker_start is not None and c.speaker_start <= q.char_start and q.char_end <= c.speaker_end
        and len(text[c.speaker_start : q.char_start].split()) <= 2 for c in claims)


def link_quantities(claims: list[Claim], quantities: list[Quantity], sentences: list[Sentence],
                    text: str, lang: str, published_at: date | None) -> list[Claim]:
    """Set each quantity's claim_id: the innermost claim whose content holds the figure (a
    quote may run over several sentences), not one answering another's (in "Kyiv said it
    killed 200 soldiers; Russia denied this" the 200 are Kyiv's, and Russia's denial answers
    Kyiv's claim), else a claim made in the figure's sentence. A figure no claim covers gets
    an `unattributed` claim for its sentence, or for its clause when a semicolon parts it from
    the sentence's claims (the outlet's own statement)."""
    by_sentence: dict[int, list[Claim]] = {}
    for claim in claims:
        by_sentence.setdefault(claim.sentence_idx, []).append(claim)
    next_id = len(claims) + 1
    for q in quantities:
        covering = [c for c in claims if c.char_start <= q.char_start and q.char_end <= c.char_end]
        covering.sort(key=lambda c: (c.answers_claim_id is not None, c.char_end - c.char_start))
        if covering:
            chosen = covering[0]
        else:
            clause = own_clause(q, by_sentence.get(q.sentence_idx, []), sentences[q.sentence_idx], text)
            here = [c for c in by_sentence.get(q.sentence_idx, [])
                    if clause is None or (c.char_start, c.char_end) == (clause.char_start, clause.char_end)]
            chosen = here[0] if here else None
            if chosen is None:
                chosen = outlet_statement(text, clause or sentences[q.sentence_idx], lang, published_at, f"c{next_id:04d}")
                next_id += 1
                claims.append(chosen)
                by_sentence.setdefault(chosen.sentence_idx, []).append(chosen)
        q.claim_id = chosen.claim_id
    claims.sort(key=lambda c: (c.char_start, c.char_end, c.claim_id))
    return claims


def own_clause(q: Quantity, claims: list[Claim], sentence: Sentence, text: str) -> Sentence | None:
    """The clause that opens a sentence and holds a figure no claim covers, when a semicolon
    parts it from the claims made after it: the outlet's own statement ("North Korea has sent
    11,000 troops; the Pentagon says 8,000 are in Kursk": the 11,000 are not the Pentagon's).
    After a claim, a semicolon's clause goes on with the report ("researchers reported that
    Apple holds $214.9 billion …; Nike holds $10.7 billion …")."""
    first = min((p for c in claims for p in (c.char_start, c.speaker_start, c.cue_start) if p is not None),
                default=sentence.char_start)
    cut = text.rfind(";", q.char_end, first)
    if cut < 0 or ";" in text[sentence.char_start : q.char_start]:
        return None
    return Sentence(sentence.sentence_idx, sentence.char_start, cut, text[sentence.char_start : cut])


def add_entity_relations(claims: list[Claim], doc: Doc, text: str, sentences: list[Sentence],
                         entities: list[EntityMention], lang: str, published_at: date | None) -> list[Claim]:
    """An `unattributed` claim for each sentence no claim touches (by its content, speaker
    or cue) that relates two entities (extract.attribution.relations): the outlet's own
    statement of who did what to whom. `text` is doc.text (which joins every token: read
    once per document by the caller)."""
    touched = touched_sentences(claims, sentences)
    added = [outlet_statement(text, sentence, lang, published_at, f"c{n:04d}")
             for n, sentence in enumerate(relation_sentences(doc, text, sentences, entities, lang, touched),
                                          len(claims) + 1)]
    return sorted(claims + added, key=lambda c: (c.char_start, c.char_end, c.claim_id)) if added else claims


def add_outlet_caveats(claims: list[Claim], text: str, sentences: list[Sentence], lang: str,
                       published_at: date | None) -> list[Claim]:
    """The outlet's "The figures could not be independently verified" after a report: an
    `unattributed` claim with stance neither that answers it (extract.attribution.outlet_caveats)."""
    added = outlet_caveats(text, sentences, claims, lang, published_at, touched_sentences(claims, sentences))
    return sorted(claims + added, key=lambda c: (c.char_start, c.char_end, c.claim_id)) if added else claims


def touched_sentences(claims: list[Claim], sentences: list[Sentence]) -> set[int]:
    """Indices of the sentences a claim touches by its content, speaker or cue."""
    starts = [s.char_start for s in sentences]
    touched = set()
    for claim in claims:
        for a, b in ((claim.char_start, claim.char_end), (claim.speaker_start, claim.speaker_end),
                     (claim.cue_start, claim.cue_end)):
            if a is not None:
                first, last = bisect_right(starts, a) - 1, bisect_right(starts, max(a, b - 1)) - 1
                touched.update(sentences[i].sentence_idx for i in range(max(first, 0), last + 1))
    return touched
