"""Reading landing files into raw records, or into rejections with a reason.

Every input file becomes at least one RawRecord or exactly one Rejection: nothing is
dropped silently.
"""

from __future__ import annotations

import os
from pathlib import Path

from extract.models import RawRecord, Rejection

MAX_FILE_BYTES = int(os.environ.get("NEWSCLAIMS_MAX_FILE_BYTES", 20 * 1024 * 1024))

# Short codes used in raw.rejected_documents.reason.
REJECTION_REASONS = {
    "empty": "the file has no content",
    "too_large": "the file is larger than the configured cap",
    "not_text": "binary content (PDF, image, archive ...)",
    "undecodable": "no text encoding decodes the bytes",
}


def sniff_content_type(data: bytes) -> str:
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head or b"<p>" in head:
        return "text/html"
    return "text/plain"


def read_landing_file(path: Path, *, source_uri: str | None = None) -> tuple[list[RawRecord], list[Rejection]]:
    """Records and rejections for one file in a landing folder."""
    uri = source_uri or str(path)
    size = path.stat().st_size
    if size == 0:
        return [], [Rejection(uri, "empty", "0 bytes")]
    if size > MAX_FILE_BYTES:
        return [], [Rejection(uri, "too_large", f"{size} bytes > cap {MAX_FILE_BYTES}")]
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        return [], [Rejection(uri, "not_text", "NUL bytes in the first 4 KiB")]
    return [RawRecord(uri, data, sniff_content_type(data))], []
