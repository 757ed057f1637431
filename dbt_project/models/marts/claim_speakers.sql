-- Who each claim speaks for: one row per claim and speaker, with the claim's columns
-- (fct_claims). A claim of a group speaker ("South Korea and the US") has a row for the
-- group and one for each member as named alone, with group_key and group_name, so what
-- the US said includes what it said jointly. Claims without a speaker have no row.
-- A view: the rows are fct_claims' (and the members extracted.claims'), not stored twice.
{{ config(materialized='view') }}

-- read twice: NOT MATERIALIZED, or DuckDB would hold every claim's columns in memory
with claims as not materialized (
    select * from {{ ref('fct_claims') }} where speaker_key is not null
),

members as (
    select claim_id, unnest(speaker_members) as member
    from {{ ref('stg_claims') }}
    where speaker_members is not null
)

select c.*, null::varchar as group_key, null::varchar as group_name
from claims as c
union all by name
select
    c.* replace (
        {{ speaker_key('m.member.speaker_id', 'm.member.speaker_name') }} as speaker_key,
        m.member.speaker_id as speaker_id,
        m.member.speaker_name as speaker_name,
        null::varchar as speaker_affiliation
    ),
    c.speaker_key as group_key,
    c.speaker_name as group_name
from claims as c
join members as m using (claim_id)
