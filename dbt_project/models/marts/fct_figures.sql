-- One row per figure, inheriting speaker and stance from the claim that holds it.
select
    q.quantity_id,
    q.doc_id,
    c.claim_id,
    c.story_id,
    c.outlet,
    c.wire_agency,
    c.reported_on,
    c.partition_date,
    q.metric,
    q.subject_id,
    q.unit,
    q.value,
    q.low,
    q.high,
    q.qualifier,
    q.figure_text,
    c.kind as claim_kind,
    c.speaker_id,
    c.speaker_name,
    c.stance,
    c.hedged,
    c.sentence_text,
    q.char_start,
    q.char_end
from {{ ref('stg_quantities') }} as q
join {{ ref('fct_claims') }} as c using (claim_id)
