"""Format detection and edge cases of read_landing_file / list_landing_files."""

from __future__ import annotations

import gzip
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.reading import REJECTION_REASONS, is_sidecar, list_landing_files, read_landing_file

ARTICLE = "Officials said on Monday that the bridge will reopen in May.\n"


def read_one(tmp_path, name, data, **kwargs):
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return read_landing_file(path, **kwargs)


def outcome(result):
    records, rejections = result
    return [r.content_type for r in records] or [r.reason for r in rejections]


def test_listing_skips_sidecars_hidden_and_goes_into_subfolders(tmp_path):
    (tmp_path / "b.txt").write_text(ARTICLE)
    (tmp_path / "a.html").write_text(ARTICLE)
    (tmp_path / "a.html.meta.json").write_text("{}")
    (tmp_path / "A.META.JSON").write_text("{}")
    (tmp_path / ".hidden.txt").write_text(ARTICLE)
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "c.txt").write_text(ARTICLE)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.txt").write_text(ARTICLE)
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    assert list_landing_files(tmp_path) == [tmp_path / "a.html", tmp_path / "b.txt", tmp_path / "sub" / "d.txt"]
    assert is_sidecar(tmp_path / "x.txt.meta.json") and not is_sidecar(tmp_path / "meta.json")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("[Updated] Officials said the bridge will reopen.", "text/plain"),
        ("{Breaking} The bridge reopens.", "text/plain"),
        ("Prices rose <5% while wages rose >3%.", "text/plain"),
        ("<p>One paragraph.</p><p>Another.</p>", "text/html"),
        ("<!-- saved page -->\n<!DOCTYPE html><html><body>Text</body></html>", "text/html"),
        ("  <html><body>Bare body text</body></html>", "text/html"),
        ("<html><body><p>&nbsp;&#160;</p><script>alert('x')</script></body></html>", "no_text"),
        ("<html><head><title>Only a title</title></head><body></body></html>", "no_text"),
        ('{"text": "A JSON record."}', "text/plain"),
        ('[{"html": "<p>A JSON record.</p>"}]', "text/html"),
        ("[1, 2]", "malformed_json"),
        ('[{"text": "   "}]', "empty"),
        ('[{"text": 42}]', "malformed_json"),
        ('[{"html": "<div><script>x()</script></div>"}]', "no_text"),
    ],
)
def test_detection_by_content(tmp_path, text, expected):
    result = read_one(tmp_path, "input.dat", text)
    assert set(outcome(result)) == {expected}


def test_json_lines_with_blank_lines_and_record_numbers(tmp_path):
    lines = [json.dumps({"text": f"Story {i}. {ARTICLE}"}) for i in range(3)]
    records, rejections = read_one(tmp_path, "x.jsonl", "\n\n".join(lines) + "\n\nnot json\n", source_uri="x")
    assert [r.source_uri for r in records] == ["x#record=1", "x#record=2", "x#record=3"]
    assert [(r.source_uri, r.reason) for r in rejections] == [("x#record=4", "malformed_json")]


def test_json_published_dates_are_normalised(tmp_path):
    published = ["2024-10-24T23:30:00+02:00", "Thu, 24 Oct 2024 10:00:00 GMT", "24.10.2024"]
    data = json.dumps([{"text": ARTICLE, "published": p, "url": "https://www.news.example/x"} for p in published])
    records, _ = read_one(tmp_path, "x.json", data)
    assert [r.metadata.get("published_at") for r in records] == ["2024-10-24", "2024-10-24", None]
    assert records[0].metadata["outlet"] == "news.example"


@pytest.mark.parametrize("sidecar_name", ["page.html.gz.meta.json", "page.html.meta.json", "page.meta.json"])
def test_sidecar_beside_a_compressed_file(tmp_path, sidecar_name):
    (tmp_path / sidecar_name).write_text(json.dumps({"url": "https://a.example/p", "published": "2024-11-13"}))
    records, _ = read_one(tmp_path, "page.html.gz", gzip.compress(f"<html><body><p>{ARTICLE}</p></body></html>".encode()))
    assert records[0].metadata == {"url": "https://a.example/p", "published_at": "2024-11-13", "outlet": "a.example"}


def test_broken_sidecar_does_not_lose_the_document(tmp_path):
    (tmp_path / "a.txt.meta.json").write_text("{not json")
    records, rejections = read_one(tmp_path, "a.txt", ARTICLE)
    assert records[0].metadata == {} and not rejections


