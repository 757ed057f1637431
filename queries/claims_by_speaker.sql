-- Everything one speaker is quoted as saying, where and when.
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
from marts.fct_claims as c
where c.speaker_key in (select speaker_key from speakers)
order by c.reported_on, c.doc_id, c.char_start
