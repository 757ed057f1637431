{#- Post-hook of every mart (dbt_project.yml); acts on incremental Python models. dbt-duckdb
    1.11 writes a Python model's new rows to `<model>__dbt_tmp<time>` as a plain table in the main schema (the Python job runs on
    its own cursor, where a temporary table would not be seen), yet its incremental
    materialization drops only the intermediates it did not create as "temporary": without
    this, every incremental run of claim_statements left one such table behind. Set on the
    folder, not on that model, so that any incremental Python model is covered. -#}
{% macro drop_python_intermediates() -%}
    {%- if execute and model.language == 'python' and is_incremental() -%}
        {%- set leftovers = run_query(
            "select table_name from information_schema.tables where table_catalog = current_database()"
            ~ " and table_schema = 'main' and table_name like '" ~ this.identifier ~ "__dbt_tmp%'") -%}
        {%- for row in leftovers -%}
        drop table if exists main."{{ row[0] }}";
        {% endfor -%}
    {%- endif -%}
    select 1
{%- endmacro %}
