-- Everything one speaker is quoted as saying, where and when, alone or with others
-- (with: the group it spoke in, "South Korea and United States").
-- The speaker is found by canonical id or by any of their names (case-insensitive part),
-- so "Selenskyj", "Zelenskyi" and "Zelenskyy" all resolve to the same person when the
-- extractor resolved them to one id.
-- @param speaker = zelensk: a speaker id (Q3874799) or part of a name
with speakers as (
    select speaker_key
    from marts.dim_speakers
    where speaker_key = $speaker or speaker_id = $speaker
       or speaker_name ilike '%' || $speaker || '%' or entity_name ilike '%' || $speaker || '%'
)
select
    c.speaker_name,
    c.group_name as with_group,
    c.reported_on,
    coalesce(c.outlet, '(unknown)') as outlet,
    c.kind,
    c.stance,
    c.hedged,
    c.claim_text,
    c.sentence_text,
    c.doc_id,
    c.char_start,
    c.char_end
from marts.claim_speakers as c
where c.speaker_key in (select speaker_key from speakers)
-- a claim once, though a name may match the group and its member ("korea")
qualify row_number() over (partition by c.claim_id order by c.group_key nulls first) = 1
order by c.reported_on, c.doc_id, c.char_start
