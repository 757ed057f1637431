"""A synthetic landing corpus of any size, grown from the sample articles.

Every document is a variation of one sample article (optionally extended with paragraphs of
another one in the same language): paragraphs and sentences shuffled, figures changed,
boilerplate blocks (cookie banners, ads, newsletter prompts, comment sections) inserted, and
half of them wrapped in a full HTML page. A few are exact copies (same bytes) or near copies
(one figure changed) of an earlier document, as syndication produces. Document i depends only
on (seed, i), so a corpus can be extended by a later day without changing the earlier ones.
"""

from __future__ import annotations

import html
import random
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "data" / "raw"
FIRST_DAY = date(2024, 10, 1)  # the first day of the pipeline's partitions
DOCS_PER_DAY = 100
EXACT_COPY_RATE = 0.04
NEAR_COPY_RATE = 0.06
HTML_RATE = 0.5
EXTEND_RATE = 0.4
COPY_WINDOW = 300  # a copy repeats one of the 300 documents before it

_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,]\d{3})*(?![\w.,]\d)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ\"“„])")
_GERMAN = re.compile(r"\b(der|die|das|und|nicht|mit|sich|wurde|dass)\b", re.I)

BOILERPLATE = {
    "en": [
        "We use cookies to improve your experience. By continuing to browse you accept our cookie policy. Accept all | Manage settings",
        "ADVERTISEMENT",
        "Sign up for our daily newsletter and get the top stories in your inbox every morning.",
        "Read more: The latest from the front line",
        "Share this article: Facebook Twitter WhatsApp Email",
        "Comments (12)\nJohn_D: This is getting out of hand.\nmaria77: Source? I read something else yesterday.",
        "Related: Ten things to know about the conflict | Photo gallery | Live blog",
        "Copyright 2024. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
    ],
    "de": [
        "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Alle akzeptieren | Einstellungen",
        "ANZEIGE",
        "Abonnieren Sie unseren Newsletter und erhalten Sie die wichtigsten Nachrichten jeden Morgen.",
        "Lesen Sie auch: Die neuesten Entwicklungen im Überblick",
        "Artikel teilen: Facebook Twitter WhatsApp E-Mail",
        "Kommentare (8)\nLeser42: Das ist doch unglaublich.\nHans M.: Woher stammen diese Zahlen?",
        "Mehr zum Thema: Liveblog | Bildergalerie | Hintergrund",
        "© 2024 Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung.",
    ],
}
OUTLETS = ["World Desk", "Daily Courier", "Nachrichten Heute", "Global Times Online", "Frontline Report", "Rundschau"]
NAV = ["Home", "World", "Politics", "Business", "Sport", "Opinion", "Video", "Podcasts"]


@dataclass(frozen=True)
class Article:
    language: str
    title: str
    paragraphs: tuple[str, ...]


@dataclass
class CorpusStats:
    documents: int = 0
    bytes: int = 0
    days: set[str] = field(default_factory=set)
    kinds: Counter = field(default_factory=Counter)

    def as_dict(self) -> dict:
        return {"documents": self.documents, "bytes": self.bytes, "days": len(self.days), **dict(self.kinds)}


