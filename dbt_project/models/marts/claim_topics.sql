-- Which topics (seed `topics`) each claim is about, and how directly.
--
-- The context of a claim is its sentence plus the `topic_context_sentences` (default 3)
-- sentences before it in the same document: reported speech often refers back
-- ("the Kremlin called this information fake news" follows the sentence that names the
-- North Korean deployment). match_level = 'sentence' when the claim's own sentence names
-- the subject and matches the topic; 'context' when only the wider context does. Context
-- matches are kept only for claims whose own sentence matches no topic, so a sentence
-- that is clearly about one topic does not inherit its neighbours' topics.
{% set window = var('topic_context_sentences', 3) %}

with claims as (
    select claim_id, doc_id, sentence_idx, coalesce(sentence_text, claim_text) as sentence_text
    from {{ ref('fct_claims') }}
),

topics as (
    select topic_id, label, string_split(coalesce(subject_entity_ids, ''), ' ') as subject_ids,
           subject_pattern, about_pattern
    from {{ ref('topics') }}
),

sentence_entities as (
    select doc_id, sentence_idx, list(distinct entity_id) as entity_ids
    from {{ ref('stg_entity_mentions') }}
    group by doc_id, sentence_idx
),

-- Each sentence of the context window, with the entity ids mentioned in it.
context as (
    select c.claim_id, s.sentence_idx = c.sentence_idx as is_claim_sentence,
           s.sentence_text as text,
           coalesce(e.entity_ids, []) as entity_ids
    from claims as c
    join {{ ref('stg_sentences') }} as s
      on s.doc_id = c.doc_id
     and s.sentence_idx between c.sentence_idx - {{ window }} and c.sentence_idx
    left join sentence_entities as e
      on e.doc_id = s.doc_id and e.sentence_idx = s.sentence_idx
),

matches as (
    select
        x.claim_id,
        t.topic_id,
        t.label as topic_label,
        bool_or(x.is_claim_sentence and (len(list_intersect(x.entity_ids, t.subject_ids)) > 0
                                         or regexp_matches(x.text, t.subject_pattern, 'i'))
                and regexp_matches(x.text, t.about_pattern, 'i')) as in_sentence,
        bool_or(len(list_intersect(x.entity_ids, t.subject_ids)) > 0
                or regexp_matches(x.text, t.subject_pattern, 'i')) as subject_in_context,
        bool_or(regexp_matches(x.text, t.about_pattern, 'i')) as about_in_context
    from context as x
    cross join topics as t
    group by x.claim_id, t.topic_id, t.label
)

select
    claim_id,
    topic_id,
    topic_label,
    case when in_sentence then 'sentence' else 'context' end as match_level
from matches
qualify in_sentence
   or (subject_in_context and about_in_context
       and not bool_or(in_sentence) over (partition by claim_id))
