"""Who said what: quotes, reported speech and sourcing phrases, English and German.

    from extract.attribution import find_claims
    claims = find_claims(doc, sentences, "en", published_at=date(2024, 12, 16))

One pass per document: the language module finds attribution frames (English from the
dependency parse, German from word order on tokens), frames.attach_quotes turns frames
next to quotations into direct quotes, frames.back_references spreads "X cited the
figures" over the sentences it points at, then speakers, stance, hedging and relative
dates are filled in text order. A frame that names no source ("was accused of",
"reportedly", "soll … haben") gives a claim of kind "unattributed", with its cue; the
outlet's own statements, also "unattributed", are made by outlet_statement for the
sentences extraction decides are claims.

A claim's content is one contiguous span; it can run over several sentences (a quotation
of two sentences, "Das teilte X mit." pointing back at the previous sentence), and its
sentence_idx is the sentence where the content starts. claim_ids follow text order.
Measured on the dev sets with scripts/eval_polnear.py and scripts/eval_german_quotes.py.
"""

from __future__ import annotations

import bisect
import re
from datetime import date

from spacy.tokens import Doc, Span

from extract.attribution.cues import (
    DE_COMMENT_NOUNS, DE_CONFIRM_FORMS, DE_DENIAL_FORMS, DE_DENIAL_WORDS, DE_ON_IT, DE_PRONOUNS, EN_ASKED_NOUNS,
    EN_COMMENT_NOUNS, EN_COMMENTING_VERBS, EN_CONFIRM_VERBS, EN_DENIAL_CUES, EN_DENIAL_VERBS, EN_DENIAL_WORDS,
    EN_PRONOUNS, EN_SPEECH_VERBS, EN_TITLES,
)
from extract.attribution.english import actor_mentions, english_frames
from extract.attribution.frames import (
    Frame, anchor, attach_quotes, back_references, headline_frames, is_transcript, quoted_paragraphs, title_case_frames,
    with_opening_mark,
)
from extract.attribution.german import ADDRESSED, german_frames
from extract.attribution.quotes import OPENING_MARKS, find_quotes, quoted
from extract.attribution.speakers import SpeakerResolver
from extract.attribution.stance import (APPOSED_CAVEAT, CAVEAT_NOUNS, CAVEAT_REPORT, CAVEAT_SUBJECT, LEAVING_OPEN,
                                        as_date, framed_stance, is_hedged, own_neither, referred_date, relayed,
                                        stance_of)
from extract.datelines import dateline_end
from extract.entities.resolve import acts_for, is_a_place, resolve_speaker
from extract.models import Claim, Sentence

__all__ = ["find_claims", "outlet_caveats", "outlet_statement"]

_LINE = re.compile(r"[^\n]*\S[^\n]*")
_DE_PERSONAL = re.compile(r"\b(?:[Ee]r|[Ss]ie)\b")
# "the reports", "die Angaben", "die Zahl" right after a cue (German: or its comma, "weigerte
# sich, die Angaben zu bestätigen"), not followed by what they say ("reports that C", "reports
# on the deployment"; "the reports on Thursday" are the reports)
_EN_REPORTS_BEFORE = re.compile(
    r"\s*(?:the|these|those|such)\s+(?:\w+\s+)?(?:reports?|claims?|allegations?|accusations?|accounts?|information"
    r"|figures?|numbers?|estimates?|assertions?|statements?)\b(?!\s+(?:that|of|about|by)\b"
    r"|\s+on\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))", re.IGNORECASE)
_DE_REPORTS_BEFORE = re.compile(
    r"[\s,]*(?:[\w-]+\s+){0,3}?(?i:die|diese|den|dieser|solche)\s+(?:\w+\s+)?(?:Berichte?n?|Angaben|Informationen|Meldung(?:en)?"
    r"|Behauptung(?:en)?|Vorwürfen?|Vorwurf|Zahl(?:en)?|Darstellung(?:en)?|Schätzung(?:en)?)\b(?!\s*,?\s*(?:dass|wonach|über)\b)")
# What was just reported, labelled: "This is nonsense", 'that "nonsense"', „Das ist Unsinn“
_PRO_FORM_LABEL = re.compile(r"^(?:this|that|it|das|dies|es)\s+(?:(?:is|was|ist|war|sei)\b|[\"“„«‘'])", re.IGNORECASE)
# What a comment not given names when it is the report before: "on this", "no evidence of that", "dazu"
_ON_IT = re.compile(r"(?:^|\b(?:on|about|of|for)\s+)(?:it|this|that|them)$|\b(?:" + "|".join(sorted(DE_ON_IT)) + r")\b",
                    re.IGNORECASE)
