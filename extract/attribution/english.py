"""English attribution frames from the spaCy dependency parse (one pass over the tokens).

Patterns (the verb lists are in cues.py):
- verb with a clause complement: "X said (that) C", "C, X said" (the parser makes C the
  verb's ccomp either way; when C comes first, everything before the frame is content);
- verb hanging off the content clause ("C, he added", "C1, Mr. Obama said, C2");
- verb with an infinitive, prepositional or noun-phrase object, by verb class: "vows to
  …", "spoke about …", "called X a genius", "accused X of …";
- adjective of certainty, feeling or judgement: "were frustrated that C", "is critical of C";
- light verb with a noun of stance: "expressed concern about C", "voiced concern that C";
- any other verb with a that-clause and an agent as subject ("Trump charges that C");
- verb with no complement but a quotation next to it ('"…," Putin said'): the quotation
  is attached later by frames.attach_quotes;
- "according to X" ("according to its own figures": the sentence's subject);
- an as-clause aside with no object of its own ("C, as officials have said");
- a pro-form ("X said as much", "Y said so");
- a relative clause whose object is the relative pronoun ("an explosion that the mayor
  described as C");
- a report that names no source: a passive without a by-phrase ("was accused of C", "are
  believed to C") or "reportedly", "allegedly" (find_claims makes these unattributed).
Verbs of pure intention ("wants to", "plans to", "intends to") are not frames: what someone
wants is not what they said; nor is a verb of saying under a refusal ("refused to deny").
Subjects are inherited through coordination, participles and gerunds ("… and added",
", saying", "began by saying"); "a statement saying …" takes the noun as source, unless
a verb issued it ("X issued a statement saying …": X, and the cue runs from "issued").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from extract.attribution.cues import (
    EN_ANSWER_VERBS,
    EN_ASKED_NOUNS,
    EN_AS_VERBS,
    EN_ATTITUDE_ADJECTIVES,
    EN_COGNITION_VERBS,
    EN_COMMENT_NOUNS,
    EN_COMMENTING_VERBS,
    EN_CLAIM_NOUNS,
    EN_FIGURE_NOUNS,
    EN_INTENT_VERBS,
    EN_INTENTION_ONLY,
    EN_LIGHT_VERBS,
    EN_MEDIUM_NOUNS,
    EN_OBJECT_VERBS,
    EN_POSSESSIVE_PRONOUNS,
    EN_PREP_VERBS,
    EN_PRONOUNS,
    EN_REPORT_VERBS,
    EN_SPEECH_VERBS,
    EN_STANCE_NOUNS,
    EN_TITLES,
    EN_UNNAMED_PASSIVES,
    EN_WITHHELD_NOUNS,
)
from extract.attribution.frames import Frame, Span, trim
from extract.attribution.quotes import find_quotes
from extract.attribution.stance import own_neither
from extract.entities.resolve import INFORMATION_NOUNS, ORG_HEADS, SOURCE_NOUNS, is_information

_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_RELATIVE = {"who", "which", "that", "whom"}
# Pro-forms that point back to what was just reported: "Moscow denies this", "silent about it"
_POINTING_BACK = frozenset(("this", "that", "it", "them"))
# Words before a verb that annotators count as part of the cue ("has not yet been said", "has
# neither confirmed").
_CUE_LEFTS = ("aux", "auxpass", "neg", "advmod", "preconj")



def _negated(verb: Token) -> bool:
    """A "not" of the verb's own clause, or a subject "neither … nor" ("Neither Moscow nor
    Pyongyang has commented"). The parser also hangs a quotation's last "not" on the verb
    after it ('"Are we there? Probably not," Moore said'): a quote mark between them means
    the words were quoted, not negated."""
    own = any(c.dep_ == "neg" and not any(t.is_quote for t in verb.doc[min(c.i, verb.i):max(c.i, verb.i)])
              or c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ in ("preconj", "det") and g.lower_ == "neither" for g in c.children)
              # German word order translated: "The Kremlin commented (initially) not on the reports"
              or c.dep_ in ("prep", "dobj") and any(g.dep_ == "neg" and g.i > verb.i and all(
                  t.dep_ == "advmod" and t.head == verb for t in verb.doc[verb.i + 1 : g.i]) for g in c.children)
              for c in verb.children)
    # "did not deny the reports or confirm them": the negation covers an "or" conjunct
    # without a subject of its own
    return own or (verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.head.children)
                   and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children) and _negated(verb.head))


# Phrasal verbs that deny what they take, read as the verb they mean: "brushed off the
# reports" dismisses them, "played down the reports" downplays them.
_PHRASAL_DENIALS = {("brush", "off"): "dismiss", ("shrug", "off"): "dismiss", ("laugh", "off"): "dismiss",
                    ("wave", "off"): "dismiss", ("wave", "away"): "dismiss", ("play", "down"): "downplay",
                    ("brush", "aside"): "dismiss", ("wave", "aside"): "dismiss", ("sweep", "aside"): "dismiss",
                    ("rule", "out"): "rule out"}


# What a phrasal denial dismisses when it denies: something said ("brushed aside the reports",
# "shrugged off the criticism"), not a thing done ("moves that brushed aside traditional politicking")
_SAID_THINGS = EN_CLAIM_NOUNS | EN_STANCE_NOUNS | _POINTING_BACK | {"rumour", "rumor", "speculation"}


def _said_thing(verb: Token) -> bool:
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return obj is None or obj.lemma_.lower() in _SAID_THINGS or obj.lower_ in _SAID_THINGS or is_information(obj.text)


def _lemma(verb: Token) -> str:
    """The verb's lemma, repaired where the small model drops a silent e ("hoping" ->
    "hop", "rated" -> "rat") and the repaired form is a reporting verb; "dismiss" for a
    phrasal denial ("shrugged off"); "doubt" for doubts cast or raised ("cast doubt on the
    reports"); "estimate" for a number assumed."""
    lemma = verb.lemma_.lower()
    meant = next((_PHRASAL_DENIALS[(lemma, c.lower_)] for c in verb.children
                  if c.dep_ == "prt" and (lemma, c.lower_) in _PHRASAL_DENIALS), None)
    if meant is not None and (meant == "rule out" or _said_thing(verb)):
        return meant
    if lemma in EN_LIGHT_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() == "doubt" for c in verb.children):
        return "doubt"
    if lemma in ("assume", "reckon") and any(c.dep_ == "dobj" and (c.like_num or any(
            g.dep_ == "nummod" for g in c.children)) for c in verb.children):
        return "estimate"  # "NIS assumes 1,100 dead" (German "geht von 1100 Toten aus")
    repaired = lemma + "e"
    if lemma not in EN_REPORT_VERBS and repaired in EN_REPORT_VERBS and verb.lower_.endswith(("ing", "ed", "es")):
        return repaired
    return lemma


_OWN_AUX = frozenset("did does do has have".split())


def _said_too(comp: Token) -> Token | None:
    """"Rutte warned that the deployment marked an escalation and said C", "The ministry said
    its forces had retaken the village, and denied that C": the parser joins the second verb
    of saying to the reported clause; it has no subject of its own, and the clause's is a
    thing, so it is the reporter's, and the clause ends before it."""
    if comp.dep_ != "ccomp" or _lemma(comp.head) not in EN_REPORT_VERBS:
        return None
    # (a name or a pronoun the clause is about may say it: "Merrill says Machado promised C and
    # said D" is Machado's; a thing says nothing)
    subj = next((c for c in comp.children if c.dep_ in _SUBJECT_DEPS), None)
    if subj is not None and (subj.pos_ == "PROPN" or subj.lower_ in EN_PRONOUNS):
        return None
    # (and "…, but did not (immediately) mention D": a comment not given, with the reporter's own
    # auxiliary; not the reported clause's back-shifted one: "the envoy had been informed but
    # had not responded", "would not comment")
    return next((c for c in comp.rights if c.dep_ == "conj" and _lemma(c) in EN_SPEECH_VERBS
                 and all(x.dep_ in ("neg", "advmod") or (x.dep_ == "aux" and x.lower_ in _OWN_AUX) for x in c.lefts)
                 and comp.doc[c.left_edge.i - 1].dep_ == "cc"
                 and not any(x.dep_ in _SUBJECT_DEPS for x in c.children)
                 and (any(x.dep_ == "ccomp" for x in c.children) or (_lemma(c) in _NO_ANSWER and _negated(c)))), None)


def _addressed(first: Token, second: Token) -> bool:
    """A sentence's first words, a comma, then its subject: who is spoken to ("General, the
    Ukrainians have said …", "Mr. Chairman, the Pentagon …"), by a name or title with no
    article (not a list: "The family, protesters and civic leaders have been demanding")."""
    start = first.left_edge
    return (start.is_sent_start or start.i > 0 and start.nbor(-1).text == ":") and first.pos_ == "PROPN" \
        and not any(c.dep_ == "det" for c in first.children) \
        and first.right_edge.i - start.i < 3 and first.right_edge.i + 2 == second.left_edge.i \
        and first.doc[first.right_edge.i + 1].text == ","


def _subject(verb: Token) -> Token | None:
    """The grammatical subject, inherited through coordination and participles."""
    aside = _asked_aside_subject(verb)
    if aside is not None:
        return aside
    author = _statement_author(verb)
    if author is not None:
        return author
    tok = verb
    for _ in range(3):
        subjects = [c for c in tok.children if c.dep_ in _SUBJECT_DEPS]
        # '"…, it will," said James Acton': the parser may give an inverted verb a
        # subject inside the quotation before it too; the speaker is the one after.
        if len(subjects) > 1 and _after_quote(tok):
            subjects = [c for c in subjects if c.i > tok.i] or subjects
        # "LISBON -- Prime Minister X said": a dateline taken for a second subject; "MR
        # MILLER: Look, the Kremlin has denied …": a transcript's speaker label
        if len(subjects) > 1 and (_is_dateline(subjects[0]) or (
                subjects[0].i + 1 < subjects[1].i and subjects[0].doc[subjects[0].i + 1].text == ":")):
            subjects = subjects[1:]
        # "SEN. REED: General, the Ukrainians have said C": the one addressed, then the subject
        if len(subjects) > 1 and _addressed(subjects[0], subjects[1]):
            subjects = subjects[1:]
        # "Zelensky's chief of staff Andriy Yermak wrote": a title and the name after it,
        # parsed as two subjects; the name is the speaker.
        if len(subjects) > 1 and subjects[1].pos_ == "PROPN" and subjects[1].i < tok.i \
                and subjects[1].left_edge.i == subjects[0].right_edge.i + 1:
            subjects = subjects[1:]
        # "the system, which advocates say disadvantages schools": "which" is the subject
        # of what is said, the noun the sayer
        if len(subjects) > 1 and subjects[0].lower_ in _RELATIVE and subjects[1].pos_ in ("NOUN", "PROPN"):
            subjects = subjects[1:]
        if not subjects:
            # "Kyiv claims to have …": a name right before the verb that the tagger took
            # for an adjective of it (a verb has no adjective)
            subjects = [c for c in tok.lefts if c.dep_ in ("amod", "compound") and c.i == tok.i - 1
                        and c.text[:1].isupper() and tok.pos_ == "VERB"]
        if not subjects:
            # "In a statement to CNN, a spokesperson for the Russian Embassy said": the parser
            # hangs the subject on the opening phrase as an apposition
            subjects = [a for c in tok.lefts if c.dep_ == "prep" for a in c.subtree
                        if a.dep_ == "appos" and a.right_edge.i == tok.i - 1 and a.left_edge.i > 0
                        and a.doc[a.left_edge.i - 1].text == ","]
        subj = subjects[0] if subjects else None
        if subj is not None and subj.dep_ == "csubj" and _has_that(subj):
            return None  # "and that memos found on the bodies showed C": a second that-clause, no one
        if subj is not None and subj.lower_ == "it" and verb.dep_ == "xcomp" and verb.head.i == tok.i \
                and tok.lemma_ == "be" and any(c.dep_ == "acomp" for c in tok.children):
            return None  # "It is important to note that C": no one
        if subj is not None:
            return subj
        # "left many nations feeling that C", "heard Kirby say that C": an object before the
        # verb's clause is its doer (not after a request: "asked Kirby to comment" is Seoul's)
        if tok.dep_ == "xcomp" and tok.head.i != tok.i and _lemma(tok.head) not in EN_REPORT_VERBS \
                and _lemma(tok.head) not in _MEANS_VERBS:
            obj = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i
                        and not _is_time_word(c)), None)  # ("have spent weeks discussing C": the time)
            if obj is not None:
                return obj
        if _reporters_participle(tok):
            tok = tok.head.head  # "said the troops had arrived, saying that C": the sayer's
            continue
        if tok.dep_ == "conj" and _on_a_label(tok.head):
            tok = tok.head.head.head  # "called the deployment a 'provocation' that threatened C and said C2": the caller's
            continue
        if tok.dep_ in ("conj", "advcl", "xcomp") and tok.head.i != tok.i:
            tok = tok.head.head if _said_too(tok.head) == tok else tok.head
            continue
        # "The Pentagon was unable to confirm …", "Moscow was quick to deny …"
        if tok.dep_ == "acomp" and tok.lower_ in _ABLE_ADJECTIVES and tok.head.i != tok.i:
            tok = tok.head
            continue
        # "began by saying …", "was right in saying …": the gerund's doer is the subject
        # of the verb its preposition hangs from.
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
            # "talk of a Republican challenging him": the gerund's own doer comes first
            doer = next((c for c in tok.head.children if c.dep_ == "pobj" and c.i < tok.i), None) \
                if tok.head.lower_ in ("about", "of") else None
            if doer is not None:
                return doer
            tok = tok.head.head
            continue
        # "a statement saying that …", "one saying that …": the noun the participle modifies.
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            return tok.head
        return None
    return None


def _reporters_participle(tok: Token) -> bool:
    """"X said the troops had arrived, saying/noting that C": a participle set off by a
    comma at the end of a reported clause continues the report; the parser hangs it on
    the reported clause's verb, but the one saying is the reporter."""
    # (the comma may close a quote: 'expects the troops "to be engaged soon," calling …')
    before = tok.doc[max(0, tok.left_edge.i - 2) : tok.left_edge.i].text.replace(" ", "")
    return (tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > tok.head.i
            and tok.left_edge.i > 0 and (before.endswith(",") or before in (',"', ",”", ",'", ",’"))
            and tok.head.dep_ == "ccomp" and _lemma(tok.head.head) in EN_SPEECH_VERBS
            and not any(c.dep_ in _SUBJECT_DEPS for c in tok.children)
            and (_lemma(tok) in EN_REPORT_VERBS
                 or any(c.dep_ == "xcomp" and _lemma(c) in EN_SPEECH_VERBS for c in tok.children)))


# "used blunt language to denounce", "using the example of Chicago to prove": the object
# is the means, the subject still the one who speaks.
_MEANS_VERBS = frozenset("use employ cite invoke take give offer".split())


_ASKED = frozenset(("ask", "question", "press"))
# Adjectives whose infinitive is their subject's act: "was unable to confirm", "quick to deny"
_ABLE_ADJECTIVES = frozenset("unable able quick eager willing ready keen reluctant".split())


def _is_asked_aside(tok: Token) -> bool:
    """"Peskov, asked about the reports, said …": a passive participle set off by commas
    right after the subject. It says what was put to the speaker; the parser often gives it
    the subject (or makes it the root)."""
    doc = tok.doc
    if _lemma(tok) not in _ASKED or tok.tag_ not in ("VBN", "VBD") or tok.i < 2 or doc[tok.i - 1].text != ",":
        return False
    subj = next((c for c in tok.children if c.dep_ in _SUBJECT_DEPS), None)
    return subj is not None and subj.right_edge.i in (tok.i - 2, tok.i - 1) \
        and not any(c.dep_ == "dobj" for c in tok.children)


