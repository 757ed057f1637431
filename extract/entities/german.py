"""Rule-based German NER: there is no German spaCy model on PyPI.

Evidence, strongest first:
1. gazetteer aliases and demonyms (gazetteer.yaml);
2. cues: a title or role before names ("NATO-Generalsekretär Mark Rutte"), a first name
   before names ("Mark Rutte"), a place noun before a name ("Region Kursk"), a kind of
   organisation before a name ("Umweltorganisation Greenpeace"), an institution
   ("Bundesgerichtshof", "Staatsanwaltschaft Krefeld"), an organisation suffix
   ("Verteidigungsministerium", "Siemens AG"), a capitalised demonym starting a name
   ("Deutsche Bank"), places of several words from the lexicon ("Frankfurt am Main");
3. capitalisation, but only for words the German noun lexicon does not know: German
   capitalises every noun, so a capitalised word is a name only if it is not an ordinary
   noun, a noun compound or a stop word; such runs of two or more words are people
   (places when the lexicon lists the last one as a place), single ones need context.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from extract.entities.german_lexicon import INNER_CAPITAL, GermanLexicon, german_lexicon
from extract.entities.matching import (
    PRIORITY_CUE,
    PRIORITY_GAZETTEER,
    PRIORITY_GUESS,
    Candidate,
    gazetteer_candidates,
)
from extract.entities.gazetteer import name_key
from extract.entities.resolve import GERMAN_ROLE_ENDINGS, NAME_PARTICLES, demonym_entity_id

MAX_NAME_TOKENS = 4
PLACE_NOUNS = {
    "region", "provinz", "gebiet", "oblast", "stadt", "hauptstadt", "dorf", "ort", "ortschaft",
    "bezirk", "landkreis", "kreis", "republik", "bundesstaat", "bundesland", "insel", "kleinstadt",
    "großstadt", "metropole", "grenzstadt", "hafenstadt", "frontstadt",
}
PLACE_PREPOSITIONS = {"in", "aus", "nach", "bei", "nahe", "über", "durch"}
# Finite verbs of saying and acting that follow a subject: "Peskow sagte", "Pjöngjang bestritt".
SUBJECT_VERBS = {
    "sagte", "sagt", "sagten", "erklärte", "erklärt", "betonte", "betont", "warnte", "warnt",
    "teilte", "schrieb", "schreibt", "meinte", "forderte", "fordert", "kündigte", "bestätigte",
    "bestätigt", "bestritt", "bestreitet", "dementierte", "räumte", "fügte", "berichtete",
    "berichtet", "verurteilte", "verurteilt", "drohte", "droht", "reagierte", "wies", "nannte",
    "sprach", "spricht", "kritisierte", "kritisiert", "versprach", "verspricht", "hofft", "hoffte",
    "will", "wollte", "hat", "hatte", "habe", "ist", "war", "sei", "schickte", "schickt", "liefert",
    "lieferte", "entsandte", "entsendet", "unterstützt", "unterstützte", "dementiert",
}
# Auxiliaries follow any subject ("Cohabitation war"): evidence that a known capital acts
# for its government ("Pjöngjang könnte bis zu 100.000 Soldaten schicken"), not that an
# unknown word is a person.
AUXILIARIES = {"will", "wollte", "hat", "hatte", "habe", "ist", "war", "sei", "kann", "konnte", "könnte",
               "könne", "soll", "sollte", "solle", "muss", "musste", "wird", "würde", "hätte", "plant"}
SUBJECT_VERBS |= AUXILIARIES
PERSON_CUE_VERBS = SUBJECT_VERBS - AUXILIARIES
GOVERNMENT_NOUNS = {"regime", "regierung", "führung", "machthaber", "behörden", "staatsführung"}
# A ministry is named by its compound ("Verteidigungsministerium"); other institution
# compounds ("Vorgängerpartei", "Nachrichtenagentur") are mostly descriptions.
ORG_SUFFIXES = ("ministerium", "ministeriums")
# Last words of foreign organisation names in German text: "Discovery Channel".
ORG_LAST_WORDS = {
    "Channel", "News", "Times", "Post", "Group", "Motors", "Airlines", "Airways", "International",
    "Corporation", "Company", "Institute", "University", "College", "Foundation", "Council",
    "Party", "Front", "Network", "Media", "Records", "Music", "Pictures", "Studios", "Systems",
    "Energy", "Holdings", "Capital", "Partners", "Bank", "Agency", "Association", "Club", "United",
    "Watch", "Organization", "Organisation", "Forum", "Fund", "Committee", "Commission", "Service",
    "Office", "Journal", "Herald", "Tribune", "Magazine", "Press", "Radio", "Television",
}
# Nouns for a kind of organisation that a name follows: "Plattenfirma Sony-Music".
ORG_KIND_ENDINGS = (
    "sender", "senders", "agentur", "zeitung", "magazin", "magazins", "firma", "unternehmen",
    "unternehmens", "konzern", "konzerns", "organisation", "partei", "gewerkschaft", "verband",
    "verbands", "verein", "vereins", "netzwerk", "portal", "stiftung", "institut", "instituts",
    "bewegung", "miliz", "gruppe", "tageszeitung", "wochenzeitung", "blatt", "blatts",
)
OPENING_QUOTES = {"„", "\"", "«", "»", "‚", "“"}
CLOSING_QUOTES = {"“", "\"", "»", "«", "‘", "”"}
# Endings of natural features: "Achensee", "Schwarzwald" are places but not polities.
LOC_ENDINGS = ("see", "meer", "gebirge", "wald", "insel", "tal", "fluss", "bucht", "küste", "halbinsel")
# All-caps abbreviations of units and things, not organisations.
NOT_ORG_ACRONYMS = {
    "MW", "KW", "GW", "KWH", "MWH", "GWH", "PS", "KM", "CM", "MM", "KG", "EUR", "USD", "CHF",
    "GB", "MB", "TB", "UTC", "MEZ", "MESZ", "CO2", "PKW", "LKW", "BIP", "DNA", "TV", "PC",
    "SMS", "KI", "MVA", "III", "II", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "OK", "FAQ",
    "AGB", "PDF", "URL", "HTML", "ID", "USB", "GPS", "WLAN", "CD", "DVD", "SUV", "NR", "AKW",
    "KKW", "ICE", "EKG", "MRT", "PIN", "TAN", "ABS", "ESP", "WC", "FC", "DDT", "CC", "PVC",
}
ORG_TAIL_WORDS = {"AG", "GmbH", "SE", "KG", "e.V.", "Inc.", "Ltd.", "Corp.", "Holding", "Gruppe", "Bank", "Partei"}
_LETTERS = re.compile(r"^[^\W\d_]+(?:[-'’][^\W\d_]+)*$")
_ACRONYM = re.compile(r"^[A-ZÄÖÜ]{2,6}$")
# Acronyms with lower-case letters inside: "GdP", "BaFin" (two capitals at least).
_MIXED_ACRONYM = re.compile(r"^(?=(?:[^A-ZÄÖÜ]*[A-ZÄÖÜ]){2})[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,5}$")
_INSTITUTION = re.compile(
    r"^(?:Bundestag|Bundesrat|Bundes\w*(?:amt|gericht|gerichtshof|regierung|wehr|anwaltschaft|ministerium|"
    r"agentur|bank|polizei|kanzleramt|kartellamt|netzagentur|behörde))e?s?$"
)
LOCAL_INSTITUTIONS = {
    "Staatsanwaltschaft", "Polizei", "Polizeipräsidium", "Landgericht", "Amtsgericht",
    "Oberlandesgericht", "Verwaltungsgericht", "Universität", "Stadtverwaltung", "Landesregierung",
    "Landeskriminalamt", "Bezirksregierung", "Feuerwehr", "Stadtrat", "Landtag", "Klinikum",
}
# Acronyms are organisations only up to this length: longer all-caps words are mostly
# shouted German words ("NEHME") or web chrome.
MAX_ACRONYM_ORG = 4


_INITIAL = re.compile(r"^[A-ZÄÖÜ]\.$")  # a middle initial


def _is_capitalised_word(tok: Token) -> bool:
    return bool(_LETTERS.match(tok.text)) and tok.text[0].isupper()


def _is_role(tok: Token) -> bool:
    low = tok.text.lower()
    return _is_capitalised_word(tok) and any(p.endswith(GERMAN_ROLE_ENDINGS) for p in low.split("-") if p)


def _name_like(tok: Token, lex: GermanLexicon, allow_compounds: bool) -> bool:
    """Could this word be part of a personal name, on its own evidence?"""
    word = tok.text
    if not _could_be_name_part(tok, lex):
        return False
    if word in lex.first_names or word in lex.surnames or INNER_CAPITAL.search(word):
        return True
    if lex.is_common_noun(word) or word in lex.toponyms:
        return False
    return allow_compounds or not lex.is_compound_noun(word)


def _could_be_name_part(tok: Token, lex: GermanLexicon) -> bool:
    """Capitalised, not a stop word, role or acronym: a name part if a cue says so."""
    word = tok.text
    return _is_capitalised_word(tok) and not lex.is_stop(word) and not _ACRONYM.match(word) and not _is_role(tok)


def _unknown_word(tok: Token, lex: GermanLexicon) -> bool:
    """A capitalised word the lexicon knows nothing about (not a noun, compound or stop word)."""
    return _is_capitalised_word(tok) and not lex.is_ordinary(tok.text) and not _is_role(tok)


def _run(doc: Doc, i: int, lex: GermanLexicon, allow_compounds: bool) -> int:
    """End (exclusive) of the name after a cue, starting at i, in the same sentence.

    Rare nouns of the lexicon are also first names ("Steven"), so after a cue a noun may
    be a name part when a name-like word follows it; the run never ends on a noun.
    """
    j = i
    end = i
    while j < len(doc) and j - i < MAX_NAME_TOKENS:
        if j > i and doc[j].is_sent_start:
            break
        if (j > i and doc[j].text in NAME_PARTICLES) or _INITIAL.match(doc[j].text):
            j += 1  # "Ursula von der Leyen", "Lloyd J. Austin": only before a name part
            continue
        if not _could_be_name_part(doc[j], lex):
            break
        if doc[j].text in lex.toponyms and doc[j].text not in lex.first_names:
            break
        j += 1
        if _name_like(doc[j - 1], lex, allow_compounds):
            end = j
    return end


def _surname_like_a_town(doc: Doc, k: int, lex: GermanLexicon) -> bool:
    """After a role, a town's name alone is a surname: "Verteidigungsministerin Lambrecht
    sagte" (a place after a role takes the genitive: "Präsident Frankreichs")."""
    word = doc[k].text
    return (word in lex.toponyms and _could_be_name_part(doc[k], lex) and not lex.is_common_noun(word)
            and (k + 1 == len(doc) or not _is_capitalised_word(doc[k + 1])))