# A comment not given that says nothing but that ("did not respond", "stayed silent",
# "äußerte sich nicht"): a claim only as an answer to a report before it
_SILENCE_ONLY = re.compile(r"(?:" + "|".join(sorted(v.removesuffix("y") for v in EN_COMMENTING_VERBS))
                           + r")\w*|silent|(?:äu(?:ß|ss)er|kommentier|reagier|geäu(?:ß|ss)ert|antwortet|"
                           r"beantwortet)\w*\s+(?:\w+\s+){0,3}?nicht", re.IGNORECASE)
# A comment not given that names nothing it is on, so is on the report before: "had no
# immediate comment", "did not respond to a request for comment", "declined to comment"
# ... or "referred (further) questions to the ministry", "verwies auf das Ministerium", or
# says only that none was given: "did not respond", "stayed silent", "äußerte sich nicht"
_BARE_COMMENT = re.compile(r"(?:no\s+(?:immediate\s+)?|(?:an?\s+|the\s+)?(?:[\w’']+\s+)?requests?\s+for\s+|for\s+|to\s+)"
                           r"(?:" + "|".join(sorted(EN_COMMENT_NOUNS)) + r")|(?:kein(?:e[nr]?)?|eine)\s+(?:"
                           + "|".join(sorted(DE_COMMENT_NOUNS)) + r")|(?:[\w’']+\s+)?(?:"
                           + "|".join(n[:-1] + "(?:y|ies)" if n.endswith("y") else n + "s?" for n in sorted(EN_ASKED_NOUNS))
                           + r")|(?:auf|an)\s+(?:das|die|den|dem)\s+(?:[\w-]+\s+)*[\w-]+|" + _SILENCE_ONLY.pattern,
                           re.IGNORECASE)
# The word that opens a question left open ("whether the reports were true"), if any
_WHETHER = re.compile(r"(?:(?:whether|if)\b)?", re.IGNORECASE)
_DE_GENITIVE = re.compile(r"s\s+[A-ZÄÖÜ]")
# cue words of a denial and of a confirmation, both languages
_DENYING = EN_DENIAL_CUES | DE_DENIAL_FORMS
_CONFIRMING = DE_CONFIRM_FORMS | EN_CONFIRM_VERBS


_THE_SAME = re.compile(r"(?i)(?:(?:much|exactly|just)\s+)?the\s+same(?:\s+thing)?"
                       r"|(?:genau\s+)?(?:das\s+Gleiche|dasselbe|Gleiches)")


def _nested(frame: Frame, outer: list[Frame], language: str) -> bool:
    """An English frame of intention or evaluation inside another frame's reported content
    is part of what was reported ("Trump says he hopes to …"), not a separate act of
    attribution. Verbs of saying and "according to" keep their frame (nested speech is
    still speech, and "according to X" always names a source), unless the verb names no
    one ("Kyiv said troops were reported to be moving"), and so does German, whose
    word-order rules nest far less."""
    if language == "de" or frame.kind in ("direct_quote", "according_to") or not frame.cue:
        return False
    if frame.cue_word in EN_SPEECH_VERBS and frame.source is not None:
        return False
    # (a denial or confirmation of a report holds that report, from its source on: "Kyiv puts
    # losses at 700,000, a figure Russia rejects" keeps Kyiv's)
    return any(o is not frame and o.content[0] <= frame.cue[0] and frame.cue[1] <= o.content[1]
               and not (frame.source is not None and frame.source[0] == o.content[0]
                        and _answer(o) in ("deny", "confirm")) for o in outer)


def _cue_inside(frame: Frame) -> bool:
    """A whole sentence reported with its own cue in it ("Die Nato bestätigte …")."""
    return frame.cue is not None and frame.content[0] <= frame.cue[0] < frame.content[1]


def _answer(frame: Frame) -> str | None:
    """"deny", "confirm" or "leave open" for a frame that answers a content reported apart
    from its own words (not one that holds its own cue): "C, a claim Moscow has not commented
    on" leaves C open."""
    if _cue_inside(frame):
        return None
    if frame.cue_word in _DENYING:
        return "deny"
    if frame.cue_word in LEAVING_OPEN:
        return "leave open"
    return "confirm" if frame.cue_word in _CONFIRMING else None


def _more_specific(text: str, new: Frame, old: Frame) -> bool:
    """Of two frames with one content, the one with a cue, and the one whose cue stands
    outside the content ("Die Nato bestätigte C, wie Rutte sagte": Rutte's frame holds the
    whole clause, the Nato's own cue lies inside it)."""
    if old.cue is None:
        return new.cue is not None
    if new.cue is None or _cue_inside(new):
        return False
    # ... and of two cues before it in clauses of their own, the nearer ("thanked the
    # partners, but demanded: „C“"), not one that is part of what the other says ("said
    # she recalled thinking, „C“")
    return _cue_inside(old) or (old.cue[1] < new.cue[1] <= new.content[0] and "," in text[old.cue[1] : new.cue[0]])


