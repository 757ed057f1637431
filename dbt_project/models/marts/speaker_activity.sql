-- Who is quoted by which outlet: one row per (speaker, outlet) with how often, how
-- (direct quotes, denials) and when; the speaker's totals repeat on each row for ranking.
with claims as (
    select *, coalesce(outlet, '(unknown)') as outlet_name
    from {{ ref('claim_speakers') }}
    where kind <> 'unattributed'
)

select
    c.speaker_key,
    s.speaker_id,
    s.speaker_name,
    s.speaker_affiliation,
    c.outlet_name as outlet,
    count(*) as n_claims,
    count(*) filter (where c.kind = 'direct_quote') as n_direct_quotes,
    count(*) filter (where c.stance = 'denies') as n_denies,
    count(distinct c.doc_id) as n_documents,
    min(c.reported_on) as first_reported_on,
    max(c.reported_on) as last_reported_on,
    s.n_claims as speaker_n_claims,
    s.n_outlets as speaker_n_outlets,
    s.n_independent_sources as speaker_n_independent_sources,
    s.first_reported_on as speaker_first_reported_on,
    s.last_reported_on as speaker_last_reported_on,
    dense_rank() over (order by s.n_claims desc, s.n_independent_sources desc) as speaker_rank
from claims as c
join {{ ref('dim_speakers') }} as s using (speaker_key)
group by c.speaker_key, s.speaker_id, s.speaker_name, s.speaker_affiliation, c.outlet_name,
         s.n_claims, s.n_outlets, s.n_independent_sources, s.first_reported_on, s.last_reported_on
