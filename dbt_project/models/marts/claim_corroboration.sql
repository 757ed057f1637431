-- Each claim and each figure (corroboration_items) with the independent sources that carry
-- its statement (corroboration_groups). A view, so that a new copy of an old statement
-- changes one count row, not the rows of all its older copies.
{{ config(materialized='view') }}

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
from {{ ref('corroboration_items') }} as i
join {{ ref('corroboration_groups') }} as g using (item_type, group_key)
