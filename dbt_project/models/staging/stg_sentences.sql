select doc_id, sentence_idx, char_start, char_end, text as sentence_text
from {{ source('extracted', 'sentences') }}
