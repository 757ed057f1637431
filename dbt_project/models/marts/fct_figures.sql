-- One row per figure, inheriting speaker and stance from the claim that holds it.
-- Incremental by landing day like fct_claims (same window, same pre-hook).
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='quantity_id',
    on_schema_change='fail',
    pre_hook="{{ delete_partition_window() }}",
) }}

select
    q.quantity_id,
    q.doc_id,
    c.claim_id,
    c.story_id,
    c.outlet,
    c.wire_agency,
    c.independent_source_id,
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
    c.speaker_key,
    c.stance,
    c.hedged,
    q.sentence_idx,
    s.char_start as sentence_start,
    s.char_end as sentence_end,
    s.sentence_text,
    q.char_start,
    q.char_end,
    c.url
from {{ ref('stg_quantities') }} as q
join {{ ref('fct_claims') }} as c using (claim_id)
left join {{ ref('stg_sentences') }} as s on s.doc_id = q.doc_id and s.sentence_idx = q.sentence_idx
{% if is_incremental() %}
where {{ in_partition_window('c.partition_date') }}
{% endif %}
