"""Score the real cleaning + extraction on the hand-labelled sample gold.

The gold (tests/fixtures/samples/gold.yaml) labels every figure and attributed claim of the
five articles in data/raw/; its header states the labelling and matching rules, which this
module implements. Used by tests/test_sample_gold.py and scripts/eval_samples.py.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from extract.cleaning import clean_document
from extract.extraction import extract_claims
from extract.models import METRICS as METRIC_NAMES
from extract.models import QUALIFIERS, Claim, CleanedDocument, Extraction, Quantity
from extract.reading import read_landing_file

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "fixtures" / "samples" / "gold.yaml"
RAW = ROOT / "data" / "raw"

# Curly and straight quotes are the same character for locating gold pieces (1:1, so
# offsets in the folded text are offsets in the real one).
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'"})
_ARTICLES = {"the", "a", "an", "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "einem"}
_JOINT = re.compile(r"\s+(?:and|und|&)\s+|\s*,\s*")
_BOTH = re.compile(r"^(?:both|either|sowohl)\s")


# --- gold -------------------------------------------------------------------------------

@dataclass
class GoldFigure:
    at: str
    span: tuple[int, int]
    value: float
    qualifier: str
    units: tuple[str, ...]
    metric: str
    subject: str | None


@dataclass
class GoldClaim:
    content: str
    span: tuple[int, int]
    speakers: tuple[str, ...]  # the reader's name first, then other right answers
    cue: str | None
    stance: str


@dataclass
class Sample:
    name: str
    doc: CleanedDocument
    figures: list[GoldFigure]
    claims: list[GoldClaim]
    meta: dict


def locate(text: str, piece: str) -> tuple[int, int]:
    """The span of `piece` in `text`; it must occur exactly once (quotes folded)."""
    hay, needle = text.translate(_QUOTES), piece.translate(_QUOTES)
    start = hay.find(needle)
    if start < 0 or hay.find(needle, start + 1) >= 0:
        raise ValueError(f"gold piece {'not found' if start < 0 else 'not unique'}: {piece!r}")
    return start, start + len(needle)


def _as_tuple(value) -> tuple[str, ...]:
    return tuple(value) if isinstance(value, list) else (value,)


def raw_file(name: str) -> Path:
    (path,) = RAW.glob(f"*/{name}")
    return path


def clean_sample(name: str) -> CleanedDocument:
    """The document exactly as the pipeline cleans it: landing file -> raw record -> clean."""
    path = raw_file(name)
    (record,), _ = read_landing_file(path, source_uri=str(path))
    return clean_document(record.content, filename=record.source_uri,
                          content_type=record.content_type, metadata=record.metadata)


FIGURE_KEYS = {"at", "value", "qualifier", "unit", "metric", "subject"}
CLAIM_KEYS = {"content", "speaker", "cue", "stance"}
GOLD_STANCES = ("asserts", "denies", "hedged", "neither")


def _checked(item: dict, keys: set[str]) -> dict:
    """A YAML slip (an unquoted comma in a flow mapping makes a new key) must not pass."""
    if set(item) != keys:
        raise ValueError(f"gold item keys {sorted(item)} != {sorted(keys)}: {item}")
    return item


def load_gold(path: Path = GOLD) -> tuple[list[Sample], dict[str, str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    aliases = alias_map(data.get("aliases") or {})
    samples = []
    for name, gold in data["samples"].items():
        doc = clean_sample(name)
        figures, claims = [], []
        for f in gold.get("figures") or []:
            f = _checked(f, FIGURE_KEYS)
            if f["qualifier"] not in QUALIFIERS or f["metric"] not in METRIC_NAMES:
                raise ValueError(f"bad qualifier or metric: {f}")
            figures.append(GoldFigure(f["at"], locate(doc.text, f["at"]), float(f["value"]), f["qualifier"],
                                      _as_tuple(f["unit"]), f["metric"], f["subject"]))
        for c in gold.get("claims") or []:
            c = _checked(c, CLAIM_KEYS)
            if c["stance"] not in GOLD_STANCES:
                raise ValueError(f"bad stance: {c}")
            claims.append(GoldClaim(c["content"], locate(doc.text, c["content"]), _as_tuple(c["speaker"]),
                                    c["cue"], c["stance"]))
        meta = {k: gold.get(k) for k in ("language", "outlet", "published_at")}
        samples.append(Sample(name, doc, figures, claims, meta))
    return samples, aliases


# --- names ------------------------------------------------------------------------------

def normalise(name: str) -> str:
    """Case, accents, quotes, possessives, articles and punctuation do not count."""
    s = unicodedata.normalize("NFKD", name.translate(_QUOTES))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[.']", "", s)  # U.S. -> us
    s = re.sub(r"[^\w&]+", " ", s)
    return " ".join(w for w in s.split() if w not in _ARTICLES)


def alias_map(aliases: dict[str, list[str]]) -> dict[str, str]:
    out = {}
    for canonical, names in aliases.items():
        for n in [canonical, *names]:
            out[normalise(n)] = normalise(canonical)
    return out


def speaker_key(name: str, aliases: dict[str, str]) -> frozenset[str]:
    """A speaker as the set of its parts, each through the aliases: "the USA and South Korea"
    and "South Korea and the United States" are one joint speaker, in any order."""
    parts = (_BOTH.sub("", normalise(p)) for p in _JOINT.split(name))
    return frozenset(aliases.get(p, p) for p in parts if p)


def same_speaker(predicted: str | None, gold: tuple[str, ...], aliases: dict[str, str]) -> bool:
    if not predicted:
        return False
    key = speaker_key(predicted, aliases)
    return any(speaker_key(g, aliases) == key for g in gold)


def unit_key(unit: str | None) -> str:
    """Lower case, singular words, British spelling: "Square Kilometers" -> "square kilometre"."""
    words = []
    for w in (unit or "").casefold().split():
        if w.endswith("ies") and len(w) > 4:
            w = w[:-3] + "y"
        elif w.endswith("s") and not w.endswith("ss") and len(w) > 3:
            w = w[:-1]
        words.append(re.sub(r"(?<=[mt])er$", "re", w))  # kilometer -> kilometre
    return " ".join(words)


# --- predictions ------------------------------------------------------------------------

def predicted_stance(claim: Claim) -> str:
    if claim.stance in ("denies", "neither"):
        return claim.stance
    return "hedged" if claim.hedged else "asserts"


def predicted_speaker(claim: Claim) -> str | None:
    """The canonical speaker the warehouse stores; a span that resolved to no one is none."""
    return claim.speaker_name


def attributed(extraction: Extraction) -> list[Claim]:
    """The claims that say someone said something (not the outlet's own statements)."""
    return [c for c in extraction.claims if c.kind != "unattributed"]


def extract(sample: Sample) -> Extraction:
    doc = sample.doc
    return extract_claims(doc.text, language=doc.language, published_at=doc.published_at)


# --- matching ---------------------------------------------------------------------------

def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def assign(gold: list, predicted: list, score) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs, largest score first; score <= 0 is no match."""
    candidates = sorted(
        ((s, g, p) for g, gi in enumerate(gold) for p, pi in enumerate(predicted) if (s := score(gi, pi)) > 0),
        key=lambda t: (-t[0], t[1], t[2]))
    used_g, used_p, pairs = set(), set(), []
    for _, g, p in candidates:
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            pairs.append((g, p))
    return pairs


def figure_score(level: str, names: dict[str, str], aliases: dict[str, str]):
    """level "value", "full" (+ qualifier, unit, metric) or "subject" (full + subject);
    `names` maps predicted subject ids to entity names."""
    def score(g: GoldFigure, q: Quantity) -> int:
        overlap = _overlap(g.span, (q.char_start, q.char_end))
        if not overlap or abs(q.value - g.value) > 1e-9 * max(1.0, abs(g.value)):
            return 0
        if level != "value" and not (
            q.qualifier == g.qualifier and q.metric == g.metric
            and unit_key(q.unit) in {unit_key(u) for u in g.units}
        ):
            return 0
        if level == "subject":
            subject = names.get(q.subject_id) if q.subject_id else None
            if (subject is None) != (g.subject is None) or (
                    subject and not same_speaker(subject, (g.subject,), aliases)):
                return 0
        return overlap
    return score


def claim_score(level: str, aliases: dict[str, str]):
    def score(g: GoldClaim, c: Claim) -> int:
        overlap = _overlap(g.span, (c.char_start, c.char_end))
        if not overlap or not same_speaker(predicted_speaker(c), g.speakers, aliases):
            return 0
        if level == "stance" and predicted_stance(c) != g.stance:
            return 0
        return overlap
    return score


# --- report -----------------------------------------------------------------------------

METRICS = {  # row name -> (kind, level); rows marked [info] are reported, not asserted
    "figures (value)": ("figures", "value"),
    "figures (value+qualifier+unit+metric)": ("figures", "full"),
    "figures (full+subject) [info]": ("figures", "subject"),
    "claims (speaker)": ("claims", "speaker"),
    "claims (speaker+stance)": ("claims", "stance"),
}


@dataclass
class Score:
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0
    misses: list[tuple[str, object, object]] = field(default_factory=list)  # (sample, gold, closest prediction)
    false_positives: list[tuple[str, object]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 1.0


def evaluate(samples: list[Sample], aliases: dict[str, str]) -> dict[str, Score]:
    scores = {row: Score() for row in METRICS}
    for sample in samples:
        ex = extract(sample)
        for row, (kind, level) in METRICS.items():
            if kind == "figures":
                names = {e.entity_id: e.entity_name for e in ex.entities}
                gold, pred, score = sample.figures, ex.quantities, figure_score(level, names, aliases)
            else:
                gold, pred, score = sample.claims, attributed(ex), claim_score(level, aliases)
            pairs = assign(gold, pred, score)
            s = scores[row]
            s.tp += len(pairs)
            s.n_gold += len(gold)
            s.n_pred += len(pred)
            matched_g, matched_p = {g for g, _ in pairs}, {p for _, p in pairs}
            for gi, g in enumerate(gold):
                if gi not in matched_g:
                    # the prediction at the same place, to show what was produced instead
                    near = [(o, p) for p in pred if (o := _overlap(g.span, (p.char_start, p.char_end)))]
                    s.misses.append((sample.name, g, max(near, key=lambda t: t[0])[1] if near else None))
            s.false_positives += [(sample.name, p) for pi, p in enumerate(pred) if pi not in matched_p]
    return scores


def table(scores: dict[str, Score]) -> str:
    lines = [f"{'':40} {'P':>6} {'R':>6} {'TP':>4} {'pred':>5} {'gold':>5}"]
    for row, s in scores.items():
        lines.append(f"{row:40} {s.precision:6.3f} {s.recall:6.3f} {s.tp:4d} {s.n_pred:5d} {s.n_gold:5d}")
    return "\n".join(lines)


def describe(item) -> str:
    """One line for a gold or predicted figure or claim."""
    if isinstance(item, GoldFigure):
        return (f"{item.value:g} {item.qualifier} {'/'.join(map(str, item.units))} [{item.metric}] "
                f"of {item.subject} at {item.at!r}")
    if isinstance(item, Quantity):
        return f"{item.value:g} {item.qualifier} {item.unit} [{item.metric}] of {item.subject_id} {item.text!r}"
    if isinstance(item, GoldClaim):
        return f"{' | '.join(item.speakers)} ({item.cue}, {item.stance}): {item.content!r}"
    if isinstance(item, Claim):
        return (f"{predicted_speaker(item)} <{item.speaker_text}> ({item.cue}, {predicted_stance(item)}, "
                f"{item.kind}): {item.text[:110]!r}")
    return repr(item)
