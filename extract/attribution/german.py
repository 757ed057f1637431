"""German attribution frames, rule-based on tokens (the German pipeline has no parser).

Word order decides where speaker and content sit around a reporting verb:
- "C, sagte X." / "„C“, sagte X." / "„C“, so charakterisierte ihn X." — verb right after a
  comma or quote: speaker after it (appositions included), content before it;
- "X sagte (am Montag), dass C" / "X hat angekündigt, C" — a subject noun phrase opens the
  sentence: content after the verb. A relative clause after the subject ("X, der …,") is
  not part of the speaker, an apposition ("X, Stabschef des …,") is;
- "Als Reaktion darauf nannte der Kreml C" — an adverbial opens the sentence (verb second):
  speaker right after the verb, content after the speaker;
- "… und forderte C" — coordinated verb: same speaker as the frame before it;
- "Wie X mitteilte, C"; "laut X, C"; "X zufolge C"; "nach Angaben X C"; "C, so X.";
  "…, hieß es aus X."; "Das teilte X mit." (content: the sentence before);
- "Die Angaben wurden vom Kreml zurückgewiesen", "Vom Pentagon wurde bestätigt, dass C" — a
  passive with its agent: the agent reports; without one, no one named ("Es wird befürchtet").
A verb whose object is a noun phrase, not a clause ("sprach von einem Klima der Gewalt",
"wies die Vorwürfe zurück", in the perfect "hat die Berichte dementiert"), reports the
whole sentence: there is no proposition to cut out; a quotation inside that object ("nannte
den Plan „mutig“") is what was said. "nach eigenen Angaben" stands for the sentence's subject.
Sentences in the subjunctive with no frame of their own ("Die Lage sei ernst.") go on
reporting the previous speaker, one span per passage (with no speaker before, also
reportative "soll … haben/sein": a source the text does not name); "Demnach …" points at
that source. Machine translation sometimes glues the verb to the previous word ("darsagte Mark
Rutte", "kannfügte er hinzu"); such tokens are split before matching, unless the whole
token is a real word ("besagte", "beschrieb", "ausgeschrieben").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from extract.attribution.cues import (
    DE_ADJ_ENDINGS,
    DE_ARTICLES,
    DE_CASUALTY_WORDS,
    DE_COGNITION,
    DE_COMMENT_NOUNS,
    DE_ANSWER_FORMS,
    DE_FINITE_VERBS,
    DE_GLUED_DENIALS,
    DE_INVERSION_OPENERS,
    DE_NEEDS_PARTICLE,
    DE_ON_IT,
    DE_PARTICLE_DENIALS,
    DE_POSTING_FORMS,
    DE_POSSESSIVE_PRONOUNS,
    DE_SPEAKER_STOPS,
    DE_AUX_FORMS,
    DE_SWISS_SPELLINGS,
    DE_PARTICIPLES,
    DE_VERB_FORMS,
    DE_WITHHELD_NOUNS,
    RULING_OUT,
)
from extract.attribution.frames import BULLETS, QUESTION_LABELS, Frame, inner, is_page_label, is_rubric, trim
from extract.attribution.quotes import CLOSING_MARKS, OPENING_MARKS, find_quotes
from extract.attribution.stance import APPOSED_CAVEAT, BELIEVING, REPORTED_THINGS
from extract.datelines import dateline_end
from extract.entities.gazetteer import name_key
from extract.entities.german_lexicon import german_lexicon
from extract.entities.resolve import demonym_entity_id, is_a_place, is_information, lookup, names_a_source, seat_of_government
from extract.figures.numbers import VAGUE_DE
from extract.models import Sentence
from extract.months import MONTH_NAMES

_GLUE_VERBS = ("sagte", "sagten", "fügte", "fügten", "schrieb", "erklärte", "betonte",
               "warnte", "forderte", "bestätigte", "teilte", "nannte", "schrieben", "erklärten")
_GLUED = re.compile(r"^(?P<pre>[a-zäöüß]{2,}[a-zäöüß])(?P<verb>" + "|".join(_GLUE_VERBS) + r")$")
# Real words that end in a reporting verb form: prefixed verbs and adjectives.
_REAL_PREFIXES = frozenset(
    """be ver an ab zu unter vorher aus nach weis durch um ein auf mit vor über zusammen
    bei hinzu ent er ge miss wider wieder fest gut fort nieder los voraus ur unver zuge""".split()
)
_QUOTE_MARKS = OPENING_MARKS | CLOSING_MARKS
_NP_LINKS = frozenset("des der von vom und in einer eines ihres seines".split())  # (the last: "Angaben ihres Generalstabs")
_BODIES_FOR = ("institut", "amt", "ministerium", "zentrum", "stiftung", "rat", "kommission", "agentur", "büro",
               "behörde", "gesellschaft", "verband", "komitee", "beauftragte", "beauftragter", "kommissar")
_FROM_BODIES = ("dienste", "dienst", "kreise", "kreisen", "behörden", "quellen")
_ENVOYS = ("vertreter", "botschafter", "gesandte", "delegierte", "beobachter")
_OBJECT_PRONOUNS = frozenset("ihn ihm ihr ihnen sich uns".split())
# Pronouns right after the finite verb that can only be its subject: what stands before the
# verb is then its object or an adverbial ("Die Berichte bestätigte er nicht"); "sie" and
# "es" can be objects too
_SUBJECT_PRONOUNS = frozenset("er ich wir".split())
_RELATIVE_PRONOUNS = frozenset("der die das dem den deren dessen welche welcher welches wo was denen".split())
# "in seiner Rede", "bei einem Besuch", "auf einer Pressekonferenz": the occasion of a statement.
_OCCASION_PREPS = frozenset("in bei auf während gegenüber vor".split())
_OCCASION_DETERMINERS = frozenset("seiner ihrer seinem ihrem einer einem eines".split())
# Conjunctions of contrast: the clause they open holds another side's view ("obwohl Seoul von
# 11.000 Mann spricht"); a relative "was" after a comma, one answering the clause before ("…,
# was Moskau als „Unsinn“ abtut")
_CONTRAST = frozenset("während wohingegen obwohl obgleich".split())
_TIME_WORDS = frozenset(
    "gestern heute vorgestern morgen bereits zuvor erneut weiterhin inzwischen nun jetzt "
    "damals zuletzt später noch auch schon".split()
)
# Adverbs linking a clause to the one before ("Seoul geht dagegen von 1.100 Opfern aus")
_LINKING = frozenset("dagegen hingegen jedoch allerdings indes wiederum seinerseits ihrerseits".split())
_PRONOUN_SUBJECTS = frozenset("diese dieser dies das der die".split())
_LAUT = frozenset({"laut", "gemäß", "gemäss"})  # (Swiss spelling too)
_NACH_NOUNS = tuple(
    """angaben informationen ansicht auffassung meinung einschätzung einschätzungen
    schätzungen berichten bericht darstellung aussage aussagen worten erkenntnissen daten
    untersuchungen zählung zählungen umfragen meldungen studie studien hochrechnung
    hochrechnungen vorstellungen willen ermittlungsstand ermittlungen prognose prognosen
    analyse analysen recherchen berechnungen mitteilung""".split()
)
# Words of asking or searching a "nach" completes, which it then opens no source after: "auf
# die Frage nach den Berichten", "die Suche nach Informationen", "fragten Peskow nach Berichten"
_ASKING_FOR = frozenset("""frage fragen suche forderung forderungen ruf nachfrage fragt fragte fragten gefragt
    sucht suchte suchten suchen gesucht verlangen verlangt verlangte verlangten""".split())
# ... not the words that only end like one: "nach nordkoreanischen Soldaten", "nach Vermittlungen Katars"
_NOT_NACH_NOUNS = ("soldaten", "kandidaten", "mandaten", "vermittlungen")
# Possessives before a source noun: "nach ihren Informationen", "laut seinem Sprecher".
_POSSESSIVES = frozenset(DE_POSSESSIVE_PRONOUNS) | {"unser", "unsere", "unseren"}
_STOP_DETERMINERS = frozenset(
    """diese dieser diesen dieses diesem seine seiner seinen seines ihre ihrer ihren
    ihres jene jener kein keine keinen nicht auch""".split()
)
# Capitalised words that never belong to a speaker phrase after a verb.
_NEVER_IN_NP = frozenset("am im in auf bei gegenüber laut zufolge dass ob".split())
# ... nor a vague amount, which opens the object: "nach Berichten westlicher Nachrichtendienste
# Tausende Soldaten nach Russland geschickt"
_VAGUE_AMOUNT = re.compile(VAGUE_DE)
# An English name's function words: "des Thinktanks Institute for the Study of War"
_ENGLISH_NAME_GLUE = frozenset(("for", "of", "on", "and"))
_PUNCT = set(",.;:!?()[]\"“”„»«‘’'—–-")


@dataclass
class Word:
    start: int
    end: int
    text: str
    glued: bool = False

    @property
    def low(self) -> str:
        low = self.text.lower()
        return DE_SWISS_SPELLINGS.get(low, low)

    @property
    def is_punct(self) -> bool:
        return all(ch in _PUNCT for ch in self.text)

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()


def _words(doc: Doc, start: int, end: int) -> list[Word]:
    out: list[Word] = []
    span = doc.char_span(start, end, alignment_mode="expand")
    for tok in span:
        if tok.is_space:
            continue
        m = _GLUED.match(tok.text)
        pre = m.group("pre") if m else ""
        if m and tok.lower_ not in DE_VERB_FORMS and not pre.endswith("ge") and not any(
            pre.endswith(p) and len(pre) <= len(p) + 1 for p in _REAL_PREFIXES
        ):
            cut = tok.idx + m.start("verb")
            out.append(Word(tok.idx, cut, m.group("pre")))
            out.append(Word(cut, tok.idx + len(tok.text), m.group("verb"), glued=True))
        else:
            out.append(Word(tok.idx, tok.idx + len(tok.text), tok.text))
    return out


def _is_adj(w: Word) -> bool:
    """A lowercase inflected word that can stand before a noun ("jüngsten", "neue")."""
    return (not w.is_cap and len(w.text) >= 4 and w.low.endswith(DE_ADJ_ENDINGS)
            and w.low not in _STOP_DETERMINERS and not w.is_punct)


def _np_forward(words: list[Word], i: int, stops: frozenset[str] = DE_SPEAKER_STOPS) -> int:
    """End index (exclusive) of the noun phrase starting at words[i]; i when none. `stops`
    end a speaker after a verb ("sagte Rutte Reportern"); a source after "laut"/"nach"
    passes none, since there the medium is the source ("nach Angaben der Zeitung X")."""
    n = len(words)
    if i >= n:
        return i
    if words[i].low in ("er", "sie", "es", "wir", "ich"):
        return i + 1
    if words[i].text in OPENING_MARKS:  # a quoted name: Laut „BBC News“
        return _quoted_name_end(words, i)
    j = i
    if words[j].low in DE_ARTICLES:
        j += 1
    while j < n and _is_adj(words[j]):
        j += 1  # adjectives before the noun
    if j > i and j + 1 < n and words[j].text in OPENING_MARKS and words[j + 1].is_cap:
        return _quoted_name_end(words, j)  # "die „Bild“", "der israelische Sender „Channel 10“"
    seen_noun = False
    while j < n and words[j].is_cap and not words[j].is_punct and j - i < 10 and not (
        seen_noun and words[j].low in stops
    ) and words[j].low not in _NEVER_IN_NP and not _VAGUE_AMOUNT.fullmatch(words[j].text):
        seen_noun = True
        j += 1
        # an English name's function words: "des Thinktanks Institute for the Study of War"
        while j + 1 < n and words[j].text in _ENGLISH_NAME_GLUE and (
                words[j + 1].is_cap or (words[j + 1].text == "the" and j + 2 < n and words[j + 2].is_cap)):
            j += 2 if words[j + 1].text == "the" else 1
        # "der Website „icelandreview.com“": a quoted name after the noun
        if j + 1 < n and words[j].text in OPENING_MARKS and words[j + 1].is_cap:
            j = max(j, _quoted_name_end(words, j))
            break
        # Genitive, "von", coordination or place: "der Sprecher des Ministeriums",
        # "Angaben einer Gewerkschaft", "Meinung politischer Beobachter",
        # "der Staatsanwaltschaft und der Polizei", "der USGS in Denver".
        # Only a strong genitive adjective ("-er") links without an article; "alle",
        # "einen" or a verb ("habe") after the noun end the phrase.
        link_adj = j < n and len(words[j].text) >= 6 and _is_adj(words[j]) and words[j].low.endswith("er")
        # "das Institut für Kriegsstudien", "das Bundesamt für Verfassungsschutz": a body's name
        body_for = j < n and words[j].low == "für" and words[j - 1].low.removesuffix("s").removesuffix("e").endswith(_BODIES_FOR)
        # "Angaben aus Seoul": where information comes from is its author
        # (or bodies from a place: "Geheimdienste aus Südkorea und den USA", "Kreise aus Kiew")
        from_author = j < n and words[j].low == "aus" and (
            is_information(words[j - 1].text) or words[j - 1].low.endswith(_FROM_BODIES))
        # "Nordkoreas Vertreter bei den Vereinten Nationen": an envoy's body
        envoy_at = j < n and words[j].low == "bei" and words[j - 1].low.startswith(_ENVOYS)
        if j < n and j + 1 < n and (words[j].low in _NP_LINKS or link_adj or body_for or from_author or envoy_at):
            k = j if link_adj else j + 1
            if words[j].low in ("und", "bei") and words[k].low in DE_ARTICLES:
                k += 1
            while k < n and _is_adj(words[k]):
                k += 1
            if k + 1 < n and words[k].text in OPENING_MARKS and words[k + 1].is_cap \
                    and (words[j - 1].low.startswith(_MEDIA_STEMS) or is_information(words[j - 1].text)):
                j = _quoted_name_end(words, k)  # "einem Bericht der „New York Times“", "Informationen des „Spiegel“"
                break
            if k < n and words[k].is_cap and words[k].low not in stops and not (
                words[j].low == "in" and k != j + 1
            ) and not (stops and _medium_at(words, k)):
                j = k
    if seen_noun and j < n and words[j].text == "(":
        j = _parenthesis_end(words, j)  # "Angela Merkel (CDU)", "des Bundesamts (BfS)"
    return j if seen_noun else i


def _medium_at(words: list[Word], k: int) -> bool:
    """A news medium's name at words[k] ("der Deutschen Presse-Agentur", "der BBC"): after a
    verb of saying, whom it was said to, not whose the speaker is."""
    return any(w.low.endswith(("agentur", "zeitung")) or w.low in _MEDIA_NAMES for w in words[k : k + 2])


_MEDIA_NAMES = frozenset("bbc cnn afp dpa reuters ap".split())

# Nouns of a medium, whose genitive is a title in quotes: "einem Bericht der „New York Times“"
_MEDIA_STEMS = ("bericht", "zeitung", "sender", "magazin", "blatt", "agentur", "portal", "interview", "sendung")


def _top_commas(words: list[Word], end: int) -> list[int]:
    """Commas before `end` outside parentheses: "X vom Bundesamt (Abteilung …, BfS) sagte"."""
    out, depth = [], 0
    for m in range(end):
        depth += (words[m].text == "(") - (words[m].text == ")")
        if words[m].text == "," and depth <= 0:
            out.append(m)
    return out


def _parenthesis_end(words: list[Word], i: int) -> int:
    close = next((k for k in range(i + 1, min(len(words), i + 10)) if words[k].text == ")"), None)
    return close + 1 if close is not None else i


def _quoted_name_end(words: list[Word], i: int) -> int:
    close = next((k for k in range(i + 1, min(len(words), i + 8)) if words[k].text in CLOSING_MARKS), None)
    return close + 1 if close is not None else i


def _np_with_apposition(words: list[Word], i: int, stops: frozenset[str] = DE_SPEAKER_STOPS) -> int:
    """A speaker phrase with appositions that close the sentence or the clause:
    "der Sprecher der Bewegung, Ehsanullah Ehsan." / "Li Fei, der stellvertretende
    Vorsitzende des Ausschusses, aber auch …"."""
    j = _np_forward(words, i, stops)
    n = len(words)
    while j > i and j + 1 < n and words[j].text == ",":
        k = _np_forward(words, j + 1, stops)
        # (", sagte Reisner" after it is a report of the clause, no apposition)
        if k > j + 1 and (k == n or words[k].is_punct) and not _is_finite_or_reporting(words[j + 1]):
            j = k
        else:
            break
    return j


def _np_backward(words: list[Word], end: int) -> int:
    """Start index of the noun phrase ending just before words[end]."""
    j = end
    while j > 0:
        w = words[j - 1]
        if w.is_punct:
            break
        if w.low == "und" and j >= 2 and words[j - 2].is_cap and words[j].is_cap:
            j -= 1  # "Berichten der Sender Sky News und BBC zufolge"
            continue
        if w.is_cap or w.low in DE_ARTICLES or _is_adj(w):
            j -= 1
            if w.low in DE_ARTICLES:
                # an article opens the phrase unless a genitive continues before it
                if j > 0 and words[j - 1].is_cap and not words[j - 1].is_punct:
                    continue
                break
            continue
        break
    return j


def _span(words: list[Word], i: int, j: int) -> tuple[int, int] | None:
    if j <= i:
        return None
    return (words[i].start, words[j - 1].end)


def _clause_start(words: list[Word], i: int) -> int:
    """Index after the last comma/colon/semicolon before i, or 0."""
    return max((m + 1 for m in range(i) if words[m].text in (",", ";", ":")), default=0)


def _clause_end(words: list[Word], i: int) -> int:
    """Index of the next comma/colon/semicolon or the end."""
    while i < len(words) and words[i].text not in (",", ";", ":"):
        i += 1
    return i


_CLAUSE_OPENERS = frozenset("dass ob wie warum weshalb wann wo wer was wonach".split())
# Words after a comma that open a part of what was named before: "4.000 Verluste, darunter 1.000 Tote"
_INCLUDING = frozenset("darunter davon einschließlich inklusive".split())


# Words after a verb of saying that say nothing: "äußerte sich bislang nicht dazu".
_NOTHING_SAID = frozenset("""sich nicht dazu zunächst bislang bisher zuvor öffentlich selbst noch
    am im an in auf bei montag dienstag mittwoch donnerstag freitag samstag sonntag morgen
    vormittag mittag nachmittag abend wochenende""".split()) | _TIME_WORDS  # "äußerte sich am Montag"