def _asked_aside_subject(verb: Token) -> Token | None:
    """The speaker the parser gave to an aside: "Peskov, asked about the reports, said C"
    (the aside an adverbial of "said"), "Putin, asked about the reports, did not deny them"
    (the aside the root, "deny" its complement)."""
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    aside = next((c for c in verb.children if c.dep_ in ("advcl", "ccomp") and c.i < verb.i and _is_asked_aside(c)),
                 None)
    # (or a bare dependent: "Russian President Vladimir Putin, asked about the reports, said C")
    if aside is None and verb.dep_ in ("ccomp", "dep") and verb.head.i < verb.i and _is_asked_aside(verb.head):
        aside = verb.head
    return next((c for c in aside.children if c.dep_ in _SUBJECT_DEPS), None) if aside is not None else None


def _is_dateline(tok: Token) -> bool:
    """A place in capitals set off by a dash, alone or with its country and agency: "LISBON
    --", "KYIV, Ukraine (AP) —"."""
    doc = tok.doc
    if not tok.text.isupper() or tok.i + 1 >= len(doc):
        return False
    end = tok.right_edge.i
    return _is_dash(doc[tok.i + 1]) or end > tok.i and (
        _is_dash(doc[end]) or (end + 1 < len(doc) and _is_dash(doc[end + 1])))


def _after_quote(verb: Token) -> bool:
    """The verb follows a closing quotation mark ('"…," said X')."""
    return verb.i > 0 and verb.doc[verb.i - 1].is_quote


def _told_in_a_headline(verb: Token) -> bool:
    """A headline's "X told Y died" drops "were": its object is the subject of the clause
    after it, which has none of its own (a headline: no full stop ends the line)."""
    if verb.lemma_ != "tell" or verb.sent.text.rstrip(" \n\"”’'")[-1:] in ".!?":
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    return obj is not None and clause is not None and clause.i == obj.right_edge.i + 1 and not any(
        c.dep_ in _SUBJECT_DEPS for c in clause.children)


def _named_after_quote(verb: Token) -> Span | None:
    """'"…,” Flynn, a top Trump surrogate, said': when a quotation runs over two sentences
    the parser may hang the name on a word inside it and leave the verb without a subject;
    the words between the closing mark and the verb are then the speaker."""
    doc = verb.doc
    start = _left_start(verb).i
    close = next((j for j in range(start - 1, max(verb.sent.start, start - 24) - 1, -1) if doc[j].is_quote), None)
    if close is None or close == start - 1:
        return None
    words = [t for t in doc[close + 1 : start] if not t.is_punct]
    # ... or a description, with a relative clause set off by commas: '"…," a Ukrainian soldier
    # of the 47th Brigade, who asked not to be named, told the Kyiv Independent'
    described = bool(words) and words[0].lower_ in ("a", "an", "the") and any(t.pos_ == "NOUN" for t in words)
    relative = next((t.i for t in words if t.lower_ in _RELATIVE and doc[t.i - 1].text == ","), start)
    if not words or not (words[0].pos_ in ("PROPN", "PRON") or described) or any(
            t.pos_ in ("VERB", "AUX") for t in words if t.i < relative):
        return None
    return _span(words[0], words[-1])


def _report_joined_before(comp: Token, verb: Token) -> bool:
    """Another's report before the verb, joined to its clause by "and" or "but": "The NIS has
    said C1, and lawmaker Lee said C2" (the parser hangs the first on the second)."""
    subj = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    if comp.i > verb.i or subj is None or _lemma(comp) not in EN_REPORT_VERBS \
            or not any(c.dep_ in _SUBJECT_DEPS for c in comp.children):
        return False
    before = verb.doc[subj.left_edge.i - 1] if subj.left_edge.i > 0 else None
    return before is not None and before.lower_ in ("and", "but")


def _on_a_label(verb: Token) -> bool:
    """A relative clause on a label given ("called the deployment a 'provocation' that
    threatened global security"): what the label says, no one's report."""
    return verb.dep_ == "relcl" and verb.head.dep_ == "oprd" and any(
        c.dep_ in _SUBJECT_DEPS and c.lower_ in _RELATIVE for c in verb.children)


def _antecedent(subj: Token, verb: Token) -> Span | None:
    """The noun phrase a relative-pronoun subject stands for ("Christie, who said …")."""
    if subj.lower_ in _RELATIVE and subj.head.dep_ == "relcl":
        return _source_span(subj.head.head, verb)
    # "Social media users are sharing a video they say shows C": the people sharing what they say
    if subj.lower_ == "they" and verb.dep_ == "relcl" and verb.head.dep_ in ("dobj", "pobj"):
        gov = verb.head.head.head if verb.head.dep_ == "pobj" else verb.head.head
        holder = next((c for c in gov.children if c.dep_ == "nsubj"), None)
        if holder is not None and holder.tag_ in ("NNS", "NNPS"):
            return _source_span(holder, gov)
    return None


def _bare_name_before(verb: Token) -> Token | None:
    """A proper name right before the verb that the parser attached elsewhere."""
    if verb.i == 0 or verb.dep_ != "ROOT":
        return None
    prev = verb.doc[verb.i - 1]
    if prev.pos_ == "PROPN" and prev.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return prev
    return None


def _source_span(subj: Token, verb: Token) -> Span:
    """The subject's phrase with its appositions and relative clauses (as annotators mark
    it), but not a parenthetical participle ("Trump, speaking to veterans,"), the clause
    holding the verb itself ("X, who said"), a dateline ("WASHINGTON -- Obama") nor a date
    after it ("a group of doctors in 2015")."""
    doc = subj.doc
    if subj.dep_ not in _SUBJECT_DEPS and subj.ent_type_ and verb.dep_ == "ROOT" and subj.i == verb.i - 1:
        ent = next(e for e in doc.ents if e.start <= subj.i < e.end)
        return (ent.start_char, ent.end_char)
    cut = {verb.i}
    for t in subj.subtree:
        if t.i == subj.i or t.dep_ not in ("relcl", "acl", "advcl"):
            continue
        parenthetical = t.dep_ != "relcl" and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","
        if parenthetical or t.left_edge.i <= verb.i <= t.right_edge.i:
            cut.update(x.i for x in t.subtree)
    for c in subj.rights:
        if _is_when(c):
            cut.update(x.i for x in c.subtree)
    left = subj.i
    while left - 1 >= subj.left_edge.i and left - 1 not in cut and not _is_dash(doc[left - 1]):
        left -= 1
    right = subj.i
    while right + 1 <= subj.right_edge.i and right + 1 not in cut:
        right += 1
    while right > subj.i and (doc[right].is_punct or doc[right].dep_ == "cc") and not (
            doc[right].text == ")" and "(" in doc[subj.left_edge.i : right].text):
        right -= 1  # but for the parenthesis that closes an acronym: "Service (NIS)"
    # "WASHINGTON -- President Obama": the parser made the dateline the subject.
    dash = next((i for i in range(right, subj.i, -1) if _is_dash(doc[i])), None)
    if dash is not None and subj.text.isupper():
        left = dash + 1
    # "Even China, Pyongyang's only ally,": a focus adverb is not part of the source, nor
    # "all" before a name ("That was all the Kremlin would say").
    while left < right and doc[left].head.i == subj.i and (
            doc[left].dep_ == "advmod" or (doc[left].dep_ == "predet" and subj.pos_ == "PROPN")):
        left += 1
    if subj.lower_ == "one" and right == subj.i:
        # German "man" translated: "In the Kremlin one speaks of C", "In Moscow, one says C":
        # the place named speaks
        place = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" and p.i < subj.i
                      for o in p.children if o.dep_ == "pobj"), None)
        if left < subj.i and doc[subj.i - 1].pos_ == "PROPN":
            right = subj.i - 1  # (the parser's "Kremlin one"; not "No one")
        elif place is not None:
            left, right = place.left_edge.i, place.right_edge.i
    return (doc[left].idx, doc[right].idx + len(doc[right]))



def _is_when(tok: Token) -> bool:
    """"A group of doctors in 2015": a date after the source says when, not who; so does
    "after"/"before" an event ("said the deputy Park Sun Won after a briefing", as the parser
    hangs it on the name in translated word order)."""
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    return tok.dep_ == "prep" and obj is not None and (obj.ent_type_ == "DATE" or tok.lower_ in _WHEN_PREPS)


_WHEN_PREPS = frozenset(("after", "before"))  # (not "during the Trump administration": whose officials)


def _is_dash(tok: Token) -> bool:
    """A dash setting off a dateline ("WASHINGTON ― Obama", "BRUSSELS - leaders"); a hyphen
    inside a name ("Ki-moon") has no space before it."""
    if tok.text in ("--", "—", "–", "―"):
        return True
    return tok.text == "-" and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


def _cue_span(verb: Token) -> Span:
    """The cue as annotators mark it: the verb with its auxiliaries, negation and adverbs
    right before it ("has also said"), its particle or the preposition that introduces
    the content ("called for", "spoke emotionally of", "called Friday for") and a one-word
    adverb after it ("said sarcastically"). A verb governed by another ("appeared to
    suggest") takes that verb along."""
    start_tok = _left_start(verb)
    if (verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and start_tok.lower_ == "to")) and _governs_closely(
        verb.head, start_tok
    ):
        start_tok = _left_start(verb.head)
    elif verb.dep_ == "conj" and verb.i == verb.head.i + 2 and verb.doc[verb.i - 1].lower_ in ("nor", "or") \
            and _lemma(verb.head) in EN_ANSWER_VERBS:
        start_tok = _left_start(verb.head)  # "has neither confirmed nor denied": one cue
    end_tok = verb
    preps = EN_PREP_VERBS.get(_lemma(verb), ())
    pending = None  # a time word ("Friday") belongs to the cue only before its preposition
    for child in verb.rights:
        if child.left_edge.i != (pending or end_tok).i + 1:
            break
        if child.dep_ == "prt" or _topic_prep(child, preps):
            end_tok, pending = child, None
        elif child.dep_ == "advmod" and child.right_edge.i == child.i and pending is None:
            end_tok = child
        elif _is_time_word(child) and child.right_edge.i == child.i and pending is None:
            pending = child
        elif (medium := _in_medium(child)) is not None and pending is None and end_tok.i == verb.i:
            end_tok = medium  # "said in an interview", not "… with The Huffington Post"
            # ... and the topic's preposition hung on it ("spoke during his speech of")
            topic = next((g for g in medium.rights if g.i == medium.i + 1 and _topic_prep(g, preps)), None)
            end_tok = topic or end_tok
            break
        else:
            break
    return (start_tok.idx, end_tok.idx + len(end_tok))


def _topic_prep(prep: Token, preps: tuple[str, ...]) -> bool:
    """The verb's preposition of topic ("spoke on the deployment"), not of time ("spoke on
    Monday") nor a linking adverbial ("spoke on the other hand of")."""
    return prep.dep_ == "prep" and prep.lower_ in preps and not _of_time(prep) and _linking(prep) is None


# Adverbials that link a sentence to the one before: "on the other hand", "in turn", "for
# its part", "in contrast"
_LINKING_NOUNS = frozenset("hand turn part contrast".split())


def _linking(prep: Token) -> Token | None:
    """The noun of a linking adverbial, where machine translation leaves it between a verb
    and its topic ("Seoul spoke on the other hand of 1,100 victims": German "dagegen")."""
    return next((o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in _LINKING_NOUNS), None)


def _of_time(prep: Token) -> bool:
    return any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in prep.children)