def _span(doc: Doc, i: int, j: int) -> tuple[int, int]:
    return doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)


def german_candidates(doc: Doc) -> list[Candidate]:
    """Every candidate mention in a German Doc; matching.choose() settles overlaps."""
    lex = german_lexicon()
    text = doc.text  # Doc.text joins every token: compute it once
    out = gazetteer_candidates(text, "de")
    for rule in (_person_cues, _organisation_cues, _acronyms, _adjective_names, _unknown_runs, _known_places):
        out.extend(rule(doc, lex))
    out.extend(_multiword_places(text))
    return out


def _person_cues(doc: Doc, lex: GermanLexicon) -> list[Candidate]:
    out = []
    for i, tok in enumerate(doc[:-1]):
        nxt = doc[i + 1]
        # Title or role, then names: "Präsident Wladimir Putin", "NATO-Generalsekretär Mark Rutte".
        if _is_role(tok):
            j = _run(doc, i + 1, lex, allow_compounds=True)
            if j == i + 1 and _surname_like_a_town(doc, i + 1, lex):
                j = i + 2
            if j > i + 1:
                out.append(Candidate(*_span(doc, i + 1, j), "PERSON", PRIORITY_CUE, source="title"))
        # "von der Leyen", "Von der Leyen": a noble particle before an unknown word.
        if (
            tok.text in ("von", "Von")
            and nxt.text == "der"
            and i + 2 < len(doc)
            and _unknown_word(doc[i + 2], lex)
            and _name_like(doc[i + 2], lex, allow_compounds=False)  # not "von der CFTC"
            and not (i + 3 < len(doc) and _is_capitalised_word(doc[i + 3]))  # nor "von der Harvard University"
        ):
            out.append(Candidate(*_span(doc, i, i + 3), "PERSON", PRIORITY_CUE, source="particle"))
        # A first name, then more name parts: "Mark Rutte", "Andrij Jermak".
        if tok.text in lex.first_names and not lex.is_stop(tok.text) and not nxt.is_sent_start:
            j = _run(doc, i + 1, lex, allow_compounds=True)
            if j == i + 1 and _common_noun_surname(doc, i, lex):
                j = i + 2  # "Alan Stern,": a last name that is also a noun
            if j > i + 1:
                out.append(Candidate(*_span(doc, i, j), "PERSON", PRIORITY_CUE, source="first_name"))
    return out


