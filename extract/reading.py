"""Reading landing files into raw records, or into rejections with a reason.

Every input file becomes at least one RawRecord or exactly one Rejection: nothing is
dropped silently. Container files (JSON, JSON Lines, WARC) give one record per good
document inside and one Rejection per bad one, with source_uri "<file>#record=N"
(N counts the records of the file from 1); a container with no document at all gives
one Rejection for the file.

Formats are told apart by content, not by file name: gzip (magic bytes, any of the
formats below compressed, several members allowed), WARC, JSON / JSON Lines, HTML,
plain text.

What RawRecord.content holds, so that doc_id = sha256(content) is stable:
- plain text and HTML files: the file's bytes (after gunzip), in their own encoding;
- JSON / JSON Lines records: the "html" (or else "text") field's string as UTF-8;
- WARC response records: the HTTP payload with transfer and content encodings undone.

Metadata (url, title, published_at, outlet, fetched_at) comes from a sidecar
"<name>.meta.json" beside a plain/HTML file, from JSON record fields, or from WARC
headers. The WARC-Date is the capture time, so it goes to fetched_at, not published_at.
"""

from __future__ import annotations

import io
import json
import logging
import os
import re
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlsplit

from extract.formats import Rejected
from extract.formats import json_records, warc
from extract.formats.encoding import UndecodableError, bom_encoding, decode_text, guess_bomless_utf16
from extract.formats.gzip_stream import GZIP_MAGIC, gunzip_capped
from extract.formats.sniffing import (
    MAX_CONTROL_RATIO,
    binary_kind,
    control_ratio,
    has_visible_text,
    is_html,
    is_warc,
    looks_like_json,
)
from extract.models import RawRecord, Rejection

__all__ = [
    "REJECTION_REASONS",
    "UndecodableError",
    "decode_text",
    "is_sidecar",
    "list_landing_files",
    "read_landing_file",
]

LOG = logging.getLogger(__name__)

# Defaults for the caps; the environment variables override them at call time.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_DECOMPRESSED_BYTES = 100 * 1024 * 1024
SIDECAR_SUFFIX = ".meta.json"
MAX_GZIP_LAYERS = 3

# Short codes used in raw.rejected_documents.reason.
REJECTION_REASONS = {
    "empty": "the file or record has no content (0 bytes, only whitespace, or a container with no record)",
    "too_large": "the file is larger than the cap (NEWSCLAIMS_MAX_FILE_BYTES)",
    "decompression_bomb": "the decompressed content passes the cap (NEWSCLAIMS_MAX_DECOMPRESSED_BYTES)",
    "truncated_gzip": "the gzip stream ends early or is corrupt",
    "not_text": "binary content (PDF, image, archive ...) by magic bytes or control characters",
    "undecodable": "no text encoding decodes the bytes into plausible text",
    "malformed_json": "JSON that does not parse, or a record without an html or text field",
    "malformed_warc": "a WARC file or record that cannot be parsed or is truncated",
    "http_error": "a WARC response record whose HTTP status is not 2xx",
    "no_text": "HTML with no visible text once tags, scripts and styles are removed",
    "unreadable": "the file cannot be opened or read (permissions, a dangling link, gone)",
}


def max_file_bytes() -> int:
    return int(os.environ.get("NEWSCLAIMS_MAX_FILE_BYTES", MAX_FILE_BYTES))


def max_decompressed_bytes() -> int:
    return int(os.environ.get("NEWSCLAIMS_MAX_DECOMPRESSED_BYTES", MAX_DECOMPRESSED_BYTES))


def is_sidecar(path: Path) -> bool:
    """A "<name>.meta.json" metadata file: it describes a document, it is not one."""
    return path.name.lower().endswith(SIDECAR_SUFFIX)


def list_landing_files(folder: Path) -> list[Path]:
    """The input files under `folder` (recursively), sorted; no sidecars, no hidden
    files or folders."""
    folder = Path(folder)
    files = []
    for path in folder.rglob("*"):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.is_file() and not is_sidecar(path):
            files.append(path)
        elif path.is_symlink() and not path.exists():
            LOG.warning("skipping %s: a link to nothing", path)
    return sorted(files)


