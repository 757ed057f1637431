"""Line classifier: article body or site boilerplate, for English and German pages.

Copied article text (and trafilatura's output) still carries the site around the story:
ad markers, cookie notices, comment counts and comment policies, image chrome, photo
credits and captions, prev/next links, lists of related headlines, copyright footers,
mastheads, date lines. Each non-blank line gets a label with the rule that decided it.

Rules, in order of strength:
1. a phrase lexicon of whole lines or telltale phrases (English and German);
2. lines without any letter or digit (">>>>", "-");
3. image chrome: captions that end in a credit, caption lines followed by a credit line,
   and lines repeated from earlier (a caption printed twice);
4. position: after the last body paragraph, short lines without sentence punctuation and
   runs of short lines are related-headline lists and section footers; anywhere, a run of
   four or more short unpunctuated lines is a link list;
5. a short unpunctuated line squeezed between boilerplate lines (a "Kommentare" header).

Headlines, kickers and cross-heads are article content: a short line in the middle of the
article or before the first paragraph is kept unless a rule above says otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# --- lexicon ---------------------------------------------------------------------------

# Whole lines (after trimming punctuation and spaces at both ends) that are site chrome.
_CHROME_LINES = re.compile(
    r"""(?ix)
    (?:[-–—]\s*)?(?:advertisement|advertising|anzeige|werbung|sponsored(?:\ content)?|gesponsert|ad|promoted)(?:\s*[-–—])?
    | source\ link | quelle | source | original\ source
    | read\ more | read\ full\ (?:article|story) | continue\ reading | mehr\ lesen | weiterlesen | mehr\ dazu
    | you\ (?:may|might)\ also\ like | recommended(?:\ for\ you)? | related(?:\ (?:articles?|stories|news|posts|content))?
    | more\ (?:from|on)\ this\ (?:story|topic) | more\ stories | top\ stories | most\ (?:read|popular|viewed)
    | das\ könnte\ (?:sie|dich)\ auch\ interessieren | auch\ interessant | meistgelesen | empfehlungen | mehr\ zum\ thema
    | leave\ a\ (?:comment|reply) | post\ a\ comment | add\ a\ comment | join\ the\ (?:conversation|discussion)
    | kommentar\ (?:schreiben|verfassen|abgeben) | jetzt\ kommentieren | diskutieren\ sie\ mit
    | \d*\s*(?:comments?|kommentare?|antworten|replies|reaktionen|shares?)
    | share(?:\ (?:this|on)(?:\ (?:article|story|page|facebook|twitter|x))?)? | teilen | artikel\ teilen | beitrag\ teilen
    | tweet | print | drucken | e-?mail | whatsapp | facebook | twitter | linkedin | telegram | flipboard | pinterest | copy\ link | link\ kopieren
    | subscribe | abonnieren | jetzt\ abonnieren | newsletter | sign\ up | anmelden | log\ ?in | register | registrieren
    | follow\ us(?:\ on\ .{1,40})? | folgen\ sie\ uns(?:\ auf\ .{1,40})?
    | back\ to\ top | nach\ oben | zum\ seitenanfang | home | startseite | menu | menü | search | suche
    | im\ vollbildmodus\ öffnen | vollbild(?:modus)? | open\ in\ full\s?screen(?:\ mode)? | full\s?screen | zoom | bild\ vergrößern | enlarge\ (?:image|photo)
    | vorteilswelt | nachrichten | news | aktuelles | schlagzeilen | video | audio | podcast | galerie | gallery | bildergalerie | fotostrecke
    | (?:by|von|posted\ by|written\ by|geschrieben\ von)\ (?:admin|administrator|editor|redaktion|staff|team|newsdesk|web\ desk)
    | loading(?:\.\.\.)? | wird\ geladen | lädt
    """
)

# A phrase anywhere in the line that makes the whole line boilerplate.
_CHROME_PHRASES = re.compile(
    r"""(?ix)
    all\ rights\ reserved | alle\ rechte\ vorbehalten | ^\s*(?:copyright\b|©)
    | this\ (?:article|story|text)\ (?:has\ been|was)\ (?:automatically|machine)[-\ ]translated
    | (?:dieser\ (?:artikel|beitrag|text)\ wurde\ (?:automatisch|maschinell)\ übersetzt)
    | ^\s*read\ the\ original\ article | ^\s*(?:lesen\ sie\ )?(?:hier\ )?den\ (?:original|ursprünglichen\ )artikel
    | willkommen\ in\ unserer\ community | netiquette | community-team | community\ team
    | user-beiträge | nutzer-beiträge | kommentarfunktion | diskussionsforum | melde-\ und\ abhilfestelle
    | community\ (?:guidelines|standards|rules) | comment(?:ing)?\ (?:policy|guidelines|rules)
    | comments\ are\ (?:moderated|closed) | kommentare\ (?:werden\ moderiert|sind\ geschlossen)
    | ^\s*(?:prev(?:ious)?|next|zurück|weiter|vorheriger|nächster)(?:\ (?:article|post|story|artikel|beitrag))?\ [^.]{0,200}$
    | ^\s*(?:read\ (?:also|more)|see\ also|lesen\ sie\ (?:auch|mehr)|siehe\ auch|mehr\ zum\ thema|auch\ interessant|related)\s*:
    | ^\s*(?:foto|fotos|photo|photos|bild|bilder|image|images|picture|credit|credits|bildquelle|fotocredit)\s*:\s*\S.{0,150}$
    | ^\s*\(\s*(?:foto|photo|bild|image|credit|quelle|source)\s*:[^)]{1,150}\)\s*$
    """
)

# Cookie banners: the word plus what banners ask for.
_COOKIE = re.compile(r"(?i)\bcookies?\b")
_COOKIE_ASK = re.compile(
    r"(?i)\b(?:accept|consent|agree|continu|use of|we use|uses|akzeptier|zustimm|einverstanden|verwende|nutz|datenschutz|privacy|einstellungen|settings)"
)

# A caption ends in a parenthesised credit: "(Bild: APA/AP)", "(AP Photo/Evan Vucci)".
_TRAILING_CREDIT = re.compile(
    r"(?i)\((?:foto|photo|bild|image|credit|quelle|source)\s*:[^)]{1,150}\)\s*$"
    r"|\((?:ap|afp|reuters|dpa|getty)[ /](?:photo|images|foto)?[^)]{0,100}\)\s*$"
)
_CREDIT_LINE = re.compile(
    r"(?i)^\s*(?:\(\s*)?(?:foto|fotos|photo|photos|bild|bilder|image|picture|credit|bildquelle)\s*:"
)
_IMAGE_CHROME = re.compile(r"(?i)^(?:im vollbildmodus öffnen|vollbild(?:modus)?|open in full\s?screen(?: mode)?|enlarge (?:image|photo))$")

# A masthead: a domain with a tagline, "SpaceWar.com - Your World At War".
MASTHEAD = re.compile(
    r"^(?P<site>[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:com|net|org|info|news|de|at|ch|co\.uk|uk|eu|fr|it|es|io|tv))\s+[-–—|:]\s+(?P<tagline>.{3,80})$"
)

# Date-only lines: "16.12.2024 19:41", "date 2024-12-16 Vorteilswelt", "Dec 16, 2024".
_MONTHS = (
    r"(?:jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch)?|mär(?:z)?|apr(?:il)?|may|mai|june?|juni|july?|juli|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?)\.?"
)
DATE_TOKEN = re.compile(
    rf"(?ix)\b(?:\d{{4}}-\d{{2}}-\d{{2}}(?:T[\d:.+Z-]+)? | \d{{1,2}}\.\s?\d{{1,2}}\.\s?\d{{4}} | \d{{1,2}}/\d{{1,2}}/\d{{4}}"
    rf" | {_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}} | \d{{1,2}}\.?\s+{_MONTHS}\s+\d{{4}})"
)
_TIME_TOKEN = re.compile(r"(?i)\b\d{1,2}[:.]\d{2}(?:\s?(?:uhr|am|pm|a\.m\.|p\.m\.|cet|cest|utc|gmt|et|est|edt))?\b")
_DATE_WORDS = re.compile(
    r"(?i)\b(?:date|datum|published|veröffentlicht|updated|aktualisiert|posted|stand|am|on|um|at|last|zuletzt|modified|geändert)\b:?"
)
# A dateline with a wire tag on a line of its own: "Washington, Dec 16 (AFP) Dec 16, 2024".
WIRE_TAG = r"(?:AFP|Reuters|AP|dpa|APA|KNA|epd|SDA|Xinhua|Yonhap|Kyodo|TASS|Interfax|UPI|Anadolu|ANSA|EFE|Bloomberg)"
DATELINE = re.compile(rf"^[A-ZÄÖÜ][\w .'’-]{{1,40}}(?:,\s*[\w .]{{1,20}})?\s*\({WIRE_TAG}\)\s*(?:[-–—:]\s*)?(?P<rest>.*)$")

_LETTER_OR_DIGIT = re.compile(r"\w")
_SENTENCE_END = re.compile(r"""[.!?…:;]["'”“’»«)\]]*$""")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_LIST_MARKER = re.compile(r"^(?:[-–•*·]|\d+[.)])\s+")


