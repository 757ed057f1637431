"""Expectation suites: what must hold of each table, and why.

Each suite reads its table with a SQL query that adds derived columns (for example whether
a span's text equals the document text at its offsets), so every rule is a plain GX
expectation over a DataFrame. `meta.why` documents each expectation; it is shown in the
check's metadata and in the Data Docs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import great_expectations.expectations as gxe

from extract.models import CLAIM_KINDS, METRICS, QUALIFIERS, STANCES

# Text that marks page furniture; none of it may survive cleaning.
BOILERPLATE_MARKERS = (
    "ADVERTISEMENT|Leave a Comment|You may also like|Source Link|Im Vollbildmodus|"
    "Willkommen in unserer Community|All rights reserved|automatically translated|Kommentare$"
)

# Attributed claims whose speaker is unknown make actor marts wrong; allow a few misses.
SPEAKER_FLOOR = 0.8


def span_ok(table_alias: str, start: str, end: str, text: str) -> str:
    """SQL: the span lies inside the document text and its text equals the text there
    (DuckDB's substring counts characters, like Python's str indices)."""
    return (
        f"CASE WHEN {table_alias}.{start} IS NULL THEN NULL ELSE "
        f"({table_alias}.{start} >= 0 AND {table_alias}.{end} <= length(d.text) AND {table_alias}.{start} < {table_alias}.{end} "
        f"AND substring(d.text, {table_alias}.{start} + 1, {table_alias}.{end} - {table_alias}.{start}) = {table_alias}.{text}) END"
    )


def why(text: str) -> dict:
    return {"why": text}


@dataclass
class Suite:
    name: str
    asset: list[str]
    query: str
    expectations: list = field(default_factory=list)
    blocking: bool = True


CLEANED_DOCUMENTS = Suite(
    name="cleaned_documents",
    asset=["cleaned", "documents"],
    query=f"""
        SELECT doc_id, language, n_chars, length(text) = n_chars AS n_chars_ok,
               regexp_matches(text, '(?m)({BOILERPLATE_MARKERS})') AS has_boilerplate,
               coalesce(published_at > current_date, false) AS published_in_future,
               n_chars <= n_chars_raw AS not_longer_than_raw
        FROM cleaned.documents""",
    expectations=[
        gxe.ExpectColumnValuesToBeUnique(column="doc_id", meta=why("doc_id is the sha256 of the raw bytes: one row per document.")),
        gxe.ExpectColumnValuesToNotBeNull(column="doc_id", meta=why("Every row must be traceable to its raw bytes.")),
        gxe.ExpectColumnValuesToMatchRegex(column="language", regex=r"^([a-z]{2,3}|und)$", meta=why("ISO 639 code or 'und'; the pipeline picks its NLP by it.")),
        gxe.ExpectColumnValuesToBeBetween(column="n_chars", min_value=1, max_value=2_000_000, meta=why("Empty documents are quarantined; multi-megabyte 'articles' are crawl junk.")),
        gxe.ExpectColumnValuesToBeInSet(column="n_chars_ok", value_set=[True], meta=why("n_chars is the length of text, in characters.")),
        gxe.ExpectColumnValuesToBeInSet(column="has_boilerplate", value_set=[False], meta=why("Claims found in ads, cookie banners or comment policies would be false claims.")),
        gxe.ExpectColumnValuesToBeInSet(column="published_in_future", value_set=[False], meta=why("A publication date after today is a parsing error.")),
        gxe.ExpectColumnValuesToBeInSet(column="not_longer_than_raw", value_set=[True], meta=why("Cleaning removes text; it never adds any.")),
    ],
)

EXTRACTED_CLAIMS = Suite(
    name="extracted_claims",
    asset=["extracted", "claims"],
    query=f"""
        SELECT c.claim_id, c.kind, c.stance,
               {span_ok('c', 'char_start', 'char_end', 'text')} AS content_span_ok,
               {span_ok('c', 'speaker_start', 'speaker_end', 'speaker_text')} AS speaker_span_ok,
               {span_ok('c', 'cue_start', 'cue_end', 'cue')} AS cue_span_ok,
               CASE WHEN c.kind = 'unattributed' THEN NULL ELSE c.speaker_name IS NOT NULL END AS attributed_has_speaker
        FROM extracted.claims c LEFT JOIN cleaned.documents d USING (doc_id)""",
    expectations=[
        gxe.ExpectColumnValuesToBeUnique(column="claim_id", meta=why("One row per claim.")),
        gxe.ExpectColumnValuesToBeInSet(column="kind", value_set=list(CLAIM_KINDS), meta=why("The marts group by kind.")),
        gxe.ExpectColumnValuesToBeInSet(column="stance", value_set=list(STANCES), meta=why("actor_stance counts asserts and denies.")),
        gxe.ExpectColumnValuesToBeInSet(column="content_span_ok", value_set=[True], meta=why("Every claim cites the exact characters of its article.")),
        gxe.ExpectColumnValuesToNotBeNull(column="content_span_ok", meta=why("A claim whose document is missing cannot be audited.")),
        gxe.ExpectColumnValuesToBeInSet(column="speaker_span_ok", value_set=[True], meta=why("The speaker span cites the article.")),
        gxe.ExpectColumnValuesToBeInSet(column="cue_span_ok", value_set=[True], meta=why("The reporting expression cites the article.")),
        gxe.ExpectColumnValuesToBeInSet(column="attributed_has_speaker", value_set=[True], mostly=SPEAKER_FLOOR, meta=why(f"At least {SPEAKER_FLOOR:.0%} of attributed claims name a speaker.")),
    ],
)

EXTRACTED_QUANTITIES = Suite(
    name="extracted_quantities",
    asset=["extracted", "quantities"],
    query=f"""
        SELECT q.quantity_id, q.qualifier, q.metric, q.value,
               (q.low IS NULL OR q.low <= q.value) AND (q.high IS NULL OR q.value <= q.high) AS bounds_ok,
               {span_ok('q', 'char_start', 'char_end', 'text')} AS span_ok,
               c.claim_id IS NOT NULL AS claim_found
        FROM extracted.quantities q LEFT JOIN cleaned.documents d USING (doc_id)
        LEFT JOIN extracted.claims c ON c.claim_id = q.claim_id""",
    expectations=[
        gxe.ExpectColumnValuesToBeUnique(column="quantity_id", meta=why("One row per figure.")),
        gxe.ExpectColumnValuesToBeInSet(column="qualifier", value_set=list(QUALIFIERS), meta=why("figure_comparison interprets the qualifier.")),
        gxe.ExpectColumnValuesToBeInSet(column="metric", value_set=list(METRICS), meta=why("The documented metric taxonomy.")),
        gxe.ExpectColumnValuesToNotBeNull(column="value", meta=why("A figure without a value cannot be compared.")),
        gxe.ExpectColumnValuesToBeInSet(column="bounds_ok", value_set=[True], meta=why("low <= value <= high where bounds are given.")),
        gxe.ExpectColumnValuesToBeInSet(column="span_ok", value_set=[True], meta=why("Every figure cites the exact characters of its article.")),
        gxe.ExpectColumnValuesToNotBeNull(column="span_ok", meta=why("A figure whose document is missing cannot be audited.")),
        gxe.ExpectColumnValuesToBeInSet(column="claim_found", value_set=[True], meta=why("Every figure inherits speaker and stance from a claim.")),
    ],
)

SUITES = [CLEANED_DOCUMENTS, EXTRACTED_CLAIMS, EXTRACTED_QUANTITIES]
