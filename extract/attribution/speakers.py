"""Speaker names as a reader would give them, and pronouns resolved to earlier speakers.

- Titles and roles are stripped from people ("Pentagon spokesman Major General Pat Ryder"
  -> "Pat Ryder"); the words before the role become the affiliation ("Pentagon"), widened
  to a longer form the article uses elsewhere ("State Department" -> "US State Department").
- Groups, institutions and anonymous sources are kept as written ("the USA and South
  Korea", "Experts", "der Kreml").
- Pronouns ("he", "er") and definite descriptions ("the Dutchman", "the Russian president",
  "the Kremlin leader") resolve to the last compatible speaker named before them; a
  description whose role word appeared in a person's title prefers that person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.attribution.cues import (
    DE_ARTICLES,
    DE_PRONOUNS,
    DE_TITLE_SUFFIXES,
    EN_PRONOUNS,
    EN_TITLES,
)

_PERSON_NOUNS = frozenset(
    """president leader minister chancellor premier secretary spokesman spokeswoman
    spokesperson general commander official politician diplomat ambassador envoy chief
    head king dictator ruler man woman senator governor mayor candidate nominee
    präsident präsidentin kanzler kanzlerin minister ministerin chef chefin politiker
    politikerin sprecher sprecherin generalsekretär diplomat""".split()
)
_DEFINITE = frozenset({"the", "der", "die", "das", "den", "dem", "des"})
_WORD = re.compile(r"[\w][\w.’'\-]*")
_POSSESSIVE = re.compile(r"(’s|'s|’|')$")


@dataclass
class Speaker:
    name: str
    affiliation: str | None
    kind: str  # person | org | group
    title: str  # lowered title words, to match later descriptions


def _is_title(word: str, language: str) -> bool:
    low = word.lower()
    if low in EN_TITLES:
        return True
    if language == "de":
        return low.endswith(DE_TITLE_SUFFIXES) or low.split("-")[-1] in EN_TITLES
    return False


def _looks_like_name(words: list[str]) -> bool:
    return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


class SpeakerResolver:
    """Walks the frames of one document in text order, remembering who spoke."""

    def __init__(self, text: str, language: str, persons: list[tuple[int, int]]):
        self.text = text
        self.language = language
        self.persons = persons  # PERSON entity spans (English NER), sorted
        self.history: list[Speaker] = []

    def resolve(self, span: tuple[int, int]) -> tuple[str, str | None]:
        raw = self.text[span[0] : span[1]]
        words = _WORD.findall(raw)
        if not words:
            return raw, None
        low = [w.lower() for w in words]
        pronouns = DE_PRONOUNS if self.language == "de" else EN_PRONOUNS
        if len(words) == 1 and low[0] in pronouns:
            return self._pronoun(raw, pronouns[low[0]])
        if low[0] in _DEFINITE and 2 <= len(words) <= 4 and (
            low[-1] in _PERSON_NOUNS or low[-1].endswith(("man", "chef"))
        ):
            found = self._description(low)
            if found is not None:
                return found.name, found.affiliation
        speaker = self._name(span, raw, words)
        self.history.append(speaker)
        return speaker.name, speaker.affiliation

    # -- named speakers ------------------------------------------------------------

    def _name(self, span, raw: str, words: list[str]) -> Speaker:
        person = self._person_entity(span)
        # An apposition "The head of the office, Andriy Yermak," names the person apart.
        parts = [p.strip() for p in re.split(r",|\(|\)", raw) if p.strip()]
        if person is None and len(parts) > 1:
            for part in parts:
                pw = _WORD.findall(part)
                if len(pw) >= 2 and _looks_like_name(pw) and not any(
                    _is_title(w, self.language) for w in pw
                ):
                    return self._person(part, None, raw)
        if person is not None:
            name = _POSSESSIVE.sub("", person)
            before = raw[: raw.find(person)] if person in raw else ""
            return self._person(name, self._affiliation(before), raw)
        head_part = parts[0] if parts else raw
        pw = _WORD.findall(head_part)
        titles = [i for i, w in enumerate(pw) if _is_title(w, self.language)]
        if titles:
            rest = pw[titles[-1] + 1 :]
            if rest and _looks_like_name(rest):
                name = " ".join(rest)
                before_words = pw[: titles[0]]
                return self._person(name, self._affiliation(" ".join(before_words)), raw)
        name = _POSSESSIVE.sub("", raw.strip(" ,;:"))
        lowered = name.lower()
        kind = "group" if (" and " in lowered or " und " in lowered or name[:1].islower()) else "org"
        if self.language == "de" and len(pw) in (2, 3) and _looks_like_name(pw) and pw[0].lower() not in DE_ARTICLES:
            kind = "person"
        return Speaker(name, None, kind, "")

    def _person(self, name: str, affiliation: str | None, raw: str) -> Speaker:
        title = " ".join(w.lower() for w in _WORD.findall(raw) if _is_title(w, self.language))
        return Speaker(name.strip(" ,;:"), affiliation, "person", title)

    def _person_entity(self, span) -> str | None:
        inside = [p for p in self.persons if p[0] >= span[0] and p[1] <= span[1]]
        if not inside:
            return None
        start, end = inside[-1]
        return self.text[start:end]

    def _affiliation(self, before: str) -> str | None:
        """Organisation words before the role: "Pentagon spokesman" -> "Pentagon"."""
        words = [w for w in _WORD.findall(before) if w[:1].isupper() and not _is_title(w, self.language)]
        words = [w for w in words if w.lower() not in _DEFINITE]
        if self.language == "de" and not words:
            m = re.match(r"([A-ZÄÖÜ][\w]*)-", before.strip())
            if m:
                words = [m.group(1)]
        if not words:
            return None
        aff = _POSSESSIVE.sub("", " ".join(words))
        # Widen to a longer form used elsewhere in the article ("the US State Department").
        m = re.search(r"\b([A-Z][A-Za-z.]{1,5})\s+" + re.escape(aff) + r"\b", self.text)
        if m and m.group(1) not in ("The", "A", "An", "According", "Der", "Die", "Das"):
            aff = f"{m.group(1)} {aff}"
        return aff

    # -- references back -------------------------------------------------------------

    def _pronoun(self, raw: str, kind: str) -> tuple[str, str | None]:
        wanted = {"person": ("person",), "group": ("group", "org"), "org": ("org", "group")}.get(kind)
        if wanted is None:
            return raw, None
        if self.language == "de" and raw.lower() == "sie":
            wanted = ("person", "group", "org")
        for speaker in reversed(self.history):
            if speaker.kind in wanted:
                self.history.append(speaker)
                return speaker.name, speaker.affiliation
        return raw, None

    def _description(self, low: list[str]) -> Speaker | None:
        role_words = set(low[1:])
        for speaker in reversed(self.history):
            if speaker.kind == "person" and role_words & set(speaker.title.split()):
                self.history.append(speaker)
                return speaker
        for speaker in reversed(self.history):
            if speaker.kind == "person":
                self.history.append(speaker)
                return speaker
        return None
