"""Signs that a text is machine-translated, and the repair of one unambiguous artefact.

1. A notice: "This article has been automatically translated" (and German variants).
2. German MT glue: a reporting verb fused onto the word before it where the source had a
   comma, "... Sicherheit darsagte Mark Rutte", "... fortsetzen kannfügte er hinzu". The
   fused word must be followed by a speaker (a pronoun or a capitalised name) and must not
   be a real compound with a verb particle ("aussagte", "hinzufügte", "beschrieb").
"""

from __future__ import annotations

import re

MT_NOTICE = re.compile(
    r"(?i)\b(?:this (?:article|story|text|page) (?:has been|was|is) (?:automatically|machine)[- ]translated"
    r"|(?:automatically|machine)[- ]translated (?:from|by)"
    r"|(?:dieser|der) (?:artikel|beitrag|text) wurde (?:automatisch|maschinell) übersetzt"
    r"|(?:automatisch|maschinell) übersetzt(?:er)? (?:artikel|text|beitrag))"
)

_REPORTING_VERBS = (
    "sagte|sagten|fügte|fügten|schrieb|schrieben|erklärte|erklärten|betonte|betonten|warnte|warnten"
    "|meinte|meinten|berichtete|berichteten"
)
# Separable and inseparable verb prefixes that make real words out of these verbs.
_PARTICLES = {
    "ab", "an", "auf", "aus", "be", "bei", "dazu", "durch", "ein", "ent", "er", "fest", "fort", "gut",
    "her", "heraus", "herum", "hin", "hinein", "hinzu", "kund", "los", "miss", "mit", "nach", "ober",
    "um", "un", "unter", "ver", "voran", "voraus", "vor", "vorher", "vorweg", "wahr", "weis",
    "wider", "wieder", "zer", "zu", "zurück", "zusammen", "über",
}  # fmt: skip
_FUSED = re.compile(
    rf"\b(?P<head>[a-zäöüß]{{2,}}?)(?P<verb>{_REPORTING_VERBS})\s+(?P<speaker>er|sie|es|der|die|das|ein|eine|[A-ZÄÖÜ][\w-]+)\b"
)


def _fusions(text: str):
    for m in _FUSED.finditer(text):
        head = m.group("head")
        # "vorhergesagte", "abgesagte": a participle, not a fusion.
        if head not in _PARTICLES and not head.endswith("ge"):
            yield m


def has_mt_notice(text: str) -> bool:
    return bool(MT_NOTICE.search(text))


def has_mt_glue(text: str) -> bool:
    return any(True for _ in _fusions(text))


def repair_mt_glue(text: str) -> str:
    """Put back the comma MT swallowed: "darsagte Mark Rutte" -> "dar, sagte Mark Rutte"."""
    out, last = [], 0
    for m in _fusions(text):
        out.append(text[last : m.start("verb")])
        out.append(", ")
        last = m.start("verb")
    out.append(text[last:])
    return "".join(out)