def _reported_within(text: str, headline: Frame, frames: list[Frame]) -> bool:
    """A frame whose speaker opens the headline's content: "…: Kiew spricht von …", or follows
    the one it is put to ("ZEIT ONLINE: Herr Masala, Seoul spricht von …")."""
    return any(f.cue and f.source and (f.source[0] == headline.content[0] or ADDRESSED.fullmatch(
        text, headline.content[0], f.source[0])) for f in frames)


def _holds_a_named_report(frame: Frame, frames: list[Frame]) -> bool:
    """A frame names a speaker within the frame's content whose report starts there too (and
    may run on past it: "Carlo Masala: Ich halte … Ich gehe davon aus, …")."""
    return any(g.source and frame.content[0] <= g.source[0] < frame.content[1] and g.content[0] < frame.content[1]
               for g in frames)


def _dedupe(text: str, frames: list[Frame], language: str) -> list[Frame]:
    """One frame per content span (and per denial and confirmation of it), and one per cue:
    where cues overlap without being the same span ("vowed" and "vowed to respond"), the
    longer cue wins. Identical cues stay: a quote split around its speaker gives two claims
    with one cue."""
    by_content: dict[tuple, Frame] = {}
    for f in frames:
        if f.content is None:
            continue
        # a denial or confirmation of what another frame reports is a claim of its own:
        # "Kyiv says C, a figure Moscow disputes", "… Seoul confirmed it"; and each answerer's
        # ("Moscow has denied the reports. Pyongyang has also denied them")
        answer = _answer(f)
        key = (f.content, answer, f.source if answer else None)
        if key not in by_content or _more_specific(text, f, by_content[key]):
            by_content[key] = f
    unique = list(by_content.values())
    outer = [f for f in unique if f.kind != "direct_quote"]
    # (a report no one is named for that holds a named one, source to content's end, is that
    # one: "Pentagon: Nordkoreaner sollen … erlitten haben" read as hearsay and as a headline)
    frames = [f for f in unique if not _nested(f, outer, language) and not (
        f.source is None and f.cue is None and _holds_a_named_report(f, unique))]
    kept: list[Frame] = []
    for f in sorted(frames, key=lambda f: -(f.cue[1] - f.cue[0]) if f.cue else 0):
        if f.cue and any(
            k.cue and k.cue != f.cue and k.cue[0] < f.cue[1] and f.cue[0] < k.cue[1] for k in kept
        ):
            continue
        kept.append(f)
    return kept


def _widened(span: tuple[int, int], people) -> tuple[int, int]:
    return next((p for p in people if p[0] <= span[0] and span[1] <= p[1] and p != span), span)


def _leads(name: Span, quotes: list[tuple[int, int]]) -> bool:
    """A person named as the first subject of their sentence's main clause, outside quotation
    marks: whom a following "he" or "she" most likely means."""
    first = next((t for t in name.sent if t.dep_ in ("nsubj", "nsubjpass")), None)
    # (or of a clause closed by a colon, which the parser hangs on what follows: "Kartapolov
    # went further: the deployment, he told RBC, was …"), or parses as the object of the verb
    # after the colon ("Kirby went further: he told reporters …")
    main = first is not None and (first.head.dep_ == "ROOT" or _before_colon(first.head))
    return first == name.root and main and not quoted(name.start_char, quotes)


def _before_colon(verb) -> bool:
    """A verb whose clause a colon closes."""
    after = verb.head.children if verb.dep_ == "ccomp" and verb.i < verb.head.i else ()
    return any(c.text == ":" for c in verb.children) or any(verb.i < c.i < verb.head.i and c.text == ":" for c in after)


def _first_in_sentence(text: str, persons: list[tuple[int, int]], starts: list[int],
                       quotes: list[tuple[int, int]]) -> list[int]:
    """German has no parser: the first person named in a sentence, outside quotation marks,
    not in the genitive ("in Putins Krieg") and after no "er" or "sie" (who would be its
    subject), leads it."""
    first: dict[int, int | None] = {}  # sentence -> the person leading it, None when "er" does
    for a, b in sorted(persons):
        i = bisect.bisect_right(starts, a)
        if i in first or quoted(a, quotes) or _DE_GENITIVE.match(text, b - 1):
            continue
        first[i] = None if _DE_PERSONAL.search(text, starts[i - 1] if i else 0, a) else a
    return [a for a in first.values() if a is not None]


