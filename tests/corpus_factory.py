"""A generated landing folder covering every input format and every rejection reason.

    expected = make_corpus(folder)   # {file name: "document" or a rejection reason}

"document" means the file gives at least one RawRecord; a reason means it gives no
record and every rejection it gives carries that reason. RECORD_REJECTIONS lists the
rejections expected for single records inside container files that also hold good
documents. Every reason of REJECTION_REASONS occurs except "unreadable" (a read error:
a file that vanishes or cannot be opened), which a file in a folder cannot reproduce
portably, least of all as root.

The caps must be small for the too_large file and the gzip bomb to stay tiny: set
os.environ.update(corpus_env()) (or monkeypatch.setenv each item) before reading.
All text is invented for the tests.
"""

from __future__ import annotations

import gzip
import io
import json
import random
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

CORPUS_MAX_FILE_BYTES = 200_000
CORPUS_MAX_DECOMPRESSED_BYTES = 1_000_000

DOCUMENT = "document"

# "<file name>#record=N" -> reason, for bad records next to good ones.
RECORD_REJECTIONS = {
    "records.jsonl#record=3": "malformed_json",  # a line that is not JSON
    "records.jsonl#record=4": "malformed_json",  # neither html nor text
    "crawl.warc#record=4": "http_error",  # a 404 page
    "crawl.warc.gz#record=4": "http_error",
    "crawl.warc#record=5": "not_text",  # an image response
    "crawl.warc.gz#record=5": "not_text",
}

EN_ARTICLE = (
    "Harbour authority approves new ferry line\n\n"
    "The harbour authority of Portvale approved a new ferry line on Tuesday, its chairman said.\n"
    '"We expect about 4,000 passengers a day," chairman Ed Morrow told reporters.\n'
    "According to the transport ministry, the line will cost 12 million euros.\n"
    "Opposition councillors said the estimate was far too low.\n"
)
DE_ARTICLE = (
    "Neue Fährlinie für Hafenstadt genehmigt\n\n"
    "Die Hafenbehörde von Portvale hat am Dienstag eine neue Fährlinie genehmigt.\n"
    "„Wir rechnen mit etwa 4000 Fahrgästen täglich“, sagte der Vorsitzende Jürgen Mößner.\n"
    "Laut Verkehrsministerium kostet die Linie 12 Millionen Euro. Die Grünen übten Kritik.\n"
)
CP1252_ARTICLE = (
    "Council budget row deepens\n\n"
    "“The budget is balanced,” mayor Ana Ruiz said – but critics disagree.\n"
    "The new library will cost €3.5m, officials said on Monday.\n"
)


def corpus_env() -> dict[str, str]:
    """The environment the corpus's expected outcomes assume."""
    return {
        "NEWSCLAIMS_MAX_FILE_BYTES": str(CORPUS_MAX_FILE_BYTES),
        "NEWSCLAIMS_MAX_DECOMPRESSED_BYTES": str(CORPUS_MAX_DECOMPRESSED_BYTES),
    }


def html_page(title: str, body_text: str, *, extra_head: str = "") -> str:
    paragraphs = "\n".join(f"<p>{line}</p>" for line in body_text.splitlines() if line.strip())
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{title}</title>{extra_head}</head>\n<body>\n"
        "<div class=\"cookie-banner\">We use cookies. Accept all?</div>\n"
        f"<article><h1>{title}</h1>\n{paragraphs}\n</article>\n"
        "<footer>© Portvale Post</footer>\n</body></html>\n"
    )