def _content_after(text, words: list[Word], i: int, particle: str | None, whole_if_nominal=False):
    """Content after position i: skip a short adverbial run up to a comma ("am Montag,").

    With whole_if_nominal, a verb whose object is a noun phrase rather than a clause
    ("sprach von einem Klima der Gewalt", "wies die Vorwürfe zurück") reports the whole
    sentence: there is no separate proposition to cut out.
    """
    # "spricht von 3000 Toten, Seoul beziffert …": the object follows the verb's particle
    stop = _object_then_new_clause(words, i + 1 if particle and i < len(words) and words[i].low == particle else i)
    if stop is None:
        # ", während Moskau … bestreitet": another side's report, not what was said here;
        # ", was sich nicht überprüfen ließ": the outlet's caveat on it
        stop = next((m for m in range(i + 1, len(words) - 1) if _other_report(words, m) or _outlet_caveat(text, words, m)
                     or _gapped_source(words, i, m, particle) is not None
                     or (_another_report_opens(words, m) and _object_in(words, i, m))), None)
    if stop is not None:
        # "Kiew meldete Verluste, Moskau bestritt …": Moskau's, not Kiew's; "Der Kreml
        # dementierte die Berichte, sagte ein Sprecher": the spokesman reports the clause,
        # the Kremlin denies the object
        whole_if_nominal = whole_if_nominal and not _frame_follows(words, stop)
        words = words[:stop]
    n = len(words)
    full = trim(text, (words[0].start, words[-1].end))
    if particle:
        # drop the separable particle where it closes the clause ("teilte … mit, dass")
        words = [w for k, w in enumerate(words) if not (k >= i and w.low == particle and (k + 1 == n or words[k + 1].is_punct))]
        n = len(words)
    that = _that_clause(words, i)
    if that is not None:
        return trim(text, (words[that].start, words[-1].end))
    comma = _clause_end(words, i)
    clausal = False
    # (not past a verb of its own: "bestritt die Vorwürfe und ist der Meinung, dass C")
    own_verb = next((m for m in range(i, min(comma, n - 1)) if words[m].low in ("und", "oder") and (
        _is_finite(words[m + 1]) or words[m + 1].low in DE_VERB_FORMS)), None)
    # (an apposition after the object is no clause: "meldete 3.000 Tote, eine Zahl, die weiter
    # steigt", "bezifferte die Verluste auf 4.000, darunter 1.000 Tote")
    apposition = i < comma and comma + 3 < n and (
        words[comma + 1].low in DE_ARTICLES and words[comma + 2].is_cap and words[comma + 3].text == ","
        or words[comma + 1].low in _INCLUDING)
    # (nor after an object, before another's report or more figures with no verb: "meldete am
    # Montag 3.000 Tote, Moskau bestreitet das", "meldete im November 3.000 Tote, Anfang Januar
    # 4.000"; "sagte vor Journalisten, C" and "warf den USA vor, C" say C)
    if comma < n and comma - i <= 8 and words[comma].text in (",", ":") and not _relative_at(words, comma) \
            and own_verb is None and not apposition and not (_object_in(words, i, comma) and (
                _another_report_opens(words, comma) or _more_figures(words, comma))):
        i = comma + 1
        clausal = True
    if i >= n or all(w.is_punct or w.low in _NOTHING_SAID for w in words[i:]):
        return None  # "Sie fügte hinzu.", "Moskau äußerte sich nicht.": nothing said here
    if i > 0 and _other_report(words, i - 1) and words[i].low == "wie":
        # "meldete, wie schon berichtet, neue Angriffe": the aside is not what was reported
        aside_end = next((m for m in range(i + 1, n) if words[m].text == ","), n)
        if aside_end + 1 < n:
            i = aside_end + 1
    clausal = clausal or words[i].low in _CLAUSE_OPENERS or words[i].text in ("„", "»", '"', "“")
    rest = trim(text, (words[i].start, words[-1].end))
    if not clausal:
        # (a quotation after the next verb is that verb's: "wies die Darstellung zurück und
        # sprach von „Propaganda“")
        return _quoted_object(text, words[:own_verb], i) or (full if whole_if_nominal else rest)
    return rest


def _outlet_caveat(text: str, words: list[Word], comma: int) -> bool:
    """words[comma] opens the outlet's caveat on the whole report ("Kiew meldete 30 Tote,
    was sich nicht unabhängig überprüfen ließ"), which attribution.outlet_caveats reads; other
    clauses with "was" are the source's ("…, was für ihn spräche", "…, was genau passiert ist")."""
    return words[comma].text == "," and APPOSED_CAVEAT.match(text, words[comma].start) is not None


def _other_report(words: list[Word], comma: int) -> bool:
    """", während Moskau die Berichte bestreitet", ", wie Rutte sagte", ", eine Zahl, die
    Moskau bestreitet": a clause at the comma that is a report of its own (its own verb of
    saying), another side's view or the source of what precedes, not more of the same report."""
    if _summing_apposition(words, comma) is not None:
        return True
    if words[comma].text != "," or comma + 1 >= len(words) or words[comma + 1].low not in _CONTRAST | {"wie", "was"}:
        return False
    end = next((m for m in range(comma + 2, len(words)) if words[m].text in (",", ";", ".")), len(words))
    if words[comma + 1].low == "was":  # (not "…, was genau passiert ist")
        return words[end - 1].low in DE_ANSWER_FORMS
    return any(w.low in DE_VERB_FORMS or w.low in DE_PARTICIPLES for w in words[comma + 2 : end])


def _gapped_source(words: list[Word], start: int, comma: int, particle: str | None) -> int | None:
    """"Seoul spricht von 11.000 Soldaten, Kiew von 12.000", "Kiew meldet 3.000 Tote, Moskau
    200": after the object the verb reports (from `start`) a comma, another source
    (names_a_source) and what it reports, the verb left out. Where the source's noun phrase
    ends, or None (not inside a clause that was said: "sagte, Russland habe 3.000 verloren,
    Nordkorea 1.000"; nor after a time: "…, Anfang Januar 4.000")."""
    if words[comma].text != "," or comma + 2 >= len(words) or not words[comma + 1].is_cap:
        return None
    j = _np_forward(words, comma + 1)
    end = _clause_end(words, comma + 1)
    if not comma + 1 < j < end or not (words[j].low == particle or words[j].text[:1].isdigit()):
        return None
    if any(_is_finite_or_reporting(w) for w in words[start:comma]) or any(_is_finite_or_reporting(w) for w in words[j:end]):
        return None
    # (not what is counted: "1.500 getötete russische Soldaten, Nordkoreaner 300")
    return j if names_a_source(" ".join(w.text for w in words[comma + 1 : j])) else None


def _gapped_report(text: str, words: list[Word], frame: Frame) -> Frame | None:
    """The second source of a report whose verb is left out after the comma (_gapped_source),
    with the first one's cue."""
    cue_end = next((m for m, w in enumerate(words) if w.end == frame.cue[1]), None)
    if cue_end is None:
        return None
    particle = words[cue_end].low
    for m, w in enumerate(words):
        if w.start >= frame.content[1] and (j := _gapped_source(words, cue_end + 1, m, particle)) is not None:
            end = _clause_end(words, j)
            content = trim(text, (words[j + (words[j].low == particle)].start, words[end - 1].end))
            return replace(frame, source=_span(words, m + 1, j), content=content, referent=None) if content else None
    return None


# Nouns that sum up the clause before them: "Kiew meldete 3.000 Tote, eine Zahl, die Moskau bestreitet"
_SUMMING_NOUNS = frozenset("zahl angabe angaben schätzung behauptung darstellung".split())


def _summing_apposition(words: list[Word], comma: int) -> tuple[int, int] | None:
    """(where its relative clause's subject starts, its verb) when words[comma] opens an
    apposition summing up the clause before it, with a relative clause of saying: ", eine
    Zahl, die Moskau bestreitet", ", eine Darstellung, die der Kreml zurückweist"."""
    if words[comma].text != "," or comma + 5 >= len(words) or words[comma + 1].low not in ("eine", "die") \
            or words[comma + 2].low not in _SUMMING_NOUNS or words[comma + 3].text != "," \
            or words[comma + 4].low not in ("die", "welche"):
        return None
    end = next((m for m in range(comma + 5, len(words)) if words[m].is_punct), len(words))
    verb = end - 1
    if verb <= comma + 5 or words[verb].low not in DE_ANSWER_FORMS:
        return None
    return comma + 5, verb


def _summed_up(text: str, words: list[Word], comma: int, sent_frames: list[Frame]) -> Frame | None:
    """", eine Zahl, die Moskau bestreitet": the relative clause's subject answers what the
    apposition sums up: the report before it, else the clause before the comma."""
    subject, verb = _summing_apposition(words, comma)
    before = next((f.content for f in reversed(sent_frames) if f.content and f.content[1] <= words[comma].start), None)
    content = before or trim(text, (words[0].start, words[comma].start))
    source = _span(words, subject, verb)
    if content is None or source is None:
        return None
    cue_word = DE_GLUED_DENIALS.get(words[verb].low, words[verb].low)
    return Frame(cue=(words[verb].start, words[verb].end), source=source, content=content,
                 kind="indirect_quote", cue_word=cue_word)


# Prepositions a reporting verb takes its object with: "warnte vor", "protestierte gegen",
# "berichtete über", "warb für" (not an adverbial: "sagte vor Journalisten, C")
_OBJECT_PREPOSITIONS = frozenset("vor von gegen für über".split())
_PREPOSITIONAL_VERBS = ("warn", "gewarnt", "protestier", "bericht", "warb", "wirbt", "werb", "geworben")
_AMOUNT_WORDS = frozenset("rund etwa knapp fast mehr als über mindestens bis zu weniger".split())


# "Wagenknecht ging weiter:", "Kiesewetter legte nach:", "Er wurde deutlicher:": a person's
# next words after the colon (not "Die Lage wurde schärfer:", "Das Bild wurde deutlicher:")
_WENT_FURTHER = {**dict.fromkeys("ging gingen geht".split(), ("weiter",)),
                 **dict.fromkeys("legte legten legt".split(), ("nach",)),
                 **dict.fromkeys("wurde wurden wird".split(), ("deutlicher", "schärfer", "konkreter")),
                 # a talk show's exchanges: "Kiesewetter hielt dagegen:", "Lanz hakte nach:"
                 **dict.fromkeys("hielt hält hielten".split(), ("dagegen", "entgegen")),
                 **dict.fromkeys("hakte hakt".split(), ("nach",)),
                 **dict.fromkeys("ordnete ordnet".split(), ("ein",)),
                 **dict.fromkeys("fasste fasst".split(), ("zusammen",))}
# ... and those that need no particle: "Gysi verneinte:", "Kiesewetter konterte:"
_REJOINED = frozenset("konterte kontert verneinte verneint bejahte bejaht resümierte resümiert bilanzierte "
                      "bilanziert".split())
_FURTHER_ON = frozenset(w for further in _WENT_FURTHER.values() for w in further) | _REJOINED
# Where a person works, after their name: "Mauro Mantovani von der ETH Zürich"
_WORKPLACE = frozenset("von vom aus bei".split())


def _went_further(text, words: list[Word], i: int) -> Frame | None:
    v = i if words[i].low in _REJOINED else next(
        (m for m in range(i - 1, max(0, i - 4), -1) if words[m].low in _WENT_FURTHER), None)
    if v is None or v < i and words[i].low not in _WENT_FURTHER[words[v].low] or _np_with_workplace(words) != v \
            or any(x.is_punct for x in words[v:i]):
        return None
    # a person: a pronoun, or a name neither an ordinary noun nor a known place or body (before
    # where they work: "Mauro Mantovani von der ETH Zürich ordnet ein:")
    head = next((m for m in range(1, v) if words[m].low in _WORKPLACE or words[m].low in ("des", "der")), v)
    last, lexicon = words[head - 1], german_lexicon()
    known = lookup(last.text, fuzzy=False)
    if not (last.low in ("er", "sie") or known is not None and known.label == "PERSON"
            or known is None and not lexicon.is_common_noun(last.text) and not lexicon.is_stop(last.text)):
        return None
    return Frame(cue=(words[v].start, words[i].end), source=_span(words, 0, v),
                 content=trim(text, (words[i + 2].start, words[-1].end)), kind="indirect_quote", cue_word=words[v].low)


# A topic opening the sentence: "Über den Einsatz berichtete …", "Zu den Truppen äußerte sich …"
_TOPIC_FIRST = frozenset("über zu zum zur".split())
_EARLIER = frozenset("früher kürzlich jüngst zuerst erstmals".split())
_WHEN_SAID = frozenset("am vor gegenüber während".split())


def _np_with_workplace(words: list[Word], i: int = 0) -> int:
    """The end of the noun phrase opening words[i:], with where its person works ("Mauro
    Mantovani von der ETH Zürich")."""
    j = _np_forward(words, i)
    while i < j < len(words) - 1 and words[j].low in _WORKPLACE:
        j = _np_forward(words, j + 1)
    return j


def _past_when(words: list[Word], i: int) -> int:
    """The first of words[i:] after the times that open it: "inzwischen", "am Montag", "im
    Staatsfernsehen"."""
    while i + 1 < len(words) and (words[i].low in _TIME_WORDS or words[i].low in ("am", "im") and words[i + 1].is_cap):
        i += 1 if words[i].low in _TIME_WORDS else 2
    return i


def _object_then_new_clause(words: list[Word], i: int) -> int | None:
    """The comma after a noun-phrase object at words[i:] that opens a main clause of its own
    in the indicative ("meldete Verluste, Moskau bestritt …"), if there is one. After an
    adverbial ("sagte am Montag, die Lage ist ernst") the clause is what was said."""
    # "warnte (am Montag) vor einer Eskalation, die Opposition kritisierte …": an object after
    # a preposition, before another's report ("sagte vor Journalisten, die Lage ist ernst" is
    # what was said)
    start = _past_when(words, i)
    prepositional = 0 < i and start < len(words) and words[start].low in _OBJECT_PREPOSITIONS \
        and words[i - 1].low.startswith(_PREPOSITIONAL_VERBS)
    start = start + 1 if prepositional else i
    while start < len(words) and (words[start].text[:1].isdigit() or words[start].low in _AMOUNT_WORDS):
        start += 1  # "von rund 3000 Toten": the amount before the noun
    j = _np_forward(words, start)
    if j <= start or j >= len(words) or (words[i].low in DE_INVERSION_OPENERS and not prepositional):
        return None
    if prepositional:
        return j if _another_report_opens(words, j) or _frame_follows(words, j) else None
    return j if _opens_main_clause(words, j) or _frame_follows(words, j) else None


def _another_report_opens(words: list[Word], comma: int) -> bool:
    """words[comma] is a comma before a main clause that reports: "…, die Opposition warf
    der Regierung Zögerlichkeit vor"."""
    j = _np_forward(words, comma + 1) if words[comma].text == "," else comma
    # (a verb that reports only with its particle may be another verb: "die USA hielten sich an …")
    return comma + 1 < j < len(words) and words[j].low in DE_VERB_FORMS and not _is_finite(words[j]) and (
        words[j].low not in DE_NEEDS_PARTICLE
        or any(w.low in DE_NEEDS_PARTICLE[words[j].low] for w in words[j + 1 : _clause_end(words, j)]))


def _opens_main_clause(words: list[Word], comma: int) -> bool:
    """words[comma] is a comma and a main clause of its own follows, a noun phrase and a
    finite verb in the indicative ("…, Moskau bestritt …"), not indirect speech in
    main-clause order ("…, die USA würden …")."""
    if words[comma].text != ",":
        return False
    if comma + 1 < len(words) and words[comma + 1].low in ("sondern", "aber", "doch", "jedoch"):
        return True  # "hat … weder bestätigt noch dementiert, sondern …": a clause coordinated
    start = comma + 2 if comma + 1 < len(words) and words[comma + 1].low == "und" else comma + 1
    j = _np_forward(words, start)  # (", und Seoul sagte, …": coordinated with "und" too)
    return start < j < len(words) and _is_finite_or_reporting(words[j]) \
        and not _reported_clause(words[start:])


def _that_clause(words: list[Word], i: int) -> int | None:
    """Start of a "dass"/"ob" clause opening soon after the verb: "sagte, ohne Namen zu
    nennen, dass C" / "sagte aber auch, dass C" / "sagte, dass, „wenn …“": the clause is
    what was said, not the adverbial before it nor the comma after the conjunction."""
    for k in range(i, min(len(words) - 1, i + 12)):
        if words[k].low in ("dass", "ob") and (k == i or words[k - 1].text == ","):
            return k
        infinitive = words[k - 1].low == "zu"  # "ohne Namen zu nennen" is no clause of its own
        # (nor a verb in Konjunktiv I after a pronoun: "sagte, sie bezweifle, dass C" says she doubts C)
        own_subjunctive = words[k - 1].low in ("er", "sie", "man", "wir", "ich") and not words[k].is_cap \
            and words[k].low.endswith("e")
        if words[k].text in (";", ":") or words[k].text in OPENING_MARKS or _is_finite(words[k]) or own_subjunctive \
                or (words[k].low in DE_VERB_FORMS and not infinitive) or words[k].low in ("und", "oder"):
            return None  # a clause of its own comes first: the "dass" is not the verb's
    return None


def _is_finite(w: Word) -> bool:
    return w.low in DE_FINITE_VERBS or w.low in _SUBJUNCTIVE or w.low in DE_AUX_FORMS


def _relative_at(words: list[Word], comma: int) -> bool:
    """"sprach von 300 Festnahmen, die in …", 'von einer „Eskalation“, für die allein Russland
    verantwortlich sei': a relative clause on the object follows the comma, not what was said
    ("sagte am Montag, die Lage sei ernst" / ", das sei …")."""
    k = comma + 1
    noun = comma - 2 if words[comma - 1].text in CLOSING_MARKS and comma >= 2 else comma - 1
    # (not after a time or place: "sagte am Montag, von den 11.000 Soldaten seien …" is what he said)
    if k + 1 < len(words) and words[k].low in _RELATIVE_PREPS and words[k + 1].low in _RELATIVE_PRONOUNS \
            and noun > 0 and words[noun - 1].low not in _WHEN_OR_WHERE:
        k += 1
    if k + 1 >= len(words) or words[k].low not in _RELATIVE_PRONOUNS:
        return False
    nxt = words[k + 1]
    return (words[noun].is_cap and not nxt.is_cap and not nxt.is_punct
            and not _is_adj(nxt) and not _is_finite(nxt))


# prepositions that open a relative clause: "…, für die", "…, von denen", "…, bei dem"
_RELATIVE_PREPS = frozenset("für mit von bei an in auf aus über unter gegen nach zu durch".split())
# ... and those that place a statement in time or space, not an object: "sagte am Montag, …"
_WHEN_OR_WHERE = _OCCASION_PREPS | {"am", "im", "an"}


_WHEN_OR_WHERE_OPENERS = _TIME_WORDS | _WHEN_OR_WHERE | frozenset(
    "kürzlich jüngst neulich früher vorgestern seit nach anfang ende mitte".split())


def _fronted_adverbial(words: list[Word], i: int) -> bool:
    """"Kürzlich, am 5. November, sagte Austin, C", "In Brüssel, am Rande des Treffens, sagte
    er, C": what stands before the verb is when or where it was said, not what was said: a
    time or place set off by a comma of its own (not "Im Oktober trafen die ersten Soldaten
    ein, sagte Austin", whose verb no list knows), with no verb, quotation or figure but a
    date or clock time in it."""
    before = words[: i - 1]
    if not before or before[0].low not in _WHEN_OR_WHERE_OPENERS or len(before) > 12 \
            or not any(x.text == "," for x in before):
        return False
    for m, x in enumerate(before):
        if x.text in OPENING_MARKS or x.text in CLOSING_MARKS or _is_finite_or_reporting(x):
            return False
        if x.text[:1].isdigit() and not (x.text.endswith(".") or m + 1 < len(before) and before[m + 1].low == "uhr"):
            return False
    return True


