"""Names to canonical entities: resolve_entity and strip_title.

Resolution order, most certain first: exact alias; German genitive -s removed;
transliteration-folded alias; a person's unique last name; a fuzzy match of the folded
name (rapidfuzz ratio >= FUZZY_CUTOFF, names of FUZZY_MIN_CHARS or more, label-compatible);
then the same after removing a leading title. Fuzzy matches keep the word count and
each word's initial, and never merely extend a name ("Indiana" is not "Indian"). A name nothing
matches gets the id "name:" + its normalised key, so one spelling gets one id in every run.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from extract.months import WEEKDAYS, month_number
from extract.entities.gazetteer import ARTICLES, Entity, gazetteer, name_key, translit_key

FUZZY_CUTOFF = 90.0
FUZZY_MIN_CHARS = 6
UNKNOWN_PREFIX = "name:"
GERMAN_ADJECTIVE_ENDINGS = ("em", "en", "er", "es", "e")

# Last words of institution names: a name ending in one of them is not a person.
ORG_HEADS = frozenset(
    """department ministry office agency council committee force forces army navy service
    services bank union organization organisation court government house commission party
    directorate intelligence administration command staff institute university center
    centre kremlin pentagon ministerium amt regierung behörde dienst team group""".split()
)
# Heads of a noun phrase that name a source ("citing two US officials", "according to two
# sources"), as against a reason ("citing a threat to public health").
SOURCE_NOUNS = frozenset("""official officials source sources diplomat diplomats spokesman
    spokeswoman spokesperson aide aides officer officers commander commanders lawmaker lawmakers
    analyst analysts expert experts people person military
    beamte beamten quelle quellen diplomaten vertreter offizielle experten sprecher""".split()) | ORG_HEADS
# Words of a title or role, never part of a person's name (English, lowercased).
ENGLISH_ROLE_WORDS = {
    "president", "vice", "minister", "ministry", "secretary", "general", "spokesman",
    "spokeswoman", "spokesperson", "spokespeople", "department", "state", "defence", "defense",
    "foreign", "affairs", "deputy", "prime", "chancellor", "chief", "head", "director",
    "ambassador", "envoy", "representative", "high", "security", "policy", "leader",
    "commander", "lieutenant", "colonel", "major", "sergeant", "admiral",
    "senator", "governor", "mayor", "sir", "mr", "mrs", "ms", "dr", "prof", "professor",
    "king", "queen", "pope", "premier", "officer", "official", "adviser", "advisor",
    "analyst", "expert", "correspondent", "reporter", "editor", "founder", "ceo", "chairman",
    "chairwoman", "chair", "counsel", "attorney", "judge", "justice", "speaker",
    "staff", "press", "national", "military", "intelligence",
    "office", "presidential", "supreme", "armed", "forces", "army", "navy", "air", "force",
    "pentagon", "white", "house", "council", "interior", "finance", "treasury",
    "sen", "rep", "congressman", "congresswoman", "lawmaker",
}
# A legislator's title before one name: the gazetteer's person of that surname is someone
# else unless the gazetteer knows them as one ("Sen. Sullivan" is not Jake Sullivan)
LEGISLATOR_TITLES = frozenset(
    "sen sen. senator senatorin rep rep. representative congressman congresswoman lawmaker mp abgeordnete abgeordneter".split())


def other_than_legislator(surname: str) -> bool:
    """The gazetteer's person of a surname holds no seat: a legislator's title before it names another."""
    person = known_person(surname)
    return person is not None and person.role != "legislator"


# A politician's field and military ranks, titles too (attribution.cues.DE_TITLE_SUFFIXES):
# "FDP-Verteidigungspolitikerin Marie-Agnes Strack-Zimmermann", "Generalinspekteur Carsten Breuer"
GERMAN_FIELD_AND_RANK_ROLES = ("politiker", "politikerin", "inspekteur", "inspekteurin", "admiral", "oberst")
# Endings of German role nouns, also inside compounds: NATO-Generalsekretär, Kremlsprecher.
GERMAN_ROLE_ENDINGS = (
    "präsident", "präsidentin", "präsidenten", "minister", "ministerin", "ministers",
    "kanzler", "kanzlerin", "sekretär", "sekretärin", "sekretärs", "sprecher", "sprecherin",
    "chef", "chefin", "chefs", "botschafter", "botschafterin", "general", "generals",
    "generalin", "kommandeur", "vorsitzende", "vorsitzender", "vorsitzenden", "leiter",
    "leiterin", "direktor", "direktorin", "abgeordnete", "abgeordneter", "abgeordneten",
    "senator", "senatorin", "premier", "premierminister", "bürgermeister", "bürgermeisterin",
    "berater", "beraterin", "gouverneur", "gouverneurin", "könig", "königin", "papst",
    "machthaber", "diktator", "beauftragte", "beauftragter", "beauftragten", "vertreter",
    "vertreterin", "experte", "expertin", "analyst", "analystin", "korrespondent",
    "korrespondentin", "reporter", "reporterin", "professor", "professorin", "gründer",
    "staatschef", "regierungschef", "oberbefehlshaber", "befehlshaber", "kommandant",
    "herr", "frau", "dr.", "prof.", *GERMAN_FIELD_AND_RANK_ROLES,
)
# Function words inside titles ("Secretary of State"): neither a name nor a title alone.
ENGLISH_TITLE_GLUE = {"of", "for", "the", "and", "a", "an", "to"}
# Lower-case parts inside personal names: "Ursula von der Leyen", "Ludwig van Beethoven".
NAME_PARTICLES = {"von", "van", "de", "der", "den", "da", "di", "du", "del", "le", "la", "bin", "ibn", "al", "el", "zu"}

# A capitalised run after these is where the speaker is, not who ("... in New York").
_PLACE_PREPOSITIONS = {"in", "at", "from", "im", "aus", "bei", "beim", "nahe", "near"}
_TOKEN = re.compile(r"\S+")
_CAPITALISED = re.compile(r"^[^\W\d_][\w'’.-]*$")


def _compatible(query_label: str | None, entity_label: str) -> bool:
    if query_label is None:
        return True
    return (query_label == "PERSON") == (entity_label == "PERSON")


@lru_cache(maxsize=None)
def _fuzzy_choices() -> dict[int, tuple[list[str], list[str]]]:
    """Folded keys by word count: a fuzzy match never adds or drops a word
    ("Verteidigungsministerium" is not "US-Verteidigungsministerium")."""
    gaz = gazetteer()
    keys = dict(gaz.by_translit)
    for surname, entity_id in gaz.by_surname.items():
        keys.setdefault(translit_key(surname), entity_id)
    by_count: dict[int, tuple[list[str], list[str]]] = {}
    for key, entity_id in keys.items():
        names, ids = by_count.setdefault(len(key.split()), ([], []))
        names.append(key)
        ids.append(entity_id)
    return by_count


@lru_cache(maxsize=None)
def _adjective_stem_keys() -> dict[str, str]:
    return {name_key(stem): entity_id for stem, entity_id in gazetteer().adjective_stems.items()}


def demonym_entity_id(key: str) -> str | None:
    """The entity a German demonym adjective stands for: ukrainischen -> Ukraine."""
    stems = _adjective_stem_keys()
    for ending in GERMAN_ADJECTIVE_ENDINGS:
        if key.endswith(ending) and key[: -len(ending)] in stems:
            return stems[key[: -len(ending)]]
    return None


def national_of(key: str) -> str | None:
    """The state a German noun for one of its nationals stands for: a demonym the gazetteer
    lists (Russe, Brite), or one formed as its adjective in -isch is: Niederländer(in) ->
    niederländisch -> the Netherlands."""
    if key in gazetteer().nationals:
        return gazetteer().nationals[key]
    stem = key.removesuffix("in")
    return _adjective_stem_keys().get(stem.removesuffix("er") + "isch") if stem.endswith("er") else None


# a middle initial, or a generation after the surname, which the gazetteer's names leave out
_INITIALS_AND_SUFFIX = re.compile(r"(?<=\w) [a-z]\.?(?= \w)|,? (?:jr|sr|ii|iii|iv)\.?$")


@lru_cache(maxsize=100_000)
def lookup(name: str, label: str | None = None, fuzzy: bool = True, surname: bool = True) -> Entity | None:
    """The gazetteer entity a name denotes, or None. No title stripping; `surname` False
    matches no one by their surname alone."""
    gaz = gazetteer()
    full, key = name_key(name, strip_articles=False), name_key(name)
    candidates = [full, key]
    plain = _INITIALS_AND_SUFFIX.sub("", key)
    if plain != key and " " in plain:
        candidates.append(plain)  # "Lloyd J. Austin III" is Lloyd Austin
    if key.endswith("s") and len(key) > 4:
        candidates.append(key[:-1])  # German genitive: Russlands, Putins, des Kremls
    for k in candidates:
        if k in gaz.by_key:
            return gaz.entities[gaz.by_key[k]]
    for k in candidates:
        # (not a short name: an acronym is spelled, not transliterated, "taz" is not "TASS")
        if len(k) > 4 and translit_key(k) in gaz.by_translit:
            return gaz.entities[gaz.by_translit[translit_key(k)]]
    for k in candidates:
        if surname and k in gaz.by_surname and _compatible(label, "PERSON"):
            return gaz.entities[gaz.by_surname[k]]
    demonym = demonym_entity_id(key)
    if demonym:
        return gaz.entities[demonym]
    if fuzzy and len(key) >= FUZZY_MIN_CHARS:
        folded = translit_key(key)
        keys, ids = _fuzzy_choices().get(len(folded.split()), ([], []))
        hit = process.extractOne(folded, keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        # An extension is another word ("Indiana" is not "Indian"); so is another initial of
        # any word ("Kim Yong Hyun" is not "Kim Jong Un"), and a role for a body ("defence
        # minister" is not "defence ministry").
        if hit is not None and not hit[0].startswith(folded) and not folded.startswith(hit[0]) \
                and not any(a[0] != b[0] or a != b and (_is_role_word(a, None) or _is_role_word(b, None))
                            for a, b in zip(folded.split(), hit[0].split())):
            entity = gaz.entities[ids[hit[2]]]
            if _compatible(label, entity.label):
                return entity
    return None


def is_a_place(name: str) -> bool:
    """A state or place the gazetteer knows: an explainer's topic before a colon ("Russia:
    The Kremlin has …", "Ukraine: Präsident Selenskyj spricht von …")."""
    entity = lookup(name, fuzzy=False)
    return entity is not None and entity.label in ("GPE", "LOC")


