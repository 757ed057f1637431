"""Attribution frames, and the language-independent steps that turn them into quotes.

A frame is one act of attribution found by a language module: a cue (the reporting verb,
"according to", "laut", a headline colon), the source span, and the content span when the
grammar gives one. `headline_frames` adds frames read off the layout of a line: headline
and transcript colons ('Putin: "…"', 'WALLACE: …') and signed quotes ('"…" ― Name');
`title_case_frames` reads English title-case headlines, which the parser cannot.
`attach_quotes` then decides which quotations belong to which frame:

- a quotation directly before the frame ('"…," Putin said') or directly after it
  ('Putin said: "…"', 'told journalists, "…"') is that frame's direct quote, unless the
  frame's own content is mostly narration around it ('there have "already been losses",
  said Selensky' stays one indirect claim holding the whole clause);
- a quote split around its speaker ('"…," Putin said, "but …"') yields one claim per quote
  segment, both with the same speaker and cue: a claim's text must be one contiguous span of
  the article, and each segment is a verbatim citation on its own;
- a frame whose content is (almost) all one quotation becomes a direct quote of it;
- 'X added:' closing a paragraph: the next paragraph is the content;
- a whole-sentence quotation that no frame claims goes to a frame later in its own
  sentence, else to the nearest frame up to four sentences back in the same or previous
  paragraph (a speaker introduced before), else to a frame in the next sentence of the
  same paragraph; only a frame after the quote lends it its cue;
- a verb or subject inside a quotation is the quoted person's, never a new frame;
- a quotation inside narration, in a sentence with no cue, right after a sentence whose
  frame names a speaker, continues that speaker's statement.
`back_references` turns "X cited the figures" into one claim per sentence of figures
before it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from extract.attribution.cues import EN_DENIAL_VERBS, EN_SPEECH_VERBS
from extract.attribution.quotes import n_words
from extract.entities.resolve import DE_BODY_ENDINGS, ENGLISH_ROLE_WORDS, GERMAN_ROLE_ENDINGS, lookup
from extract.months import WEEKDAYS
from extract.nlp import CITATION

Span = tuple[int, int]


@dataclass
class Frame:
    cue: Span | None
    source: Span | None
    content: Span | None
    kind: str  # direct_quote | indirect_quote | according_to
    cue_word: str = ""  # lemma or lowered form, for stance rules
    negated: bool = False
    # What a relative-pronoun source ("X, who said") stands for: the speaker's name is
    # read from here, while the source span stays the pronoun, as annotators mark it.
    referent: Span | None = None


# (or a dash and a demonstrative standing for the quotation: "„C“ – das sagte Peskow")
_LINE_GAP = re.compile(r"[ \t]*\n[ \t]*\Z")
_GAP_BEFORE = re.compile(r"^[ \t,;:—–-]{0,4}\Z|^\s*[—–]\s+(?:das|dies)\s+$")
_GAP_AFTER_TIGHT = re.compile(r"^[\s,:—–-]{0,4}$")
_GAP_AFTER_INTRO = re.compile(r"^[^“”\"„»«‘\n.!?]{0,70}[,:]\s*$")
# A summary's bullets (and the dashes that serve as ones: "- Pentagon: 8,000 …")
BULLETS = "•▪►·*"
_TRIM = " \t\n\r,;:.!?—–-\"“”„»«‘’'" + BULLETS
_HEADLINE = re.compile(
    # A transcript excerpt may open with a quote mark ('"WALLACE: Let's start …'), a live
    # ticker's entry with its time ('+++ 14:32 Uhr: Selenskyj: … +++', '+++ 08:20 +++ Seoul: …',
    # '14:32 GMT - Zelensky: …').
    # (or a bullet: '- Pentagon: 8,000 North Koreans in Kursk region'; or a wire flash's star:
    # '*PESKOV: NO NORTH KOREAN TROOPS IN KURSK')
    r"^[ \t]*(?:(?P<bullet>[-" + BULLETS + r"][ \t]+)|\*(?=[A-Z]{2}))?(?:\+{2,}[ \t]*)?(?:\d{1,2}[:.]\d{2}(?:[ \t]+(?:Uhr|GMT|UTC|CET|CEST|MEZ|MESZ|ET|EST|EDT|BST|KST))?"
    r"[ \t]*(?:[:–—-]|\+{2,})?[ \t]+(?!Uhr\b))?"
    r"[\"“]?(?P<src>(?:[A-ZÄÖÜ][\w.’'\-]*[ \t]+){0,4}[A-ZÄÖÜ][\w.’'\-]*)"
    # a press conference's speaker with their office ('Hebestreit (BReg):', 'Wagner (AA):')
    r"(?:[ \t]+\((?P<office>[^()\n]{1,30})\))?"
    # what the quotation is about: 'Zelensky on North Korea: "A new stage of escalation"' (one
    # phrase: 'Asked about the reports, Peskov told reporters: "…"' is a sentence)
    r"(?P<topic>[ \t]+(?:on|about|über|zu|zur|zum)[ \t]+[^:\n\"“„,]{1,40}?)?[ \t]*:[ \t]+"
    r"(?P<content>\S[^\n]*?)[ \t]*(?:\+{2,}[ \t]*)?$",
    re.MULTILINE,
)
# Wire headlines name the source last: "N. Korea involvement … of conflict: US, allies".
_HEADLINE_SOURCE_LAST = re.compile(
    r"^[ \t]*(?P<content>[^\n:]*[^\s:.!?–—-])[ \t]*(?P<sep>:|[–—-])[ \t]+"
    r"(?P<src>[A-ZÄÖÜ][\w.’'\-]*(?:,?[ \t]+[\w’'\-]+){0,3})[ \t]*$",
    re.MULTILINE,
)
# A headline's tail that names no source: "…, Zelensky Claims: What We Know"
_TAIL = (r"what\s+(?:we\s+know|to\s+know|we\s+know\s+so\s+far|happens\s+next)|live\s+updates?|the\s+latest|explained"
         r"|explainer|timeline|key\s+takeaways|was\s+wir\s+wissen|was\s+bekannt\s+ist|die\s+lage\s+im\s+überblick")
_HEADLINE_TAIL = re.compile(_TAIL, re.IGNORECASE)
_TAIL_AT_END = re.compile(rf":\s*(?:{_TAIL})\s*$", re.IGNORECASE)  # (ending a line)
# Lower-case words that may stand in such a source ("US, allies", "EU officials").
_SOURCE_GROUP_WORDS = frozenset(
    "allies officials sources experts analysts diplomats authorities media military police and".split()
)
_INITIALISM = re.compile(r"\b(?:[A-Z]\.){2,}$")  # "U.S."
# Web copy often opens such a quote with a closing mark (”…”), so either opens it.
_SIGNED_QUOTE = re.compile(
    r"(?P<q>[“”\"][^\n]+[”\"])[ \t\xa0]*(?P<dash>[―—])[ \t\xa0]*"
    r"(?P<src>[A-Z][\w.\-’']*(?:[ \t\xa0]+[A-Z][\w.\-’']*){0,4})[ \t\xa0.]*$",
    re.MULTILINE,
)
# ... and an embedded post signed with its author's handle and date, quoted or not:
# '"North Korean troops …" — Dmytro Kuleba (@DmytroKuleba) November 5, 2024'
_SIGNED_POST = re.compile(
    r"^[ \t]*(?P<q>\S[^\n]*?)[ \t\xa0]*(?:pic\.twitter\.com/\S+[ \t\xa0]*)?(?P<dash>[―—–])[ \t\xa0]*"
    r"(?P<src>[A-ZÄÖÜ][\w.\-’']*(?:[ \t\xa0]+[A-ZÄÖÜ][\w.\-’']*){0,4})[ \t\xa0]*\(@\w{1,30}\)"
    r"(?:[ \t\xa0]+(?:[\d:.,·|]|[AP]M\b|[A-ZÄÖÜ][a-zäöü]{2,8}\.?|[ \t\xa0])*)?$",  # (then its date and time, or nothing)
    re.MULTILINE,
)
# A transcript's labels of a question, and a page's rubrics: no sources
QUESTION_LABELS = frozenset("frage zusatzfrage nachfrage moderator moderatorin".split())
RUBRICS = frozenset("liveblog newsblog ticker newsticker news-ticker live-ticker eilmeldung".split())
_HEADLINE_NOT_SOURCES = frozenset(
    """update source sources photo photos foto fotos bild video watch read note editor image
    quelle mehr related also exclusive breaking opinion analysis comment comments kommentar
    kommentare live warning disclaimer tags tag topics share follow subscribe advertisement
    anzeige werbung date datum by von copyright credit credits caption file q a
    question questions answer frage fragen antwort interview hintergrund zwischenüberschrift
    stand published updated veröffentlicht aktualisiert fact factcheck faktencheck faktenfuchs verdict claim
    behauptung bewertung correction korrektur korrekturhinweis hinweis anmerkung graphics grafik scoop
    clarification richtigstellung klarstellung berichtigung erratum
    explainer listen quellen casualties killed wounded dead losses tote verletzte verluste""".split()
) | frozenset(WEEKDAYS) | QUESTION_LABELS | RUBRICS
# ... and labels that are the page's only as a whole ("Allerdings:", not "Allerdings Peskow:";
# "Press Release:", not "Press Secretary Sabrina Singh:")
_WHOLE_LABELS = frozenset("""allerdings aber doch jedoch immerhin trotzdem dennoch zudem außerdem und übrigens
    however but still also press""".split()) | {"press release"}


_CAPTION = re.compile(r"(?i)mitte|links|rechts|l\.|r\.|m\.|center|centre|left|right|file|archiv|archive|foto|photo")
# Heads of a hyphenated label that name someone, not a topic: "US-Regierung:", "Nato-Diplomat:"
_SOURCE_HEADS = DE_BODY_ENDINGS + ("diplomat", "diplomaten", "offizier", "offiziere", "kreise", "quelle", "quellen",
                                   "beamte", "beamter", "armee", "militär")


# A line's speaker label: "Kiesewetter:", "Christoph Heinemann:"
LINE_LABEL = r"[ \t]*[\"“„]?([A-ZÄÖÜ][\w.'’-]*(?:[ \t]+[A-ZÄÖÜ][\w.'’-]*){0,3}):[ \t]"
_TURN_LABEL = re.compile("(?m)^" + LINE_LABEL)


def is_transcript(text: str) -> bool:
    """Speakers taking turns: labelled lines whose label changes back to one before ("A: …
    B: … A: …"; a page of headlines may name one speaker on two lines in a row)."""
    labels = [m for m in _TURN_LABEL.findall(text) if not is_page_label(m)]
    turns = [a for a, b in zip(labels, labels[1:] + [None]) if a != b]
    return len(turns) > len(set(turns)) >= 2


def is_page_label(label: str) -> bool:
    """A label before a colon that is the page's, not a source: "Update:", "Hinweis:",
    "Fact Check:", or a rubric."""
    return label.split()[0].lower().strip(".") in _HEADLINE_NOT_SOURCES or label.lower() in _WHOLE_LABELS \
        or is_rubric(label)


def is_rubric(label: str) -> bool:
    """A German rubric before a headline's colon, not its source: "Ukraine-Krieg:",
    "Kursk-Einsatz:", "Nordkorea-Truppen:", "News-Ticker:" (a hyphenated compound; not one
    that names someone: "US-Außenministerium:", "Nato-Diplomat:", "Kreml-Sprecher:",
    "Ex-Offizier:")."""
    if label.lower() in RUBRICS:
        return True
    if " " in label or "-" not in label or label.lower().startswith("ex-") or lookup(label, fuzzy=False) is not None:
        return False
    head = label.rsplit("-", 1)[1].lower()
    return head[:1].isalpha() and not head.endswith(GERMAN_ROLE_ENDINGS + _SOURCE_HEADS)


def _bullet_source(label: str, content: str) -> bool:
    """A summary bullet's label is its source when it names a body or a state and what
    follows is a statement ('- Pentagon: 8,000 North Koreans in Kursk'), not a topic ('-
    Killed: …', '- Friday: …', '- Kursk: …') nor a note of what it did ('- Russia: denies …')."""
    known = lookup(label, fuzzy=False)  # (a state or its capital by its QID; not a region: "Kursk")
    return known is not None and (known.label in ("ORG", "PERSON") or known.label == "GPE" and known.id.startswith("Q")) \
        and (content[:1].isupper() or content[:1].isdigit() or content[:1] in "\"“„»'‘")


def _possessed(words: list[str]) -> bool:
    """A label naming someone's soldiers or war, not who speaks: "KIM'S CANNON FODDER:",
    "Kims Soldaten:" (not "Putin's spokesman:", "South Korea's NIS:", "ZELENSKY'S CLAIM:")."""
    return len(words) >= 2 and words[-1].lower() in _OWNED_NOT_SPEAKING and any(
        w.endswith(("'s", "’s", "'S", "’S")) or w.endswith("s") and w[:1].isupper() for w in words[:-1])


_OWNED_NOT_SPEAKING = frozenset("""fodder soldiers troops men army war gamble mercenaries boys
    soldaten truppen armee krieg kanonenfutter söldner männer""".split())


def _names_someone(label: str) -> bool:
    """A label of four or five words names someone: by title ("NATO Secretary General Mark
    Rutte", "Zelensky Aide Mykhailo Podolyak"), by a name the gazetteer knows, or as someone's
    ("South Korea's Cho Tae-yul"); not a title-case headline ("Ukraine Foreign Minister Warns
    Pyongyang", "Veto Power Impedes Peace Efforts")."""
    words = label.split()
    if any(w.lower() in _HEADLINE_VERBS for w in words[1:]):
        return False
    known = lookup(" ".join(words[-2:]), fuzzy=False) or lookup(" ".join(words[-3:]), fuzzy=False)
    owner = re.match(r"(.+?)['’]s\s", label)  # (a state's or a body's: not "Putin's North Korean Gamble")
    owner = lookup(owner.group(1), fuzzy=False) if owner else None
    return (owner is not None and owner.label in ("GPE", "ORG")) or (known is not None and known.label == "PERSON") or any(
        w.lower() in ENGLISH_ROLE_WORDS or w.lower() in ("aide", "adviser", "advisor")
        or w.lower().endswith(GERMAN_ROLE_ENDINGS) for w in words[:-1])


_HEADLINE_VERBS = frozenset("says warns claims tells insists denies urges vows calls slams".split())


# A transcript's courtesies ('Roderich Kiesewetter: Guten Morgen, Herr Heinemann.')
_COURTESY = re.compile(r"(?i)(?:guten\s+(?:morgen|tag|abend)|vielen\s+dank|danke|good\s+(?:morning|afternoon|evening)"
                       r"|thank\s+you|thanks)\b")


# Closing quote mark -> the mark that opens it.
_OPENER = {"”": "“", "“": "„", "«": "»", "»": "«", "’": "‘", '"': '"'}


def trim(text: str, span: Span) -> Span | None:
    """The span without surrounding whitespace, punctuation and quote marks, but for a
    closing mark of a quotation opened inside it ('it was "our business"')."""
    start, end = span
    while start < end and (text[start] in _TRIM or text[start].isspace()):
        start += 1
    if (mark := _CITATION_END.search(text, start, end)) is not None:
        end = mark.start()  # a reference mark closing it: "… verwundet worden seien.[11]"
    limit = end
    while end > start and (text[end - 1] in _TRIM or text[end - 1].isspace()):
        end -= 1
    if start >= end:
        return None
    inside = text[start:end]
    # the mark may stand just past the span, before the sentence's full stop: '"groundless".'
    while limit < len(text) and text[limit] in _TRIM and not text[limit].isspace():
        limit += 1
    for j in range(end, limit):
        opener = _OPENER.get(text[j])
        if opener is not None and (inside.count(opener) % 2 == 1 if opener == text[j]
                                   else inside.count(opener) > inside.count(text[j])):
            return (start, j + 1)
    return (start, end)


_CITATION_END = re.compile(rf"(?:{CITATION})+\s*$")


# Opening quote mark -> the mark that closes it
_CLOSER = {opener: closer for closer, opener in _OPENER.items()}


def with_opening_mark(text: str, span: Span) -> Span:
    """A content span that trim left without the opening mark of a quotation closing inside
    it ('"the first battles" with North Korean soldiers'), with that mark."""
    start, end = span
    opener = text[start - 1] if start > 0 else ""
    if opener not in _CLOSER:
        return span
    body = text[start:end]
    closer = _CLOSER[opener]
    unbalanced = body.count(closer) % 2 == 1 if opener == closer else body.count(closer) > body.count(opener)
    return (start - 1, end) if unbalanced and not body.endswith(closer) else span


def inner(quote: Span) -> Span:
    return (quote[0] + 1, quote[1] - 1)


def headline_frames(text: str) -> list[Frame]:
    """'Putin: "Situation is turning in our favor"', transcript lines 'WALLACE: …', and
    signed quotes '“…” ― Name' (reader comments, epigraphs)."""
    frames = []
    for m in _SIGNED_POST.finditer(text):
        content = trim(text, (m.start("q"), m.end("q")))
        if content:
            frames.append(Frame(cue=(m.start("dash"), m.end("dash")), source=(m.start("src"), m.end("src")),
                                content=content, kind="direct_quote", cue_word="―"))
    for m in _SIGNED_QUOTE.finditer(text):
        if any(f.cue == (m.start("dash"), m.end("dash")) for f in frames):
            continue
        content = trim(text, (m.start("q") + 1, m.end("q") - 1))
        source = trim(text, (m.start("src"), m.end("src")))  # "― Carla Sanchez."
        if content and source:
            frames.append(Frame(cue=(m.start("dash"), m.end("dash")), source=source,
                                content=content, kind="direct_quote", cue_word="―"))
    for m in _HEADLINE.finditer(text):
        words = m.group("src").split()
        if is_page_label(m.group("src")) or _possessed(words):
            continue
        if len(words) > 3 and not _names_someone(m.group("src")):
            continue  # a long label names someone ("NATO Secretary General Mark Rutte:"), not a heading
        if m.group("bullet") and not _bullet_source(m.group("src"), m.group("content")):
            continue
        office = m.group("office")
        if office and (_CAPTION.fullmatch(office) or (known := lookup(m.group("src"), fuzzy=False)) is not None
                       and known.label in ("GPE", "LOC")):
            continue  # "Kursk (Russland):", "Kim Jong Un (Mitte):": a place, a photo's caption
        content = trim(text, (m.start("content"), m.end("content")))
        if content is None or n_words(text[content[0] : content[1]]) < 2 or _COURTESY.match(text, content[0]) \
                or re.fullmatch(r"[^.!?]+\?", text[m.start("content") : m.end("content")].strip()):
            continue  # a greeting or thanks, a question alone: nothing said about the story
        if m.group("topic") and text[m.start("content")] not in "\"“„»'‘":
            continue  # with a topic, only a quotation is what the source said
        colon = text.index(":", m.end("topic") if m.group("topic") else m.end("src"))
        frames.append(
            Frame(
                cue=(colon, colon + 1),
                source=(m.start("src"), m.end("src")),
                content=content,
                kind="indirect_quote",
                cue_word=":",
            )
        )
    frames.extend(_source_last_headlines(text))
    return frames


def _source_last_headlines(text: str) -> list[Frame]:
    """'… a "dangerous expansion" of conflict: US, allies', 'Nordkoreanische Soldaten erleiden
    hohe Verluste – Kiew': a headline line whose short source of names (and group words)
    follows its only colon or a dash."""
    frames = []
    for m in _HEADLINE_SOURCE_LAST.finditer(text):
        src = m.group("src")
        words = re.findall(r"[\w’'.\-]+", src)
        if is_page_label(src) or _HEADLINE_TAIL.fullmatch(src) \
                or any(ch.isdigit() for ch in src) or (
            src.endswith(".") and not _INITIALISM.search(src)  # a sentence, not a headline
        ) or not all(w[:1].isupper() or w.lower() in _SOURCE_GROUP_WORDS for w in words):
            continue
        content = trim(text, (m.start("content"), m.end("content")))
        if content is None or n_words(text[content[0] : content[1]]) < 4:
            continue
        if m.group("sep") != ":" and (lookup(src, fuzzy=False) is None or text[content[0]].isdigit()):
            continue  # after a dash only a known name ("Aug. 8 -- Hollywood Casino Amphitheatre")
        frames.append(Frame(cue=(m.start("sep"), m.end("sep")), source=(m.start("src"), m.end("src")),
                            content=content, kind="indirect_quote", cue_word=":"))
    return frames


# A title-case headline capitalises every word but these.
_TITLE_SMALL = frozenset("a an the of in on at to for and or nor but by from with as into over vs".split())
_WORD = re.compile(r"\S+")
# Verbs of saying whose "-s" form in a headline is more often a noun or an act than a
# statement ("Trump Talks Tough", "Putin Orders Troops").
_NOT_HEADLINE_SAYING = frozenset("talk speak continue order brief signal hint counter echo inform".split())


def title_case_frames(text: str, frames: list[Frame]) -> list[Frame]:
    """"Kremlin Denies Reports Of North Korean Troops In Russia", "North Korean Troops
    Killed In Kursk, Ukraine Says": in title case the small parser takes every word for a
    name and finds no verb, so the verb of saying is read off its form (a capitalised
    "-s" form after a name, or the bare form after a plural: "Officials Say"). Only lines
    with no frame of their own; a name must not hold another "-s" word ("Putin Ignores
    Calls For …" is no call)."""
    found = []
    for line in re.finditer(r"[^\n]+", text):
        tail = _TAIL_AT_END.search(line.group())
        body = line.group()[: tail.start()] if tail else line.group()  # ("…, Zelensky Claims: What We Know")
        words = [(w.start() + line.start(), w.end() + line.start(), w.group()) for w in _WORD.finditer(body)]
        if not 4 <= len(words) <= 25 or not all(_title_word(w) for *_, w in words) or any(
                f.cue and f.content and line.start() <= f.cue[0] < line.end() for f in frames):
            continue
        frame = _title_source_first(text, words) or _title_source_last(text, words)
        if frame is not None:
            found.append(frame)
    return found


def _title_word(word: str) -> bool:
    core = word.strip("\"“”‘’'(),:;.!?-–—")
    return not core or not core[0].isalpha() or core[0].isupper() or core.lower() in _TITLE_SMALL


def _saying(words, k: int) -> str | None:
    """The lemma of a verb of saying at words[k] in a title-case headline, if it is one."""
    word = words[k][2].strip(",.:;!?").lower()
    if word == "states" and k > 0 and words[k - 1][2].lower() == "united":
        return None  # "HEARING ON UNITED STATES EUROPEAN COMMAND"
    plural_before = k > 0 and words[k - 1][2].lower().endswith("s") and not words[k - 1][2].endswith("’s")
    forms = [word[:-3] + "y"] if word.endswith("ies") else [word[:-2], word[:-1]] if word.endswith("es") else (
        [word[:-1]] if word.endswith("s") else [word] if plural_before else [])
    return next((f for f in forms if (f in EN_SPEECH_VERBS or f in EN_DENIAL_VERBS)
                 and f not in _NOT_HEADLINE_SAYING), None)


def _names(words, verb: str) -> bool:
    """Words that can name a source: capitalised, and no "-s" word among them but a
    possessive, an acronym or the plural before a bare verb ("US Officials Say")."""
    bare = not verb.lower().rstrip(",.:;!?").endswith("s")
    return 1 <= len(words) <= 4 and all(
        w[0].isupper() and (not w.endswith("s") or w.endswith(("’s", "'s")) or w.isupper()
                            or (bare and i == len(words) - 1))
        for i, w in enumerate(x[2].strip(",") for x in words))


def _title_source_first(text: str, words) -> Frame | None:
    for k in range(1, min(5, len(words) - 2)):
        lemma = _saying(words, k)
        if lemma is None:
            continue
        content = trim(text, (words[k + 1][0], words[-1][1]))
        if not _names(words[:k], words[k][2]) or content is None:
            return None
        return Frame(cue=words[k][:2], source=(words[0][0], words[k - 1][1]), content=content,
                     kind="indirect_quote", cue_word=lemma)
    return None


def _title_source_last(text: str, words) -> Frame | None:
    lemma = _saying(words, len(words) - 1)
    comma = next((k for k in range(len(words) - 2, max(0, len(words) - 6), -1) if words[k][2].endswith(",")), None)
    if lemma is None or comma is None or not _names(words[comma + 1 : -1], words[-1][2]):
        return None
    content = trim(text, (words[0][0], words[comma][1]))
    if content is None or n_words(text[content[0]:content[1]]) < 3:
        return None
    return Frame(cue=words[-1][:2], source=(words[comma + 1][0], words[-2][1]), content=content,
                 kind="indirect_quote", cue_word=lemma)


_COLON_THEN_LINE = re.compile(r"[^\n.!?“”\"]{0,60}:[ \t\xa0]*\n+[ \t\xa0]*(?P<line>[^\n]+)")
_OPENING = set("“\"„»‘'")


def _block_after_colon(text: str, pos: int) -> Span | None:
    """'X added:' ending a paragraph: the next paragraph is what X said."""
    m = _COLON_THEN_LINE.match(text, pos)
    if m is None:
        return None
    return trim(text, (m.start("line"), m.end("line")))


def anchor(frame: Frame) -> Span:
    """Where a frame stands in the text: its cue and source, or its content when it has neither."""
    spans = [s for s in (frame.cue, frame.source) if s is not None] or [frame.content]
    return (min(s[0] for s in spans), max(s[1] for s in spans))


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _covered(span: Span, quote: Span, share: float = 0.8) -> bool:
    """True when the quotation makes up most of the span."""
    overlap = min(span[1], quote[1]) - max(span[0], quote[0])
    return overlap > 0 and overlap >= share * (span[1] - span[0])


def _introduces(gap: str, content: Span, gap_start: int) -> bool:
    """'commented on this development with the following words: "…"': a colon before the
    quotation announces it, so the quotation, not the topic before the colon, was said."""
    return gap.rstrip().endswith(":") and gap_start <= content[0] and content[1] <= gap_start + len(gap)


def attach_quotes(
    text: str, frames: list[Frame], sentence_starts: list[int], line_of, quotes: list[Span]
) -> list[Frame]:
    """Direct quotes (`quotes`: find_quotes(text)) for frames next to quotations; see the
    module docstring."""
    out: list[Frame] = []
    silent: list[Frame] = []
    used: set[Span] = set()
    def in_quote(span: Span | None) -> bool:
        return span is not None and any(q[0] < span[0] and span[1] < q[1] for q in quotes)

    for frame in sorted(frames, key=lambda f: anchor(f)[0]):
        if in_quote(frame.cue) or (frame.cue and in_quote(frame.source)):
            continue  # a verb or subject inside someone's quotation is theirs
        if frame.cue is None and frame.content is not None:
            # reported speech going on in a later sentence ("Die Lage sei ernst."): its
            # source is borrowed from the sentence before, and so are the quotes there
            out.append(frame)
            continue
        a_start, a_end = anchor(frame)
        mine: list[Span] = []
        for q in quotes:
            if q[1] <= a_start:
                # (across a line break only from a quotation left open with a comma: '"…,"\nsaid X')
                if (_GAP_BEFORE.match(text[q[1] : a_start]) or text[q[1] - 2] == "," and _LINE_GAP.match(
                        text[q[1] : a_start])) and (
                    frame.content is None or _overlap(frame.content, q) > 0
                ):
                    mine.append(q)
            elif q[0] >= a_end:
                gap = text[a_end : q[0]]
                # A quotation on the next line belongs to a frame before the line ends
                # in a colon ('X said:'), not to one that closes its own line ('"…" ― X').
                if "\n" in gap and ":" not in gap:
                    break
                if _GAP_AFTER_TIGHT.match(gap) or (
                    _GAP_AFTER_INTRO.match(gap)
                    and (frame.content is None or _covered(frame.content, q, 0.5)
                         or frame.content[0] >= q[0] or _introduces(gap, frame.content, a_end))
                ):
                    mine.append(q)
                break  # only the first quotation after the frame can be its own
            elif frame.content and _covered(frame.content, q):
                mine.append(q)
        # A one- or two-word quote next to a frame is usually a scare quote inside
        # indirect speech; keep it only when the frame found no content of its own.
        if frame.content is not None:
            mine = [q for q in mine if n_words(text[q[0] : q[1]]) > 2 or _covered(frame.content, q)]
        # A frame whose own content is mostly narration keeps it: the quotation is only
        # a fragment of the reported sentence ('there have "already been losses", said X').
        if mine and frame.content is not None:
            quoted = sum(max(0, min(q[1], frame.content[1]) - max(q[0], frame.content[0])) for q in mine)
            if quoted and quoted < 0.5 * (frame.content[1] - frame.content[0]):
                mine = []
        if mine:
            for q in mine:
                used.add(q)
                content = trim(text, inner(q))
                if content:
                    out.append(replace(frame, content=content, kind="direct_quote"))
        elif frame.content is not None:
            out.append(frame)
        elif (block := _block_after_colon(text, a_end)) is not None:
            out.append(replace(frame, content=block, kind="direct_quote" if text[block[0] - 1] in _OPENING else "indirect_quote"))
        else:
            silent.append(frame)  # "X spoke to reporters": a speaker for the next quote
    out.extend(_orphan_quotes(text, quotes, used, out, silent, sentence_starts, line_of))
    return out


def _orphan_quotes(text, quotes, used, frames, silent, sentence_starts, line_of) -> list[Frame]:
    """Whole-sentence quotations with no frame of their own (speaker in a neighbour)."""

    def sent_of(pos: int) -> int:
        return bisect.bisect_right(sentence_starts, pos) - 1

    covered = [f.content for f in frames if f.content] + [f.source for f in frames if f.source]
    with_speaker = sorted((f for f in frames + silent if f.source), key=lambda f: anchor(f)[0])
    out = []
    for q in quotes:
        if q in used or n_words(text[q[0] : q[1]]) < 4:
            continue
        if any(c[0] <= q[0] + 1 and q[1] - 1 <= c[1] for c in covered):
            continue
        if _subhead(text, q):
            continue
        # It must open its sentence (or line): otherwise it is part of narration, unless
        # it goes on with what the previous sentence's speaker said.
        s = sent_of(q[0])
        s_start = sentence_starts[s] if s >= 0 else 0
        preceding = text[s_start : q[0]].rstrip()
        if preceding and preceding[-1] not in ".!?":
            previous = _continued(q, s, frames + silent, with_speaker, sent_of, line_of)
            content = trim(text, inner(q))
            if previous is not None and content:
                used.add(q)
                out.append(replace(previous, content=content, kind="direct_quote", cue=None))
            continue
        if preceding:  # the opening mark was left at the end of the previous sentence
            s = sent_of(q[0] + 1)
        before = [f for f in with_speaker if anchor(f)[1] <= q[0]]
        after = [f for f in with_speaker if anchor(f)[0] >= q[1]]
        chosen = None
        lends_cue = False
        # A speaker later in the same sentence ('"…" the EU's High Representative … said')
        # beats one from an earlier sentence; a frame that follows the quote lends it its
        # cue, one from before does not (it introduced other words).
        if after and sent_of(anchor(after[0])[0]) in (s, sent_of(q[1] - 1)):
            chosen, lends_cue = after[0], True
        elif before and line_of(anchor(before[-1])[0]) >= line_of(q[0]) - 1 and s - sent_of(
            anchor(before[-1])[0]
        ) <= 4:
            chosen = before[-1]
        elif after and sent_of(anchor(after[0])[0]) == s + 1 and line_of(
            anchor(after[0])[0]
        ) == line_of(q[0]):
            chosen, lends_cue = after[0], True  # '"…" Rutte said this on Monday.'
        if chosen is None:
            continue
        content = trim(text, inner(q))
        if content:
            used.add(q)
            cue = chosen.cue if lends_cue else None
            out.append(replace(chosen, content=content, kind="direct_quote", cue=cue))
    return out


def _subhead(text: str, q: Span) -> bool:
    """A quotation alone on its line in title case: a subheading ("'Coal Isn't the Villain.'")."""
    start = text.rfind("\n", 0, q[0]) + 1
    end = text.find("\n", q[1])
    line = text[start : len(text) if end < 0 else end].strip()
    words = text[q[0] + 1 : q[1] - 1].split()
    return line == text[q[0] : q[1]] and all(w[:1].isupper() or not w[:1].isalpha() or w in _TITLE_CASE_SMALL
                                              for w in words)


_TITLE_CASE_SMALL = frozenset("a an the of in on at to for by and or but as with from".split())


def _continued(q: Span, s: int, frames: list[Frame], with_speaker: list[Frame], sent_of, line_of
               ) -> Frame | None:
    """'… , spokesman X told reporters. There, the soldiers had "begun to take part …"': a
    quotation in a sentence with no cue of its own, right after a sentence whose frame
    names a speaker in the same paragraph, continues that speaker's statement."""
    if any(f.cue and sent_of(f.cue[0]) == s for f in frames):
        return None
    previous = [f for f in with_speaker if sent_of(anchor(f)[0]) == s - 1
                and line_of(anchor(f)[0]) == line_of(q[0])]
    return previous[-1] if previous else None


# "Belousov cited the figures": nouns that point back at numbers given just before.
_FIGURE_NOUNS = frozenset("figures numbers data statistics estimates".split())
_POINTING = frozenset("the these those this".split())
_DIGIT = re.compile(r"\d")


_OMISSION = re.compile(r"\[(?:…|\.\.\.)\]")


def quoted_paragraphs(text: str, frames: list[Frame]) -> list[Frame]:
    """'Nordkoreanische Truppen sind bereits in der Region Kursk […] Es ist eine Eskalation.
    … Wir brauchen Waffen, schrieb er auf X.': a paragraph with an omission mark "[…]" is a
    quotation, and the frame that closes it reports all of it, not only its last sentence,
    unless another frame claims part of it."""
    out = []
    for frame in frames:
        if frame.content is not None and frame.cue is not None and frame.cue[0] >= frame.content[1]:
            start = text.rfind("\n", 0, frame.content[0]) + 1
            end = len(text) if (end := text.find("\n", frame.cue[1])) < 0 else end
            closes = "." not in text[frame.cue[1]:end].rstrip(" .")  # the paragraph's last words
            if (start < frame.content[0] and closes and _OMISSION.search(text, start, end) and not any(
                    f is not frame and f.content and _overlap(f.content, (start, frame.content[0])) for f in frames)):
                frame = replace(frame, content=trim(text, (start, frame.content[1])) or frame.content)
        out.append(frame)
    return out


def back_references(text: str, frames: list[Frame], sentences: list[Span], line_of) -> list[Frame]:
    """A frame whose content only points back ("the figures") reports each sentence with
    figures right before it in the same paragraph, back to one already attributed; with no
    such sentence it is kept as it is."""
    claimed = [f.content for f in frames if f.content] + [f.cue for f in frames if f.cue]
    out = []
    for frame in frames:
        pointed = _pointed_sentences(text, frame, sentences, claimed, line_of)
        out.extend([replace(frame, content=c) for c in pointed] or [frame])
    return out


def _pointed_sentences(text, frame: Frame, sentences: list[Span], claimed: list[Span], line_of) -> list[Span]:
    if frame.content is None or frame.kind == "direct_quote":
        return []
    words = text[frame.content[0] : frame.content[1]].lower().split()
    if not (2 <= len(words) <= 3 and words[0] in _POINTING and words[-1] in _FIGURE_NOUNS):
        return []
    here = next((i for i, (a, b) in enumerate(sentences) if a <= frame.content[0] < b), 0)
    found = []
    for a, b in reversed(sentences[max(0, here - 3) : here]):
        if line_of(a) != line_of(frame.content[0]) or not _DIGIT.search(text[a:b]) or any(
            a <= c[0] < b for c in claimed
        ):
            break
        if (span := trim(text, (a, b))) is not None:
            found.insert(0, span)
    return found