def find_claims(
    doc: Doc,
    sentences: list[Sentence],
    language: str,
    published_at: date | None = None,
    people: list[tuple[int, int]] = (),
) -> list[Claim]:
    """`people`: spans of the persons extract.entities found, for pronouns and descriptions to
    stand for ("Er fügte hinzu"): German has no parser entities; in English they only widen
    a parser's person they contain ("Choe Son" -> "Choe Son Hui", as the gazetteer knows)."""
    text = doc.text
    published = as_date(published_at)
    quotes = find_quotes(text)  # cached: the frames, the quote attachment, the resolver and the relation step read them
    # a text of speakers taking turns (frames.is_transcript): German lines then report on their own
    transcript = language == "de" and is_transcript(text)
    if language == "de":
        frames = german_frames(doc, sentences, quotes, transcript)
        persons = list(people)
        actors: list[tuple[int, int]] = []
    else:
        frames = english_frames(doc)
        named = [e for e in doc.ents if e.label_ == "PERSON"]
        # ... and the persons the parser missed that extract.entities knows ("Selenskyj" in
        # machine-translated copy), so that "he" can stand for them: whole names only, not a
        # known surname inside a name the parser missed too ("Ivanka Trump")
        missed = [doc.char_span(a, b) for a, b in people
                  if not any(e.start_char < b and a < e.end_char for e in doc.ents)]
        named = sorted(named + [s for s in missed if s is not None and not (
            s.start > s.sent.start and doc[s.start - 1].is_title and doc[s.start - 1].lower_ not in EN_TITLES)],
            key=lambda e: e.start_char)
        persons = [_widened((e.start_char, e.end_char), people) for e in named]
        actors = actor_mentions(doc)
    # Headline and transcript colons ("Putin: '…'", "WALLACE: …"): the whole line is what
    # the named speaker said; verbs of opinion inside it are part of it (see _dedupe).
    # (but a German line whose words after the colon report with a speaker of their own puts a
    # topic before it: "Nordkoreanische Soldaten: Kiew spricht von schweren Verlusten"; in
    # English, _dedupe prefers the parser's speaker, but a state is an explainer's topic too:
    # "Russia: The Kremlin has neither confirmed nor denied …")
    # (in a transcript the line stays its speaker's, as in English: "Kiesewetter: Der BND geht davon aus, …")
    frames.extend(h for h in headline_frames(text) if not (
        (language == "de" and not transcript or is_a_place(text[h.source[0] : h.source[1]]))
        and _reported_within(text, h, frames)))
    if language == "en":
        frames.extend(title_case_frames(text, frames))

    starts = [s.char_start for s in sentences]
    # persons who lead their sentence, whom a following "he"/"er" most likely means
    subjects = frozenset(_first_in_sentence(text, persons, starts, quotes) if language == "de"
                         else (p[0] for p, e in zip(persons, named) if _leads(e, quotes)))
    # Paragraph numbers: blank lines between paragraphs do not count.
    line_starts = [m.start() for m in _LINE.finditer(text)] or [0]

    def line_of(pos: int) -> int:
        return bisect.bisect_right(line_starts, pos) - 1

    frames = _dedupe(text, attach_quotes(text, frames, starts, line_of, quotes), language)
    frames = back_references(text, frames, [(s.char_start, s.char_end) for s in sentences], line_of)
    frames = quoted_paragraphs(text, frames)

    _reporters_of_pronouns(text, frames)
    frames.sort(key=lambda f: (anchor(f)[0], f.content[0]))
    resolver = SpeakerResolver(text, language, persons, actors, starts, quotes,
                               mentions=list(people) if language == "de" else None, subjects=subjects)
    claims: list[Claim] = []
    # denials and confirmations, each with whether it names "the reports" made just before
    answering: list[tuple[Claim, bool]] = []
    for frame in frames:
        # a wire dateline opening the sentence is not what was said ("SEOUL, Dec 16 (Reuters) - C, X said")
        content = (frame.content[0] + dateline_end(text[frame.content[0] : frame.content[1]]), frame.content[1])
        s_idx = max(0, bisect.bisect_right(starts, content[0]) - 1)
        content = with_opening_mark(text, content)
        speaker_name = affiliation = None
        if frame.source:
            speaker_name, affiliation = resolver.resolve(frame.referent or frame.source, content)
        # "did not confirm it", "has neither confirmed nor denied it" answer too, with
        # stance neither: the report was put to them and they took no side
        # (a source's name labels nothing: "According to the Center for Countering Disinformation,
        # C"; nor does another's report relayed: stance.relayed)
        blanks = relayed(text, frame, frames)
        stance = stance_of(text, language, frame.cue_word, frame.cue, content, frame.negated,
                           blanks + ([frame.source] if frame.kind == "according_to" and frame.source else []))
        framed = framed_stance(text, stance, frame.source, frame.cue, content)
        if framed != stance:
            stance = framed
        elif stance == "asserts" and speaker_name and _own_side_takes_none(
                text[content[0] : content[1]], speaker_name, affiliation, language):
            stance = "neither"
        elif stance == "asserts" and claims and _THE_SAME.fullmatch(text, *content):
            # "Peskov called it 'another fake'. And the North Koreans said the same.": the side
            # of the claim before
            stance = claims[-1].stance
        # An answer's hedges and dates are its own words' ("The Kremlin denied this on
        # Tuesday"), not those of the report it answers.
        answer = _answer(frame) is not None and bool(frame.source or frame.cue)
        spans = [s for s in (frame.source, frame.cue, None if answer else content) if s]
        region = (min(s[0] for s in spans), max(s[1] for s in spans))
        # Dates and hedges are read from the whole sentence(s) the claim spans.
        d_idx = max(0, bisect.bisect_right(starts, region[0]) - 1) if answer else s_idx
        sent_region = (
            min(region[0], sentences[d_idx].char_start) if sentences else region[0],
            max(region[1], sentences[d_idx].char_end) if sentences else region[1],
        )
        # the date what is said names ("had attacked on Saturday") before the date it was
        # said on ("On Monday, Zelensky said …")
        referred = referred_date(text, language, content, published) if not answer else None
        if referred is None or referred.day is None:
            referred = referred_date(text, language, sent_region, published)
        claims.append(
            Claim(
                claim_id="",
                sentence_idx=sentences[s_idx].sentence_idx if sentences else 0,
                char_start=content[0],
                char_end=content[1],
                text=text[content[0] : content[1]],
                # a report that names no one ("was accused of", "reportedly", "soll … haben")
                # is not attributed to a source: the outlet relays it, hedged or not
                kind=frame.kind if frame.source else "unattributed",
                speaker_text=text[frame.source[0] : frame.source[1]] if frame.source else None,
                speaker_start=frame.source[0] if frame.source else None,
                speaker_end=frame.source[1] if frame.source else None,
                speaker_name=speaker_name,
                speaker_affiliation=affiliation,
                cue=text[frame.cue[0] : frame.cue[1]] if frame.cue else None,
                cue_start=frame.cue[0] if frame.cue else None,
                cue_end=frame.cue[1] if frame.cue else None,
                stance=stance,
                hedged=is_hedged(text, language, region, frame.cue_word),
                refers_to_date=referred.day,
                refers_to_period=referred.period,
            )
        )
        back = _names_report_before(text, claims[-1], frame.cue_word, language)
        if answer or back:
            answering.append((claims[-1], back))
    claims.sort(key=lambda c: (c.char_start, c.char_end))
    for n, claim in enumerate(claims, 1):
        claim.claim_id = f"c{n:04d}"
    answer_ids = {id(claim) for claim, _ in answering}
    reports = [c for c in claims if id(c) not in answer_ids]
    answered: list[Claim] = []
    for claim, back in sorted(answering, key=lambda a: a[0].cue_start or a[0].char_start):
        # no one answers their own report ("bestätigte die Aussage nicht und nannte sie …")
        others = [c for c in reports if c.speaker_name is None or c.speaker_name != claim.speaker_name]
        # (a comment not given that names nothing, opening its paragraph, is on the last report
        # of the paragraph before, as wire copy sets it: "Ukraine said C.\n\nRussia's defense
        # ministry did not respond to a request for comment.")
        claim.answers_claim_id = _answered(claim, others) or (
            _report_before(text, claim, others, starts, across_paragraph=bool(_BARE_COMMENT.fullmatch(claim.text)))
            if back else None)
        if claim.answers_claim_id is None and (before := _answered(claim, answered)) is not None:
            # "Seoul said C. Peskov called the reports fake. Pyongyang had rejected them too": the
            # answer before stands for what it answers
            claim.answers_claim_id = next(a.answers_claim_id for a in answered if a.claim_id == before)
        if claim.answers_claim_id is not None:
            answered.append(claim)
    return _without_bare_silence(claims)


