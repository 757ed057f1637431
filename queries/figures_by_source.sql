-- All figures for one metric and subject, by source, with the sentence each comes from.
-- Default: North Korean troops (subject Q423, metric troops).
-- @param metric = troops: one of extract.models.METRICS
-- @param subject_id = Q423: entity id of whose figure it is (Q423 North Korea, Q159 Russia)
select
    value,
    qualifier,
    figure_text,
    coalesce(speaker_name, '(unattributed)') as speaker,
    coalesce(outlet, '(unknown)') as outlet,
    reported_on,
    independent_source_id,
    unit_class,
    disputed,
    n_conflicting_sources,
    denied_by,
    confirmed_by,
    left_open_by,
    doc_id,
    char_start,
    char_end,
    sentence_text
from marts.figure_comparison
where metric = $metric and subject_id = $subject_id
order by reported_on, value, outlet