@dataclass
class LineLabel:
    text: str
    boilerplate: bool
    reason: str  # the rule that decided; "body" for kept lines


def _words(line: str) -> int:
    return len(_WORD.findall(line))


def _is_sentence_like(line: str) -> bool:
    """A body paragraph: long enough and ending like prose."""
    n = _words(line)
    return (n >= 8 and bool(_SENTENCE_END.search(line))) or n >= 30


def _is_short_unpunctuated(line: str, max_words: int = 15) -> bool:
    return _words(line) <= max_words and not _SENTENCE_END.search(line)


def _is_date_line(line: str) -> bool:
    """A line that only gives a date (and time), perhaps with a label or a section word."""
    if not DATE_TOKEN.search(line):
        return False
    rest = _DATE_WORDS.sub(" ", _TIME_TOKEN.sub(" ", DATE_TOKEN.sub(" ", line)))
    leftover = _WORD.findall(rest)
    return len(leftover) <= 2 and all(_CHROME_LINES.fullmatch(w) for w in leftover)


def _is_dateline(line: str) -> bool:
    m = DATELINE.match(line)
    if not m:
        return False
    rest = m.group("rest").strip()
    return not rest or _is_date_line(rest)


def caption_key(line: str) -> str:
    """What a caption says without its credit, for spotting a caption printed twice."""
    line = _TRAILING_CREDIT.sub("", line)
    return " ".join(_WORD.findall(line.lower()))


