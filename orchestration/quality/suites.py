"""Expectation suites: what must hold of each table, and why.

Each suite reads its table with a SQL query that adds derived columns (for example whether
a span's text equals the document text at its offsets), so every rule is a plain GX
expectation over a DataFrame. `meta.why` documents each expectation; it is shown in the
check's metadata and in the Data Docs.

A suite over a table partitioned by day (`days_of`) validates the days its run materialised,
not the history: its query reads one day (`$day`) and the check reads the run's days one at
a time (orchestration.quality.checks.read_chunks), so DuckDB holds one day's join and GX
a chunk of days, whatever the warehouse and the run hold. Keys are also checked against the
other days where no PRIMARY KEY guarantees them (the dbt facts): a scan of their key column.
The marts rebuilt whole (figure_comparison, actor_stance) are validated whole.

Blocking or warning, per expectation (`meta.severity`):
- "error" (the default): a failure means the rows downstream would be wrong (a figure that
  does not cite its article, a qualifier the marts cannot interpret, a duplicate key). The
  check fails with severity ERROR and, being blocking, stops the assets downstream in the run.
- "warn": a failure means the data is less complete or suspicious (few speakers resolved,
  an implausibly short article) but what is there is still right. The check then fails
  with severity WARN, which never blocks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extract.models import CLAIM_KINDS, METRICS, PERIODS, QUALIFIERS, STANCES

# Text that marks page furniture; none of it may survive cleaning.
BOILERPLATE_MARKERS = (
    "ADVERTISEMENT|Leave a Comment|You may also like|Source Link|Im Vollbildmodus|"
    "Willkommen in unserer Community|All rights reserved|automatically translated|Kommentare$"
)

# A speaker's stance in actor_stance: their claims' sides (dbt macro stance_of_counts)
ACTOR_STANCES = ["asserts", "denies", "mixed", "neither"]
# Attributed claims whose speaker is unknown are missing from the actor marts; allow a few misses.
SPEAKER_FLOOR = 0.8
# Figures of troops and casualties are compared per subject (whose troops, whose losses);
# other figures (sanctioned banks, square kilometres) often have none, legitimately.
SUBJECT_FLOOR = 0.8
SUBJECT_METRICS = ("troops", "killed", "wounded", "killed_or_wounded")
# Plausible sizes: an article shorter than this is a teaser or an extraction failure; a
# claim longer than this swallowed several sentences.
MIN_ARTICLE_CHARS = 300
MAX_CLAIM_CHARS = 1500


def span_ok(table_alias: str, start: str, end: str, text: str) -> str:
    """SQL: the span lies inside the document text and its text equals the text there
    (DuckDB's substring counts characters, like Python's str indices)."""
    return (
        f"CASE WHEN {table_alias}.{start} IS NULL THEN NULL ELSE "
        f"({table_alias}.{start} >= 0 AND {table_alias}.{end} <= length(d.text) AND {table_alias}.{start} < {table_alias}.{end} "
        f"AND substring(d.text, {table_alias}.{start} + 1, {table_alias}.{end} - {table_alias}.{start}) = {table_alias}.{text}) END"
    )


def of_day(table: str, columns: str = "*") -> str:
    """SQL: the rows of one day of a partitioned table, for a suite's query."""
    return f"(SELECT {columns} FROM {table} WHERE partition_date = $day)"


def other_days(table: str, key: str) -> str:
    """SQL column: whether the row's key is absent from every other day of the table. The
    subquery holds only the day's keys that also occur elsewhere, so the cost is a scan of
    the key column, not a hash table of the history."""
    return (f"{key} NOT IN (SELECT {key} FROM {table} WHERE partition_date <> $day AND {key} IN "
            f"(SELECT {key} FROM {table} WHERE partition_date = $day)) AS key_only_on_its_day")


def why(text: str) -> dict:
    """A blocking expectation: its failure makes what is downstream wrong."""
    return {"why": text, "severity": "error"}


def warn(text: str) -> dict:
    """A warning: its failure makes the data less complete or suspicious, not wrong."""
    return {"why": text, "severity": "warn"}