def _in_medium(prep: Token) -> Token | None:
    """"said in an interview", "wrote in an email", "said during a rally": the channel of
    the statement, which annotators count as part of the cue. Returns its noun."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if (prep.dep_ == "prep" and prep.lower_ in ("in", "during") and obj is not None
            and obj.lemma_.lower() in EN_MEDIUM_NOUNS
            and any(d.dep_ in ("det", "poss") for d in obj.children)):
        return obj
    return None


# Verbs of phase ("continues to insist", "kept saying"): they join the cue of the verb
# they govern; as verbs of saying ("…," he continued) they stand alone.
_ASPECTUAL = frozenset("continue keep begin start".split())


def _governs_closely(head: Token, start: Token) -> bool:
    """"appeared to suggest", "went on to explain": the governing verb joins the cue when
    only particles and adverbs stand between; with an object between ("asked the
    candidates to discuss") the object's infinitive is content, not cue."""
    if not (head.i < start.i <= head.i + 4) or _lemma(head) in EN_INTENT_VERBS:
        return False  # "pledged to push for": a pledge of its own, the infinitive its content
    return all(t.head.i == head.i and t.dep_ in ("prt", "advmod", "neg") for t in head.doc[head.i + 1 : start.i])


def _is_time_word(tok: Token) -> bool:
    """"said Friday", "called Friday for": the parser makes the day an adverb or, often,
    an object; either way it is when, not what."""
    return tok.dep_ == "npadvmod" or (tok.dep_ == "dobj" and tok.ent_type_ in ("DATE", "TIME"))


# Verbs whose that-clause is a circumstance or a requirement, not a stance ("it means that",
# "make sure that", "the law provides that").
_NOT_ATTITUDE = frozenset("""be have make ensure mean seem appear happen turn require provide
    see matter help stipulate""".split())
_NON_AGENTS = frozenset("it this that which what there".split())


def _that_clause_verb(verb: Token) -> bool:
    """Any verb with a that-clause object names a stance or an act of saying ("Trump charges
    that C", "The report concluded that C"), whatever the verb, when someone holds it."""
    if verb.pos_ != "VERB" or _lemma(verb) in _NOT_ATTITUDE:
        return False
    subj = _subject(verb)
    if subj is None or subj.lower_ in _NON_AGENTS:
        return False
    return any(c.dep_ == "ccomp" and c.i > verb.i and _has_that(c) for c in verb.children)


def _has_that(clause: Token) -> bool:
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


# Prepositions that introduce what a statement or stance is about ("concern about C").
_TOPIC_PREPS = frozenset("about on of over against regarding for into".split())


def _stance_object(verb: Token) -> tuple[Token, Token] | None:
    """"expressed deep concern about C", "voiced concern that C": an object noun of stance
    with a topic phrase or a that-clause. Returns the last cue token (the preposition or
    the noun) and the head of the content."""
    noun = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if noun is None or noun.lemma_.lower() not in EN_STANCE_NOUNS:
        return None
    # (the parser may hang the topic on the verb: "cast doubt on C")
    for c in [*noun.rights, *(c for c in verb.rights if c.i == noun.i + 1)]:
        if c.dep_ in ("acl", "ccomp") and _has_that(c):
            return noun, c
        if c.dep_ == "prep" and c.i == noun.i + 1 and c.lower_ in _TOPIC_PREPS and not _of_time(c):
            # ("issued a statement on Monday": when, not what about)
            obj = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
            return (c, obj) if obj is not None else None
    return None



def _left_start(verb: Token) -> Token:
    """The first token of the auxiliaries, negation and adverbs right before the verb; an
    adverb may bring its own modifier ("is once again questioning")."""
    start = verb
    for child in reversed(list(verb.lefts)):
        if child.dep_ not in _CUE_LEFTS or child.right_edge.i != start.i - 1 or child.i - child.left_edge.i > 1:
            break
        start = child.left_edge
    return start


def _span(tokens_left: Token, tokens_right: Token) -> Span:
    return (tokens_left.idx, tokens_right.idx + len(tokens_right))


def _no_side_but(verb: Token, content: Span | None, text: str) -> list[Span] | None:
    """"Kirby said he could not confirm the number, but that the troops had suffered heavy
    losses": the speaker takes no side on the first part (stance.own_neither) and asserts
    the second, so they are two contents. None when the content is one."""
    comp = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
    if comp is None or content is None:
        return None
    conj = next((c for c in comp.rights if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")), None)
    but = next((t for t in verb.doc[comp.i : conj.i] if t.lower_ == "but" and t.dep_ == "cc"), None) \
        if conj is not None else None
    if but is None or not content[0] < but.idx < content[1]:
        return None
    first = trim(text, (content[0], but.idx))
    after = verb.doc[but.i + 1]
    second = trim(text, ((after.idx + len(after)) if after.lower_ == "that" else after.idx, content[1]))
    if first is None or second is None or not own_neither(text[first[0] : first[1]]):
        return None
    return [first, second]


def _contrast_start(sent, after: int) -> int:
    """Where ", while Seoul puts the number at 10,000" begins after token `after`: a clause
    of contrast, set off by a comma, in which someone else reports their own view; or ", with
    Putin calling the reports nonsense", someone's report added to it. Else the end. ("shows
    an officer aiming a gun while police shout at him": a time, no contrast)"""
    for t in sent:
        after_comma = t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","
        with_ = t.head if t.dep_ == "pcomp" and t.head.lower_ == "with" else None
        if t.i > after and with_ is not None and with_.i > 0 and t.doc[with_.i - 1].text == "," \
                and _lemma(t) in EN_REPORT_VERBS and any(c.dep_ in _SUBJECT_DEPS for c in t.children):
            return with_.idx
        if t.i > after and t.dep_ == "advcl" and after_comma and (_lemma(t) in EN_REPORT_VERBS or _lemma(t) in _FIGURE_VERBS) \
                and not (_lemma(t) in _ASPECTUAL and any(c.dep_ == "xcomp" for c in t.children)) \
                and any(c.dep_ in _SUBJECT_DEPS for c in t.children) and any(
                m.dep_ == "mark" and m.lower_ in ("while", "whereas") or m.dep_ == "mark" and m.lower_ in ("though", "although")
                and not _negated(t) for m in t.children):  # ("though the US could not say how many": a caveat)
            return t.left_edge.idx
    return sent.end_char


# "Seoul puts the number at 10,000", "estimated the death toll at 300": how war reporting
# attributes a figure. The object noun says that a figure is being given.
_FIGURE_NOUNS = frozenset("number figure toll total count tally loss casualty strength size estimate".split())
_FIGURE_VERBS = frozenset("put place peg estimate set".split())
# ... and verbs that change a figure: "Seoul raised its estimate to 12,000 from 10,000"
_FIGURE_CHANGES = frozenset("raise lower revise update increase cut reduce adjust".split())
_VAGUE_AMOUNTS = frozenset("dozens hundreds thousands millions".split())


def _figure_at(verb: Token, text: str) -> Frame | None:
    """"Seoul puts the figure at 1,100", "raised its estimate to 12,000": the subject's figure;
    and German "geht von 12.000 Soldaten aus" translated: "assumes from 10,000 to 12,000 soldiers"."""
    lemma = _lemma(verb)
    if lemma == "assume":
        source = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "from"), None)
        figure = next((o for o in source.children if o.dep_ == "pobj"), None) if source is not None else None
        subj = _subject(verb)
        # (no object of its own, as German has none: "assumes the presidency from 1 January" is no figure)
        if figure is None or subj is None or any(c.dep_ == "dobj" for c in verb.children) or not any(
                t.like_num and t.ent_type_ != "DATE" for t in figure.subtree):
            return None
        return Frame(cue=_span(_left_start(verb), verb), source=trim(text, _source_span(subj, verb)),
                     content=trim(text, _span(figure.left_edge, figure.right_edge)), kind="indirect_quote",
                     cue_word=lemma, negated=_negated(verb), referent=_antecedent(subj, verb))
    change = lemma in _FIGURE_CHANGES
    if lemma not in _FIGURE_VERBS and not change:
        return None
    noun = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if noun is None or noun.lemma_.lower() not in _FIGURE_NOUNS:
        return None
    # (valued "on" where machine translation renders "auf": "estimated the number on 10,000")
    at = next((c for c in [*verb.rights, *noun.rights] if c.dep_ == "prep" and (
            c.lower_ in (("to",) if change else ("at", "on")) or (
        c.lower_ == "in" and any(o.lower_ in _VAGUE_AMOUNTS for o in c.children)))), None)  # "in the hundreds"
    end = at.right_edge if at is not None and at.right_edge.i != at.i else None
    if end is None and change:
        end = _raised_up_to(noun)
    subj = _subject(verb)
    if end is None or subj is None:
        return None
    content = trim(text, _span(noun.left_edge, max(end, noun.right_edge, key=lambda t: t.i)))
    return Frame(cue=_span(_left_start(verb), verb), source=trim(text, _source_span(subj, verb)), content=content,
                 kind="indirect_quote", cue_word=lemma, negated=_negated(verb), referent=_antecedent(subj, verb))


def _is_question(clause: Token) -> bool:
    """A clause put as a question: "whether C", "if C"."""
    return clause.dep_ in ("ccomp", "advcl") and any(m.dep_ == "mark" and m.lower_ in ("whether", "if")
                                                     for m in clause.children)


def _left_open(verb: Token, text: str) -> Frame | None:
    """"Putin left open whether C", "left it open whether C": C was put to the subject, who
    took no side (stance.LEAVING_OPEN)."""
    if _lemma(verb) != "leave":
        return None
    kids = list(verb.rights)
    open_ = next((c for c in kids if c.lower_ == "open" and c.dep_ in ("advmod", "acomp", "oprd", "dobj", "ccomp", "xcomp")), None)
    question = next((c for c in kids if _is_question(c)), None)
    subj = _subject(verb)
    if open_ is None or question is None or subj is None or question.i < open_.i:
        return None
    return _no_side_taken(verb, subj, open_, _span(question.left_edge, question.right_edge), text)


def _no_side_taken(verb: Token, subj: Token, cue_end: Token, content: Span, text: str) -> Frame:
    """The subject's frame that takes no side on `content` (stance.LEAVING_OPEN), its cue the
    verb up to `cue_end`."""
    return Frame(cue=_span(_left_start(verb), cue_end), source=trim(text, _source_span(subj, verb)),
                 content=trim(text, content), kind="indirect_quote", cue_word="leave open",
                 referent=_antecedent(subj, verb))


def _kept_silent(verb: Token, text: str) -> Frame | None:
    """"Moscow has remained silent on the reports", "kept silent about it", "made no mention
    of the troops", "has said nothing about it": a comment not given on what it names (stance.LEAVING_OPEN), as German
    "schweigt dazu"; "Moscow has stayed silent", naming nothing, on the report before."""
    if _lemma(verb) in ("remain", "keep", "stay"):
        silent = next((c for c in verb.rights if c.lower_ == "silent" and c.dep_ in ("acomp", "oprd")), None)
    elif _lemma(verb) == "make":
        silent = next((c for c in verb.rights if c.lower_ == "mention" and c.dep_ == "dobj"
                       and any(d.lower_ == "no" for d in c.children)), None)
    elif _lemma(verb) == "say":  # "has said nothing (publicly) about the deployment" (not "nothing to contradict it")
        silent = next((c for c in verb.rights if c.lower_ == "nothing" and c.dep_ == "dobj" and not any(
            g.dep_ in ("acl", "relcl", "amod", "prep") for g in c.children)), None)
    else:
        return None
    topic = next((p for p in (*silent.rights, *(c for c in verb.rights if c.i > silent.i))
                  if p.lower_ in ("on", "about", "over", "of") and not _of_time(p)
                  and any(o.dep_ == "pobj" for o in p.children)), None) if silent is not None else None
    subj = _subject(verb)
    if silent is not None and topic is None and subj is not None and silent.lower_ in ("silent", "nothing") \
            and _speaks(subj):
        # "Moscow has so far stayed silent": on the report before (attribution._BARE_COMMENT)
        return _no_side_taken(verb, subj, silent, _span(silent, silent), text)
    if topic is None or subj is None or not (subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or any(
            o.lower_ in _POINTING_BACK or is_information(o.text) for o in topic.children)):
        return None  # "The guns remained silent (on the front line)": no one silent on a report
    return _no_side_taken(verb, subj, topic, _span(topic.doc[topic.i + 1], topic.right_edge), text)


# Heads of an unnamed speaker or body a state or body modifies: "North Korean state media",
# "Russia's defense ministry" (not "Russian air defence forces did not react", "the army
# remained silent": a force's silence is no comment withheld)
_SPEAKING_HEADS = frozenset("""media official officials government leadership spokesman spokeswoman ministry
    office department agency council committee command staff service administration directorate embassy""".split())


def _not_mentioned(verb: Token, text: str) -> Frame | None:
    """"North Korean state media have not mentioned the deployment": as "made no mention of",
    a comment not given, by a speaker: a name, a person's pronoun, or an unnamed speaker a
    state modifies (not "The (Pentagon) report did not mention the weather", "It did not")."""
    if _lemma(verb) != "mention" or not _negated(verb):
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    subj = _subject(verb)
    if obj is None or subj is None or not _speaks(subj):
        return None
    return _no_side_taken(verb, subj, verb, _span(obj.left_edge, obj.right_edge), text)


def _speaks(subj: Token) -> bool:
    """A subject that can be a speaker: a name, a person's pronoun, or an unnamed speaker or
    body a state or body modifies ("North Korean state media", "Russia's defense ministry",
    which the NER does not always take for a body); not "the report", "it", "the guns"."""
    return subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or subj.lower_ in ("he", "she", "they", "we") or (
        subj.lower_ in _SPEAKING_HEADS and any(t.ent_type_ in ("ORG", "GPE", "NORP") for t in subj.subtree))


# The verbs that give comments (cues.EN_COMMENT_NOUNS): "had no immediate comment"
_GIVING = frozenset("have give offer make provide issue".split())


def _no_comment_given(verb: Token, text: str) -> Frame | None:
    """"The Kremlin had no immediate comment (on the reports)", "Moscow offered no comment",
    "There was no immediate comment from Pyongyang", "Officials could not be reached for
    comment", "Peskov referred questions about the troops to the Defense Ministry": a comment
    not given (stance.LEAVING_OPEN), as "declined to comment"; on what it names, else on the
    report just before (attribution._names_report_before)."""
    lemma, source_span = _lemma(verb), None
    if lemma in _GIVING or lemma == "be":
        # (a response or reaction only "immediate" or "official": "Kyiv had no response to the
        # glide bombs" is no comment)
        noun = next((c for c in verb.rights if c.dep_ in ("dobj", "attr") and c.lemma_.lower() in EN_COMMENT_NOUNS
                     and any(d.lower_ == "no" for d in c.children) and (c.lemma_.lower() == "comment" or any(
                         d.lower_ in ("immediate", "official") for d in c.children))), None)
        if noun is None:
            return None
        if lemma == "be":  # "There was no comment from X": the source is whom it came from
            source = _citing_source_noun(next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "from"
                                               for o in p.children if o.dep_ == "pobj"), None))
            there = next((c for c in verb.children if c.dep_ == "expl"), None)
            if source is None or there is None:
                return None
            cue, subj = _span(there, verb), None
            content = _span(noun.left_edge, verb.doc[source.head.i - 1])
            tail = [p for p in noun.children if p.dep_ == "prep" and p.i > source.i]
            if tail:
                content = _span(noun.left_edge, tail[-1].right_edge)  # "… from X on the reports"
            source_span = _span(source.left_edge, source.right_edge)
        else:
            subj = _subject(verb)
            if subj is None:
                return None
            cue, content = _span(_left_start(verb), verb), _span(noun.left_edge, noun.right_edge)
    elif lemma in ("refer", "redirect"):
        # "Peskov referred questions about the troops to the Defense Ministry": another's to answer
        asked = next((c for c in verb.rights if c.dep_ == "dobj" and c.lemma_.lower() in EN_ASKED_NOUNS), None)
        subj = _subject(verb)
        if asked is None or subj is None or not any(
                p.dep_ == "prep" and p.lower_ == "to" for p in (*verb.rights, *asked.rights)):
            return None
        topic = next((p for p in asked.rights if p.dep_ == "prep" and p.lower_ in _TOPIC_PREPS
                      and any(o.dep_ == "pobj" for o in p.children)), None)
        cue = _span(_left_start(verb), asked)
        # (no topic: on the report before, attribution._names_report_before)
        content = _span(topic.doc[topic.i + 1], topic.right_edge) if topic is not None else _span(
            asked.left_edge, asked)
    elif lemma in EN_COMMENTING_VERBS and _negated(verb) and not any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "advcl") for c in verb.children):
        # "The Defense Ministry did not respond", "did not comment": on the report before
        subj = _subject(verb)
        if subj is None or not _speaks(subj):
            return None
        cue, content = _span(_left_start(verb), verb), _span(verb, verb)
    elif lemma == "reach" and _negated(verb) and any(c.dep_ == "auxpass" for c in verb.children):
        prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "for"
                     and any(o.lemma_.lower() == "comment" for o in c.children)), None)
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if prep is None or subj is None:
            return None
        cue, content = _span(_left_start(verb), verb), _span(prep, prep.right_edge)
    else:
        return None
    if subj is not None:  # (else the source is whom it came from, above)
        source_span = _source_span(subj, verb)
    return Frame(cue=cue, source=trim(text, source_span), content=trim(text, content), kind="indirect_quote",
                 cue_word="leave open", referent=_antecedent(subj, verb) if subj is not None else None)


def _raised_up_to(noun: Token) -> Token | None:
    """"revised its estimate up to 3,000 casualties": the parser reads "up to" as the new
    figure's "at most"; the new figure's last token, if so."""
    doc = noun.doc
    i = noun.right_edge.i
    if i + 3 >= len(doc) or (doc[i + 1].lower_, doc[i + 2].lower_) != ("up", "to") or not doc[i + 3].like_num:
        return None
    return doc[i + 3].head if doc[i + 3].head.i > i + 3 else doc[i + 3]


_INVERTED_SAYING = frozenset("said says added adds asked wrote writes".split())


def _said_name(tok: Token) -> Frame | None:
    """'Said Ellis: "…"': a sentence that opens with the verb and then names the speaker
    before a colon or comma; the quotation after it is the content (frames.attach_quotes).
    The parser takes the verb for part of the name."""
    if not tok.is_sent_start or tok.text.lower() not in _INVERTED_SAYING or not tok.text[:1].isupper():
        return None
    doc = tok.doc
    end = tok.i + 1
    while end < len(doc) and end - tok.i <= 4 and doc[end].pos_ == "PROPN":
        end += 1
    if end == tok.i + 1 or end >= len(doc) or doc[end].text not in (":", ","):
        return None
    return Frame(cue=_span(tok, tok), source=_span(doc[tok.i + 1], doc[end - 1]), content=None,
                 kind="indirect_quote", cue_word=_lemma(tok))


def _so_name(tok: Token) -> Frame | None:
    """'"We have no information," so Peskov.': German "so Peskow" translated word for word
    names the speaker of the quotation before it (frames.attach_quotes gives it)."""
    doc = tok.doc
    if tok.lower_ != "so" or tok.i < 2 or not (doc[tok.i - 1].is_quote or doc[tok.i - 1].text == ","):
        return None
    end = tok.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and end - tok.i <= 4:
        end += 1
    if end == tok.i + 1 or (end < len(doc) and doc[end].text not in (".", ",", ";")):
        return None
    return Frame(cue=_span(tok, tok), source=_span(doc[tok.i + 1], doc[end - 1]), content=None,
                 kind="direct_quote", cue_word="say")


