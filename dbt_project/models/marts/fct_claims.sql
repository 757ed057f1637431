-- One row per claim, with who said it, where and when, and the sentence it cites.
-- Incremental by landing day: a run rebuilds only the days of its partition window
-- (vars min_date/max_date from Dagster); the pre-hook empties the window first.
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='claim_id',
    on_schema_change='fail',
    pre_hook="{{ delete_partition_window() }}",
) }}

select
    c.claim_id,
    c.doc_id,
    d.story_id,
    d.outlet,
    d.wire_agency,
    {{ independent_source_id('d.wire_agency', 'd.story_id') }} as independent_source_id,
    d.language,
    d.is_machine_translated,
    d.reported_on,
    d.partition_date,
    c.kind,
    c.stance,
    c.hedged,
    c.speaker_id,
    c.speaker_name,
    {{ speaker_key('c.speaker_id', 'c.speaker_name') }} as speaker_key,
    c.speaker_text,
    c.speaker_affiliation,
    c.cue,
    c.claim_text,
    c.char_start,
    c.char_end,
    c.refers_to_date,
    c.refers_to_period,
    c.answers_claim_id,
    c.sentence_idx,
    s.char_start as sentence_start,
    s.char_end as sentence_end,
    s.sentence_text,
    d.title,
    d.url
from {{ ref('stg_claims') }} as c
join {{ ref('stg_documents') }} as d using (doc_id)
left join {{ ref('stg_sentences') }} as s using (doc_id, sentence_idx)
{% if is_incremental() %}
where {{ in_partition_window('d.partition_date') }}
{% endif %}
