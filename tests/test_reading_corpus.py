"""Every file of the generated corpus is accounted for, with the expected outcome."""

from __future__ import annotations

import hashlib
import json
import tracemalloc
from pathlib import Path

import pytest

from corpus_factory import (
    CORPUS_MAX_DECOMPRESSED_BYTES,
    DE_ARTICLE,
    DOCUMENT,
    EN_ARTICLE,
    RECORD_REJECTIONS,
    corpus_env,
    make_corpus,
)
from extract.reading import REJECTION_REASONS, decode_text, list_landing_files, read_landing_file


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("landing")
    expected = make_corpus(folder)
    with pytest.MonkeyPatch.context() as mp:
        for key, value in corpus_env().items():
            mp.setenv(key, value)
        results = {path.name: read_landing_file(path, source_uri=path.name) for path in list_landing_files(folder)}
    return folder, expected, results


def test_corpus_covers_every_reason_and_enough_files(corpus):
    _, expected, _ = corpus
    assert len(expected) >= 30
    covered = set(expected.values()) | set(RECORD_REJECTIONS.values())
    # "unreadable" (a read error) is shown in test_reading_formats.py.
    assert covered == set(REJECTION_REASONS) - {"unreadable"} | {DOCUMENT}


def test_listing_is_exactly_the_inputs(corpus):
    folder, expected, results = corpus
    assert sorted(results) == sorted(expected)
    assert list_landing_files(folder) == sorted(folder / name for name in expected)


def test_every_file_is_a_record_or_rejection_with_the_expected_reason(corpus):
    _, expected, results = corpus
    for name, outcome in expected.items():
        records, rejections = results[name]
        for rejection in rejections:
            assert rejection.reason in REJECTION_REASONS, rejection
            assert rejection.detail
        if outcome == DOCUMENT:
            assert records, (name, rejections)
            record_rejections = {r.source_uri: r.reason for r in rejections}
            assert record_rejections == {k: v for k, v in RECORD_REJECTIONS.items() if k.split("#")[0] == name}
        else:
            assert not records, name
            assert rejections and {r.reason for r in rejections} == {outcome}, (name, rejections)
            if "#" not in rejections[0].source_uri:
                assert len(rejections) == 1, (name, rejections)


def test_records_are_decodable_text_with_a_known_type(corpus):
    _, _, results = corpus
    for name, (records, _) in results.items():
        for record in records:
            assert record.content_type in ("text/plain", "text/html"), name
            assert decode_text(record.content).strip(), name


def test_plain_text_content_is_the_file_bytes(corpus):
    folder, _, results = corpus
    for name in ("plain_utf8.txt", "plain_cp1252.txt", "plain_utf16le_bom.txt"):
        (record,), _ = results[name]
        assert record.content == (folder / name).read_bytes()
        assert record.content_type == "text/plain"
    (record,), _ = results["plain.txt.gz"]
    assert record.content == EN_ARTICLE.encode("utf-8")
    (record,), _ = results["two_members.gz"]
    assert record.content == (EN_ARTICLE + DE_ARTICLE).encode("utf-8")


def test_content_type_comes_from_content_not_extension(corpus):
    _, _, results = corpus
    assert results["page_without_extension"][0][0].content_type == "text/html"
    assert results["compressed_page"][0][0].content_type == "text/html"
    assert results["text_named.pdf"][0][0].content_type == "text/plain"
    assert results["page_latin1_declared.htm"][0][0].content_type == "text/html"
    assert "Grüße" in decode_text(results["page_latin1_declared.htm"][0][0].content)


def test_sidecar_metadata_is_attached_and_normalised(corpus):
    _, _, results = corpus
    (record,), _ = results["article.html"]
    assert record.metadata == {
        "url": "https://www.portvale-post.example/ferry",
        "title": "Ferry line approved",
        "published_at": "2024-10-24",
        "outlet": "Portvale Post",
    }
    (plain,), _ = results["plain_utf8.txt"]
    assert plain.metadata == {}


