-- Claims and figures carried by at least N independent sources (wire copies count once).
-- @param min_sources = 2: minimum number of independent sources
select
    item_type,
    coalesce(speaker_name, '(unattributed)') as speaker,
    item_text,
    n_independent_sources,
    n_outlets,
    outlets,
    first_reported_on,
    last_reported_on,
    doc_id,
    char_start,
    char_end
from marts.claim_corroboration
where n_independent_sources >= cast($min_sources as integer)
order by n_independent_sources desc, first_reported_on, item_type, item_text
