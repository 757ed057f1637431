"""fetch_sources against a local HTTP server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from extract.feeds import FETCH_FAILURE_REASONS, fetch_sources
from extract.reading import decode_text, list_landing_files, read_landing_file

UA = "newsclaims-test/1.0 (+https://example.org/bot)"
MAX_BYTES = 50_000
TIMEOUT_S = 0.8  # generous: a busy CI machine must still serve a normal page in time
INTERVAL_S = 0.05


def article(title: str, body: str) -> bytes:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body><article><h1>{title}</h1><p>{body}</p></article></body></html>"
    ).encode("utf-8")


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Portvale Post</title><link>{base}/</link>
<item><title>A</title><link>{base}/news/a.html</link><pubDate>Thu, 24 Oct 2024 10:00:00 +0000</pubDate></item>
<item><title>B</title><link><![CDATA[/news/b.html]]></link></item>
<item><title>Secret</title><link>{base}/private/secret.html</link></item>
<item><title>Big</title><link>{base}/news/big.html</link></item>
<item><title>Big, no length</title><link>{base}/news/big-chunked.html</link></item>
<item><title>Slow</title><link>{base}/news/slow.html</link></item>
<item><title>Drip</title><link>{base}/news/drip.html</link></item>
<item><title>Loop</title><link>{base}/loop/1</link></item>
<item><title>Moved</title><link>{base}/news/moved.html</link></item>
<item><title>Gone</title><link>{base}/news/missing.html</link></item>
<item><title>PDF</title><link>{base}/files/report</link></item>
<item><title>Image</title><link>{base}/files/photo.jpg</link></item>
<item><title>To file</title><link>{base}/redirect-to-file</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Portvale Post</title>
<link href="{base}/atom.xml" rel="self"/><link href="{base}/" rel="alternate"/>
<entry><title>C</title><link href="{base}/news/c.jpg" rel="enclosure"/><link href="{base}/news/c.html"/><id>c</id>
<published>2024-10-25T00:00:00Z</published><updated>2024-10-29T00:00:00Z</updated></entry>
<entry><title>A again</title><link href="{base}/news/a.html"/><id>a</id><updated>2024-10-24T00:00:00Z</updated></entry>
</feed>"""

JSON_FEED = {
    "version": "https://jsonfeed.org/version/1.1",
    "title": "Portvale Post",
    "items": [{"id": "1", "url": "/news/c.html", "title": "C in JSON", "date_published": "2024-10-26T08:00:00Z"}],
}

PAGES = {
    "/news/a.html": article("Ferry line approved", "The harbour authority approved a ferry line."),
    "/news/b.html": article("Fährlinie genehmigt", "Die Hafenbehörde hat eine Fährlinie genehmigt."),
    "/news/c.html": article("Budget row", "The mayor said the budget is balanced."),
    "/news/moved-here.html": article("Moved", "This page moved."),
    "/private/secret.html": article("Secret", "Never fetch me."),
    "/news/big.html": b"<html><body><p>" + b"x" * (2 * MAX_BYTES) + b"</p></body></html>",
}


class Handler(BaseHTTPRequestHandler):
    log: list = []  # replaced per server
    robots = b"User-agent: *\nDisallow: /private/\n"

    def log_message(self, *args):  # keep the test output clean
        pass

    def do_GET(self):  # noqa: N802 (http.server's naming)
        self.log.append((self.path, self.headers.get("User-Agent"), time.monotonic()))
        base = f"http://{self.headers['Host']}"
        path = self.path
        if path == "/robots.txt":
            return self._send(200, self.robots, "text/plain")
        if path == "/feed.rss":
            return self._send(200, RSS.format(base=base).encode(), "application/rss+xml")
        if path == "/atom.xml":
            return self._send(200, ATOM.format(base=base).encode(), "application/atom+xml; charset=utf-8")
        if path == "/feed.json":  # served as plain JSON: recognised by its version field
            return self._send(200, json.dumps(JSON_FEED).encode(), "application/json")
        if path in PAGES:
            return self._send(200, PAGES[path], "text/html; charset=utf-8")
        if path == "/news/big-chunked.html":  # no Content-Length: the cap must apply while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(2 * MAX_BYTES // 1000):
                self.wfile.write(b"y" * 1000)
            return None
        if path == "/news/slow.html":
            time.sleep(3 * TIMEOUT_S)
            return self._send(200, article("Slow", "Too late."), "text/html")
        if path == "/news/drip.html":  # each read is quick, the whole response is not
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(12):
                self.wfile.write(b"<p>drip</p>")
                self.wfile.flush()
                time.sleep(TIMEOUT_S / 4)
            return None
        if path.startswith("/loop/"):
            n = int(path.rsplit("/", 1)[1])
            return self._redirect(f"/loop/{(n % 2) + 1}")
        if path == "/news/moved.html":
            return self._redirect(f"{base}/news/moved-here.html")
        if path == "/redirect-to-file":
            return self._redirect("file:///etc/passwd")
        if path == "/files/report":
            return self._send(200, b"%PDF-1.7\n", "application/pdf")
        return self._send(404, b"<html><body>not found</body></html>", "text/html")

    def _send(self, status, body, content_type):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


