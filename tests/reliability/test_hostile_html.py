"""Hostile HTML is read and cleaned as inert text: nothing runs, nothing is fetched or read
from disk, entity expansion stays bounded, and the page is either cleaned or rejected with
a reason.

A local HTTP server on 127.0.0.1 stands for "the network": every resource the pages point
at (scripts, iframes, images, stylesheets, external entities, meta refresh) is on it, and it
must see no request. A canary file on disk stands for local secrets behind file:// URLs.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from dataclasses import asdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from extract import clean_document
from extract.reading import read_landing_file

REPO = Path(__file__).resolve().parents[2]
CANARY = "CANARY-7f3e91-SECRET"
BODY = "<p>The Pentagon said 10,000 North Korean troops had been sent to the Kursk region.</p>"


@pytest.fixture
def network():
    """A server recording every request; yields (base URL, list of requested paths)."""
    hits: list[str] = []

    class Recorder(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            body = f"<html><body><p>{CANARY} remote</p></body></html>".encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", hits
    finally:
        httpd.shutdown()
        httpd.server_close()


def hostile_pages(base: str, secret: Path) -> dict[str, str]:
    doctype = (
        f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}"><!ENTITY host SYSTEM "file:///etc/hostname">'
        f'<!ENTITY remote SYSTEM "{base}/xxe"><!ENTITY % pe SYSTEM "{base}/dtd"> %pe;]>'
    )
    return {
        "script": f"<html><head><script>document.write('{CANARY}')</script><script src='{base}/s.js'></script>"
                  f"</head><body>{BODY}<script>fetch('{base}/fetch')</script></body></html>",
        "iframe_and_resources": (
            f"<html><head><link rel=stylesheet href='{base}/c.css'><meta http-equiv=refresh content='0;url={base}/r'>"
            f"<base href='{base}/base/'></head><body><iframe src='{base}/frame'></iframe><img src='{base}/i.png' "
            f"onerror=\"fetch('{base}/onerror')\"><object data='{base}/o'></object><embed src='{base}/e'>"
            f"<video poster='{base}/v'></video><iframe src='file://{secret}'></iframe>{BODY}"
            f"<a href='file://{secret}'>source</a></body></html>"
        ),
        "xxe": f"{doctype}<html><body><p>&xxe;&host;&remote;</p>{BODY}</body></html>",
        "xxe_xml": (
            f'<?xml version="1.0"?>{doctype.replace("html", "rss", 1)}<rss><channel><item>'
            f"<title>&xxe;</title><description>&remote; The Pentagon said 10,000 troops were sent.</description>"
            f"</item></channel></rss>"
        ),
        "xinclude": (
            f'<html xmlns:xi="http://www.w3.org/2001/XInclude"><body><xi:include href="file://{secret}" parse="text"/>'
            f'<xi:include href="{base}/xi"/>{BODY}</body></html>'
        ),
        "svg": f"<html><body><svg><image href='{base}/svg'/><use href='file://{secret}#x'/></svg>{BODY}</body></html>",
    }


def billion_laughs(levels: int = 10, fanout: int = 10) -> str:
    ents = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * fanout}">' for i in range(1, levels)
    ]
    return f"<!DOCTYPE html [{''.join(ents)}]><html><body><p>&lol{levels - 1};</p>{BODY}</body></html>"


def outputs(doc) -> str:
    return json.dumps(asdict(doc), default=str)


def test_hostile_pages_fetch_nothing_read_no_file_and_keep_the_article(network, tmp_path):
    base, hits = network
    secret = tmp_path / "secret.txt"
    secret.write_text(CANARY)
    hostname = Path("/etc/hostname").read_text().strip() if Path("/etc/hostname").exists() else None
    for name, html in hostile_pages(base, secret).items():
        path = tmp_path / f"{name}.html"
        path.write_text(html)
        records, rejections = read_landing_file(path)
        assert len(records) + len(rejections) == 1, name
        for rej in rejections:
            assert rej.reason and rej.detail, name
        for rec in records:
            doc = clean_document(rec.content, content_type=rec.content_type, filename=path.name)
            out = outputs(doc)
            assert CANARY not in out, name
            if hostname and len(hostname) >= 6:
                assert hostname not in out, name
            if rec.content_type == "text/html":  # the article survives its hostile markup
                assert "10,000" in doc.text, (name, doc.text)
    assert hits == []  # not one request left the process


def test_entity_expansion_bomb_stays_small(tmp_path):
    """Billion laughs (10^9 'lol's if expanded) in HTML and XML; measured in a fresh process
    so that the peak resident size is the bomb's, not an earlier test's."""
    bomb_html = tmp_path / "laughs.html"
    bomb_html.write_text(billion_laughs())
    bomb_xml = tmp_path / "laughs.xml"
    bomb_xml.write_text('<?xml version="1.0"?>' + billion_laughs().replace("html", "rss"))
    small = tmp_path / "small.html"
    small.write_text(f"<html><body>{BODY}</body></html>")
    script = """
import json, resource, sys
from extract import clean_document
from extract.reading import read_landing_file
peaks = {}
for path in sys.argv[1:]:
    records, rejections = read_landing_file(path)
    texts = [clean_document(r.content, content_type=r.content_type).text for r in records]
    peaks[path] = {"rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                   "chars": sum(map(len, texts)), "rejected": [r.reason for r in rejections]}
print(json.dumps(peaks))
"""
    out = subprocess.run([sys.executable, "-c", script, str(small), str(bomb_html), str(bomb_xml)], cwd=REPO,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    peaks = json.loads(out.stdout.strip().splitlines()[-1])
    baseline = peaks[str(small)]["rss_kb"]
    for bomb in (bomb_html, bomb_xml):
        result = peaks[str(bomb)]
        assert result["rss_kb"] - baseline < 100_000, result  # < 100 MB more than a normal page
        assert result["chars"] < 100_000, result  # the entities were not expanded into the text
    # the HTML page keeps its article; the XML one (no article markup) cleans to nothing,
    # which the cleaned asset quarantines as no_text
    assert peaks[str(bomb_html)]["chars"] > 0


def test_an_html5_void_element_does_not_swallow_the_article():
    """libxml2 opens <embed>, <source>, <track> as containers; trafilatura then deleted them
    with everything after them (found by this suite: the page's whole text was lost)."""
    for tag in ("embed src='/e'", "source srcset='/a.webp'", "track src='/t.vtt'"):
        html = f"<html><body><{tag}>{BODY}<p>Pent<{tag}>agon officials confirmed the figure on Monday.</p></body></html>"
        text = clean_document(html.encode(), content_type="text/html").text
        assert "10,000 North Korean troops" in text, tag
        assert "Pentagon officials confirmed" in text, tag
