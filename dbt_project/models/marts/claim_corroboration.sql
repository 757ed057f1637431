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

forms as (
    select form_key as key, any_value(speaker_key) as speaker_key, any_value(tokens) as tokens
    from claims
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
    where key in (select form_key from claims where {{ in_partition_window('partition_date') }})
    union
    select {{ claim_form_key('speaker_key', 'item_id', 'tokens') }}, speaker_key, tokens
    from (select item_id, speaker_key, list_sort({{ token_set('item_text') }}) as tokens
          from previous where item_type = 'claim')
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
    select key as form_key, key as carrier_form_key from target_forms
    union
    select left_key, right_key from {{ similar_token_sets('target_forms', 'forms', min_similarity) }} as s
),

carried as (
    select 'claim' as item_type, m.form_key as group_key, c.doc_id, c.outlet, c.independent_source_id, c.reported_on
    from form_matches as m
    join claims as c on c.form_key = m.carrier_form_key
    union all
    select 'figure', class_key, doc_id, outlet, independent_source_id, reported_on
    from figures
    where class_key in (select class_key from target_classes)
),

summary as (
    select
        item_type,
        group_key,
        count(distinct doc_id) as n_documents,
        count(distinct coalesce(outlet, '(unknown)')) as n_outlets,
        count(distinct independent_source_id) as n_independent_sources,
        string_agg(distinct coalesce(outlet, '(unknown)'), ', ' order by coalesce(outlet, '(unknown)')) as outlets,
        list(distinct independent_source_id order by independent_source_id) as independent_source_ids,
        min(reported_on) as first_reported_on,
        max(reported_on) as last_reported_on
    from carried
    group by item_type, group_key
),

items as (
    select 'claim' as item_type, form_key as group_key, claim_id as item_id, doc_id, outlet, independent_source_id,
           reported_on, speaker_key, speaker_name, stance, claim_text as item_text, sentence_text,
           char_start, char_end, null::varchar as metric, null::varchar as subject_id, null::double as value
    from claims
    where form_key in (select key from target_forms)
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
