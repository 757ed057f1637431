-- One row per canonical entity (Wikidata QID where known): its most used name and label,
-- and where it is mentioned.
with mentions as (
    select m.entity_id, m.entity_name, m.label, m.doc_id, d.outlet, d.reported_on
    from {{ ref('stg_entity_mentions') }} as m
    join {{ ref('stg_documents') }} as d using (doc_id)
)

select
    entity_id,
    mode(entity_name order by entity_name) as entity_name,
    mode(label order by label) as label,
    count(*) as n_mentions,
    count(distinct doc_id) as n_documents,
    count(distinct outlet) as n_outlets,
    min(reported_on) as first_reported_on,
    max(reported_on) as last_reported_on,
    entity_id like 'Q%' and regexp_matches(entity_id, '^Q[0-9]+$') as is_wikidata
from mentions
group by entity_id
