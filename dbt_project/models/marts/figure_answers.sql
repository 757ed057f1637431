-- Who denies, confirms or leaves open each figure: one row per figure and claim answering the claim
-- that gives it. "Kyiv says 11,000 North Korean soldiers are in Kursk, a figure Moscow
-- disputes": the 11,000 are Kyiv's (fct_figures), Moscow's denial answers Kyiv's claim.
select
    f.quantity_id,
    f.doc_id,
    f.metric,
    f.subject_id,
    f.unit,
    f.value,
    f.low,
    f.high,
    f.qualifier,
    f.figure_text,
    f.claim_id as figure_claim_id,
    f.speaker_key as figure_speaker_key,
    f.speaker_name as figure_speaker_name,
    a.claim_id as answer_claim_id,
    a.speaker_key as answer_speaker_key,
    -- the outlet's own caveat ("The figures could not be independently verified") answers in
    -- the outlet's name
    coalesce(a.speaker_name, a.outlet) as answer_speaker_name,
    -- not denying is conceding (fct_claims.stance): "did not deny" confirms; not confirming
    -- is not conceding: "Moscow has neither confirmed nor denied the figure" leaves it open
    case a.stance when 'denies' then 'denies' when 'asserts' then 'confirms' when 'neither' then 'neither' end as answer,
    a.hedged as answer_hedged,
    a.cue as answer_cue,
    a.outlet,
    a.independent_source_id,
    a.reported_on,
    -- the sentence of the answer's cue ("The Kremlin denied this."): its content is the
    -- figure's, in the sentence before
    s.sentence_idx as answer_sentence_idx,
    s.sentence_text as answer_sentence_text,
    a.url
from {{ ref('fct_figures') }} as f
join {{ ref('fct_claims') }} as a on a.answers_claim_id = f.claim_id
join {{ ref('stg_claims') }} as cue on cue.claim_id = a.claim_id
left join {{ ref('stg_sentences') }} as s
  on s.doc_id = a.doc_id and coalesce(cue.cue_start, cue.char_start) >= s.char_start
 and coalesce(cue.cue_start, cue.char_start) < s.char_end