def known_person(name: str) -> Entity | None:
    """The gazetteer person a name denotes (exactly, or by surname), else None."""
    entity = lookup(name, "PERSON", fuzzy=False)
    return entity if entity is not None and entity.label == "PERSON" else None


_EDGE_MARKS = " \"'“”„«»()[],.:;!?"


def display_name(name: str) -> str:
    """A name as written, without surrounding punctuation, leading article or possessive."""
    s = re.sub(r"\s+", " ", name.replace("’", "'")).strip(_EDGE_MARKS)
    s = re.sub(r"^(?:the|The|der|die|das|des|dem|den|Der|Die|Das|Des|Dem|Den)\s+", "", s)
    # after the article, a quoted name's marks are at the edge too: 'Die „Washington Post“'
    return re.sub(r"(?:'s|')$", "", s.strip(_EDGE_MARKS)).strip()


@lru_cache(maxsize=100_000)
def resolve_entity(name: str, label: str | None = None, language: str | None = None) -> tuple[str, str]:
    """(entity_id, entity_name) for a name as written in an article or a speaker span.

    label ORG on a capital city ("Pyongyang") gives the government it stands for.
    """
    entity = lookup(name, label) or _described_body(name)
    if entity is None:
        bare, _ = strip_title(name, language)
        if bare and bare != name:
            legislator = " " not in bare and name.lower().split()[0] in LEGISLATOR_TITLES and other_than_legislator(bare)
            entity = lookup(bare, label, fuzzy=not legislator, surname=not legislator)
            name = bare
    if entity is None:
        name = display_name(name)
        # "the nonpartisan Commission on Presidential Debates" is the Commission on Presidential Debates
        proper = _DESCRIBED_PROPER_NAME.match(name)
        name = proper.group("name") if proper is not None else name
        return UNKNOWN_PREFIX + name_key(name), name
    if label == "ORG" and entity.government_of:
        entity = gazetteer().entities[entity.government_of]
    return entity.id, entity.name


