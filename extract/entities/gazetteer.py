"""The canonical-entity gazetteer (gazetteer.yaml) and the name keys used to look it up.

Two keys per name:
- `name_key`: casefolded, accents and punctuation-hyphens removed, articles and
  possessives stripped. Equal keys mean the same written name.
- `translit_key`: name_key with German/English transliteration differences folded
  (Selenskyj = Zelenskyy, Jermak = Yermak, Beloussow = Belousov), used for exact
  look-up of transliteration variants and for fuzzy matching.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

GAZETTEER_PATH = Path(__file__).with_name("gazetteer.yaml")
# A user gazetteer can replace the shipped one without editing the package.
GAZETTEER_ENV = "NEWSCLAIMS_GAZETTEER"

ARTICLES = ("the", "a", "an", "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einen", "einem")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_EDGE_PUNCT = " \t\r\n\"'“”„‟«»‹›()[]{},.:;!?*"
_POSSESSIVE = re.compile(r"(?:'s|s'|')$")
_SPACE = re.compile(r"\s+")
_ARTICLE_RE = re.compile(r"^(?:%s)\s+" % "|".join(ARTICLES))
# Ordered rewrites that fold German and English transliterations of Slavic and Korean names.
_TRANSLIT = (
    ("dsch", "j"),
    ("tsch", "ch"),
    ("sch", "sh"),
    ("zh", "sh"),
    ("kh", "h"),
    ("ck", "k"),
    ("ph", "f"),
    ("w", "v"),
    ("z", "s"),
    ("j", "y"),
    ("ie", "i"),
    ("iy", "y"),
    ("yi", "y"),
    ("ii", "y"),
    ("ey", "ei"),
)
_DOUBLE = re.compile(r"(.)\1+")


def fold_accents(text: str) -> str:
    text = text.replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_key(name: str, strip_articles: bool = True) -> str:
    """The normalised form of a name: what two spellings of one name have in common."""
    s = unicodedata.normalize("NFKC", name).translate(_APOSTROPHES)
    s = _SPACE.sub(" ", s).strip(_EDGE_PUNCT)
    s = _POSSESSIVE.sub("", s).strip(_EDGE_PUNCT)
    s = fold_accents(s).casefold()
    if strip_articles:
        s = _ARTICLE_RE.sub("", s).strip(_EDGE_PUNCT)  # "die „Automobilwoche“"
    s = s.replace("-", " ").replace("'", "")
    return _SPACE.sub(" ", s).strip()


def translit_key(key: str) -> str:
    """Fold transliteration variants of an already normalised name key."""
    s = key
    for old, new in _TRANSLIT:
        s = s.replace(old, new)
    return _DOUBLE.sub(r"\1", s)


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    label: str
    affiliation: str | None = None
    government_of: str | None = None
    gender: str | None = None  # PERSON: "f" or "m", for "she"/"he" to agree with
    role: str | None = None  # PERSON: "legislator", whom a legislator's title may name by surname


@dataclass
class Gazetteer:
    entities: dict[str, Entity] = field(default_factory=dict)
    # name_key -> entity id, for aliases, demonyms and refer_only descriptions.
    by_key: dict[str, str] = field(default_factory=dict)
    by_translit: dict[str, str] = field(default_factory=dict)
    # last name key of a PERSON -> id, only when exactly one person has it.
    by_surname: dict[str, str] = field(default_factory=dict)
    # Surface forms to find in running text: (text, entity id, label).
    surfaces: list[tuple[str, str, str]] = field(default_factory=list)
    # German demonym adjective stems ("nordkoreanisch") -> entity id.
    adjective_stems: dict[str, str] = field(default_factory=dict)
    # name_key of the other demonyms, nouns for nationals among them ("Russe", "Brite") -> entity id.
    nationals: dict[str, str] = field(default_factory=dict)
    conflicts: list[tuple[str, str, str]] = field(default_factory=list)

    def _index(self, key: str, entity_id: str) -> None:
        if not key:
            return
        existing = self.by_key.setdefault(key, entity_id)
        if existing != entity_id:
            self.conflicts.append((key, existing, entity_id))
        self.by_translit.setdefault(translit_key(key), entity_id)


# Minimum length of an automatically derived last name: shorter ones ("Un", "Ho") are
# Korean given-name syllables or too ambiguous to stand alone.
MIN_SURNAME_CHARS = 5


def load_gazetteer(path: str | os.PathLike | None = None) -> Gazetteer:
    path = Path(path or os.environ.get(GAZETTEER_ENV) or GAZETTEER_PATH)
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    gaz = Gazetteer()
    surname_owners: dict[str, set[str]] = {}
    for item in data.get("entities", []):
        ent = Entity(
            id=str(item["id"]),
            name=str(item["name"]),
            label=str(item.get("label", "ORG")),
            affiliation=item.get("affiliation"),
            government_of=item.get("government_of"),
            gender=item.get("gender"),
            role=item.get("role"),
        )
        gaz.entities[ent.id] = ent
        aliases = [ent.name, *map(str, item.get("aliases") or [])]
        for alias in aliases:
            gaz._index(name_key(alias), ent.id)
            gaz.surfaces.append((alias, ent.id, ent.label))
            if ent.label == "PERSON" and " " in alias.strip():
                last = alias.split()[-1]
                if len(last) >= MIN_SURNAME_CHARS:
                    surname_owners.setdefault(name_key(last), set()).add(ent.id)
                    gaz.surfaces.append((last, ent.id, ent.label))
        for desc in item.get("refer_only") or []:
            # Keep the article: "the North" must not make "North" an alias.
            gaz._index(name_key(str(desc), strip_articles=False), ent.id)
        for demonym in item.get("demonyms") or []:
            demonym = str(demonym)
            gaz._index(name_key(demonym), ent.id)
            if demonym.endswith("isch") or demonym[:1].islower():  # German adjective stem
                gaz.adjective_stems.setdefault(demonym, ent.id)
            else:
                gaz.surfaces.append((demonym, ent.id, "NORP"))
                gaz.nationals.setdefault(name_key(demonym), ent.id)
    for key, owners in surname_owners.items():
        if len(owners) == 1:
            gaz.by_surname[key] = next(iter(owners))
    # A last name shared by two people is not a safe surface form.
    gaz.surfaces = [
        s for s in dict.fromkeys(gaz.surfaces)
        if not (s[2] == "PERSON" and " " not in s[0] and name_key(s[0]) not in gaz.by_surname
                and name_key(s[0]) in surname_owners)
    ]
    return gaz


@lru_cache(maxsize=None)
def gazetteer() -> Gazetteer:
    """The gazetteer of this process, loaded once."""
    return load_gazetteer()


def alias_keys(entity_id: str) -> tuple[str, ...]:
    """The name keys the gazetteer knows an entity by (its aliases and descriptions)."""
    return _keys_by_entity().get(entity_id, ())


@lru_cache(maxsize=None)
def _keys_by_entity() -> dict[str, tuple[str, ...]]:
    keys: dict[str, list[str]] = {}
    for key, entity_id in gazetteer().by_key.items():
        keys.setdefault(entity_id, []).append(key)
    return {entity_id: tuple(found) for entity_id, found in keys.items()}


FIRST_NAMES_PATH = Path(__file__).with_name("first_names.yaml")


@lru_cache(maxsize=None)
def _first_names() -> dict[str, str]:
    data = yaml.safe_load(FIRST_NAMES_PATH.read_text(encoding="utf-8")) or {}
    return {name.lower(): gender[0] for gender in ("female", "male") for name in data.get(gender) or ()}


def given_name_gender(name: str) -> str | None:
    """"f" or "m" by a person's given name (first_names.yaml; "Marie-Agnes" by its first
    part), else None."""
    first = name.split()[0].lower() if " " in name.strip() else ""
    return _first_names().get(first) or _first_names().get(first.split("-")[0])