def _quoted_object(text, words: list[Word], i: int):
    """The quotation inside a nominal object is what was said: "bezeichnete den Plan als
    „maßvoll“", "sprach von einer „Katastrophe“"."""
    for k in range(i, len(words)):
        if words[k].text in ("„", "»"):
            close = next((m for m in range(k + 1, len(words)) if words[m].text in CLOSING_MARKS), None)
            if close is None:  # the quotation runs on past the sentence
                return trim(text, (words[k + 1].start, words[-1].end)) if k + 1 < len(words) else None
            if close > k + 1:
                return trim(text, (words[k + 1].start, words[close - 1].end))
            return None
    return None


def _relative_on_subject(words: list[Word], comma: int) -> bool:
    """"Celebi, die … vertritt, nennt …": the sentence so far is a subject with a relative
    clause that closes at `comma`."""
    np_end = _np_forward(words, 0)
    return (0 < np_end < comma - 1 and words[np_end].text == ","
            and words[np_end + 1].low in _RELATIVE_PRONOUNS
            and not any(w.text == "," for w in words[np_end + 1 : comma]))


# Conjunctions that open an infinitive aside: "…, ohne jedoch Zahlen zu nennen"
_INFINITIVE_ASIDES = frozenset("ohne um statt anstatt".split())


def _has_clause(words: list[Word]) -> bool:
    """Words that carry a proposition of their own, not just time, place or medium, nor an
    infinitive aside."""
    aside = next((m for m in range(len(words) - 1) if words[m].text == "," and words[m + 1].low in _INFINITIVE_ASIDES),
                 len(words))
    return any(w.text in (",", ":", "„", "»") or w.low in _CLAUSE_OPENERS for w in words[:aside])


_SHOUTS = frozenset("rief riefen ruft".split())


def _has_particle(words: list[Word], i: int, verb: str) -> str | None:
    particles = DE_NEEDS_PARTICLE.get(verb)
    if particles is None:
        return ""
    if verb in _SHOUTS and i >= 1 and (words[i - 1].text in CLOSING_MARKS or (
            i >= 2 and words[i - 1].text == "," and words[i - 2].text in CLOSING_MARKS)):
        return ""  # "„Das ist eine Lüge!“, rief er": shouting a quotation needs no "auf"
    if words[i].low in ("gab", "gaben", "gibt") and i + 1 < len(words) and words[i + 1].low == "es":
        return None  # "gab es": existential, not "gab an/bekannt"
    end = _clause_end(words, i + 1)
    for k in range(i + 1, min(end + 1, len(words))):
        if words[k].low in particles and _particle_closes(words, k) and (
                words[k].low not in _AFTER_IN or words[k - 1].low == "in"):
            return words[k].low
    # Verb-final clause: "wie das Ministerium bekannt gab", "hat … in Zweifel gezogen".
    before = words[i - 1].low if i > 0 else None
    if before in particles and (before not in _AFTER_IN or (i >= 2 and words[i - 2].low == "in")):
        return before
    return None


# Where questions are sent for an answer: "verwies auf das Verteidigungsministerium"
_ANSWERING_BODIES = _BODIES_FOR + ("behörden", "stab", "armee", "militär", "stellen", "regierung")


def _referred_elsewhere(words: list[Word], k: int) -> int | None:
    """"Peskow verwies auf das (russische) Verteidigungsministerium", "verwies Fragen dazu an
    das Ministerium": another body's to answer, as "referred questions to the Defense
    Ministry" (not "verwies auf die Souveränität Russlands", a point made). Where the
    referral ("auf …") starts, else None."""
    if not words[k].low.startswith(("verwies", "verweis")):
        return None
    end = _clause_end(words, k + 1)
    m = k + 1
    if m < end and words[m].low in ("fragen", "anfragen"):
        m += 2 if m + 1 < end and words[m + 1].low == "dazu" else 1
    if m + 2 > end or words[m].low not in ("auf", "an") or words[m + 1].low not in DE_ARTICLES:
        return None
    j = m + 2
    while j < end and _is_adj(words[j]):
        j += 1
    return m if j < end and words[j].low.endswith(_ANSWERING_BODIES) else None


# Verbs that report only as a separable denial ("spielte … herunter"; "er spielte" is no cue)
_DOUBTING = frozenset(v for v, _ in DE_PARTICLE_DENIALS) - DE_VERB_FORMS
# ... or as a comment not given, on what they name: "Moskau schweigt dazu"
_SILENT = frozenset("schweigt schwieg schweigen schwiegen".split())


# Nouns that close a phrasal verb after "in": "stellte … in Frage", "zog … in Zweifel"
# ("stellte eine Frage" asks)
_AFTER_IN = frozenset(("frage", "zweifel"))


# Particles that take an object here ("sprach von X", "verwies auf X", "wies darauf hin", "schloss daraus").
_PREPOSITION_PARTICLES = frozenset("von auf darauf daraus davon mit damit".split())


# What follows a "für" of "halten für" that is no judgement but a preposition ("hält Milliarden
# für die Ukraine bereit", "hält sich für alle Optionen offen")
_NOT_JUDGED = DE_ARTICLES | _POSSESSIVES | frozenset("sich sie ihn ihm uns euch alle jeden jede jeder diese diesen "
                                                     "dieses".split())


def _particle_closes(words: list[Word], k: int) -> bool:
    """A separable particle closes its clause ("gab … an."), a preposition does not
    ("an Bord", "zu feiern"); the "für" of a judgement comes before what it judges ("hält die
    Zahl für plausibel")."""
    if words[k].low == "für":
        return k + 1 < len(words) and words[k + 1].text.islower() and words[k + 1].low not in _NOT_JUDGED
    return (words[k].low in _PREPOSITION_PARTICLES or k + 1 == len(words)
            or words[k + 1].is_punct or words[k + 1].low in ("und", "oder", "dass"))


def german_frames(doc: Doc, sentences: list[Sentence], quotes: list[tuple[int, int]],
                  transcript: bool = False) -> list[Frame]:
    """Frames of a German document; `quotes` is find_quotes(doc.text), `transcript`
    frames.is_transcript(doc.text)."""
    text = doc.text
    frames: list[Frame] = []
    previous: tuple[int, int] | None = None
    reported: tuple[int, int] | None = None  # what the sentence before reports, if it reports
    carried: Frame | None = None  # the last speaker, while reported speech goes on
    asked = False  # whether the sentence before asks
    for sent, words in _dash_clauses(doc, sentences, transcript):
        n = len(words)
        # what "das" may point back to (a question is nothing to deny: "Heinemann: Und der
        # Kreml?\nKiesewetter: Moskau bestreitet das.")
        before = None if asked else previous
        sent_frames: list[Frame] = []
        summed_to = -1  # the end of an apposition summing up a report, read as a whole
        for i, w in enumerate(words):
            low = w.low
            frame = None
            if i <= summed_to:
                continue
            if w.text == "," and (summing := _summing_apposition(words, i)) is not None:
                frame = _summed_up(text, words, i, sent_frames)
                summed_to = summing[1]
            elif low in _LAUT and i + 1 < n:
                frame = _laut(text, words, i)
            elif low == "zufolge" and i > 0:
                frame = _zufolge(text, words, i)
            elif low == "nach" and i + 1 < n and _is_nach_source(words, i + 1) \
                    and not (words[i + 1].low != "angaben" and any(x.low in _ASKING_FOR for x in words[max(0, i - 2) : i])):
                # ("nach Angaben" is always a source: "Die Polizei sucht nach Angaben eines Sprechers …")
                frame = _laut(text, words, i)
            elif low == "so" and i > 0 and words[i - 1].text == "," and i + 1 < n:
                frame = _so(text, words, i)
            elif low in ("hieß", "heißt") and i + 1 < n and words[i + 1].low == "es":
                frame = _heisst_es(text, words, i, i + 1)
            elif low == "es" and i + 1 < n and words[i + 1].low in ("hieß", "heißt") and (
                i == 0 or words[i - 1].text == "," or words[i - 1].low == "und"
            ):
                frame = _heisst_es(text, words, i, i + 1)
            elif low in _VERLAUTET and ((i >= 2 and words[0].low in _FROM) or (
                    words[i - 1].text == "," and i + 1 < n and words[i + 1].low in _FROM)):
                # "Aus Regierungskreisen verlautete, C", "C, verlautete aus Seoul": as "hieß es"
                frame = _heisst_es(text, words, i, i)
            elif low == "aus" and i + 2 < n:
                frame = _hervor(text, words, i, before)
            elif low == "weiter" and i + 2 < n and words[i + 1].text == ":" and carried is not None \
                    and carried.source and all(x.low == "und" for x in words[:i]):
                # "Rutte sagte: „C1.“ Und weiter: „C2.“": the same speaker goes on
                frame = Frame(cue=(w.start, w.end), source=carried.source,
                              content=trim(text, (words[i + 2].start, words[-1].end)), kind="indirect_quote",
                              cue_word="weiter", referent=carried.referent)
            elif low in _FURTHER_ON and i + 2 < n and words[i + 1].text == ":" and (frame := _went_further(text, words, i)):
                pass
            elif low == "demnach" and carried is not None and carried.source:
                # "Demnach hat …": what the source just cited says; an adverb inside its
                # clause splits nothing ("Bis Dezember sollten es demnach 10.000 werden")
                opens = i == 0 or words[i - 1].text in (",", ";")
                start = max((m + 1 for m in range(i) if words[m].text in (",", ";")), default=0)
                content = _sides(text, words, i, i + 1) if opens else trim(text, (words[start].start, words[-1].end))
                if content:
                    frame = Frame(cue=(w.start, w.end), source=carried.source, content=content,
                                  kind="according_to", cue_word="demnach", referent=carried.referent)
            elif low in _RELY and (frame := _relies_on(text, words, i)) is not None:
                pass
            elif low in _GOES and (frame := _estimate(text, words, i)) is not None:
                pass
            elif low in _AGENT_AUX and (not w.is_cap or i == 0) and (frame := _passive_agent(text, words, i)) is not None:
                pass
            elif low in _GIVEN and (frame := _no_statement(text, words, i)) is not None:
                pass
            elif low in _REFUSE and (frame := _refusal(text, words, i)) is not None:
                pass
            elif low in _FIGURE_CHANGES and (frame := _figure_change(text, words, i)) is not None:
                pass
            elif low in _FIGURE_OBJECTS and w.is_cap and (frame := _figure_noun(text, words, i)) is not None:
                pass
            elif (low in DE_VERB_FORMS or low in _DOUBTING or low in _SILENT) and (not w.is_cap or i == 0 or w.glued) \
                    and not (
                i > 0 and words[i - 1].low == "zu"  # "ohne Namen zu nennen": an infinitive
            ) and not (low in DE_PARTICIPLES and i + 1 < n and words[i + 1].low in _PASSIVE_AUX) \
                    and not _after_modal(words, i):
                # ("kritisiert wurde …": a passive names no one)
                frame = _verb(text, words, i, i, sent_frames, before) or _verb_final(text, words, i, i)
            elif low in DE_AUX_FORMS and (not w.is_cap or i == 0):
                # Perfect tense: "X hat (am Montag) angekündigt, dass C".
                end = _clause_end(words, i + 1)
                k = next((k for k in range(i + 1, end) if words[k].low in DE_PARTICIPLES), None)
                if k is not None:
                    frame = _verb(text, words, i, k, sent_frames, before)
                elif (frame := _figure_change(text, words, i)) is not None:
                    pass
                elif i > 0 and words[i - 1].low in DE_PARTICIPLES:
                    frame = _verb_final(text, words, i, i - 1)  # "nachdem er erklärt hatte, C"
            elif (low in _ABLE or low in _WILLING) and (not w.is_cap or i == 0):
                # "Das Pentagon konnte die Zahl nicht bestätigen", "Seoul will die Zahl nicht
                # bestätigen": an answer's infinitive closes the modal's clause (English
                # "could not confirm"); what one only wants to say is not said yet ("Die
                # Regierung will erklären, …", "Moskau will die Berichte dementieren")
                k = _last_word(words, i)
                # ... and so does a comment not given: "wollte die Berichte nicht kommentieren"
                if k > i + 1 and ((words[k].low in DE_ANSWER_FORMS and (low in _ABLE or _negated(words, i, k)))
                                  or _no_comment(words, i, k)):
                    frame = _verb(text, words, i, k, sent_frames, before)
            elif low in _PASSIVE_AUX and (not w.is_cap or i == 0):  # (not the English "… of War")
                frame = _passive(text, words, i)
            if frame is not None and low.startswith("erinner") and not _someone_named(text, frame.source):
                frame = None  # "Eine Gedenktafel erinnert daran, dass …" reports nothing
            if frame is not None and frame.cue_word in DE_POSTING_FORMS and frame.content and frame.cue and (
                    frame.content[0] <= frame.cue[0] or frame.source and text[frame.source[0] : frame.source[1]].lower() in DE_ARTICLES):
                # "Kurz vor der Tat postete er ein Foto", "Ein Foto, das Selenskyj gepostet hat, zeigt …":
                # a thing posted, nothing said
                frame = None
            if frame is not None and frame.cue_word in _REPORTED_ONESELF and "sich" in [x.low for x in words[i + 1 : i + 3]] \
                    and words[i + 1].text != ",":
                frame = None  # "Ein Überläufer hat sich bei den Behörden gemeldet": he turned up, said nothing
            if frame is not None:
                if low.startswith("zitiert"):
                    frame = _quoted_with_words(words, i, frame)
                sent_frames.append(frame)
                if frame.cue is not None and frame.source is not None and (gap := _gapped_report(text, words, frame)):
                    sent_frames.append(gap)
        if words[-1].text == "?" and not any(w.text in _QUOTE_MARKS for w in words):
            sent_frames = []  # a question asks, it reports nothing ("Was sagen Sie dazu?", "Hat Putin gesagt, dass C?")
        # "Das erkläre die hohen Verluste, sagte Reisner": a content that is only another
        # report's verb and speaker is none
        sent_frames = [f for f in sent_frames if not (f.content and any(
            g is not f and g.cue and g.source and g.content and g.content[1] <= g.cue[0] <= f.content[0]
            and f.content[1] <= g.source[1] for g in sent_frames))]
        sent_frames += _said_instead(text, words, sent_frames)
        if (review := _press_review(text, words)) is not None:
            sent_frames = _reviewed(review, sent_frames)
        if not any(f.cue for f in sent_frames) and (known := _knowledge(text, words)) is not None:
            sent_frames.append(known)
        relayed = _relayed_report(text, words)
        for f in sent_frames if relayed is not None else ():
            if f.cue and f.source and f.cue[1] <= relayed.cue[0] and f.content and f.content[0] == relayed.content[0] \
                    and text[f.cue[0] : f.cue[1]].lower().startswith(_RELAYING):
                # "Lanz zitierte einen Bericht des Geheimdienstes, wonach C": the report's C, Lanz relays it
                f.source, f.referent, f.content = relayed.source, None, relayed.content
        cited = _cited_source(words)
        if cited is not None:
            for f in sent_frames:
                if f.source is not None and f.cue is not None:
                    f.source, f.referent = cited, None
        if sent_frames:
            carried = next((f for f in reversed(sent_frames) if f.source), None)
        else:
            # (a new paragraph goes on with the report as a claim of its own, and not in hearsay
            # alone: "Russland soll … zahlen" opening one is another source's)
            new_paragraph = previous is not None and "\n" in text[previous[1] : sent.char_start]
            go_on = _reported_on(text, words, carried, strict=new_paragraph)
            if go_on is None:
                # the report is over (not within its quotation: „C1. C2.“ C3 sei …)
                if not any(q[0] < sent.char_start and sent.char_end <= q[1] + 1 for q in quotes):
                    carried = None
            elif carried is not None and carried.cue is None and carried.content[1] >= previous[0] \
                    and not new_paragraph:
                # one passage of reported speech: annotators keep it in one span
                carried.content = (carried.content[0], go_on.content[1])
            else:
                sent_frames = [go_on]
                carried = go_on
        for f in sent_frames:
            # "Laut Selenskyj sollen es 3.000 sein, was Moskau als „Unsinn“ abtut": Moscow answers
            # what Zelenskyy says, not the words that name him
            said = next((g.content for g in sent_frames if g is not f and g.source and g.content and f.content
                         and f.cue_word in DE_ANSWER_FORMS and f.content[0] < g.content[0] and g.content[1] == f.content[1]
                         and f.cue and f.cue[0] > f.content[1]), None)
            if said is not None:
                f.content = said
            if reported and f.content == previous and f.cue_word in DE_ANSWER_FORMS:
                f.content = reported  # "Die Ukraine sagt, C. Moskau bestreitet das.": Moscow denies C
        frames.extend(sent_frames)
        previous = (sent.char_start, sent.char_end)
        asked = words[-1].text == "?"
        reported = next((f.content for f in reversed(sent_frames) if f.cue and f.source and f.content
                         and previous[0] <= f.content[0] and f.content[1] <= previous[1]), None)
    return frames + _embedded_quotes(text, frames, quotes)


def _dash_clauses(doc: Doc, sentences: list[Sentence], transcript: bool) -> list[tuple[Sentence, list[Word]]]:
    """Sentences and their words, cut where a dash opens a main clause of its own, which is
    read as a sentence of its own: "Kiew meldete 4.000 Tote – Moskau bestreitet das"; or a
    headline's colon after its topic a report ("Nordkoreanische Soldaten: Kiew spricht von
    schweren Verlusten")."""
    out: list[tuple[Sentence, list[Word]]] = []
    for sent in sentences:
        words = _without_ticker_marks(_without_fillers(_words(doc, sent.char_start, sent.char_end)))
        # (or after a wire dateline or a chronology's date: "3. Oktober – Ukrainische Medien berichten")
        opens = (_label_end(doc.text, words, transcript) or _dateline_end(doc.text, words, len(words) - 1)) if words else 0
        if opens:
            # the sentence opens after the label or the one asked ("Herr Wagner, der Botschafter …")
            words = _sentence_case(words[opens:])
        dash = next((d for d, w in enumerate(words) if (w.text in ("–", "—") or (w.text == ":" and _topic_before(words, d))
                                                        or (w.text == ";" and _reports_after_only(words, d)))
                     and _main_clause_after(words, d)), None)
        if dash is None:
            out.append((sent, words))
            continue
        cut, start = words[dash].start, words[dash + 1].start
        out.append((Sentence(sent.sentence_idx, sent.char_start, cut, doc.text[sent.char_start : cut]), words[:dash]))
        out.append((Sentence(sent.sentence_idx, start, sent.char_end, doc.text[start : sent.char_end]),
                    _sentence_case(words[dash + 1 :])))
    return out


def _quotation_below(text: str, end: int) -> tuple[int, int] | None:
    """The words of a quotation opening the next line, after a line that closes with a colon
    (a press release's "Hierzu erklärt Bundesminister Boris Pistorius:")."""
    start = end + len(text[end:]) - len(text[end:].lstrip(" \t"))
    if not text.startswith("\n", start):
        return None
    q = next((q for q in find_quotes(text) if q[0] > start), None)
    if q is None or text[start : q[0]].strip():
        return None
    line_end = text.find("\n", q[1])
    # (alone on its line, but for a note of its source: „…“, sagte Strack-Zimmermann" is her own;
    # „…“ (Quelle: ARD) the speaker's above)
    rest = _SOURCE_NOTE.sub("", text[q[1] : line_end if line_end >= 0 else len(text)])
    return None if rest.strip(" .!?\t") else inner(q)