# Lower-case words describing a proper name of capitalised words (and their function words),
# not a role at a body ("a tech staffer at the State Department")
_DESCRIBED_PROPER_NAME = re.compile(
    r"(?:(?!(?:at|of|for|in|inside|within|outside|near|from|with|by|to|on|bei|von|aus|für|mit)\s)[a-zäöü][\w-]*\s+)+"
    r"(?P<name>[A-Z][\w.’'-]*(?:\s+(?:of|on|for|and|the|[A-Z][\w.’'-]*))*\s+[A-Z][\w.’'-]*)$")


# Endings of German nouns for a body, also inside compounds: Militärgeheimdienst, Nachrichtenagentur.
DE_BODY_ENDINGS = ("dienst", "dienstes", "agentur", "ministerium", "ministeriums", "amt", "amtes", "behörde",
                    "regierung", "denkfabrik")


# Words describing a medium or a think tank before its name: "state media KCNA", "the
# state-run KCNA", "the official KCNA news agency", "the think tank ISW"
_BODY_DESCRIPTIONS = frozenset(
    "media broadcaster outlet newspaper state-run state-owned state-controlled official tank think-tank".split())


# A state's body by its own name: "South Korea's NIS", "Ukraine's HUR"
_STATES_BODY = re.compile(r"^(?:the\s+)?(?P<state>[A-Z][\w. -]*?)['’]s\s+(?P<body>[A-Z][\w. -]*)$")


def _described_body(name: str) -> Entity | None:
    """A body named after a description of it: "Nachrichtenagentur Yonhap", "der ukrainische
    Militärgeheimdienst HUR", "South Korea's spy agency NIS", "state media KCNA". The name
    must follow the description's head noun directly and be an organisation the gazetteer
    knows; or after its state's possessive, when it acts for that state ("South Korea's NIS")."""
    owned = _STATES_BODY.match(name.strip())
    if owned is not None:
        body, state = lookup(owned["body"], fuzzy=False), state_of(owned["state"])
        if body is not None and body.label == "ORG" and state is not None and state_of(body.name) == state:
            return body
    tokens = _TOKEN.findall(name)
    placed = _placed_body(tokens[1:] if tokens and tokens[0].lower() in ARTICLES else tokens)
    if placed is not None:
        return placed
    for k in range(len(tokens) - 1, 0, -1):
        head = tokens[k - 1].lower()
        if head in ORG_HEADS or head in _BODY_DESCRIPTIONS or head.endswith(DE_BODY_ENDINGS):
            entity = lookup(" ".join(tokens[k:]), fuzzy=False)
            if entity is not None and entity.label == "ORG":
                return entity
    return None


def _placed_body(tokens: list[str]) -> Entity | None:
    """A body the gazetteer knows after where it is: "the US-based Institute for the Study of
    War", "American Institute for the Study of War", "das US-Institut für Kriegsstudien" (not
    another state's: "Russian General Staff" is not Ukraine's)."""
    if len(tokens) < 2:
        return None
    first, rest = tokens[0], tokens[1:]
    if "-" in first and first.split("-", 1)[1][:1].isupper():
        first, rest = first.split("-", 1)[0], [first.split("-", 1)[1], *rest]  # "US-Institut"
    place = first.removesuffix("-based")
    state = state_of(place)  # "US", "Washington", "American"
    if state is None and (german := demonym_entity_id(name_key(place))) is not None:
        state = gazetteer().entities.get(german)  # "amerikanische"
    body = lookup(" ".join(rest), fuzzy=False) if state is not None else None
    if body is None or body.label != "ORG" or state_of(body.name) not in (None, state):
        return None
    return body


def acts_for(entity_id: str) -> str:
    """Whom an entity acts for: its gazetteer `affiliation` (the Pentagon, the US Treasury
    -> the United States; Zelenskyy -> Ukraine; Rutte -> NATO), else the entity itself.
    Whose troops, sanctions or territory a figure counts."""
    entity = gazetteer().entities.get(entity_id)
    if entity is not None and entity.label in ("ORG", "PERSON") and entity.affiliation:
        return entity.affiliation
    return entity_id


def affiliation_name(entity_id: str | None) -> str | None:
    """The name of whom a known speaker acts for (acts_for): Peskov -> Kremlin, the
    Pentagon -> United States; None for an entity with no affiliation or an unknown name."""
    acting = acts_for(entity_id) if entity_id else None
    if acting is None or acting == entity_id or acting not in gazetteer().entities:
        return None
    return gazetteer().entities[acting].name


