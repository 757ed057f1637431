-- Who denies -- and who asserts, or neither confirms nor denies -- a topic (seed topics), with the sentence it rests on.
-- Default: North Korean troops in Russia. Deniers first.
-- @param topic_id = north_korean_troops_in_russia: a topic_id of seeds.topics
select
    speaker_name,
    overall_stance,
    sum(n_denies) as n_denies,
    sum(n_asserts) as n_asserts,
    sum(n_neither) as n_neither,
    min(first_reported_on) as first_reported_on,
    max(last_reported_on) as last_reported_on,
    string_agg(distinct outlets, ', ') as outlets,
    arg_min(evidence_sentence_text, (stance <> 'denies', reported_on)) as evidence,
    arg_min(evidence_doc_id, (stance <> 'denies', reported_on)) as evidence_doc_id,
    arg_min(evidence_char_start, (stance <> 'denies', reported_on)) as evidence_char_start
from marts.actor_stance
where topic_id = $topic_id
group by speaker_key, speaker_name, overall_stance
order by sum(n_denies) desc, sum(n_asserts) desc, speaker_name
