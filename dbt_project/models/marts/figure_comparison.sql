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

conflicts as (
    select a.quantity_id, count(distinct b.independent_source_id) as n_conflicting_sources
    from grouped as a
    join source_bounds as b
      on a.comparison_key = b.comparison_key
     and a.independent_source_id <> b.independent_source_id
     and a.stance = 'asserts'
     and (a.lower_bound > b.min_upper_bound * (1 + {{ tolerance }})
          or b.max_lower_bound > a.upper_bound * (1 + {{ tolerance }}))
    group by a.quantity_id
),

figure_rows as (
    select g.*, coalesce(c.n_conflicting_sources, 0) as n_conflicting_sources
    from grouped as g
    left join conflicts as c using (quantity_id)
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
    count(*) over w as n_figures,
    count(distinct r.independent_source_id) over w as n_independent_sources,
    count(distinct r.speaker_key) over w as n_speakers,
    min(r.value) over w as min_value,
    max(r.value) over w as max_value,
    max(r.value) over w - min(r.value) over w as spread,
    -- over the point figures ('=', '~') only: "thousands of troops" (>= 1,000) is no low estimate
    (max(r.value) filter (where r.qualifier in ('=', '~')) over w
     - min(r.value) filter (where r.qualifier in ('=', '~')) over w)
    / nullif(min(r.value) filter (where r.qualifier in ('=', '~')) over w, 0) as relative_spread,
    bool_or(r.n_conflicting_sources > 0) over w as disputed,
    {{ tolerance }} as dispute_tolerance
from figure_rows as r
left join {{ ref('dim_entities') }} as e on e.entity_id = r.subject_id
window w as (partition by r.comparison_key)
