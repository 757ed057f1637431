-- Each claim and each figure with the key of the statement it belongs to: the one place that
-- says what "the same statement" is (corroboration_groups counts its sources,
-- claim_corroboration gives them back to each item). A view: nothing is stored twice.
--
-- Same claim: the same statement in claim_statements (speaker equal, words resembling the
-- statement's first-reported wording; extract.statements). Same figure: equal metric,
-- subject, unit and value (any qualifier: "around 10,000" and "more than 10,000" carry the
-- same number); a figure without a subject ("nine people") is too vague to match another.
{{ config(materialized='view') }}

select 'claim' as item_type, s.statement_key as group_key, c.claim_id as item_id, c.doc_id, c.outlet,
       c.independent_source_id, c.reported_on, c.speaker_key, c.speaker_name, c.stance,
       c.claim_text as item_text, c.sentence_text, c.char_start, c.char_end,
       null::varchar as metric, null::varchar as subject_id, null::double as value
from {{ ref('fct_claims') }} as c
join {{ ref('claim_forms') }} as f using (claim_id)
join {{ ref('claim_statements') }} as s using (form_key)
union all
select 'figure', {{ figure_class_key('quantity_id', 'metric', 'subject_id', 'unit', 'value') }}, quantity_id,
       doc_id, outlet, independent_source_id, reported_on, speaker_key, speaker_name, stance,
       figure_text, sentence_text, char_start, char_end, metric, subject_id, value
from {{ ref('fct_figures') }}
