"""English attribution frames from the spaCy dependency parse (one pass over the tokens).

Patterns:
- reporting verb with a clause complement: "X said (that) C", "C, X said" (the parser
  makes C the verb's ccomp either way);
- reporting verb hanging off the content clause ("C, he added" parsed as parataxis);
- reporting verb with no complement but a quotation next to it ('"…," Putin said') —
  the quotation is attached later by frames.attach_quotes;
- "according to X".
Subjects are inherited through coordination and participles ("… and added", ", saying").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.attribution.cues import EN_COGNITION_VERBS, EN_REPORT_VERBS, EN_SPEECH_VERBS
from extract.attribution.frames import Frame, Span, trim

_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_INHERIT_DEPS = ("conj", "advcl", "xcomp", "ccomp", "parataxis")
_RELATIVE = {"who", "which", "that", "whom"}


def _subject(verb: Token) -> Token | None:
    """The grammatical subject, inherited through coordination and participles."""
    tok = verb
    for _ in range(3):
        subj = next((c for c in tok.children if c.dep_ in _SUBJECT_DEPS), None)
        if subj is not None:
            if subj.lower_ in _RELATIVE and tok.dep_ == "relcl":
                return tok.head
            return subj
        if tok.dep_ in ("conj", "advcl", "xcomp") and tok.head is not tok:
            tok = tok.head
            continue
        return None
    return None


def _source_span(subj: Token, verb: Token) -> Span:
    """The subject's phrase, without any relative clause that contains the verb."""
    left = subj.left_edge.idx
    right_tok = subj.right_edge
    if verb.i <= right_tok.i and verb.i >= subj.left_edge.i:
        right_tok = subj
    return (left, right_tok.idx + len(right_tok))


def _cue_span(verb: Token) -> Span:
    """The verb with its auxiliaries and negation right before it, and its particle."""
    start_tok = verb
    for child in reversed(list(verb.lefts)):
        if child.dep_ in ("aux", "neg") and child.i == start_tok.i - 1:
            start_tok = child
        else:
            break
    end_tok = verb
    for child in verb.rights:
        if child.dep_ == "prt" and child.i == end_tok.i + 1:
            end_tok = child
    return (start_tok.idx, end_tok.idx + len(end_tok))


def _span(tokens_left: Token, tokens_right: Token) -> Span:
    return (tokens_left.idx, tokens_right.idx + len(tokens_right))


def _according_to(tok: Token, doc: Doc, text: str) -> Frame | None:
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
        return None
    to = doc[tok.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        # The parser sometimes hangs the object on "according" itself.
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.i <= to.i:
        return None
    source = _span(doc[to.i + 1], pobj.right_edge)
    sent = tok.sent
    before = trim(text, (sent.start_char, tok.idx))
    after = trim(text, (source[1], sent.end_char))
    sizes = [(s[1] - s[0], s) for s in (before, after) if s is not None]
    if not sizes:
        return None
    content = max(sizes)[1]
    return Frame(
        cue=(tok.idx, to.idx + len(to)),
        source=source,
        content=content,
        kind="according_to",
        cue_word="according to",
    )


def _content(verb: Token, text: str) -> Span | None:
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    if comps:
        comp = max(comps, key=lambda c: c.right_edge.i - c.left_edge.i)
        return trim(text, _span(comp.left_edge, comp.right_edge))
    # "C, he added": the parser may hang the reporting verb off the content clause.
    if verb.dep_ in ("parataxis", "ccomp", "conj") and verb.head.i < verb.i:
        head = verb.head
        if head.dep_ == "ROOT" or head.dep_ == "parataxis":
            return trim(text, (head.left_edge.idx, verb.left_edge.idx))
    return None


def english_frames(doc: Doc) -> list[Frame]:
    text = doc.text
    frames: list[Frame] = []
    for tok in doc:
        if tok.lower_ == "according":
            frame = _according_to(tok, doc, text)
            if frame is not None:
                frames.append(frame)
            continue
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        lemma = tok.lemma_.lower()
        if lemma not in EN_REPORT_VERBS or tok.dep_ in ("amod", "compound", "acl"):
            continue
        if any(c.dep_ == "auxpass" for c in tok.children):
            continue  # "was told", "is said to be": the reported-to, not the reporter
        content = _content(tok, text)
        if content is None and lemma not in EN_SPEECH_VERBS:
            continue
        if lemma in EN_COGNITION_VERBS and lemma not in EN_SPEECH_VERBS and content is None:
            continue
        subj = _subject(tok)
        if subj is None:
            continue
        frames.append(
            Frame(
                cue=_cue_span(tok),
                source=_source_span(subj, tok),
                content=content,
                kind="indirect_quote",
                cue_word=lemma,
                negated=any(c.dep_ == "neg" for c in tok.children),
            )
        )
    return frames
