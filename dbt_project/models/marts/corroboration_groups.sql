-- Each statement and each figure class (corroboration_items) with the independent sources
-- that carry it; the counts of claim_corroboration. Sources are counted once per
-- independent_source_id (wire copies, near-duplicates). Rebuilt whole: one grouped pass over
-- the facts, so a new copy of an old statement updates one row here instead of every older
-- copy's row.
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
from {{ ref('corroboration_items') }}
group by item_type, group_key
