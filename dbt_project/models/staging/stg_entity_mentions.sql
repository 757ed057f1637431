select doc_id, sentence_idx, char_start, char_end, text as mention_text, label, entity_id, entity_name
from {{ source('extracted', 'entity_mentions') }}
