-- Each statement (claims grouped by claim_statements) and each figure class (equal
-- metric, subject, unit and value) with the independent sources that carry it; the counts
-- of claim_corroboration. Sources are counted once per independent_source_id (wire
-- copies, near-duplicates). Rebuilt whole: one grouped pass over the facts, so a new copy
-- of an old statement updates one row here instead of every older copy's row.
with claims as (
    select s.statement_key as group_key, c.doc_id, c.outlet, c.independent_source_id, c.reported_on
    from {{ ref('fct_claims') }} as c
    join {{ ref('claim_forms') }} as f using (claim_id)
    join {{ ref('claim_statements') }} as s using (form_key)
),

figures as (
    select {{ figure_class_key('quantity_id', 'metric', 'subject_id', 'unit', 'value') }} as group_key,
           doc_id, outlet, independent_source_id, reported_on
    from {{ ref('fct_figures') }}
),

items as (
    select 'claim' as item_type, group_key, doc_id, outlet, independent_source_id, reported_on from claims
    union all
    select 'figure', group_key, doc_id, outlet, independent_source_id, reported_on from figures
)

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
from items
group by item_type, group_key
