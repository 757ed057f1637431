-- Each claim and each figure with the independent sources that carry it.
--
-- Two claims are the same statement when the speaker is the same (speaker_key; both
-- unknown also counts) and their words overlap: Jaccard similarity of their word sets
-- (words of 3+ letters/digits) >= `corroboration_min_similarity` (default 0.5), which
-- matches wire copies and light rewrites but not two different statements of one speaker.
-- Two figures are the same when metric, subject, unit and value are equal (any qualifier:
-- "around 10,000" and "more than 10,000" carry the same number); a figure without a
-- subject ("nine people") is too vague to match another one.
-- Sources are counted once per independent_source_id (wire copies, near-duplicates).
--
-- Incremental: a run recomputes the items of its window (vars min_date/max_date) and every
-- older item that matches one of them, before or after the rebuild (a new copy of an old
-- claim raises the old claim's counts; a removed one lowers them); the post-hook drops the
-- rows of items that are gone. `--full-refresh` after changing the vars above.
{% set min_similarity = var('corroboration_min_similarity', 0.5) %}
{% if not (0 < min_similarity <= 1) %}
    {{ exceptions.raise_compiler_error("corroboration_min_similarity must be in (0, 1]") }}
{% endif %}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key=['item_type', 'item_id'],
    on_schema_change='fail',
    post_hook=[
        "delete from {{ this }} where item_type = 'claim' and item_id not in (select claim_id from {{ ref('fct_claims') }})",
        "delete from {{ this }} where item_type = 'figure' and item_id not in (select quantity_id from {{ ref('fct_figures') }})",
    ],
) }}

with claim_words as (
    select claim_id, doc_id, outlet, independent_source_id, reported_on, partition_date, speaker_key, speaker_name,
           stance, claim_text, sentence_text, char_start, char_end,
           list_sort({{ token_set('claim_text') }}) as tokens
    from {{ ref('fct_claims') }}
),

claims as (
    select *, {{ claim_form_key('speaker_key', 'claim_id', 'tokens') }} as form_key
    from claim_words
),

-- Integer surrogates for forms and documents: forms are compared pairwise (millions of
-- pairs when a claim has thousands of copies and rewrites) and joined to their documents,
-- so those intermediates are integer pairs, not copies of the long form_key strings.
numbered_claims as (
    select *,
           dense_rank() over (order by form_key) as form_id,
           case when doc_id is not null then dense_rank() over (order by doc_id) end as doc_no
    from claims
),

forms as (
    select any_value(form_id) as key, form_key, any_value(speaker_key) as speaker_key,
           any_value(tokens) as tokens
    from numbered_claims
    group by form_key
),

figures as (
    select quantity_id, doc_id, outlet, independent_source_id, reported_on, partition_date, speaker_key, speaker_name,
           stance, figure_text, sentence_text, char_start, char_end, metric, subject_id, unit, value,
           {{ figure_class_key('quantity_id', 'metric', 'subject_id', 'unit', 'value') }} as class_key
    from {{ ref('fct_figures') }}
),

{% if is_incremental() %}
-- The rows this table holds for the window's items and for items that are gone: what
-- they were before this run, so whatever they used to match is recomputed too.
previous as (
    select item_type, item_id, speaker_key, item_text, metric, subject_id, value
    from {{ this }}
    where (item_type = 'claim'
           and (item_id in (select claim_id from claims where {{ in_partition_window('partition_date') }})
                or item_id not in (select claim_id from claims)))
       or (item_type = 'figure'
           and (item_id in (select quantity_id from figures where {{ in_partition_window('partition_date') }})
                or item_id not in (select quantity_id from figures)))
),

changed_forms as (
    select key, speaker_key, tokens from forms
    where form_key in (select form_key from claims where {{ in_partition_window('partition_date') }})
    union
    -- a previous form that no longer exists gets a negative key, which no current form has
    select coalesce(f.key, -dense_rank() over (order by p.form_key)), p.speaker_key, p.tokens
    from (select {{ claim_form_key('speaker_key', 'item_id', 'tokens') }} as form_key, speaker_key, tokens
          from (select item_id, speaker_key, list_sort({{ token_set('item_text') }}) as tokens
                from previous where item_type = 'claim')) as p
    left join forms as f using (form_key)
),

target_forms as (
    select * from forms
    where key in (select key from changed_forms)
       or key in (select right_key from {{ similar_token_sets('changed_forms', 'forms', min_similarity) }} as s)
),

