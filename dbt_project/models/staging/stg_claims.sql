select
    c.claim_id,
    c.doc_id,
    c.sentence_idx,
    c.char_start,
    c.char_end,
    c.text as claim_text,
    c.kind,
    c.speaker_text,
    c.speaker_id,
    c.speaker_name,
    c.speaker_affiliation,
    c.cue,
    c.cue_start,
    c.stance,
    c.hedged,
    c.refers_to_date,
    c.answers_claim_id
from {{ source('extracted', 'claims') }} as c
