-- A figure's characters lie inside the sentence it cites, so the link to the source
-- sentence in figure_comparison and the report points at the right text.
select quantity_id, char_start, char_end, sentence_start, sentence_end
from {{ ref('fct_figures') }}
where sentence_start is null
   or char_start < sentence_start
   or char_end > sentence_end
