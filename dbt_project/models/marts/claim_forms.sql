-- Each claim's form: its speaker and its word set, the unit claim_statements groups.
-- Claims of one speaker with the same words (wire copies) share a form, so statements are
-- grouped over forms, not over claims. Incremental like fct_claims (the pre-hook empties
-- the window, then the window's claims are inserted), so the words of history are not
-- re-tokenised each run.
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='claim_id',
    on_schema_change='fail',
    pre_hook="{{ delete_partition_window() }}",
) }}

with claims as (
    select claim_id, partition_date, reported_on,
           -- The outlet's own statements (no speaker) are one group per week of landing, not one
           -- for all time: a run regroups its window's groups in full (claim_statements), and
           -- one group of every unattributed claim would cost each day a pass over history.
           coalesce(speaker_key, 'unattributed:' || strftime(date_trunc('week', partition_date), '%Y-%m-%d'))
               as speaker_group,
           nullif(array_to_string(list_sort({{ token_set('claim_text') }}), ' '), '') as words
    from {{ ref('fct_claims') }}
    {% if is_incremental() %}
    where {{ in_partition_window('partition_date') }}
    {% endif %}
)

select
    claim_id,
    partition_date,
    reported_on,
    speaker_group,
    words,
    -- a claim without words resembles nothing: it is a form of its own
    speaker_group || chr(31) || coalesce('w:' || words, 'id:' || claim_id) as form_key
from claims