def _according_to(tok: Token, doc: Doc, text: str) -> Frame | None:
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
        return None
    to = doc[tok.i + 1]
    name = doc[tok.sent.start : tok.i]
    if len(name) and all(t.pos_ in ("PROPN", "DET") for t in name) and name[-1].pos_ == "PROPN":
        # "Kyiv according to, 3,000 North Koreans were killed": German "Kiew zufolge"
        # translated word for word names the source before the phrase
        content = trim(text, (to.idx + len(to), tok.sent.end_char))
        return content and Frame(cue=(tok.idx, to.idx + len(to)), source=(name.start_char, name.end_char),
                                 content=content, kind="according_to", cue_word="according to")
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        # The parser sometimes hangs the object on "according" itself, or misreads a
        # noun as a verb ("according to show insiders": show/pcomp).
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None) or next(
            (c for c in to.children if c.dep_ == "pcomp"), None)
    if pobj is None or pobj.i <= to.i:
        return None
    # "The army has according to own statements for the first time fought with …" (German
    # "nach eigenen Angaben" word for word): the parser made "according" the sentence's verb
    # and hung the rest of the clause on the source, which ends before it
    # (a participle on the preposition's own object: "for the first time fought", not a
    # relative clause deeper in: "by researchers at the institute who studied images")
    swallowed = next((p for p in pobj.rights if p.dep_ == "prep" and any(
        t.dep_ == "acl" and t.tag_ in ("VBN", "VBD") and t.head.head == p for t in p.subtree)), None) \
        if tok.dep_ == "ROOT" else None
    end = doc[swallowed.i - 1] if swallowed is not None else None
    # "According to the NIS, the contingent numbers about 11,000": with no verb found ("numbers"
    # a noun), the parser hung the clause after the comma on the source as appositions
    comma = next((c for c in pobj.rights if c.text == ","), None) if tok.dep_ == "ROOT" else None
    if end is None and comma is not None and any(c.dep_ == "appos" and c.i > comma.i for c in pobj.rights):
        end = doc[comma.i - 1]
    return _sourcing_frame((tok.idx, to.idx + len(to)), doc[to.i + 1], pobj, text, end)


def _per(tok: Token, text: str) -> Frame | None:
    """"About 8,000 troops are in Kursk, per the Pentagon", "…, per Ukrainian estimates": a
    source set off by a comma (not a rate: "1,200 per day", "per capita")."""
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    # (information, "per reports", "per Ukrainian estimates", not a thing's: "per the bill's text")
    if pobj is None or tok.i == 0 or tok.doc[tok.i - 1].text != "," or not (
            pobj.pos_ == "PROPN" or pobj.lower_ in ORG_HEADS or pobj.lemma_.lower() in SOURCE_NOUNS
            or pobj.lower_ in INFORMATION_NOUNS and not any(c.dep_ == "poss" for c in pobj.children)):
        return None
    root = tok.sent.root
    if root.i < tok.i and _lemma(root) in EN_REPORT_VERBS and _subject(root) is not None:
        return None  # "Ukraine says C, per the General Staff": the reporter's source, within its report
    # (the source without what is said of it: "per Ukrainian estimates that Axios could not verify")
    clause = next((c for c in pobj.rights if c.dep_ in ("acl", "relcl")), None)
    end = tok.doc[clause.left_edge.i - 1] if clause is not None else None
    return _sourcing_frame((tok.idx, tok.idx + len(tok)), tok.doc[tok.i + 1], pobj, text, end)


def _after_information(tok: Token, doc: Doc, text: str) -> Frame | None:
    """"After information of the NATO, C": machine translation of German "nach
    Informationen der Nato", which is "according to"."""
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    of = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ in ("of", "from")), None) \
        if pobj is not None and pobj.lower_ in INFORMATION_NOUNS else None
    author = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    # the author, not what it is about ("After reports of North Korean troops, …")
    if author is None or not (author.pos_ == "PROPN" or author.lower_ in ORG_HEADS):
        return None
    return _sourcing_frame((tok.idx, tok.idx + len(tok)), doc[tok.i + 1], pobj, text)


def _sourcing_frame(cue: Span, first: Token, pobj: Token, text: str, end: Token | None = None) -> Frame | None:
    """The frame of a sourcing phrase (cue, then the source from `first` to the end of
    `pobj`'s phrase, or to `end`): its content is the longer side of the sentence."""
    edge = end or pobj.right_edge
    source = _span(first, edge)
    sent = pobj.sent
    # German word order translated, no comma after the phrase: "According to the general staff
    # Russia lost 1,530 soldiers" (the parser took the verb's subject for an apposition)
    subject = next((t for t in pobj.subtree if t.dep_ == "appos" and t.i > pobj.i and t.pos_ == "PROPN"
                    and t.doc[t.left_edge.i - 1].text != "," and sent.root.i > t.i and sent.root.pos_ == "VERB"
                    and not any(c.dep_ in _SUBJECT_DEPS for c in sent.root.children)), None)
    if subject is not None:
        source = _span(first, subject.doc[subject.left_edge.i - 1])
    before = trim(text, (sent.start_char, cue[0]))
    # (not an apposition summing up the clause for someone else's answer: "…, a figure the
    # Kremlin disputes")
    last = _before_summary(edge, sent[-1])
    after = trim(text, (source[1], min(_contrast_start(sent, edge.i), last.idx + len(last))))
    sizes = [(s[1] - s[0], s) for s in (before, after) if s is not None]
    if not sizes:
        return None
    content = max(sizes)[1]
    root = sent.root
    if before and after and root.i > edge.i and any(
            t.dep_ in _SUBJECT_DEPS and t.idx < cue[0] and (t.head == root or t.head.head == root) for t in sent):
        # "North Korea has, according to Seoul, sent 10,000 soldiers": the phrase stands
        # inside its clause, which is what was said (subject and verb on either side)
        content = (before[0], after[1])
    return Frame(cue=cue, source=source, content=content, kind="according_to", cue_word="according to",
                 referent=_own_account(pobj, sent) or _whose_view(pobj))


_VIEW_NOUNS = frozenset("word view assessment estimate account opinion".split())


def _whose_view(noun: Token) -> Span | None:
    """"According to his words, C": the possessive stands for the one whose words they are
    (a pronoun the speaker resolution reads)."""
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("his", "her", "their")), None)
    return _span(poss, poss) if poss is not None and noun.lemma_.lower() in _VIEW_NOUNS else None


def _own_account(noun: Token, sent) -> Span | None:
    """"Russia captured five villages, according to its own figures": "its own" stands for
    the subject of the sentence, whose span this returns (the speaker's name is read from
    it; the source span stays the phrase)."""
    if not any(c.lower_ == "own" for c in noun.children):
        return None
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON" or noun.left_edge.i <= subj.i <= noun.right_edge.i:
        return None
    return _span(subj.left_edge, subj.right_edge)


_PERCEPTION = frozenset("see watch hear feel notice".split())


def _perceived(lemma: str, clause: Token) -> bool:
    """"would see their incomes go up": a bare infinitive after a verb of perception is
    what was seen, not a stance. (Only there: the tagger also tags plural presents VB.)"""
    deps = {c.dep_ for c in clause.children}
    return lemma in _PERCEPTION and clause.tag_ == "VB" and not deps & {"aux", "mark"}


# Verbs of speaking as an activity: "as X spoke" says when something happened.
_SPEAKING_ACTS = frozenset("""speak talk chant shout yell scream whisper murmur mutter testify
    joke quip continue answer reply respond ask comment""".split())


def _as_mark(verb: Token) -> Token | None:
    """"as" opening the verb's clause (or "like", or "How" opening the sentence, as machine
    translation writes German "wie": "How the NIS informed on Wednesday, C", "Like the news
    agency Yonhap reported, C", which the parser reads as a preposition)."""
    return next((c for c in verb.children if c.i < verb.i and (
        (c.dep_ == "mark" and c.lower_ in ("as", "like"))
        or (c.dep_ in ("advmod", "prep") and c.lower_ in ("how", "like") and c.i == verb.sent.start
            and verb.dep_ == "advcl"))), None)


def _puts_it(verb: Token) -> bool:
    """"As Budanov put it, C": the idiom of saying."""
    return _lemma(verb) == "put" and _as_mark(verb) is not None and any(
        c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)


# "Wie X mitteilte, C" translated word for word: "As X communicated, C" (elsewhere
# "communicate" is no verb of saying: "Mexico must communicate to the US how …")
_TRANSLATED_AS = frozenset(("communicate",))


def _as_aside(verb: Token, text: str) -> Span | None:
    """"The tunnel will close, as officials have said", "As the senator noted, C", "C1, as
    one adviser pointed out, C2", "as Budanov put it": the sentence around the as-clause is
    what was said (the whole sentence when the clause stands in its middle, as a claim is
    contiguous)."""
    mark = _as_mark(verb)
    if mark is None or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    lemma = _lemma(verb)
    pointed_out = lemma == "point" and any(c.dep_ == "prt" for c in verb.children)
    put_it = _puts_it(verb)
    if (lemma not in EN_SPEECH_VERBS | EN_COGNITION_VERBS | _TRANSLATED_AS or lemma in _SPEAKING_ACTS) and not (
            pointed_out or put_it):
        return None  # "as he welcomed …", "as the mayor spoke": when, not what
    # Only a clause whose object is missing is an aside about the sentence: "as he
    # welcomed the guests", "as he says his plan …" say when, not what.
    if any((c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "dative") and not put_it)
           or (c.dep_ == "prep" and c.i != mark.i and not _is_when(c) and _in_medium(c) is None
               and not _in_document(c))
           for c in verb.children):
        return None
    return _around(verb, mark, text)


# Documents a source writes in ("As the ISW writes in its latest report, C"): where, not a
# medium of speech annotators count in the cue ("said in a June report": "said")
_DOCUMENT_NOUNS = frozenset("report update assessment analysis article".split())


def _in_document(prep: Token) -> bool:
    return prep.lower_ == "in" and any(c.dep_ == "pobj" and c.lemma_.lower() in _DOCUMENT_NOUNS for c in prep.children)


def _as_by(verb: Token, text: str) -> Frame | None:
    """"As reported by Reuters, C", "C, as confirmed by the Pentagon": the by-phrase is the
    source of the sentence around the as-clause, as with "according to"."""
    mark = _as_mark(verb)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children):
        # "As it was called from Kiev, C" (German "Wie es aus Kiew hieß", translated)
        agent = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if mark is None or pobj is None or verb.tag_ != "VBN" or _lemma(verb) not in EN_SPEECH_VERBS | EN_COGNITION_VERBS:
        return None
    content = _around(verb, mark, text)
    if content is None:
        return None
    source = trim(text, _span(pobj.left_edge, pobj.right_edge))
    if source is None:
        return None
    return Frame(cue=(mark.idx, agent.idx + len(agent)), source=source,
                 content=content, kind="according_to", cue_word=_lemma(verb))


def _around(verb: Token, mark: Token, text: str) -> Span | None:
    """The sentence around an as-clause: before its mark, after the comma that ends it, or
    the whole sentence when it stands in the middle."""
    sent, doc = verb.sent, verb.doc
    end = next((t.i for t in doc[verb.i + 1 : sent.end] if t.text in (",", ";", "—", "–")), sent.end)
    before = trim(text, (sent.start_char, doc[mark.i].idx))
    after = trim(text, (doc[end].idx, sent.end_char)) if end < sent.end else None
    if before and after:
        return trim(text, (sent.start_char, sent.end_char))
    return before or after


def _pointed_back(verb: Token, text: str) -> Span | None:
    """"Ukraine says 3,000 troops died. Moscow denies this.": a denial or confirmation whose
    only object is "this", "that", "it" or "them" answers the sentence before, in its paragraph."""
    # what it is dismissed as ("as fake news") and when ("on Tuesday") are no object
    objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp", "oprd") or (
        c.dep_ == "prep" and c.lower_ != "as" and not _of_time(c) and _in_medium(c) is None)]
    if len(objects) != 1 or objects[0].lower_ not in _POINTING_BACK:
        return None
    if _lemma(verb) in ("say", "state") and objects[0].lower_ == "this":
        return _said_before(verb, text)  # "Budanov said this in an interview with Kyodo" (translated)
    if _lemma(verb) not in EN_ANSWER_VERBS:
        return None
    head = verb.head
    obj = next((c for c in head.children if c.dep_ in ("dobj", "ccomp")), None)
    if verb.dep_ == "conj" and _lemma(head) in EN_ANSWER_VERBS | EN_SPEECH_VERBS and obj is not None:
        # "Russia has not acknowledged C, but Putin has not denied it either": the object of
        # the clause it is joined to ("has neither confirmed nor denied them": the sentence before)
        return trim(text, _span(obj.left_edge, obj.right_edge))
    if verb.dep_ == "advcl" and head.dep_ == "ccomp" and _lemma(head.head) in EN_REPORT_VERBS \
            and verb.left_edge.i > head.left_edge.i:
        # "Ukraine's HUR said C, while Russia denied it": the report the clause hangs on
        return trim(text, (head.left_edge.idx, verb.left_edge.idx))
    return _said_before(verb, text, judged=_negated(verb))


_RECEIVING = frozenset("receive obtain get".split())
_RECEIVED = INFORMATION_NOUNS | {"word"}  # ("received word from the front that C")


def _received_from(verb: Token, text: str) -> Frame | None:
    """"The Panel received information from a Member State that C": the one it came from
    reports C (the receiver only relays it)."""
    if _lemma(verb) not in _RECEIVING:
        return None
    info = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _RECEIVED), None)
    if info is None:
        return None
    source = next((p for h in (info, verb) for p in h.children if p.dep_ == "prep" and p.lower_ == "from"), None)
    pobj = next((c for c in source.children if c.dep_ == "pobj"), None) if source is not None else None
    clause = next((c for h in (info, verb) for c in h.children if c.dep_ in ("acl", "ccomp")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if pobj is None or clause is None:
        return None
    content = trim(text, _span(clause.left_edge, clause.right_edge))
    return Frame(cue=_span(verb, info), source=_span(pobj.left_edge, pobj), content=content,
                 kind="indirect_quote", cue_word="receive") if content is not None else None


def _said_before(verb: Token, text: str, judged: bool = False) -> Span | None:
    """What the sentence before the verb's says, in its paragraph: what it reports, when it
    reports something ("Ukraine says C"), else all of it."""
    sent = verb.sent
    if sent.start == 0:
        return None
    before = verb.doc[sent.start - 1].sent
    if "\n" in text[before.start_char : sent.start_char]:
        return None  # another paragraph
    said = [c for c in before.root.children if c.dep_ == "ccomp" and _lemma(before.root) in EN_REPORT_VERBS]
    if said:
        # ... or, for an answer not given (`judged`), the reports that says something of: 'Nebenzia
        # said the claims were "blatant lies". Putin did not deny it' (the claims; but "Peskov
        # said the reports were false. Kyiv denied it" denies what Peskov said)
        reports = next((c for c in said[0].children if c.dep_ == "nsubj" and c.lemma_.lower() in EN_CLAIM_NOUNS
                        and said[0].lemma_ == "be"), None) if judged else None
        if reports is not None:
            return trim(text, _span(reports.left_edge, reports.right_edge))
        return trim(text, _span(said[0].left_edge, said[0].right_edge))
    # ... or what it answers: "Russian officials have avoided confirming the deployment. Putin
    # did not deny it" (the deployment, not that the officials avoided it)
    answering = next((t for t in (before.root, *before.root.children) if _lemma(t) in EN_ANSWER_VERBS
                      and (t == before.root or t.dep_ == "xcomp")), None)
    obj = next((c for c in answering.children if c.dep_ == "dobj"), None) if answering is not None else None
    if obj is not None and obj.lower_ not in _POINTING_BACK:
        return trim(text, _span(obj.left_edge, obj.right_edge))
    return trim(text, (before.start_char, before.end_char))


def _reported_by(verb: Token, text: str) -> Frame | None:
    """"North Korea has sent troops. This was confirmed by Seoul.", and German "Das bestätigte
    ein Sprecher" word for word, "This confirmed a spokesman": the agent, or an object that
    names a speaker, reports the sentence before."""
    # (opening the sentence: "groups that support Clinton" is a relative clause)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("this", "that")
                 and c.is_sent_start), None)
    if subj is None or _lemma(verb) not in EN_REPORT_VERBS:
        return None
    if subj.dep_ == "nsubjpass":
        speaker = next((o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)
    else:
        # (or a title with the name apposed: "This said the Ukrainian defense minister Rustem Umerov")
        speaker = next((c for c in verb.children if c.dep_ == "dobj" and (
            c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or c.pos_ == "PROPN" or c.lower_ in SOURCE_NOUNS
            or (c.lower_ in EN_TITLES and any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in c.children)))),
            None)
    content = _said_before(verb, text) if speaker is not None else None
    if content is None:
        return None
    source = _source_span(speaker, verb)
    told = next((p for p in speaker.rights if p.dep_ == "prep" and p.lower_ == "to"), None)
    if told is not None:  # "… Umerov to the broadcaster KBS": whom it was said to
        source = (source[0], told.idx)
    return Frame(cue=_span(_left_start(verb), verb), source=trim(text, source), content=content,
                 kind="indirect_quote", cue_word=_lemma(verb), negated=_negated(verb))