@dataclass(frozen=True)
class Expectation:
    """One GX expectation as plain data; orchestration.quality.validation builds the GX object
    when a check runs, so that loading the definitions does not import GX (seconds)."""

    type: str  # GX's name for it, e.g. "expect_column_values_to_be_unique"
    kwargs: dict
    meta: dict

    @property
    def column(self) -> str | None:
        return self.kwargs.get("column")


def expect(type: str, *, meta: dict, **kwargs) -> Expectation:
    return Expectation(type, kwargs, meta)


def is_warning(expectation: Expectation) -> bool:
    return expectation.meta.get("severity") == "warn"


@dataclass
class Suite:
    name: str
    asset: list[str]
    # Exactly the columns the expectations test, as booleans rather than texts where a text
    # is only checked: the check holds the rows of its whole window (fct_claims over 50,000
    # benchmark documents: 118 MiB, 277 MiB when sentence_text itself was read).
    query: str
    expectations: list[Expectation] = field(default_factory=list)
    # The table whose days the check reads, one at a time: `query` reads the rows of day $day.
    # None: the query reads the whole table at once.
    days_of: str | None = None
    # Blocking checks stop the assets downstream when an "error" expectation fails.
    blocking: bool = True
    description: str = ""


CLEANED_DOCUMENTS = Suite(
    name="cleaned_documents",
    asset=["cleaned", "documents"],
    description="Cleaned article text: one row per document, no page furniture left.",
    query=f"""
        SELECT doc_id, language, n_chars, length(text) = n_chars AS n_chars_ok,
               regexp_matches(text, '(?m)({BOILERPLATE_MARKERS})') AS has_boilerplate,
               coalesce(published_at > current_date, false) AS published_in_future,
               n_chars <= n_chars_raw AS not_longer_than_raw,
               outlet, length(title) AS title_chars
        FROM {of_day('cleaned.documents')}""",
    days_of="cleaned.documents",
    expectations=[
        expect("expect_column_values_to_be_unique", column="doc_id", meta=why("doc_id is the sha256 of the raw bytes: one row per document.")),
        expect("expect_column_values_to_not_be_null", column="doc_id", meta=why("Every row must be traceable to its raw bytes.")),
        expect("expect_column_values_to_match_regex", column="language", regex=r"^([a-z]{2,3}|und)$", meta=why("ISO 639 code or 'und'; the pipeline picks its NLP by it.")),
        expect("expect_column_values_to_be_between", column="n_chars", min_value=1, max_value=2_000_000, meta=why("Empty documents are quarantined; multi-megabyte 'articles' are crawl junk.")),
        expect("expect_column_values_to_be_in_set", column="n_chars_ok", value_set=[True], meta=why("n_chars is the length of text, in characters.")),
        expect("expect_column_values_to_be_in_set", column="has_boilerplate", value_set=[False], meta=why("Claims found in ads, cookie banners or comment policies would be false claims.")),
        expect("expect_column_values_to_be_in_set", column="published_in_future", value_set=[False], meta=why("A publication date after today is a parsing error.")),
        expect("expect_column_values_to_be_in_set", column="not_longer_than_raw", value_set=[True], meta=why("Cleaning removes text; it never adds any.")),
        expect("expect_column_values_to_be_between", column="n_chars", min_value=MIN_ARTICLE_CHARS, meta=warn(f"An article under {MIN_ARTICLE_CHARS} characters is a teaser or a failed extraction: few claims will be found.")),
        expect("expect_column_values_to_be_between", column="title_chars", min_value=5, max_value=300, meta=warn("A title outside 5..300 characters is a mis-detected headline (a navigation line, a whole paragraph).")),
        expect("expect_column_proportion_of_non_null_values_to_be_between", column="outlet", min_value=0.5, meta=warn("dim_outlets and daily_coverage group by outlet; most documents should name one.")),
    ],
)