-- previous rows have no unit: matching them on metric, subject and value takes a superset
target_classes as (
    select distinct class_key from figures
    where {{ in_partition_window('partition_date') }}
       or exists (select 1 from previous as p
                  where p.item_type = 'figure' and p.metric = figures.metric
                    and p.subject_id = figures.subject_id and p.value = figures.value)
),
{% else %}
target_forms as (select * from forms),
target_classes as (select distinct class_key from figures),
{% endif %}

-- each target form with the forms it matches (itself included)
form_matches as (
    select key as form_id, key as carrier_id from target_forms
    union
    select left_key, right_key from {{ similar_token_sets('target_forms', 'forms', min_similarity) }} as s
),

-- What each carrier form contributes, deduplicated per form first: a form has hundreds
-- of wire copies, and joining every target form to every matched claim (target forms x
-- matched forms x copies rows of strings, then distinct aggregates that do not spill)
-- took 9 GB at 10,000 documents. All the claim aggregates are distinct counts/lists or
-- min/max, so they are unions of per-form sets: a document carrying two matching forms
-- still counts once.
form_docs as (select distinct form_id, doc_no from numbered_claims),
form_outlets as (select distinct form_id, coalesce(outlet, '(unknown)') as outlet from numbered_claims),
form_sources as (select distinct form_id, independent_source_id from numbered_claims),
form_dates as (
    select form_id, min(reported_on) as first_reported_on, max(reported_on) as last_reported_on
    from numbered_claims
    group by form_id
),

-- Each aggregate over distinct (target form, value) rows, built by plain GROUP BYs (they spill).
claim_documents as (
    select form_id, count(doc_no) as n_documents
    from (select distinct m.form_id, d.doc_no
          from form_matches as m join form_docs as d on d.form_id = m.carrier_id)
    group by form_id
),

claim_outlets as (
    select form_id, count(*) as n_outlets, string_agg(outlet, ', ' order by outlet) as outlets
    from (select distinct m.form_id, o.outlet
          from form_matches as m join form_outlets as o on o.form_id = m.carrier_id)
    group by form_id
),

claim_sources as (
    select form_id, count(independent_source_id) as n_independent_sources,
           list(independent_source_id order by independent_source_id) as independent_source_ids
    from (select distinct m.form_id, s.independent_source_id
          from form_matches as m join form_sources as s on s.form_id = m.carrier_id)
    group by form_id
),

claim_dates as (
    select m.form_id, min(d.first_reported_on) as first_reported_on, max(d.last_reported_on) as last_reported_on
    from form_matches as m join form_dates as d on d.form_id = m.carrier_id
    group by m.form_id
),

summary as (
    select 'claim' as item_type, f.form_key as group_key, n_documents, n_outlets, n_independent_sources,
           outlets, independent_source_ids, first_reported_on, last_reported_on
    from claim_documents
    join claim_outlets using (form_id)
    join claim_sources using (form_id)
    join claim_dates using (form_id)
    join forms as f on f.key = form_id
    union all
    -- figures are not multiplied by matching (one class each): aggregate them directly
    select
        'figure',
        class_key,
        count(distinct doc_id),
        count(distinct coalesce(outlet, '(unknown)')),
        count(distinct independent_source_id),
        string_agg(distinct coalesce(outlet, '(unknown)'), ', ' order by coalesce(outlet, '(unknown)')),
        list(distinct independent_source_id order by independent_source_id),
        min(reported_on),
        max(reported_on)
    from figures
    where class_key in (select class_key from target_classes)
    group by class_key
),

items as (
    select 'claim' as item_type, form_key as group_key, claim_id as item_id, doc_id, outlet, independent_source_id,
           reported_on, speaker_key, speaker_name, stance, claim_text as item_text, sentence_text,
           char_start, char_end, null::varchar as metric, null::varchar as subject_id, null::double as value
    from claims
    where form_key in (select form_key from target_forms)
    union all
    select 'figure', class_key, quantity_id, doc_id, outlet, independent_source_id,
           reported_on, speaker_key, speaker_name, stance, figure_text, sentence_text,
           char_start, char_end, metric, subject_id, value
    from figures
    where class_key in (select class_key from target_classes)
)

select
    i.item_type,
    i.item_id,
    i.doc_id,
    i.outlet,
    i.independent_source_id,
    i.reported_on,
    i.speaker_key,
    i.speaker_name,
    i.stance,
    i.item_text,
    i.sentence_text,
    i.char_start,
    i.char_end,
    i.metric,
    i.subject_id,
    i.value,
    s.n_documents,
    s.n_outlets,
    s.n_independent_sources,
    s.outlets,
    s.independent_source_ids,
    s.first_reported_on,
    s.last_reported_on,
    s.n_independent_sources >= 2 as corroborated
from items as i
join summary as s using (item_type, group_key)