# Verbs whose object is the one told, before what they are told
_TELLING = frozenset("tell inform assure warn remind brief".split())


def _content(verb: Token, text: str) -> Span | None:
    lemma = _lemma(verb)
    back = _pointed_back(verb, text)
    if back is not None:
        return back
    aside = _as_aside(verb, text)
    if aside is not None:
        return aside
    comps = [c for c in verb.children if c.dep_ == "ccomp" and not _perceived(lemma, c) and not _is_asked_aside(c)
             and not _report_joined_before(c, verb) and not _clause_of_its_own(c, verb)]
    if not comps and lemma in EN_SPEECH_VERBS:
        # "told The War Zone in an interview published on Sunday that C": the parser hung C on
        # the medium's participle
        comps = [g for c in verb.rights if (medium := _in_medium(c)) is not None for a in medium.children
                 if a.dep_ == "acl" for g in a.children if g.dep_ == "ccomp" and _has_that(g)]
    if comps and all(c.i < verb.i for c in comps) and any(
            _topic_prep(c, EN_PREP_VERBS.get(lemma, ())) and c.right_edge.i > c.i for c in verb.rights):
        comps = []  # "C1, Putin then spoke of a 'sovereign decision'": what he spoke of follows him
    then = any(c.dep_ == "advmod" and c.lower_ in ("then", "later") and c.i < verb.i for c in verb.children)
    if then or any(c.i > verb.i for c in comps):
        # "The Kremlin first said this was fake news, then Putin said photographs are …" (or
        # "then Putin spoke"): a report of its own before the verb is not what this one says
        comps = [c for c in comps if c.i > verb.i or not (
            _lemma(c) in EN_REPORT_VERBS and any(g.dep_ in _SUBJECT_DEPS for g in c.children))]
    if comps:
        comp = max(comps, key=lambda c: c.right_edge.i - c.left_edge.i)
        if comp.i < verb.i:
            # "C1, but C2, the source added": everything before the frame is reported,
            # not only the clause the parser chose as complement.
            start = verb.sent.start
            subj = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.i > comp.right_edge.i), None)
            stop = subj.left_edge.i if subj is not None and subj.left_edge.i < verb.i else verb.i
            stop = min(stop, _left_start(verb).i)
            return trim(text, (verb.doc[start].idx, verb.doc[stop].idx))
        mark = next((c for c in comp.children if c.dep_ == "mark" and c.lower_ == "that"), None)
        if mark is not None and mark.i > comp.left_edge.i and verb.doc[mark.i - 1].text == ",":
            # "reported, citing two US officials, that C": the aside names the source, C is what was said
            return trim(text, _span(mark, comp.right_edge))
        participle = next((c for c in comp.rights if _reporters_participle(c)), None)
        end = comp.doc[participle.left_edge.i - 2] if participle is not None else comp.right_edge
        if (also := _said_too(comp)) is not None:
            end = comp.doc[also.left_edge.i - 2]  # "warned that C and said D": C
        elif (second := _second_that(verb, comp)) is not None:
            end = second.right_edge  # "told lawmakers that C1, and that memos found on the bodies showed C2"
        # "what the senators said was gerrymandering": the fronted "what" takes the source
        # and the cue into the clause; what was said follows the verb
        start = comp.left_edge if comp.left_edge.i > verb.i else verb.doc[verb.i + 1]
        # "Kyiv says 3,000 were killed, while Seoul puts the figure at 1,100": Seoul's
        # figure is not part of what Kyiv says
        span = _span(start, _before_summary(start, end))
        return trim(text, (span[0], min(span[1], _contrast_start(verb.sent, verb.i))))
    # "told the portal "The War Zone" that C": the parser hung the that-clause on the one told,
    # as a relative clause whose "that" is no pronoun but a conjunction ("disputes the idea
    # that C" disputes the idea)
    told = next((r for c in verb.rights if c.dep_ in ("dobj", "dative") for r in c.rights if r.dep_ == "relcl"
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in r.children)), None)
    if told is not None and lemma in _TELLING:
        return trim(text, _span(told.left_edge, told.right_edge))
    rights = [c for c in verb.rights if c.dep_ != "punct"]
    # "urged the allies to provide …", "vows to …": object and infinitive.
    xcomp = next((c for c in rights if c.dep_ == "xcomp"), None)
    if xcomp is not None and lemma in EN_INTENT_VERBS:
        dobj = next((c for c in rights if c.dep_ == "dobj" and c.i < xcomp.i), None)
        return trim(text, _span((dobj or xcomp).left_edge, xcomp.right_edge))
    # "denied sending troops", "admitted having sent them", "reported fighting with …": the gerund
    # (an adverbial right after a particle: "ruled out/prt sending/advcl troops")
    gerund = xcomp if xcomp is not None else next(
        (c for c in rights if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > 0 and c.doc[c.i - 1].dep_ == "prt"
         and c.doc[c.i - 1].head == verb), None)
    if gerund is not None and lemma in _GERUND_CONTENT and (
            gerund.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "having" for c in gerund.children)):
        return trim(text, _span(gerund.left_edge, gerund.right_edge))
    preps = EN_PREP_VERBS.get(lemma, ())
    dobj = next((c for c in rights if c.dep_ == "dobj" and not _is_time_word(c)), None)
    oprds = [c for c in rights if c.dep_ == "oprd"]
    if dobj is None and len(oprds) > 1:
        dobj = oprds[0]  # "called Trump a liar" parsed as two predicate complements
    if dobj is None and len(oprds) == 1 and any(c.dep_ == "det" and c.lower_ in ("that", "this") or c.dep_ == "nmod"
                                                for c in oprds[0].children):
        # 'called that "nonsense"', 'called the reports "provocations"': the pro-form or the object
        # parsed as the label's determiner or modifier
        dobj = oprds[0]
    if dobj is None and lemma in EN_OBJECT_VERBS:
        # 'rejected as "absurd" claims that C': the object shifted after its label
        shifted = next((o for c in rights if c.dep_ == "prep" and c.lower_ == "as" for o in c.children
                        if o.dep_ == "pobj" and o.lemma_.lower() in EN_CLAIM_NOUNS
                        and any(_has_that(g) for g in o.rights if g.dep_ in ("acl", "ccomp"))), None)
        if shifted is not None:
            return trim(text, _span(shifted, shifted.right_edge))
    prep = next((c for c in rights if _topic_prep(c, preps)), None)
    if prep is None and preps:
        # "spoke in his evening address of 'considerable losses'", "spoke on the other hand
        # of 1,100 victims": the parser hung the topic on the medium or the adverbial
        prep = next((g for c in rights if (medium := _in_medium(c) or _linking(c)) is not None
                     for g in medium.rights if _topic_prep(g, preps)), None)
    if prep is not None and prep.right_edge.i > prep.i and (
        dobj is None or dobj.i > prep.i
    ):
        end = prep.right_edge
        # "spoke of 3000 killed North Koreans": the parser hung the participle on the verb
        after = verb.doc[end.i + 1] if end.i + 1 < len(verb.doc) else None
        if after is not None and after.head.i == verb.i and after.tag_ in ("VBN", "VBD") and end.like_num:
            end = after.right_edge
        return trim(text, _span(prep.doc[prep.i + 1], end))
    # "warned Moscow against using North Korean troops": the one warned and what of
    if prep is not None and prep.right_edge.i > prep.i and dobj is not None and dobj.i < prep.i \
            and lemma in EN_SPEECH_VERBS and lemma not in EN_OBJECT_VERBS:
        return trim(text, _span(dobj.left_edge, prep.right_edge))
    # "cited X", "called X a genius", "described X as Y": object and its complements.
    if dobj is not None and (lemma in EN_OBJECT_VERBS or lemma in EN_AS_VERBS):
        end = dobj.right_edge
        if end.dep_ == "cc" and end.head == dobj:
            end = end.doc[end.i - 1]  # "could not confirm the figures but/cc …": the parser's stray "but"
        for c in rights:
            # ("called the reports a provocation": the label parsed as a second object, not
            # one after a comma: "to judge him ready, more support from women")
            second = c.dep_ == "dobj" and c.left_edge.i == dobj.right_edge.i + 1
            if c.i > dobj.i and (
                c.dep_ in ("oprd", "xcomp", "ccomp") or second or (c.dep_ == "prep" and c.lower_ in ("as", "of", "for"))
            ):
                end = c.right_edge
        # "see X as Y", "consider X Y": only an opinion when the complement is there; a
        # pronoun object needs one too ("cited it as an example", not "cited it").
        # (the parser may hang "as Y" on the object: "saw the comment as a dig")
        bare = end.i == dobj.right_edge.i and not any(c.dep_ == "prep" and c.lower_ == "as" for c in dobj.children)
        if bare and (lemma in EN_AS_VERBS or dobj.lower_ in ("it", "this", "that", "much", "so")):
            return None
        return trim(text, _span(dobj.left_edge, end))
    # "Flynn says Trump 'absolutely right' in …", "said many of the examples were …": the
    # parser took the start of the said clause for an object; the rest of it follows.
    if lemma == "say" and dobj is not None and dobj.lower_ not in _NOT_SAID:
        return trim(text, _span(dobj.left_edge, verb.right_edge))
    # "C, he added": the parser may hang the reporting verb off the content clause.
    if verb.dep_ in ("parataxis", "ccomp", "conj") and verb.head.dep_ in ("ROOT", "parataxis"):
        head = verb.head
        # Only a frame set off by a comma ("C, he added"): "X said he would order" is
        # an ordinary complement, not a frame after its content.
        # (the parser may hang the comma itself on a frame that closes the clause, or is followed
        # only by who relays it: "C, Zelensky said, as reported by Reuters"; one within the clause
        # keeps it whole: "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt")
        rest = text[verb.right_edge.idx + len(verb.right_edge) : head.right_edge.idx + len(head.right_edge)]
        closes = _CLOSES_CLAUSE.fullmatch(rest) is not None
        first = next(t for t in verb.subtree if not t.is_punct or t.i == verb.i) if closes else verb.left_edge
        before = verb.doc[first.i - 1] if first.i > 0 else None
        if head.i < verb.i and before is not None and before.text in (",", "—", "–"):
            return trim(text, (head.left_edge.idx, first.idx))
        # "Peskov had explained in the past, the cooperation is a matter of two states" (German
        # "erklärt, C" word for word): the clause after the comma that closes the frame
        after = verb.doc[verb.right_edge.i + 1] if verb.right_edge.i + 1 < len(verb.doc) else None
        # (a clause opening with its own subject, itself no report: not "C, sources said")
        if head.i > verb.i and verb.dep_ == "ccomp" and lemma in EN_SPEECH_VERBS and after is not None \
                and after.text == "," and _subject(verb) is not None and _lemma(head) not in EN_REPORT_VERBS \
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == after.i + 1 for c in head.children):
            return trim(text, (after.idx + 1, head.right_edge.idx + len(head.right_edge)))
        # "Acts of protest, Mr. Obama said, are acts of patriotism": the whole clause,
        # parenthetical included, so that the claim reads as a sentence.
        if verb.dep_ == "parataxis":
            return trim(text, _span(head.left_edge, head.right_edge))
    relative = _relative_object(verb, text)
    if relative is not None:
        return relative
    if lemma in EN_SPEECH_VERBS or lemma in EN_COGNITION_VERBS:
        clause = _adverbial_complement(verb)
        if clause is not None:
            return trim(text, _span(clause.left_edge, clause.right_edge))
    if lemma in EN_SPEECH_VERBS:
        return _clause_after(verb, text) or _clause_before(verb, text) or _pro_form(verb)
    return None


def _rubric_question(verb: Token) -> bool:
    """An explainer's rubric before a colon: "What they're saying:", "What we're hearing:" (not
    "What Kirby said:")."""
    doc = verb.doc
    return verb.i + 1 < len(doc) and doc[verb.i + 1].text == ":" and doc[verb.sent.start].lower_ == "what" \
        and any(c.i == verb.sent.start and c.dep_ == "dobj" for c in verb.children) \
        and any(c.dep_ in _SUBJECT_DEPS and c.lower_ in ("they", "we", "you", "people") for c in verb.children)


def _statement_author(verb: Token) -> Token | None:
    """"reposted a statement from the Russian defence ministry saying that C": a participle
    right after a statement names its author, whatever the parser hung it on."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return None
    # ... or after its addressee: "will send a letter to Secretary Blinken urging …" is the senders'
    to = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ == "pobj" else None
    sent = to.head if to is not None and to.lower_ == "to" and to.dep_ in ("dative", "prep") else None
    if sent is not None and any(c.dep_ == "dobj" and is_information(c.text) for c in sent.children):
        return _subject(sent)
    noun = next((t for t in verb.doc[max(0, verb.i - 8) : verb.i] if t.right_edge.i == verb.i - 1
                 and t.pos_ == "NOUN" and is_information(t.text)), None)
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in ("from", "by")), None) if noun else None
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _clause_of_its_own(comp: Token, verb: Token) -> bool:
    """A clause closed by a semicolon before the verb's own subject: "Ukraine Says C; Moscow
    Calls Report A 'Provocation'" (not "C1; C2, he said")."""
    semicolon = next((t for t in verb.doc[comp.i + 1 : verb.i] if t.text == ";"), None) if comp.i < verb.i else None
    # (a report of its own, or when the verb's own clause follows it: "North Korea has sent 11,000
    # troops; the Pentagon says 8,000 are in Kursk")
    own_after = any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    return semicolon is not None \
        and any(c.dep_ in _SUBJECT_DEPS and semicolon.i < c.i < verb.i for c in verb.children) \
        and (own_after or _lemma(comp) in EN_REPORT_VERBS and any(c.dep_ in _SUBJECT_DEPS for c in comp.children))


def _relative_object(verb: Token, text: str) -> Span | None:
    """"an explosion that the mayor described as an intentional act", "the leader that
    Mr. Trump so admires": a relative clause whose object is the relative pronoun says
    something about the noun it describes. What was said is the predicative complement
    when there is one, else that noun. (The parser may hang it as a participle with a subject:
    "a claim Moscow has neither confirmed nor denied".)"""
    if verb.dep_ not in ("relcl", "acl") or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in _RELATIVE or subj.lower_ == "what":
        return None
    summed = _summed_up(verb, text)
    if summed is not None:
        return summed
    objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
    if len(objects) != 1 or objects[0].lower_ not in _RELATIVE or objects[0].i > subj.i:
        return None  # no relative object ("the way that we must respond"), or one of its own
    for c in verb.rights:
        if c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as" and c.right_edge.i > c.i):
            first = c.doc[c.i + 1] if c.dep_ == "prep" else c.left_edge
            return trim(text, _span(first, c.right_edge))
    noun = verb.head
    end = verb.left_edge.i - 1
    if noun.i > end or noun.left_edge.i > end:
        return None
    return trim(text, _span(noun.left_edge, noun.doc[end]))


# Nouns that sum up the clause before them: "…, a figure Moscow disputes".
_SUMMING_NOUNS = frozenset("figure number estimate claim account assertion allegation charge version".split())