EXTRACTED_CLAIMS = Suite(
    name="extracted_claims",
    asset=["extracted", "claims"],
    description="Claims cite their article exactly; kinds and stances are the documented sets.",
    query=f"""
        SELECT c.claim_id, c.kind, c.stance, length(c.text) AS claim_chars,
               {span_ok('c', 'char_start', 'char_end', 'text')} AS content_span_ok,
               {span_ok('c', 'speaker_start', 'speaker_end', 'speaker_text')} AS speaker_span_ok,
               {span_ok('c', 'cue_start', 'cue_end', 'cue')} AS cue_span_ok,
               CASE WHEN c.kind = 'unattributed' THEN NULL ELSE c.speaker_name IS NOT NULL END AS attributed_has_speaker,
               c.refers_to_period, (c.refers_to_period IS NULL) = (c.refers_to_date IS NULL) AS period_with_date,
               CASE WHEN c.answers_claim_id IS NOT NULL THEN a.doc_id IS NOT DISTINCT FROM c.doc_id END AS answers_own_document,
               CASE WHEN c.speaker_members IS NOT NULL THEN len(c.speaker_members) >= 2 AND c.speaker_id IS NOT NULL
                    AND list_bool_and(list_transform(c.speaker_members, lambda m: m.speaker_id IS NOT NULL)) END AS members_ok
        FROM {of_day('extracted.claims')} c LEFT JOIN {of_day('cleaned.documents', 'doc_id, text')} d USING (doc_id)
        LEFT JOIN {of_day('extracted.claims', 'claim_id, doc_id')} a ON a.claim_id = c.answers_claim_id""",
    days_of="extracted.claims",
    expectations=[
        expect("expect_column_values_to_be_unique", column="claim_id", meta=why("One row per claim.")),
        expect("expect_column_values_to_be_in_set", column="kind", value_set=list(CLAIM_KINDS), meta=why("The marts group by kind.")),
        expect("expect_column_values_to_be_in_set", column="stance", value_set=list(STANCES), meta=why("actor_stance counts asserts, denies and neither.")),
        expect("expect_column_values_to_be_in_set", column="content_span_ok", value_set=[True], meta=why("Every claim cites the exact characters of its article.")),
        expect("expect_column_values_to_not_be_null", column="content_span_ok", meta=why("A claim whose document is missing (or filed under another day) cannot be audited.")),
        expect("expect_column_values_to_be_in_set", column="speaker_span_ok", value_set=[True], meta=why("The speaker span cites the article.")),
        expect("expect_column_values_to_be_in_set", column="cue_span_ok", value_set=[True], meta=why("The reporting expression cites the article.")),
        expect("expect_column_values_to_be_in_set", column="attributed_has_speaker", value_set=[True], mostly=SPEAKER_FLOOR, meta=warn(f"At least {SPEAKER_FLOOR:.0%} of attributed claims name a speaker; below that, actor_stance and speaker_activity miss too many actors.")),
        expect("expect_column_values_to_be_in_set", column="refers_to_period", value_set=list(PERIODS), meta=why("refers_to_date is a day or a period's first day; the period says which.")),
        expect("expect_column_values_to_be_in_set", column="period_with_date", value_set=[True], meta=why("A date without its period (or a period without a date) cannot be read.")),
        expect("expect_column_values_to_be_in_set", column="answers_own_document", value_set=[True], meta=why("A denial or confirmation answers a claim of its own article (figure_answers joins them).")),
        expect("expect_column_values_to_be_in_set", column="members_ok", value_set=[True], meta=why("claim_speakers counts a group's claim for each member: a group speaker has an id and two or more members, each with an id.")),
        expect("expect_column_values_to_be_between", column="claim_chars", min_value=3, max_value=MAX_CLAIM_CHARS, meta=warn(f"A claim of 1-2 characters is a fragment, one over {MAX_CLAIM_CHARS} swallowed several sentences.")),
    ],
)

