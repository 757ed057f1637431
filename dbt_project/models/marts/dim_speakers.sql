-- One row per speaker (speaker_key: the canonical id, else the lower-cased name): how
-- often, where and when they are quoted, and how often they assert or deny, counting the
-- claims they make as a member of a group (claim_speakers; n_joint_claims of them).
with claims as (
    select * from {{ ref('claim_speakers') }}
),
figures as (
    select c.speaker_key, count(*) as n_figures
    from {{ ref('fct_figures') }} as f
    join claims as c using (claim_id)
    group by c.speaker_key
)

select
    c.speaker_key,
    max(c.speaker_id) as speaker_id,
    coalesce(mode(c.speaker_name order by c.speaker_name), e.entity_name, c.speaker_key) as speaker_name,
    mode(c.speaker_affiliation order by c.speaker_affiliation) as speaker_affiliation,
    e.entity_name as entity_name,
    count(*) as n_claims,
    count(*) filter (where c.group_key is not null) as n_joint_claims,
    count(*) filter (where c.kind = 'direct_quote') as n_direct_quotes,
    count(*) filter (where c.stance = 'asserts') as n_asserts,
    count(*) filter (where c.stance = 'denies') as n_denies,
    count(*) filter (where c.stance = 'neither') as n_neither,
    coalesce(max(f.n_figures), 0) as n_figures,
    count(distinct c.doc_id) as n_documents,
    count(distinct c.outlet) as n_outlets,
    count(distinct c.independent_source_id) as n_independent_sources,
    min(c.reported_on) as first_reported_on,
    max(c.reported_on) as last_reported_on
from claims as c
left join figures as f using (speaker_key)
left join {{ ref('dim_entities') }} as e on e.entity_id = c.speaker_id
group by c.speaker_key, e.entity_name