def read_landing_file(
    path: Path,
    *,
    source_uri: str | None = None,
    max_bytes: int | None = None,
    max_decompressed: int | None = None,
) -> tuple[list[RawRecord], list[Rejection]]:
    """Records and rejections for one file in a landing folder.

    The caps default to NEWSCLAIMS_MAX_FILE_BYTES / NEWSCLAIMS_MAX_DECOMPRESSED_BYTES.
    """
    path = Path(path)
    uri = _printable_uri(source_uri or str(path))
    max_bytes = max_file_bytes() if max_bytes is None else max_bytes
    max_decompressed = max_decompressed_bytes() if max_decompressed is None else max_decompressed
    try:
        data = _load(path, max_bytes, max_decompressed)
        if is_warc(data):
            records, rejections = _read_warc(data, uri, max_decompressed)
        else:
            records, rejections = _read_text_file(data, uri, path)
    except Rejected as r:
        return [], [Rejection(uri, r.reason, r.detail)]
    except OSError as e:
        return [], [Rejection(uri, "unreadable", f"{type(e).__name__}: {e.strerror or e}")]
    if not records and not rejections:  # nothing silently dropped, even by a container
        rejections.append(Rejection(uri, "empty", "the container holds no document record"))
    return records, rejections


def _printable_uri(uri: str) -> str:
    """A file name that is not UTF-8 reaches Python with lone surrogates, which no
    database or JSON encoder accepts: show those bytes as \\xNN instead."""
    return uri.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _load(path: Path, max_bytes: int, max_decompressed: int) -> bytes:
    """The file's bytes, gunzipped (several layers if need be), within the caps."""
    size = path.stat().st_size
    if size == 0:
        raise Rejected("empty", "0 bytes")
    if size > max_bytes:
        raise Rejected("too_large", f"{size} bytes > cap {max_bytes}")
    with path.open("rb") as f:
        head = f.read(2)
        f.seek(0)
        if head != GZIP_MAGIC:
            return f.read()
        data = gunzip_capped(f, max_decompressed)
    for _ in range(MAX_GZIP_LAYERS - 1):
        if not data.startswith(GZIP_MAGIC):
            break
        data = gunzip_capped(io.BytesIO(data), max_decompressed)
    if not data.strip():
        raise Rejected("empty", "gzip stream with no content" if data == b"" else "only whitespace")
    return data


def _read_text_file(data: bytes, uri: str, path: Path) -> tuple[list[RawRecord], list[Rejection]]:
    text = _as_text(data)
    if looks_like_json(text):
        return _read_json(text, uri)
    content_type = _document_type(text)
    return [RawRecord(uri, data, content_type, _sidecar_metadata(path))], []


def _as_text(data: bytes) -> str:
    """Decoded text of a document, or Rejected (empty, not_text, undecodable)."""
    if not data.strip():
        raise Rejected("empty", "only whitespace" if data else "0 bytes")
    kind = binary_kind(data)
    if kind:
        raise Rejected("not_text", f"{kind} (magic bytes {data[:8].hex()})")
    if b"\x00" in data[:8192] and not bom_encoding(data) and not guess_bomless_utf16(data):
        raise Rejected("not_text", "NUL bytes in a file that is not UTF-16")
    try:
        text = decode_text(data)
    except UndecodableError as e:
        raise Rejected("undecodable", str(e)) from None
    ratio = control_ratio(text)
    if ratio > MAX_CONTROL_RATIO:
        raise Rejected("not_text", f"{ratio:.1%} control characters (cap {MAX_CONTROL_RATIO:.0%})")
    if not text.strip():
        raise Rejected("empty", "only whitespace")
    return text


