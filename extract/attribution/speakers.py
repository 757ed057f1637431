"""Speaker names as a reader would give them, and pronouns resolved to earlier speakers.

- Titles and roles are stripped from people ("Pentagon spokesman Major General Pat Ryder"
  -> "Pat Ryder"); the words before the role become the affiliation ("Pentagon"), widened
  to a longer form the article uses elsewhere ("State Department" -> "US State Department").
- Groups, institutions and anonymous sources are kept as written ("the USA and South
  Korea", "Experts", "der Kreml").
- Pronouns ("he", "er") resolve to the last compatible speaker named before them (an
  English "she" or "he" to one of that gender when the gazetteer or a title such as "Ms."
  tells it); an English "it" first to an organisation or state named
  earlier in its own sentence ("… not confirmed by the regime in Pyongyang, although it
  stated …").
  Definite descriptions ("the Dutchman", "the Russian president", "the Kremlin leader")
  resolve to the last person named before them, speaker or not (English NER mentions
  count too), preferring one whose title shares a word with the description and never one
  titled with another role ("the president" is not the "NATO Secretary General"); a plural
  one ("the states") to the part of an earlier group speaker it names ("the G7 states").
- A document as speaker ("the statement said") stands for its authors: the speaker of the
  last earlier sentence that mentions the same document ("X called … in a joint statement").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from extract.attribution.cues import (
    DE_ARTICLES,
    DE_POSSESSIVE_PRONOUNS,
    DE_PRONOUNS,
    DE_TITLE_SUFFIXES,
    EN_POSSESSIVE_PRONOUNS,
    EN_PRONOUNS,
    EN_TITLES,
    TITLE_FILLERS,
    WEEKDAYS,
)
from extract.attribution.frames import LINE_LABEL
from extract.attribution.quotes import OPENING_MARKS, find_quotes, quoted
from extract.entities.gazetteer import Entity, alias_keys, gazetteer, given_name_gender, name_key
from extract.entities.resolve import (
    CONJUNCTION,
    ENGLISH_TITLE_GLUE,
    GERMAN_ROLE_ENDINGS,
    INFORMATION_NOUNS,
    LEGISLATOR_TITLES,
    OFFICIALS_AT,
    ORG_HEADS,
    RELATIVE_PRONOUNS,
    acts_for,
    affiliation_name,
    affiliation_of,
    compound_affiliation,
    demonym_entity_id,
    group_affiliation,
    known_person,
    lookup,
    national_of,
    other_than_legislator,
    seat_of_government,
    state_body,
    state_of,
)
from extract.months import MONTH_NAMES

_GENITIVE_END = re.compile(r"e?s$")
# When a role was held, which names no body: "Former CIA analyst Soo Kim" is of the CIA
_ROLE_TIMES = frozenset("former ex acting outgoing incoming then retired rev rev. reverend another mr mrs ms dr".split())
# Parts of a German compound title that say which role, not whose: "Vize-Außenminister"
_ROLE_PREFIXES = frozenset("vize ex ober co ko sonder interims ehren alt".split())
_PERSON_NOUNS = frozenset(
    """president leader minister chancellor premier secretary spokesman spokeswoman
    spokesperson general commander politician diplomat ambassador envoy chief
    head king dictator ruler man woman senator governor mayor candidate nominee
    präsident präsidentin kanzler kanzlerin ministerin chefin politiker
    politikerin sprecher sprecherin generalsekretär
    expert analyst experte expertin analystin militärexperte militärexpertin""".split()
)
_DEFINITE = frozenset({"the", "der", "die", "das", "den", "dem", "des"})
_INDEFINITE = frozenset({"a", "an", "ein", "eine", "einer", "eines"})
# What a person in office heads or keeps: "Yoon's office", "Putin's aides", "Selenskyjs Büro"
# are on their side
_PERSONS_BODIES = frozenset("""office administration government cabinet aides advisers
    büro präsidialamt regierung kabinett berater umfeld""".split())
# ... which, like a body's head noun, end no person's name ("Selenskyjs Büro")
_NO_PERSON_ENDS = ORG_HEADS | _PERSONS_BODIES
# What may stand before the actor that leads its sentence: "Ukraine's Special Operations Forces"
_LEADS = re.compile(r"\s*(?:the\s+|The\s+)?(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s\s+)?")
# Chinese and Japanese family names, which a name of two words gives first ("Lin Jian",
# "Hayashi Yoshimasa"): the short mention after it is that person (not "Obama Says …")
_FAMILY_NAMES_FIRST = frozenset(
    """wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie
    song tang xi mao han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu
    ding ren shen yao fu zhong qin geng fan
    sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki
    yamaguchi matsumoto inoue kimura hayashi shimizu ishiba kishida kamikawa iwaya motegi abe kono nakatani
    hamada kihara""".split())
# A state's mission abroad: "the Russian Embassy", "North Korea's mission to the UN"
_STATES_MISSION = re.compile(r"\b(?P<state>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)??)(?:['’]s)?\s+(?:[Ee]mbassy|[Cc]onsulate|[Mm]ission)\b")
_SEATED = frozenset({"in", "at", "im"})  # "the Russian embassy in Seoul", "die russische Botschaft in Seoul"
# Nouns of one person that are no title, with the gender they tell where they tell one: "A
# 34-year-old Ukrainian soldier told HRW … He said" (not "A Ukrainian woman told reporters")
_UNTITLED_PERSONS = {
    **dict.fromkeys("""soldier fighter witness resident defector survivor villager veteran volunteer medic
        nurse doctor farmer refugee pilot driver teacher student paratrooper marine sniper gunner prisoner
        soldat kämpfer zeuge bewohner überläufer arzt""".split()),
    **dict.fromkeys("woman mother wife daughter servicewoman frau zeugin bewohnerin ärztin".split(), "f"),
    **dict.fromkeys("man father husband son serviceman mann".split(), "m"),
}


def _noun_gender(name: str) -> str | None:
    """The gender a description's head noun tells: "A woman in Kursk", "A soldier's mother"
    (not "The son of a Kursk woman": the words after "of" are someone else)."""
    head = re.split(r"\s(?:of|von|des|der)\s", name.lower(), maxsplit=1)[0].split()
    return _UNTITLED_PERSONS.get(head[-1]) if head else None


# Words after the head noun of a description ("a spokesman for the ministry")
_HEAD_ENDS = frozenset({"", "for", "of", "at", "in", "from", "with", "für", "des", "der", "aus", "im", "von"})
_WORD = re.compile(r"\w[\w.’'\-]*")
# a body of the state the text is about: "the country's spy agency", "der Geheimdienst des Landes"
_OF_THE_COUNTRY = re.compile(r"^the\s+country(?:'s|’s)\s+(?P<body>[\w\s-]+)$"
                             r"|^(?:der|die|das)\s+(?P<de>[\w-]+)\s+des\s+Landes$", re.IGNORECASE)
# ... and the country itself, speaking, named by whom it publishes through: "published by the
# state-run KCNA news agency, the country …"
_THE_COUNTRY = re.compile(r"^(?:the\s+country|das\s+Land)$", re.IGNORECASE)
_PUBLISHED_BY = re.compile(r"\b(?:by|von)\s+(?:[\w-]+\s+){0,3}$")
_POSSESSIVE = re.compile(r"(’s|'s|’|')$")
# The day a source's information is of, closing its phrase: "nach Angaben des Pentagons vom
# Montag", "according to figures from 4 November"
_DATED = re.compile(rf"\s+(?:vom|von|from|of)\s+(?:(?:last|vergangenen|letzten)\s+)?"
                    rf"(?:{'|'.join(WEEKDAYS)}|\d{{1,2}}\.?\s+(?:{'|'.join(MONTH_NAMES)})\b\.?|(?:{'|'.join(MONTH_NAMES)})\s+\d{{1,2}})\s*$",
                    re.IGNORECASE)
# An unnamed voice of a body: "a spokesperson for the Pentagon", "ein Sprecher des Kremls".
_VOICE = r"spokes(?:man|woman|person)|[Ss]precher(?:in)?"
_VOICE_OF = re.compile(
    rf"^(?:an?|the|ein|eine|der|die)\s+(?:{_VOICE})\s+"
    r"(?:for|of|at|des|der|von)\s+(?:the\s+)?(?P<body>[A-ZÄÖÜ][^,;]*)$",
    re.IGNORECASE,
)
# ... also before the noun: "a State Department spokesperson", "ein Kreml-Sprecher" ("the
# Kremlin spokesman" is a role the gazetteer names).
_BODY_VOICE = re.compile(
    rf"^(?i:an?|eine?)\s+(?P<body>[A-ZÄÖÜ][\w.’'\- ]*?)(?:\s+|-)(?:{_VOICE})$"
)
# ... or no body at all: "a spokesman", "ein Sprecher"
_BARE_VOICE = re.compile(rf"^(?i:an?|the|ein|eine|der|die)\s+(?i:{_VOICE})$")
# Two states named as a pair: "Neither country", "both sides", "die beiden Länder"
_BOTH_STATES = re.compile(r"^(?:neither|both|either|the\s+two|die\s+beiden|beide|keines\s+der\s+beiden)\s+"
                          r"(?:countries|country|sides?|governments?|capitals|states?|Länder|Staaten|Seiten|Regierungen)$",
                          re.IGNORECASE)
_CAPITALISED_RUN = re.compile(r"[A-ZÄÖÜ][\w'’.-]*(?:\s+[A-ZÄÖÜ][\w'’.-]*)?")
# A body's name, then an apposition: an article or a possessive after the comma
_ORG_APPOSITION = re.compile(r"^(?P<name>[^,]+?),\s+(?:(?:an?|the|one\s+of|ein|eine|einer|der|die|das)\s+"
                             r"|[A-ZÄÖÜ][\w.\-]*(?:\s+[A-ZÄÖÜ][\w.\-]*)*['’]s\s+)")
# A body's name: capitalised words, "of", "for", "and", "on" between them ("United Mine Workers
# of America", "Institute for the Study of War")
_BODY_NAME = r"[A-ZÄÖÜ][\w.&’'-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-ZÄÖÜ][\w.&’'-]*)*"
# "Rep. Lee Seong-kweun of the ruling People Power Party", "John Kirby of the National
# Security Council": the body a person named right before it is of
_OF_BODY = re.compile(r"\s+of\s+the\s+(?:(?:ruling|governing|main|opposition|conservative|liberal)\s+)*"
                      rf"(?P<body>{_BODY_NAME})\s*$")
_SYLLABLE = re.compile(r"(?:-[a-z]{2,5}\b(?!-))?")
_ALONGSIDE = frozenset("like unlike alongside along together as wie neben".split())
_JOINED = re.compile(r"\s(?:and|und|&)\s")
# what may stand between the people of a named group: a party in parentheses, a comma,
# "and", a courtesy title ("Mr. Grassley and Mr. Leahy")
_BETWEEN_NAMES = re.compile(
    rf"(?:\s*\([^()]{{1,30}}\))?(?:{CONJUNCTION.pattern})(?:(?:Mr|Mrs|Ms|Dr|Herr|Frau)\.?\s+)?")
# "… and Defence Minister …", "… und Verteidigungsminister …": the next person's title
_TITLED_NEXT = re.compile(r"\s+(?:and|und)\s+([A-ZÄÖÜ][\w.-]*(?:\s+[\w.-]+){0,4})\s+")
_VOICE_NOUN = re.compile(r"(?i)spokes(?:man|woman|person)|sprecher(?:in)?$")
# German relative pronouns look like articles: ", der am Montag …" is a clause, ", der
# Präsident der Ukraine," an apposition (a noun follows). An English one needs no comma:
# "a Ukrainian military official who spoke to CNN".
_RELATIVE_CLAUSE = re.compile(
    rf",\s*(?:{'|'.join(RELATIVE_PRONOUNS)})\b|\s+(?:{'|'.join(RELATIVE_PRONOUNS)})(?=\s+\w)"
    # ... "that" before a verb: "a Ukrainian unit that posted drone footage of the attack"
    r"|\s+that(?=\s+(?:[a-z]+(?:ed|s)|said|spoke|wrote|saw|took|made|runs)\s)"
    r"|,\s*(?:der|die|das|dessen|deren)\s+(?=[a-zäöß])"
    r"|\s*\((?=[A-ZÄÖÜ]{2,}\)?\s*$)"
)
# The body a title after a name is of: "president of the United Federation of Teachers",
# "Sprecherin des russischen Außenministeriums" (capitalised words, "of"/"for"/"and" inside)
_BODY_AFTER_TITLE = re.compile(
    rf"\s+(?:of|for|at|with|des|der|von|vom)\s+(?:the\s+)?(?P<body>(?:[a-zäöü]+(?:e|en|er|es)\s+)?{_BODY_NAME})")
_CONTEXT_CHARS = 60  # how far before a name its title is looked for
_DOCUMENT_DETERMINERS = _DEFINITE | {"this", "that", "its", "their", "joint", "dieser", "diese"}


@dataclass
class Speaker:
    name: str
    affiliation: str | None
    kind: str  # person | org | group
    title: str  # lowered words around the name, to match later descriptions
    position: int


# Roles any head of state or body holds: "the Kremlin leader" may be "President Putin".
# (and what anyone quoted for their knowledge is: "so der Experte" after "Oberst Markus Reisner")
_ANY_ROLE = frozenset("""leader chief head chef führer anführer expert analyst experte expertin analystin
    militärexperte militärexpertin""".split())


_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_DE_PRONOUN_GENDER = {"er": "m", "ihn": "m", "sie": "f"}
_FEMALE_TITLES = frozenset("""ms mrs miss madam spokeswoman congresswoman chairwoman
    businesswoman stateswoman frau""".split())
_MALE_TITLES = frozenset("mr sir spokesman congressman chairman businessman statesman herr".split())


_DE_FEMALE_ROLES = ("präsidentin", "kanzlerin", "ministerin", "sprecherin", "chefin", "botschafterin",
                    "politikerin", "sekretärin", "leiterin", "direktorin", "expertin", "analystin", "diplomatin",
                    "kandidatin", "beraterin", "senatorin", "kommandeurin")
# What German "sie" (she) may stand for besides a named woman: a woman described ("die Autorin",
# "einer Armeesprecherin", "die Mutter") or a body named by a feminine noun ("die Gewerkschaft
# der Polizei", "die PAD").
_WOMAN = r"[A-ZÄÖÜ][\w-]*(?:erin|istin|entin|antin|orin|ärin|ertin|ystin|atin)"
# ... a woman's role, which needs no article before her name ("Konstantin" is a man's name)
_WOMANS_ROLE = r"[A-ZÄÖÜ][\w-]*(?:" + "|".join(_DE_FEMALE_ROLES) + ")"
_DE_SHE = re.compile(
    # "die Ministerin", or a role before her name: "Verteidigungsministerin Lambrecht"
    r"(?:\b(?:[Dd]ie|[Dd]er|[Ee]iner?)\s+(?:[a-zäöü][\w-]*\s+){0,2}|\b(?=" + _WOMANS_ROLE + r"\s+[A-ZÄÖÜ][a-zäöü]))"
    r"(?P<woman>" + _WOMAN + r")\b"
    # "der Frau" is someone else's (genitive, dative): only the subject's case
    r"|\b(?:[Dd]ie|[Ee]ine)\s+(?:[a-zäöü][\w-]*\s+){0,2}(?P<kin>Frau|Mutter|Tochter|Schwester|Witwe)\b"
    r"|\b[Dd]ie\s+(?P<body>(?:Bundes|Landes)?[Rr]egierung|Gewerkschaft|Polizei|Partei|Kommission|Opposition"
    r"|Staatsanwaltschaft|Armee|Behörde|Organisation|Nato|NATO|EU|UNO|[A-Z][A-Za-z]*[A-Z])\b"
    r"(?P<of>\s+der\s+[A-ZÄÖÜ][\w-]*)?"
    # ... or a group, "sie" as "they": "Die ukrainischen Streitkräfte … Nach eigenen Angaben eroberten sie"
    r"|\b[Dd]ie\s+(?P<group>(?:[a-zäöü][\w-]*\s+){0,2}(?:Streitkräfte|Truppen|Behörden|Militärs|Ermittler|Separatisten))\b"
)
# "In Moscow they deny …": a place right before the pronoun
_IN_SEAT = re.compile(r"\b[Ii]n\s+([A-ZÄÖÜ][\w-]+),?\s+$")
_JOINED_NAMES = re.compile(r"\b[A-Z][\w-]+\s+and\s+[A-Z]")
# "Südkorea und die USA …": one part of a coordination is no one "sie" stands for alone
_COORDINATED = re.compile(r"\b(?:und|sowie|oder)\s+$")
# "Die Sprecherin der FDP-Fraktion, Gisela Piltz,": the woman described is named after the
# comma, or at once: "Verteidigungsministerin Lambrecht"
_NAMED_AFTER = re.compile(r"(?:(?:\s+(?:der|des)\s+[\w-]+)*\s*,)?\s*$")


def _since(candidate: Speaker, speaker: Speaker | None) -> bool:
    """Named after the last speaker (or with no speaker yet)."""
    return speaker is None or candidate.position > speaker.position


def _known_body(state: Entity | None, body: str, position: int) -> Speaker | None:
    """The state's body of that name ("Verteidigungsministerium", "spy agency"), when the
    gazetteer knows it."""
    known = state_body(state, body) if state is not None else None
    return Speaker(known.name, state.name, "org", "", position) if known is not None else None


def _legislator(before: list[str], name: str) -> str:
    """One name after a legislator's title keeps the title when the gazetteer's person of that
    surname holds no seat, by which resolve_entity tells "Sen. Sullivan" from Jake Sullivan."""
    return f"{before[-1]} {name}" if before and " " not in name and before[-1].lower() in LEGISLATOR_TITLES \
        and other_than_legislator(name) else name


def _strip_possessive(name: str) -> str:
    return _POSSESSIVE.sub("", name.strip(" ,;:()"))


def _of_states(name: str) -> bool:
    """A group of states or bodies the gazetteer knows: "North Korea and Russia"."""
    parts = [p for p in re.split(r",\s*|\s+(?:and|und)\s+", name) if p]
    return len(parts) > 1 and all(lookup(p, fuzzy=False) is not None for p in parts)


_WE_NAMED = re.compile(r"(?i)(?:we|wir)\s*,\s*")
# ... and the outlet's own "we" of its craft: "We could not verify their accounts", "We have
# asked the ministry for comment"
_OUTLETS_WE = re.compile(r"(?i)\s+(?:(?:could|can|were|was|have|has|had|did|are)\s+)?(?:not\s+|n't\s+|un\w*\s+to\s+)?"
                         r"(?:independently\s+)?(?:verify|confirm|reach|contact|ask\w*|request\w*|been\s+able)")
# ... and in a sentence of its own, up to the comma before the verb
_WE_APPOSED = re.compile(r"\b(?:We|Wir),\s+((?:the|die|der)\s+[^.;:]+?),\s+(?=[a-zäöü])")
_THIRD_PERSON = frozenset("he she him er ihn ihm".split())
_FIRST_AND_THIRD = _THIRD_PERSON | {"i", "ich"}
# A transcript line's speaker: "SANG-HUN: …", "Sarah: …"
_LINE_LABEL = re.compile(LINE_LABEL)
# An interview's labels of answers and of questions
_ANSWER_LABELS = frozenset("a answer antwort".split())
_QUESTION_LINE = re.compile(r"(?im)^\s*(?:q|question|frage)\.?:")
_SPOKEN_TO = re.compile(r"\b(?:(?:spoke|talked|speaks|talks)\s+(?:to|with)|interviewed|sat\s+down\s+with|sprach\s+mit)\s+")
# What a medium is called again: "The Russian military blogger channel Rybar … the channel wrote"
_MEDIA_NOUNS = frozenset("channel blogger kanal militärblogger newspaper paper zeitung blatt".split())
_ARTICLE = re.compile(r"^(?:the|die|der)\s+", re.IGNORECASE)
_OURS = frozenset("our unser unsere unseren unserer unserem".split())
_WE_OURS = _OURS | {"we", "wir"}


class SpeakerResolver:
    """Walks the frames of one document in text order, remembering who spoke."""

    def __init__(self, text: str, language: str, persons: list[tuple[int, int]],
                 actors: list[tuple[int, int]] = (), sentence_starts: list[int] = (),
                 quotes: list[tuple[int, int]] | None = None,
                 mentions: list[tuple[int, int]] | None = None, subjects: frozenset[int] = frozenset()):
        self.text = text
        # where persons start who lead their sentence: the main clause's subject (English),
        # the first person named (German)
        self.subjects = subjects
        # Organisations and states an "it" may stand for, and where sentences start.
        self.actors = sorted(actors)
        self.starts = list(sentence_starts) or [0]
        self.quotes = find_quotes(text) if quotes is None else quotes  # the caller's, when it has them
        self.language = language
        self.history: list[Speaker] = []
        # the authors of a statement in the first person: "We, the G7 Foreign Ministers, …"
        self.we: tuple[str, str | None] | None = None
        # Every person named (by default the English NER's), with the words before it as its
        # title: what pronouns and descriptions may stand for.
        # (not a place the tagger took for a person: "Kyiv has said")
        self.mentions = [
            Speaker(_strip_possessive(text[s:e]), None, "person", self._title_words(s), s)
            for s, e in (persons if mentions is None else mentions)
            if (known := lookup(text[s:e], fuzzy=False)) is None or known.label == "PERSON"
        ]
        self.person_surnames = {m.name.split()[-1].lower() for m in self.mentions if m.name}
        # surname -> "f"/"m", from titles ("Ms.", "spokeswoman") and the gazetteer
        self.genders: dict[str, str] = {}
        for m in self.mentions:
            self._learn_gender(m, self._gender_of_title(m.position, m.name))
        self.persons = persons

    def _is_title(self, word: str) -> bool:
        low = word.lower()
        if low in EN_TITLES:
            return True
        if self.language == "de":
            return low.endswith(DE_TITLE_SUFFIXES) or low.split("-")[-1] in EN_TITLES
        return False

    def _title_words(self, start: int) -> str:
        before = self.text[max(0, start - _CONTEXT_CHARS) : start]
        return " ".join(w.lower() for w in _WORD.findall(before)[-4:])

    def resolve(self, span: tuple[int, int], content: tuple[int, int] | None = None
                ) -> tuple[str, str | None]:
        # A relative clause on the speaker describes them, and may name someone else
        # ("Rutte, who met Zelensky on Monday"): the name is read before it, and before an
        # acronym in parentheses ("the Institute for the Study of War (ISW)").
        relative = _RELATIVE_CLAUSE.search(self.text, span[0], span[1])
        if relative is not None and relative.start() > span[0]:
            span = (span[0], relative.start())
        dated = _DATED.search(self.text, span[0], span[1])
        if dated is not None and dated.start() > span[0]:
            span = (span[0], dated.start())  # "nach US-Angaben vom Montag": the day is no author
        raw = self.text[span[0] : span[1]]
        words = _WORD.findall(raw)
        if not words:
            return raw, None
        if (we := _WE_NAMED.match(raw)) is not None and we.end() < len(raw):
            # "We, the G7 Foreign Ministers of …, condemn": they, and every "we" after them
            self.we = (_ARTICLE.sub("", raw[we.end() :]), None)
            return self.we
        low = [w.lower() for w in words]
        if self.we is None and low[0] in _WE_OURS and not quoted(span[0], self.quotes) and (named := next(
                (m for m in _WE_APPOSED.finditer(self.text, 0, span[0]) if not quoted(m.start(), self.quotes)), None)):
            # "Wir, die Außenminister …, verurteilen …" with no frame of its own: who "we" are
            # (not those quoted: "„Wir, die Nordkoreaner, …“, sagte der Botschafter")
            self.we = (_ARTICLE.sub("", named.group(1)), None)
        if low in (["we"], ["wir"]) and not quoted(span[0], self.quotes):
            # the people who spoke just before, in the paragraph ("Members of the brigade described
            # the fighting. We estimate …"); else the outlet, when no one has said who "we" are
            # (not states quoted before: "We call on the DPRK" after "the claims by Russia and the DPRK")
            last = self.history[-1] if self.history else None
            if self.we is None and last is not None and last.kind in ("group", "org") and not _of_states(last.name) \
                    and last.position >= self._sentence_start(span[0], back=1) \
                    and "\n" not in self.text[last.position : span[0]] and not _OUTLETS_WE.match(self.text, span[1]):
                self.history.append(last)
                return last.name, last.affiliation
            return self.we or (raw, None)
        if len(words) == 1 and low[0] in _OURS and self.we is not None and not quoted(span[0], self.quotes):
            return self.we  # "Nach unseren Informationen"
        label = self._line_label(span[0]) if low[0] in _FIRST_AND_THIRD | _OURS else None
        # ("Yusov: According to our data, about 11,000": "our" in a labelled line is its speaker's too)
        first_person = low in (["i"], ["ich"]) or low[0] in _OURS and label is not None
        if first_person and not quoted(span[0], self.quotes) and (
                label is not None or self.text[self._line_start(span[0])] not in OPENING_MARKS):
            # "I" outside quotation marks is the one whose line it is ("SANG-HUN: … But I should
            # say, …"), else the writer: not the last person quoted (a paragraph opening with a
            # quotation mark goes on quoting)
            if label is not None and label.group(1).lower().rstrip(".") in _ANSWER_LABELS:
                return self._interviewee(label.start())
            return self.resolve((label.start(1), label.end(1))) if label is not None else (None, None)
        pronouns = DE_PRONOUNS if self.language == "de" else EN_PRONOUNS
        if low in (["this"], ["that"]) and self.history and \
                self.history[-1].position >= self._sentence_start(span[0], back=1):
            # "According to this, C" (German "Demnach" word for word): who reported just before
            return self.history[-1].name, self.history[-1].affiliation
        if len(words) == 1 and low[0] in pronouns:
            name, affiliation = self._pronoun(raw, pronouns[low[0]], span[0], content)
            if label is not None and low[0] in _THIRD_PERSON and name == self.text[label.start(1) : label.end(1)]:
                # "KAKISSIS: That's Lee Seong-kweun, a South Korean lawmaker, … He also told reporters":
                # a transcript line's "he" is someone its speaker names, not the speaker
                named = next((m for m in reversed(self.mentions) if label.end(1) < m.position < span[0]), None)
                name, affiliation = (named.name, named.affiliation) if named is not None else (None, None)
            # ("Laut ihm, …" with no one before: no name, not the word)
            return (None, None) if low[0] == "ihm" and name == raw else (name, affiliation)
        if len(words) == 1 and self.language == "de" and low[0] in DE_POSSESSIVE_PRONOUNS:
            pronoun = DE_POSSESSIVE_PRONOUNS[low[0]]  # "nach seinen Worten": his, "er"
            last = self.history[-1] if self.history and pronoun == "sie" else None
            if last is not None and last.kind == "person" and self._gender(last) is None \
                    and not last.name.lower().endswith(_DE_FEMALE_ROLES):
                return None, None  # after a woman the gazetteer does not know, "ihren" is hers or theirs
            name, affiliation = self._pronoun(pronoun, pronouns[pronoun], span[0], content)
            lead = self._subject_before(span[0]) if pronoun == "sie" else None
            if lead is not None and self._gender(lead) == "m":
                # "Selenskyj sprach mit Baerbock. Nach ihren Angaben …": hers or theirs, not the one
                # a man who leads the sentence before spoke with
                return None, None
            return (None, None) if name == pronoun else (name, affiliation)
        found = self._both_states(span[0]) if _BOTH_STATES.match(raw) else None
        if found is None and _is_document(words, low, self.language):
            found = self._authors(low[-1], span[0])
        elif found is None and low[0] in _DEFINITE and 2 <= len(words) <= 3 and _is_plural_noun(words[-1]):
            found = self._group_part(low[-1], span[0])
        elif found is None and (country := _OF_THE_COUNTRY.match(raw)) is not None:
            found = self._of_the_country(raw, country.group("body") or country.group("de"), span[0])
        elif found is None and _THE_COUNTRY.match(raw):
            found = self._country_in_sentence(span[0])
        if found is not None:
            self.history.append(found)
            return found.name, found.affiliation
        # "a senior U.S. military official said …. The official said": the source so described
        # ... or, for a voice, who was last called so: a person, or a body that spoke through its
        # spokesman ("A Ukrainian military spokesman said …. The spokesman added", not Peskov
        # named in between)
        voice = _VOICE_NOUN.fullmatch(low[-1]) is not None
        described_before = next((s for s in reversed(self.history) if s.name and (
            (s.name.split()[0].lower() in _INDEFINITE and s.name.lower().split()[-1] == low[-1])
            or ((voice or low[-1] in _MEDIA_NOUNS) and low[-1] in s.title.split()))), None) \
            if len(words) == 2 and low[0] in _DEFINITE else None
        if described_before is not None:
            self.history.append(described_before)
            return described_before.name, described_before.affiliation
        # one national: "der Niederländer", "die Ukrainerin" (not "die Ukrainer")
        nation = national_of(name_key(words[-1])) if self.language == "de" and len(words) == 2 \
            and low[0] in ("der", "die") and (low[0] == "der") != low[-1].endswith("in") else None
        if low[0] in _DEFINITE and 2 <= len(words) <= 4 and (
            low[-1] in _PERSON_NOUNS or low[-1].endswith(("man", "chef")) or nation
        ):
            found = self._description(low, span[0], nation, _adjective_nation(words))
            if found is not None:
                self.history.append(found)
                return found.name, found.affiliation
        # (as the author of information too: "nach Angaben des Dienstes")
        described = low[-2:] if len(low) == 3 and low[0] in INFORMATION_NOUNS else low
        # (with a word of what kind: "the spy agency", not whose: "der russische Geheimdienst")
        kind_word = len(described) == 3 and words[-2].islower() and demonym_entity_id(name_key(described[1])) is None
        if described[0] in _DEFINITE and (len(described) == 2 or kind_word):
            found = self._body_before(low[-1], span[0], described[1] if kind_word else None) \
                or self._state_body_before(words[-1], span[0])
            if found is not None:
                self.history.append(found)
                return found.name, found.affiliation
        if _BARE_VOICE.match(raw):
            # "Der Kreml hat die Berichte dementiert, sagte ein Sprecher": the body named in
            # the sentence, which spoke through its spokesman
            sent_start = self._sentence_start(span[0])
            found = next((s for s in reversed(self.history) if s.kind in ("org", "group") and s.name
                          and sent_start <= s.position < span[0]), None)
            if found is not None:
                self.history.append(found)
                return found.name, found.affiliation
        voice = _VOICE_OF.match(raw) or _BODY_VOICE.match(raw)
        # (a spokesman named is the speaker: "Der Sprecher des Militärgeheimdienstes Andrij Jussow")
        if voice is not None and not any(span[0] <= a and b <= span[1] for a, b in self.persons):
            # "a spokesperson for the Pentagon", "ein Sprecher des Kremls": the body speaks;
            # "a spokesman for the ministry", "ein Sprecher des Ministeriums": the one named before
            # (the body remembers the word for its voice, for "the spokesman" later)
            body, title = voice.group("body"), next((w for w in low if _VOICE_NOUN.fullmatch(w)), "")
            if " " not in body and (found := self._body_before(body.lower(), span[0])) is not None:
                self.history.append(replace(found, title=title or found.title))
                return found.name, found.affiliation
            speaker = Speaker(_strip_possessive(body), _missions_state(body), "org", title, span[0])
            self.history.append(speaker)
            return speaker.name, speaker.affiliation
        owner = (DE_POSSESSIVE_PRONOUNS if self.language == "de" else EN_POSSESSIVE_PRONOUNS).get(low[0])
        if owner is not None and len(words) == 2 and self._is_title(words[1]):
            return self._someone_of(raw, owner, _VOICE_NOUN.match(words[1]) is not None, span[0], content)
        speaker = self._name(span, raw)
        if speaker.kind in ("person", "org"):  # (the German tagger knows no "Lee" alone: "…, sagte Lee")
            speaker = self._named_in_full(speaker)
        if speaker.kind == "person":
            self._learn_gender(speaker, self._gender_of_title(span[0], raw))
        self.history.append(speaker)
        return speaker.name, speaker.affiliation

    def _named_in_full(self, speaker: Speaker) -> Speaker:
        """A person named by one name after their full name ("Frank Miller said … Miller
        added", "Yoon Suk Yeol … Yoon added") is that person, when the article named only one
        so before; of two ("Hillary Clinton" and "Bill Clinton", "Kim Jong Un" and "Kim Yo
        Jong") it is not told which. A name the gazetteer knows ("Trump") is its own. Korean
        names give the surname first: of three words or a hyphenated given name ("Lee
        Seong-kweun") the first word is the surname."""
        word = speaker.name
        if " " in word or known_person(word) is not None:
            return speaker
        low = word.lower()

        def names(full: str, family_first: bool = False) -> bool:
            parts = full.lower().split()
            return len(parts) > 1 and (parts[-1] == low or parts[0] == low and (
                family_first and low in _FAMILY_NAMES_FIRST or len(parts) > 2 or "-" in parts[1]))

        def named_before(family_first: bool = False) -> list[Speaker]:
            return [s for s in self.history if s.kind == "person" and names(s.name, family_first)] + [
                m for m in self.mentions if m.position < speaker.position and names(m.name, family_first)]

        # (a Chinese or Japanese name of two words gives the family name first too: "Lin Jian …
        # Lin said", "Hayashi Yoshimasa … Hayashi said", when no one before has it last)
        named = named_before(family_first=True)
        if len({s.name for s in named}) != 1:
            return speaker
        full = max(named, key=lambda s: s.position)
        # (their side as they were quoted with it: a mention has none)
        side = next((s.affiliation for s in reversed(named) if s.affiliation), None)
        return Speaker(full.name, speaker.affiliation or side, "person", speaker.title, speaker.position)

    # -- named speakers ------------------------------------------------------------

    def _name(self, span, raw: str) -> Speaker:
        words = _WORD.findall(raw)
        title = self._title_words(span[0]) + " " + " ".join(words).lower()
        # A body's name ends in its head noun ("National Intelligence Service"): a person the
        # NER saw inside it is a misreading.
        # ... and several people joined ("Sonia und Willy Bogner") are a group, not one person's
        # roles joined in an apposition ("Kim Jong-dae, a former lawmaker and defence analyst")
        joined = any(_JOINED.search(part) and not (k and part.split()[0].lower() in _INDEFINITE)
                     for k, part in enumerate(raw.split(",")) if part.strip())
        group = self._named_group(span) if joined else None
        if group is not None:
            return Speaker(group, None, "group", title, span[0])
        # (not in an apposition: "Sergei Shoigu, secretary of the Security Council"; a person
        # the gazetteer knows keeps the side it knows them by, so that "Democratic Party" does
        # not join Seoul to Washington)
        of_body = None if joined or self.language == "de" or "," in raw else _OF_BODY.search(raw)
        if of_body is not None and (person := self._person_entity((span[0], span[0] + of_body.start()))):
            body = of_body.group("body")
            affiliation = None if known_person(person) else affiliation_of(body) or body
            return Speaker(_strip_possessive(person), affiliation, "person", title, span[0])
        person = None if (words and words[-1].lower() in _NO_PERSON_ENDS) or joined \
            else self._person_entity(span)
        if person is not None:
            start = raw.find(person)
            before = raw[:start]
            if self.language == "de" and not any(self._is_title(w) for w in _WORD.findall(before)):
                # German capitalises every noun: without a title ("Venezuelas Energieminister")
                # only a compound names the body ("NATO-Generalsekretär", "Human Rights
                # Watch-Sprecher"), not "der Wissenschaftsjournalist"
                m = re.search(r"((?:[A-ZÄÖÜ]\w*\s+)*[A-ZÄÖÜ]\w*)-\w+\s*$", before)
                before = m.group(1) if m else ""
            # (nor a side left, said in the relative clause after it: "a North Korean diplomat who defected")
            left = _AGAINST_AFTER.match(self.text, span[1])
            affiliation = None if _against_its_state(_WORD.findall(raw)) or left else (
                self._affiliation(before) or self._apposed_affiliation(raw, start + len(person), span[0]))
            return Speaker(_legislator(_WORD.findall(before), _strip_possessive(person)), affiliation, "person",
                           title, span[0])
        # An apposition "The head of the office, Andriy Yermak," names the person apart.
        parts = [p.strip() for p in re.split(r"[,()]", raw) if p.strip()]
        for part in parts if len(parts) > 1 else []:
            pw = _WORD.findall(part)
            if 2 <= len(pw) <= 3 and all(w[:1].isupper() for w in pw) and not any(
                self._is_title(w) or w.lower() in ORG_HEADS or w.lower() in DE_ARTICLES
                or w.lower() in _DEFINITE for w in pw
            ):
                if raw.startswith(part):
                    # "Donna Brazile, the interim chairwoman of the Democratic National
                    # Committee": the title's body after the name (a person the gazetteer
                    # knows keeps its side: "Sergei Shoigu, secretary of the Security Council")
                    affiliation = None if known_person(part) else self._apposed_affiliation(raw, len(part), span[0])
                    return Speaker(_strip_possessive(part), affiliation, "person", title, span[0])
                # "Moscow's ambassador to the United Nations, Vassily Nebenzia": the words
                # right before the apposition's title, when they name a known body or state
                others = [w for w in _WORD.findall(" ".join(p for p in parts if p is not part))
                          if w.lower() not in _INDEFINITE and w.lower() not in _DEFINITE]
                first_title = next((i for i, w in enumerate(others) if self._is_title(w)), 0)
                affiliation = None if _studies_a_place(others[:first_title], others[first_title]) \
                    else affiliation_of(" ".join(others[:first_title]))
                return Speaker(_strip_possessive(part), affiliation, "person", title, span[0])
        pw = _WORD.findall(parts[0] if parts else raw)
        titles = [i for i, w in enumerate(pw) if self._is_title(w)]
        if titles:
            rest = pw[titles[-1] + 1 :]
            if 1 <= len(rest) <= 3 and all(w[:1].isupper() for w in rest) and not any(
                w.lower() in ORG_HEADS or w.lower() in TITLE_FILLERS for w in rest
            ):
                name = _legislator(pw[: titles[-1] + 1], _strip_possessive(" ".join(rest)))
                first_title = pw[titles[0]]
                before = " ".join(pw[: titles[0]])
                if _studies_a_place(pw[: titles[0]], first_title):
                    before = ""  # "North Korea analyst Ankit Panda"
                elif not before and "-" in first_title and first_title.split("-")[0].lower() not in _ROLE_PREFIXES:
                    # "NATO-Generalsekretär"
                    before = first_title.split("-")[0]
                elif not before and self.language == "de":
                    before = first_title  # "Kremlsprecher": the body is glued on
                return Speaker(name, self._affiliation(before), "person", title, span[0])
        # "The Institute for the Study of War, a U.S.-based think tank", "Yonhap, South Korea's
        # news agency": the body is named before its apposition (which stays in the title)
        apposed = _ORG_APPOSITION.match(raw)
        name = _strip_possessive(apposed.group("name") if apposed else raw)
        lowered = f" {name.lower()} "
        # "Ukrainische Stellen", "Russische Offizielle": a German demonym before a noun
        demonym_led = self.language == "de" and len(pw) > 1 and demonym_entity_id(name_key(pw[0])) is not None \
            and pw[-1].lower() not in ORG_HEADS
        # "Nordkoreas Staatsmedien", "Russlands Außenministerium": a state's body or group, as
        # English "Russia's foreign ministry"; not a person named by role ("Nordkoreas Machthaber")
        state_led = self.language == "de" and len(pw) == 2 and pw[0].endswith("s") and not titles \
            and state_of(pw[0]) is not None and not pw[-1].lower().endswith(GERMAN_ROLE_ENDINGS)
        # "a Ukrainian commander, who asked not to be named", "ein ukrainischer Kommandeur": one
        # person, whom "he" / "er" can name next
        head = next((w for w, after in zip(pw, pw[1:] + [""]) if after.lower() in _HEAD_ENDS), pw[-1])
        # ... and "Japan's representative", whom "he" names next
        possessed_title = self.language != "de" and len(pw) == 2 and _POSSESSIVE.search(pw[0]) is not None
        if len(pw) > 1 and (pw[0].lower() in _INDEFINITE or possessed_title) and not joined and (
                self._is_title(head) or head.lower() in _UNTITLED_PERSONS):
            kind = "person"
        elif state_led:
            kind = "org"
        elif " and " in lowered or " und " in lowered or name[:1].islower() or demonym_led or (
            pw and pw[-1].lower().endswith("s") and not pw[-1][:1].isupper()
        ):
            kind = "group"
        elif len(pw) == 1 and (pw[0].lower().rstrip("’'s") in self._known_surnames() or known_person(pw[0])):
            kind = "person"  # ("Ryder", whom the tagger took for the firm: a person the gazetteer knows)
        elif self.language == "de" and 2 <= len(pw) <= 3 and all(w[:1].isupper() for w in pw) \
                and pw[0].lower() not in DE_ARTICLES and pw[-1].lower() not in _NO_PERSON_ENDS:
            kind = "person"
        else:
            kind = "org"
        # An unnamed source's side is the state or body it names: a group ("U.S. officials",
        # "ukrainische Stellen") or one person ("a Ukrainian military official", "Ein
        # nordkoreanischer Vertreter …"); an English head in capitals names the body itself
        # ("the European Union").
        # (where it sits is not whose it is: "the Russian embassy in Seoul")
        # (nor which unit it is of: "a Ukrainian soldier of the 47th Mechanized Brigade")
        core = pw[: next((i for i, w in enumerate(pw) if i > 1 and w.lower() in _SEATED | {"of"}), len(pw))]
        unnamed = (kind == "group" or pw[0].lower() in _INDEFINITE) and not joined and len(core) > 1 \
            and (self.language == "de" or core[-1].islower())
        # ... and an English body named by a common noun ("Ukraine's health ministry")
        unnamed = unnamed or (kind == "org" and self.language != "de" and len(core) > 1 and core[-1].islower()) \
            or state_led or (kind == "org" and self.language == "de" and len(core) > 1  # "die russische Botschaft"
                             and core[-2][:1].islower() and demonym_entity_id(name_key(core[-2])) is not None)
        affiliation = group_affiliation(core[:-1]) if unnamed and not (
            _studies_a_place(core[:-1], core[-1])) else None
        if affiliation is None and len(core) > 1 and core[-1].lower() in _PERSONS_BODIES \
                and re.search(r"s$" if self.language == "de" else r"['’]s$", core[-2]) \
                and (owner := known_person(" ".join(core[:-1]))):
            affiliation = affiliation_name(owner.id)  # "Yoon's office", "Selenskyjs Büro": the person's side
        if affiliation is None and titles and titles[0] > 0 and not (
                _studies_a_place(pw[: titles[0]], pw[titles[0]])):
            # "Pyongyang's envoy to the UN", "Russia's deputy UN ambassador": a role no one is
            # named in, of the state or body before it
            affiliation = group_affiliation(pw[: titles[0]])
        if affiliation is None and self.language == "de" and "-" in pw[-1] and not joined \
                and not _studies(pw[-1].rsplit("-", 1)[1]):
            # "ein ranghoher US-Beamter", "Nato-Vertreter": the body glued on before the hyphen
            affiliation = affiliation_of(pw[-1].rsplit("-", 1)[0])
        if affiliation is None and (seat := OFFICIALS_AT.match(name)) is not None:
            # (at two capitals, each is a member's: resolve.speaker_members; a spokesman is one)
            kind = kind if _VOICE_NOUN.search(seat.group("head")) else "group"
            affiliation = None if seat.group("other") else affiliation_of(seat.group("place"))
        if affiliation is None and not joined:
            affiliation = _missions_state(raw)
        if _against_its_state(pw):
            affiliation = None  # "a North Korean defector", "Russia's exiled opposition leader"
        return Speaker(name, affiliation, kind, title, span[0])

    def _named_group(self, span) -> str | None:
        """"Jon Tester (D-Mont.) and David Vitter", "Mr. Grassley and Mr. Leahy": the people
        named, joined, when nothing but a party, a title, a comma or "and" stands between
        them (not "Paul Rieckhoff, founder and CEO of …"). They were named by the first."""
        inside = sorted(p for p in self.persons if span[0] <= p[0] and p[1] <= span[1])
        if len(inside) < 2 or not all(self._between_names(a[1], b[0]) for a, b in zip(inside, inside[1:])):
            return None
        # joined by "and" only: a comma would make resolve_speaker read the first name alone
        return " and ".join(_strip_possessive(self.text[a:b]) for a, b in inside)

    def _between_names(self, start: int, end: int) -> bool:
        """Only what _BETWEEN_NAMES allows, or "and" and the next one's title: "President
        Volodymyr Zelenskyy and Defence Minister Rustem Umerov"."""
        if _BETWEEN_NAMES.fullmatch(self.text, start, end):
            return True
        joined = _TITLED_NEXT.fullmatch(self.text, start, end)
        words = joined.group(1).split() if joined else []
        return any(self._is_title(w) for w in words) and all(
            w[:1].isupper() or w.lower() in ENGLISH_TITLE_GLUE for w in words)

    def _known_surnames(self) -> set[str]:
        speakers = {s.name.split()[-1].lower() for s in self.history if s.kind == "person"}
        return speakers | self.person_surnames

    def _person_entity(self, span) -> str | None:
        # not a name in parentheses after the speaker's: "(National Environment Management …)"
        # (nor a place the tagger took for a person: "The US Embassy in Kyiv")
        inside = [p for p in self.persons if p[0] >= span[0] and p[1] <= span[1]
                  and self.text.count("(", span[0], p[0]) <= self.text.count(")", span[0], p[0])
                  and ((known := lookup(self.text[p[0] : p[1]], fuzzy=False)) is None or known.label == "PERSON")]
        if not inside:
            return None
        # the name the span opens with before an apposition ("Andriy Yermak, Stabschef des
        # Präsidenten Selenskyj"), else the last ("Der Nachfolger des Airbus-Chefs Christian
        # Streiff, Louis Gallois", "Stein spokeswoman Melezia Figueroa") ...
        # (or with a state's possessive or a title before it: "North Korea's Kim Yo Jong, the
        # sister of leader Kim Jong Un")
        prefix = self.text[span[0] : inside[0][0]]
        opens = not prefix.strip() or re.fullmatch(r"[\w.\- ]*\w['’]s\s+", prefix) is not None \
            or all(self._is_title(w) for w in _WORD.findall(prefix))
        opening = inside[0] if opens and self.text[inside[0][1] : span[1]].lstrip().startswith(",") else inside[-1]
        # "Democratic candidate Hillary Clinton, like Obama,": a comparison after the comma
        # names someone else; the name is before the comma
        comma = self.text.find(",", span[0], span[1])
        before_comma = [p for p in inside if p[1] <= comma]
        after = self.text[comma + 1 : span[1]].split()
        if before_comma and after and after[0] in _ALONGSIDE:
            opening = before_comma[-1]
        start, end = self._whole_name(*opening, span)
        if re.match(r"-[a-zäöüß]", self.text[end : end + 2]):
            return None  # a name in an adjective: "Putin-loyal bloggers", "ein Selenskyj-naher Abgeordneter"
        # "Obama's aides", "Kim's sister": someone of the person's, not the person; their
        # spokesman is their voice ("a spokesperson for the Pentagon" is the Pentagon too)
        tail = _WORD.findall(self.text[end : span[1]])
        if tail and tail[0] in ("’s", "'s", "s") and len(tail) > 1 and not _VOICE_NOUN.match(tail[1]):
            return None
        # German genitive after a noun: "die Verteidiger Strauss-Kahns" are his defenders
        before = _WORD.findall(self.text[span[0] : start])
        if self.language == "de" and end == span[1] and self.text[end - 1] == "s" and before \
                and before[-1][:1].isupper() and not self._is_title(before[-1]):
            return None
        return self.text[start:end]

    def _whole_name(self, start: int, end: int, span) -> tuple[int, int]:
        """A person the NER cut short, widened to the capitalised words around it in the
        speaker's span: "Peter" in "Bürgermeister Peter Kurz", "Leary" in "Michael O’Leary"."""
        # back only over a name's prefix: German capitalises the nouns before a name too
        m = re.search(r"[A-ZÄÖÜ][\w\-]*\s+[A-Z][’']$", self.text[span[0] : start])
        if m is not None:
            start = span[0] + m.start()
        # (and a Korean given name's second syllable, split off by the tokenizer: "Lee Seong-kweun";
        # not after a name of one word: "Putin-loyal bloggers", "ein Selenskyj-naher Abgeordneter")
        if " " in self.text[start:end].strip():
            end += len(_SYLLABLE.match(self.text, end, span[1]).group())
        while end < span[1]:
            m = re.match(r"\s+([A-ZÄÖÜ][\w\-]*)", self.text[end : span[1]])
            if m is None or self._is_title(m.group(1)) or m.group(1).lower() in ORG_HEADS:
                break
            end += m.end()
        return start, end

    def _apposed_affiliation(self, raw: str, at: int, offset: int) -> str | None:
        """The body of a title after the name, raw[at:] (raw starts at offset in the text):
        "Sabrina Singh, a Pentagon spokeswoman", "Cornell William Brooks, president of the
        NAACP", "Maria Sacharowa, Sprecherin des russischen Außenministeriums"; None without
        a title, or when a person follows it ("Stabschef des Präsidenten Selenskyj")."""
        # of roles joined, the first: "a former DNC chairman and presidential candidate"
        apposition = _JOINED.split(raw[at:], maxsplit=1)[0]
        words = _WORD.findall(apposition)
        first = next((i for i, w in enumerate(words) if self._is_title(w)), None)
        if not apposition.lstrip().startswith(","):
            return None
        if first is None and words and words[0].lower() in _INDEFINITE:
            # no title: the side its description names, as the description's alone would
            # ("Oleksandr, a Ukrainian soldier", "ein ukrainischer Soldat")
            noun = next((i for i, w in enumerate(words[1:], 1) if (w[:1].isupper() if self.language == "de"
                         else w.islower() and not demonym_entity_id(name_key(w)))), len(words))
            return group_affiliation(words[1:noun]) if noun > 1 and not _against_its_state(words) else None
        if first is None:
            return None
        if self.language != "de" and not _studies_a_place(words[:first], words[first]) and any(
                w[:1].isupper() and w.lower() not in _INDEFINITE | _DEFINITE for w in words[:first]):
            return self._affiliation(" ".join(words[:first]))  # the body before the title
        after = apposition.find(words[first]) + len(words[first])
        body = _BODY_AFTER_TITLE.match(apposition, after)
        if body is None or all(w.lower() in TITLE_FILLERS for w in _WORD.findall(body.group("body"))):
            return None  # "the former secretary of State"
        lo, hi = offset + at + body.start("body"), offset + at + body.end("body")
        if any(lo < b and a < hi for a, b in self.persons):
            return None
        return affiliation_of(body.group("body")) or _strip_possessive(body.group("body"))

    def _affiliation(self, before: str) -> str | None:
        """Organisation words before the role, by their canonical name when the gazetteer
        knows them ("Pentagon spokesman" -> "Pentagon", "U.S. Secretary of State" -> "United
        States", "der südkoreanische Abgeordnete" -> "South Korea"), else as written."""
        tokens = _WORD.findall(before)
        studying = next((i for i, w in enumerate(tokens) if self._is_title(w) and _studies(w)), None)
        if studying is not None and _studies_a_place(tokens[:studying], tokens[studying]):
            tokens = tokens[studying:]  # "North Korea analyst Ankit Panda", "a Russia expert at Chatham House"
        # the body is named before the role, or after it: "The U.S. ambassador to the UN" is of
        # the United States, not "U.S. UN"
        while tokens and (self._is_title(tokens[-1]) or tokens[-1].lower() in _DEFINITE | _INDEFINITE):
            tokens.pop()
        cut = next((i for i, w in enumerate(tokens) if self._is_title(w)), len(tokens))
        named = [i for i, w in enumerate(tokens) if w[:1].isupper() or (
            self.language == "de" and demonym_entity_id(name_key(w)) is not None)]
        after = [tokens[i] for i in named if i > cut and tokens[i].lower() not in _DEFINITE | TITLE_FILLERS]
        # (not a possessive: "His intelligence chief Kyrylo Budanov" is of no body "His")
        # (nor what is said: "Nach Angaben von Präsident Selenskyj" is of no body "Angaben")
        words = [tokens[i] for i in named if i < cut and tokens[i].lower() not in _DEFINITE | _INDEFINITE | _ROLE_TIMES
                 and tokens[i].lower() not in EN_POSSESSIVE_PRONOUNS and tokens[i].lower() not in DE_POSSESSIVE_PRONOUNS
                 and not (self.language == "de" and tokens[i].lower() in INFORMATION_NOUNS)]
        if all(w.lower() in TITLE_FILLERS for w in words):
            words = []  # "… Security Policy Josep Borrell": the tail of a title, no body
        if not words and after:
            if (known := affiliation_of(" ".join(after))) is not None:
                return known  # "Der Sprecher des ukrainischen Militärgeheimdienstes, Andrij Jussow"
            words = after if self.language != "de" else []  # "An attorney for Pagliano"
        if self.language == "de" and not words:
            known = compound_affiliation(before)  # "Kremlsprecher"
            if known is not None:
                return known
            m = re.match(r"(?:(?i:der|die|das|des|dem|den|ein|eine|einer|eines)\s+)?([A-ZÄÖÜ][\w]*)-\w", before.strip())
            if m and m.group(1).lower() not in _ROLE_PREFIXES:  # ("Vize-Außenminister" is of no body "Vize")
                words = [m.group(1)]
        if not words:
            return None
        aff = _strip_possessive(" ".join(words))
        # (by the words of the title left out when the whole is not known: "National Security
        # Council" is, "National" alone not)
        known = affiliation_of(aff) or affiliation_of(" ".join(w for w in words if w.lower() not in TITLE_FILLERS))
        if known is not None:
            return known
        if (owner := known_person(aff)) is not None:
            # "Putin's adviser Yuri Ushakov", "Putins Berater": the person, by their canonical
            # name (not their side: "Trump campaign spokesman Jason Miller" spoke for no state)
            return owner.name
        # Widen to a longer form used elsewhere in the article ("the US State Department").
        m = re.search(r"\b([A-Z]{2,4}|U\.S\.)\s+" + re.escape(aff) + r"\b", self.text)
        if m and " " in aff:
            aff = f"{m.group(1)} {aff}"
        return aff

    # -- references back -------------------------------------------------------------

    def _learn_gender(self, speaker: Speaker, gender: str | None) -> None:
        if gender and speaker.name and not self.genders.get(key := speaker.name.split()[-1].lower()):
            self.genders[key] = gender

    def _gender(self, speaker: Speaker) -> str | None:
        """"f"/"m" as the text or the gazetteer tells it, else None."""
        if not speaker.name:
            return None
        key = speaker.name.split()[-1].lower()
        if key not in self.genders:
            entity = known_person(speaker.name)
            self.genders[key] = entity.gender if entity is not None else (
                given_name_gender(speaker.name) or _noun_gender(speaker.name) if speaker.kind == "person" else None)
        return self.genders[key]

    def _gender_of_title(self, start: int, raw: str) -> str | None:
        """"Ms. Moore", "spokeswoman Maria Zakharova", German "Sprecherin": the word right
        before the name, or a title within the speaker's own words."""
        words = [w.lower().rstrip(".")
                 for w in _WORD.findall(self.text[max(0, start - 25) : start])[-1:] + _WORD.findall(raw)]
        if any(w in _FEMALE_TITLES or w.endswith(_DE_FEMALE_ROLES) for w in words):
            return "f"
        return "m" if any(w in _MALE_TITLES for w in words) else None

    def _pronoun(self, raw: str, kind: str, position: int,
                 content: tuple[int, int] | None) -> tuple[str, str | None]:
        wanted = {"person": ("person",), "group": ("group", "org"), "org": ("org", "group")}.get(kind)
        if wanted is None:
            return raw, None
        # English "she" is never someone known as "he" ("Mr. Obama"), nor "he" a "Ms. Moore".
        # (What a pronoun resolved to teaches nothing: one wrong guess would spread.)
        low = raw.lower()
        gender = (_PRONOUN_GENDER if self.language == "en" else _DE_PRONOUN_GENDER).get(low)
        # German "sie" is "she" or "they": a woman, a body named by a feminine noun ("die
        # Gewerkschaft") or a group, never a man nor a person of unknown gender
        she_or_they = self.language == "de" and low == "sie"

        def agrees(speaker: Speaker) -> bool:
            known = self._gender(speaker)
            if she_or_they and speaker.kind == "person":
                return known == "f"
            return not gender or not known or known == gender

        # "In Moscow they continue to deny …": the seat of government speaks for it
        seat = _IN_SEAT.search(self.text, max(0, position - 30), position) if low == "they" else None
        # (not people just named there, or going there: "A delegation flew to Washington. In
        # Washington, they told reporters", "Lavrov and Choe met. In Moscow they said")
        before = self.text[self._sentence_start(position, back=1) : seat.start()] if seat is not None else ""
        if seat is not None and seat.group(1) not in before and not _JOINED_NAMES.search(before) \
                and seat_of_government(seat.group(1)):
            speaker = Speaker(seat.group(1), None, "org", "", seat.start(1))
            self.history.append(speaker)
            return speaker.name, None
        actor = self._actor_before(position, content) if kind == "org" or low == "they" else None
        if actor is not None and low == "they":
            # "they" only for the body leading the sentence, with its owner: "Ukraine's Special
            # Operations Forces published video footage they said showed C"
            # (a body named in the plural: not "Russia's military has deployed them in groups which they said …")
            lead = _LEADS.fullmatch(self.text, self._sentence_start(position), actor.position)
            plural = actor.name.endswith("s") and not actor.name.endswith(("ss", "'s", "’s"))
            actor = replace(actor, name=self.text[lead.start("owner") if lead.group("owner") else actor.position
                                                  : actor.position + len(actor.name)]) if lead and plural else None
        if actor is not None:
            self.history.append(actor)
            return actor.name, actor.affiliation
        plural = she_or_they and self._plural_verb_at(position, raw)
        if she_or_they:
            wanted = ("person", "group", "org") if plural else ("person", "org")  # ("sagte sie": one)
        # (a body that spoke through its spokesman is "he" too, when no one spoke or was named
        # since: "A DPRK Foreign Ministry spokesperson rejected the allegations. …, he said")
        def voiced(s: Speaker) -> bool:
            return "person" in wanted and s.kind == "org" and _VOICE_NOUN.fullmatch(s.title) is not None \
                and s is self.history[-1] and not any(s.position < m.position < position for m in self.mentions)

        found = next((s for s in reversed(self.history) if (s.kind in wanted or voiced(s)) and agrees(s)), None)
        # "Palmieri said C. Hillary Clinton is describing X as 'unhinged'. She says …": the
        # person leading the sentence before, named since the last speaker, is Clinton (a
        # speaker named again by surname keeps their full name)
        subject = self._subject_before(position) if gender else None
        if subject is not None and agrees(subject) and _since(subject, found) and not (
                found is not None and found.name and subject.name.split()[-1] == found.name.split()[-1]):
            found = subject
        described = self._she_described(position, plural) if she_or_they else None
        # (a woman who spoke before stays "sie" over a body named since: "Strack-Zimmermann
        # kritisierte die Bundesregierung. Sie rechnet mit …")
        if described is not None and _since(described, found) and not (
                found is not None and found.kind == "person" and described.kind != "person"):
            found = described  # "Der Preis überraschte die Autorin. Sie sagte: …"
        if found is None and "person" in wanted:
            # No one has spoken yet: "Mark Rutte visited Brussels. He added …" is the last
            # person named before the pronoun.
            found = next((m for m in reversed(self.mentions) if m.position < position and agrees(m)), None)
        if found is None:
            return raw, None
        self.history.append(found)
        return found.name, found.affiliation

    def _someone_of(self, raw: str, pronoun: str, voice: bool, position: int,
                    content: tuple[int, int] | None) -> tuple[str, str | None]:
        """"his deputy", "seine Sprecherin": someone of the one the pronoun names, on their
        side; their spokesman is their voice ("his spokesman" speaks as him)."""
        pronouns = DE_PRONOUNS if self.language == "de" else EN_PRONOUNS
        name, affiliation = self._pronoun(pronoun, pronouns[pronoun], position, content)
        if name == pronoun:
            return raw, None  # no one to be of
        if voice:
            return name, affiliation
        owner = self.history.pop()  # the owner did not speak: their deputy did
        if affiliation is None and owner.kind != "person":
            affiliation = owner.name  # "its deputy director": the body's side
        elif affiliation is None and owner.name and (known := lookup(owner.name, fuzzy=False)) is not None:
            affiliation = affiliation_name(known.id)  # a person's, as the gazetteer knows them
        speaker = Speaker(raw, affiliation, "person", "", position)
        self.history.append(speaker)
        return speaker.name, speaker.affiliation

    def _interviewee(self, position: int) -> tuple[str | None, str | None]:
        """Whom the answers of a "Q: … A: …" interview are, in the lines before the first
        question: the person spoken to or interviewed ("Jane Smith spoke to Andriy Yusov"), else
        the only person named ("Andriy Yusov, spokesman for … HUR, spoke to …"), else no one."""
        first = _QUESTION_LINE.search(self.text, 0, position + 1)
        lead_end = first.start() if first is not None else position
        named = [m for m in self.mentions if m.position < lead_end]
        asked = _SPOKEN_TO.search(self.text, 0, lead_end)
        lead = next((m for m in named if m.position >= asked.end()), None) if asked is not None else None
        if lead is None and len({m.name for m in named}) == 1:
            lead = named[0]
        if lead is None:
            return None, None
        return self.resolve((lead.position, lead.position + len(lead.name)))

    def _line_start(self, position: int) -> int:
        return self.text.rfind("\n", 0, position) + 1

    def _line_label(self, position: int) -> re.Match | None:
        """The transcript label opening the line of `position` ("SANG-HUN: …"), if any."""
        return _LINE_LABEL.match(self.text, self._line_start(position))

    def _sentence_start(self, position: int, back: int = 0) -> int:
        """Where the sentence holding `position` starts, or the one `back` sentences before."""
        return self.starts[max(0, bisect.bisect_right(self.starts, position) - 1 - back)]

    def _she_described(self, position: int, plural: bool) -> Speaker | None:
        """The last woman or feminine body described (_DE_SHE) in the pronoun's sentence,
        before it, or the two before (the woman by her name when an apposition gives it),
        not as one part of a coordination; a group only for a plural "sie"."""
        found = [m for m in _DE_SHE.finditer(self.text, self._sentence_start(position, back=2), position)
                 if not _COORDINATED.search(self.text, max(0, m.start() - 8), m.start())
                 and (plural or not m.group("group"))]
        if not found:
            return None
        m = found[-1]
        if m.group("group"):
            return Speaker(m.group(0), group_affiliation(_WORD.findall(m.group("group"))), "group", "", m.start())
        if m.group("body"):
            return Speaker(m.group("body") + (m.group("of") or ""), None, "org", "", m.start())
        named = m.group("woman") and next((p for p in self.mentions if m.end() < p.position < m.end() + 80
                      and _NAMED_AFTER.fullmatch(self.text, m.end(), p.position)), None)
        return named or Speaker(m.group("woman") or m.group("kin"), None, "person", "", m.start())

    def _plural_verb_at(self, position: int, pronoun: str) -> bool:
        """German "sie" is "they" by its verb: "eroberten sie", "sie sagten" (not "sagte sie")."""
        near = _WORD.findall(self.text[max(0, position - 20) : position])[-1:] + \
            _WORD.findall(self.text[position + len(pronoun) : position + len(pronoun) + 20])[:1]
        return any(w.lower().endswith("en") or w.lower() == "sind" for w in near)

    def _subject_before(self, position: int) -> Speaker | None:
        """The last person leading the pronoun's sentence, before it, or the sentence before."""
        start = self._sentence_start(position, back=1)
        return next((m for m in reversed(self.mentions)
                     if m.position in self.subjects and start <= m.position < position), None)

    def _state_before(self, since: int = 0) -> Entity | None:
        """The state last quoted (after `since`), or the last speaker's ("South Korea's NIS said …")."""
        return next((found for s in reversed(self.history) if s.position >= since for name in (s.affiliation, s.name)
                     if name and (found := state_of(name)) is not None), None)

    def _state_body_before(self, body: str, position: int) -> Speaker | None:
        """"Moskau meldete …, teilte das Verteidigungsministerium mit": the body of that name
        of the state last quoted in the paragraph, when the gazetteer knows it."""
        return _known_body(self._state_before(since=self.text.rfind("\n", 0, position) + 1), body, position)

    def _both_states(self, position: int) -> Speaker | None:
        """"Russia and North Korea signed a treaty. Neither country has confirmed the
        deployment": the last two states named in the sentence or the one before."""
        states: list[str] = []
        for _, state in self._states_named(self._sentence_start(position, back=1), position):
            states = [n for n in states if n != state.name] + [state.name]
        if len(states) < 2:
            return None
        return Speaker(f"{states[-2]} and {states[-1]}", None, "group", "", position)

    def _country_in_sentence(self, position: int) -> Speaker | None:
        """"In a commentary published by KCNA, the country dismissed the reports": the state
        whose body publishes what it says, named before it in its sentence (any other state
        named there may be its accuser: "Responding to the South Korean report, the country")."""
        published = [(m, state) for m, state in self._states_named(self._sentence_start(position), position)
                     if _PUBLISHED_BY.search(self.text, max(0, m.start() - 40), m.start())]
        return Speaker(published[-1][1].name, None, "org", "", position) if published else None

    def _states_named(self, start: int, end: int) -> list[tuple[re.Match, Entity]]:
        """The states named in text[start:end] by capitalised names (the German pipeline has no
        entities to read), themselves or by a body of theirs, in order."""
        return [(m, state) for m in _CAPITALISED_RUN.finditer(self.text, start, end)
                if (state := state_of(m.group()) or state_of(m.group().split()[0])) is not None]

    def _of_the_country(self, raw: str, body: str, position: int) -> Speaker | None:
        """"the country's spy agency", "der Geheimdienst des Landes": the body of the state
        last quoted."""
        state = self._state_before()
        if state is None:
            return None
        known = _known_body(state, body, position)
        if known is not None:
            return known
        name = f"{state.name}'s {body}" if self.language != "de" else raw
        role = body.split()[-1]  # "the country's president" is a person
        return Speaker(name, state.name, "person" if self._is_title(role) else "org", role.lower(), position)

    def _body_before(self, head: str, position: int, kind: str | None = None) -> Speaker | None:
        """"the agency told lawmakers", "das Ministerium": the body last quoted under that
        head noun ("intelligence agency", "Verteidigungsministerium", "Der Geheimdienst NIS"),
        in the genitive too ("des Dienstes"); else the body last named that the gazetteer
        calls so ("South Korea's National Intelligence Service briefed lawmakers. The spy
        agency said …"). With a word of its kind ("the foreign ministry", "the spy agency"),
        only a body called so ("the foreign ministry" is no defence ministry)."""
        if self.language == "de" and head not in ORG_HEADS:
            head = _GENITIVE_END.sub("", head)
        if head not in ORG_HEADS:
            return None

        def called(name: str) -> bool:
            if kind is None:
                return True
            entity = lookup(name, fuzzy=False)
            names = [name.lower()] + (list(alias_keys(entity.id)) if entity is not None else [])
            return any(f"{kind} {head}" in n for n in names)

        for s in reversed(self.history):
            if s.kind == "person" or not s.name:
                continue
            named, _, by = s.name.partition(" by ")
            if any(w.endswith(head) for w in named.lower().split()) and called(named):
                return s
            if any(w.endswith(head) for w in by.lower().split()):
                # "lawmakers briefed by South Korea's spy agency said …. The agency also said":
                # the body they were briefed by
                return Speaker(_strip_possessive(by), None, "org", "", s.position)
        for a, b in reversed(self.actors):
            entity = lookup(self.text[a:b], fuzzy=False) if b <= position else None
            if entity is not None and entity.label == "ORG" and any(
                    key.split()[-1].endswith(head) for key in alias_keys(entity.id)) and called(entity.name):
                return Speaker(entity.name, None, "org", "", a)
        return None

    def _description(self, low: list[str], position: int, nation: str | None = None,
                     placed: str | None = None) -> Speaker | None:
        """The person a definite description stands for; a national ("der Brite") one the
        gazetteer knows or whose title places them in that state ("der britische Premier Keir
        Starmer"), not "der Ehemann" a police spokesman spoke of, that state's first. A
        description placed by its adjective (_adjective_nation: "the Ukrainian president") is
        no one placed in another state (not Yoon, named before)."""
        roles = [w for w in low[1:] if self._is_title(w)]
        candidates = [s for s in self.history + self.mentions
                      if s.kind == "person" and s.position < position and self._same_role(roles, s.title)]
        # (where they are placed, only when the description places them)
        states = {id(s): _states_of(s) for s in candidates} if nation or placed else {}
        if nation is not None:
            # (a known person of no state may be of any: Rutte acts for NATO)
            candidates = [s for s in candidates if nation in states[id(s)]
                          or (not states[id(s)] and known_person(s.name) is not None)]
        if placed is not None:
            # (one of no known state may be of any; an adjective the gazetteer does not know
            # places by itself: "der brasilianische Präsident Lula", "der uruguayische Präsident")
            for s in candidates:
                states[id(s)] |= {_demonym_stem(w) for w in s.title.split() if _DEMONYM_FORM.fullmatch(w)}
            candidates = [s for s in candidates if not states[id(s)] or placed in states[id(s)]]
        if not candidates:
            return None
        role_words = set(low[1:])
        # Most shared title words first, then the most recent.
        return max(candidates, key=lambda s: ((nation or placed) in states.get(id(s), ()),
                                              len(role_words & set(s.title.split())), s.position))

    def _same_role(self, roles: list[str], title: str) -> bool:
        """A description with a role ("der amerikanische Präsident") cannot stand for a
        person titled with another ("NATO-Generalsekretär Jaap de Hoop Scheffer"); one with
        no role ("the Dutchman") or a role any head holds ("the Kremlin leader") can stand
        for any person, and so can a person named without a title."""
        roles = [r for r in roles if r not in _ANY_ROLE]
        theirs = [w for w in title.split() if self._is_title(w)]
        return not roles or not theirs or any(t.endswith(r) or r.endswith(t) for r in roles for t in theirs)

    def _actor_before(self, position: int, content: tuple[int, int] | None) -> Speaker | None:
        """The last organisation or state named earlier in the pronoun's sentence, outside
        what was said and outside quotations (those name what is talked about)."""
        sent_start = self._sentence_start(position)
        outside = [
            a for a in self.actors
            if sent_start <= a[0] and a[1] <= position
            and not (content and content[0] <= a[0] and a[1] <= content[1])
            and not any(q[0] < a[0] and a[1] < q[1] for q in self.quotes)
        ]
        if not outside:
            return None
        start, end = outside[-1]
        return Speaker(_strip_possessive(self.text[start:end]), None, "org", "", start)

    def _authors(self, noun: str, position: int) -> Speaker | None:
        """Who issued a document: the speaker of the last earlier sentence mentioning it."""
        mentions = [m.start() for m in re.finditer(rf"\b{re.escape(noun)}\b", self.text[:position], re.I)]
        for mention in reversed(mentions):
            sent = bisect.bisect_right(self.starts, mention) - 1
            lo = self.starts[sent]
            hi = self.starts[sent + 1] if sent + 1 < len(self.starts) else len(self.text)
            speakers = [s for s in self.history if lo <= s.position < hi]
            if speakers:
                return speakers[-1]
        # not named before: the information just given ("Das Militär meldete neue Kämpfe.
        # Den Angaben zufolge …", "According to the figures, …"), by the last speaker of the
        # sentence before, in its paragraph
        sent = bisect.bisect_right(self.starts, position) - 1
        lo = self.starts[sent - 1] if sent > 0 else position
        return next((s for s in reversed(self.history) if lo <= s.position < self.starts[sent]
                     and "\n" not in self.text[s.position : position]), None)

    def _group_part(self, noun: str, position: int) -> Speaker | None:
        """"the states" after "the G7 states and the EU" spoke: the part naming states."""
        for speaker in reversed(self.history):
            if speaker.kind == "person" or speaker.position >= position:
                continue
            for part in CONJUNCTION.split(speaker.name):
                words = [w.lower() for w in _WORD.findall(part)]
                if noun in words and len(words) > 1 + (words[0] in _DEFINITE):
                    name = re.sub(r"^(?:the|der|die|das)\s+", "", part.strip(), flags=re.I)
                    return Speaker(name, None, "group", speaker.title, speaker.position)
        return None


# Who speaks against the state their description names: "a North Korean defector", "a
# Russian opposition politician", "ein nordkoreanischer Überläufer" are on no side of it
_AGAINST = ("defector", "defected", "dissident", "opposition", "opponent", "exile", "critic", "refugee", "émigré", "emigre",
            "überläufer", "oppositionell", "kritiker", "gegner", "flüchtling", "geflüchtet", "geflohen")
_AGAINST_AFTER = re.compile(r",?\s+(?:who|der|die)\s+(?:\w+\s+){0,3}(?:defected|fled|escaped|geflohen|übergelaufen)\b")
# ... nor who studies or covers it: "ein Russland-Experte", "ein Moskau-Korrespondent"
_STUDYING = ("expert", "observer", "correspondent", "watcher", "analyst", "experte", "expertin", "beobachter",
             "korrespondent", "kenner", "forscher")


def _missions_state(name: str) -> str | None:
    """The state whose mission abroad a speaker is of, not where it sits: "the Russian Embassy
    in Washington", "a diplomat at the North Korean embassy in Moscow"."""
    mission = _STATES_MISSION.search(name)
    return affiliation_of(mission.group("state")) if mission is not None else None


def _studies(title: str) -> bool:
    return title.lower().startswith(_STUDYING)


def _studies_a_place(words: list[str], title: str) -> bool:
    """Whether the title is one of study and the capitalised words right before it name the place studied
    ("Russia expert", "North Korea analyst", "Pyongyang watcher"), not the nationality of who
    studies it ("a Russian expert", "Ukrainian military analyst", "a US intelligence analyst":
    an abbreviation, or a word between) nor their employer ("CIA analyst")."""
    named = [w for w in words if w[:1].isupper() and w.lower() not in _INDEFINITE | _DEFINITE]
    if not _studies(title) or not named or named[-1] != words[-1] or named[-1].isupper() or "." in named[-1] \
            or name_key(named[-1]) in gazetteer().nationals or _DEMONYM_FORM.fullmatch(named[-1]):
        return False
    place = lookup(" ".join(named), fuzzy=False)
    return place is not None and place.label == "GPE"


def _against_its_state(words: list[str]) -> bool:
    # (a German compound's head too: "ein Kreml-Kritiker", "Nato-Gegner")
    return any(part.startswith(_AGAINST) for w in words for part in w.lower().split("-"))


# The form of a demonym adjective the gazetteer may not know: "Ecuadorian", "ecuadorianische",
# "uruguayische" (not "Democratic", "Republican", "politische", "militärische", "republikanische",
# nor the nouns and adjectives of that form a title holds: "civilian", "Christian", "politician")
_DEMONYM_FORM = re.compile(r"(?!republikanisch|civilian|christian|guardian|politician|historian|technician|physician"
                           r"|musician|librarian|veteran|outlandish|selfish|foolish)"
                           r"\w+(?:ian|ean|ese|ish|(?:an|en|in|ay)isch(?:e[nmrs]?)?)", re.IGNORECASE)


def _demonym_stem(word: str) -> str:
    return re.sub(r"e[nmrs]?$", "", name_key(word))


def _adjective_nation(words: list[str]) -> str | None:
    """The state the adjective of a description places its person in ("the Ukrainian
    president", "der ukrainische Präsident"): its id, or the adjective's stem when the
    gazetteer does not know the state ("der ecuadorianische Präsident": "ecuadorianisch"), so
    that no president of another state is taken for them. None when no adjective names a state."""
    for word in words[1:-1]:
        if (state := state_of(word)) is not None:
            return state.id
        if _DEMONYM_FORM.fullmatch(word):
            return _demonym_stem(word)
    return None


def _states_of(speaker: Speaker) -> set[str]:
    """The states a person is placed in: by a German demonym in their title ("der britische
    Premier"), by their affiliation, or by whom the gazetteer says they act for, through
    their bodies (Austin -> Pentagon -> United States)."""
    states = {demonym_entity_id(name_key(w)) for w in speaker.title.split()}
    for name in (speaker.affiliation, speaker.name):
        entity = lookup(name, fuzzy=False) if name else None
        for _ in range(3):  # a person, their body, its state
            if entity is None:
                break
            if (state := state_of(entity.name)) is not None:
                states.add(state.id)
                break
            entity = gazetteer().entities.get(acts_for(entity.id)) if acts_for(entity.id) != entity.id else None
    return states - {None}


def _is_document(words: list[str], low: list[str], language: str) -> bool:
    """"the statement", "the joint statement", "den Angaben": a document with no author
    named in it (a German noun is capitalised itself)."""
    named = words[1:-1] if language == "de" else words[1:]
    return (2 <= len(words) <= 4 and low[0] in _DOCUMENT_DETERMINERS
            and low[-1] in INFORMATION_NOUNS and not any(w[:1].isupper() for w in named))


def _is_plural_noun(word: str) -> bool:
    return word.islower() and word.endswith("s") and not word.endswith("ss") and len(word) > 3