# Nouns for what was said, never who said it: "the statement said", "according to Ukrainian
# intelligence information", "die Informationen des Geheimdienstes". A speaker is a person,
# organisation, government, group or anonymous source.
INFORMATION_NOUNS = {
    "information", "informations", "statement", "statements", "report", "reports", "data",
    "figures", "estimate", "estimates", "assessment", "assessments", "document", "documents",
    "release", "communique", "communiqué", "announcement", "findings", "footage", "images",
    "imagery", "video", "claim", "claims", "declaration", "text", "letter", "message", "messages",
    "informationen", "erklärung", "mitteilung", "bericht", "berichte", "berichten", "angaben",
    "daten", "zahlen", "schätzung", "schätzungen", "stellungnahme", "meldung", "meldungen",
    "dokument", "dokumente", "aufnahmen", "bilder",
    "einschätzung", "einschätzungen", "erkenntnis", "erkenntnisse", "erkenntnissen", "ansicht",
    "auffassung", "aussage", "aussagen", "darstellung", "schilderung", "schilderungen",
    "recherchen", "berechnungen", "zählung", "informationen",
}
# Pronouns and first-person possessives name no one by themselves (outside a quotation
# "nach unseren Worten" is the outlet's)
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "his", "her", "their", "its", "our",
             "er", "sie", "es", "wir", "ich", "man", "unser", "unsere", "unserer", "unseren", "unserem",
             "unseres"}
# Titles that name a person at a body ("Director of the Institute for … Kim Min-seok")
_PERSONS_TITLES = frozenset("""director chairman chairwoman chair president head chief fellow professor analyst
    researcher expert spokesman spokeswoman spokesperson minister secretary commander representative deputy
    ambassador envoy general colonel lieutenant admiral governor mayor leader adviser advisor coordinator
    officer official member""".split())
# What links an information noun to its author: "statement of the G7", "Bericht des Pentagons".
_AUTHOR_LINKS = {"of", "by", "from", "des", "der", "einer", "eines", "von", "vom", "aus"}
# Words that leave no one behind once the information noun is gone: "the joint statement".
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her",
                "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "diese", "dieser",
                "diesen", "jüngste", "jüngsten", "neue", "neuen", "latest", "new", "joint", "official",
                "final", "gemeinsame", "gemeinsamen", "unconfirmed", "unverified", "initial", "first",
                "recent", "earlier", "conflicting", "several", "some", "many", "other", "further",
                "unbestätigte", "unbestätigten", "ersten", "erste", "weitere", "weiteren"}
# A coordinated speaker: "South Korea and the US", "both Ukraine and the United States".
CONJUNCTION = re.compile(r"\s*,\s*(?:and\s+|und\s+)?|\s+(?:and|und|&)\s+")
_BOTH = re.compile(r"^(?:both|either|sowohl)\s+", re.IGNORECASE)
# "Neither Moscow nor Pyongyang", "Weder Moskau noch Pjöngjang", "Sowohl Moskau als auch Kiew",
# "(confirmed by) either the Kremlin or Pyongyang"
_PAIRED = re.compile(r"^(?:neither|weder|sowohl|either|entweder)\s+(.+?)\s+(?:nor|noch|als auch|or|oder)\s+(.+)$",
                     re.IGNORECASE)


# German compounds of an information noun: Militärangaben, Geheimdienstinformationen.
_INFORMATION_COMPOUND_ENDS = ("angaben", "informationen", "erkenntnissen", "erkenntnisse", "schätzungen",
                              "berichten", "berichte")


def is_information(word: str) -> bool:
    """A noun for what was said, or a German compound of one ("Geheimdienstinformationen")."""
    low = word.lower()
    return low in INFORMATION_NOUNS or low.endswith(_INFORMATION_COMPOUND_ENDS)


def _author_of_information(name: str) -> str | None:
    """The speaker a name stands for once a head noun of information is taken off:
    "Ukrainian intelligence information" -> "Ukrainian intelligence", "the statement of the
    G7" -> "the G7", "the statement" -> None (no one). Other names come back unchanged."""
    words = name.split()
    # The head is the last word before the author link ("Signatories of ... statement": no).
    cut = next((i for i, w in enumerate(words) if w.lower() in _AUTHOR_LINKS and i > 0), len(words))
    head = words[cut - 1].lower().strip(",.;:()\"'“”’") if cut else ""
    glued, _, tail = head.rpartition("-")
    if glued and tail in INFORMATION_NOUNS and cut == len(words):
        # "US-Angaben", "Kreml-Angaben": the author is glued on
        return " ".join([*words[: cut - 1], words[cut - 1][: len(glued)]])
    first = next((i for i, w in enumerate(words) if w.lower() not in _DETERMINERS), len(words))
    if cut == len(words) and first < len(words) - 1 and words[first].lower() in INFORMATION_NOUNS \
            and all(w[:1].isupper() for w in words[first + 1 :]) and words[-1].endswith("s"):
        # German genitive of a name after the noun: "Angaben Kiews", "Schätzungen Südkoreas"
        last = words[-1] if lookup(" ".join(words[first + 1 :])) else words[-1][:-1]
        return " ".join([*words[first + 1 : -1], last])
    if cut == len(words) and first < len(words) - 2 and words[first].lower() in INFORMATION_NOUNS \
            and words[first + 1].islower() and words[first + 1].endswith("er") and words[-1][:1].isupper():
        # ... or of a plural without article: "Schätzungen westlicher Geheimdienste"
        return " ".join(words[first + 1 :])
    if not is_information(head):
        return name
    if cut < len(words) - 1:
        return " ".join(words[cut + 1 :])
    rest = [w for w in words[: cut - 1] if w.lower() not in _DETERMINERS]
    # German writes a demonym in lower case: "nach (amtlichen) russischen Angaben": Russia
    demonyms = " ".join(w for w in rest if demonym_entity_id(name_key(w)))
    if demonyms and any(w[:1].isupper() for w in rest):
        demonyms = ""
    end = next((e for e in _INFORMATION_COMPOUND_ENDS if head.endswith(e) and len(head) > len(e) + 2), None)
    if end is not None:
        # "Polizeiangaben", "israelischen Armeeangaben": the author is the first part, or
        # the state its demonym names when the gazetteer does not know the whole
        first = words[cut - 1][: -len(end)]
        first = first[:-1] if first.endswith("s") and len(first) > 4 else first  # "Unternehmensangaben"
        author = " ".join([*rest, first.rstrip("-")])
        return demonyms if demonyms and lookup(author) is None else author
    if demonyms:
        return demonyms
    # Something must name the author: "Ukrainian intelligence", not "the joint" or "satellite".
    if not any(w[:1].isupper() or w.lower() in {"intelligence", "officials", "authorities", "sources", "media", "press"}
               for w in rest):
        return None
    return " ".join(rest)


