{#- Which documents are one source. Copies of the same wire agency count once (AFP copy in
    two outlets is one source: AFP), and so do near-duplicates (stg_documents.story_id is
    the first copy of a near-duplicate group). Everything else is its own source. -#}
{% macro independent_source_id(wire_agency, story_id) -%}
    case
        when nullif(trim({{ wire_agency }}), '') is not null then 'wire:' || lower(trim({{ wire_agency }}))
        else 'story:' || {{ story_id }}
    end
{%- endmacro %}

{#- Speaker identity: the canonical entity id when the extractor resolved one, else the
    lower-cased name, so unresolved speakers are still grouped. -#}
{% macro speaker_key(speaker_id, speaker_name) -%}
    coalesce({{ speaker_id }}, 'name:' || lower(trim({{ speaker_name }})))
{%- endmacro %}

{#- Distinct lower-cased words of 3+ letters or digits (Unicode aware), for comparing
    paraphrases of the same claim across outlets (claim_forms, extract.statements). -#}
{% macro token_set(text) -%}
    list_filter(list_distinct(regexp_split_to_array(lower({{ text }}), '[^\p{L}\p{N}]+')), lambda t: length(t) >= 3)
{%- endmacro %}

{#- Figures equal in metric, subject, unit and value are one statement; a figure without a
    metric, subject or value matches only itself. `value + 0` folds -0.0 into 0.0 (they are equal). -#}
{% macro figure_class_key(quantity_id, metric, subject_id, unit, value) -%}
    case when {{ metric }} is null or {{ subject_id }} is null or {{ value }} is null then 'id:' || {{ quantity_id }}
         else 'v:' || {{ metric }} || chr(31) || {{ subject_id }} || chr(31) || coalesce('u:' || {{ unit }}, 'n')
              || chr(31) || cast({{ value }} + 0 as varchar)
    end
{%- endmacro %}