def warc_bytes(responses: list[tuple[str, str, str, bytes]], *, gzip_records: bool, with_request: bool = True) -> bytes:
    """A WARC with a warcinfo record, then per (url, status, content type, body) an
    optional request record and the response record."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip_records)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "newsclaims tests"}))
    for url, status, content_type, body in responses:
        if with_request:
            request = StatusAndHeaders(f"GET {url} HTTP/1.1", [("Host", "example.org")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
        )
    return buffer.getvalue()


def make_corpus(folder: Path) -> dict[str, str]:
    """Write the corpus into `folder`; returns {file name: expected outcome}."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}

    def put(name: str, data: bytes | str, outcome: str) -> None:
        (folder / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        expected[name] = outcome

    # Plain text in every encoding decode_text must handle.
    put("plain_utf8.txt", EN_ARTICLE, DOCUMENT)
    put("plain_utf8_bom.txt", b"\xef\xbb\xbf" + DE_ARTICLE.encode("utf-8"), DOCUMENT)
    put("plain_utf16le_bom.txt", DE_ARTICLE.encode("utf-16"), DOCUMENT)
    put("plain_utf16be_nobom.txt", EN_ARTICLE.encode("utf-16-be"), DOCUMENT)
    put("plain_cp1252.txt", CP1252_ARTICLE.encode("cp1252"), DOCUMENT)
    put("plain_latin1_de.txt", DE_ARTICLE.replace("„", '"').replace("“", '"').encode("latin-1"), DOCUMENT)
    # Names a shell would choke on.
    put("it's \"quoted\"; semi colon.txt", EN_ARTICLE, DOCUMENT)
    put("spaced name ünïcødé 北朝鮮.txt", DE_ARTICLE, DOCUMENT)
    # HTML, with and without a sidecar; the extension is not trusted.
    put("article.html", html_page("Harbour authority approves new ferry line", EN_ARTICLE), DOCUMENT)
    (folder / "article.html.meta.json").write_text(
        json.dumps({"url": "https://www.portvale-post.example/ferry", "title": "Ferry line approved",
                    "published_at": "2024-10-24T08:00:00Z", "outlet": "Portvale Post"}),
        encoding="utf-8",
    )
    put("page_without_extension", html_page("Neue Fährlinie", DE_ARTICLE), DOCUMENT)
    put("text_named.pdf", EN_ARTICLE, DOCUMENT)
    put("page_latin1_declared.htm", html_page("Grüße", DE_ARTICLE).replace("utf-8", "iso-8859-1")
        .replace("„", '"').replace("“", '"').replace("©", "(c)").encode("latin-1"), DOCUMENT)
    # JSON and JSON Lines.
    put("records.json", json.dumps([
        {"url": "https://news.example/a", "title": "Ferry", "published": "2024-10-24", "text": EN_ARTICLE},
        {"url": "https://news.example/b", "title": "Fähre", "published": "Thu, 24 Oct 2024 10:00:00 +0000",
         "html": html_page("Fähre", DE_ARTICLE)},
    ], ensure_ascii=False), DOCUMENT)
    put("single_object.json", json.dumps({"url": "https://news.example/c", "text": CP1252_ARTICLE}), DOCUMENT)
    put("records.jsonl", "\n".join([
        json.dumps({"url": "https://news.example/d", "text": EN_ARTICLE}),
        json.dumps({"url": "https://news.example/e", "html": html_page("Budget", CP1252_ARTICLE)}),
        '{"url": "https://news.example/f", "text": "cut off',
        json.dumps({"url": "https://news.example/g", "title": "no body"}),
    ]) + "\n", DOCUMENT)
    # WARC, plain and gzipped per record.
    responses = [
        ("https://www.portvale-post.example/ferry", "200 OK", "text/html; charset=utf-8",
         html_page("Ferry", EN_ARTICLE).encode("utf-8")),
        ("https://www.portvale-post.example/f%C3%A4hre", "200 OK", "text/plain; charset=utf-8", DE_ARTICLE.encode("utf-8")),
        ("https://www.portvale-post.example/gone", "404 Not Found", "text/html", b"<html><body><p>Not found</p></body></html>"),
        ("https://www.portvale-post.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(200)),
    ]
    # Record numbers count every record: 1 warcinfo, then request/response pairs.
    put("crawl.warc", warc_bytes(responses, gzip_records=False, with_request=False), DOCUMENT)
    put("crawl.warc.gz", warc_bytes(responses, gzip_records=True, with_request=False), DOCUMENT)
    put("crawl_with_requests.warc", warc_bytes(responses[:2], gzip_records=False), DOCUMENT)
    # gzip around other formats, detected by magic.
    put("plain.txt.gz", gzip.compress(EN_ARTICLE.encode("utf-8")), DOCUMENT)
    put("compressed_page", gzip.compress(html_page("Ferry", EN_ARTICLE).encode("utf-8")), DOCUMENT)
    put("records.jsonl.gz", gzip.compress(json.dumps({"text": DE_ARTICLE}).encode("utf-8")), DOCUMENT)
    put("two_members.gz", gzip.compress(EN_ARTICLE.encode()) + gzip.compress(DE_ARTICLE.encode()), DOCUMENT)

    # One file per rejection reason (some reasons twice, different causes).
    put("empty.txt", b"", "empty")
    put("whitespace_only.txt", " \n\t\r\n  \n", "empty")
    put("empty_array.json", "[]", "empty")
    put("empty_member.gz", gzip.compress(b""), "empty")
    put("requests_only.warc", _warc_without_responses(), "empty")
    put("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "not_text")
    put("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n", "not_text")
    put("archive.zip", _zip_bytes(), "not_text")
    put("noise.txt", random.Random(7).randbytes(3000), "not_text")
    put("control_chars.txt", ("Report text \x01\x02\x03\x04\x05\x06\x07\x08 more " * 40).encode(), "not_text")
    put("bad_utf16.txt", "Unpaired surrogate follows".encode("utf-16") + b"\x00\xd8A\x00", "undecodable")
    put("bad_bom.txt", b"\xef\xbb\xbfGood start, then \xff\xfe\xfa invalid UTF-8 bytes.\n", "undecodable")
    put("too_large.txt", ("A long line of text. " * (CORPUS_MAX_FILE_BYTES // 20 + 10)).encode(), "too_large")
    put("bomb.txt.gz", _gzip_of_zeros(2 * CORPUS_MAX_DECOMPRESSED_BYTES), "decompression_bomb")
    put("truncated.txt.gz", gzip.compress(EN_ARTICLE.encode() * 20)[:150], "truncated_gzip")
    put("corrupt.gz", b"\x1f\x8b\x08\x00" + bytes(6) + b"this is not deflate data at all", "truncated_gzip")
    put("malformed.json", '{"url": "https://news.example/x", "text": "unterminated', "malformed_json")
    put("no_body_records.jsonl", "\n".join(json.dumps({"url": f"https://news.example/{i}"}) for i in range(3)),
        "malformed_json")
    put("malformed.warc", b"WARC/1.0\r\nthis is : not\r\n a warc record at all\x00\x01", "malformed_warc")
    put("truncated.warc", warc_bytes(responses[:1], gzip_records=False, with_request=False)[:-120], "malformed_warc")
    put("only_404.warc", warc_bytes(responses[2:3], gzip_records=False, with_request=False), "http_error")
    put("script_only.html",
        "<!DOCTYPE html><html><head><title>Loading</title><script>var a = 'text in script';</script>"
        "<style>body { color: red }</style></head><body><div id=\"app\"></div>"
        "<script>render('x')</script></body></html>", "no_text")

    # Not inputs: a hidden file and an orphan sidecar.
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (folder / "orphan.txt.meta.json").write_text('{"url": "https://news.example/orphan"}', encoding="utf-8")
    return expected


def _gzip_of_zeros(n: int) -> bytes:
    """A few KB of gzip that expand to n bytes, written without holding n bytes."""
    buffer = io.BytesIO()
    block = bytes(64 * 1024)
    with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9) as gz:
        for _ in range(n // len(block) + 1):
            gz.write(block)
    return buffer.getvalue()


def _zip_bytes() -> bytes:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("article.txt", EN_ARTICLE)
    return buffer.getvalue()


def _warc_without_responses() -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "newsclaims tests"}))
    request = StatusAndHeaders("GET /a HTTP/1.1", [("Host", "example.org")], is_http_request=True)
    writer.write_record(writer.create_warc_record("https://example.org/a", "request", http_headers=request))
    return buffer.getvalue()