@lru_cache(maxsize=100_000)
def _conjuncts(name: str, language: str | None) -> tuple[tuple[str, str | None, str | None], ...]:
    """Each part of a coordinated name with the speaker resolve_speaker makes of it alone;
    () for a name that is one entity ("Bosnia and Herzegovina"), has no conjunction or joins
    the halves of German compounds ("Kongress- und Verteidigungskreise")."""
    paired = _PAIRED.match(name.strip())
    joined = f"{paired.group(1)} and {paired.group(2)}" if paired else _BOTH.sub("", name.strip())
    parts = [p for p in CONJUNCTION.split(joined) if p.strip()]
    if len(parts) < 2 or lookup(name, fuzzy=False) is not None or any(p.rstrip().endswith("-") for p in parts):
        return ()
    return tuple((part, *resolve_speaker(part, language)) for part in parts)


# "U.S. and South Korean officials", "südkoreanische und ukrainische Stellen": two sides'
# sources sharing one noun
_SHARED_HEAD = re.compile(r"^(?P<a>\S+(?:\s\S+)?)\s+(?:and|und)\s+(?P<b>\S+(?:\s\S+)?)\s+(?P<head>[\w-]+)$")
# Officials or state media at a capital are its government's ("Officials in Seoul", "Beamte in
# Kiew", "State media in Pyongyang"); other sources there ("sources in Seoul", "diplomats in
# Brussels", "media in Seoul") may be anyone's. At two capitals
# ("Officials in Seoul and Washington") they are each government's.
OFFICIALS_AT = re.compile(r"^(?P<head>(?:(?:the|die)\s+)?(?:(?:government\s+|senior\s+)?officials|authorities|Beamte"
                          r"|Behörden|Regierungsvertreter|Regierungskreisen?|state\s+media|Staatsmedien"
                          r"|Sicherheitskreisen?|Abgeordnete|lawmakers"
                          # ... or their voice: "a spokesman in Seoul", "ein Regierungssprecher in Seoul"
                          r"|(?:an?|ein|eine)\s+(?:government\s+)?(?:spokes(?:man|woman|person)|\w*sprecher(?:in)?"
                          r"|lawmaker|Abgeordneter|Abgeordnete))"
                          # ... or services and circles from there: "Geheimdienste aus Südkorea"
                          r"|\w*(?:dienste|kreise|kreisen|quellen))"
                          r"\s+(?:in|im|aus)\s+(?P<place>[A-ZÄÖÜ][\w-]+)"
                          r"(?:\s+(?:and|und)\s+(?P<other>[A-ZÄÖÜ][\w-]+))?$", re.IGNORECASE)


def _shared_head(name: str, language: str | None) -> tuple[tuple[str, str], ...]:
    """Each side of "U.S. and South Korean officials" as named alone ("U.S. officials",
    "South Korean officials"), and of "Officials in Seoul and Washington" ("Officials in
    Seoul", "Officials in Washington"), when both name a state or body; () otherwise."""
    seats = OFFICIALS_AT.match(name.strip())
    if seats is not None and seats.group("other"):
        sides = [f"{seats.group('head')} in {seats.group(side)}" for side in ("place", "other")]
        if not all(affiliation_of(seats.group(side)) for side in ("place", "other")):
            return ()
        members = tuple(dict.fromkeys(resolve_speaker(side, language) for side in sides))
        return members if len(members) > 1 else ()
    m = _SHARED_HEAD.match(name.strip())
    if m is None or m.group("head")[:1].isupper() != (language == "de") or not all(
            group_affiliation(m.group(side).split()) for side in ("a", "b")):
        return ()
    members = tuple(dict.fromkeys(resolve_speaker(f"{m.group(side)} {m.group('head')}", language) for side in ("a", "b")))
    return members if len(members) > 1 else ()


def speaker_members(name: str, language: str | None = None) -> tuple[tuple[str, str], ...]:
    """The speakers a coordinated speaker stands for, each (id, name): "South Korea and the
    US" -> ((Q884, South Korea), (Q30, United States)), "Jon Tester and David Vitter" -> both,
    with name: ids. Only when every part is a known entity or a proper name: "Cruz and his
    aides", "Regulators and environmental groups" or an apposition a comma split off
    ("Dean, a former DNC chairman and presidential candidate") have no members, and their
    claims are the speaker's alone."""
    parts = _conjuncts(name, language)
    if not all(entity_id is not None and (not entity_id.startswith(UNKNOWN_PREFIX) or _proper_name(part, language))
               for part, entity_id, _ in parts):
        return _shared_head(name, language)
    members = tuple(dict.fromkeys((entity_id, entity_name) for _, entity_id, entity_name in parts))
    return members if len(members) > 1 else ()


def _proper_name(part: str, language: str | None) -> bool:
    words = display_name(part).split()
    return bool(words) and all(_is_name_token(word, language) or (i and word.lower() in NAME_PARTICLES)
                               for i, word in enumerate(words))