def load_articles(sample_dir: Path = SAMPLE_DIR) -> list[Article]:
    """The sample files as (language, title, paragraphs); one non-empty line is one paragraph."""
    articles = []
    for path in sorted(sample_dir.glob("*/*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        language = "de" if len(_GERMAN.findall(" ".join(lines))) > 20 else "en"
        articles.append(Article(language, lines[0], tuple(lines[1:])))
    if not articles:
        raise FileNotFoundError(f"no sample articles under {sample_dir}")
    return articles


def change_numbers(text: str, rng: random.Random, rate: float = 0.5) -> str:
    """Scale some figures by 0.5-2x (years are kept: dates stay plausible)."""

    def swap(m: re.Match) -> str:
        digits = re.sub(r"\D", "", m.group())
        value = int(digits)
        if 1900 <= value <= 2100 or rng.random() > rate:
            return m.group()
        return str(max(1, round(value * rng.uniform(0.5, 2.0))))

    return _NUMBER.sub(swap, text)


def shuffle_sentences(paragraph: str, rng: random.Random) -> str:
    sentences = _SENTENCE_END.split(paragraph)
    rng.shuffle(sentences)
    return " ".join(sentences)


def variation(articles: list[Article], rng: random.Random) -> tuple[str, str, list[str]]:
    """(language, title, paragraphs) of a new article grown from a random sample."""
    base = rng.choice(articles)
    body = list(base.paragraphs)
    if rng.random() < EXTEND_RATE:
        same = [a for a in articles if a.language == base.language and a is not base] or [base]
        body += list(rng.choice(same).paragraphs)
    # Keep the lead paragraph, shuffle the rest; shuffle sentences inside a few paragraphs.
    rest = body[1:]
    rng.shuffle(rest)
    body = [body[0], *rest]
    body = [shuffle_sentences(p, rng) if rng.random() < 0.2 else p for p in body]
    body = [change_numbers(p, rng) for p in body]
    for _ in range(rng.randint(0, 3)):
        body.insert(rng.randint(1, len(body)), rng.choice(BOILERPLATE[base.language]))
    return base.language, change_numbers(base.title, rng), body


def as_text(title: str, paragraphs: list[str]) -> str:
    return "\n\n".join([title, *paragraphs]) + "\n"


def as_html(title: str, paragraphs: list[str], language: str, day: date, rng: random.Random) -> str:
    outlet = rng.choice(OUTLETS)
    esc = html.escape
    nav = "".join(f'<li><a href="/{n.lower()}">{n}</a></li>' for n in NAV)
    body = "\n".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)
    related = "".join(f'<li><a href="/story/{rng.randint(1000, 9999)}">{esc(t)}</a></li>'
                      for t in rng.sample(BOILERPLATE[language], 3))
    return f"""<!DOCTYPE html>
<html lang="{language}"><head><meta charset="utf-8">
<title>{esc(title)} | {outlet}</title>
<meta property="og:site_name" content="{outlet}">
<meta property="article:published_time" content="{day.isoformat()}T{rng.randint(6, 22):02d}:00:00Z">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
<style>body {{ font-family: sans-serif; }} .ad {{ height: 250px; }}</style>
</head><body>
<header><div class="logo">{outlet}</div><nav><ul>{nav}</ul></nav></header>
<div class="cookie-banner">{esc(BOILERPLATE[language][0])}</div>
<main><article>
<h1>{esc(title)}</h1>
<p class="byline">{day.strftime('%d %B %Y')}</p>
{body}
</article>
<aside class="related"><h2>Related</h2><ul>{related}</ul></aside>
<div class="ad">{esc(BOILERPLATE[language][1])}</div>
</main>
<footer><p>{esc(BOILERPLATE[language][-1])}</p><a href="/imprint">Imprint</a> <a href="/privacy">Privacy</a></footer>
</body></html>
"""


def document(articles: list[Article], seed: int, i: int) -> tuple[str, bytes, str]:
    """(file suffix, bytes, kind) of document i. A copy repeats one of the COPY_WINDOW
    documents before it (regenerated: i depends on nothing but seed and i)."""
    rng = random.Random(f"{seed}:{i}")
    roll = rng.random()
    if i and roll < EXACT_COPY_RATE + NEAR_COPY_RATE:
        suffix, data, _ = document(articles, seed, i - rng.randint(1, min(i, COPY_WINDOW)))
        if roll < EXACT_COPY_RATE:
            return suffix, data, "exact_copy"
        text = data.decode("utf-8")
        edited = change_numbers(text, rng, rate=0.05)
        if edited == text:
            edited = text.replace("</article>", "<p>(Updated)</p></article>") if suffix == ".html" else text + "(Updated)\n"
        return suffix, edited.encode("utf-8"), "near_copy"
    language, title, paragraphs = variation(articles, rng)
    if rng.random() < HTML_RATE:
        return ".html", as_html(title, paragraphs, language, day_of(i), rng).encode("utf-8"), f"html_{language}"
    return ".txt", as_text(title, paragraphs).encode("utf-8"), f"text_{language}"


def day_of(i: int) -> date:
    return FIRST_DAY + timedelta(days=i // DOCS_PER_DAY)


def generate_corpus(root: Path, n_docs: int, seed: int = 1, first: int = 0,
                    sample_dir: Path = SAMPLE_DIR) -> CorpusStats:
    """Write documents first .. first+n_docs-1 to root/YYYY-MM-DD/ (DOCS_PER_DAY per day)."""
    articles = load_articles(sample_dir)
    stats = CorpusStats()
    for i in range(first, first + n_docs):
        suffix, data, kind = document(articles, seed, i)
        day = day_of(i).isoformat()
        folder = root / day
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{i:07d}{suffix}").write_bytes(data)
        stats.documents += 1
        stats.bytes += len(data)
        stats.days.add(day)
        stats.kinds[kind] += 1
    return stats