EXTRACTED_QUANTITIES = Suite(
    name="extracted_quantities",
    asset=["extracted", "quantities"],
    description="Figures cite their article, have interpretable qualifiers and bounds, and belong to a claim.",
    query=f"""
        SELECT q.quantity_id, q.qualifier, q.metric, q.value,
               (q.low IS NULL OR q.low <= q.value) AND (q.high IS NULL OR q.value <= q.high) AS bounds_ok,
               {span_ok('q', 'char_start', 'char_end', 'text')} AS span_ok,
               c.claim_id IS NOT NULL AS claim_found,
               CASE WHEN q.metric IN {SUBJECT_METRICS} THEN q.subject_id IS NOT NULL END AS casualty_or_troops_has_subject
        FROM {of_day('extracted.quantities')} q LEFT JOIN {of_day('cleaned.documents', 'doc_id, text')} d USING (doc_id)
        LEFT JOIN {of_day('extracted.claims', 'claim_id')} c ON c.claim_id = q.claim_id""",
    days_of="extracted.quantities",
    expectations=[
        expect("expect_column_values_to_be_unique", column="quantity_id", meta=why("One row per figure.")),
        expect("expect_column_values_to_be_in_set", column="qualifier", value_set=list(QUALIFIERS), meta=why("figure_comparison interprets the qualifier.")),
        expect("expect_column_values_to_be_in_set", column="metric", value_set=list(METRICS), meta=why("The documented metric taxonomy.")),
        expect("expect_column_values_to_not_be_null", column="value", meta=why("A figure without a value cannot be compared.")),
        expect("expect_column_values_to_be_between", column="value", min_value=0, max_value=1e13, meta=why("Counts, areas and amounts are not negative; a value over 10^13 is a number-parsing error that would dominate every min/max/spread.")),
        expect("expect_column_values_to_be_in_set", column="bounds_ok", value_set=[True], meta=why("low <= value <= high where bounds are given.")),
        expect("expect_column_values_to_be_in_set", column="span_ok", value_set=[True], meta=why("Every figure cites the exact characters of its article.")),
        expect("expect_column_values_to_not_be_null", column="span_ok", meta=why("A figure whose document is missing (or filed under another day) cannot be audited.")),
        expect("expect_column_values_to_be_in_set", column="claim_found", value_set=[True], meta=why("Every figure inherits speaker and stance from a claim.")),
        expect("expect_column_values_to_be_in_set", column="casualty_or_troops_has_subject", value_set=[True], mostly=SUBJECT_FLOOR, meta=warn(f"figure_comparison only compares figures with a subject; at least {SUBJECT_FLOOR:.0%} of troop and casualty figures should name whose they are.")),
    ],
)

# --- marts (dbt models): what the report and the analysts read ---------------------------

FCT_CLAIMS = Suite(
    name="fct_claims",
    asset=["marts", "fct_claims"],
    description="The claims fact: complete after incremental runs, every row citing its sentence.",
    query=f"""
        SELECT f.claim_id, f.independent_source_id, f.reported_on, f.sentence_text IS NOT NULL AS has_sentence,
               {other_days('marts.fct_claims', 'claim_id')},
               (SELECT count(*) FROM extracted.claims) AS n_extracted,
               (SELECT count(*) FROM marts.fct_claims) AS n_fact
        FROM {of_day('marts.fct_claims')} f""",
    days_of="marts.fct_claims",
    expectations=[
        expect("expect_column_values_to_be_unique", column="claim_id", meta=why("delete+insert must not duplicate claims across runs.")),
        expect("expect_column_values_to_be_in_set", column="key_only_on_its_day", value_set=[True], meta=why("A claim rebuilt on one day must not stay on another: the fact has no primary key to prevent it.")),
        expect("expect_column_values_to_not_be_null", column="independent_source_id", meta=why("Every mart counts sources by it.")),
        expect("expect_column_values_to_not_be_null", column="reported_on", meta=why("Coverage over time and actor_stance need a day.")),
        expect("expect_column_values_to_be_in_set", column="has_sentence", value_set=[True], meta=why("Every claim links to its source sentence.")),
        expect("expect_column_pair_values_to_be_equal", column_A="n_extracted", column_B="n_fact", meta=why("The incremental fact holds every extracted claim and nothing else; otherwise a partial rebuild lost or kept rows.")),
    ],
)