def _organisation_cues(doc: Doc, lex: GermanLexicon) -> list[Candidate]:
    out = []
    n = len(doc)
    for i, tok in enumerate(doc):
        if not _is_capitalised_word(tok) and tok.text not in ORG_TAIL_WORDS:
            continue
        nxt = doc[i + 1] if i + 1 < n else None
        low = tok.text.lower()
        # Federal institutions and institutions of a named place: "Bundesgerichtshof",
        # "Staatsanwaltschaft Krefeld", "Universität Leipzig".
        if _INSTITUTION.match(tok.text):
            out.append(Candidate(*_span(doc, i, i + 1), "ORG", PRIORITY_CUE, source="institution"))
        if tok.text in LOCAL_INSTITUTIONS and nxt is not None and _is_capitalised_word(nxt):
            if nxt.text in lex.toponyms or _unknown_word(nxt, lex):
                out.append(Candidate(*_span(doc, i, i + 2), "ORG", PRIORITY_CUE, source="institution"))
        # A kind of organisation, then its name: "Umweltorganisation Greenpeace",
        # "Fernsehsender „Silverbird“", "Nachrichtenmagazin Der Spiegel".
        if low.endswith(ORG_KIND_ENDINGS) and nxt is not None:
            span = _org_name_after(doc, i + 1, lex)
            if span is not None:
                out.append(Candidate(*span, "ORG", PRIORITY_CUE, source="org_kind"))
        # A ministry by its compound, with the demonym before it: "russische Verteidigungsministerium".
        if low.endswith(ORG_SUFFIXES) and low not in ORG_SUFFIXES:
            start = i - 1 if i > 0 and _is_demonym(doc[i - 1]) else i
            out.append(Candidate(*_span(doc, start, i + 1), "ORG", PRIORITY_GAZETTEER, source="org_suffix"))
        # Company or party: "Krone Multimedia GmbH".
        if (
            tok.text in ORG_TAIL_WORDS
            and i > 0
            and _is_capitalised_word(doc[i - 1])
            and not lex.is_stop(doc[i - 1].text)  # "Die Gruppe der Acht"
            and not tok.is_sent_start
        ):
            k = i - 1  # the word before the suffix is the name ("Beispielwerk GmbH") ...
            while k > 0 and i - k < 3 and not doc[k].is_sent_start and _unknown_word(doc[k - 1], lex):
                k -= 1  # ... and unknown words before it too ("Korea Mandal Credit Bank")
            out.append(Candidate(*_span(doc, k, i + 1), "ORG", PRIORITY_CUE, source="org_tail"))
    return out