def _joint_speaker(name: str, language: str | None) -> tuple[str, str] | None:
    """One id and name for a coordinated speaker whose parts are all known entities, in
    alphabetical order, so "South Korea and the US" and "the USA and South Korea" are one
    speaker: ("name:south korea and united states", "South Korea and United States");
    "Kyiv and Ukraine" is Ukraine's government alone."""
    parts = _conjuncts(name, language)
    if not parts or any(entity_id is None or entity_id.startswith(UNKNOWN_PREFIX) for _, entity_id, _ in parts):
        return None
    names = sorted({entity_name for _, _, entity_name in parts})
    if len(names) == 1:
        return parts[0][1:]
    joint = " and ".join(names)
    return UNKNOWN_PREFIX + name_key(joint), joint


# "die Regierung in Seoul", "the government in Kyiv", "the leadership in Pyongyang": the
# state whose capital it names (resolve_speaker gives a capital its government)
_SEAT_OF_GOVERNMENT = re.compile(
    r"^(?:(?:the|die|der)\s+)?(?:government|leadership|regime|Regierung|Führung|Staatsführung)\s+(?:in|im)\s+"
    r"(?P<place>[A-ZÄÖÜ][\w-]+)$", re.IGNORECASE)


# "der Geheimdienst in Seoul", "the spy agency in Seoul", "Kyiv's military intelligence
# agency": a body at a capital
_BODY_AT_SEAT = re.compile(
    r"^(?i:(?:(?:the|die|der|das)\s+)?(?P<body>[\w-]+(?:\s+[\w-]+)*?)\s+(?:in|im)\s+(?P<place>[A-ZÄÖÜ][\w-]+))$"
    r"|^(?P<place_s>[A-Z][\w-]+)(?:'s|’s)\s+(?P<body_s>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})$")


def _body_at_seat(name: str) -> Entity | None:
    """The body a body at a seat is: at a capital, the state's own body of that name ("der
    Geheimdienst in Seoul"); else the one named, when the gazetteer knows it ("des
    Auswärtigen Amts in Berlin": where it sits is no part of its name)."""
    at = _BODY_AT_SEAT.match(name.strip())
    if at is None:
        return None
    body = at.group("body") or at.group("body_s")
    place = lookup(at.group("place") or at.group("place_s"), "ORG")
    state = gazetteer().entities.get(place.government_of) if place is not None and place.government_of else None
    # (a state's body at its capital is named in two words at most: "spy agency")
    own = state_body(state, body) if state is not None and (at.group("body_s") or len(body.split()) <= 2) else None
    known = lookup(at.group("body"), fuzzy=False) if own is None and at.group("body") else None
    return own or (known if known is not None and known.label == "ORG" else None)


def state_body(state: Entity, body: str) -> Entity | None:
    """The state's body of that name, as the gazetteer names it ("South Korea's spy
    agency", "südkoreanische Geheimdienst"); None when it knows none."""
    forms = [f"{state.name}'s {body}"] + [
        f"{stem}e {body}" for stem, entity_id in gazetteer().adjective_stems.items() if entity_id == state.id]
    return next((found for form in forms if (found := lookup(form, fuzzy=False)) is not None
                 and found.label != "PERSON"), None)


def names_a_source(name: str) -> bool:
    """A name that can report: one the gazetteer knows as a state, body or person ("Kiew"),
    or one it does not know ("Reisner", "Südkoreas Geheimdienst"); not a people
    ("Nordkoreaner") nor a time ("Anfang Januar", "Stand Montag", "Ende Dezember")."""
    words = name.lower().split()
    if not words or words[0] in _TIME_OPENERS or any(month_number(w) or w in WEEKDAYS for w in words):
        return False
    if national_of(name_key(name)) is not None:
        return False
    entity = lookup(name, fuzzy=False)
    return entity is None or entity.label in ("GPE", "ORG", "PERSON")


_TIME_OPENERS = frozenset("anfang mitte ende stand seit bis zuletzt early mid late end".split())


def seat_of_government(name: str) -> bool:
    """A place that speaks for its government ("In Moskau hieß es", "in Moscow they deny"),
    not any place ("In Kursk")."""
    entity = lookup(name, fuzzy=False)
    return entity is not None and entity.government_of is not None


def state_of(name: str) -> Entity | None:
    """The state a speaker is, speaks for or belongs to: "Kyiv" and "Ukraine" are Ukraine,
    "South Korea's spy agency" South Korea; None for a name the gazetteer does not place."""
    entity = lookup(name, fuzzy=False) if name else None
    if entity is not None and entity.government_of:
        entity = gazetteer().entities[entity.government_of]
    elif entity is not None and entity.label != "GPE" and entity.affiliation:
        entity = gazetteer().entities.get(entity.affiliation)
    return entity if entity is not None and entity.label == "GPE" else None


@lru_cache(maxsize=100_000)
def resolve_speaker(name: str, language: str | None = None) -> tuple[str | None, str | None]:
    """Like resolve_entity for who speaks: a person or an organisation, so a place that
    speaks ("Kyiv reported", "Pjöngjang bestritt") stands for its government. A name that
    is only a piece of information ("the statement") is no speaker: (None, None)."""
    if name.strip().lower() in _PRONOUNS:
        return None, None  # a pronoun attribution could not resolve names no one
    author = _author_of_information(name)
    if author is None:
        return None, None
    if author != name:
        return resolve_speaker(author, language)
    joint = _joint_speaker(name, language)
    if joint is not None:
        return joint
    seat = _SEAT_OF_GOVERNMENT.match(name.strip())
    if seat is not None and lookup(seat.group("place"), "ORG") is not None:
        return resolve_speaker(seat.group("place"), language)  # "die Regierung in Seoul": South Korea
    body = _body_at_seat(name)
    if body is not None:
        return body.id, body.name
    placed = _state_after(name)
    body = state_body(placed[1], placed[0]) if placed else None  # "Verteidigungsministerium der Russischen Föderation"
    if body is not None:
        return body.id, body.name
    entity_id, entity_name = resolve_entity(name, language=language)
    entity = gazetteer().entities.get(entity_id)
    if entity is not None and entity.government_of:
        government = gazetteer().entities[entity.government_of]
        return government.id, government.name
    return entity_id, entity_name


