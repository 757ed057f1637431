-- One row per outlet ('(unknown)' when cleaning found none): what it published, in
-- which languages, how much of it is wire copy or machine translation.
with docs as (
    select
        coalesce(outlet, '(unknown)') as outlet,
        doc_id, story_id, language, wire_agency, is_machine_translated, duplicate_of, reported_on,
        {{ independent_source_id('wire_agency', 'story_id') }} as independent_source_id
    from {{ ref('stg_documents') }}
),
claims as (
    select coalesce(outlet, '(unknown)') as outlet, count(*) as n_claims
    from {{ ref('fct_claims') }}
    group by 1
)

select
    d.outlet,
    count(*) as n_documents,
    count(distinct d.story_id) as n_stories,
    count(distinct d.independent_source_id) as n_independent_sources,
    count(*) filter (where d.wire_agency is not null) as n_wire_copies,
    count(*) filter (where d.duplicate_of is not null) as n_near_duplicates,
    count(*) filter (where d.is_machine_translated) as n_machine_translated,
    string_agg(distinct d.language, ', ' order by d.language) as languages,
    string_agg(distinct d.wire_agency, ', ' order by d.wire_agency) as wire_agencies,
    coalesce(max(c.n_claims), 0) as n_claims,
    min(d.reported_on) as first_reported_on,
    max(d.reported_on) as last_reported_on
from docs as d
left join claims as c using (outlet)
group by d.outlet