def _acronyms(doc: Doc, lex: GermanLexicon) -> list[Candidate]:
    """"SPD", "GdP", "NASA" in "NASA-Angaben"; not words in capitals ("ICH NEHME")."""
    out = []
    for i, tok in enumerate(doc):
        head = tok.text.split("-")[0]
        if not _is_acronym(head) or lex.is_ordinary(head):
            continue
        neighbours = (doc[i - 1] if i > 0 else None, doc[i + 1] if i + 1 < len(doc) else None)
        if not any(t is not None and _ACRONYM.match(t.text) for t in neighbours):
            out.append(Candidate(tok.idx, tok.idx + len(head), "ORG", PRIORITY_GUESS, source="acronym"))
    return out


def _adjective_names(doc: Doc, lex: GermanLexicon) -> list[Candidate]:
    """A capitalised demonym inside a sentence starts a name: "Deutsche Bank",
    "Deutscher Wetterdienst", "Russische Föderation"."""
    out = []
    n = len(doc)
    for i in range(1, n - 1):
        tok, nxt = doc[i], doc[i + 1]
        if tok.is_sent_start or not _is_capitalised_word(tok) or not _is_capitalised_word(nxt):
            continue
        if not tok.text.rsplit("-", 1)[-1][:1].isupper():
            continue  # "US-amerikanischen" is capitalised by its prefix only
        # Only demonyms: adjectives from places ("Schweizer", "Frankfurter") are always
        # capitalised, so they do not mark a name ("Schweizer Bankier").
        if _is_demonym(tok):
            j = i + 1
            # (a first name opens a person's name: "der Russischen Föderation Wladimir Putin")
            while j < n and j - i < 3 and _could_be_name_part(doc[j], lex) and not doc[j].is_sent_start \
                    and not (j > i + 1 and doc[j].text in lex.first_names):
                j += 1
            out.append(Candidate(*_span(doc, i, j), "ORG", PRIORITY_GAZETTEER, source="adjective_name"))
    return out