def _without_bare_silence(claims: list[Claim]) -> list[Claim]:
    """The claims but a silence that answers nothing ("The Kremlin has not commented." on its
    own names nothing it is silent on), the rest numbered again."""
    kept = [c for c in claims if not (c.answers_claim_id is None and _SILENCE_ONLY.fullmatch(c.text))]
    if len(kept) == len(claims):
        return claims
    ids = {c.claim_id: f"c{n:04d}" for n, c in enumerate(kept, 1)}
    for c in kept:
        c.claim_id, c.answers_claim_id = ids[c.claim_id], ids.get(c.answers_claim_id, c.answers_claim_id)
    return kept


# A name opening what was said: "Moscow had nothing to add", "Russland habe keine Informationen"
_OPENING_NAME = re.compile(r"(?:that\s+|dass\s+)?(?:(?i:the|der|die|das)\s+)?(?P<name>[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?)"
                           r"\s+(?P<rest>.*)", re.DOTALL)


# ... or named as theirs: "Fu Cong said his country was not aware of the situation"
_THEIR_SIDE = re.compile(r"(?:that\s+)?(?:his|her|their)\s+(?:country|government|side|administration)\s+(?P<rest>.*)",
                         re.DOTALL | re.IGNORECASE)


def _own_side_takes_none(said: str, speaker_name: str, affiliation: str | None, language: str) -> bool:
    """"Peskov said Moscow had nothing to add", "Russland habe keine Informationen, erklärte
    Peskow": the speaker's own side, named as the subject of words that take no side, takes
    none, as "he had nothing to add" does ("Kyiv said Moscow would not comment" is Kyiv's claim)."""
    theirs = _THEIR_SIDE.match(said) if language != "de" else None
    if theirs is not None:
        return own_neither("it " + theirs["rest"])
    m = _OPENING_NAME.match(said)
    # (read as the speaker's own words, a pronoun for the name; the words first, the rarer test)
    if m is None or not own_neither(("er " if language == "de" else "it ") + m["rest"]):
        return False
    own = {resolve_speaker(n, language)[0] for n in (speaker_name, affiliation) if n} - {None}
    for _ in range(2):  # Peskov acts for the Kremlin, which acts for Russia
        own |= {acts_for(i) for i in own}
    side = resolve_speaker(m["name"], language)[0]
    return side is not None and side in own


