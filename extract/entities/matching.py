"""Finding gazetteer names in running text, and choosing among overlapping candidates."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from extract.entities.gazetteer import gazetteer

GERMAN_ADJECTIVE_SUFFIX = r"(?:em|en|er|es|e)?"


@dataclass
class Candidate:
    start: int
    end: int
    label: str
    priority: int  # higher wins an overlap; then the longer span
    entity_id: str | None = None  # set when the source already knows the entity
    source: str = ""
    lookup_text: str | None = None  # the name as written before trimming ("the North")


# Where a candidate comes from, in order of trust.
PRIORITY_GAZETTEER = 3
PRIORITY_CUE = 2  # a pattern with a cue: title before a name, "Region X", first name + name
PRIORITY_MODEL = 2  # spaCy's English NER
PRIORITY_GUESS = 1  # capitalisation evidence alone


def _surface_pattern(surface: str) -> str:
    # Curly and straight apostrophes are the same letter to a reader.
    return re.escape(surface).replace("'", "['’]").replace("\\ ", r"\s+")


@lru_cache(maxsize=None)
def _gazetteer_regex(language: str) -> re.Pattern:
    gaz = gazetteer()
    surfaces = sorted({s for s, _, _ in gaz.surfaces}, key=len, reverse=True)
    alternation = "|".join(_surface_pattern(s) for s in surfaces)
    # German inflects names with a genitive -s (Russlands, Putins) written onto the word.
    suffix = "(?:s)?" if language == "de" else ""
    return re.compile(rf"(?<![\w])(?:{alternation}){suffix}(?![\w])")


@lru_cache(maxsize=None)
def _surface_index() -> dict[str, tuple[str, str]]:
    """Whitespace-collapsed surface -> (entity id, label); the first listed wins."""
    out: dict[str, tuple[str, str]] = {}
    for surface, entity_id, label in gazetteer().surfaces:
        out.setdefault(re.sub(r"\s+", " ", surface.replace("’", "'")), (entity_id, label))
    return out


@lru_cache(maxsize=None)
def _adjective_regex() -> re.Pattern | None:
    stems = gazetteer().adjective_stems
    if not stems:
        return None
    forms = []
    for stem in sorted(stems, key=len, reverse=True):
        forms.append(re.escape(stem))
        forms.append(re.escape(stem[0].upper() + stem[1:]))
    return re.compile(rf"(?<![\w])((?:{'|'.join(forms)})){GERMAN_ADJECTIVE_SUFFIX}(?![\w])")


def gazetteer_candidates(text: str, language: str) -> list[Candidate]:
    """Every gazetteer alias, demonym and (German) demonym adjective in the text."""
    index = _surface_index()
    out: list[Candidate] = []
    for m in _gazetteer_regex(language).finditer(text):
        surface = re.sub(r"\s+", " ", m.group(0).replace("’", "'"))
        hit = index.get(surface)
        if hit is None and language == "de" and surface.endswith("s"):
            hit = index.get(surface[:-1])
        if hit is None:
            continue
        out.append(Candidate(m.start(), m.end(), hit[1], PRIORITY_GAZETTEER, hit[0], "gazetteer"))
    adjectives = _adjective_regex()
    if language == "de" and adjectives is not None:
        stems = {s.lower(): i for s, i in gazetteer().adjective_stems.items()}
        for m in adjectives.finditer(text):
            entity_id = stems.get(m.group(1).lower())
            if entity_id:
                out.append(Candidate(m.start(), m.end(), "NORP", PRIORITY_GAZETTEER, entity_id, "demonym"))
    return out


def choose(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: higher priority first, then the longer, then the earlier."""
    starts: list[int] = []  # taken spans, sorted and disjoint, so one neighbour each side
    taken: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        if cand.end <= cand.start:
            continue
        k = bisect_right(starts, cand.start)
        if k > 0 and taken[k - 1].end > cand.start:
            continue
        if k < len(taken) and taken[k].start < cand.end:
            continue
        starts.insert(k, cand.start)
        taken.insert(k, cand)
    return taken