def start_server(robots: bytes = Handler.robots):
    log: list = []
    handler = type("LoggingHandler", (Handler,), {"log": log, "robots": robots})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}", log


@pytest.fixture
def server():
    httpd, base, log = start_server()
    yield base, log
    httpd.shutdown()
    httpd.server_close()


def fetch(urls, dest, **kwargs):
    options = dict(user_agent=UA, min_interval_s=INTERVAL_S, timeout_s=TIMEOUT_S, max_bytes=MAX_BYTES,
                   max_redirects=3, allow_private=True)
    options.update(kwargs)
    return fetch_sources(urls, dest, **options)


def test_feeds_and_articles_are_fetched_politely(server, tmp_path):
    base, log = server
    report = fetch([f"{base}/feed.rss", f"{base}/atom.xml", f"{base}/news/c.html"], tmp_path)

    assert report.feeds[f"{base}/feed.rss"][:2] == [f"{base}/news/a.html", f"{base}/news/b.html"]
    assert f"{base}/" not in report.feeds[f"{base}/atom.xml"]  # the home page is not an article
    fetched = {page.url: page for page in report.fetched}
    assert sorted(fetched) == sorted(f"{base}{p}" for p in ("/news/a.html", "/news/b.html", "/news/c.html", "/news/moved.html"))
    assert fetched[f"{base}/news/moved.html"].final_url == f"{base}/news/moved-here.html"
    failures = {f.url.removeprefix(base): f.reason for f in report.failures}
    assert failures == {
        "/private/secret.html": "robots_disallowed",
        "/news/big.html": "too_large",
        "/news/big-chunked.html": "too_large",
        "/news/slow.html": "timeout",
        "/news/drip.html": "timeout",
        "/loop/1": "too_many_redirects",
        "/news/missing.html": "http_error",
        "/files/report": "not_html",
        "/redirect-to-file": "bad_scheme",
    }
    assert all(f.reason in FETCH_FAILURE_REASONS and f.detail for f in report.failures)

    paths = [entry[0] for entry in log]
    assert "/private/secret.html" not in paths
    assert "/files/photo.jpg" not in paths and "/news/c.jpg" not in paths  # media links are not articles
    assert paths.count("/robots.txt") == 1
    assert paths.count("/news/a.html") == 1  # listed by both feeds, fetched once
    assert all(entry[1] == UA for entry in log)

    # Feed entries give the sidecar a title and a publication date.
    meta = {p.url: read_landing_file(p.path)[0][0].metadata for p in report.fetched}
    assert meta[f"{base}/news/a.html"]["title"] == "A"
    assert meta[f"{base}/news/a.html"]["published_at"] == "2024-10-24"  # RSS pubDate
    assert meta[f"{base}/news/b.html"]["title"] == "B"  # a relative link
    assert "published_at" not in meta[f"{base}/news/b.html"]
    assert meta[f"{base}/news/c.html"] == {
        "url": f"{base}/news/c.html", "title": "C", "published_at": "2024-10-25", "outlet": "127.0.0.1",
        "fetched_at": meta[f"{base}/news/c.html"]["fetched_at"],
    }
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left


def test_fetched_pages_are_landing_files_with_metadata(server, tmp_path):
    base, _ = server
    report = fetch([f"{base}/news/a.html", f"{base}/news/moved.html"], tmp_path)
    assert len(report.fetched) == 2
    files = list_landing_files(tmp_path)
    assert sorted(files) == sorted(page.path for page in report.fetched)
    for path in files:
        (record,), rejections = read_landing_file(path)
        assert not rejections
        assert record.content_type == "text/html"
        assert record.metadata["outlet"] == "127.0.0.1"
        assert record.metadata["url"].startswith(base)
        assert record.metadata["fetched_at"][:4].isdigit()
        sidecar = json.loads(path.with_name(path.name + ".meta.json").read_text(encoding="utf-8"))
        assert sidecar["url"] == record.metadata["url"]
    page = next(p for p in report.fetched if p.url.endswith("/a.html"))
    assert "ferry line" in decode_text(page.path.read_bytes())
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left