def _multiword_places(text: str) -> list[Candidate]:
    """Places of several words the lexicon knows: "Frankfurt am Main", "Den Haag"; but
    "New York Times" is a newspaper."""
    out = []
    for m in _multiword_toponyms().finditer(text):
        after = re.match(r"\s+([A-Z]\w+)", text[m.end() : m.end() + 30])
        if after and after.group(1) in ORG_LAST_WORDS:
            out.append(Candidate(m.start(), m.end() + after.end(), "ORG", PRIORITY_CUE, source="org_tail"))
        else:
            out.append(Candidate(m.start(), m.end(), "GPE", PRIORITY_CUE, source="toponym"))
    return out


def _unknown_runs(doc: Doc, lex: GermanLexicon) -> list[Candidate]:
    """Runs of capitalised words the lexicon does not know, labelled by _guess."""
    out: list[Candidate] = []
    n = len(doc)
    i = 0
    while i < n:
        # (a place opens no name: "des Gebiets Kursk Alexei Smirnow" is a place, then a person)
        if not _unknown_word(doc[i], lex) or (doc[i].text in lex.toponyms and i + 1 < n and _unknown_word(doc[i + 1], lex)):
            i += 1
            continue
        j = i + 1
        while j < n and j - i < MAX_NAME_TOKENS and not doc[j].is_sent_start and (
            _unknown_word(doc[j], lex) or doc[j].text in lex.surnames or doc[j].text in ORG_LAST_WORDS
        ):
            j += 1
        _guess(doc, i, j, lex, out)
        i = j
    return out


def _known_places(doc: Doc, lex: GermanLexicon) -> list[Candidate]:
    """Places of the lexicon: "Kursk", "Seoul", "Achensee" (LOC), genitives "Kanadas";
    and a name after a place noun: "Region Kursk", "Stadt Pokrowsk"."""
    out = []
    for i, tok in enumerate(doc):
        word = tok.text
        if not _is_capitalised_word(tok) or lex.is_stop(word) or lex.is_common_noun(word):
            pass  # "Plan", "Als" are places too
        elif word in lex.toponyms and word not in lex.first_names:
            label = "LOC" if word.lower().endswith(LOC_ENDINGS) else "GPE"
            out.append(Candidate(*_span(doc, i, i + 1), label, PRIORITY_GUESS, source="toponym"))
        elif word.endswith("s") and word[:-1] in lex.toponyms:
            out.append(Candidate(*_span(doc, i, i + 1), "GPE", PRIORITY_CUE, source="toponym"))
        if word.lower() in PLACE_NOUNS and i + 1 < len(doc) and _is_capitalised_word(doc[i + 1]):
            nxt = doc[i + 1].text
            if not lex.is_ordinary(nxt) or nxt in lex.toponyms:
                out.append(Candidate(*_span(doc, i + 1, i + 2), "GPE", PRIORITY_CUE, source="place_noun"))
    return out


