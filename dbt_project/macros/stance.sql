{#- A speaker's stance from their claims: 'asserts' or 'denies' when all their claims that
    take a side take that one, 'mixed' when they take both, 'neither' when none takes a
    side ("has neither confirmed nor denied", "did not confirm"). -#}
{% macro stance_of_counts(n_asserts, n_denies) -%}
    case when {{ n_asserts }} = 0 and {{ n_denies }} = 0 then 'neither'
         when {{ n_denies }} = 0 then 'asserts'
         when {{ n_asserts }} = 0 then 'denies'
         else 'mixed' end
{%- endmacro %}
