-- For each (metric, subject, unit class): every source's figure side by side, the range, the
-- number of independent sources and whether they dispute each other.
--
-- Each figure is read as an interval according to its qualifier: '=' and '~' are the point
-- (or the stated low..high range), '>'/'>=' only bound from below, '<'/'<=' only from above.
-- Two figures conflict when their intervals are more than the tolerance apart
-- (lower end of one > upper end of the other * (1 + tolerance)); so "more than 10,000"
-- never conflicts with "12,000", while "10,000" and "12,000" do (20 % > 10 %).
-- A group is disputed when two figures from different independent sources conflict;
-- figures the speaker denies are shown but do not take part.
{% set tolerance = var('dispute_tolerance', 0.10) %}

with figures as (
    select
        f.*,
        case when f.qualifier in ('=', '~') then coalesce(f.low, f.value)
             when f.qualifier in ('>', '>=') then f.value
        end as lower_bound,
        case when f.qualifier in ('=', '~') then coalesce(f.high, f.value)
             when f.qualifier in ('<', '<=') then f.value
        end as upper_bound
    from {{ ref('fct_figures') }} as f
    where f.subject_id is not null and f.metric <> 'other'
),

-- Units that count the same thing (troop, soldier ...) share a class (seed unit_classes).
grouped as (
    select f.*, coalesce(u.unit_class, f.unit, '') as unit_class,
           f.metric || ':' || f.subject_id || ':' || coalesce(u.unit_class, f.unit, '') as comparison_key
    from figures as f
    left join {{ ref('unit_classes') }} as u on u.unit = lower(f.unit)
),

-- A source conflicts with a figure when one of its asserted figures does, that is when its
-- highest lower end or its lowest upper end does: compare each figure with the sources of
-- its group, not with every figure (wire copies repeat one number many times).
source_bounds as (
    select comparison_key, independent_source_id,
           max(lower_bound) as max_lower_bound, min(upper_bound) as min_upper_bound
    from grouped
    where stance = 'asserts'
    group by comparison_key, independent_source_id
),

-- ... and compare each distinct interval with each distinct pair of source bounds, counting
-- the sources that have it: at 50,000 benchmark documents one group has 101,038 figures
-- from 2,016 sources, and joining figures to sources (200 M pairs, distinct-counted) ran
-- out of memory.
bound_pairs as (
    select comparison_key, max_lower_bound, min_upper_bound, count(*) as n_sources
    from source_bounds
    group by all
),

interval_conflicts as (
    select i.comparison_key, i.lower_bound, i.upper_bound, sum(p.n_sources) as n_sources
    from (select distinct comparison_key, lower_bound, upper_bound from grouped where stance = 'asserts') as i
    join bound_pairs as p
      on i.comparison_key = p.comparison_key
     and ({{ conflict('i.lower_bound', 'i.upper_bound', 'p.max_lower_bound', 'p.min_upper_bound', tolerance) }})
    group by all
),

-- the sources in conflict with a figure, less its own source (which may conflict with it)
conflicts as (
    select a.quantity_id,
           c.n_sources - case when {{ conflict('a.lower_bound', 'a.upper_bound', 'own.max_lower_bound',
                                                'own.min_upper_bound', tolerance) }} then 1 else 0 end
               as n_conflicting_sources
    from grouped as a
    join interval_conflicts as c
      on c.comparison_key = a.comparison_key
     and c.lower_bound is not distinct from a.lower_bound
     and c.upper_bound is not distinct from a.upper_bound
    join source_bounds as own
      on own.comparison_key = a.comparison_key and own.independent_source_id = a.independent_source_id
    where a.stance = 'asserts'
),

-- who answered each figure's claim (figure_answers): "…, a figure Moscow disputes"
answers as (
    select quantity_id,
           string_agg(distinct answer_speaker_name, '; ' order by answer_speaker_name)
               filter (where answer = 'denies') as denied_by,
           string_agg(distinct answer_speaker_name, '; ' order by answer_speaker_name)
               filter (where answer = 'confirms') as confirmed_by,
           string_agg(distinct answer_speaker_name, '; ' order by answer_speaker_name)
               filter (where answer = 'neither') as left_open_by
    from {{ ref('figure_answers') }}
    group by quantity_id
),

figure_rows as (
    select g.*, coalesce(c.n_conflicting_sources, 0) as n_conflicting_sources, a.denied_by, a.confirmed_by, a.left_open_by
    from grouped as g
    left join conflicts as c using (quantity_id)
    left join answers as a using (quantity_id)
),

-- per group, by one grouped pass (window aggregates over a 100,000-figure group spill poorly)
group_stats as (
    select
        comparison_key,
        count(*) as n_figures,
        count(distinct independent_source_id) as n_independent_sources,
        count(distinct speaker_key) as n_speakers,
        min(value) as min_value,
        max(value) as max_value,
        max(value) - min(value) as spread,
        -- over the point figures ('=', '~') only: "thousands of troops" (>= 1,000) is no low estimate
        (max(value) filter (where qualifier in ('=', '~')) - min(value) filter (where qualifier in ('=', '~')))
        / nullif(min(value) filter (where qualifier in ('=', '~')), 0) as relative_spread,
        bool_or(n_conflicting_sources > 0) as disputed
    from figure_rows
    group by comparison_key
)

select
    r.comparison_key,
    r.metric,
    r.subject_id,
    e.entity_name as subject_name,
    r.unit,
    r.unit_class,
    r.quantity_id,
    r.value,
    r.low,
    r.high,
    r.qualifier,
    r.lower_bound,
    r.upper_bound,
    r.figure_text,
    r.speaker_key,
    r.speaker_id,
    r.speaker_name,
    r.stance,
    r.hedged,
    r.outlet,
    r.wire_agency,
    r.independent_source_id,
    r.reported_on,
    r.doc_id,
    r.claim_id,
    r.char_start,
    r.char_end,
    r.sentence_idx,
    r.sentence_start,
    r.sentence_end,
    r.sentence_text,
    r.url,
    r.n_conflicting_sources,
    r.denied_by,
    r.confirmed_by,
    r.left_open_by,
    s.n_figures,
    s.n_independent_sources,
    s.n_speakers,
    s.min_value,
    s.max_value,
    s.spread,
    s.relative_spread,
    s.disputed,
    {{ tolerance }} as dispute_tolerance
from figure_rows as r
join group_stats as s using (comparison_key)
left join {{ ref('dim_entities') }} as e on e.entity_id = r.subject_id