def _guess(doc: Doc, i: int, j: int, lex: GermanLexicon, out: list[Candidate]) -> None:
    """Label a run of unknown capitalised words doc[i:j] from its length and context."""
    prev = doc[i - 1] if i > 0 else None
    nxt = doc[j] if j < len(doc) else None
    start, end = _span(doc, i, j)
    if j - i >= 2:
        phrase = doc[i:j].text
        if phrase.endswith("er") and phrase[:-2] in lex.toponyms:
            return  # "New Yorker Hotel": an adjective made from a place
        if phrase in lex.toponyms or doc[j - 1].text in lex.toponyms:
            label = "GPE"
        elif doc[j - 1].text in ORG_LAST_WORDS:
            label = "ORG"
        else:
            label = "PERSON"
        out.append(Candidate(start, end, label, PRIORITY_GUESS, source="unknown_run"))
        return
    word = doc[i].text
    if prev is not None and prev.text.lower() in PLACE_PREPOSITIONS and not doc[i].is_sent_start:
        out.append(Candidate(start, end, "GPE", PRIORITY_GUESS, source="after_preposition"))
    elif (nxt is not None and nxt.text in PERSON_CUE_VERBS) or (prev is not None and prev.text in PERSON_CUE_VERBS):
        # "Peskow sagte", and the German inversion "..., sagte Celebi."
        out.append(Candidate(start, end, "PERSON", PRIORITY_GUESS, source="subject"))
    elif word in lex.surnames and word not in lex.toponyms:
        out.append(Candidate(start, end, "PERSON", PRIORITY_GUESS, source="surname"))


def _org_name_after(doc: Doc, i: int, lex: GermanLexicon) -> tuple[int, int] | None:
    """The name that follows an organisation noun at token i: quoted, a title with its
    article ("Der Spiegel"), or capitalised words of which the first is no ordinary noun."""
    tok = doc[i]
    if tok.is_sent_start:
        return None
    if tok.text in OPENING_QUOTES:
        for j in range(i + 1, min(i + 8, len(doc))):
            if doc[j].text in CLOSING_QUOTES:
                return _span(doc, i + 1, j) if j > i + 1 else None
        return None
    if tok.text in ("Der", "Die", "Das", "The") and i + 1 < len(doc) and _is_capitalised_word(doc[i + 1]):
        j = i + 2  # a title with its article: "Der Spiegel", "The Jakarta Post"
        while j < len(doc) and j - i < 4 and _is_capitalised_word(doc[j]) and not lex.is_stop(doc[j].text):
            j += 1
        return _span(doc, i, j)
    if not _could_be_name_part(tok, lex) or (lex.is_ordinary(tok.text) and "-" not in tok.text):
        return None
    j = i + 1
    while j < len(doc) and j - i < 3 and not doc[j].is_sent_start and _unknown_word(doc[j], lex):
        j += 1
    return _span(doc, i, j)


@lru_cache(maxsize=None)
def _multiword_toponyms() -> re.Pattern:
    names = sorted((t for t in german_lexicon().toponyms if " " in t.strip() and t[:1].isupper()), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(re.escape(t) for t in names))


def _is_acronym(word: str) -> bool:
    if word.upper() in NOT_ORG_ACRONYMS:
        return False
    if _ACRONYM.match(word):
        return len(word) <= MAX_ACRONYM_ORG
    return bool(_MIXED_ACRONYM.match(word))


def _common_noun_surname(doc: Doc, i: int, lex: GermanLexicon) -> bool:
    """First name + a noun that ends the phrase: "Alan Stern," but not "Mark Schulden"."""
    if lex.is_common_noun(doc[i].text) or i + 2 > len(doc):
        return False
    last = doc[i + 1]
    after = doc[i + 2] if i + 2 < len(doc) else None
    return (
        _is_capitalised_word(last)
        and not lex.is_stop(last.text)
        and (after is None or after.is_punct or after.is_sent_start or not after.text[:1].isupper())
    )


def _is_demonym(tok: Token) -> bool:
    return demonym_entity_id(name_key(tok.text)) is not None


def acts_as_government(doc: Doc, start: int, end: int) -> bool:
    """Does the place at [start, end) act ("Pjöngjang bestritt") or head a regime ("Regime in Pjöngjang")?"""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text in SUBJECT_VERBS:
        return True
    if span.start >= 2 and doc[span.start - 1].text.lower() == "in":
        return doc[span.start - 2].text.lower() in GOVERNMENT_NOUNS
    return False