def _sentence_case(words: list[Word]) -> list[Word]:
    """Words opening a sentence of their own, the first capitalised as a sentence's is
    ("…; das Pentagon sagt, C")."""
    first = words[0]
    return [Word(first.start, first.end, first.text[:1].upper() + first.text[1:], first.glued), *words[1:]]


_FILLERS = frozenset("ähm äh ähh öhm hm hmm".split())
# Words opening spoken sentences that are no part of them ("Also, der Kreml hat …", "Und Pjöngjang …")
_OPENING_PARTICLES = frozenset("und naja tja".split())
_OPENING_BEFORE_A_COMMA = frozenset("also ja nein gut".split())  # (before a clause, not "Nein, sagte er, …")


def _without_fillers(words: list[Word]) -> list[Word]:
    """A transcript's "ähm" (with a comma it leaves doubled) and the particles opening a spoken
    sentence: "Und Pjöngjang, ähm, die haben gesagt" is "Pjöngjang, die haben gesagt"."""
    out: list[Word] = []
    dropped = False  # (a comma a dropped filler leaves first: "Ähm, die Lage …")
    for w in words:
        if w.low in _FILLERS or (w.text == "," and (out[-1].text == "," if out else dropped)):
            dropped = True
            continue
        out.append(w)
    if not out:
        return words  # (nothing but fillers: the sentence as it is)
    opened = False
    while len(out) > 2 and (out[0].low in _OPENING_PARTICLES or out[0].low in _OPENING_BEFORE_A_COMMA
                            and out[1].text == "," and not _is_finite_or_reporting(out[2])):
        out, opened = out[1 + (out[1].text == ",") :], True
    if opened and out:  # (the sentence opens with its next word, as with a label: _dash_clauses)
        out[0] = Word(out[0].start, out[0].end, out[0].text[:1].upper() + out[0].text[1:], out[0].glued)
    return out


_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")


_BELIEF_FORMS = BELIEVING | frozenset("meine meint bezweifle bezweifelt halte hält".split())
_SOURCE_NOTE = re.compile(r"\s*\([^()\n]{0,40}\)")
_REPORTED_ONESELF = frozenset("meldete meldeten meldet gemeldet".split())
_BULLETS = frozenset(BULLETS) | {"-", "–"}
_PARAGRAPH_NUMBER = re.compile(r"\d{1,3}\.")
_TIMESTAMP = re.compile(r"\d{1,2}:\d{2}:\d{2}")
_MONTHS = frozenset(m.lower() for m in MONTH_NAMES)


def _without_ticker_marks(words: list[Word]) -> list[Word]:
    """"+++ 13:10 Uhr: Moskau weist Berichte zurück +++": a live ticker's marks and the time
    of its entry are no part of what the line says (else "13:10 Uhr:" reads as a headline's
    speaker); nor is a summary's bullet ("• Pentagon bestätigt …")."""
    a, b = 0, len(words)
    if b > 1 and (words[0].text in _BULLETS or _TIMESTAMP.fullmatch(words[0].text) or (
            _PARAGRAPH_NUMBER.fullmatch(words[0].text) and words[1].is_cap and words[1].low not in _MONTHS)):
        # (a report's paragraph number, "15. Die Russische Föderation bestritt …", not a date's
        # day, "15. November:"; a transcript's time, "00:00:51 In Washington hat …")
        a = 1
        words = [*words[:1], *_sentence_case(words[1:])]

    def skip_marks(a: int) -> int:
        while a < b and set(words[a].text) == {"+"}:
            a += 1
        return a

    a = skip_marks(a)
    if a and a + 1 < b and _CLOCK.fullmatch(words[a].text):
        a += 1 + (words[a + 1].low == "uhr")
        a += a < b and words[a].text in (":", "-", "–", "|")
        a = skip_marks(a)  # "+++ 13.10 Uhr +++ Moskau …"
    while b > a and set(words[b - 1].text) == {"+"}:
        b -= 1
    return words[a:b]


def _someone_named(text: str, source: tuple[int, int] | None) -> bool:
    """A name in a source span: a capitalised word no common noun ("Strack-Zimmermann", not
    "Gedenktafel", "Angriff")."""
    lex = german_lexicon()
    return source is not None and any(w[:1].isupper() and not lex.is_common_noun(w) and not lex.is_stop(w)
                                      for w in text[source[0] : source[1]].split())


_COPULAS = frozenset("ist sind war waren sei seien wäre wären".split())


def _topic_before(words: list[Word], colon: int) -> bool:
    """A headline's topic before the colon (two words or more, no verb, no one named: not
    "Selenskyj:", "Dazu Peskow:"), a subject and a reporting verb after it; or a page's
    label ("Hinweis:", "Allerdings:") before any sentence."""
    if colon == 1 and is_page_label(words[0].text):
        return True
    j = _np_with_workplace(words, colon + 1)
    named = any(lookup(w.text, fuzzy=False) is not None and demonym_entity_id(name_key(w.text)) is None
                for w in words[:colon])
    # (or a clause of the outlet's that reports nothing: "Nicht alle Experten sind optimistisch:
    # Analyst Marc Tobias von der DZ Bank warnte, …")
    lead_in = colon >= 3 and not any(w.low in DE_VERB_FORMS and w.low not in _COPULAS or w.text in _QUOTE_MARKS
                                     for w in words[:colon])
    return (colon >= 2 or colon == 1 and is_rubric(words[0].text)) and not named \
        and (lead_in or not any(_is_finite_or_reporting(w) for w in words[:colon])) \
        and j < len(words) and words[j].low in DE_VERB_FORMS



def _reports_after_only(words: list[Word], d: int) -> bool:
    """A semicolon before a report that a subject opens: "Nordkorea hat 11.000 Soldaten geschickt;
    das Pentagon sagt, 8.000 seien …", "Der BND spricht von 12.000 Soldaten; Moskau weist das
    zurück" (not after a bare report, "Der Kreml dementiert; die Ukraine spricht …", nor before
    a report of both clauses: "…; sie wurden eingesetzt, sagte ein Sprecher")."""
    j = _np_with_workplace(words, d + 1)
    return j < len(words) and words[j].low in DE_VERB_FORMS and words[d - 1].low not in DE_VERB_FORMS


def _main_clause_after(words: list[Word], d: int) -> bool:
    """A subject and its finite verb after words[d], outside quotations, not reported speech."""
    if not 0 < d < len(words) - 2 or sum(x.text in _QUOTE_MARKS for x in words[:d]) % 2:
        return False
    j = _np_with_workplace(words, d + 1)
    return d + 1 < j < len(words) and _is_finite_or_reporting(words[j]) and not _reported_clause(words[d + 1 :])


def _cited_source(words: list[Word]) -> tuple[int, int] | None:
    """"Yonhap berichtete unter Berufung auf den Geheimdienst, C": the cited source says C,
    the outlet relays it (as English "citing two US officials")."""
    for k in range(len(words) - 3):
        if words[k].low == "unter" and words[k + 1].low == "berufung" and words[k + 2].low == "auf":
            j = _relied_on(words, k + 3)
            return _span(words, k + 3, j) if j is not None else None
    return None


_CAPS_NAME = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ-]+")
_PLACE_LINKS = frozenset("an der am im bei".split())


def _press_review(text, words: list[Word]) -> Frame | None:
    """A press review's paper, named in capitals as reviews name them, and what it writes:
    "Das HANDELSBLATT aus Düsseldorf gibt zu bedenken, dass C", "Die TAZ hält dagegen: „C“",
    "Im GENERAL-ANZEIGER aus Bonn heißt es, C", "In der NEUEN ZÜRCHER ZEITUNG ist zu lesen: „C“"
    (the words between the paper and a colon or comma, opening with its verb, the cue)."""
    a = 0
    while a < len(words) and words[a].low in ("der", "die", "das", "im", "in", "dem", "den"):
        a += 1
    b = a
    while b < len(words) and _CAPS_NAME.fullmatch(words[b].text):
        b += 1
    # (a paper the gazetteer does not know as a body or state: not "Die NATO", "Die USA")
    if b == a or sum(len(w.text) for w in words[a:b]) < 3 or _names_actor(text, words, a, b):
        return None
    c = b
    if c + 1 < len(words) and words[c].low == "aus" and words[c + 1].is_cap:  # where it is published
        c += 1
        while c < len(words) and (words[c].is_cap and not _is_finite_or_reporting(words[c])
                                  or words[c].low in _PLACE_LINKS):
            c += 1
    end = next((k for k in range(c, min(len(words), c + 7)) if words[k].text in (":", ",")), None)
    # (its verb right after it, and no one else named before the colon: "bemerkt,", "heißt es,",
    # "sieht es ähnlich:", "ist anderer Meinung:"; not "Im ZDF sagte Pistorius,", "sagte der
    # Botschafter,", "Die FDP im Bundestag kritisiert")
    lexicon = german_lexicon()
    if end is None or end == c or end + 1 >= len(words) or words[c].is_cap or words[c].is_punct \
            or words[c].low in DE_ARTICLES or words[c].low in _RELATIVE_PRONOUNS or words[c].low in _PREPOSITIONS \
            or any(w.low in DE_ARTICLES or w.low == "und" or w.is_cap and not lexicon.is_common_noun(w.text)
                   for w in words[c + 1 : end]):
        return None
    content = trim(text, (words[end + 1].start, words[-1].end))
    return content and Frame(cue=(words[c].start, words[end - 1].end), source=_span(words, a, b), content=content,
                             kind="indirect_quote", cue_word=words[c].low)


_KNOWLEDGE_NOUNS = frozenset("erkenntnisse hinweise informationen belege kenntnisse".split())


def _knowledge(text, words: list[Word]) -> Frame | None:
    """What a government answer says it knows: "Die Bundesregierung hat Kenntnis davon, dass
    C", "Der Bundesregierung liegen (keine) Erkenntnisse vor, wonach C" (with "keine", a
    knowledge not had: stance.LEAVING_OPEN)."""
    comma = next((k for k, w in enumerate(words) if w.text == ","), None)
    if comma is None or comma + 1 >= len(words) or comma > 12:
        return None
    head = words[:comma]
    lows = [w.low for w in head]
    k = next((m for m, low in enumerate(lows) if low in ("hat", "habe", "hatte", "hätte") and m + 1 < len(lows)
              and (lows[m + 1] == "kenntnis" or lows[m + 1] == "keine" and lows[m + 2 : m + 3] == ["kenntnis"])), None)
    if not k:  # (the one who knows opens the sentence, the verb after them is the cue)
        k = next((m for m, low in enumerate(lows) if low in ("liegen", "liegt", "lagen", "lag")), None)
        if not k or lows[0] not in ("der", "dem", "den") or lows[-1] != "vor" \
                or not any(low in _KNOWLEDGE_NOUNS for low in lows[k:]):
            return None
    content = trim(text, (words[comma + 1].start, words[-1].end))
    return content and Frame(cue=(words[k].start, words[comma - 1].end), source=_span(words, 0, k),
                             content=content, kind="indirect_quote",
                             cue_word="offenlassen" if "keine" in lows[k:] else "wissen")


def _reviewed(review: Frame, frames: list[Frame]) -> list[Frame]:
    """The sentence's frames with the reviewed paper as the source of the one its cue is, if it
    has none ("Im GENERAL-ANZEIGER aus Bonn heißt es, C": "heißt es"), none whose source runs over its
    cue ("Die MÄRKISCHE ODERZEITUNG … bemerkt, Pjöngjang habe … nicht eingeräumt"), and its
    own frame when no other is its cue."""
    def overlaps(a, b):
        return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]

    kept = [f for f in frames if not overlaps(f.source, review.cue)]
    own = [f for f in kept if overlaps(f.cue, review.cue)]
    for f in own:
        if f.source is None:  # (a source found already stays, with its article: "Der BGH begründete")
            f.source, f.referent = review.source, None
    return kept if own else [*kept, review]


_SAYING_INSTEAD = frozenset("gesagt erklärt betont erläutert versichert unterstrichen".split())


def _said_instead(text, words: list[Word], frames: list[Frame]) -> list[Frame]:
    """"Putin hatte die Berichte nicht dementiert, sondern gesagt, C": the answerer said C
    (the participle shares the answer's subject and auxiliary)."""
    out = []
    for k in range(1, len(words) - 3):
        if words[k].text == "," and words[k + 1].low == "sondern" and words[k + 2].low in _SAYING_INSTEAD \
                and words[k + 3].text == ",":
            # (the nearest denial or confirmation before it: not "Laut Reuters" nor "Selenskyj sagte")
            answer = max((f for f in frames if f.cue and f.source and f.cue[1] <= words[k].start
                          and text[f.cue[0] : f.cue[1]].lower().split()[-1] in DE_ANSWER_FORMS),
                         key=lambda f: f.cue[0], default=None)
            content = trim(text, (words[k + 4].start, words[-1].end)) if k + 4 < len(words) else None
            if answer is not None and content is not None:
                out.append(Frame(cue=(words[k + 2].start, words[k + 2].end), source=answer.source, content=content,
                                 kind="indirect_quote", cue_word=words[k + 2].low, referent=answer.referent))
    return out


# Verbs that relay a report, not answer it ("wies einen Bericht des Pentagons zurück, wonach C")
_RELAYING = ("zitier", "verwies", "verweis", "beruf", "berief", "bezog", "bezieh", "bezieht")


def _relayed_report(text, words: list[Word]) -> Frame | None:
    """"einen Bericht des südkoreanischen Geheimdienstes, wonach C": the report's author says
    C (after a verb that relays it: "zitierte", "verwies auf"; as _cited_source's "unter
    Berufung auf")."""
    for k in range(1, len(words) - 4):
        if not (is_information(words[k].text) and words[k].is_cap and words[k + 1].low in ("des", "der", "von", "vom")):
            continue
        a = k + 1 + (words[k + 1].low == "von")
        j = _np_forward(words, a, frozenset())
        # (an author named or known: "des südkoreanischen Geheimdienstes", not "des Nachrichtendienstes")
        if j + 1 < len(words) and words[j].text == "," and words[j + 1].low in ("wonach", "dass") and (
                _names_actor(text, words, a, j) or any(demonym_entity_id(name_key(w.text)) for w in words[a:j])):
            return Frame(cue=(words[k].start, words[k].end), source=_span(words, a, j),
                         content=trim(text, (words[j + 1].start, words[_clause_end(words, j + 1) - 1].end)),
                         kind="indirect_quote", cue_word="berichten")
    return None


def _relied_on(words: list[Word], k: int) -> int | None:
    """The end of the source relied on ("auf den Geheimdienst", words[k:] after "auf"); None
    for what, not who ("auf vorläufige Daten": the speaker stays)."""
    counted = k + 1 if k + 1 < len(words) and (words[k].text[:1].isdigit() or words[k].low in _SOURCE_COUNTS) else k
    j = _np_forward(words, counted)  # ("auf zwei US-Beamte": how many sources, then who)
    if j == counted:
        return k if counted == k else None
    return None if is_information(words[j - 1].text) else j


_SOURCE_COUNTS = frozenset("zwei drei vier fünf mehrere einige mehreren einigen".split())
_RELY = frozenset("beruft berufen berief beriefen".split())


def _relies_on(text, words: list[Word], i: int) -> Frame | None:
    """"Abgeordnete berufen sich auf den Geheimdienst NIS, wonach C": the source relied on
    says C (as _cited_source's "unter Berufung auf"), the subject relays it."""
    if i + 3 >= len(words) or words[i + 1].low != "sich" or words[i + 2].low != "auf":
        return None
    j = _relied_on(words, i + 3)
    if j is None or j <= i + 3 or j + 1 >= len(words) or words[j].text != "," \
            or words[j + 1].low not in ("wonach", "dass"):
        return None  # "beruft sich auf Geheimdienstkreise.": what they say was said before
    return Frame(cue=(words[i].start, words[i + 2].end), source=_span(words, i + 3, j),
                 content=trim(text, (words[j + 1].start, words[-1].end)), kind="according_to", cue_word="berufen")


_GOES = frozenset("geht gehen ging gingen".split())
_NUMBER = re.compile(r"\d|(?i:tausend|hundert|dutzend|million|milliarde)")


def _estimate(text, words: list[Word], i: int) -> Frame | None:
    """"Das Pentagon geht von rund 10.000 Soldaten aus": an estimate with a noun-phrase
    object, the subject before the verb and "aus" closing the clause; the whole sentence is
    what is estimated ("geht davon aus, dass C" is the verb frame's)."""
    last = _last_word(words, i)
    v = i + 1
    while v < last and (words[v].low in _TIME_WORDS or words[v].low in _LINKING):
        v += 1  # "geht inzwischen / dagegen von … aus"
    if v >= last or words[v].low != "von" or words[last].low != "aus":
        return None
    if not any(_NUMBER.search(w.text) for w in words[v + 1 : last]):
        return None  # "Die Gefahr geht von Russland aus": where it comes from, no estimate
    j = _np_forward(words, 0)
    if j != i or _inverted(words):
        return None
    content = trim(text, (words[0].start, words[last].end))
    return Frame(cue=(words[i].start, words[v].end), source=_span(words, 0, i), content=content,
                 kind="indirect_quote", cue_word=words[i].low) if content else None


def _only_quoted_names(words: list[Word], start: int, end: int) -> bool:
    """Every quotation mark in words[start:end] opens or closes a short quoted name."""
    k = start
    while k < end:
        if words[k].text in _QUOTE_MARKS:
            close = _quoted_name_end(words, k) if words[k].text in OPENING_MARKS else k
            if close == k or close > end or not (k + 1 < len(words) and words[k + 1].is_cap):
                return False
            k = close
            continue
        k += 1
    return True


def _quoted_with_words(words: list[Word], i: int, frame: Frame) -> Frame:
    """"Tass zitierte Peskow mit den Worten, C", "RIA zitiert dazu Kirchner mit folgenden
    Worten: C": the one quoted is the speaker, not the outlet that quotes."""
    start = i + 2 if i + 1 < len(words) and words[i + 1].low in ("dazu", "auch", "zudem") else i + 1
    # (or a pronoun: "KCNA zitierte ihn am Dienstag mit den Worten")
    j = end = start + 1 if start < len(words) and words[start].low in ("ihn", "sie") else _np_forward(words, start)
    j = _past_when(words, j)  # "zitierte ihn am Dienstag mit den Worten", "im Staatsfernsehen"
    if end > start and j + 2 < len(words) and words[j].low == "mit" and any(
            w.low in ("worten", "aussage") for w in words[j + 2 : j + 4]):
        return replace(frame, source=_span(words, start, end), referent=None)
    return frame