def _summed_up(verb: Token, text: str) -> Span | None:
    """"3,000 troops have been killed, a figure Moscow disputes": an apposition summing up the
    clause before the comma, with a relative clause of saying and no object of its own (but
    its relative pronoun: "a figure that Reuters could not verify"); what is disputed is that
    clause."""
    noun, doc = verb.head, verb.doc
    comma = _summary_comma(noun)
    if comma is None or any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.lower_ not in _RELATIVE for c in verb.children):
        return None
    clause = doc[comma - 1]
    while clause.dep_ not in ("ccomp", "ROOT") and clause.head.i != clause.i:
        clause = clause.head
    start = clause.left_edge if clause.dep_ == "ccomp" else clause.sent[0]
    # ("According to Seoul, C, a figure the Kremlin disputes": C, not its source)
    sourced = next((c for c in clause.lefts if c.lower_ == "according" and c.right_edge.i + 1 < comma), None)
    if sourced is not None:
        start = doc[sourced.right_edge.i + 1]
        while start.is_punct and start.i < comma:
            start = doc[start.i + 1]
    return trim(text, (start.idx, doc[comma].idx))


_CLOSES_CLAUSE = re.compile(r"(?is)\s*(?:,?\s*(?:as\s+reported\s+by|according\s+to|citing)\b.*)?[.!?\"”’']*\s*")


def _second_that(verb: Token, comp: Token) -> Token | None:
    """"told lawmakers that C1, and that memos found on the bodies showed C2": a second
    that-clause the parser joined to the verb as a clause of its own, its "that" opening a
    clausal subject."""
    return next((c for c in verb.children if c.dep_ == "conj" and c.i > comp.i and any(
        g.dep_ == "csubj" and _has_that(g) for g in c.children)), None)


def _before_summary(start: Token, end: Token) -> Token:
    """The end of a reported clause without an apposition that sums it up for someone
    else's answer ("Kyiv says C, a figure Moscow disputes": C is Kyiv's, the rest Moscow's)."""
    doc = end.doc
    for t in doc[start.i : end.i + 1]:
        # (a second object, when the parser gave the clause's verb one: '"soon" enter combat, a claim')
        # (and "a claim that US officials said they could not confirm": a clause with its own subject)
        comma = _summary_comma(t) if t.dep_ in ("appos", "npadvmod", "dobj") and any(
            c.dep_ == "relcl" or _by_agent(c) is not None
            or c.dep_ == "acl" and any(g.dep_ in _SUBJECT_DEPS for g in c.children) for c in t.children) else None
        if comma is not None and comma > start.i:
            return doc[comma - 1]
    return end


def _by_agent(verb: Token) -> Token | None:
    """Who a participle after a noun names as its doer: "a figure later confirmed by the
    Pentagon"."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _summed_up_by(verb: Token, text: str) -> Frame | None:
    """"Zelenskiy said C, a figure later confirmed by the Pentagon": the doer of the
    participle says what the apposition sums up (C), as "…, a figure Moscow disputes"."""
    by = _by_agent(verb)
    content = _summed_up(verb, text) if by is not None and _lemma(verb) in EN_REPORT_VERBS else None
    if content is None:
        return None
    return Frame(cue=(_cue_span(verb)[0], by.head.idx + len(by.head)), source=_span(by.left_edge, by.right_edge),
                 content=content, kind="indirect_quote", cue_word=_lemma(verb))


def _summary_comma(noun: Token) -> int | None:
    """The index of the comma before a noun that sums up the clause before it ("…, a figure
    Moscow disputes"), if it is one."""
    comma = noun.left_edge.i - 1
    return comma if noun.lemma_.lower() in _SUMMING_NOUNS and comma >= 1 and noun.doc[comma].text == "," else None


def _pro_form(verb: Token) -> Span | None:
    """"X said as much", "Y said so": what was said is the pro-form standing for the
    statement before, as annotators mark it."""
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if nxt is None or nxt.lower_ not in ("so", "as"):
        return None
    if nxt.lower_ == "as" and nxt.i + 1 < len(doc) and doc[nxt.i + 1].lower_ == "much":
        return _span(nxt, doc[nxt.i + 1])
    return _span(nxt, nxt) if nxt.lower_ == "so" and nxt.dep_ == "advmod" else None


_COMPLEMENTIZERS = {"that", "whether", "if"}
# Verbs whose gerund is what they say: what is answered ("denied sending troops"), and what
# a report tells of ("reported fighting with North Korean troops")
_GERUND_CONTENT = EN_ANSWER_VERBS | {"admit", "acknowledge", "report", "claim", "mention", "recall"}
# Objects of "say" that stand for no statement of their own ("said so", "said nothing").
_NOT_SAID = frozenset("it this that much so nothing something anything little more less".split())
# Subordinators that make a clause an adverbial (time, cause, concession), never what was said.
_ADVERBIAL_MARKS = frozenset(
    "because while after before as since although though until unless once so than".split()
)


def _adverbial_complement(verb: Token) -> Token | None:
    """The parser often labels the complement of a verb of saying as an adverbial clause
    ("tweeted … that/advmod Machado was/advcl …", "have not said when they would take",
    "tells his supporters to go"): the first finite or infinitive adverbial clause after
    the verb that no adverbial subordinator introduces is what was said."""
    for c in verb.rights:
        # a participle is an adjunct ("said, citing …"), unless a "that" opens its clause
        # ("assessed that North Korean forces were likely involved in combat")
        if c.dep_ != "advcl" or (c.tag_ in ("VBG", "VBN") and not any(
                x.dep_ == "mark" and x.lower_ == "that" and x.i < c.i for x in c.subtree)):
            continue
        if any(m.dep_ == "mark" and m.lower_ in _ADVERBIAL_MARKS for m in c.children):
            return None
        return c
    return None


def _clause_after(verb: Token, text: str) -> Span | None:
    """"tweeted in the early morning hours that C", "told a meeting of leaders that C": a
    that-clause the parser hung on a noun or an adverbial after the verb. The search stops
    at the next finite verb, which starts a clause of its own."""
    doc = verb.doc
    for t in doc[verb.i + 1 : min(verb.sent.end, verb.i + 16)]:
        if _that_of_no_relative(t):
            return trim(text, _span(t, t.head.right_edge))  # "told reporters after a briefing that C"
        if t.dep_ == "mark" and t.lower_ in _COMPLEMENTIZERS and t.head.i > t.i:
            owner = t.head.head
            if t.head.dep_ == "ccomp" and owner.i != verb.i and owner.pos_ == "VERB":
                return None  # "said as much, arguing that C": C is the participle's
            return trim(text, _span(t, t.head.right_edge))
        if t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.text in (";", ":") or t.is_quote:
            return None
    return None


def _that_of_no_relative(that: Token) -> bool:
    """"after a briefing that North Korean troops had suffered casualties": the parser made
    the said clause a relative clause of the noun, "that" its object. A relative pronoun
    fills a gap of its clause; here there is none, the object or a passive subject is
    already there, so "that" only introduces it. ("a briefing that officials attended"
    has the gap and stays a relative clause.)"""
    clause = that.head
    if that.lower_ != "that" or that.dep_ not in ("dobj", "dative") or clause.dep_ != "relcl" or clause.i < that.i:
        return False
    if any(c.dep_ in ("dobj", "nsubjpass") and c.i != that.i for c in clause.children):
        return True
    # "told lawmakers in a closed-door briefing that 100 North Koreans had died": a medium
    # with a clause whose verb cannot take it as object
    return clause.head.lemma_.lower() in EN_MEDIUM_NOUNS and _lemma(clause) not in _DONE_WITH_MEDIA


# What one does with a briefing, statement or letter: "a briefing that officials attended"
_DONE_WITH_MEDIA = frozenset(
    """attend give hold deliver host organize organise call convene read watch see hear publish
    release issue make conduct send write sign post receive file draft prepare cite quote
    obtain review leak get have share air broadcast record schedule skip miss""".split())


def _clause_before(verb: Token, text: str) -> Span | None:
    """"People like Scott, he said.", "…, said James Acton, a physicist": the frame closes
    its sentence behind a comma, and everything before the comma was said."""
    subj = _subject(verb) or _bare_name_before(verb)
    start = min(_left_start(verb).i, subj.left_edge.i if subj is not None else verb.i)
    sent = verb.sent
    if start - 1 <= sent.start or verb.doc[start - 1].text != ",":
        return None
    # "C1, he said, C2": a parenthetical frame; the whole sentence reads as what was said.
    comma = next((t for t in verb.doc[verb.i + 1 : min(sent.end, verb.i + 6)] if t.text == ","), None)
    if comma is not None and comma.i + 1 < sent.end and not any(
        t.pos_ in ("VERB", "AUX") for t in verb.doc[verb.i + 1 : comma.i]
    ):
        return trim(text, (sent[0].idx, sent[-1].idx + len(sent[-1])))
    if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.dep_ not in ("relcl", "acl")
           and t.head.dep_ not in ("relcl", "acl") for t in verb.doc[verb.i + 1 : sent.end]):
        return None  # another clause follows: not a closing frame
    return trim(text, (sent[0].idx, verb.doc[start - 1].idx))


def _passive_frame(verb: Token, text: str) -> Frame | None:
    """"The nominee has been endorsed by dozens of papers": the by-phrase is the source,
    the passive subject what was endorsed, and the cue runs up to "by". After an empty
    "it" the that-clause is what was said ("It was confirmed by the Pentagon that C")."""
    agent = next((c for c in verb.rights if c.dep_ == "agent"), None)
    # 'were called "absurd fabrications" by Peskov': the by-phrase hung on the label, which
    # is part of what was said
    label = next((c for c in verb.rights if c.dep_ == "oprd"), None) if agent is None else None
    if label is not None:
        agent = next((g for g in label.rights if g.dep_ in ("agent", "prep") and g.lower_ == "by"), None)
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is not None and subj.lower_ == "it":
        subj = next((c for c in verb.rights if c.dep_ == "ccomp" and _has_that(c)), None)
    if pobj is None or subj is None or subj.lower_ in _RELATIVE or subj.pos_ == "PRON":
        return None
    start, end = _cue_span(verb)
    if agent.i == verb.i + 1:
        end = agent.idx + len(agent)
    said = _span(subj.left_edge, subj.right_edge if label is None else verb.doc[agent.i - 1])
    return Frame(cue=(start, end), source=_span(pobj.left_edge, pobj.right_edge), content=trim(text, said),
                 kind="indirect_quote", cue_word=_lemma(verb))


def _unnamed_passive(verb: Token, text: str) -> Frame | None:
    """"Mr. Quiros was accused of using $50 million", "the troops are believed to be in
    Kursk", "it is thought that C": a passive verb of saying or judging without a by-phrase
    attributes its complement to a source the text does not name (EN_UNNAMED_PASSIVES).
    The cue runs up to the preposition that introduces the content."""
    preps = EN_UNNAMED_PASSIVES.get(_lemma(verb))
    if preps is None or any(c.dep_ == "agent" for c in verb.children):
        return None
    start, end = _cue_span(verb)
    for c in verb.rights:
        if c.dep_ in ("xcomp", "oprd") or (c.dep_ == "ccomp" and _has_that(c)):
            head = c
            break
        if c.dep_ == "prep" and c.lower_ in preps:
            head = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
            if head is None:
                return None
            if verb.doc[c.i - 1].idx < end:  # right after the cue: "accused of"
                end = c.idx + len(c)
            break
    else:
        # "C, it was said from military circles" (German "…, hieß es aus Militärkreisen", translated)
        head = next((c for c in verb.lefts if c.dep_ == "ccomp"), None)
        if head is None or not any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children):
            return None
    content = trim(text, _span(head.left_edge, head.right_edge))
    if content is None:
        return None
    # "It was said from Kyiv that C" (machine translation of "Aus Kiew hieß es"): where it came from
    origin = next((o for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                   for o in c.children if o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.lower_ == "circles")), None)
    source = (_span(origin.left_edge, origin) if origin.lower_ == "circles" else _span(origin, origin)) \
        if origin is not None else None  # "from military circles": whose circles
    return Frame(cue=(start, end), source=source, content=content,
                 kind="indirect_quote", cue_word=_lemma(verb), negated=_negated(verb))


# Adverbs that report their clause on the word of someone unnamed.
_REPORT_ADVERBS = frozenset("reportedly allegedly purportedly supposedly".split())


def _report_adverb(adverb: Token, text: str) -> Frame | None:
    """"North Korean troops have reportedly entered combat", "after he allegedly brandished a
    pistol": the adverb is the cue of a report whose source the text does not name, and its
    clause, from the subject on, is the content."""
    verb = adverb.head
    if adverb.dep_ != "advmod" or verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    start = subj.left_edge if subj is not None else adverb
    end = verb.right_edge
    while end.i > start.i and end.is_punct:
        end = end.doc[end.i - 1]
    content = trim(text, _span(start, end))
    if content is None:
        return None
    return Frame(cue=(adverb.idx, adverb.idx + len(adverb)), source=None, content=content,
                 kind="indirect_quote", cue_word=adverb.lower_)


def _claim_noun(noun: Token, text: str) -> Frame | None:
    """"Trump's claim that C", "warnings from his attorney that C": the noun is the cue,
    the possessor or the by/from phrase the source, the that-clause the content."""
    clause = next(
        (c for c in noun.rights if c.dep_ in ("acl", "ccomp")
         and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)),
        None,
    )
    if clause is None:
        return _figure_noun(noun, text)
    source = next((c for c in noun.children if c.dep_ == "poss"), None)
    if source is None:
        prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in ("by", "from", "of")
                     and c.i < clause.i), None)
        source = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if source is None:
        return None
    content = trim(text, _span(clause.left_edge, clause.right_edge))
    if content is None:
        return None
    return Frame(cue=(noun.idx, noun.idx + len(noun)), source=_span(source.left_edge, source.right_edge),
                 content=content, kind="indirect_quote", cue_word=noun.lemma_.lower())


def _figure_noun(noun: Token, text: str) -> Frame | None:
    """"South Korea's estimate of 11,000 troops", "Ukrainian intelligence reports of 3,000
    casualties", "the report of 3,000 casualties by Ukraine's military intelligence": a
    figure after "of" is what the noun's author gives. It is sourced like "according to",
    and stays a claim of its own inside what another says ("The Pentagon confirmed the NIS
    estimate of 10,000 soldiers")."""
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1), None)
    figure = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else _figure_given(noun)
    if figure is None or not any(t.like_num and (t.dep_ in ("nummod", "quantmod", "pobj", "compound") or t is figure)
                                 for t in figure.subtree):
        return None
    # what follows the figure is not part of it: "… as propaganda", "… by Ukraine's
    # intelligence", "… cited by Zelenskiy"
    tail = [c for c in (*figure.rights, *noun.rights) if c.i > figure.i and (
        (c.dep_ == "prep" and c.lower_ in ("as", "by", "from")) or (c.dep_ == "acl" and c.tag_ == "VBN"))]
    end = min([c.i for c in tail], default=figure.right_edge.i + 1) - 1
    agents = [g for c in tail for g in (c, *c.children) if g.dep_ in ("prep", "agent") and g.lower_ in ("by", "from")]
    by = next((o for a in agents for o in a.children if o.dep_ == "pobj"), None)
    source = next((c for c in noun.children if c.dep_ == "poss"), None) or by
    source_span = _span(source.left_edge, source.right_edge) if source is not None else _named_modifiers(noun)
    content = trim(text, _span(figure.left_edge, noun.doc[end]))
    if source_span is None or content is None:
        return None
    return Frame(cue=(noun.idx, noun.idx + len(noun)), source=source_span, content=content,
                 kind="according_to", cue_word=noun.lemma_.lower(), referent=_bound_its(source))


