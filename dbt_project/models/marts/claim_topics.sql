-- Which topics (seed `topics`) each claim is about, and how directly.
--
-- The context of a claim is its sentence plus the `topic_context_sentences` (default 3)
-- sentences before it in the same document: reported speech often refers back
-- ("the Kremlin called this information fake news" follows the sentence that names the
-- North Korean deployment). match_level = 'sentence' when the claim's own sentence names
-- the subject and matches the topic; 'context' when only the wider context does. Context
-- matches are kept only for claims whose own sentence matches no topic, so a sentence
-- that is clearly about one topic does not inherit its neighbours' topics.
--
-- Incremental like fct_claims: a claim's topics depend only on its own document, so a run
-- recomputes the claims of its window; the pre-hook first drops their rows and those of
-- claims that are gone. `--full-refresh` after editing the seed or the var.
{% set window = var('topic_context_sentences', 3) %}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key=['claim_id', 'topic_id'],
    on_schema_change='fail',
    pre_hook="{{ delete_window_rows('claim_id', ref('fct_claims'), 'claim_id') }}",
) }}

with claims as (
    select claim_id, doc_id, sentence_idx
    from {{ ref('fct_claims') }}
    {% if is_incremental() %}
    where {{ in_partition_window('partition_date') }}
    {% endif %}
),

topics as (
    select topic_id, label, string_split(coalesce(subject_entity_ids, ''), ' ') as subject_ids,
           subject_pattern, about_pattern
    from {{ ref('topics') }}
),

-- Memory, measured on the 50,000 benchmark warehouse (dbt build of all marts): the per-claim
-- form of this model ran out of a 1 GB cap. Two changes let it build under 384 MB:
-- - match claim sentences, carrying (doc_id, sentence_idx) through the joins and the
--   grouping rather than each claim's id; the claims take their sentence's topics at the end;
-- - `context` and `sentences` are read twice, and DuckDB keeps a CTE read twice in memory,
--   unspilled (3.9 M and 1.5 M rows here): NOT MATERIALIZED computes them where they are read.
claim_sentences as (
    select distinct doc_id, sentence_idx from claims
),

-- Each sentence of a claim sentence's context window (indices below 0 match nothing).
context as not materialized (
    select doc_id, sentence_idx, unnest(range(sentence_idx - {{ window }}, sentence_idx + 1)) as context_idx
    from claim_sentences
),

sentences as not materialized (
    select s.doc_id, s.sentence_idx, s.sentence_text as text
    from {{ ref('stg_sentences') }} as s
    semi join (select distinct doc_id, context_idx from context) as c
      on c.doc_id = s.doc_id and c.context_idx = s.sentence_idx
),

sentence_entities as (
    select doc_id, sentence_idx, list(distinct entity_id) as entity_ids
    from {{ ref('stg_entity_mentions') }}
    where doc_id in (select doc_id from claim_sentences)
    group by doc_id, sentence_idx
),

-- The patterns are columns, so DuckDB compiles the regex on every call: match each
-- distinct text once per topic, not once per (context sentence, topic).
text_topics as (
    select x.text, t.topic_id,
           regexp_matches(x.text, t.subject_pattern, 'i') as names_subject,
           regexp_matches(x.text, t.about_pattern, 'i') as is_about
    from (select distinct text from sentences) as x
    cross join topics as t
),

-- Only the (sentence, topic) pairs that name the subject or are about the topic: the others
-- add nothing to any claim's match, and at 50,000 benchmark documents keeping them (four
-- topics for each of millions of context sentences) ran dbt out of memory.
sentence_topics as (
    select doc_id, sentence_idx, topic_id, names_subject, is_about
    from (
        select s.doc_id, s.sentence_idx, t.topic_id,
               len(list_intersect(coalesce(e.entity_ids, []), t.subject_ids)) > 0 or m.names_subject as names_subject,
               m.is_about
        from sentences as s
        cross join topics as t
        join text_topics as m on m.text is not distinct from s.text and m.topic_id = t.topic_id
        left join sentence_entities as e
          on e.doc_id = s.doc_id and e.sentence_idx = s.sentence_idx
    )
    where names_subject or is_about
),

matches as (
    select
        x.doc_id,
        x.sentence_idx,
        t.topic_id,
        bool_or(x.context_idx = x.sentence_idx and t.names_subject and t.is_about) as in_sentence,
        bool_or(t.names_subject) as subject_in_context,
        bool_or(t.is_about) as about_in_context
    from context as x
    join sentence_topics as t on t.doc_id = x.doc_id and t.sentence_idx = x.context_idx
    group by x.doc_id, x.sentence_idx, t.topic_id
),

sentence_matches as (
    select doc_id, sentence_idx, topic_id,
           case when in_sentence then 'sentence' else 'context' end as match_level
    from matches
    qualify in_sentence
       or (subject_in_context and about_in_context
           and not bool_or(in_sentence) over (partition by doc_id, sentence_idx))
)

select c.claim_id, m.topic_id, t.label as topic_label, m.match_level
from claims as c
join sentence_matches as m using (doc_id, sentence_idx)
join topics as t using (topic_id)
