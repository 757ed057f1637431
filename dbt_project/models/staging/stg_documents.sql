select
    doc_id,
    source_uri,
    partition_date,
    title,
    text,
    language,
    published_at,
    coalesce(published_at, partition_date) as reported_on,
    outlet,
    wire_agency,
    url,
    is_machine_translated,
    duplicate_of,
    -- The story a copy belongs to: wire copies and near-duplicates count once.
    coalesce(duplicate_of, doc_id) as story_id,
    n_chars
from {{ source('cleaned', 'documents') }}