def _embedded_quotes(text: str, frames: list[Frame], quotes: list[tuple[int, int]]) -> list[Frame]:
    """A quotation inside reported speech ("Er sagte, die Lage sei „sehr ernst“") is a
    verbatim citation of its own: German news marks the speaker's exact words, so it is a
    direct quote besides the indirect claim around it. Names in quotation marks ("der
    Zeitung „Die Welt“") are not citations."""
    out: list[Frame] = []
    for f in frames:
        if f.source is None or f.content is None:
            continue
        for q in quotes:
            content = trim(text, inner(q))
            if content is None or not (f.content[0] <= q[0] and content[1] <= f.content[1]):
                continue
            if content != f.content and not _quoted_name(text, q, content):
                out.append(Frame(cue=f.cue, source=f.source, content=content, kind="direct_quote",
                                 cue_word=f.cue_word, referent=f.referent))
    return out


def _quoted_name(text: str, q: tuple[int, int], content: tuple[int, int]) -> bool:
    """"„Neue Zeit“", "der Firma „Nordwind“": a title of capitalised words, or a
    quotation right after the noun it names."""
    words = text[content[0] : content[1]].split()
    before = text[max(0, q[0] - 40) : q[0]].split()
    return (len(words) > 1 and all(w[:1].isupper() or not w[:1].isalpha() for w in words)) or (
        bool(before) and before[-1][:1].isupper() and before[-1][-1:].isalpha()
        and before[-1].lower() not in DE_ARTICLES
    ) or (  # a medium's, after its information: "Nach Informationen des „Spiegel“"
        len(before) > 1 and before[-1].lower() in ("des", "der") and (
            is_information(before[-2]) or before[-2].lower().startswith(_MEDIA_STEMS)))


# Conjunctions that open a verb-final clause whose subject follows them.
_SUBORDINATORS = frozenset("da weil nachdem als wenn obwohl während zumal sodass seit seitdem".split())
_NOMINATIVE_RELATIVES = frozenset("der die das welcher welche welches".split())
_CONDITIONS = frozenset("wenn falls sofern".split())


def _verb_final(text, words: list[Word], i: int, k: int) -> Frame | None:
    """A reporting verb closing a subordinate clause, followed by what was said: "weil er
    befürchtete, C" / "nachdem der Anwalt erklärt hatte, dass C" / "ein Sprecher, der …
    betonte, C" / "von dem die Ermittler glauben, C". A clause that opens the sentence ends
    its content where the main clause resumes (", wurde die Sitzung …")."""
    n = len(words)
    if i + 1 == n or words[i + 1].text in (".", "!", ";") or (
            words[i + 1].text == "," and words[0].low in _CONTRAST and _clause_start(words, k) == 0):
        # (or opening the sentence: "Während Selenskyj von 3000 Toten spricht, bestreitet Moskau …")
        return _object_before_final_verb(text, words, i, k)
    if i + 2 >= n or words[i + 1].text != ",":
        return None
    particle = _has_particle(words, k, words[k].low)
    if particle is None:
        return None
    c = _clause_start(words, k)
    first = words[c].low
    referent = None
    if c > 0 and first in _NOMINATIVE_RELATIVES and words[c - 1].text == ",":
        source = _span(words, c, c + 1)  # the pronoun, as annotators mark it
        # ... which stands for the last noun before the comma ("vom litauischen
        # Außenminister aufgegriffen, der sagte, C")
        noun = next((m for m in range(c - 2, -1, -1) if words[m].is_cap and not words[m].is_punct), None)
        referent = _span(words, _np_backward(words, noun + 1), noun + 1) if noun is not None else None
    else:
        if first in _CONDITIONS:
            return None  # "wenn der Kreml das bestreitet, dann …": only supposed
        if first in _SUBORDINATORS:
            start = c + 1
        elif c > 0 and c + 1 < k and words[c + 1].low in _RELATIVE_PRONOUNS and not words[c].is_cap:
            start = c + 2  # "von dem die Ermittler glauben"
        else:
            return None
        source = _span(words, start, _np_forward(words, start))
    content = _content_after(text, words, i + 1, particle or None)
    if source is None or content is None:
        return None
    if c == 0:
        resume = next((m for m in range(i + 2, n - 1) if words[m].text == "," and _is_finite(words[m + 1])), None)
        if resume is not None:
            content = trim(text, (content[0], words[resume].start))
    return Frame(cue=(words[k].start, words[i].end), source=source, content=content,
                 kind="indirect_quote", cue_word=words[k].low, referent=referent)


def _object_before_final_verb(text, words: list[Word], i: int, k: int) -> Frame | None:
    """", während Seoul die Zahl auf 10.000 beziffert.", ", während Moskau die Berichte
    bestreitet.": a clause of contrast closing the sentence whose verb reports its object."""
    c = _clause_start(words, k)
    answered = words[c].low == "was" and c > 1 and words[c - 1].text == "," and words[k].low in DE_ANSWER_FORMS
    # "… der Geheimdienst NIS, der seit Oktober von rund 12.000 Soldaten spricht.": the
    # relative pronoun, its subject (not its object: "die Zahl, die Selenskyj nennt")
    if words[c].low in _NOMINATIVE_RELATIVES and c > 1 and words[c - 1].text == "," and c + 1 < k \
            and words[c - 2].is_cap and words[k].low in DE_VERB_FORMS and words[k].low not in _BE \
            and not _subject_between(words, c + 1, k) and (words[k].low not in DE_NEEDS_PARTICLE or any(
                w.low in DE_NEEDS_PARTICLE[words[k].low] for w in words[c + 1 : k])):
        return Frame(cue=(words[k].start, words[i].end), source=_span(words, c, c + 1),
                     content=trim(text, (words[c + 1].start, words[k - 1].end)), kind="indirect_quote",
                     cue_word=DE_GLUED_DENIALS.get(words[k].low, words[k].low),
                     referent=_span(words, _np_backward(words, c - 1), c - 1))
    if words[c].low not in _CONTRAST and not answered:
        return None
    start = c + 1
    j = _np_forward(words, start)
    if not (start < j < k or answered and start < j == k):  # ("…, was der Kreml bestreitet": "was" is the object)
        return None
    # (what "was" stands for is the clause before: german_frames gives it the report there)
    content = trim(text, (words[0].start, words[c - 2].end)) if answered else trim(text, (words[j].start, words[k - 1].end))
    return Frame(cue=(words[k].start, words[i].end), source=_span(words, start, j), content=content,
                 kind="indirect_quote", cue_word=DE_GLUED_DENIALS.get(words[k].low, words[k].low))


def _subject_between(words: list[Word], a: int, b: int) -> bool:
    """A subject of its own in words[a:b], outside a prepositional phrase: a noun, an article
    or a pronoun not after a preposition ("die inzwischen mehrere Geheimdienste bestätigen",
    "die bislang niemand bestätigt"; not "der seit Oktober von rund 12.000 Soldaten spricht")."""
    in_phrase = False
    for w in words[a:b]:
        if w.low in _PREPOSITIONS:
            in_phrase = True
        elif w.is_cap and in_phrase:
            in_phrase = False  # the phrase's noun closes it
        elif (w.is_cap or w.low in DE_ARTICLES or w.low in _SUBJECT_WORDS) and not in_phrase:
            return True
    return False


_PREPOSITIONS = frozenset("seit von vom zu zum zur mit bei beim nach in im an am auf aus für über unter vor gegen um durch".split())
_SUBJECT_WORDS = frozenset("niemand man keiner jeder alle mehrere viele einige er sie es wir ich".split())
_BE = frozenset("ist sind war waren sei seien wäre wären".split())
_PASSIVE_AUX = frozenset("wird wurde werden wurden war".split())
# Modals of being able or willing, whose answer is an infinitive at the clause's end
# ("könnte" is a guess: "Moskau könnte die Berichte bald dementieren" denies nothing)
_ABLE = frozenset("kann können konnte konnten könne".split())
_WILLING = frozenset("will wollen wollte wollten wolle".split())
_MODALS = _ABLE | _WILLING | frozenset("""könnte könnten soll sollen sollte sollten solle muss müssen
musste mussten müsse darf dürfen durfte dürfe möchte möchten mag""".split())


# "Seoul erhöhte seine Schätzung auf 12.000", "hob die Zahl … an": the subject's figure
_FIGURE_CHANGES = frozenset("erhöhte erhöhten erhöht hob hoben hebt senkte senkten senkt korrigierte korrigierten "
                            "korrigiert angehoben gesenkt".split())
_FIGURE_OBJECTS = frozenset("schätzung schätzungen zahl zahlen angaben".split())


def _figure_change(text, words: list[Word], i: int) -> Frame | None:
    """A figure raised, lowered or corrected by the subject before the verb, or before its
    auxiliary ("Das Pentagon hat die Zahl … auf 10.000 erhöht": the participle is the cue)."""
    k = i + 2 if i + 2 < len(words) and words[i + 1].low in DE_ARTICLES | _POSSESSIVES else i + 1
    if k >= len(words) or words[k].low not in _FIGURE_OBJECTS or _np_forward(words, 0) != i:
        return None
    last = _last_word(words, i)
    cue = last if words[i].low in DE_AUX_FORMS else i
    if words[cue].low not in _FIGURE_CHANGES or any(w.low in _NEGATIONS for w in words[i:last]):
        return None  # (not "hat die Zahl nicht erhöht")
    return Frame(cue=(words[cue].start, words[cue].end), source=_span(words, 0, i),
                 content=trim(text, (words[i + 1].start, words[last if cue == i else last - 1].end)),
                 kind="indirect_quote", cue_word=words[cue].low)


def _figure_noun(text, words: list[Word], i: int) -> Frame | None:
    """"Die Schätzung Südkoreas von 11.000 Soldaten", "Kiews Angaben von 3.000 Toten", "die
    ukrainischen Angaben von 3.000 Toten": a figure after "von" is what the noun's author
    gives, sourced like "nach Angaben" (English "South Korea's estimate of 11,000 troops").
    The source span is the author's words; the name is read from them with the noun."""
    n = len(words)
    k = _np_forward(words, i + 1, frozenset()) if i + 1 < n and words[i + 1].low in ("des", "der") else i + 1
    if k == i + 1 and k + 1 < n and words[k].is_cap and words[k].low.endswith("s") and words[k + 1].low == "von":
        k += 1  # "Schätzung Südkoreas von"
    if k + 1 >= n or words[k].low != "von" or not any(_NUMBER.search(w.text) for w in words[k + 1 : k + 3]):
        return None
    end = next((m for m in range(k + 2, min(n, k + 6)) if words[m].is_cap), None)
    if end is None:
        return None
    if k > i + 1:
        source, referent = _span(words, i + 1, k), _span(words, i, k)
    elif i > 0 and ((words[i - 1].is_cap and words[i - 1].low.endswith("s")  # "Kiews Angaben"
                     and not (i > 1 and words[i - 2].low in DE_ARTICLES))
                    or (_is_adj(words[i - 1]) and demonym_entity_id(name_key(words[i - 1].text)))):  # "ukrainischen"
        source, referent = _span(words, i - 1, i), _span(words, i - 1, i + 1)
    else:
        return None
    return Frame(cue=(words[i].start, words[i].end), source=source, content=trim(text, (words[k + 1].start, words[end].end)),
                 kind="according_to", cue_word=words[i].low, referent=referent)


# The verbs, with the particle that closes their clause, that give comments
# (cues.DE_COMMENT_NOUNS): "gab keinen Kommentar ab", "lag nicht vor"
_GIVEN = {"gab": "ab", "gaben": "ab", "gibt": "ab", "lag": "vor", "lagen": "vor", "liegt": "vor"}
_FROM = frozenset(("aus", "von", "vom", "seitens"))


def _no_statement(text, words: list[Word], i: int) -> Frame | None:
    """"Der Kreml gab zunächst keinen Kommentar ab", "Aus Moskau gab es keine Reaktion",
    "Eine Stellungnahme des Kremls lag zunächst nicht vor": a comment not given (English
    "had no immediate comment"), on what it names, else on the report before
    (attribution._names_report_before)."""
    n = len(words)
    start = _clause_start(words, i)
    end = _clause_end(words, i + 1)
    j = next((m for m in range(start + 1, end) if words[m].low in DE_COMMENT_NOUNS), None)
    if j is None or not (words[j - 1].low in ("kein", "keine", "keinen") or (
            words[j - 1].low == "eine" and any(w.low == "nicht" for w in words[j + 1 : end]))):
        return None
    existential = i + 1 < n and words[i + 1].low == "es"  # "gab es keine Reaktion"
    last = next(m for m in range(end - 1, i - 1, -1) if not words[m].is_punct)
    if not existential and words[last].low != _GIVEN[words[i].low]:
        return None
    source = None
    m = next((m for m in range(start, end - 1) if words[m].low in _FROM), None)
    if m is not None and _np_forward(words, m + 1) > m + 1:
        source = _span(words, m + 1, _np_forward(words, m + 1))  # "aus Moskau", "von russischer Seite"
    elif j + 1 < end and words[j + 1].low in ("des", "der") and _np_forward(words, j + 1) > j + 2:
        source = _span(words, j + 1, _np_forward(words, j + 1))  # "Eine Stellungnahme des Kremls"
    elif not existential and j > i and _np_forward(words, start) == i and words[start].low not in DE_ON_IT:
        source = _span(words, start, i)  # "Der Kreml gab keinen Kommentar ab"
    elif not existential and i + 1 < _np_forward(words, i + 1) < j:
        source = _span(words, i + 1, _np_forward(words, i + 1))  # "Dazu gab der Kreml keinen Kommentar ab"
    if source is None:
        return None
    content = (words[j - 1].start, words[j].end)
    if j + 2 < end and words[j + 1].low == "zu":  # "keine Stellungnahme zu den Berichten"
        content = (content[0], words[_np_forward(words, j + 2) - 1].end)
    cue = (words[i].start, words[i + 1].end if existential else words[i].end)
    return Frame(cue=cue, source=source, content=content, kind="indirect_quote", cue_word="leave open")


_REFUSE = frozenset("lehnte lehnten lehnt weigerte weigerten weigert".split())


def _refusal(text, words: list[Word], i: int) -> Frame | None:
    """"Der Kreml lehnte es ab, die Berichte zu bestätigen", "Moskau weigerte sich, die Zahl
    zu bestätigen": an answer refused by the subject before the verb, negated (a confirmation
    not given; English "declined to confirm"). A refusal to comment says nothing."""
    k = next((m for m in range(i + 1, len(words) - 1) if words[m].low == "zu" and words[m + 1].low in DE_ANSWER_FORMS),
             None)
    comma = next((m for m in range(i + 1, k) if words[m].text == ","), None) if k is not None else None
    if comma is None or k <= comma + 1 or _np_forward(words, 0) != i:
        return None
    return Frame(cue=(words[i].start, words[comma - 1].end), source=_span(words, 0, i),
                 content=trim(text, (words[comma + 1].start, words[k - 1].end)), kind="indirect_quote",
                 cue_word=words[k + 1].low, negated=True)


def _after_modal(words: list[Word], i: int) -> bool:
    """words[i] is an infinitive closing a clause whose finite verb is a modal ("Er könne
    das nicht bestätigen"): no finite verb of its own, the modal's frame (if any) holds it."""
    start = _clause_start(words, i)
    return _last_word(words, i - 1) == i and any(w.low in _MODALS for w in words[start:i])


# Participles of reporting that the verb lists miss, used mostly in the passive.
_PASSIVE_PARTICIPLES = frozenset("angenommen erwartet bekannt festgehalten aufgefordert geschätzt".split())


def _passive(text, words: list[Word], i: int) -> Frame | None:
    """A passive reporting verb names no speaker: "Ihm wird vorgeworfen, C" / "Es wird
    befürchtet, dass C" / "Lange war vermutet worden, dass C" / "C, wird vermutet."."""
    n = len(words)
    k = i + 1
    if k >= n or not (words[k].low in DE_PARTICIPLES or words[k].low in _PASSIVE_PARTICIPLES
                      or (words[k].low in DE_VERB_FORMS and words[k].low.endswith("t"))):
        return None
    last = k + 1 if k + 1 < n and words[k + 1].low == "worden" else k
    start = i - 1 if i == 1 and words[0].low == "es" else i
    cue = (words[start].start, words[last].end)
    if i > 0 and words[i - 1].text == "," and last + 1 < n and all(w.is_punct for w in words[last + 1 :]):
        content = trim(text, (words[0].start, words[i - 1].start))  # "C, wird vermutet."
    elif last + 2 < n and words[last + 1].text == "," and _reported_clause(words[last + 2 :]):
        content = trim(text, (words[last + 2].start, words[-1].end))
    else:
        return None
    if content is None:
        return None
    return Frame(cue=cue, source=None, content=content, kind="indirect_quote", cue_word=words[k].low)


_STATIVE_AUX = frozenset("ist sind war waren".split())  # passive only with "worden"
_AGENT_AUX = _PASSIVE_AUX | _STATIVE_AUX
_AGENT_PREPS = frozenset(("von", "vom"))
_LABELS = frozenset(("bezeichnet", "abgetan", "genannt"))
_FIGURES_GIVEN = frozenset(("genannt", "angegeben", "beziffert", "geschätzt"))


_NO_ONE = frozenset("kein keine keiner keinem keinen niemand niemandem".split())


def _passive_agent(text, words: list[Word], i: int) -> Frame | None:
    """A passive with its agent, who reports as the subject of the active would: "Die
    Berichte wurden vom Kreml dementiert", "Von Moskau wurden die Angaben angezweifelt",
    "Die Zahl ist vom Pentagon bestätigt worden", "Vom Pentagon wurde bestätigt, dass C".
    A noun phrase is answered, labelled ("als Propaganda bezeichnet") or given as a figure
    ("Die Zahl von 11.000 wurde von Seoul genannt"), not said: other verbs need a clause
    ("Er wurde von der Polizei kritisiert" reports nothing)."""
    n = len(words)
    end = _clause_end(words, i + 1)
    k = end - 1
    while k > i and words[k].is_punct:
        k -= 1
    last = k
    if words[k].low == "worden":
        k -= 1
    elif words[i].low in _STATIVE_AUX:
        return None  # "ist bekannt", "war bestätigt": a state, not the act
    if k <= i or words[k].low not in DE_PARTICIPLES:
        return None
    cue_word = DE_PARTICLE_DENIALS.get((words[k].low, words[k - 1].low), words[k].low)  # "infrage gestellt"
    if cue_word in RULING_OUT:
        return None  # "wurde von den Spielen ausgeschlossen": the "von" is no agent
    a = next((m for m in [*range(i + 1, k), 0] if words[m].low in _AGENT_PREPS), None)
    if a is None or (a == 0 and i != _np_forward(words, 1)):
        return None
    if a + 3 < k and words[a + 1].low in _NO_ONE and words[a + 2].low.startswith("geringer") and words[a + 3].low == "als":
        a += 3  # "von keinem Geringeren als Putin bestätigt": Putin
    j = _np_forward(words, a + 1)
    if k - 2 > a and words[k - 1].low in _AFTER_IN and words[k - 2].low == "in":
        j = min(j, k - 2)  # "von Moskau in Zweifel gezogen": the phrase is the verb's
    if j == a + 1 or j > (i if a == 0 else k) or words[a + 1].low in _NO_ONE:
        return None  # (nor "von keiner unabhängigen Quelle bestätigt": the outlet's caveat)
    cue = (words[i].start if k == i + 1 else words[k].start, words[last].end)
    if end + 1 < n and words[end].text == "," and _reported_clause(words[end + 1 :]):
        content = trim(text, (words[end + 1].start, words[-1].end))
    elif cue_word in DE_ANSWER_FORMS or (words[k].low in _LABELS and any(
            w.low == "als" for w in words[i + 1 : k])) or (words[k].low in _FIGURES_GIVEN and any(
            _NUMBER.search(w.text) for w in words[:k])):
        # the whole sentence, or the quotation in it, as in the active ("als „Lüge“ abgetan")
        content = _quoted_object(text, words[: last + 1], 0) or trim(text, (words[0].start, words[last].end))
    else:
        return None
    return Frame(cue=cue, source=_span(words, a + 1, j), content=content, kind="indirect_quote",
                 cue_word=cue_word)


