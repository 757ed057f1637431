-- Which figures do independent sources dispute, how far apart are they, and who says what.
-- One row per disputed (metric, subject, unit class); tolerance: figure_comparison's docs.
-- @param min_sources = 2: only groups with at least this many independent sources
select
    metric,
    coalesce(subject_name, subject_id) as subject,
    unit_class,
    min(min_value) as min_value,
    max(max_value) as max_value,
    max(relative_spread) as relative_spread,
    max(n_independent_sources) as n_independent_sources,
    string_agg(
        coalesce(speaker_name, '(unattributed)') || ': ' || qualifier || value::bigint || ' (' || coalesce(outlet, '?') || ', ' || reported_on || ')',
        '; ' order by reported_on, value
    ) as who_says_what
from marts.figure_comparison
where disputed and n_independent_sources >= cast($min_sources as integer)
group by metric, subject_name, subject_id, unit_class
order by relative_spread desc