def _figure_given(noun: Token) -> Token | None:
    """The figure a figure noun is said to be: "Seoul's estimate is about 100", "… is much
    lower, at about 100", "South Korea's figure stands at 1,100"."""
    verb = noun.head
    if noun.dep_ != "nsubj" or noun.lemma_.lower() not in _GIVEN_FIGURES or verb.lemma_ not in ("be", "stand", "remain"):
        return None
    at = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "at" for o in p.children if o.dep_ == "pobj"]
    # (the number its own, not in a clause on it: "The figure is triple an earlier estimate from
    # Seoul, which put casualties at 1,100" gives no figure)
    return next((c for c in [*verb.children, *at] if c.dep_ in ("attr", "pobj") and (c.like_num or any(
        t.like_num and t.dep_ in ("nummod", "quantmod", "compound") for t in c.children))), None)


_GIVEN_FIGURES = EN_FIGURE_NOUNS | {"estimate"}


def _bound_its(pronoun: Token | None) -> Span | None:
    """"South Korea's spy agency stood by its estimate of 11,000": "its" and "their" stand for
    the subject of their clause, whose span this returns (the source span stays "its")."""
    if pronoun is None or pronoun.lower_ not in ("its", "their"):
        return None
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subj = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
    # (not a thing counted in a report: "The Pentagon says 10,000 troops are in Kursk, up from its
    # earlier figure of 8,000" is the Pentagon's)
    while subj is not None and verb.dep_ == "ccomp" and _lemma(verb.head) in EN_REPORT_VERBS \
            and subj.pos_ != "PROPN" and subj.ent_type_ not in ("ORG", "GPE", "NORP", "PERSON"):
        verb = verb.head
        subj = _subject(verb)
    if subj is None or subj.pos_ == "PRON":
        return None
    return _span(subj.left_edge, subj.right_edge)


def _named_modifiers(noun: Token) -> tuple[int, int] | None:
    """"the NIS estimate", "Ukrainian intelligence reports": the names and demonyms before
    the noun are its author ("new", "unconfirmed" are not)."""
    mods = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod")]
    named = next((c for c in mods if c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "ORG", "GPE", "PERSON")), None)
    if named is None:
        return None
    return _span(named.left_edge, noun.doc[noun.i - 1])


def _attitude_frame(adj: Token, text: str) -> Frame | None:
    """"Protesters were frustrated that C", "we are convinced C", "is critical of C": an
    adjective of certainty, feeling or judgement with a clause or topic after it ascribes
    C to the subject as what they hold. The parser makes the adjective a copula's
    complement or a passive participle."""
    if adj.dep_ == "acomp" and adj.head.lemma_ in ("be", "become", "remain", "feel", "grow"):
        holder = adj.head
    elif any(c.dep_ == "auxpass" for c in adj.children):
        holder = adj
    else:
        return None
    clause = next((c for c in list(adj.rights) + list(holder.rights)
                   if c.dep_ == "ccomp" and c.i > adj.i), None)
    end = adj
    if clause is None:
        # "has been critical of C", "were coy about C": the stance's topic.
        prep = next((c for c in adj.rights if c.dep_ == "prep" and c.i == adj.i + 1
                     and c.lower_ in _TOPIC_PREPS), None)
        clause = next((o for o in prep.children if o.dep_ in ("pobj", "pcomp")), None) if prep else None
        end = prep
    subj = _subject(holder)
    if clause is None or subj is None or subj.lower_ in _RELATIVE:
        return None
    content = trim(text, _span(clause.left_edge, clause.right_edge))
    if content is None:
        return None
    start = adj.i
    while start - 1 >= holder.left_edge.i and (
        start - 1 == holder.i or adj.doc[start - 1].dep_ in _CUE_LEFTS + ("auxpass",)
    ) and adj.doc[start - 1].head in (holder, adj):
        start -= 1
    return Frame(cue=_span(adj.doc[start], end), source=_source_span(subj, holder), content=content,
                 kind="indirect_quote", cue_word=adj.lower_,
                 negated=_negated(holder))


def _issuer(participle: Token) -> Token | None:
    """"issued a statement calling …", "sent a letter to the board urging …": the
    participle says what the document says; the verb that issued it starts the cue and
    its subject, not the document, is the source."""
    if participle.tag_ != "VBG":
        return None
    if participle.dep_ == "acl" and participle.head.dep_ == "dobj" and participle.head.lower_ in INFORMATION_NOUNS:
        return participle.head.head
    # (not an answer to the document: "dismissed the reports as fake, saying C" says C itself)
    if participle.dep_ == "advcl" and _lemma(participle.head) not in EN_ANSWER_VERBS and any(
        c.dep_ == "dobj" and c.lower_ in INFORMATION_NOUNS and c.i < participle.i for c in participle.head.children
    ):
        return participle.head
    return None


def _asked(verb: Token, subj: Token) -> bool:
    """"Do you really see those two as equivalent?": an auxiliary before the subject in a
    sentence that ends in a question mark asks; it does not attribute anything. Nor does a
    question's "who" ("Who says what?")."""
    if not any(t.text == "?" for t in verb.sent[-3:]):  # closing quote marks may follow it
        return False
    return subj.lower_ in ("who", "what", "which") or any(c.dep_ == "aux" and c.i < subj.i for c in verb.children)


def _name_like(tok: Token) -> bool:
    return tok.tag_ == "NNP" or (tok.is_title and tok.pos_ in ("NOUN", "PROPN"))


def _verb_read_as_noun(tok: Token, text: str) -> Frame | None:
    """"Trump claims that C", "Trump charges that C": the tagger may read a verb of saying
    in -s as a plural noun after a name; a name or he/she right before it and "that" right
    after it give it away ("Trump's claims that C" has a possessive before it)."""
    doc = tok.doc
    if tok.tag_ == "NNS" and tok.dep_ == "relcl" and _lemma(tok) in EN_SPEECH_VERBS | EN_ANSWER_VERBS:
        return _summing_verb_read_as_noun(tok, text)
    if tok.tag_ == "NNS" and _lemma(tok) in EN_REPORT_VERBS and (frame := _trailing_source(tok, text)) is not None:
        return frame
    if tok.tag_ != "NNS" or not 0 < tok.i < len(doc) - 1:
        return None
    prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if tok.dep_ == "ROOT" and subject is not None and nxt.lower_ == "that" and _lemma(tok) in EN_REPORT_VERBS:
        # "Ukraine's military intelligence estimates that C": the parser found the subject
        content = trim(text, (nxt.idx, tok.sent.end_char))
        return Frame(cue=_span(tok, tok), source=_span(subject.left_edge, subject), content=content,
                     kind="indirect_quote", cue_word=_lemma(tok)) if content is not None else None
    if _lemma(tok) not in EN_SPEECH_VERBS:
        return None
    # The tagger may misread the name too ("Trump"/NN): a capitalised word will do.
    if nxt.lower_ != "that" or not (_name_like(prev) or prev.lower_ in ("he", "she")):
        return None
    start = prev
    while start.i > tok.sent.start and _name_like(doc[start.i - 1]):
        start = doc[start.i - 1]
    content = trim(text, (nxt.idx, tok.sent.end_char))
    if content is None:
        return None
    return Frame(cue=_span(tok, tok), source=_span(start, prev), content=content,
                 kind="indirect_quote", cue_word=_lemma(tok))


def _trailing_source(tok: Token, text: str) -> Frame | None:
    """"North Korea has supplied 8 million shells, South Korean intelligence estimates.": the
    verb that ends the sentence after a comma, read as a plural noun with its source as
    modifiers; what precedes the comma is what was said."""
    doc, sent = tok.doc, tok.sent
    first = tok.left_edge
    if not (sent.start < first.i < tok.i and doc[first.i - 1].text == "," and tok.i + 2 == sent.end
            and doc[tok.i + 1].is_punct) or any(t.pos_ in ("VERB", "AUX") for t in doc[first.i : tok.i]):
        return None
    content = trim(text, (sent.start_char, doc[first.i - 1].idx))
    if content is None:
        return None
    return Frame(cue=_span(tok, tok), source=_span(first, doc[tok.i - 1]), content=content,
                 kind="indirect_quote", cue_word=_lemma(tok))


def _wants_to_have_done(verb: Token) -> bool:
    """"Russia wants to have recaptured 40 settlements": German "will … zurückerobert haben"
    translated word for word claims a deed done, it wants nothing."""
    return any(c.dep_ == "xcomp" and c.tag_ == "VBN" and any(a.lower_ == "have" for a in c.children)
               for c in verb.children)


# Words that end the object before a clause-final participle: its negation and adverbs
_BEFORE_PARTICIPLE = frozenset("neither not never n't so as".split())


def _participle_last(have: Token, text: str) -> Frame | None:
    """"The Kremlin has the reports neither confirmed nor denied", "Moscow has the
    information denied": machine translation keeps the German perfect's participle at the
    end of the sentence ("hat die Berichte … dementiert"); the object before it is what was
    answered, the subject of "has" answers it."""
    doc = have.doc
    last = have.sent.end - 1
    while last > have.i and doc[last].is_punct:
        last -= 1
    verb = doc[last]
    subj = next((c for c in have.children if c.dep_ == "nsubj"), None)
    if subj is None or verb.tag_ not in ("VBN", "VBD") or _lemma(verb) not in EN_REPORT_VERBS or last < have.i + 3:
        return None
    end = next((t.i for t in doc[have.i + 1 : last] if t.lower_ in _BEFORE_PARTICIPLE or t.pos_ in ("ADV", "VERB")),
               last)
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in doc[have.i + 1 : end]):
        return None
    negated = any(t.lower_ in ("not", "never", "n't") for t in doc[end:last])
    return Frame(cue=(verb.idx, verb.idx + len(verb)), source=_span(subj.left_edge, subj.right_edge),
                 content=trim(text, _span(doc[have.i + 1], doc[end - 1])), kind="indirect_quote",
                 cue_word=_lemma(verb), negated=negated)


# "who requested anonymity to discuss the matter", "who was not authorized to speak
# publicly": a verb of saying in an infinitive under these is the source's condition
_CONDITION_WORDS = frozenset("anonymity authorized authorised allowed permitted".split())


def _condition_of_source(verb: Token) -> bool:
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    return head.i != verb.i and any(t.lower_ in _CONDITION_WORDS for t in head.subtree if t.i < verb.i)


def _summing_verb_read_as_noun(tok: Token, text: str) -> Frame | None:
    """"…, a figure the Kremlin disputes": the tagger read the verb as a plural noun with the
    name as its compound; the name is the source, the clause summed up what is disputed."""
    names = [c for c in tok.lefts if c.dep_ == "compound"]
    content = _summed_up(tok, text) if names else None
    if content is None:
        return None
    first = next(c for c in tok.lefts if c.dep_ in ("det", "compound"))  # "the Kremlin"
    return Frame(cue=_span(tok, tok), source=_span(first.left_edge, names[-1]), content=content,
                 kind="indirect_quote", cue_word=_lemma(tok))


_ANONYMITY = re.compile(r"(?:not )?to be (?:named|identified|quoted)\b|condition (?:of anonymity|that)\b")
# ... and the terms alone, all of a verb's content: "spoke on (the) condition of anonymity",
# "insisted on anonymity" (a speaker for the quotation next to it; "said on condition of
# anonymity that C" says C)
_ANONYMITY_ONLY = re.compile(r"(?:the\s+)?(?:condition\s+of\s+)?anonymity(?:\s+(?:to|under|because)\s+[^,;.]*)?"
                             # ... or the ground rules and occasions of speaking: "speaking on background",
                             # "speaking on the campaign trail"
                             r"|(?:deep\s+)?background|the\s+record|the\s+campaign\s+trail|the\s+sidelines\b[^,;.]*",
                             re.IGNORECASE)


_REFUSALS = frozenset(("refuse", "decline", "avoid"))
# Verbs of saying that, negated or refused, say nothing of their own (_no_answer reads what
# they leave open); a negated denial is a concession and stays.
_NO_ANSWER = frozenset("say comment respond reply answer elaborate specify disclose mention speculate".split())
# ... of which these, declined or negated, are a comment not given on their topic (the others
# withhold a thing: "refused to disclose detailed medical records")
_COMMENTS = _NO_ANSWER - {"specify", "disclose", "mention"}


def _no_answer(verb: Token, refusal: Token | None, text: str) -> Frame | None:
    """A comment declined or not given takes no side (stance.LEAVING_OPEN) on what it names:
    "did not say whether C", "declined to comment on the reports" (which answer the report
    before), "did not immediately respond to a request for comment"; bare "declined to
    comment" is a refusal of "to comment", as PolNeAR marks it. Nothing when nothing is named
    ("has not commented")."""
    holder = refusal if refusal is not None else verb
    subj = _subject(holder)
    if subj is None or _asked(holder, subj):
        return None
    cue_start = _left_start(holder)
    # what was not said: "whether C", "how many …", "that C" (German "sagte nicht, ob / wie viele / dass")
    question = next((c for c in verb.rights if c.dep_ == "ccomp" or _is_question(c)), None)
    topic = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ in ("on", "about", "to")
                  and any(o.dep_ == "pobj" for o in c.children)), None)
    if question is not None:
        cue, content = _span(cue_start, verb), _span(question.left_edge, question.right_edge)
    elif _lemma(verb) not in _COMMENTS:
        return None  # "refused to disclose detailed medical records": a refusal, not a comment
    elif verb.dep_ == "relcl" and (summed := _summed_up(verb, text)) is not None:
        cue, content = _span(cue_start, verb), summed  # "C, a claim Moscow has not commented on"
    elif topic is not None:
        cue, content = _span(cue_start, topic), _span(topic.right_edge.doc[topic.i + 1], topic.right_edge)
    elif refusal is not None:
        cue, content = _span(cue_start, refusal), _span(verb.left_edge, verb)
    else:
        return None
    return Frame(cue=cue, source=trim(text, _source_span(subj, holder)), content=trim(text, content),
                 kind="indirect_quote", cue_word="leave open", referent=_antecedent(subj, holder))


def _withheld(refusal: Token) -> bool:
    """A refusal to give a comment, a figure or details ("declined to give a precise figure"):
    no side on what was asked (not "refused to make public his tax returns")."""
    return any(c.dep_ == "xcomp" and _lemma(c) in _GIVING and any(
        o.dep_ == "dobj" and o.lemma_.lower() in EN_WITHHELD_NOUNS for o in c.children) for c in refusal.children)


def _refused(verb: Token) -> Token | None:
    """The refusal a verb of saying stands under ("has refused to confirm or deny C",
    "declined to comment", and as German "wollte sich nicht äußern" is translated, "did not
    want to comment"), which names what was not said; None when there is none."""
    for _ in range(3):
        if verb.dep_ not in ("xcomp", "conj") or verb.head is verb:
            return None
        if verb.dep_ == "conj" and any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            return None  # "declined to comment, and Pyongyang has denied them": a clause of its own
        if verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in ("but", "yet") and c.i < verb.i
                                       for c in verb.head.children):
            return None  # "declined to speculate on A but said B": B is said
        verb = verb.head
        if _lemma(verb) in _REFUSALS or (_lemma(verb) in EN_INTENTION_ONLY and _negated(verb)):
            return verb
    return None


def _quoted_as_saying(verb: Token) -> Token | None:
    """"TASS quoted Peskov as saying C": the one quoted is the speaker, not the outlet."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or _lemma(prep.head) not in ("quote", "cite"):
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj"), None)


def _quoted_in_noun_phrase(verb: Token) -> Span | None:
    """"North Korean state media quoted leader Kim Jong Un as saying C": the parser read
    "media quoted leader Kim Jong Un" as one noun phrase; the one quoted is its words after
    "quoted"."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.pos_ not in ("PROPN", "NOUN"):
        return None
    quoting = next((t for t in prep.head.subtree if t.i < prep.head.i and t.tag_ in ("VBN", "VBD")
                    and t.lemma_.lower() in ("quote", "cite")), None)
    if quoting is None:
        return None
    return (verb.doc[quoting.i + 1].idx, prep.head.idx + len(prep.head))


