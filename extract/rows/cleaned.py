"""cleaned.documents rows from raw documents (run in the cleaning workers)."""

from __future__ import annotations

import json

from extract.cleaning import clean_document
from extract.dedup import signature

MIN_CHARS = 1  # a document whose cleaned text is empty is quarantined, not stored


def clean_row(item: tuple) -> tuple:
    """(doc_id, source_uri, day, row, signature) of one raw document; row and signature are
    None when no text is left."""
    doc_id, uri, day, content_type, content, metadata = item
    doc = clean_document(bytes(content), filename=uri, content_type=content_type, metadata=json.loads(metadata or "{}"))
    if len(doc.text) < MIN_CHARS:
        return doc_id, uri, day, None, None
    row = {
        "doc_id": doc_id, "source_uri": uri, "partition_date": day, "title": doc.title, "text": doc.text,
        "language": doc.language or "und", "is_mixed_language": doc.is_mixed_language,
        "published_at": doc.published_at, "outlet": doc.outlet, "wire_agency": doc.wire_agency,
        "url": doc.url, "author": doc.author, "is_machine_translated": doc.is_machine_translated,
        "duplicate_of": None, "n_chars": doc.n_chars, "n_chars_raw": doc.n_chars_raw,
    }
    return doc_id, uri, day, row, signature(doc.text)
