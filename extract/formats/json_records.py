"""Documents inside JSON (one object, or an array of objects) and JSON Lines files.

A record holds the document in "html" (preferred when both are given) or "text", and
metadata in "url", "title", "published" (or "published_at"/"date") and "outlet".
The record's content is that field's string encoded as UTF-8, so doc_id does not change
when the same article is re-serialised with other keys, key order or escaping.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from extract.formats import Rejected


@dataclass
class JsonDocument:
    content: bytes
    content_type: str
    metadata: dict  # the whole record: extract.reading picks and normalises the fields


def parse_records(text: str) -> list[object]:
    """The records of a JSON or JSON Lines text; a record is a dict, or Rejected for a
    line that does not parse. Raises Rejected when the text as a whole is not JSON."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as whole_error:
        return _json_lines(text, whole_error)
    except RecursionError:
        raise Rejected("malformed_json", "nested too deeply to parse") from None
    if isinstance(value, list):
        return value
    return [value]


def _json_lines(text: str, whole_error: json.JSONDecodeError) -> list[object]:
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    records: list[object] = []
    for line_no, line in lines:
        try:
            records.append(json.loads(line))
        except (json.JSONDecodeError, RecursionError) as e:
            if not records:  # the first line is not JSON either: the file is not JSON Lines
                raise Rejected(
                    "malformed_json",
                    f"line {whole_error.lineno} column {whole_error.colno}: {whole_error.msg}",
                ) from None
            records.append(Rejected("malformed_json", f"line {line_no}: {getattr(e, 'msg', e)}"))
    return records


def to_document(record: object) -> JsonDocument:
    """The document in one record, or Rejected saying what is missing."""
    if not isinstance(record, dict):
        raise Rejected("malformed_json", f"a record must be an object, got {type(record).__name__}")
    for field, content_type in (("html", "text/html"), ("text", "text/plain")):
        body = record.get(field)
        if body is None:
            continue
        if not isinstance(body, str):
            raise Rejected("malformed_json", f'"{field}" must be a string, got {type(body).__name__}')
        if body.strip():
            return JsonDocument(body.encode("utf-8"), content_type, record)
    if any(isinstance(record.get(f), str) for f in ("html", "text")):
        raise Rejected("empty", '"html"/"text" is blank')
    raise Rejected("malformed_json", f'record has neither "html" nor "text" (keys: {sorted(record)[:10]})')
