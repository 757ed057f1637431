select
    quantity_id,
    doc_id,
    claim_id,
    sentence_idx,
    char_start,
    char_end,
    text as figure_text,
    value,
    low,
    high,
    qualifier,
    unit,
    metric,
    subject_id
from {{ source('extracted', 'quantities') }}