def _is_role_word(token: str, language: str | None) -> bool:
    low = token.lower().strip(",.;:")
    if language != "de" and low in ENGLISH_ROLE_WORDS:
        return True
    if language != "en":
        parts = low.split("-")
        if any(p.endswith(GERMAN_ROLE_ENDINGS) for p in parts if p):
            return True
    return False


def _is_name_token(token: str, language: str | None) -> bool:
    if not _CAPITALISED.match(token) or not token[0].isupper():
        return False
    if _is_role_word(token, language) or (language != "de" and token.lower() in ENGLISH_TITLE_GLUE):
        return False
    entity = lookup(token, fuzzy=False)
    if entity is not None and entity.label != "PERSON":
        return False  # "NATO", "Ukrainian": an affiliation, not part of the name
    if language == "de":
        from extract.entities.german_lexicon import german_lexicon

        lex = german_lexicon()
        if lex.is_stop(token) or (lex.is_common_noun(token) and token not in lex.first_names):
            return False
    return True


def _name_run(tokens: list[str], language: str | None) -> int:
    """Index where the trailing run of name tokens starts (len(tokens) if there is none)."""
    start = len(tokens)
    i = len(tokens) - 1
    while i >= 0:
        tok = tokens[i]
        if _is_name_token(tok, language):
            start = i
        elif tok.lower() in NAME_PARTICLES and start == i + 1 and i > 0 and _is_name_token(tokens[i - 1], language):
            pass  # "Ursula von der Leyen": keep going through the particle
        else:
            break
        i -= 1
    while start < len(tokens) and tokens[start].lower() in NAME_PARTICLES:
        start += 1
    return start


def affiliation_of(name: str) -> str | None:
    """Canonical name of the organisation or state a speaker's title names, when the
    gazetteer knows the whole of it ("U.S.", "South Korean", "südkoreanische", "Russlands");
    a capital city stands for its government ("Moscow's": Russia). None for a name it does
    not know as a whole ("European Council"), which stays as written."""
    entity = lookup(name, fuzzy=False) if name else None
    if entity is None or entity.label == "PERSON":
        return None
    if entity.government_of:
        entity = gazetteer().entities[entity.government_of]
    return entity.name


_OWNER = re.compile(r"^(?P<owner>[^'’]+?)['’]s\s+\w")
# German names the state after its body: "Verteidigungsministerium der Russischen Föderation",
# "Hauptverwaltung für Aufklärung der Ukraine", "Außenministerium Russlands"
_OF_STATE = re.compile(r"^(?P<body>[\w-]+(?:\s+für\s+[\w-]+)?)\s+(?:(?:der|des|von|aus)\s+(?P<of>.+)|(?P<gen>[\w-]+s))$")
# ... and an English one: "the Foreign Ministry of the Democratic People's Republic of Korea"
# (the state's name last: "Ministry of Foreign Affairs of the Russian Federation")
_OF_STATE_EN = re.compile(r"^(?:[Tt]he\s+)?(?P<body>[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,3})\s+of\s+(?:the\s+)?"
                          r"(?P<of>[A-Z][^,]*)$")


def _state_after(name: str) -> tuple[str, Entity] | None:
    """The body and the state a name gives after it (_OF_STATE, _OF_STATE_EN)."""
    english = _OF_STATE_EN.match(name.strip())
    if english is not None:
        state = state_of(english.group("of"))
        words = english.group("body").lower().split()
        head = words[0] if "of" in words else words[-1]  # ("Ministry of Foreign Affairs")
        return (english.group("body"), state) if state is not None and head in ORG_HEADS else None
    m = _OF_STATE.match(re.sub(r"^(?:der|die|das|dem|den|des)\s+", "", name.strip(), flags=re.IGNORECASE))
    if m is None:
        return None
    # (a body or a role of the state's: not its critics, neighbours or enemies, "Kritiker Russlands")
    head = m.group("body").lower().split()[0]  # ("Hauptverwaltung für Aufklärung")
    if not head.endswith((*ORG_HEADS, "verwaltung", *GERMAN_ROLE_ENDINGS)):
        return None
    forms = [m.group("of"), re.sub(r"en\b", "e", m.group("of"))] if m.group("of") else [m.group("gen")[:-1]]
    state = next((found for form in forms if (found := state_of(form)) is not None), None)
    return (m.group("body"), state) if state is not None else None


def _owner_affiliation(name: str) -> str | None:
    """"Ukraine's Special Operations Forces", "Russia's Federal Security Service",
    "Hauptnachrichtendienst der Ukraine": the state or body its possessive or genitive names,
    by its canonical name (affiliation_of; not a person's)."""
    m = _OWNER.match(name)
    if m:
        return affiliation_of(m.group("owner"))
    placed = _state_after(name)
    return placed[1].name if placed else None


def speaker_affiliation(given: str | None, speaker_id: str | None, speaker_name: str | None) -> str | None:
    """Whom a resolved speaker acts for. The title the article gives wins (`given`), unless it
    only names the speaker again ("the official KCNA news agency") or a person they are kin to
    ("Kim Jong Un's sister"); else whom the gazetteer says they act for (affiliation_name); else,
    for a body it does not know, the state its possessive names ("Ukraine's Special Operations
    Forces")."""
    if given in (None, speaker_name) or known_person(given):
        given = affiliation_name(speaker_id) or given
    return given if given is not None or not speaker_name else _owner_affiliation(speaker_name)


