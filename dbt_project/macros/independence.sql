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
    paraphrases of the same claim across outlets. -#}
{% macro token_set(text) -%}
    list_filter(list_distinct(regexp_split_to_array(lower({{ text }}), '[^\p{L}\p{N}]+')), lambda t: length(t) >= 3)
{%- endmacro %}

{#- Jaccard similarity of two token sets (0 when both are empty). -#}
{% macro token_jaccard(a, b) -%}
    coalesce(len(list_intersect({{ a }}, {{ b }})) / nullif(len(list_distinct(list_concat({{ a }}, {{ b }}))), 0), 0)
{%- endmacro %}