def _citing_source(tok: Token) -> Token | None:
    """The source a "citing" aside names: its object, when a name or a source noun."""
    if tok.lower_ != "citing" or tok.dep_ != "advcl":
        return None
    cited = next((o for o in tok.children if o.dep_ == "dobj"), None)
    # "citing intelligence from the NIS": whom it is from; "… from its military": the
    # speaker's own, who stays the source
    author = next((o for p in cited.children if p.dep_ == "prep" and p.lower_ == "from"
                   for o in p.children if o.dep_ == "pobj"), None) if cited is not None else None
    return _citing_source_noun(author if author is not None else cited)


def _citing_source_noun(cited: Token | None) -> Token | None:
    """A name or a source noun, not the speaker's own ("citing its intelligence service":
    the speaker stays the source)."""
    if cited is None or any(c.dep_ == "poss" and c.lower_ in EN_POSSESSIVE_PRONOUNS for c in cited.children):
        return None
    return cited if cited.pos_ == "PROPN" or cited.lower_ in SOURCE_NOUNS else None


def _cited(verb: Token) -> Token | None:
    """"CNN reported, citing two US officials, that C": the officials are the source of C,
    the outlet relays it (as "TASS quoted Peskov as saying C"). "Citing intelligence
    reports" or "citing a threat" names what or why, not who, and leaves the speaker."""
    # the aside hangs from the verb, from its complement, or is the verb's own frame
    complements = [c for c in verb.children if c.dep_ == "ccomp"]
    candidates = [verb, *verb.children, *(g for c in complements for g in c.children)]
    return next((cited for c in candidates if (cited := _citing_source(c)) is not None), None)


_REPORT_NOUNS = EN_CLAIM_NOUNS | EN_FIGURE_NOUNS


# Who fights in a war, and for or against whom: "soldiers fighting for Russia"
_COMBATANTS = frozenset("soldier troop force army unit fighter mercenary man brigade battalion division".split())


def _in_combat(verb: Token) -> bool:
    """"fight for/against" a state, a people or an army, or fought by combatants."""
    subj = _subject(verb)
    if subj is not None and subj.lemma_.lower() in _COMBATANTS:
        return True
    return any(o.ent_type_ in ("GPE", "NORP") or o.lemma_.lower() in _COMBATANTS
               for c in verb.rights if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj")


def english_frames(doc: Doc) -> list[Frame]:
    text = doc.text
    frames: list[Frame] = []
    quotes = find_quotes(text)

    def quoted(tok: Token) -> bool:
        return any(q[0] < tok.idx < q[1] for q in quotes)

    def quoted_name(tok: Token) -> bool:
        """In a quotation that is a name: 'The "Washington Post" reported'."""
        words = next((text[q[0] + 1 : q[1] - 1].split() for q in quotes if q[0] < tok.idx < q[1]), [])
        return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words)

    answered_last: set[int] = set()  # participles a sentence-final frame took (_participle_last)
    for tok in doc:
        if tok.i in answered_last:
            continue
        if tok.lower_ in ("according", "after", "per"):
            frame = _according_to(tok, doc, text) if tok.lower_ == "according" else _per(tok, text) \
                if tok.lower_ == "per" else _after_information(tok, doc, text)
            if frame is not None:
                frames.append(frame)
            continue
        if tok.pos_ == "NOUN" and (frame := _verb_read_as_noun(tok, text)) is not None:
            frames.append(frame)
            continue
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _REPORT_NOUNS:
            frame = _claim_noun(tok, text) if tok.lemma_.lower() in EN_CLAIM_NOUNS else _figure_noun(tok, text)
            if frame is not None:
                frames.append(frame)
            continue
        if tok.lower_ in _REPORT_ADVERBS:
            frame = _report_adverb(tok, text)
            if frame is not None:
                frames.append(frame)
            continue
        if tok.lower_ in EN_ATTITUDE_ADJECTIVES:
            frame = _attitude_frame(tok, text)
            if frame is not None:
                frames.append(frame)
                continue
        if (frame := _said_name(tok) or _so_name(tok)) is not None:
            frames.append(frame)
            continue
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        if tok.dep_ == "ROOT" and tok.lemma_.lower() == "have" and (frame := _participle_last(tok, text)) is not None:
            frames.append(frame)
            answered_last.add(next(t.i for t in reversed(tok.sent) if not t.is_punct))
            continue
        if (frame := _as_by(tok, text) or _figure_at(tok, text) or _left_open(tok, text) or _received_from(tok, text)
                or _kept_silent(tok, text) or _not_mentioned(tok, text) or _no_comment_given(tok, text)
                or _reported_by(tok, text)) is not None:
            frames.append(frame)
            continue
        lemma = _lemma(tok)
        stance = _stance_object(tok) if tok.lemma_.lower() in EN_LIGHT_VERBS else None
        reporting = (lemma in EN_REPORT_VERBS or stance is not None or _that_clause_verb(tok) or _puts_it(tok)
                     or (lemma in _TRANSLATED_AS and _as_mark(tok) is not None)
                     or (lemma in _NO_ANSWER and _negated(tok)))  # "did not specify how many"
        if tok.dep_ == "acl" and (frame := _summed_up_by(tok, text)) is not None:
            frames.append(frame)
            continue
        # (a participle after a noun reports nothing, but with a subject it is a relative
        # clause: "C, a claim Moscow has neither confirmed nor denied")
        if not reporting or tok.dep_ in ("amod", "compound") or (
                tok.dep_ == "acl" and tok.tag_ != "VBG" and not any(c.dep_ == "nsubj" for c in tok.children)):
            continue
        if _condition_of_source(tok):
            continue
        if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
            continue  # "said C, without confirming that …", "It goes without saying": nothing said
        if lemma == "speak" and any(c.dep_ == "dobj" and c.ent_type_ in ("LANGUAGE", "NORP") for c in tok.children):
            continue  # "many of them do not speak Russian": a language spoken, nothing said
        if lemma == "fight" and _in_combat(tok):
            continue  # "North Korean soldiers are fighting for Russia": a war fought, nothing argued
        if (lemma in EN_INTENTION_ONLY and not _wants_to_have_done(tok)) or (
            tok.dep_ == "xcomp" and tok.head.lemma_.lower() in EN_INTENTION_ONLY and _refused(tok) is None
        ):
            continue  # an intention, not an act of saying (EN_INTENTION_ONLY)
        if lemma in _ASPECTUAL and any(c.dep_ == "xcomp" for c in tok.children):
            continue  # "continues to insist": the cue of the verb it governs
        if _citing_source(tok) is not None and not any(c.dep_ == "ccomp" for c in tok.children):
            continue  # "CNN reported, citing two US officials, that C": the source of C (_cited)
        if lemma in _NO_ANSWER and _negated(tok):
            # "did not respond to a request for comment", "did not say whether C": no side
            if (frame := _no_answer(tok, None, text)) is not None:
                frames.append(frame)
            continue
        if lemma in _NO_ANSWER and tok.dep_ == "advcl" and any(
                o.lemma_.lower() in ("question", "request", "query") for p in tok.children if p.dep_ == "prep"
                for o in p.children if o.dep_ == "pobj"):
            continue  # "Responding to a question about the troops, Putin said": the occasion
        refusal = _refused(tok)
        unsaid = next((c for c in tok.children if c.dep_ == "xcomp" and _lemma(c) in _NO_ANSWER
                       and _lemma(c) not in EN_REPORT_VERBS), None) if lemma in _REFUSALS else None
        if unsaid is not None:
            # "declined to speculate on the reports": a comment not given (the verb reports nothing of its own)
            if (frame := _no_answer(unsaid, tok, text)) is not None:
                frames.append(frame)
            continue
        if (refusal is not None and lemma not in EN_ANSWER_VERBS) or (lemma in _REFUSALS and any(
                c.dep_ == "xcomp" and _lemma(c) in EN_SPEECH_VERBS for c in tok.children)):
            # "declined to comment (on the reports)": no side (the refusal itself is read at its verb)
            if refusal is not None and lemma in _NO_ANSWER and (frame := _no_answer(tok, refusal, text)) is not None:
                frames.append(frame)
            continue
        if any(_quoted_as_saying(g) is not None for c in tok.children if c.lower_ == "as" for g in c.children):
            continue  # "cited Budanov as saying C": the frame is Budanov's "saying"
        if tok.dep_ == "advcl" and (tok.tag_ == "VBN" or lemma == "ask") and not any(
            c.dep_ in _SUBJECT_DEPS or c.dep_ == "agent" for c in tok.children
        ):
            continue  # "when asked about it", "Asked whether …, X said" (tagged a past): the one asked
        if _is_asked_aside(tok):
            continue  # "Peskov, asked about the reports, said": likewise
        if _told_in_a_headline(tok):
            continue  # "North Korean families told sons died": they were told
        if _rubric_question(tok):
            continue  # "What they're saying:", "What we're hearing:": a rubric, the quotation after it another's
        if lemma == "post" and not _BEFORE_A_COLON.match(text, tok.idx + len(tok)):
            continue  # "posted one-sided news": only "posted (on X last night):" or "that C" gives what was posted
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children):
            continue  # "could send more soldiers if the Kremlin asked for them": a condition, not a report
        if tok.dep_ != "ROOT" and any(c.dep_ == "mark" and c.lower_ == "whether" for c in tok.children):
            continue  # "did not say whether Japan had confirmed the deployment": a question, not a report
        if any(c.dep_ == "auxpass" for c in tok.children):
            # "was told": the reported-to, not the reporter. The reporter is named in a
            # by-phrase or not at all ("was accused of C", "is said to C").
            frame = _passive_frame(tok, text) or _unnamed_passive(tok, text)
            if frame is not None:
                frames.append(frame)
            continue
        content = _content(tok, text)
        cue = _cue_span(tok)
        if _puts_it(tok):
            cue = (cue[0], max(cue[1], *(c.idx + len(c) for c in tok.children if c.dep_ == "dobj")))
        if stance is not None:
            cue = (cue[0], stance[0].idx + len(stance[0]))
            content = trim(text, _span(stance[1].left_edge, stance[1].right_edge))
        anonymous = content is not None and _ANONYMITY_ONLY.fullmatch(text, *content) is not None
        if anonymous:
            # "who spoke on the condition of anonymity", "insisted on anonymity": how they
            # spoke, not what; a speaker for the quotation next to it
            content = None
        if content is None and lemma not in EN_SPEECH_VERBS and not anonymous:
            continue
        if content is not None and _ANONYMITY.match(text, content[0]):
            continue  # "who asked not to be named": a condition of the source, not a claim
        if content is not None and cue[0] < content[0] < cue[1]:
            cue = trim(text, (cue[0], content[0])) or cue  # "said so": the adverb is content
        if refusal is not None:
            cue = (min(cue[0], _left_start(refusal).idx), cue[1])  # "declined to confirm", "did not want to confirm"
            if content is not None and content[1] <= cue[0]:
                # "Asked whether C, Peskov declined to confirm": what was asked, else nothing
                asked = next((c for c in refusal.children if c.dep_ == "advcl" and _lemma(c) == "ask"), None)
                question = next((c for c in asked.children if c.dep_ == "ccomp"), None) if asked is not None else None
                content = trim(text, _span(question.left_edge, question.right_edge)) if question is not None else None
                if content is None:
                    continue
        holder = tok
        issuer = _issuer(tok)
        if issuer is not None and _subject(issuer) is not None:
            holder, cue = issuer, (_cue_span(issuer)[0], cue[1])
        subj = _quoted_as_saying(tok) or _cited(tok) or _subject(holder)
        if subj is not None and quoted(subj) and not quoted(tok) and not quoted_name(subj):
            subj = None  # the parser took a word of a quotation for the speaker
        if subj is None:
            subj = _bare_name_before(tok)
        named = (_named_after_quote(tok) or _quoted_in_noun_phrase(tok)) if subj is None and lemma in EN_SPEECH_VERBS \
            else None
        if named is not None:
            if content is not None and content[0] < named[1] and named[0] < content[1]:
                content = None  # (the parser's clause holds the speaker: the quotation before is what was said)
            frames.append(Frame(cue=cue, source=named, content=content, kind="indirect_quote",
                                cue_word=lemma, negated=_negated(tok) or refusal is not None))
            continue
        if subj is None or _asked(holder, subj) or subj.lower_ in ("'s", "’s", "you") or _on_a_label(holder):
            continue  # (… or "Let's say you think …": a supposition, not a speaker)
        source = _source_span(subj, holder)
        frames.extend(
            Frame(
                cue=cue,
                source=trim(text, source) or source,
                content=part,
                kind="indirect_quote",
                # "declined to give a precise figure", "refused to make a statement": a comment
                # withheld (stance.LEAVING_OPEN), not a thing said
                cue_word="leave open" if lemma in _REFUSALS and _withheld(tok) else lemma,
                # "refused to confirm or deny C", "declined to confirm C": a confirmation not
                # given (stance neither), as "did not confirm"
                negated=_negated(tok) or refusal is not None,
                referent=_antecedent(subj, tok),
            )
            for part in (_no_side_but(tok, content, text) or [content])
        )
    for f in frames:
        # "Kim vowed to support Russia's war, according to KCNA": the source of the whole
        # sentence is no part of what Kim vowed; nor is "Pyongyang says it has sent no one,
        # which is just false" what Pyongyang says (the one quoting judges it)
        outer = _SOURCED_END.search(text, *f.content) if f.content and f.kind != "according_to" else None
        outer = outer or (_JUDGED_END.search(text, *f.content) if f.content else None)
        if outer is not None and outer.start() > f.content[0]:
            f.content = trim(text, (f.content[0], outer.start())) or f.content
        # "X went further: the deployment, he told RBC, was C": a report set into what follows a
        # colon says only that
        if f.content and f.cue and f.source and f.content[0] < f.source[0] < f.cue[0] \
                and text[: f.source[0]].rstrip().endswith(",") \
                and (colon := _SET_OFF_COLON.search(text, f.content[0], f.source[0])) is not None \
                and not any(q[0] < colon.start() < q[1] for q in quotes):
            f.content = trim(text, (colon.end(), f.content[1])) or f.content
        if f.content and (tail := _AND_THEN.search(text, *f.content)) is not None and tail.start() > f.content[0]:
            f.content = trim(text, (f.content[0], tail.start())) or f.content  # "C1, and" before another's report
        # "called the deployment a 'provocation' and said C2": the speaker's next report is its own
        for g in frames:
            if g is not f and f.content and g.cue and g.source == f.source and f.content[0] < g.cue[0] < f.content[1] \
                    and (joined := _AND_THEN.search(text, f.content[0], g.cue[0])) is not None:
                f.content = trim(text, (f.content[0], joined.start())) or f.content
    return frames


_BEFORE_A_COLON = re.compile(r"[^.:;,\"“‘']{0,40}(?::|\bthat\b)")
_SET_OFF_COLON = re.compile(r"(?<!\d):\s+(?=[^:]*$)")
_AND_THEN = re.compile(r",?\s+(?:and|but)\s*$")

_SOURCED_END = re.compile(r",\s+according\s+to\b[^,;.]*$")
_JUDGED_END = re.compile(r",\s+which\s+(?:is|was)\s+(?:just\s+|simply\s+|completely\s+|totally\s+)?"
                         r"(?:false|untrue|not\s+true|a\s+lie|nonsense|wrong|incorrect)\b[^,;.]*$")


def actor_mentions(doc: Doc) -> list[Span]:
    """Organisations and states named in the text, for an "it" to stand for; a place in an
    adverbial phrase ("In Kyiv, it said") is where, not who."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "GPE"):
            continue
        head = ent.root.head
        if head.dep_ == "prep" and head.i != ent.root.i and head.head.pos_ in ("VERB", "AUX"):
            continue
        out.append((ent.start_char, ent.end_char))
    return out
