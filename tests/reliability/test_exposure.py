"""What the outside can reach and what the fetcher can be led to.

- The web UI, started exactly as `make ui` starts it, answers on loopback and not on this
  machine's other addresses.
- The feed fetcher, following a redirect from a public host, refuses a private or loopback
  target (and any hop's non-HTTP scheme) before connecting to it.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import dagster_server
import pytest

from extract.feeds import fetch_sources

UA = "newsclaims-test/1.0 (+https://example.org/bot)"


def non_loopback_addresses() -> list[str]:
    """IPv4 addresses of this machine other than loopback (no packet is sent)."""
    found = set()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("192.0.2.1", 9))  # TEST-NET: only picks the outgoing interface
            found.add(s.getsockname()[0])
        except OSError:
            pass
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.add(info[4][0])
    except OSError:
        pass
    return sorted(a for a in found if not ipaddress.ip_address(a).is_loopback and a != "0.0.0.0")


def test_the_ui_started_by_make_ui_listens_on_loopback_only(tmp_path):
    addresses = non_loopback_addresses()
    if not addresses:
        pytest.skip("this machine has no non-loopback IPv4 address to probe")
    # control: a listener on every interface is reachable at those addresses, so a refusal
    # below means the UI does not listen there, not that the probe cannot get through
    with socket.create_server(("0.0.0.0", 0)) as everywhere:
        for address in addresses:
            socket.create_connection((address, everywhere.getsockname()[1]), timeout=3).close()
    with dagster_server.running(tmp_path, via_make=True) as base:  # it answers on loopback
        port = urlsplit(base).port
        for address in addresses:
            with socket.socket() as s:
                s.settimeout(3)
                with pytest.raises(OSError):  # refused: nothing listens there
                    s.connect((address, port))


# --- the fetcher led by a redirect ----------------------------------------------------

PUBLIC_HOST = "news.example.com"
PUBLIC_IP = "93.184.215.14"  # a global address; connections to it are sent to the test server


@pytest.fixture
def public_site(monkeypatch):
    """A server on 127.0.0.1 that the fetcher sees as PUBLIC_HOST at PUBLIC_IP: name
    resolution and the connection's peer address are redirected in the socket module only,
    so every check in extract.feeds runs unchanged. Yields (base URL, server port, hits)."""
    hits: list[str] = []

    class Site(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            port = self.server.server_address[1]
            targets = {
                "/to-loopback": f"http://127.0.0.1:{port}/secret",
                "/to-localhost": f"http://localhost:{port}/secret",
                "/to-metadata": "http://169.254.169.254/latest/meta-data/",
                "/to-private": "http://10.0.0.7/admin",
                "/to-ipv6-loopback": f"http://[::1]:{port}/secret",
                "/to-mapped": f"http://[::ffff:127.0.0.1]:{port}/secret",
                "/to-file": "file:///etc/passwd",
                "/via-public": f"http://{PUBLIC_HOST}:{port}/to-loopback",
            }
            if self.path in targets:
                self.send_response(302)
                self.send_header("Location", targets[self.path])
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body = b"User-agent: *\nAllow: /\n" if self.path == "/robots.txt" else b"<html><body><p>secret</p></body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/plain" if self.path == "/robots.txt" else "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    port = httpd.server_address[1]
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    real_getaddrinfo, real_create_connection = socket.getaddrinfo, socket.create_connection

    def getaddrinfo(host, *args, **kwargs):
        if host == PUBLIC_HOST:
            return [(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (PUBLIC_IP, args[0] if args else 80))]
        return real_getaddrinfo(host, *args, **kwargs)

    class SeenAsPublic:
        """The connected socket, reporting the public address as its peer."""

        def __init__(self, sock):
            self._sock = sock

        def getpeername(self):
            return (PUBLIC_IP, port)

        def __getattr__(self, name):
            return getattr(self._sock, name)

    def create_connection(address, *args, **kwargs):
        if address[0] in (PUBLIC_HOST, PUBLIC_IP):
            return SeenAsPublic(real_create_connection(("127.0.0.1", address[1]), *args, **kwargs))
        return real_create_connection(address, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    try:
        yield f"http://{PUBLIC_HOST}:{port}", hits
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_a_redirect_from_a_public_host_to_a_private_address_is_refused(public_site, tmp_path):
    base, hits = public_site
    sources = ["/to-loopback", "/to-localhost", "/to-metadata", "/to-private", "/to-ipv6-loopback", "/to-mapped",
               "/via-public"]
    urls = [base + s for s in sources] + [base + "/to-file"]
    report = fetch_sources(urls, tmp_path, user_agent=UA, min_interval_s=0, timeout_s=5)
    reasons = {f.url.removeprefix(base): f.reason for f in report.failures}
    assert reasons == {**{s: "private_address" for s in sources}, "/to-file": "bad_scheme"}
    assert report.fetched == []
    assert "/secret" not in hits  # the private target was never requested
    assert set(hits) == {"/robots.txt", *sources, "/to-file"}  # the public hops were: the harness works
    assert list(tmp_path.iterdir()) == []


def test_the_harness_lets_a_public_page_through(public_site, tmp_path):
    """Control: without the redirect, the same server's page is fetched, so the refusals
    above come from the redirect target, not from the harness."""
    base, hits = public_site
    report = fetch_sources([base + "/article"], tmp_path, user_agent=UA, min_interval_s=0, timeout_s=5)
    assert [f.url for f in report.fetched] == [base + "/article"], report.failures