def _reported_clause(words: list[Word]) -> bool:
    """"dass …", "ob …", a clause in the subjunctive, or a "zu" infinitive."""
    end = _clause_end(words, 0)
    return words[0].low in ("dass", "ob") or any(w.low in _SUBJUNCTIVE or w.low == "zu" for w in words[:end])


# Marks of reported speech in German news: Konjunktiv I (3rd person), the Konjunktiv II
# that stands in for it, and reportative "soll" ("Zehn Menschen sollen verletzt sein").
_SUBJUNCTIVE = frozenset(
    """sei seien habe werde könne müsse solle wolle dürfe gebe liege stehe gehe komme
    nehme stelle handle wisse bleibe brauche bestehe reiche ändere halte werfe
    soll sollen würde würden hätten wären bliebe gäbe""".split()
)


# Konjunktiv II forms that narration uses as conditionals too: alone, no mark of report.
_CONDITIONAL = frozenset("würde würden hätten wären bliebe gäbe soll sollen".split())


def _reported_on(text, words: list[Word], last: Frame | None, strict: bool = False) -> Frame | None:
    """"X sagte, C. Dies sei …": a sentence in the subjunctive with no frame of its own
    goes on reporting the speaker of the sentence before (free indirect speech). With no
    speaker before, it is still reported speech, of a source the sentence does not name
    ("Mehrere Häuser seien schwer beschädigt worden."). `strict` (a new paragraph): a
    reportative "soll" alone ("Nordkoreaner sollen Verluste erlitten haben") reports someone
    else, unnamed; not one of what is to be done ("Zeugen sollen befragt werden")."""
    if not words or words[0].text in OPENING_MARKS or words[0].low in ("ich", "wir"):
        return None
    if strict and last is not None and _only_hearsay(words):
        last = None
    marks = _SUBJUNCTIVE if last is not None else _SUBJUNCTIVE - _CONDITIONAL
    first = next((k for k, w in enumerate(words) if w.low in marks and (k == 0 or not w.is_cap)), None)
    if first is None and last is None:
        first = _reportative_soll(words)
    elif first is None and _subjunctive_after_subject(words):
        first = _np_forward(words, 0)  # "Die Ukraine kontrolliere noch 40 Prozent"
    if first is None or any(w.low in ("dass", "ob") for w in words[:first]):
        return None  # "… betonte, dass es … gebe": a frame we missed, not free speech
    content = trim(text, (words[0].start, words[-1].end))
    return Frame(cue=None, source=last and last.source, content=content, kind="indirect_quote",
                 referent=last and last.referent)


def _only_hearsay(words: list[Word]) -> bool:
    """The only mark of report is a reportative "soll(en)", not one of what is to be done
    (its clause closes with "werden")."""
    soll = next((k for k, w in enumerate(words) if w.low in ("soll", "sollen")), None)
    if soll is None or any(w.low in _SUBJUNCTIVE - {"soll", "sollen"} and not w.is_cap for w in words):
        return False
    return not any(w.low == "werden" for w in words[soll : _clause_end(words, soll)])


# Words after a subject that end in -e and are no verb
_NOT_SUBJUNCTIVE = frozenset("""wurde eine keine diese jene seine ihre meine unsere alle beide mehrere
    gerne lange ohne ende bitte alleine""".split())


# Openers of a clause that are adverbs, after which the verb comes second ("Zudem liefere
# Nordkorea …"), not prepositions or articles, which open a phrase ("Auf eigene Faust")
_ADVERB_OPENERS = DE_INVERSION_OPENERS - frozenset(
    """als am an auf aus bei im in mit nach seit um unter vor während wegen zum zur bis gegenüber laut für gegen ohne
    trotz angesichts durch zu über
    das dies diese dieser dieses ob obwohl nachdem seitdem wie letzte letzten vorige vorigen vergangene
    vergangenen""".split())


def _subjunctive_after_subject(words: list[Word]) -> bool:
    """A verb in the subjunctive (Konjunktiv I, third person singular) right after the
    subject, or after an adverb before the subject ("Zudem liefere Nordkorea Granaten"),
    beyond the common forms of _SUBJUNCTIVE: it ends in -e, where the indicative ends in -t
    ("kontrolliere", "verfüge", "plane"); "-te" is the past ("eroberte")."""
    if len(words) > 2 and words[0].low in _ADVERB_OPENERS and (words[2].is_cap or words[2].low in ("er", "sie", "man")):
        j = 1
    else:
        j = _np_forward(words, 0)
        if not 0 < j < len(words) or not words[j - 1].is_cap or _inverted(words) or (
                j == 1 and words[0].low not in ("er", "sie", "man") and german_lexicon().is_stop(words[0].text)):
            return False  # (an adverbial first: "Für islamische Kindergärten gibt die Stadt …")
    w = words[j].low
    return not words[j].is_cap and w.isalpha() and len(w) >= 5 and w.endswith("e") and not w.endswith("te") \
        and w not in _NOT_SUBJUNCTIVE


def _reportative_soll(words: list[Word]) -> int | None:
    """"Nordkoreanische Soldaten sollen an Kämpfen beteiligt sein", "Er soll getötet worden
    sein": "soll" with a perfect or stative infinitive closing its clause reports what
    unnamed sources say (English "are said to"); "soll … werden", "sollen … gehen" are
    obligations, not reports. The index of "soll", if so."""
    for k, w in enumerate(words):
        if w.low in ("soll", "sollen") and (k == 0 or not w.is_cap):
            last = _last_word(words, k)
            if last - k >= 2 and words[last].low in ("sein", "haben"):
                return k
    return None


def _last_word(words: list[Word], i: int) -> int:
    """Index of the last word of the clause after words[i], punctuation left out (i if none)."""
    end = _clause_end(words, i + 1)
    while end > i + 1 and words[end - 1].is_punct:
        end -= 1
    return end - 1


def _saxon_genitive(w: Word) -> bool:
    """A name in the genitive before its noun, which it opens like an article: "Kiews", "Putins"."""
    return w.is_cap and w.low.endswith("s") and lookup(w.text[:-1], fuzzy=False) is not None


def _is_nach_source(words: list[Word], j: int) -> bool:
    """"nach Angaben der Polizei", "nach jüngsten Untersuchungen", "Nach Polizeiangaben",
    "nach dem Willen der Regierung", "Nach Kiews Angaben", "nach Selenskyjs Worten"."""
    if j < len(words) and (words[j].low in DE_ARTICLES or words[j].low in _POSSESSIVES or _saxon_genitive(words[j])):
        j += 1
    while j < len(words) and _is_adj(words[j]):
        j += 1
    if any(w.low in ("gefragt", "befragt") for w in words[j + 1 : j + 3]):
        return False  # "Peskow, nach den Berichten gefragt, sagte": what he was asked about
    return j < len(words) and words[j].low.endswith(_NACH_NOUNS) and not words[j].low.endswith(_NOT_NACH_NOUNS)


# After the adverb "laut" (aloud) comes a preposition: "dachte laut über Nachfolger nach".
_NOT_AFTER_LAUT = frozenset("über von vor nach an auf mit zu und oder aus".split())


def _laut(text, words, i) -> Frame | None:
    if words[i].low == "laut" and words[i + 1].low in _NOT_AFTER_LAUT:
        return None
    # A possessive opens the source like an article: "nach ihren Informationen".
    start = i + 2 if i + 1 < len(words) and words[i + 1].low in _POSSESSIVES else i + 1
    j = _np_with_apposition(words, start, frozenset())
    if words[start].low in _OWN and j > start + 2:
        j = start + 2  # "hat nach eigenen Angaben Dörfer erobert": the noun after is what was done
    if words[i].low in _LAUT and words[start].low == "ihm":
        j = start + 1  # "Laut ihm, die Gruppe umfasst …" (translated): he
    if j <= start:
        return None
    content = _sides(text, words, i, j)
    if content is None:
        return None
    # "nach seinen Worten", "nach Selenskyjs Worten": the possessive or the name in the
    # genitive stands for the one whose words they are
    own_words = start == i + 2 and j == start + 1 and (words[start].low in _PERSONAL_VIEWS or (
        words[start].low in _HIS_INFORMATION and words[i + 1].low.startswith(("sein", "ihr", "unser"))))
    named_words = j == i + 3 and _saxon_genitive(words[i + 1]) and words[i + 2].low in _PERSONAL_VIEWS
    referent = _span(words, i + 1, i + 2) if own_words or named_words else _own_source(words, i, j)
    return Frame(cue=(words[i].start, words[i].end), source=_span(words, i + 1, j), content=content,
                 kind="according_to", cue_word=words[i].low, referent=referent)


_PERSONAL_VIEWS = frozenset("worten aussage aussagen einschätzung ansicht auffassung meinung".split())
# ... and what someone gives ("nach seinen / ihren Angaben"; "ihren" may be theirs, which the
# speaker resolution weighs)
_HIS_INFORMATION = frozenset("angaben informationen schätzung schätzungen darstellung erkenntnissen".split())


def _own_source(words: list[Word], a: int, b: int):
    """"Die Ukraine hat nach eigenen Angaben …", "Nach eigenen Angaben hat die Ukraine …":
    a sourcing phrase words[a:b] with "eigene(n/r)" stands for the sentence's subject, whose
    span this returns (the speaker's name is read from it; the source span stays the phrase,
    as annotators mark it) when it stands right before or after the finite verb (the
    lower-case word next to it)."""
    if not any(w.low in _OWN for w in words[a:b]):
        return None
    # its clause (after a dateline's dash: "Kiew (dpa) - Die Ukraine hat nach eigenen Angaben")
    c = max((m + 1 for m in range(a) if words[m].text in (",", ";", "-", "–", "—")), default=0)
    # "im Jahr 2004 war die Gruppe nach eigener Aussage": the subject after the finite verb
    verb = next((v for v in range(a - 2, c, -1) if words[v].low in _FINITE_OR_REPORTING
                 and _np_forward(words, v + 1) == a), None)
    if verb is not None:
        return _span(words, verb + 1, a)
    k = _np_forward(words, c)
    if c < k < a and not words[k].is_cap:
        return _span(words, c, k)  # subject, finite verb, then the phrase
    if a == 0 and b < len(words) and not words[b].is_cap:
        end = _np_forward(words, b + 1)
        if end > b + 1:
            return _span(words, b + 1, end)  # the phrase, the finite verb, the subject
    return None


_OWN = frozenset(("eigenen", "eigener", "eigene"))
_FINITE_OR_REPORTING = DE_FINITE_VERBS | DE_VERB_FORMS


def _zufolge(text, words, i) -> Frame | None:
    k = i - 2 if i >= 2 and words[i - 2].low in _OWN else _np_backward(words, i)
    if k >= i or (k == i - 1 and words[k].low in DE_ARTICLES):
        return None  # "der zufolge": a relative pronoun, the source is elsewhere
    content = _sides(text, words, k, i + 1)
    if content is None:
        return None
    return Frame(cue=(words[i].start, words[i].end), source=_span(words, k, i), content=content,
                 kind="according_to", cue_word="zufolge", referent=_own_source(words, k, i + 1))


def _sides(text, words: list[Word], a: int, b: int):
    """Content of a sourcing phrase words[a:b] ("laut X", "X zufolge"): the longer side of
    its clause. A relative clause on the source ("nach Angaben X, die sich auf … stützen,")
    belongs to neither side."""
    # a semicolon closes the clause: "laut X ist C; demnach …"; so does another side's
    # report (", während Seoul die Zahl … beziffert", ", Seoul spricht von rund 1.100")
    n = next((m for m in range(b, len(words)) if words[m].text == ";" or _other_report(words, m) or (
        _opens_main_clause(words, m) and words[_np_forward(words, m + 1)].low in DE_VERB_FORMS)), len(words))
    # (a dash too: "Kiew/Seoul (dpa) - Im Krieg hat Russland nach Angaben Kiews …": the dateline is no side)
    start = max((m + 1 for m in range(a) if words[m].text in (",", ";", "-", "–", "—")), default=0)
    # (not a main clause after the comma, as machine translation puts it: "Laut Angaben von X,
    # die ukrainischen Streitkräfte haben … verloren")
    if b + 1 < n and words[b].text == "," and words[b + 1].low in _RELATIVE_PRONOUNS \
            and not _opens_main_clause(words, b) and not _verb_second(words, b + 1):
        b = _clause_end(words, b + 1) + 1
    cut = a
    while cut > start and words[cut - 1].low in ("und", "oder", "aber"):
        cut -= 1  # "… berührt haben und laut Berichten …"
    before = trim(text, (words[start].start, words[cut].start)) if cut > start else None
    after = trim(text, (words[b].start, words[n - 1].end)) if b < n else None
    if before and after:
        # the side with more words that say something, the later on a tie: "Die Ukraine hat
        # nach eigenen Angaben 40 Orte befreit" reports "40 Orte befreit"
        def weight(lo, hi):
            return sum(1 for w in words[lo:hi] if w.low not in DE_FINITE_VERBS and w.low not in DE_ARTICLES
                       and not w.is_punct)
        return before if weight(start, cut) > weight(b, n) else after
    return before or after


def _verb_second(words: list[Word], a: int) -> bool:
    """A clause from words[a] whose verb follows its subject and more follows the verb: a
    main clause ("die Amerikaner brauchen einen Vorwand für …"), not a relative one, whose
    verb closes it ("die Soldaten ausgebildet hat")."""
    j = _np_forward(words, a)
    return j > a + 1 and j < len(words) and not words[j].is_cap and not words[j].is_punct \
        and _clause_end(words, j) - j > 2


_EMERGE = frozenset("geht ging gehen gingen hervorgeht hervorging hervorgehen hervorgingen".split())


def _hervor(text, words: list[Word], i: int, previous) -> Frame | None:
    """"aus X geht hervor": X is the source. "Dies geht aus einem Bericht des Geheimdienstes
    hervor." points at the sentence before; "Aus dem Bericht geht hervor, dass C" and "Wie
    aus dem Bericht hervorgeht, C" report C. The cue is the verb (with "hervor" after it)."""
    j = _np_with_apposition(words, i + 1, frozenset())
    if j <= i + 1:
        return None
    verb = next((m for m in range(max(0, i - 2), min(len(words), j + 3)) if words[m].low in _EMERGE), None)
    if verb is None or not any(w.low.startswith("hervor") for w in words[min(verb, i):]):
        return None
    last = verb + 1 if verb + 1 < len(words) and words[verb + 1].low == "hervor" else verb
    closes = next((m for m in range(j, len(words)) if words[m].low.startswith("hervor")), last)
    if verb == 1 and words[0].low in ("dies", "das") and previous is not None:
        content = previous
    elif i > 0 and words[i - 1].low == "wie":
        end = _clause_end(words, closes + 1)
        content = trim(text, (words[end + 1].start, words[-1].end)) if end + 1 < len(words) else None
    else:
        that = _that_clause(words, max(closes, last) + 1)
        content = trim(text, (words[that].start, words[-1].end)) if that is not None else None
    if content is None:
        return None
    return Frame(cue=(words[verb].start, words[last].end), source=_span(words, i + 1, j), content=content,
                 kind="according_to", cue_word="hervor")


_VERLAUTET = frozenset("verlautete verlautet verlauteten".split())


def _heisst_es(text, words, i, k) -> Frame | None:
    """"…, hieß es aus Regierungskreisen." / "Aus Kiew hieß es, …" / "In dem Schreiben heißt
    es, dass …" (the cue words[i..k]; "verlautete" alike)."""
    n = len(words)
    source = None
    j = k + 1
    while j < n and (words[j].low in _TIME_WORDS or words[j].low in ("am", "im") or words[j].low == "dazu"):
        j += 1
    if j < n and (words[j].low in _FROM or words[j].low in ("in", "im", "bei")):
        end = _np_forward(words, j + 1)
        if end > j + 1:
            source = _span(words, j + 1, end)
            j = end
    if source is None and i >= 2 and words[0].low in _FROM and _np_forward(words, 1) == i:
        source = _span(words, 1, i)  # "Aus Kiew hieß es, …", "Seitens des Kremls hieß es, …"
    elif source is None and i >= 2 and words[0].low == "in" and _np_forward(words, 1) == i and (
            seat_of_government(text[words[1].start : words[i - 1].end]) or words[i - 1].low.endswith("kreisen")
            or any(is_information(w.text) and v.low in ("des", "der") for w, v in zip(words[1:i], words[2:i]))):
        # "In Moskau hieß es, …", "In Regierungskreisen hieß es, …", "In einer Mitteilung des
        # Generalstabs hieß es, …" (the statement's author)
        source = _span(words, 1, i)
    if i > 0 and words[i - 1].text in (",", "“", "”", "»", "«", '"'):
        content = trim(text, (words[0].start, words[i - 1].start))
    else:
        content = _content_after(text, words, j, None)
    if content is None:
        return None
    return Frame(cue=(words[i].start, words[k].end), source=source, content=content,
                 kind="indirect_quote", cue_word="heißt")


def _so(text, words, i) -> Frame | None:
    """"C, so X": X in the nominative ("…, so einen Text zu machen" is the adverb)."""
    j = _np_with_apposition(words, i + 1)
    if j == i + 1 or words[i + 1].low in ("einen", "einem", "den", "dem"):
        return None
    content = trim(text, (words[0].start, words[i - 1].start))
    if content is None:
        return None
    return Frame(cue=(words[i].start, words[i].end), source=_span(words, i + 1, j),
                 content=content, kind="according_to", cue_word="so")


# Verbs of saying that, negated, take no side on what they name ("kommentierte … nicht",
# "sagte nicht, ob C": stance.LEAVING_OPEN); denials negated are concessions ("bestritt … nicht").
_NO_COMMENT_STEMS = ("kommentier", "äußer", "geäußert", "antwort", "beantwort", "sagt", "gesagt", "sagen")
_NEGATIONS = frozenset("nicht nie niemals weder".split())


def _negated(words: list[Word], a: int, b: int, negations: frozenset[str] = _NEGATIONS) -> bool:
    """A negation in the clause of the words a..b (between the commas around them)."""
    start = a
    while start > 0 and words[start - 1].text not in (",", ";", ":"):
        start -= 1
    return any(w.low in negations for w in words[start : _clause_end(words, b)])


def _no_comment(words: list[Word], a: int, b: int) -> bool:
    """A verb of saying at b that says nothing: "kommentierte … nicht", "kann dazu nichts sagen"."""
    return words[b].low.startswith(_NO_COMMENT_STEMS) and _negated(words, a, b, _NEGATIONS | {"nichts"})


