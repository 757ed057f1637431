-- One row per claim, with who said it, where and when, and the sentence it cites.
select
    c.claim_id,
    c.doc_id,
    d.story_id,
    d.outlet,
    d.wire_agency,
    d.language,
    d.reported_on,
    d.partition_date,
    c.kind,
    c.stance,
    c.hedged,
    c.speaker_id,
    c.speaker_name,
    c.speaker_affiliation,
    c.cue,
    c.claim_text,
    c.char_start,
    c.char_end,
    c.refers_to_date,
    s.sentence_text,
    d.url
from {{ ref('stg_claims') }} as c
join {{ ref('stg_documents') }} as d using (doc_id)
left join {{ ref('stg_sentences') }} as s using (doc_id, sentence_idx)
