-- Whose figures are denied, confirmed or left open, and by whom: each figure someone answers,
-- with the figure's speaker, the answer and the sentence it is given in (marts.figure_answers).
-- @param answer = denies: denies, confirms or neither
select
    answer_speaker_name as answered_by,
    answer,
    value,
    qualifier,
    metric,
    subject_id,
    figure_text,
    coalesce(figure_speaker_name, '(unattributed)') as figure_given_by,
    coalesce(outlet, '(unknown)') as outlet,
    reported_on,
    answer_sentence_text,
    doc_id
from marts.figure_answers
where answer = $answer
order by reported_on, answered_by, value