def _answered(answer: Claim, reports: list[Claim]) -> str | None:
    """The claim whose content an answer denies or confirms: the report sharing most of its
    content, not one that reports the answer itself ("Kyiv said Moscow denied C")."""
    def shared(c: Claim) -> int:
        return min(c.char_end, answer.char_end) - max(c.char_start, answer.char_start)

    def named(c: Claim) -> bool:  # "confirmed the NIS estimate of 10,000 soldiers": the report, cue and all
        return c.cue_start is not None and answer.char_start <= c.cue_start and c.char_end <= answer.char_end

    candidates = [c for c in reports if (2 * shared(c) > answer.char_end - answer.char_start or named(c))
                  and not (answer.cue_start is not None and c.char_start <= answer.cue_start < c.char_end)]
    return max(candidates, key=shared).claim_id if candidates else None


# Pronouns a speaker refers to themselves or their side by (not relative pronouns)
_PERSONAL = frozenset(p for p, kind in {**EN_PRONOUNS, **DE_PRONOUNS}.items() if kind != "rel") | {"man"}
_FIRST_PERSON = frozenset(("i", "we", "ich", "wir", "man"))


def _reporters_of_pronouns(text: str, frames: list[Frame]) -> None:
    """"He could not confirm the number, Kirby told reporters", "Er könne das nicht
    bestätigen, sagte Peskow": a pronoun speaking inside what someone named after it
    reports is that reporter (who has not been named yet when the pronoun is read). In a
    quotation only "I" and "we" are: "he" is someone the quoted speaker speaks of."""
    def pronoun(span) -> bool:
        return text[span[0] : span[1]].lower() in _PERSONAL

    for f in frames:
        if not f.source or f.referent or not f.cue or not pronoun(f.source):
            continue
        first_person = text[f.source[0] : f.source[1]].lower() in _FIRST_PERSON
        reporter = next((g for g in frames if g is not f and g.source and g.cue and not pronoun(g.source)
                         and (first_person or g.kind != "direct_quote")
                         and g.content[0] <= f.source[0] and f.cue[1] <= g.content[1] <= g.source[0]), None)
        if reporter is not None:
            f.referent = reporter.referent or reporter.source


def _names_report_before(text: str, claim: Claim, cue_word: str, language: str) -> bool:
    """A denial or confirmation of "the reports", "the claims", "die Angaben": of what was
    reported just before ("Kyiv said C. The Kremlin dismissed the claims as fake news.")."""
    if claim.cue_end is None or not (claim.stance != "asserts" or cue_word in _CONFIRMING | _DENYING):
        return False
    pattern = _DE_REPORTS_BEFORE if language == "de" else _EN_REPORTS_BEFORE
    if pattern.match(text, claim.cue_end, max(claim.cue_end, claim.char_end)) is not None:
        return True
    # the question left open: "ließ zunächst offen, ob die Angaben zutreffen", "left open
    # whether the reports were true"
    if claim.char_start > claim.cue_end and pattern.match(
            text, claim.char_start + len(_WHETHER.match(claim.text).group()), claim.char_end) is not None:
        return True
    if claim.stance == "denies" and (_PRO_FORM_LABEL.match(claim.text) or _label_only(claim.text, language)):
        return True  # '"This is nonsense," Peskov said', 'called that "nonsense"', 'sprach von „Fälschungen“'
    if (cue_word in LEAVING_OPEN or claim.stance == "neither" and own_neither(claim.text)) and (
            _ON_IT.search(claim.text) or pattern.search(claim.text) or _BARE_COMMENT.fullmatch(claim.text)):
        # "has not commented on this", "hat sich dazu nicht geäußert", "Peskov said he would
        # not comment on the reports", "man habe dazu nichts zu sagen"
        return True
    # German perfect tense puts the object before the participle: "Moskau hat die Angaben
    # zurückgewiesen", and so does its word-for-word translation: "Moscow has the reports denied"
    if claim.char_start >= claim.cue_start:
        return False
    if language == "de":
        return _DE_REPORTS_BEFORE.search(text, claim.char_start, claim.cue_start) is not None
    return _EN_REPORTS_BEFORE.match(text, claim.char_start, claim.cue_start) is not None


