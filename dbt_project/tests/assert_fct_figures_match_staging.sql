{{ config(meta={'dagster': {'asset_key': ['marts', 'fct_figures']}}) }}
-- The incremental fact must hold exactly the figures of the extracted table.
select 'missing' as problem, quantity_id from {{ ref('stg_quantities') }}
where quantity_id not in (select quantity_id from {{ ref('fct_figures') }})
union all
select 'stale', quantity_id from {{ ref('fct_figures') }}
where quantity_id not in (select quantity_id from {{ ref('stg_quantities') }})
