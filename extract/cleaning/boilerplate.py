"""Line classifier: article body or site boilerplate, for English and German pages.

Copied article text (and trafilatura's output) still carries the site around the story:
ad markers, cookie notices, comment counts and comment policies, image chrome, photo
credits and captions, prev/next links, lists of related headlines, copyright footers,
mastheads, date lines. Each non-blank line gets a label with the rule that decided it.

Rules:
1. a lexicon (English and German) of whole lines ("ADVERTISEMENT", "0 Kommentare",
   "Im Vollbildmodus öffnen", section names, share buttons), of telltale phrases (copyright
   footers, comment policies, MT notices, prev/next links, "Read more: ..."), promotions,
   cookie notices, breadcrumbs, bylines, mastheads, date lines and datelines;
2. lines without any letter or digit (">>>>", "-");
3. image chrome: a caption ending in a credit, a line right before a credit line, and a
   line repeating one of the two lines before it (a caption or headline printed twice);
4. link lists: the short lines after a list header ("Related", "Mehr zum Thema"), and,
   after the last prose paragraph, runs of four or more headline-like lines;
5. a short label between boilerplate lines, or after the article right before boilerplate
   ("Kommentare", a category tag "Canada").

Headlines, kickers and cross-heads are article content: a short line in the middle of the
article or before the first paragraph is kept unless a rule above says otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.datelines import DATELINE

# --- lexicon ---------------------------------------------------------------------------

# Whole lines (after trimming punctuation and spaces at both ends) that are site chrome.
_CHROME_LINES = re.compile(
    r"""(?ix)
    (?:[-–—]\s*)?(?:advertisement|advertising|anzeige|werbung|sponsored(?:\ content)?|gesponsert|ad|promoted)(?:\s*[-–—])?
    | source\ link | quelle | source | original\ source
    | read\ more | read\ full\ (?:article|story) | continue\ reading | mehr\ lesen | weiterlesen | mehr\ dazu
    | leave\ a\ (?:comment|reply) | post\ a\ comment | add\ a\ comment | join\ the\ (?:conversation|discussion)
    | kommentar\ (?:schreiben|verfassen|abgeben) | jetzt\ kommentieren | diskutieren\ sie\ mit
    | \d*\s*(?:comments?|kommentare?|antworten|replies|reaktionen|shares?)(?:\s*\(\d+\))?
    | (?:politik|wirtschaft|sport|kultur|panorama|ausland|inland|meinung|wissen|digital|regional|lokales
       |politics|world|business|sports?|opinion|culture|lifestyle|entertainment|technology|tech|science|health|local)
    | (?:by|von)\ (?:afp|ap|apa|dpa|reuters|kna|epd|sda|ansa|efe|xinhua|upi|agencies|agenturen|wire\ services?)(?:\ (?:staff|and|und)\ .{0,30})?
    | share(?:\ (?:this|on)(?:\ (?:article|story|page|facebook|twitter|x))?)? | teilen | artikel\ teilen | beitrag\ teilen
    | tweet | print | drucken | e-?mail | whatsapp | facebook | twitter | linkedin | telegram | flipboard | pinterest | copy\ link | link\ kopieren
    | subscribe | abonnieren | jetzt\ abonnieren | newsletter | sign\ up | anmelden | log\ ?in | register | registrieren
    | follow\ us(?:\ on\ .{1,40})? | folgen\ sie\ uns(?:\ auf\ .{1,40})?
    | back\ to\ top | nach\ oben | zum\ seitenanfang | home | startseite | menu | menü | search | suche
    | im\ vollbildmodus\ öffnen | vollbild(?:modus)? | open\ in\ full\s?screen(?:\ mode)? | full\s?screen | zoom | bild\ vergrößern | enlarge\ (?:image|photo)
    | vorteilswelt | nachrichten | news | aktuelles | schlagzeilen | video | audio | podcast | galerie | gallery | bildergalerie | fotostrecke
    | (?:by|von|posted\ by|written\ by|geschrieben\ von)\ (?:admin|administrator|editor|redaktion|staff|team|newsdesk|web\ desk)
    | loading(?:\.\.\.)? | wird\ geladen | lädt
    | tell\ us\ what\ you\ think | have\ a\ tip | something\ to\ consider
    | skip\ to\ (?:main\ )?content | zum\ inhalt\ springen | direkt\ zum\ inhalt
    | \d+\s*(?:min|mins|minutes?)\ read | lesezeit:?\ \d+\s*min(?:\.|uten?)?
    | listen\ to\ (?:this|the)\ (?:article|story) | (?:hören\ sie\ )?(?:hier\ )?(?:den|diesen)\ artikel\ (?:anhören|vorlesen\ lassen)?
    | hören\ sie\ hier\ den\ artikel | artikel\ anhören | vorlesen
    | reply | report | melden | like | gefällt\ mir | empfehlen
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
    | ^\s*(?:(?-i:PREV|NEXT|PREVIOUS)|(?:previous|next)\ (?:article|post|story)|(?:vorheriger|nächster)\ (?:artikel|beitrag))\b[^.]{0,200}$
    | ^\s*(?:zurück\ zu(?:r|m)?\ (?:startseite|übersicht|artikel)|back\ to\ (?:home|homepage|top|the\ article))
    | ^\s*(?:read\ (?:also|more)|see\ (?:also|more)|lesen\ sie\ (?:auch|mehr)|siehe\ auch|mehr\ zum\ thema|auch\ interessant
            |related|more|also|watch|listen|further\ reading|filed\ under|tags?|tagged|categor(?:y|ies)|kategorien?|schlagwörter
            |themen|source|quelle)\s*:\s*\S.{0,150}$
    | ^\s*\(\s*(?:quelle|source)\s*:[^)]{1,150}\)\s*$
    | ^\s*\(?\s*(?:additional\ )?(?:reporting|writing|editing|compiled|zusammengestellt)\ (?:by|von)\ [^.]{2,150}\)?\s*$
    | ^\s*our\ standards\s*:
    """
)

# A comment section: its header, and what only comment sections show (reply and report
# buttons, "2 hours ago", login prompts). From a header followed by such a sign, the rest of
# the page is comments.
_COMMENTS_HEADER = re.compile(
    r"(?i)(?:\d+\s*)?(?:kommentare|comments|leserkommentare|reader comments|diskussion|discussion)(?:\s*\(\d+\))?"
)
_COMMENT_UI = re.compile(
    r"(?i)^(?:antworten|reply|melden|report|gefällt mir|like)$|\bvor \d+ (?:sekunden|minuten|stunden|tagen)\b"
    r"|\b\d+ (?:seconds|minutes|hours|days) ago\b|(?:melden|loggen) sie sich an|log ?in to (?:comment|reply)"
    r"|sign in to (?:comment|reply)|netiquette|community guidelines"
)
COMMENT_LOOKAHEAD = 5

# Promotion of the outlet itself: newsletters, subscriptions, social accounts. Only in
# short lines, where the pitch is the whole point of the line.
_PROMO = re.compile(
    r"""(?ix)
    (?:subscribe|sign\ up)\ (?:to|for)\ (?:our|the|\w+[’']s)\ .{0,40}newsletters? | delivered\ to\ your\ inbox | right\ in\ your\ inbox
    | newsletter\ abonnieren | jetzt\ (?:abonnieren|anmelden|registrieren) | if\ you\ enjoyed\ this\ article
    | click\ here\ to\ (?:subscribe|get|download|read|sign) | klicken\ sie\ hier
    | follow\ (?:us|him|her|them|[\w-]+)\ on\ (?:twitter|facebook|instagram|x|linkedin|youtube|tiktok)
    | folgen\ sie\ (?:uns|\w+)\ (?:auf|bei)\ (?:twitter|facebook|instagram|x) | join\ (?:us|our\ community)\ on
    | (?:download|get)\ (?:our|the)\ (?:free\ )?app | unterstützen\ sie\ (?:uns|unseren\ journalismus)
    | support\ (?:our|independent)\ journalism | become\ a\ (?:member|subscriber|patron)
    """
)

# Cookie banners: the word plus what banners ask for.
_COOKIE = re.compile(r"(?i)\bcookies?\b")
_COOKIE_ASK = re.compile(
    r"(?i)\b(?:accept|consent|agree|continu|use of|we use|uses|akzeptier|zustimm|einverstanden|verwende|nutz|datenschutz|privacy|einstellungen|settings)"
)
# ... on a web page (not the biscuits).
_COOKIE_WEB = re.compile(
    r"(?i)\b(?:web\s?site|site|seite|webseite|browser|experience|erlebnis|privacy|datenschutz|settings|einstellungen|tracking|partner|consent|einwillig)"
)

# A caption ends in a parenthesised credit: "(Bild: APA/AP)", "(AP Photo/Evan Vucci)".
_TRAILING_CREDIT = re.compile(
    r"(?i)\((?:foto|photo|bild|image|credit|quelle|source)\s*:[^)]{1,150}\)\s*$"
    r"|\((?:ap|afp|reuters|dpa|getty)[ /](?:photo|images|foto)?[^)]{0,100}\)\s*$"
    # "... Seoul, December 17, 2024. REUTERS/Kim Hong-Ji" (agency in capitals, then the photographer)
    r"|(?-i:\b(?:REUTERS|AFP|AP|EPA|DPA|ANP|AAP|XINHUA|KCNA|YONHAP|POOL)(?:/[A-Z]+)*)/\s?[\w .'’-]{2,60}$"
)
# A photo credit on its own line: "Foto: Getty Images / PHIL NIJHUIS / AFP", "(Bild: APA/AP)".
_CREDIT_LINE = re.compile(
    r"(?i)^\s*\(?\s*(?:foto|fotos|photo|photos|bild|bilder|image|images|picture|credit|credits|bildquelle|fotocredit)\s*:\s*\S"
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
_TIME_TOKEN = re.compile(r"(?i)\b\d{1,2}[:.]\d{2}(?:\s?(?:uhr|am|pm|a\.m\.|p\.m\.)(?!\w))?")
_TIME_ZONES = {"AM", "PM", "UTC", "GMT", "CET", "CEST", "MEZ", "MESZ", "ET", "EST", "EDT", "PT", "PST", "PDT", "BST", "UHR"}
_DATE_LABELS = r"date|datum|published|veröffentlicht|updated|aktualisiert|posted|stand|zuletzt|modified|geändert|erstellt"
_DATE_LABEL = re.compile(rf"(?i)\b(?:{_DATE_LABELS})\b")
_DATE_WORDS = re.compile(rf"(?i)\b(?:{_DATE_LABELS}|am|on|um|at|last)\b:?")


# A byline: "By Jane Doe", "Von Anna Müller und Jan Schmidt", "By Jane Doe, Reuters".
BYLINE = re.compile(
    r"^(?i:by|von|written by|geschrieben von|text:)\s+(?P<author>[A-ZÄÖÜ][\w.'’-]+(?:\s+(?:(?:and|und|&|de|van|von|der)\s+)?[A-ZÄÖÜ][\w.'’-]+){0,5})"
    r"(?:\s*[,|/]\s*[\w .'’-]{1,40})?$"
)
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_SENTENCE_END = re.compile(r"""[.!?…:;]["'”“’»«)\]]*$""")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_STARTS_WITH_NUMBER = re.compile(rf"(?i)^(?:\d|{_MONTHS}\s+\d)")
REPEAT_WINDOW = 2
LINK_LIST_MEAN_WORDS = 6.5  # headlines are long; fact boxes and menus are short
# Headers that introduce lists of links to other stories.
_LIST_HEADER = re.compile(
    r"(?i)related(?: (?:articles?|stories|news|posts|content))?|more|also|see (?:also|more)|read more|further reading"
    r"|you (?:may|might) also like|recommended(?: for you)?|more (?:from|on) this (?:story|topic)|more stories|top stories"
    r"|most (?:read|popular|viewed)(?: in [\w ]{1,30})?|trending(?: now)?|editor'?s picks|weitere artikel|mehr artikel"
    r"|mehr zum thema|das könnte (?:sie|dich) (?:auch )?interessieren|auch interessant|meistgelesen|empfehlungen"
    r"|don'?t miss|nicht verpassen"
)
_BREADCRUMB_SEP = re.compile(r"\s+[|›»>/·•]\s+")
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


def _is_date_line(line: str) -> bool:
    """A line that only gives a date or a time stamp, perhaps with a label, a section word or a
    byline ("5:45 AM PST 11/19/2019 by Patrick Shanley"). Two bare dates are a date range:
    content ("29 November 2018 | 20 January 2019")."""
    dates = DATE_TOKEN.findall(line)
    labelled = bool(_DATE_LABEL.search(line))
    if not dates and not (labelled and _TIME_TOKEN.search(line)):
        return False
    if len(dates) > 1 and not labelled:
        return False
    rest = _DATE_WORDS.sub(" ", _TIME_TOKEN.sub(" ", DATE_TOKEN.sub(" ", line)))
    leftover = [w for w in _WORD.findall(rest) if w.upper() not in _TIME_ZONES]
    if leftover and leftover[0].lower() in ("by", "von") and len(leftover) <= 4:
        return True
    return len(leftover) <= 2 and all(_CHROME_LINES.fullmatch(w) for w in leftover)


def _is_breadcrumb(line: str) -> bool:
    """"Home | World | Asia", "Startseite > Politik > Ausland": three or more one-to-three-word
    items joined by separators (a table row, which starts with a bar, is not one)."""
    if line.startswith("|"):
        return False
    items = [x.strip() for x in _BREADCRUMB_SEP.split(line)]
    return len(items) >= 3 and all(1 <= _words(x) <= 3 and not _SENTENCE_END.search(x) for x in items)


def _is_dateline(line: str) -> bool:
    # a dateline with a wire tag on a line of its own: "Washington, Dec 16 (AFP) Dec 16, 2024"
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
    if _LIST_HEADER.fullmatch(core):
        return "list_header"
    if _CREDIT_LINE.match(line) and _words(line) <= 25:
        return "photo_credit"
    if _CHROME_PHRASES.search(line):
        return "chrome_phrase"
    if _PROMO.search(line) and _words(line) <= 40:
        return "promotion"
    if _COOKIE.search(line) and _COOKIE_ASK.search(line) and _COOKIE_WEB.search(line) and _words(line) <= 80:
        return "cookie_notice"
    if _is_breadcrumb(line):
        return "navigation"
    if _words(line) <= 10 and BYLINE.match(line):
        return "byline"
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

    # Repeated lines: the second copy of a caption or headline, printed right after the first.
    # (Far-apart repeats are structure: "Meal 1 / Meal 2", recurring table rows.)
    recent: list[str] = []
    for i in idx:
        key = caption_key(text[i])
        if key and key in recent and reason[i] is None:
            reason[i] = "repeated_line"
        recent = (recent + [key])[-REPEAT_WINDOW:]

    # Prose paragraphs anchor the article: long lines ending like prose, not inside a run of
    # short lines (a related headline can end in a full stop: "... F-35 jets from U.S.").
    short_runs = {i for run in _runs(idx, lambda i: _words(text[i]) <= 15) if len(run) >= 4 for i in run}
    anchors = [i for i in idx if reason[i] is None and _is_sentence_like(text[i]) and i not in short_runs]
    first_anchor = anchors[0] if anchors else None

    # Link lists introduced by a header ("Related", "More:", "Most read"): the short lines
    # that follow the header, up to the next prose paragraph.
    for k, i in enumerate(idx):
        if reason[i] == "list_header":
            for j in idx[k + 1 :]:
                if _is_sentence_like(text[j]) or _words(text[j]) > 15:
                    break
                reason[j] = reason[j] or "list_after_header"

    # Related-headline lists after the article: a run of four or more headline-like lines
    # (several words each, no sentence punctuation, not a table row, not starting with a
    # number or date as schedules and fact boxes do). Labelled lines do not break the run.
    tail = [i for i in idx if anchors and i > anchors[-1]]
    for run in _runs(tail, lambda i: _words(text[i]) <= 15 and not _LIST_MARKER.match(text[i])):
        open_lines = [j for j in run if reason[j] is None]
        if len(open_lines) < 4:
            continue
        headline_like = [
            j for j in open_lines
            if not _SENTENCE_END.search(text[j]) and not _STARTS_WITH_NUMBER.match(text[j]) and "|" not in text[j]
        ]
        mean_words = sum(_words(text[j]) for j in open_lines) / len(open_lines)
        if len(headline_like) >= 0.75 * len(open_lines) and mean_words >= LINK_LIST_MEAN_WORDS:
            for j in open_lines:
                reason[j] = "link_list"

    # A comment section runs to the end of the page.
    for k, i in enumerate(idx):
        if first_anchor is not None and i > first_anchor and _COMMENTS_HEADER.fullmatch(text[i].strip(" :.-–—|")):
            if any(_COMMENT_UI.search(text[j]) for j in idx[k + 1 : k + 1 + COMMENT_LOOKAHEAD]):
                for j in idx[k:]:
                    reason[j] = reason[j] or "comment_section"
                break

    # After the last prose paragraph: a stray short label just before more boilerplate
    # (a category tag "Canada" above the prev/next links).
    if tail:
        for k, i in enumerate(tail[:-1]):
            if reason[i] is None and _words(text[i]) <= 3 and not _SENTENCE_END.search(text[i]) and reason[tail[k + 1]]:
                reason[i] = "tail_label"

    # A lone short header squeezed between boilerplate ("Kommentare" between notices).
    for k, i in enumerate(idx[1:-1], start=1):
        if reason[i] is None and _words(text[i]) <= 3 and not _SENTENCE_END.search(text[i]):
            if reason[idx[k - 1]] and reason[idx[k + 1]]:
                reason[i] = "between_boilerplate"

    return [LineLabel(text[i], reason[i] is not None, reason[i] or "body") for i in idx]


def _runs(indices: list[int], member) -> list[list[int]]:
    """Maximal runs of consecutive entries of `indices` for which member(i) holds."""
    runs: list[list[int]] = [[]]
    for i in indices:
        if member(i):
            runs[-1].append(i)
        elif runs[-1]:
            runs.append([])
    return [r for r in runs if r]
