{#- True when a figure's interval (lower..upper) and a source's bounds are more than the
    tolerance apart: the figure lies above the source's lowest upper end, or the source's
    highest lower end above the figure's upper end. Null bounds never conflict (null). -#}
{% macro conflict(lower_bound, upper_bound, max_lower_bound, min_upper_bound, tolerance) -%}
    {{ lower_bound }} > {{ min_upper_bound }} * (1 + {{ tolerance }})
    or {{ max_lower_bound }} > {{ upper_bound }} * (1 + {{ tolerance }})
{%- endmacro %}
