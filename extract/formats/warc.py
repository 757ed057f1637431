"""Documents inside WARC files: the HTTP payload of each response record.

A record's content is its payload as warcio's content_stream() gives it: after the
HTTP headers, with chunked transfer and Content-Encoding (gzip, br) undone. That is
the page as the server meant it, and the same page crawled twice gets the same doc_id.
"""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from extract.formats import Rejected


@dataclass
class WarcDocument:
    content: bytes
    http_content_type: str | None
    metadata: dict


def iter_records(data: bytes, max_payload_bytes: int) -> list[tuple[int, WarcDocument | Rejected]]:
    """(record number from 1, WarcDocument or Rejected) for each response record.

    Other record types (warcinfo, request, metadata ...) are not documents and are
    skipped. Raises Rejected when the very first record cannot be parsed."""
    iterator = ArchiveIterator(io.BytesIO(data))
    results: dict[int, WarcDocument | Rejected] = {}
    n = 0
    errors_seen = 0

    def check_previous() -> None:
        # warcio notices a wrong Content-Length only when it moves on and finds no blank
        # line after the record: that record's payload was cut at the wrong place.
        nonlocal errors_seen
        if iterator.err_count > errors_seen:
            errors_seen = iterator.err_count
            if n in results:
                results[n] = Rejected("malformed_warc", f"record {n} is not followed by a blank line: wrong Content-Length")

    # warcio writes its warnings to stderr; they become rejections here instead.
    with contextlib.redirect_stderr(io.StringIO()):
        try:
            for record in iterator:
                check_previous()
                n += 1
                if not record.rec_type:
                    results[n] = Rejected("malformed_warc", "record without a WARC-Type header")
                elif record.rec_type == "response":
                    results[n] = _response(record, max_payload_bytes)
            check_previous()
        except (ArchiveLoadFailed, ValueError, AttributeError, EOFError, OSError) as e:
            # warcio raises AttributeError/ValueError on headers it cannot parse.
            check_previous()
            if n == 0:
                raise Rejected("malformed_warc", f"cannot parse the first record: {type(e).__name__}: {e}") from None
            results[n + 1] = Rejected("malformed_warc", f"cannot parse past record {n}: {type(e).__name__}: {e}")
    return sorted(results.items())


def _response(record, max_payload_bytes: int) -> WarcDocument | Rejected:
    headers = record.rec_headers
    url = headers.get_header("WARC-Target-URI")
    http = record.http_headers
    if http is None:
        return Rejected("malformed_warc", f"response record for {url} without HTTP headers")
    status = http.get_statuscode() or ""
    if not status.startswith("2"):
        return Rejected("http_error", f"HTTP status {status or 'missing'} for {url}")
    try:
        payload = record.content_stream().read(max_payload_bytes + 1)
    except Exception as e:  # a broken Content-Encoding inside the payload
        return Rejected("malformed_warc", f"cannot decode the payload of {url}: {type(e).__name__}: {e}")
    if len(payload) > max_payload_bytes:
        return Rejected("decompression_bomb", f"payload of {url} passes the cap of {max_payload_bytes} bytes")
    if getattr(record.raw_stream, "limit", 0) > 0:
        return Rejected("malformed_warc", f"record for {url} is truncated ({record.raw_stream.limit} bytes missing)")
    metadata = {}
    if url:
        metadata["url"] = url
        host = urlsplit(url).hostname
        if host:
            metadata["outlet"] = host.removeprefix("www.")
    warc_date = headers.get_header("WARC-Date")
    if warc_date:
        # The capture time, not the publication date: cleaning finds that in the page.
        metadata["fetched_at"] = warc_date
    return WarcDocument(payload, http.get_header("Content-Type"), metadata)