def test_gzip_layers(tmp_path):
    twice = gzip.compress(gzip.compress(ARTICLE.encode()))
    (record,), _ = read_one(tmp_path, "a", twice)
    assert record.content == ARTICLE.encode()
    padded = gzip.compress(ARTICLE.encode()) + bytes(512)  # tape-style zero padding
    (record,), _ = read_one(tmp_path, "b", padded)
    assert record.content == ARTICLE.encode()


def test_caps_as_arguments(tmp_path):
    assert outcome(read_one(tmp_path, "a.txt", ARTICLE, max_bytes=10)) == ["too_large"]
    compressed = gzip.compress(ARTICLE.encode() * 10)
    assert outcome(read_one(tmp_path, "b.gz", compressed, max_decompressed=len(ARTICLE) * 10)) == ["text/plain"]
    assert outcome(read_one(tmp_path, "c.gz", compressed, max_decompressed=len(ARTICLE) * 10 - 1)) == [
        "decompression_bomb"
    ]


def test_unreadable_inputs_are_rejected_not_raised(tmp_path):
    path = tmp_path / "vanished.txt"
    path.write_text(ARTICLE)
    listed = list_landing_files(tmp_path)
    path.unlink()  # gone between listing and reading
    assert outcome(read_landing_file(listed[0])) == ["unreadable"]
    folder = tmp_path / "a_folder"
    folder.mkdir()
    assert outcome(read_landing_file(folder)) == ["unreadable"]


def test_utf32_be_with_bom_is_text_not_binary(tmp_path):
    records, _ = read_one(tmp_path, "a.txt", ARTICLE.encode("utf-32-be").join([b"\x00\x00\xfe\xff", b""]))
    assert records and records[0].content_type == "text/plain"


PREFIXES = [b"", b"WARC/1.0\r\n", b"\x1f\x8b", b'[{"text": ', b'{"html": "<p>', b"<html><body>", b"\xef\xbb\xbf",
            b"\xff\xfe", b"%PDF-"]


@settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prefix=st.sampled_from(PREFIXES), body=st.binary(max_size=600), compress=st.booleans())
def test_any_bytes_give_records_or_rejections_never_an_exception(tmp_path, prefix, body, compress):
    data = prefix + body
    if compress:
        data = gzip.compress(data)
    records, rejections = read_one(tmp_path, "fuzz", data)
    assert records or rejections
    assert all(r.reason in REJECTION_REASONS for r in rejections)
    assert all(r.content_type in ("text/plain", "text/html") and r.content for r in records)


def test_warc_record_with_a_wrong_content_length_is_malformed(tmp_path, capsys):
    from corpus_factory import html_page, warc_bytes

    page = html_page("Ferry", ARTICLE).encode()
    data = warc_bytes([("https://a.example/1", "200 OK", "text/html", page)] * 2, gzip_records=False,
                      with_request=False)
    # The WARC Content-Length of the first response record (record 2), 40 bytes short.
    start = data.index(b"Content-Length: ", data.index(b"WARC-Type: response"))
    end = data.index(b"\r\n", start)
    shortened = data[:start] + f"Content-Length: {int(data[start + 16:end]) - 40}".encode() + data[end:]
    records, rejections = read_one(tmp_path, "x.warc", shortened, source_uri="x")
    assert ("x#record=2", "malformed_warc") in [(r.source_uri, r.reason) for r in rejections]
    assert "x#record=2" not in [r.source_uri for r in records]
    assert "WARNING" not in capsys.readouterr().err  # warcio's warning became the rejection


def test_file_name_that_is_not_utf8(tmp_path):
    import os

    raw_name = os.fsencode(tmp_path) + b"/caf\xe9 latin-1 name.txt"
    with open(raw_name, "wb") as f:
        f.write(ARTICLE.encode())
    (path,) = list_landing_files(tmp_path)
    (record,), _ = read_landing_file(path)
    assert record.source_uri.endswith("caf\\xe9 latin-1 name.txt")
    record.source_uri.encode("utf-8")  # storable: no lone surrogates


def test_warc_payload_with_gzip_content_encoding(tmp_path):
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    def warc_with(body: bytes) -> bytes:
        buffer = io.BytesIO()
        writer = WARCWriter(buffer, gzip=False)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://a.example/", "response",
                                                      payload=io.BytesIO(gzip.compress(body)), http_headers=headers))
        return buffer.getvalue()

    page = f"<html><body><p>{ARTICLE}</p></body></html>".encode()
    (record,), _ = read_one(tmp_path, "ok.warc", warc_with(page))
    assert record.content == page  # the payload as the server meant it
    bomb = warc_with(b"<html><body>" + b" " * 3_000_000)
    records, rejections = read_one(tmp_path, "bomb.warc", bomb, max_decompressed=1_000_000)
    assert not records and [r.reason for r in rejections] == ["decompression_bomb"]