def _document_type(text: str, *, declared_html: bool = False) -> str:
    """text/html or text/plain; Rejected(no_text) for HTML that shows nothing.
    declared_html: the container says it is HTML (a JSON "html" field, an HTTP header)."""
    if not declared_html and not is_html(text):
        return "text/plain"
    if not has_visible_text(text):
        raise Rejected("no_text", "HTML without visible text outside tags, scripts and styles")
    return "text/html"


def _read_json(text: str, uri: str) -> tuple[list[RawRecord], list[Rejection]]:
    records, rejections = [], []
    items = json_records.parse_records(text)
    if not items:
        raise Rejected("empty", "JSON array with no record")
    for n, item in enumerate(items, 1):
        record_uri = f"{uri}#record={n}"
        try:
            if isinstance(item, Rejected):
                raise item
            doc = json_records.to_document(item)
            text = _as_text(doc.content)  # same checks as a file: binary junk, whitespace
            _document_type(text, declared_html=doc.content_type == "text/html")
            metadata = _normalise_metadata(doc.metadata)
            records.append(RawRecord(record_uri, doc.content, doc.content_type, metadata))
        except Rejected as r:
            rejections.append(Rejection(record_uri, r.reason, r.detail))
    return records, rejections


def _read_warc(data: bytes, uri: str, max_payload: int) -> tuple[list[RawRecord], list[Rejection]]:
    records, rejections = [], []
    for n, item in warc.iter_records(data, max_payload):
        record_uri = f"{uri}#record={n}"
        try:
            if isinstance(item, Rejected):
                raise item
            text = _as_text(item.content)
            declared = (item.http_content_type or "").split(";")[0].strip().lower()
            if declared and not declared.startswith("text/") and "html" not in declared and "xml" not in declared:
                raise Rejected("not_text", f"HTTP Content-Type {declared}")
            content_type = _document_type(text, declared_html="html" in declared)
            records.append(RawRecord(record_uri, item.content, content_type, _normalise_metadata(item.metadata)))
        except Rejected as r:
            rejections.append(Rejection(record_uri, r.reason, r.detail))
    return records, rejections


def _sidecar_metadata(path: Path) -> dict:
    """Metadata from "<name>.meta.json" (or the name without its extensions) beside
    the file; {} when there is none. A broken sidecar is logged, not fatal."""
    names = [path.name]
    stem = path.name
    while "." in stem.strip("."):
        stem = stem.rsplit(".", 1)[0]
        names.append(stem)
    for name in names:
        sidecar = path.with_name(name + SIDECAR_SUFFIX)
        if not sidecar.is_file():
            continue
        try:
            value = json.loads(sidecar.read_text(encoding="utf-8-sig"))
        except (OSError, ValueError) as e:
            LOG.warning("ignoring unreadable sidecar %s: %s", sidecar, e)
            return {}
        if not isinstance(value, dict):
            LOG.warning("ignoring sidecar %s: not a JSON object", sidecar)
            return {}
        return _normalise_metadata(value)
    return {}


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _normalise_metadata(raw: dict) -> dict:
    """url, title, published_at (YYYY-MM-DD), outlet, fetched_at; the outlet falls back
    to the URL's host."""
    meta = {}
    for key in ("url", "title", "outlet", "fetched_at"):
        value = raw.get(key)
        if isinstance(value, str) and value.strip():
            meta[key] = value.strip()
    published = next(
        (raw[k] for k in ("published_at", "published", "date") if isinstance(raw.get(k), str) and raw[k].strip()),
        None,
    )
    if published:
        iso = iso_date(published)
        if iso:
            meta["published_at"] = iso
        else:
            LOG.warning("ignoring unparseable published date %r", published)
    if "outlet" not in meta and "url" in meta:
        host = urlsplit(meta["url"]).hostname
        if host:
            meta["outlet"] = host.removeprefix("www.")
    return meta


def iso_date(value: str) -> str | None:
    """YYYY-MM-DD from an ISO 8601 or RFC 2822 (RSS) date string, else None."""
    value = value.strip()
    if _ISO_DATE.match(value):
        try:
            return datetime.fromisoformat(value[:10]).date().isoformat()
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None
