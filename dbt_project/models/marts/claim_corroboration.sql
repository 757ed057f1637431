-- Each claim and each figure with the independent sources that carry it: the item's row
-- joined to its statement's counts (corroboration_groups). A view, so that a new copy of an
-- old statement changes one count row, not the rows of all its older copies.
--
-- Same claim: the same statement in claim_statements (speaker equal, words resembling the
-- statement's first-reported wording; extract.statements). Same figure: equal metric,
-- subject, unit and value (any qualifier: "around 10,000" and "more than 10,000" carry the
-- same number); a figure without a subject ("nine people") is too vague to match another.
{{ config(materialized='view') }}

with items as (
    select 'claim' as item_type, s.statement_key as group_key, c.claim_id as item_id, c.doc_id, c.outlet,
           c.independent_source_id, c.reported_on, c.speaker_key, c.speaker_name, c.stance,
           c.claim_text as item_text, c.sentence_text, c.char_start, c.char_end,
           null::varchar as metric, null::varchar as subject_id, null::double as value
    from {{ ref('fct_claims') }} as c
    join {{ ref('claim_forms') }} as f using (claim_id)
    join {{ ref('claim_statements') }} as s using (form_key)
    union all
    select 'figure', {{ figure_class_key('quantity_id', 'metric', 'subject_id', 'unit', 'value') }}, quantity_id,
           doc_id, outlet, independent_source_id, reported_on, speaker_key, speaker_name, stance,
           figure_text, sentence_text, char_start, char_end, metric, subject_id, value
    from {{ ref('fct_figures') }}
)

select
    i.item_type,
    i.item_id,
    i.group_key as statement_key,
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
    g.n_documents,
    g.n_outlets,
    g.n_independent_sources,
    g.outlets,
    g.independent_source_ids,
    g.first_reported_on,
    g.last_reported_on,
    g.n_independent_sources >= 2 as corroborated
from items as i
join {{ ref('corroboration_groups') }} as g using (item_type, group_key)
