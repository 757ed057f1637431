{{ config(meta={'dagster': {'asset_key': ['marts', 'fct_claims']}}) }}
-- The incremental fact must hold exactly the claims of the extracted table: none lost by a
-- partial rebuild, none left over from a day whose claims were replaced.
select 'missing' as problem, claim_id from {{ ref('stg_claims') }}
where claim_id not in (select claim_id from {{ ref('fct_claims') }})
union all
select 'stale', claim_id from {{ ref('fct_claims') }}
where claim_id not in (select claim_id from {{ ref('stg_claims') }})