FCT_FIGURES = Suite(
    name="fct_figures",
    asset=["marts", "fct_figures"],
    description="The figures fact: each figure's text stands in the sentence it links to.",
    query=f"""
        SELECT f.quantity_id, f.value, f.speaker_key, f.independent_source_id,
               f.sentence_text IS NOT NULL AND contains(f.sentence_text, f.figure_text) AS text_in_sentence,
               {other_days('marts.fct_figures', 'quantity_id')}
        FROM {of_day('marts.fct_figures')} f""",
    days_of="marts.fct_figures",
    expectations=[
        expect("expect_column_values_to_be_unique", column="quantity_id", meta=why("One row per figure, across incremental runs.")),
        expect("expect_column_values_to_be_in_set", column="key_only_on_its_day", value_set=[True], meta=why("A figure rebuilt on one day must not stay on another: the fact has no primary key to prevent it.")),
        expect("expect_column_values_to_be_in_set", column="text_in_sentence", value_set=[True], meta=why("The link to the source sentence must show the figure; otherwise the report cites the wrong text.")),
        expect("expect_column_values_to_not_be_null", column="independent_source_id", meta=why("figure_comparison counts sources by it.")),
        expect("expect_column_values_to_be_between", column="value", min_value=0, meta=why("A negative figure would corrupt min, max and spread.")),
        expect("expect_column_proportion_of_non_null_values_to_be_between", column="speaker_key", min_value=0.5, meta=warn("Most figures are attributed; below half, 'who says how many' is mostly unknown.")),
    ],
)

FIGURE_COMPARISON = Suite(
    name="figure_comparison",
    asset=["marts", "figure_comparison"],
    description="The comparison of figures across sources: consistent ranges, disputes only between independent sources.",
    query="""
        SELECT quantity_id, relative_spread, n_independent_sources, disputed,
               value BETWEEN min_value AND max_value AS value_in_range,
               coalesce(lower_bound <= upper_bound, true) AS bounds_ordered,
               NOT disputed OR n_independent_sources >= 2 AS dispute_has_two_sources
        FROM marts.figure_comparison""",
    expectations=[
        expect("expect_column_values_to_be_unique", column="quantity_id", meta=why("One row per figure.")),
        expect("expect_column_values_to_not_be_null", column="disputed", meta=why("The report lists disputed metrics by it.")),
        expect("expect_column_values_to_be_in_set", column="value_in_range", value_set=[True], meta=why("min_value <= value <= max_value within each group.")),
        expect("expect_column_values_to_be_in_set", column="bounds_ordered", value_set=[True], meta=why("An interval with lower > upper makes every conflict test wrong.")),
        expect("expect_column_values_to_be_in_set", column="dispute_has_two_sources", value_set=[True], meta=why("A dispute is between independent sources.")),
        expect("expect_column_values_to_be_between", column="n_independent_sources", min_value=1, meta=why("Every figure has a source.")),
        expect("expect_column_values_to_be_between", column="relative_spread", min_value=0, max_value=10, meta=warn("Point estimates ('=', '~') differing more than tenfold on one metric, subject and unit usually mean a unit or parsing error (thousand vs million), not a real dispute.")),
    ],
)

ACTOR_STANCE = Suite(
    name="actor_stance",
    asset=["marts", "actor_stance"],
    description="Who asserts and who denies: consistent counts and stances, evidence present.",
    query="""
        SELECT stance, overall_stance, evidence_sentence_text IS NOT NULL AS has_evidence,
               n_claims = n_asserts + n_denies + n_neither AS counts_add_up
        FROM marts.actor_stance""",
    expectations=[
        expect("expect_column_values_to_be_in_set", column="stance", value_set=ACTOR_STANCES, meta=why("The report colours by these four.")),
        expect("expect_column_values_to_be_in_set", column="overall_stance", value_set=ACTOR_STANCES, meta=why("The report colours by these four.")),
        expect("expect_column_values_to_be_in_set", column="counts_add_up", value_set=[True], meta=why("Every claim asserts, denies or neither confirms nor denies.")),
        expect("expect_column_values_to_be_in_set", column="has_evidence", value_set=[True], meta=why("Every stance links to the sentence it rests on.")),
        expect("expect_table_row_count_to_be_between", min_value=1, meta=warn("No actor on any topic means the topic patterns (seed topics) or the attribution stopped matching.")),
    ],
)

SUITES = [CLEANED_DOCUMENTS, EXTRACTED_CLAIMS, EXTRACTED_QUANTITIES, FCT_CLAIMS, FCT_FIGURES, FIGURE_COMPARISON, ACTOR_STANCE]