def _label_only(content: str, language: str) -> bool:
    """A denial's content that is only its label ("Fälschungen", "pure propaganda", "lies and
    fakes"): what it labels is the report before."""
    rest = (DE_DENIAL_WORDS if language == "de" else EN_DENIAL_WORDS).sub(" ", content)
    if rest == content:
        return False
    words = re.findall(r"\w+", rest)
    return len(words) <= 2 and all(w.islower() for w in words)


def _report_before(text: str, answer: Claim, reports: list[Claim], starts: list[int],
                   across_paragraph: bool = False) -> str | None:
    """The last report ending before the answer's cue, in its sentence or the one before,
    in its paragraph: across paragraphs "die Informationen" is as often the story's topic as
    the report before ("Putin erklärte, C.\n\nEin nordkoreanischer Vertreter nannte die
    Informationen unbegründete Gerüchte" does not deny what Putin said). The outlet's caveat
    or a comment not given that names nothing, opening its own paragraph (`across_paragraph`:
    "Ukraine said C.\n\nThe claims could not be independently verified.", as wire copy sets
    it), answers the last report of the paragraph before."""
    at = answer.cue_start if answer.cue_start is not None else answer.char_start
    i = bisect.bisect_right(starts, at) - 1
    earliest = starts[max(0, i - 1)]
    across = across_paragraph and i > 0 and "\n" in text[earliest:at]
    if across:
        earliest = text.rfind("\n", 0, earliest) + 1
    before = [c for c in reports if earliest <= c.char_start and c.char_end <= at
              and (across or "\n" not in text[c.char_end : at])]
    return max(before, key=lambda c: c.char_end).claim_id if before else None


def outlet_caveats(text: str, sentences: list[Sentence], claims: list[Claim], language: str,
                   published_at: date | None, touched: set[int]) -> list[Claim]:
    """The outlet's sentences no claim touches that say the report just before could not be
    verified: each an `unattributed` claim with stance neither answering that report (its
    sentence or the one before, in its paragraph), ids after the claims'."""
    starts = [s.char_start for s in sentences]
    reports = [c for c in claims if c.speaker_name and c.answers_claim_id is None]
    answers = [c for c in claims if c.answers_claim_id is not None]
    out: list[Claim] = []
    for sentence in sentences:
        apposed = APPOSED_CAVEAT.search(sentence.text)
        if apposed is not None:
            # "Ukraine said it had killed 30 North Koreans, a claim that could not be
            # independently verified": the caveat answers the report its comma closes
            at = sentence.char_start + apposed.start()
            report = max((c for c in reports if sentence.char_start <= c.char_start < at),
                         key=lambda c: min(c.char_end, at), default=None)
            if report is not None:
                if report.char_end > at:  # "said the reports were false, without providing evidence": not what was said
                    report.char_end = len(text[:at].rstrip())
                    report.text = text[report.char_start : report.char_end]
                # (up to the next clause: "…, without providing evidence, and added that C")
                then = _NEXT_CLAUSE.search(sentence.text, apposed.end())
                end = sentence.char_start + then.start() if then is not None else sentence.char_end
                part = Sentence(sentence.sentence_idx, at + 2, end, text[at + 2 : end])
                claim = outlet_statement(text, part, language, published_at, f"c{len(claims) + len(out) + 1:04d}")
                claim.stance, claim.answers_claim_id = "neither", report.claim_id
                out.append(claim)
            continue
        if sentence.sentence_idx in touched and CAVEAT_SUBJECT.match(sentence.text) and (
                joined := _NEXT_CLAUSE.search(sentence.text)) is not None and not any(
                sentence.char_start <= c.char_start < sentence.char_start + joined.start() for c in claims):
            # "The claim could not be immediately verified, and Seoul said it was checking the
            # report": the caveat is the clause before the next one's claim
            sentence = Sentence(sentence.sentence_idx, sentence.char_start, sentence.char_start + joined.start(),
                                sentence.text[: joined.start()])
            touched_here = False
        elif sentence.sentence_idx in touched and (relative := _CAVEAT_RELATIVE.match(sentence.text)) is not None \
                and not any(c.char_start <= sentence.char_start < c.char_end for c in claims):
            # "The figure, which could not be independently verified, is triple Seoul's estimate,
            # which put …": the caveat is the relative clause on the report it names (not inside
            # what someone says: "The figure, which …, is too high, the Pentagon said")
            end = sentence.char_start + relative.end()
            sentence = Sentence(sentence.sentence_idx, sentence.char_start, end, text[sentence.char_start : end])
            touched_here = False
        elif sentence.sentence_idx in touched and (joined := next((
                m for m in _NEXT_CLAUSE.finditer(sentence.text) if CAVEAT_SUBJECT.match(sentence.text[m.end() :])
                and not any(sentence.char_start + m.start() <= c.char_start < sentence.char_end for c in claims)),
                None)) is not None:
            # "Russia's defense ministry did not respond, and the claims could not be independently
            # verified": the caveat is the clause after the claim's
            at = sentence.char_start + joined.end()
            sentence = Sentence(sentence.sentence_idx, at, sentence.char_end, text[at : sentence.char_end])
            touched_here = False
        else:
            touched_here = sentence.sentence_idx in touched
        subject = _subject_report(text, sentence, claims)
        if subject is None and (touched_here or not CAVEAT_SUBJECT.match(sentence.text)):
            continue
        claim = outlet_statement(text, sentence, language, published_at, f"c{len(claims) + len(out) + 1:04d}")
        if claim.stance != "neither":
            continue
        answered = subject.claim_id if subject is not None else (
            _report_before(text, claim, reports, starts, across_paragraph=True))
        if answered is None and (via := _report_before(text, claim, answers, starts)) is not None:
            # "HUR said C. Moscow did not comment. The figures could not be verified": the
            # report the answer just before answers
            answered = next(c.answers_claim_id for c in answers if c.claim_id == via)
        if answered is not None:
            claim.answers_claim_id = answered
            out.append(claim)
    return out