# What is ruled out is an act or a chance ("schloss einen Einsatz / eine Mitgliedschaft /
# Verhandlungen / Neuwahlen aus", "schloss aus, dass C", "schloss das nicht aus"), not someone
# excluded ("schloss den Abgeordneten aus") or excluded from something ("aus dem Swift-System")
_ACT_ENDINGS = ("ung", "ungen", "schaft", "ion", "ionen", "nahme", "satz", "sätze", "griff", "griffe", "keit", "heit",
                "gespräche", "wahl", "wahlen", "stand")


def _rules_out(words: list[Word], i: int, k: int) -> bool:
    """The clause of "ausschließen" (finite verb at i, the verb at k) rules out an act or a
    chance (_ACT_ENDINGS) named after the finite verb, a report pointed back to, or a clause
    after it."""
    start = _clause_start(words, min(i, k))
    end = _clause_end(words, max(i, k))
    clause = words[start:end]
    # (a preposition "aus" has words after it in its clause, the particle none; "von der
    # Teilnahme", "vom Turnier")
    if any(a.low == "vom" or (a.low == "aus" and not b.is_punct) or (a.low == "von" and b.low in DE_ARTICLES)
           for a, b in zip(clause, clause[1:])):
        return False
    if end + 1 < len(words) and words[end].text == "," and words[end + 1].low in ("dass", "ob"):
        return True
    return any((w.is_cap and w.low.endswith(_ACT_ENDINGS)) or w.low in ("das", "dies", "es")
               for w in words[min(i, k) + 1 : end])


def _verb(text, words: list[Word], i: int, k: int, sent_frames: list[Frame],
          previous: tuple[int, int] | None) -> Frame | None:
    """Frame for the finite verb at i whose reporting verb is at k (k > i: a participle)."""
    w = words[i]
    verb = words[k]
    referral = _referred_elsewhere(words, k)
    particle = _has_particle(words, k, verb.low) if referral is None else ""
    if particle is None:
        return None
    # "Der Kreml hat die Berichte nicht kommentiert", "sagte nicht, ob C", "Moskau schweigt
    # dazu", "Peskow verwies auf das Verteidigungsministerium": no side taken
    no_comment = _no_comment(words, min(i, k), k) or verb.low in _SILENT or referral is not None
    on_it = any(x.low in DE_ON_IT for x in words)  # "dazu", "darüber"
    if verb.low in _SILENT and not (on_it or any(
            x.low == "zu" and is_information(y.text) for x, y in zip(words, words[2:]))):
        return None  # silent on no report named ("Die Waffen schweigen", "Über die Herkunft schweigt er")
    if (verb.low.startswith("beziffer") and not any(x.text[:1].isdigit() for x in words)
            or verb.low.startswith(("nann", "nenn", "genannt")) and any(x.low in DE_WITHHELD_NOUNS for x in words)) \
            and _negated(words, min(i, k), k, _NEGATIONS | {"kein", "keine", "keinen", "keiner"}):
        return None  # "nannte keine Zahlen", "Die Verluste bezifferte er nicht": no figure given
    if verb.low.startswith(("forder", "gefordert")) and DE_CASUALTY_WORDS.search(
        " ".join(x.text for x in words)
    ):
        return None
    n = len(words)
    prev = words[i - 1] if i > 0 else None
    # The cue: auxiliary and participle when adjacent, the separable particle when it
    # directly follows ("gab an", "teilte mit"); otherwise the reporting verb alone.
    cue_start = w.start if k == i + 1 or k == i else verb.start
    cue_end = verb.end
    if particle and k + 1 < n and words[k + 1].low == particle:
        cue_end = words[k + 1].end
        if k + 2 < n and words[k + 2].low in ("aus", "hin"):
            cue_end = words[k + 2].end  # "ging davon aus", "wies darauf hin"
    elif particle and k == i and i > 0 and words[i - 1].low == particle:
        cue_start = words[i - 1].start  # "bekannt gab"
    elif k + 1 < n and words[k + 1].low == "dazu":
        cue_end = words[k + 1].end
    cue = (cue_start, cue_end)
    # "ließ offen, ob C" takes no side on C, and needs it ("ließ die Tür offen" reports nothing)
    cognition = verb.low in DE_COGNITION or particle == "offen"
    after = k + 1  # where content can start

    # "wies … zurück", "zurückwies": "zurückweisen"
    cue_word = DE_GLUED_DENIALS.get(verb.low) or DE_PARTICLE_DENIALS.get((verb.low, particle), verb.low)
    if cue_word in RULING_OUT and not _rules_out(words, i, k):
        return None  # "Die Partei schloss den Abgeordneten aus": someone excluded, nothing denied
    if particle == "offen" or no_comment:
        cue_word = "offenlassen"  # (stance.LEAVING_OPEN)
    if verb.low.startswith(("äußert", "geäußert")) and any(x.low == "zweifel" for x in words[i + 1 : k + 4]):
        cue_word = "anzweifeln"  # "äußerte (erhebliche) Zweifel an den Angaben", "hat Zweifel … geäußert"

    def frame(source, content):
        if content is None and no_comment and (on_it or words[0].low in _TOPIC_FIRST):
            content = trim(text, (words[0].start, words[-1].end))  # "(Dazu) äußerte sich X nicht (dazu)"
        elif referral is not None and not on_it:
            # "auf das Verteidigungsministerium": on the report before (attribution._BARE_COMMENT)
            content = trim(text, (words[referral].start, words[_clause_end(words, referral) - 1].end))
        elif content is None and no_comment:
            # "Das Ministerium äußerte sich (zunächst) nicht": on the report before, too
            content = trim(text, (verb.start, words[_clause_end(words, k) - 1].end))
        if content is None and words[-1].text == ":":
            content = _quotation_below(text, words[-1].end)  # "Hierzu erklärt Bundesminister Pistorius:"
        if source is None or content is None:
            return None
        return Frame(cue=cue, source=source, content=content, kind="indirect_quote", cue_word=cue_word)

    # "C, sagte X" / "„C“, sagte X" / "„C“, so charakterisierte ihn X" / glued "Cdarsagte X"
    so_after_comma = prev is not None and prev.low == "so" and i >= 2 and words[i - 2].text == ","
    # "„C“ – das sagte Peskow": the demonstrative after the dash stands for the quotation
    that_after_dash = prev is not None and prev.low in ("das", "dies") and i >= 2 and words[i - 2].text in ("—", "–")
    # "Der Minister, Hans Muster, sagte …": the comma closes the subject's apposition; a
    # quotation before the comma is what was said ("„Wir sind bereit“, sagte Putin").
    # (after a focus particle too: "Auch Gerald Karner, Ex-Generalmajor des Bundesheers, hält …")
    focus = int(words[0].low in _FOCUS_PARTICLES and sum(x.text == "," for x in words[:i]) >= 2)  # (its commas)
    apposed_subject = prev is not None and prev.text == "," and (focus or words[0].low not in DE_INVERSION_OPENERS) \
        and not (i >= 2 and words[i - 2].text in CLOSING_MARKS) \
        and (_np_with_apposition(words, focus) >= i - 1 or _relative_on_subject(words, i - 1))
    # A quotation right before the verb is what was said when it ends a sentence of its
    # own ("„Wir kommen!“ rief er"), not when it names something ("mit der „Bild“ sagte X").
    quote_before = prev is not None and prev.text in CLOSING_MARKS and text[prev.start - 1 : prev.start] in "!?.…"
    # (not after a parenthetical "Wie X meldete,": "Wie TASS meldete, bezeichnete Rjabkow …")
    # (not an indirect question: "Wie viele Soldaten getötet worden seien, sagte der Sprecher nicht")
    # ("Wie früher X berichtete")
    named_as = 1 + (words[1].low in _EARLIER or words[1].low in _TIME_WORDS) if len(words) > 2 else 1
    after_as = words[0].low == "wie" and (words[named_as].is_cap or words[named_as].low in DE_ARTICLES) \
        and prev is not None \
        and prev.text == "," and any(_is_finite_or_reporting(x) for x in words[1 : i - 1])
    # (nor after a clause of contrast, another side's: "Während Selenskyj von 3000 Toten spricht,
    # bestreitet Moskau jede Beteiligung")
    contrast = words[0].low in _CONTRAST and prev is not None and prev.text == "," \
        and next(m for m in range(i) if words[m].text == ",") == i - 1  # (the comma closing it)
    if prev is not None and not apposed_subject and not after_as and not contrast and not _fronted_adverbial(words, i) and (
        prev.text in (",", ":", "—", "–") or quote_before or w.glued or so_after_comma or that_after_dash
    ):
        start = i + 2 if i + 2 < n and words[i + 1].low in _OBJECT_PRONOUNS else i + 1
        j = _np_with_apposition(words, start)
        if j > start:
            end = words[i - 2].start if so_after_comma or that_after_dash else (prev.end if w.glued else prev.start)
            content = trim(text, (words[0].start, end))
            return frame(_span(words, start, j), content)
    if i == 0 or prev is None:
        return None
    # "Er akzeptierte die Niederlage und kommentierte, C": the sentence's subject.
    if prev.low == "und" and not (sent_frames and sent_frames[-1].source):
        j = _np_forward(words, 0)
        if j > 0 and words[0].low not in DE_INVERSION_OPENERS:
            return frame(_span(words, 0, j), _content_after(text, words, after, particle or None))
    # "… und forderte C": coordinated with the previous frame of the sentence.
    if prev.low == "und" and sent_frames and sent_frames[-1].source:
        last = sent_frames[-1]
        # (after a comma, the speaker of the report that holds the last one: "Rutte verkündete, die
        # Nato habe C bestätigt, und nannte sie …" is Rutte's)
        outer = next((f for f in sent_frames if f is not last and f.source and f.content and last.cue
                      and f.content[0] <= last.cue[0] < f.content[1]), None) if i >= 2 and words[i - 2].text == "," else None
        if outer is not None:
            for f in (outer, last):
                if f.content and f.content[0] < words[i - 2].start < f.content[1]:
                    f.content = trim(text, (f.content[0], words[i - 2].start))
            last = outer
        whole = trim(text, (words[0].start, words[-1].end))
        if last.content == whole and _content_after(text, words, after, particle or None, True) == whole:
            return None  # "wies X zurück und bezeichnete Y als Z": one report, whole sentence
        if last.content and last.content[1] > prev.start and last.content[0] < prev.start:
            last.content = trim(text, (last.content[0], prev.start))
        return frame(last.source, _content_after(text, words, after, particle or None))
    # "Wie X mitteilte, C" — the frame is a parenthetical clause.
    wie = next((m for m in range(i - 1, -1, -1) if words[m].low == "wie"), None)
    # (a quotation may stand there only as a name: "Wie die „Washington Post“ berichtete")
    # (opening a clause, or naming some of those before it: "Uiguren wie Isa weisen …"; no
    # comparison: "Ähnlich wie bei früheren Einsätzen … berichtet der NIS")
    if wie is not None and (wie == 0 or words[wie - 1].text in (",", "–", "—", "(") or words[wie - 1].low in _WIE_AFTER
                            or wie > 1 and words[wie - 1].is_cap) and i - wie <= 20 and not any(x.text in (".", ";", ":") or _is_finite_or_reporting(x)
                                                     for x in words[wie + 1 : i]) \
            and _only_quoted_names(words, wie + 1, i):
        last = i
        while last > wie + 1 and (
            words[last - 1].low in _TIME_WORDS or words[last - 1].low in ("am", "im")
            or words[last - 1].low == particle
        ):
            last -= 1
        if last > wie + 2 and words[last - 2].low in ("am", "im"):
            last -= 2
        first_src = wie + 1
        while first_src < last and (words[first_src].low in _TIME_WORDS or words[first_src].low in _EARLIER):
            first_src += 1  # "wie schon am Vortag berichtet", "Wie früher X berichtete": an adverb, not the source
        np_end = _np_forward(words, first_src)
        if first_src < np_end < last and words[np_end].low in _WHEN_SAID:
            last = np_end  # "wie der Geheimdienst am Mittwoch vor Parlamentariern erklärte": when and to whom, not who
        src = trim(text, (words[first_src].start, words[last - 1].end)) if first_src < last else None
        if src is None and first_src > wie + 1:
            return None  # "wie (schon) berichtet": nobody named
        # the name is read without the occasion after it ("in seiner abendlichen
        # Videoansprache"); the source span keeps it, as annotators mark it
        named = next((m for m in range(first_src + 1, last - 1) if words[m].low in _OCCASION_PREPS
                      and words[m + 1].low in _OCCASION_DETERMINERS), None)
        end = _clause_end(words, max(k, i) + 1)
        content = None
        if end < n - 1:
            content = trim(text, (words[end + 1].start, words[-1].end))
        elif wie > 0:
            # (the clause a speaker's "dass" opens, not the one who doubts it: "Ich glaube nicht,
            # dass C, wie manche Kommentatoren behaupten" is C)
            that = next((m + 1 for m in range(1, wie - 1) if words[m].text == "," and words[m + 1].low == "dass"
                         and any(x.low in _BELIEF_FORMS for x in words[:m])), 0)
            content = trim(text, (words[that].start, words[wie].start))
        found = frame(src, content)
        # ... and without "aus" ("Wie aus Geheimdienstkreisen verlautete": from where it came)
        name_start = first_src + 1 if first_src + 1 < last and words[first_src].low == "aus" else first_src
        if found is not None and (named is not None or name_start > first_src):
            found.referent = _span(words, name_start, named or last)
        return found
    first = words[0]
    commas = _top_commas(words, i)
    opens = commas[-1] + 1 if commas else 0  # where a clause after the last comma opens
    if commas and words[opens].low == "und":
        opens += 1  # "Die Angaben ließen sich nicht prüfen, und Seoul sagte, C"
    own_clause = commas[-1] if commas and opens < i and _np_forward(words, opens) == i and (any(
        x.low in DE_FINITE_VERBS or x.low in DE_VERB_FORMS for x in words[: commas[-1]])
        or _verb_after_subject(words, commas[-1])) else None
    if own_clause is not None and (len(commas) == 1 or _inverted(words)):
        # "X hatte Y bezeichnet, Putin bestritt Z nicht", "Laut Selenskyj sind 3.000 getötet
        # worden, Seoul spricht von 1.100": a main clause of its own
        own = words[opens:]
        if cue_word in DE_ANSWER_FORMS and _points_back(own, i - opens, k - opens, particle):
            # "Kiew meldet 3.000 Tote, Moskau bestreitet das": the clause before, when it reports;
            # else the sentence before ("Die Nachricht sorgte für Aufsehen, Moskau bestreitet das")
            before = trim(text, (words[0].start, words[own_clause - 1].end))
            # (not an answer that names the reports itself: "Pjöngjang hat die Berichte als haltlos
            # bezeichnet, Moskau hat sie weder bestätigt noch dementiert")
            reported = any(f.cue and before[0] <= f.cue[0] < before[1] for f in sent_frames) and not any(
                w.low in REPORTED_THINGS for w in words[:own_clause])
            if reported or previous:
                return frame(_span(words, opens, i), before if reported else previous)
        return frame(_span(words, opens, i), _clause_content(text, own, i - opens, k - opens, particle))
    inverted = _inverted(words)
    fronted_object = not inverted and words[i + 1 : i + 2] and (
        words[i + 1].low in _SUBJECT_PRONOUNS or _report_fronted(words, i, cue_word))
    if fronted_object or inverted:
        # Verb second after an adverbial or an object: the subject follows the verb (and
        # the reflexive of "sich äußern": "Dazu äußerte sich der Kreml nicht"; "meldete sich
        # der Betrüger", "teilt sich X Platz 158" report nothing).
        start = i + 2 if i + 2 < n and words[i + 1].low == "sich" and verb.low.startswith("äußer") else i + 1
        while start + 1 < n and words[start].low in _BEFORE_THE_SUBJECT:
            start += 1  # "Das bestätigte auch ein Sprecher", "Das berichtete zuerst die Ukrainska Pravda"
        if start + 1 < n and words[start].low == "es" and (words[start + 1].low in DE_ARTICLES or words[start + 1].is_cap):
            start += 1  # "Laut X hält es der Präsident für möglich": the object "es", then the subject
        points_back = first.low in _FOCUS_PARTICLES and i == 1 and start + 1 < n and words[start].low in ("das", "dies") \
            and words[start + 1].low in DE_ARTICLES
        if points_back:
            start += 1  # "Zumindest behauptet das der Geheimdienst": the object "das", then the subject
        j = _np_with_apposition(words, start)
        # the verb's own particle ends its subject: "spricht die Polizei von …" (not the
        # article that is its form: "räumte ein Sprecher … ein")
        j = next((m for m in range(start + 1, j) if particle and words[m].low == particle), j)
        if j > start:
            if (points_back or (first.low in ("das", "dies") and all(w.low in _FOCUS_PARTICLES for w in words[1:i]))) \
                    and previous and not _has_clause(words[max(j, after):]):
                # "Das teilte X (am Montag) mit.", "Das jedenfalls behauptet X" refer to the sentence before
                content = previous
            else:
                content = _content_after(text, words, max(j, after), particle or None, True)
                if content is not None and content[0] == words[0].start and contrast:
                    content = trim(text, (w.start, content[1]))  # the main clause, not the contrast before it
            if content is None and j < k and verb.low in _FIGURES_GIVEN | _LABELS and _object_in(words, j, k):
                # "(Wie X berichtete,) hatte das Pentagon die Zahl von 10.000 genannt": the figure
                # before the participle
                content = trim(text, (words[j].start, words[k - 1].end))
            if content is None and previous and any(x.low in ("darüber", "davon") for x in words[j:k]):
                content = previous  # "Zuerst hatte die Kyiv Independent darüber berichtet": on the sentence before
            if content is None and (fronted_object or words[0].low in _TOPIC_FIRST):
                # "Die Berichte wies er zurück", "Über den Einsatz berichtete zuerst der HUR"
                content = trim(text, (words[0].start, words[-1].end))
            return frame(_span(words, start, j), content)
        # "Diese bestätigte, dass …": the demonstrative was the subject after all.
        if not (i == 1 and first.low in _PRONOUN_SUBJECTS):
            return None
    # An object first, a known actor after the verb: "Die Angaben aus Kiew bestätigte
    # inzwischen auch das Pentagon", "Eine unabhängige Untersuchung fordert die EU"
    actor = _actor_after_verb(text, words, i) if k == i else None
    if actor is not None:
        return frame(actor, trim(text, (words[0].start, words[-1].end)))
    # Subject first: everything before the verb is the speaker's noun phrase.
    if not first.is_cap or i > 30 or first.low in ("nicht", "kein", "keine"):
        return None
    if first.low in ("ich", "wir") and text[: first.start].rstrip(" \t").endswith(":"):
        return None  # "MASALA: Ich habe immer gesagt, C": the label's line says it
    if any(x.text in (";", ":") for x in words[:i]) or sum(x.text in _QUOTE_MARKS for x in words[:i]) % 2:
        return None  # a quotation is still open: the verb belongs to it
    if len(commas) == 1 and _np_forward(words, commas[0] + 1) == i:
        commas = [commas[0], i]  # "Die Chefjuristin der Regierung, Anabella Morfin verwies"
    if len(commas) not in (0, 2):
        return None
    outside = words[: commas[0]] if commas else words[:i]
    if any((x.low in DE_FINITE_VERBS or x.low in DE_VERB_FORMS) and not (m and x.is_cap) for m, x in enumerate(outside)) \
            or outside[0].low in _SUBORDINATORS or (outside[0].low in ("und", "aber") and outside[1:2]
                                                     and outside[1].low in _SUBORDINATORS):
        # a clause is already under way: what precedes is no subject ("… of War" is a name);
        # "Und wenn der Kreml das bestreitet, …" is a subordinate clause
        return None
    # "Moskau wiederum bestreitet": an adverb between the subject and its verb is no part of it
    last = i - 1
    while last > 0 and words[last].low in _CONTRAST_ADVERBS:
        last -= 1
    speaker_end = words[last].end
    # "Frank Sichau, der als Sprecher fungiert, erklärte": the relative clause is not
    # part of the name; an apposition ("Andriy Yermak, Stabschef des …,") is.
    if commas and words[commas[0] + 1].low in _RELATIVE_PRONOUNS and _np_forward(words, commas[0] + 1) != commas[1]:
        speaker_end = words[commas[0] - 1].end
    content = _clause_content(text, words, i, k, particle)
    if previous and cue_word in DE_ANSWER_FORMS and _points_back(words, i, k, particle):
        content = previous
    if cognition and not any(x.low == "dass" or x.text == "," for x in words[after:]) and not (
            verb.low.startswith("schätz") and any(x.low == "auf" for x in words[after:])):
        return None  # "schätzt die Zahl auf 11.000" gives a figure
    # "Auch die Nato", "Selbst der Kreml": the focus particle is not part of the name, nor
    # is a dateline ("Seoul (AFP) – Südkoreas Geheimdienst")
    lead = _dateline_end(text, words, i)
    if words[lead].low in _FOCUS_PARTICLES and i > lead + 1:
        lead += 1
    return frame(trim(text, (words[lead].start, speaker_end)), content)