def test_json_feed(server, tmp_path):
    base, _ = server
    report = fetch([f"{base}/feed.json"], tmp_path)
    assert report.feeds == {f"{base}/feed.json": [f"{base}/news/c.html"]}
    (page,) = report.fetched
    metadata = read_landing_file(page.path)[0][0].metadata
    assert (metadata["title"], metadata["published_at"]) == ("C in JSON", "2024-10-26")


def test_a_second_run_fetches_nothing_again(server, tmp_path):
    base, log = server
    urls = [f"{base}/atom.xml", f"{base}/news/b.html", f"{base}/news/missing.html"]
    first = fetch(urls, tmp_path)
    assert len(first.fetched) == 3
    before = sorted(p.name for p in tmp_path.iterdir())
    log.clear()
    second = fetch(urls, tmp_path)
    assert second.fetched == []
    assert sorted(second.already_present) == sorted(page.url for page in first.fetched)
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    # The feed is read again (it changes); of its pages only the one that failed is tried again.
    assert sorted(entry[0] for entry in log) == ["/atom.xml", "/news/missing.html", "/robots.txt"]


def test_rate_limit_per_host(server, tmp_path):
    base, log = server
    interval = 0.3
    fetch([f"{base}/news/a.html", f"{base}/news/b.html", f"{base}/news/c.html"], tmp_path, min_interval_s=interval)
    starts = [entry[2] for entry in log]
    assert len(starts) == 4  # robots.txt and three pages
    # Times are taken by the server, so thread scheduling on a busy machine adds jitter;
    # without the rate limit the gaps are about a millisecond.
    assert min(b - a for a, b in zip(starts, starts[1:])) >= interval - 0.1


def test_robots_crawl_delay_slows_requests_down(tmp_path):
    # urllib.robotparser reads whole seconds only.
    httpd, base, log = start_server(robots=b"User-agent: *\nCrawl-delay: 1\n")
    try:
        fetch([f"{base}/news/a.html", f"{base}/news/b.html"], tmp_path, min_interval_s=0)
    finally:
        httpd.shutdown()
        httpd.server_close()
    starts = [entry[2] for entry in log]
    assert [entry[0] for entry in log] == ["/robots.txt", "/news/a.html", "/news/b.html"]
    assert starts[2] - starts[1] >= 1 - 0.1  # server-side clock, as in test_rate_limit_per_host


def test_loopback_and_other_schemes_are_refused_by_default(server, tmp_path):
    base, log = server
    port = base.rsplit(":", 1)[1]
    urls = [
        f"{base}/news/a.html",
        f"http://localhost:{port}/news/a.html",
        f"http://[::1]:{port}/news/a.html",
        f"http://0.0.0.0:{port}/news/a.html",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.1.2.3/x",
        "file:///etc/passwd",
        "ftp://127.0.0.1/pub/file.txt",
        "javascript:alert(1)",
        "not a url",
        "http:///no-host",
    ]
    report = fetch_sources(urls, tmp_path, user_agent=UA, min_interval_s=0, timeout_s=TIMEOUT_S)
    reasons = {f.url: f.reason for f in report.failures}
    assert reasons == {
        f"{base}/news/a.html": "private_address",
        f"http://localhost:{port}/news/a.html": "private_address",
        f"http://[::1]:{port}/news/a.html": "private_address",
        f"http://0.0.0.0:{port}/news/a.html": "private_address",
        "http://169.254.169.254/latest/meta-data/": "private_address",
        "http://10.1.2.3/x": "private_address",
        "file:///etc/passwd": "bad_scheme",
        "ftp://127.0.0.1/pub/file.txt": "bad_scheme",
        "javascript:alert(1)": "bad_scheme",
        "not a url": "bad_scheme",
        "http:///no-host": "bad_url",
    }
    assert report.fetched == []
    assert log == []  # not a single request reached the server
    assert list(tmp_path.iterdir()) == []


def test_robots_txt_5xx_disallows_everything(tmp_path):
    log: list = []

    class Broken(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):  # noqa: N802
            log.append(self.path)
            body = b"oops" if self.path == "/robots.txt" else article("A", "text")
            self.send_response(503 if self.path == "/robots.txt" else 200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Broken)
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        report = fetch([f"http://127.0.0.1:{httpd.server_address[1]}/news/a.html"], tmp_path)
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert [f.reason for f in report.failures] == ["robots_disallowed"]
    assert log == ["/robots.txt"]