# A relative clause set off by commas on the report a sentence opens with: "The figure, which
# could not be independently verified, …"
_CAVEAT_RELATIVE = re.compile(rf"{CAVEAT_REPORT},\s+(?:which|that|die|das|der)\s+[^,;:.!?]+(?=,)", re.IGNORECASE)
# A comma and a conjunction opening a clause of its own
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|und|aber|doch|während)\s+")
# A report named as the sentence's subject: "Ukrainian intelligence reports of 3,000 casualties
# (could not be verified)", "South Korea's estimate of 11,000 troops"
_SUBJECT_REPORT = re.compile(rf"(?:[\w.'’-]+\s+){{0,4}}{CAVEAT_NOUNS}", re.IGNORECASE)


def _subject_report(text: str, sentence: Sentence, claims: list[Claim]) -> Claim | None:
    """The one claim of the sentence when its cue is a noun of report that opens the
    sentence: then the sentence's predicate is the outlet's word on that report."""
    if not _SUBJECT_REPORT.match(sentence.text):
        return None  # (the cheap test first: this runs for every sentence)
    inside = [c for c in claims if c.char_start < sentence.char_end and sentence.char_start < c.char_end]
    if len(inside) != 1 or inside[0].cue_start is None or inside[0].speaker_name is None:
        return None
    report = inside[0]
    if _SUBJECT_REPORT.fullmatch(text, sentence.char_start, report.cue_end) is None:
        return None
    return report


def outlet_statement(text: str, sentence: Sentence, language: str, published_at: date | None,
                     claim_id: str) -> Claim:
    """The outlet's own statement of a sentence (kind "unattributed"): no speaker or cue;
    its stance, hedging ("reportedly", "angeblich") and relative date are read from the
    sentence like any claim's."""
    span = (sentence.char_start, sentence.char_end)
    if text[span[1] - 1] in OPENING_MARKS and text[span[1] - 2].isspace():
        # "… nicht. „Wir sind bereit“": the German sentencizer keeps the next quotation's opening mark
        span = (span[0], len(text[: span[1] - 1].rstrip()))
    referred = referred_date(text, language, span, as_date(published_at))
    stance = framed_stance(text, stance_of(text, language, "", None, span, False), None, None, span)
    if text[span[0] : span[1]].rstrip("“”\"»«' ").endswith("?"):
        stance = "neither"  # a question asks ("Wie bewertet die Bundesregierung Aussagen, wonach bis zu 100.000 …?")
    return Claim(
        claim_id=claim_id,
        sentence_idx=sentence.sentence_idx,
        char_start=span[0],
        char_end=span[1],
        text=text[span[0] : span[1]],
        kind="unattributed",
        stance=stance,
        hedged=is_hedged(text, language, span),
        refers_to_date=referred.day,
        refers_to_period=referred.period,
    )
