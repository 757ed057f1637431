-- Documents, claims and figures per day reported (published_at, else landing day) and
-- outlet ('(unknown)' when none was found).
with docs as (
    select reported_on, coalesce(outlet, '(unknown)') as outlet,
           count(*) as n_documents,
           count(distinct story_id) as n_stories,
           count(*) filter (where is_machine_translated) as n_machine_translated
    from {{ ref('stg_documents') }}
    group by 1, 2
),
claims as (
    select reported_on, coalesce(outlet, '(unknown)') as outlet,
           count(*) as n_claims,
           count(*) filter (where kind <> 'unattributed') as n_attributed_claims,
           count(*) filter (where stance = 'denies') as n_denials,
           count(distinct speaker_key) as n_speakers
    from {{ ref('fct_claims') }}
    group by 1, 2
),
figures as (
    select reported_on, coalesce(outlet, '(unknown)') as outlet, count(*) as n_figures
    from {{ ref('fct_figures') }}
    group by 1, 2
)

select
    d.reported_on,
    d.outlet,
    d.n_documents,
    d.n_stories,
    d.n_machine_translated,
    coalesce(c.n_claims, 0) as n_claims,
    coalesce(c.n_attributed_claims, 0) as n_attributed_claims,
    coalesce(c.n_denials, 0) as n_denials,
    coalesce(c.n_speakers, 0) as n_speakers,
    coalesce(f.n_figures, 0) as n_figures
from docs as d
left join claims as c using (reported_on, outlet)
left join figures as f using (reported_on, outlet)
