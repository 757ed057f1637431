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
{% set min_similarity = var('corroboration_min_similarity', 0.5) %}

with claims as (
    select claim_id, doc_id, outlet, independent_source_id, reported_on, speaker_key, speaker_name,
           stance, claim_text, sentence_text, char_start, char_end,
           {{ token_set('claim_text') }} as tokens
    from {{ ref('fct_claims') }}
),

claim_matches as (
    select a.claim_id as item_id, b.doc_id, b.outlet, b.independent_source_id, b.reported_on
    from claims as a
    join claims as b
      on a.speaker_key is not distinct from b.speaker_key
     and (a.claim_id = b.claim_id or {{ token_jaccard('a.tokens', 'b.tokens') }} >= {{ min_similarity }})
),

figures as (
    select quantity_id, doc_id, outlet, independent_source_id, reported_on, speaker_key, speaker_name,
           stance, figure_text, sentence_text, char_start, char_end, metric, subject_id, unit, value
    from {{ ref('fct_figures') }}
),

figure_matches as (
    select a.quantity_id as item_id, b.doc_id, b.outlet, b.independent_source_id, b.reported_on
    from figures as a
    join figures as b
      on a.quantity_id = b.quantity_id
      or (a.metric = b.metric
          and a.subject_id = b.subject_id  -- figures without a subject match only themselves
          and a.unit is not distinct from b.unit
          and a.value = b.value)
),

carried as (
    select 'claim' as item_type, * from claim_matches
    union all
    select 'figure' as item_type, * from figure_matches
),

summary as (
    select
        item_type,
        item_id,
        count(distinct doc_id) as n_documents,
        count(distinct coalesce(outlet, '(unknown)')) as n_outlets,
        count(distinct independent_source_id) as n_independent_sources,
        string_agg(distinct coalesce(outlet, '(unknown)'), ', ' order by coalesce(outlet, '(unknown)')) as outlets,
        list(distinct independent_source_id order by independent_source_id) as independent_source_ids,
        min(reported_on) as first_reported_on,
        max(reported_on) as last_reported_on
    from carried
    group by item_type, item_id
),

items as (
    select 'claim' as item_type, claim_id as item_id, doc_id, outlet, independent_source_id,
           reported_on, speaker_key, speaker_name, stance, claim_text as item_text, sentence_text,
           char_start, char_end, null::varchar as metric, null::varchar as subject_id, null::double as value
    from claims
    union all
    select 'figure', quantity_id, doc_id, outlet, independent_source_id,
           reported_on, speaker_key, speaker_name, stance, figure_text, sentence_text,
           char_start, char_end, metric, subject_id, value
    from figures
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
join summary as s using (item_type, item_id)
