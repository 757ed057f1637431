"""The records the library produces. Field names are the warehouse column names.

All offsets are character offsets (Python str indices) into the cleaned text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

CLAIM_KINDS = ("direct_quote", "indirect_quote", "according_to", "unattributed")
STANCES = ("asserts", "denies", "neither")  # neither: "has not confirmed", "neither confirmed nor denied"
PERIODS = ("day", "week", "month", "year")  # what a claim's refers_to_date stands for
QUALIFIERS = ("=", "~", ">", ">=", "<", "<=")
METRICS = (
    "troops",
    "killed",
    "wounded",
    "killed_or_wounded",
    "territory_km2",
    "settlements",
    "sanctions_targets",
    "money",
    "weapons",
    "people",
    "other",  # also every rate ("3,000 troops per month": unit "troop per month"), which is no total
)


@dataclass
class RawRecord:
    """One document as it came in: the bytes whose sha256 is its doc_id."""

    source_uri: str
    content: bytes
    content_type: str  # text/plain, text/html
    # Metadata that arrived with the record (sidecar file, JSON fields, WARC headers):
    # url, title, published_at (ISO date), outlet. It wins over what cleaning guesses.
    metadata: dict = field(default_factory=dict)


@dataclass
class Rejection:
    """An input that cannot become a document, and exactly why."""

    source_uri: str
    reason: str  # a short code, see extract.reading.REJECTION_REASONS
    detail: str


@dataclass
class CleanedDocument:
    text: str
    title: str | None = None
    language: str | None = None  # ISO 639-1 code; "und" when undetermined
    is_mixed_language: bool = False
    published_at: date | None = None
    outlet: str | None = None
    wire_agency: str | None = None  # AFP, Reuters, dpa ... when the text is wire copy
    url: str | None = None
    author: str | None = None
    is_machine_translated: bool = False
    n_chars_raw: int = 0  # characters before cleaning, to audit what was removed

    @property
    def n_chars(self) -> int:
        return len(self.text)


@dataclass
class Sentence:
    sentence_idx: int
    char_start: int
    char_end: int
    text: str


@dataclass
class EntityMention:
    sentence_idx: int
    char_start: int
    char_end: int
    text: str
    label: str  # PERSON, ORG, GPE, LOC, NORP, ...
    entity_id: str  # Wikidata QID where known, else a stable id from the normalised name
    entity_name: str  # canonical name


@dataclass
class Claim:
    claim_id: str  # unique within one document; the warehouse prefixes the doc_id
    sentence_idx: int
    char_start: int  # the content: the quoted or reported words
    char_end: int
    text: str
    kind: str  # one of CLAIM_KINDS
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_id: str | None = None
    speaker_name: str | None = None
    speaker_affiliation: str | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    stance: str = "asserts"  # one of STANCES
    hedged: bool = False
    refers_to_date: date | None = None  # the date the claim is about, when the text names one:
    refers_to_period: str | None = None  # one of PERIODS: a day, or a week's, month's or year's first day
    # the claim this one denies or confirms ("Kyiv says C. Moscow denies this.": Moscow's
    # claim answers Kyiv's), when another claim of the document reports its content
    answers_claim_id: str | None = None
    # who a group speaker stands for, each as they are named alone ("South Korea and the US":
    # South Korea, the United States), so a member's claims include those made jointly
    speaker_members: list[SpeakerMember] | None = None


@dataclass
class SpeakerMember:
    speaker_id: str
    speaker_name: str


@dataclass
class Quantity:
    quantity_id: str  # unique within one document
    sentence_idx: int
    char_start: int
    char_end: int
    text: str
    value: float
    low: float
    high: float
    qualifier: str  # one of QUALIFIERS
    unit: str | None = None
    metric: str = "other"  # one of METRICS
    subject_id: str | None = None  # entity_id of whose figure it is
    claim_id: str | None = None


@dataclass
class Extraction:
    language: str
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[EntityMention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
