-- Who asserts and who denies, per topic and speaker, over time: one row per
-- (topic, speaker, day reported), with the counts, the stance of that day, the stance over
-- all days, and the first claim as evidence (doc_id + offsets + sentence).
with claims as (
    select c.*, t.topic_id, t.topic_label, t.match_level
    from {{ ref('claim_speakers') }} as c
    join {{ ref('claim_topics') }} as t using (claim_id)
    where c.kind <> 'unattributed'
),

daily as (
    select
        topic_id,
        topic_label,
        speaker_key,
        reported_on,
        max(speaker_id) as speaker_id,
        mode(speaker_name order by speaker_name) as speaker_name,
        count(*) as n_claims,
        count(*) filter (where stance = 'asserts') as n_asserts,
        count(*) filter (where stance = 'denies') as n_denies,
        count(*) filter (where stance = 'neither') as n_neither,
        count(*) filter (where hedged) as n_hedged,
        count(*) filter (where match_level = 'sentence') as n_direct_matches,
        count(distinct independent_source_id) as n_independent_sources,
        string_agg(distinct coalesce(outlet, '(unknown)'), ', ' order by coalesce(outlet, '(unknown)')) as outlets,
        list(claim_id order by doc_id, char_start) as claim_ids,
        -- evidence: the first claim of the day (denials first: they are the news)
        arg_min(claim_id, (stance <> 'denies', doc_id, char_start)) as evidence_claim_id
    from claims
    group by topic_id, topic_label, speaker_key, reported_on
)

select
    d.topic_id,
    d.topic_label,
    d.speaker_key,
    d.speaker_id,
    d.speaker_name,
    d.reported_on,
    d.n_claims,
    d.n_asserts,
    d.n_denies,
    d.n_neither,
    d.n_hedged,
    d.n_direct_matches,
    d.n_independent_sources,
    d.outlets,
    {{ stance_of_counts('d.n_asserts', 'd.n_denies') }} as stance,
    {{ stance_of_counts('sum(d.n_asserts) over s', 'sum(d.n_denies) over s') }} as overall_stance,
    min(d.reported_on) over s as first_reported_on,
    max(d.reported_on) over s as last_reported_on,
    d.claim_ids,
    d.evidence_claim_id,
    e.doc_id as evidence_doc_id,
    e.char_start as evidence_char_start,
    e.char_end as evidence_char_end,
    e.claim_text as evidence_claim_text,
    e.sentence_text as evidence_sentence_text,
    e.outlet as evidence_outlet
from daily as d
join {{ ref('fct_claims') }} as e on e.claim_id = d.evidence_claim_id
window s as (partition by d.topic_id, d.speaker_key)
