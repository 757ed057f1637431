{#- The partition window of the current run: Dagster passes min_date/max_date (inclusive)
    as dbt vars; dbt_project.yml defaults them to "everything". -#}
{% macro in_partition_window(column) -%}
    {{ column }} between cast('{{ var("min_date") }}' as date) and cast('{{ var("max_date") }}' as date)
{%- endmacro %}

{#- Pre-hook of the partitioned facts: empty the window first, so a day whose rows
    disappeared (a document removed, a claim no longer found) is emptied too; the
    delete+insert strategy alone only replaces keys that are present in the new batch. -#}
{% macro delete_partition_window() -%}
    {%- if is_incremental() -%}
        delete from {{ this }} where {{ in_partition_window('partition_date') }}
    {%- else -%}
        select 1
    {%- endif -%}
{%- endmacro %}

{#- Pre-hook of marts keyed by a fact's rows (claim_topics by claim_id): empty the rows of the
    window's facts, and of facts that are gone (removed when their day was rebuilt). -#}
{% macro delete_window_rows(key_column, fact, fact_key) -%}
    {%- if is_incremental() -%}
        delete from {{ this }}
        where {{ key_column }} in (select {{ fact_key }} from {{ fact }} where {{ in_partition_window('partition_date') }})
           or {{ key_column }} not in (select {{ fact_key }} from {{ fact }})
    {%- else -%}
        select 1
    {%- endif -%}
{%- endmacro %}