def test_json_records_content_and_metadata(corpus):
    _, _, results = corpus
    records, rejections = results["records.json"]
    assert not rejections
    first, second = records
    assert first.source_uri == "records.json#record=1"
    assert first.content == EN_ARTICLE.encode("utf-8")
    assert first.content_type == "text/plain"
    assert first.metadata == {"url": "https://news.example/a", "title": "Ferry", "published_at": "2024-10-24",
                              "outlet": "news.example"}
    assert second.content_type == "text/html"
    assert second.metadata["published_at"] == "2024-10-24"  # from an RFC 2822 date
    records, _ = results["records.jsonl"]
    assert [r.source_uri for r in records] == ["records.jsonl#record=1", "records.jsonl#record=2"]


def test_json_doc_id_does_not_depend_on_serialisation(tmp_path):
    record = {"url": "https://news.example/a", "title": "Ferry", "text": DE_ARTICLE}
    compact = tmp_path / "a.json"
    compact.write_text(json.dumps(record, ensure_ascii=True), encoding="utf-8")
    pretty = tmp_path / "b.jsonl"
    pretty.write_text(json.dumps(dict(reversed(record.items())), ensure_ascii=False) + "\n", encoding="utf-8")
    (a,), _ = read_landing_file(compact)
    (b,), _ = read_landing_file(pretty)
    assert hashlib.sha256(a.content).digest() == hashlib.sha256(b.content).digest()


def test_warc_records_content_and_metadata(corpus):
    _, _, results = corpus
    for name in ("crawl.warc", "crawl.warc.gz"):
        records, _ = results[name]
        html_record, text_record = records
        assert html_record.source_uri == f"{name}#record=2"
        assert html_record.content_type == "text/html"
        assert html_record.content.startswith(b"<!DOCTYPE html>")
        assert html_record.metadata["url"] == "https://www.portvale-post.example/ferry"
        assert html_record.metadata["outlet"] == "portvale-post.example"
        assert html_record.metadata["fetched_at"].startswith("20")
        assert "published_at" not in html_record.metadata
        assert text_record.content == DE_ARTICLE.encode("utf-8")
        assert text_record.content_type == "text/plain"
    plain = [r.content for r in results["crawl.warc"][0]]
    assert plain == [r.content for r in results["crawl.warc.gz"][0]]
    assert [r.content for r in results["crawl_with_requests.warc"][0]] == plain


def test_bomb_stops_at_the_cap_without_inflating(tmp_path):
    """A few hundred KB expanding to 200 MB: the peak memory stays near the cap."""
    import gzip
    import io

    buffer = io.BytesIO()
    block = bytes(1 << 20)
    with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=1) as gz:
        for _ in range(200):
            gz.write(block)
    bomb = tmp_path / "bomb"
    bomb.write_bytes(buffer.getvalue())
    tracemalloc.start()
    try:
        records, rejections = read_landing_file(bomb, max_decompressed=CORPUS_MAX_DECOMPRESSED_BYTES)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert not records
    assert [r.reason for r in rejections] == ["decompression_bomb"]
    assert peak < 4 * CORPUS_MAX_DECOMPRESSED_BYTES + len(buffer.getvalue())


def test_caps_come_from_the_environment_at_call_time(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(EN_ARTICLE, encoding="utf-8")
    assert read_landing_file(path)[0]
    monkeypatch.setenv("NEWSCLAIMS_MAX_FILE_BYTES", "100")
    records, rejections = read_landing_file(path)
    assert not records and rejections[0].reason == "too_large"


def test_default_source_uri_is_the_path(tmp_path):
    path = Path(tmp_path) / "quote's; name ü.txt"
    path.write_text(EN_ARTICLE, encoding="utf-8")
    (record,), _ = read_landing_file(path)
    assert record.source_uri == str(path)