def group_affiliation(words: list[str]) -> str | None:
    """The state or body named before an unnamed source's noun ("U.S. officials", "a
    Ukrainian military official", "ukrainische Stellen"), by its canonical name: a run of
    capitalised words the gazetteer knows as a whole ("the Washington Post" is no
    "Washington"), or a German demonym. None when none is known. (A run opening the words
    may open with a sentence's capital: "Three US officials", "Senior Pentagon officials".)"""
    runs: list[list[str]] = []
    for w in words:
        if w[:1].isupper() and runs and runs[-1][-1][:1].isupper():
            runs[-1].append(w)
        elif w[:1].isupper() or demonym_entity_id(name_key(w)):
            runs.append([w])
        else:
            runs.append([""])  # a lower-case word ends a run
    # (lookup reads "Russia's" as Russia)
    return next((found for k, run in enumerate(runs)
                 for part in (run, run[1:] if k == 0 and run[0].lower() in _SENTENCE_OPENERS else [])
                 if (found := affiliation_of(" ".join(part))) is not None), None)


# Words that open a sentence before a source's state: "Three US officials", "Senior Pentagon
# officials" (not a place's first word: "New Mexico officials", "Latin American leaders")
_SENTENCE_OPENERS = frozenset("""one two three four five six seven eight nine ten dozens hundreds some several many
    most few other others senior top former current retired both all""".split())


def _affiliation(words: list[str]) -> str | None:
    """Canonical name of the longest organisation or state named among words."""
    parts: list[str] = []
    for w in words:
        parts.extend(p for p in w.strip(",.;:()").split("-") if p)
    best: tuple[int, int, Entity] | None = None
    for n in range(min(len(parts), 6), 0, -1):
        for i in range(len(parts) - n + 1):
            entity = lookup(" ".join(parts[i : i + n]), fuzzy=False)
            if entity is not None and entity.label != "PERSON":
                if best is None or (n, -i) > (best[0], best[1]):
                    best = (n, -i, entity)
        if best is not None:
            break
    if best is None:
        return compound_affiliation(" ".join(parts))
    return best[2].name


def compound_affiliation(text: str) -> str | None:
    """German compounds glue the organisation on: Kremlsprecher, Pentagonsprecher."""
    gaz = gazetteer()
    for w in text.split():
        for surface, entity_id, label in gaz.surfaces:
            if label != "PERSON" and len(surface) >= 4 and w.startswith(surface) and w != surface:
                return gaz.entities[entity_id].name
    return None


# English relative pronouns: a relative clause after a source says more about it
RELATIVE_PRONOUNS = ("who", "whom", "whose", "which")
_RELATIVE_CLAUSE = re.compile(rf",?\s+(?:{'|'.join(RELATIVE_PRONOUNS)})\s+")


# Role words that are adjectives: a title needs its noun after them ("presidential envoy")
_ROLE_ADJECTIVES = frozenset(("presidential", "national"))


@lru_cache(maxsize=50_000)
def strip_title(name: str, language: str | None = None) -> tuple[str, str | None]:
    """(bare name, affiliation or role) of a name that may carry a title or apposition.

    "State Department spokesman Vedant Patel" -> ("Vedant Patel", "US State Department");
    "NATO-Generalsekretär Mark Rutte" -> ("Mark Rutte", "NATO"). The affiliation is the
    canonical name of an organisation or state named in the title; failing that, the
    title itself; None when there is no title.
    """
    text = re.sub(r"\s+", " ", name).strip()
    if language != "de":
        # "a Ukrainian military official who spoke to CNN": the relative clause says more
        # about the speaker, it does not name them
        text = _RELATIVE_CLAUSE.split(text, maxsplit=1)[0].rstrip(" ,") or text
    if "," in text:
        head, _, tail = text.partition(",")
        head_tokens, tail_tokens = head.split(), tail.split()
        if head_tokens and _name_run(head_tokens, language) == 0:
            return head.strip(), _affiliation(tail_tokens) or tail.strip() or None
        if tail_tokens and _name_run(tail_tokens, language) == 0:
            return tail.strip(), _affiliation(head_tokens) or display_name(head) or None
    tokens = _TOKEN.findall(text)
    if tokens and tokens[-1].lower() in ORG_HEADS:
        return text, None  # "South Korea's National Intelligence Service": a body, not a titled name
    if any(t.lower() in ORG_HEADS and t[:1].isupper() and nxt in ("for", "of", "on") for t, nxt in zip(tokens, tokens[1:])) \
            and all(t[:1].isupper() and t.lower().split("-")[0] not in _PERSONS_TITLES or t in ("for", "of", "on", "and", "the")
                    for t in tokens[tokens[0] == "the" :]):
        return text, None  # "Korea Institute for Defense Analyses", "Council on Foreign Relations": a body's name
    start = _name_run(tokens, language)
    if start == 0 or start >= len(tokens):
        return text, None
    if any((e := lookup(" ".join(tokens[k:]), fuzzy=False)) is not None and e.label != "PERSON"
           for k in range(max(0, start - 4), start + 1)):
        return text, None  # "… of South Korea", "… of the Democratic People's Republic of Korea": a place's name
    if tokens[start - 1].lower() in _PLACE_PREPOSITIONS:
        return text, None  # "Vertreter bei den Vereinten Nationen in New York": a place, no name
    if tokens[start - 1].lower() in _ROLE_ADJECTIVES:
        return text, None  # "Commission on Presidential Debates": a role's adjective names no one
    prefix = tokens[:start]
    if not any(_is_role_word(t, language) for t in prefix):
        return text, None  # "Ukrainer Institut", "the North": a name, not a title and a name
    role = display_name(" ".join(prefix))
    return " ".join(tokens[start:]), _affiliation(prefix) or role or None