_WIE_AFTER = frozenset("und doch aber denn".split())  # ("Doch wie die „Washington Post“ berichtete, …")
_CONTRAST_ADVERBS = frozenset("wiederum hingegen dagegen indes indessen jedoch allerdings ihrerseits seinerseits selbst".split())
_FOCUS_PARTICLES = frozenset("auch selbst sogar ebenfalls gerade zumindest jedenfalls immerhin".split())
# An answer's object that points back to the report before; the words around it that are no
# object, and those that pair answers ("weder bestätigt noch dementiert")
_POINTING_BACK = (["das"], ["dies"], ["es"], ["sie"])
_NO_OBJECT = _NOTHING_SAID | _FOCUS_PARTICLES | frozenset(
    "umgehend sofort prompt postwendend entschieden vehement energisch scharf kategorisch".split())  # "dementierte dies umgehend"
_ANSWER_PAIRS = frozenset("weder noch oder".split()) | DE_PARTICIPLES


def _points_back(words: list[Word], i: int, k: int, particle: str | None) -> bool:
    """The answer at i (k: its participle) has only "das", "dies", "es" or "sie" for its
    object ("Moskau bestreitet das.", "wies dies als Propaganda zurück", "bestätigte sie
    nicht", "hat sie weder bestätigt noch dementiert"): it answers the sentence before."""
    rest = [x.low for x in words[k + 1 :] if not x.is_punct and x.low != particle and x.low not in _NO_OBJECT]
    held = [x.low for x in words[i + 1 : k] if x.low not in _NO_OBJECT and x.low not in _ANSWER_PAIRS]
    return rest[:1] in _POINTING_BACK and (len(rest) == 1 or rest[1] == "als") \
        or held in _POINTING_BACK and all(x in _ANSWER_PAIRS for x in rest)


def _actor_after_verb(text: str, words: list[Word], i: int) -> tuple[int, int] | None:
    """The span of a known actor ("das Pentagon", "die EU") that follows the finite verb at i
    (after adverbs) and ends its clause, when what precedes the verb names none: then the
    verb's subject, the noun phrase before it its object."""
    first = _np_forward(words, 0, frozenset())
    article = words[0].low in DE_ARTICLES
    head = next((w for w in words[int(article) : i] if w.is_cap), None)
    # (a figure or a report named first may run on: "Die Zahl von 12.000 Soldaten", "Berichte über …")
    counted = head is not None and (is_information(head.text) or head.low in _FIGURE_OBJECTS or head.low in _COUNTED_THINGS) \
        and not any(w.text in (",", ":", ";") or _is_finite_or_reporting(w) and not w.is_cap for w in words[:i])
    if not (first == i and article or counted) or head is None or (
            not counted and _names_actor(text, words, 0, i)):
        return None  # (information from an actor is an object all the same: "Die Angaben aus Kiew")
    j = i + 1
    while j < len(words) and (words[j].low in _TIME_WORDS or words[j].low in _BEFORE_THE_SUBJECT):
        j += 1
    end = _np_forward(words, j)
    # the clause ends after the actor ("… nicht", "… bislang nicht"), or the verb's complement
    # follows a figure or a report named first ("Die Zahl … beziffert das ISW auf …", "Berichte
    # über … hält das Pentagon für plausibel")
    rest = words[end:]
    complement = counted and bool(rest) and rest[0].low in ("auf", "für", "als")
    # (a report named first with no article, before a verb in the singular, is its object:
    # "Berichte über … bestätigte das Pentagon nicht"; not "Berichte aus Kiew bestätigen …")
    singular = counted and not words[i].low.endswith("en")
    if not (article and (first == i or counted) or complement or singular) \
            or (j + 1 < len(words) and is_information(words[j + 1].text)):
        return None  # ("Berichte aus Kiew bestätigen die Angaben des Pentagons": the information is the object)
    # (or a bare name before the complement: "Berichte über … bezeichnete Kickl als „Propaganda“")
    named = complement and 0 < end - j <= 3 and all(w.is_cap and w.low not in DE_ARTICLES for w in words[j:end])
    # (or any noun phrase before the answer's particle: "Berichte über … wies ein Sprecher zurück")
    answered = counted and end > j + 1 and _answering_particle(words[i], rest)
    # (any noun phrase before the complement: "Die Zahl … bezeichnete der Kanal als „übertrieben“")
    if not named and not answered and (end <= j + 1 or words[j].low not in DE_ARTICLES
                                       or not (complement or _names_actor(text, words, j, end))) \
            or not (complement or answered or all(w.is_punct or w.low in _NOTHING_SAID for w in rest)):
        return None
    return _span(words, j, end)


def _answering_particle(verb: Word, rest: list[Word]) -> bool:
    """The verb's particle closing its clause, and what was said after a colon: "Berichte über
    … wies der Kreml zurück", "… wies ein Sprecher zurück: „…“"."""
    words = [w for w in rest if (not w.is_punct or w.text == ":") and w.low not in _NOTHING_SAID]
    return bool(words) and (verb.low, words[0].low) in DE_PARTICLE_DENIALS and (len(words) == 1 or words[1].text == ":")


# Words between an inverted verb and its subject: "Das bestätigte auch ein Sprecher", "Das
# berichtete zuerst die Ukrainska Pravda"
_BEFORE_THE_SUBJECT = _FOCUS_PARTICLES | frozenset("zuerst erstmals zunächst".split())
_COUNTED_THINGS = frozenset("kosten verluste opfer toten".split())


def _names_actor(text: str, words: list[Word], a: int, b: int) -> bool:
    """words[a:b] name a body, state or person the gazetteer knows, or hold one ("Die Angaben aus Kiew")."""
    return lookup(text[words[a].start : words[b - 1].end], fuzzy=False) is not None or any(
        lookup(w.text, fuzzy=False) is not None for w in words[a:b] if w.is_cap and w.low not in DE_ARTICLES)


def _dateline_end(text: str, words: list[Word], before: int) -> int:
    """Index of the first word after a wire dateline that opens the sentence (datelines:
    "Seoul (AFP) –", "Kiew/Moskau (dpa) -", "Kiew/Moskau - "), before words[before]; 0 when
    there is none."""
    at = words[0].start + dateline_end(text[words[0].start : words[before].start])
    return next((m for m in range(before) if words[m].start >= at), before) if at > words[0].start else 0


def _clause_content(text, words: list[Word], i: int, k: int, particle: str | None):
    """What the subject of words[0:i] reports with the finite verb at i and the reporting
    verb at k: the perfect's clause with its object, else what follows the verb."""
    return _perfect_object(text, words, i, k) or _content_after(text, words, k + 1, particle or None, True)


def _perfect_object(text, words: list[Word], i: int, k: int):
    """"Der Kreml hat die Berichte (nicht) dementiert": in the perfect the object stands
    before the participle that ends the clause; the report is the clause, as for a
    noun-phrase object in the past tense, when nothing follows or a main clause of its own
    ("…, Putin bestritt …"), not what was said ("hat gewarnt, dass C", "…, sollte X")."""
    if k <= i + 1:
        return None
    # "weder bestätigt noch dementiert", "bestätigt oder dementiert": the pair ends the clause
    while k + 2 < len(words) and words[k + 1].low in ("noch", "oder", "und") and words[k + 2].low in DE_PARTICIPLES:
        k += 2
    end = k + 1
    while end < len(words) and words[end].is_punct and words[end].text != ",":
        end += 1
    if end < len(words) and _frame_follows(words, end):
        # "Der Kreml hat die Berichte dementiert, sagte ein Sprecher": the clause is the
        # spokesman's report; the Kremlin's is its object, as English "denied the reports"
        nouns = [m for m in range(i + 1, k) if words[m].is_cap or words[m].low in ("das", "dies", "es")]
        if nouns:
            first = next((m for m in range(i + 1, nouns[-1]) if words[m].low in DE_ARTICLES), nouns[0])
            return trim(text, (words[first].start, words[nouns[-1]].end))
    elif end < len(words) and not _opens_main_clause(words, end) and not _elliptic(words, end):
        return None  # what follows is what was said: "hat erklärt, die USA würden …"
    return trim(text, (words[0].start, words[k].end))


def _elliptic(words: list[Word], comma: int) -> bool:
    """After the comma the subject and the verb are left out: "hatte die Berichte als Fake
    bezeichnet, später aber nicht mehr (dementiert)", a participle or a contrast, with no
    finite verb, no "zu" infinitive ("hat gewarnt, keine Soldaten zu schicken") and no
    quotation."""
    segment = words[comma + 1 : _clause_end(words, comma + 1)]
    rest = [w for w in segment if not w.is_punct]
    return words[comma].text == "," and bool(rest) and (
        rest[-1].low in DE_PARTICIPLES or any(w.low in ("aber", "doch", "jedoch") for w in rest)
    ) and not any(_is_finite(w) or w.low == "zu" or w.text in _QUOTE_MARKS for w in segment)


def _frame_follows(words: list[Word], comma: int) -> bool:
    """words[comma] is a comma before a frame of its own: "…, sagte ein Sprecher", "…, so Peskow"."""
    if words[comma].text != "," or comma + 2 >= len(words):
        return False
    verb, subject = words[comma + 1], words[comma + 2]
    return (verb.low in DE_VERB_FORMS or verb.low == "so") and (
        subject.is_cap or subject.low in DE_ARTICLES or subject.low in ("er", "sie"))


def _inverted(words: list[Word]) -> bool:
    """The clause opens with an adverbial ("Am Montag sagte X", "Das teilte X mit"), not
    with its subject: an article before a noun ("Die Nato", "Das russische
    Verteidigungsministerium erklärte") opens the subject."""
    first = words[0]
    if _adverb_first(words):
        return True
    if first.low not in DE_INVERSION_OPENERS and first.low not in _FOCUS_PARTICLES:
        return False
    if first.low in _FOCUS_PARTICLES and len(words) > 2:
        # "Auch die Nato sprach von …", "Auch Gerald Karner, Ex-Generalmajor des Bundesheers,
        # sagte …": the particle belongs to the subject before the verb
        j = _np_with_apposition(words, 1)
        j += j < len(words) and words[j].text == "," and j > _np_forward(words, 1)
        return not (1 < j < len(words) and _is_finite_or_reporting(words[j]))
    if first.low not in ("das", "die", "der") or len(words) < 2:
        return True
    noun = words[1]
    if _is_adj(noun) and not _is_finite_or_reporting(noun) and len(words) > 2:
        noun = words[2]
    return not noun.is_cap


# Shapes of an adverb or an adjective in the first place ("Tatsächlich", "Bezeichnenderweise",
# "Zurückhaltender", "Vorsichtiger"), and some that have none ("Prompt", "Ausgerechnet")
# (surnames share the short shapes: "Fröhlich", "Bender", "Steiger", "Hastings", "Knapp", so
# only a long comparative or a known adverb)
_ADVERB_ENDINGS = ("erweise", "licher", "iger", "ender", "ischer")
_ADVERBS = frozenset(
    """prompt ausgerechnet tatsächlich natürlich schließlich letztlich lediglich ursprünglich eigentlich
    freilich übrigens vielmehr genauso gelassen nüchtern konkreter schärfer deutlicher vorsichtiger
    neuerdings mehrmals knapp scharf also""".split())


def _adverb_first(words: list[Word]) -> bool:
    """"Tatsächlich meldete der Präsident …", "Zurückhaltender äußert sich Claudia Major":
    one word shaped as an adverb before the verb, a subject after it (not "Fischer sagte,
    dass …", "Fröhlich sagte der Deutschen Presse-Agentur …": a name, and whom it was said to)."""
    first = words[0].low if len(words) >= 3 else ""
    if not (first in _ADVERBS or len(first) >= 10 and first.endswith(_ADVERB_ENDINGS)
            and not german_lexicon().is_common_noun(words[0].text)) \
            or not _is_finite_or_reporting(words[1]) or lookup(words[0].text, fuzzy=False) is not None:
        return False
    start = 3 if words[2].low == "sich" else 2
    if start + 1 < len(words) and words[start].low in ("der", "dem", "den") and _medium_at(words, start + 1):
        return False
    return start < len(words) and (words[start].low in DE_ARTICLES or lookup(words[start].text, fuzzy=False) is not None
                                   or words[start].is_cap and _np_forward(words, start) > start + 1)


# The one an interviewer's question is put to: "ZEIT ONLINE: Herr Masala, …", "General Freuding, …"
ADDRESSED = re.compile(r"(?:Herr|Frau|Dr\.|Professor|Professorin|Minister|Ministerin|General)\s+[\w-]+(?:\s+[\w-]+)?,\s*")


def _label_end(text: str, words: list[Word], transcript: bool = False) -> int:
    """Where a sentence opens after a transcript's label and its colon, and after the one
    asked (ADDRESSED), else 0. A label is set in capitals ("SPIEGEL:", "ZEIT ONLINE:"), names
    a question ("Frage (Jung):", "Zusatzfrage:") or the speaker's office in parentheses
    ("Hebestreit (BReg):"), or the one asked follows it ("Christoph Heinemann: Herr
    Kiesewetter, …"), or its text is a transcript ("Kiesewetter: Der BND geht davon aus, …"
    between the host's turns); a headline's "Selenskyj: Russland spricht von Frieden" is what
    Zelenskyy says. The label's line is its speaker's (frames.headline_frames); its sentence
    reports on its own."""
    colon = next((m for m in range(min(len(words), 8)) if words[m].text in (":", "):")), None)
    start = 0
    if colon is not None and 0 < colon < len(words) - 1:
        label = words[:colon]
        # (no verb in it: "Peskow sagte: Herr Selenskyj, …", "Südkoreas Geheimdienst (NIS) erklärte: C")
        if not any(_is_finite_or_reporting(w) and not w.is_cap for w in label) and (
                transcript or ADDRESSED.match(text, words[colon + 1].start) or all(w.text.isupper() for w in label)
                or is_a_place(" ".join(w.text for w in label))
                or label[0].low in QUESTION_LABELS or words[colon].text == "):" or label[-1].text == ")"):
            start = colon + 1
    # (after a label only: "General Anupong Paochinda, Oberbefehlshaber der Armee, hat …" is no one asked)
    asked = ADDRESSED.match(text, words[start].start) if 0 < start < len(words) else None
    if asked is not None:  # "Frage: Herr Wagner, der russische Botschafter hat gesagt, C": Wagner is asked
        start = next((m for m in range(start, len(words)) if words[m].start >= asked.end()), start)
    return start



def _more_figures(words: list[Word], comma: int) -> bool:
    """After the comma only figures and the words of a date or an amount, no verb: "…, Anfang
    Januar 4.000", "…, Ende Dezember 3.800, Mitte Januar schon 4.000", "…, Stand Montag 14 Uhr"."""
    rest = [w for w in words[comma + 1 :] if not w.is_punct]
    return any(w.text[:1].isdigit() for w in rest) and all(
        w.is_cap or w.text[:1].isdigit() or w.low in _AMOUNT_WORDS or w.low in ("schon", "noch", "bereits", "von", "auf")
        for w in rest)


def _object_in(words: list[Word], a: int, b: int) -> bool:
    """words[a:b] hold a figure or a noun that no preposition governs: an object ("am Montag
    3.000 Tote", "seit Wochen hohe Verluste"), not only adverbials ("vor Journalisten in New York")."""
    for m in range(a, b):
        if words[m].text[:1].isdigit():
            return True
        if words[m].is_cap and not words[m].is_punct:
            k = m - 1
            while k >= a and (words[k].low in DE_ARTICLES or _is_adj(words[k]) or words[k].is_cap):
                k -= 1
            if k < a or words[k].low not in _ALL_PREPOSITIONS:
                return True
    return False


_ALL_PREPOSITIONS = _RELATIVE_PREPS | _OCCASION_PREPS | frozenset("am im vom zum zur beim seit nach vor".split())


def _report_fronted(words: list[Word], i: int, cue_word: str) -> bool:
    """"Die Behauptungen Kiews über … wies der Gouverneur … zurück": a report named before an
    answer's or a label's verb is its object, the subject follows (an article of the
    nominative, a name)."""
    head = next((w for w in words[1:i] if w.is_cap and w.low in REPORTED_THINGS), None)
    answering = cue_word in DE_ANSWER_FORMS or cue_word.startswith(("bezeichn", "nannt", "nennt"))
    return head is not None and words[0].low in DE_ARTICLES and answering and (
        words[i + 1].low in ("der", "ein") or (words[i + 1].is_cap and lookup(words[i + 1].text, fuzzy=False) is not None))


def _verb_after_subject(words: list[Word], end: int) -> bool:
    """words[:end] open with a subject and a verb we know nothing of: "Die Regierung lobte die
    Truppe, die Opposition sagte, …" (a lower-case word after a noun phrase, in a finite
    verb's ending, that is no adverb: "Nordkorea selbst, der Kreml und China bestreiten")."""
    j = _np_forward(words, 0)
    return 0 < j < end and words[j].text.isalpha() and words[j].text.islower() \
        and words[j].low.endswith(("te", "ten", "t", "en")) and words[j].low not in _NOT_VERBS


# Lower-case words in a verb's ending that are no verb
_NOT_VERBS = DE_INVERSION_OPENERS | frozenset(
    "selbst jetzt nicht erneut zuletzt insgesamt gegen zwischen mit seit bereits längst meist oft".split())


def _is_finite_or_reporting(w: Word) -> bool:
    return _is_finite(w) or w.low in DE_VERB_FORMS or w.low in _SILENT
