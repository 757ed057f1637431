-- What changed between two dates: for each compared figure, its range as known on date_from
-- and on date_to; speakers first quoted after date_from; denials made after date_from.
-- One row per change, with the sentence it rests on ("as known on" = reported on or before).
-- @param date_from = 2024-10-28: the earlier day
-- @param date_to = 2024-12-16: the later day
with params as (
    select cast($date_from as date) as d_from, cast($date_to as date) as d_to
),

figure_ranges as (
    select
        f.comparison_key,
        f.metric || ' of ' || coalesce(f.subject_name, f.subject_id) || coalesce(' (' || nullif(f.unit_class, '') || ')', '') as subject,
        min(f.value) filter (where f.reported_on <= p.d_from) as min_before,
        max(f.value) filter (where f.reported_on <= p.d_from) as max_before,
        min(f.value) filter (where f.reported_on <= p.d_to) as min_after,
        max(f.value) filter (where f.reported_on <= p.d_to) as max_after,
        count(*) filter (where f.reported_on > p.d_from and f.reported_on <= p.d_to) as n_new,
        arg_max(f.sentence_text, f.reported_on) filter (where f.reported_on > p.d_from and f.reported_on <= p.d_to) as evidence,
        arg_max(f.doc_id, f.reported_on) filter (where f.reported_on > p.d_from and f.reported_on <= p.d_to) as doc_id
    from marts.figure_comparison as f, params as p
    group by all
),

new_speakers as (
    select s.speaker_name, s.first_reported_on, c.sentence_text, c.doc_id
    from marts.dim_speakers as s, params as p
    join marts.claim_speakers as c on c.speaker_key = s.speaker_key and c.reported_on = s.first_reported_on
    where s.first_reported_on > p.d_from and s.first_reported_on <= p.d_to
    qualify row_number() over (partition by s.speaker_key order by c.doc_id, c.char_start) = 1
),

new_denials as (
    select c.speaker_name, c.reported_on, c.sentence_text, c.doc_id
    from marts.fct_claims as c, params as p
    where c.stance = 'denies' and c.reported_on > p.d_from and c.reported_on <= p.d_to
)

select 'figure range' as change, subject as about,
       coalesce(min_before::bigint || '–' || max_before::bigint, 'none') as before,
       min_after::bigint || '–' || max_after::bigint as after,
       evidence, doc_id
from figure_ranges
where n_new > 0
union all
select 'new speaker', speaker_name, null, first_reported_on::varchar, sentence_text, doc_id
from new_speakers
union all
select 'new denial', speaker_name, null, reported_on::varchar, sentence_text, doc_id
from new_denials
order by change, about
