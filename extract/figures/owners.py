"""Whose figures a speaker's own words count: "We have lost 300 soldiers" (Zelenskyy) are
Ukraine's, "the enemy has lost 30,000 troops" (Syrskyi) Russia's. Runs after claims and
figures are linked, as it needs the claim's speaker.
"""

from __future__ import annotations

import re

from extract.entities import acts_for
from extract.entities.resolve import UNKNOWN_PREFIX, state_of
from extract.figures.units import COUNT_NOUNS
from extract.models import Claim, EntityMention, Quantity

__all__ = ["own_figures"]

# "We have lost 300 soldiers", "unsere Truppen haben 40 Ortschaften befreit": in a quotation,
# the first person owns what it counts; in reported speech, a possessive that can only
# stand for the speaker ("Putin said his soldiers had taken 189 settlements") ...
_FIRST_PERSON = re.compile(r"(?i)\b(?:we|our|us|wir|unser\w*|uns)\b")
# ("his country's soldiers" are that country's: quantities.py, not whom he speaks for)
# ("die eigenen Verluste": the subject's own)
_POSSESSIVE = re.compile(r"(?i)\b(?:his|her|its|their|sein|seine\w*|ihre\w*|eigene\w*)\b(?!\s+(?:country|nation|Land))")
# ... unless it acts on the other side's: "we have killed 300 soldiers", "wir haben 30 Panzer
# zerstört". Territory taken or lost is the speaker's either way.
_HOSTILE = re.compile(
    r"(?i)\b(?:kill\w*|destroy\w*|shot|shoot\w*|eliminat\w*|neutrali[sz]\w*|captur\w*|wound\w*|hit|"
    r"struck|strik\w*|down(?:ed)?|vernicht\w*|getötet|töte\w*|zerstör\w*|abgeschossen|schoss\w*|"
    r"gefangen\w*|eliminier\w*|verwunde\w*|verletz\w*)\b")
# "its estimate", "seine Schätzung": the possessive owns the count, not what is counted
_ESTIMATE_AFTER = re.compile(
    r"(?i)\s+(?:own\s+|latest\s+|new\s+|eigene\w*\s+|neue\w*\s+|jüngste\w*\s+)?"
    rf"(?:{COUNT_NOUNS}|assessments?|data|Angaben)\b")
# "The enemy has lost 30,000 troops" (Syrskyi), "der Gegner verlor …", "30 enemy tanks": the
# other side's in this war, unless the enemy acts on them ("the enemy killed 300 soldiers")
# (not the enemy's action: "under enemy fire", "repelled 12 enemy assaults")
_ENEMY = re.compile(r"(?i)\b(?:enemy|enemy's|Feind|Feindes|feindlich\w*|Gegner|Gegners)\b"
                    r"(?!\s+(?:fire|attacks?|assaults?|shelling|advances?|offensives?|Beschuss|Angriff\w*))")
# ... up to the end of its clause: a new one, or the speaker's own after "and we"
_CLAUSE_END = re.compile(r"(?i)[;:]|\b(?:but|aber|doch)\b|,?\s+(?:and|und)\s+(?:we|wir|our|unsere?)\b")
_OPPONENT = {"Q212": "Q159", "Q159": "Q212"}  # Ukraine, Russia
_FORCE_METRICS = {"troops", "killed", "wounded", "killed_or_wounded", "weapons"}
_TERRITORY_METRICS = {"territory_km2", "settlements"}


def own_figures(quantities: list[Quantity], claims: list[Claim], entities: list[EntityMention], text: str) -> None:
    """A troop, loss, weapon or territory figure without a subject is the speaker's side's
    when the claim speaks of the speaker's own before it: the first person in a direct
    quotation ("We have lost 300 soldiers", Zelenskyy), or in reported speech a possessive
    with no one else named before it ("According to Putin, his soldiers have taken 189
    settlements"). Its subject is whom the speaker acts for (acts_for)."""
    by_id = {c.claim_id: c for c in claims}
    for q in quantities:
        claim = by_id.get(q.claim_id)
        if q.subject_id or q.metric not in _FORCE_METRICS | _TERRITORY_METRICS or claim is None \
                or claim.kind == "unattributed" or not claim.speaker_id or claim.speaker_id.startswith(UNKNOWN_PREFIX):
            continue
        if _ENEMY.search(q.text):  # "30 enemy tanks", "14 feindliche Panzer"
            q.subject_id = _opponent_of(claim)
            continue
        if not claim.char_start <= q.char_start < claim.char_end:
            own = None  # not what the claim says: '"We have no information," Peskov said when asked about the 3,000 casualties'
        elif claim.kind == "direct_quote":
            own = _FIRST_PERSON.search(text, claim.char_start, q.char_start)
        else:
            own = _POSSESSIVE.search(text, claim.char_start, q.char_start)
            if own and any(claim.char_start <= e.char_start < own.start() and not (
                    claim.speaker_start is not None and claim.speaker_start <= e.char_start < claim.speaker_end)
                    for e in entities):
                own = None  # "Zelensky said Putin had sent his soldiers": Putin's (German content holds the speaker)
            elif own and _ESTIMATE_AFTER.match(text, own.end()):
                own = None  # "Seoul raised its estimate to 3,000 casualties": whose count, not whose dead
        if own and not (q.metric in _FORCE_METRICS and _HOSTILE.search(text, own.end(), claim.char_end)):
            q.subject_id = acts_for(claim.speaker_id)
        elif not own and _enemys(claim, q, text):
            q.subject_id = _opponent_of(claim)


def _opponent_of(claim: Claim) -> str | None:
    """The other side of this war from the speaker's."""
    side = state_of(claim.speaker_affiliation or claim.speaker_name or "")
    return _OPPONENT.get(side.id) if side is not None else None


def _enemys(claim: Claim, q: Quantity, text: str) -> bool:
    """The figure counts what the speaker's enemy has: "the enemy has lost 30,000 troops, 10
    tanks and …", with nothing between them that ends the clause or acts on it ("the enemy
    killed 300 soldiers")."""
    before = list(_ENEMY.finditer(text, claim.char_start, q.char_start))
    return bool(before) and not _CLAUSE_END.search(text, before[-1].end(), q.char_start) \
        and not _HOSTILE.search(text, before[-1].end(), q.char_start)