def lexicon_reason(line: str) -> str | None:
    """The lexicon rule a single line matches, or None."""
    core = line.strip(" -–—|·•*>»«:,.!?")
    if not _LETTER_OR_DIGIT.search(line):
        return "no_letters"
    if _CHROME_LINES.fullmatch(core):
        return "chrome_line"
    if _CHROME_PHRASES.search(line):
        return "chrome_phrase"
    if _COOKIE.search(line) and _COOKIE_ASK.search(line) and _words(line) <= 80:
        return "cookie_notice"
    if MASTHEAD.match(line):
        return "masthead"
    if _words(line) <= 12 and (_is_date_line(line) or _is_dateline(line)):
        return "date_line"
    if _TRAILING_CREDIT.search(line):
        return "caption_with_credit"
    return None


def classify_lines(lines: list[str]) -> list[LineLabel]:
    """Label each line (lines are normalised; blank lines may be present and are skipped)."""
    idx = [i for i, line in enumerate(lines) if line.strip()]
    text = {i: lines[i].strip() for i in idx}
    reason: dict[int, str | None] = {i: lexicon_reason(text[i]) for i in idx}

    # Captions: a line right before a credit line, when it follows image chrome or is short.
    for k, i in enumerate(idx[:-1]):
        nxt = idx[k + 1]
        if reason[i] is None and _CREDIT_LINE.match(text[nxt]):
            after_chrome = k > 0 and bool(_IMAGE_CHROME.match(text[idx[k - 1]]))
            if after_chrome or len(text[i]) <= 200:
                reason[i] = "caption_before_credit"

    # Repeated lines: the second copy of a caption or headline.
    seen: set[str] = set()
    for i in idx:
        key = caption_key(text[i])
        if not key:
            continue
        if key in seen and reason[i] is None:
            reason[i] = "repeated_line"
        seen.add(key)

    # Link lists: four or more short lines in a row, mostly without sentence punctuation
    # (related headlines, section menus). Lexicon lines inside the run do not break it.
    first_anchor = next((i for i in idx if reason[i] is None and _is_sentence_like(text[i])), None)
    run: list[int] = []
    for i in idx + [None]:
        if i is not None and _words(text[i]) <= 15 and not _LIST_MARKER.match(text[i]):
            run.append(i)
            continue
        open_lines = [j for j in run if reason[j] is None]
        unpunctuated = sum(1 for j in open_lines if not _SENTENCE_END.search(text[j]))
        if len(open_lines) >= 4 and unpunctuated >= 0.75 * len(open_lines) and first_anchor is not None and run[0] > first_anchor:
            for j in open_lines:
                reason[j] = "link_list"
        run = []

    # Position: the body ends at the last prose paragraph not already boilerplate; after it,
    # short unpunctuated lines and runs of short lines are footers and related headlines.
    anchors = [i for i in idx if reason[i] is None and _is_sentence_like(text[i])]
    if anchors:
        tail = [i for i in idx if i > anchors[-1]]
        for k, i in enumerate(tail):
            if reason[i] is not None:
                continue
            if _is_short_unpunctuated(text[i]):
                reason[i] = "tail_short_line"
            elif _words(text[i]) <= 15 and _run_length(tail, text, k) >= 3:
                reason[i] = "tail_link_list"

    # A lone short header squeezed between boilerplate ("Kommentare").
    for k, i in enumerate(idx):
        if reason[i] is None and _words(text[i]) <= 3 and not _SENTENCE_END.search(text[i]):
            before = reason[idx[k - 1]] if k > 0 else None
            after = reason[idx[k + 1]] if k + 1 < len(idx) else "end"
            if before and after and k > 0:
                reason[i] = "between_boilerplate"

    return [LineLabel(text[i], reason[i] is not None, reason[i] or "body") for i in idx]


def _run_length(tail: list[int], text: dict[int, str], k: int) -> int:
    """Length of the run of short lines (at most 15 words) that contains tail[k]."""
    short = [_words(text[i]) <= 15 for i in tail]
    lo = k
    while lo > 0 and short[lo - 1]:
        lo -= 1
    hi = k
    while hi + 1 < len(short) and short[hi + 1]:
        hi += 1
    return hi - lo + 1
