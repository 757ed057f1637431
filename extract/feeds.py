"""Fetching news pages into a landing folder, politely and safely.

fetch_sources() takes article URLs and RSS/Atom/JSON Feed URLs (told apart by the content
that comes back). Feed entries are found with trafilatura's feed helpers; each article
is saved as "<host>_<sha256(url)[:16]>.html" with a "<same>.meta.json" sidecar (url,
final_url, fetched_at, outlet, and title / published_at / feed when a feed entry listed
it) that extract.reading picks up. A URL whose page is already in dest is not fetched
again; a URL that failed is tried again on the next call.

Politeness and safety, for every request including robots.txt and each redirect hop:
only http(s); the host is resolved first and private, loopback, link-local, multicast
and reserved addresses are refused (and the connected peer is checked again, against
DNS rebinding) unless allow_private; robots.txt honoured through urllib.robotparser
(its Crawl-delay too, in whole seconds; rules match in file order, not longest first); one
request per host per min_interval_s; a timeout for the whole response, not only for
each read; a size cap; a redirect limit. One bad URL never raises: it is reported.
"""

from __future__ import annotations

import hashlib
import http.client
import io
import ipaddress
import json
import os
import re
import socket
import ssl
import tempfile
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from courlan.filters import extension_filter, type_filter
from trafilatura.feeds import FeedParameters, find_links

from extract.formats import Rejected
from extract.formats.gzip_stream import gunzip_capped
from extract.reading import iso_date

FETCH_FAILURE_REASONS = {
    "bad_scheme": "not an http(s) URL (file://, ftp://, data: ... are refused)",
    "bad_url": "the URL has no host or cannot be parsed",
    "private_address": "the host resolves to a private, loopback, link-local or reserved address",
    "unresolvable": "the host name does not resolve",
    "robots_disallowed": "robots.txt disallows this URL for our user agent",
    "too_many_redirects": "more redirects than max_redirects (or a redirect loop)",
    "too_large": "the response is larger than max_bytes",
    "timeout": "no complete response within timeout_s",
    "http_error": "the server answered with a non-2xx status",
    "network_error": "the connection failed (refused, reset, TLS error ...)",
    "not_html": "the response is neither an HTML page nor an RSS/Atom/JSON feed",
    "empty_feed": "a feed with no article link",
}

SIDECAR_SUFFIX = ".meta.json"  # the suffix extract.reading looks for
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_ROBOTS_MAX_BYTES = 512 * 1024
MAX_CRAWL_DELAY_S = 30.0  # a site asking for more still gets this gap, not a stalled run


@dataclass
class FetchedPage:
    url: str  # as requested (the feed entry or the input URL)
    final_url: str  # after redirects
    path: Path


@dataclass
class FetchFailure:
    url: str
    reason: str  # a key of FETCH_FAILURE_REASONS
    detail: str


@dataclass
class FetchReport:
    fetched: list[FetchedPage] = field(default_factory=list)
    already_present: list[str] = field(default_factory=list)  # URLs found in dest, not fetched again
    failures: list[FetchFailure] = field(default_factory=list)
    feeds: dict[str, list[str]] = field(default_factory=dict)  # feed URL -> article URLs in it


class _Refused(Exception):
    def __init__(self, reason: str, detail: str):
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass
class _Response:
    url: str
    status: int
    content_type: str
    body: bytes
    location: str = ""  # for a redirect


def fetch_sources(
    urls: list[str],
    dest: Path,
    *,
    user_agent: str,
    min_interval_s: float = 1.0,
    timeout_s: float = 20,
    max_bytes: int = 5_000_000,
    max_redirects: int = 5,
    allow_private: bool = False,
) -> FetchReport:
    """Fetch article pages (and the articles listed in feeds) into `dest`."""
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    client = _PoliteClient(user_agent, min_interval_s, timeout_s, max_bytes, max_redirects, allow_private)
    report = FetchReport()
    present = _urls_in(dest)
    seen: set[str] = set()

    def fetch_article(url: str, response: _Response | None = None, feed_meta: dict | None = None) -> None:
        if url in seen:
            return
        seen.add(url)
        if url in present:
            report.already_present.append(url)
            return
        try:
            response = response or client.get(url)
            if not _is_html(response):
                raise _Refused("not_html", f"Content-Type {response.content_type or 'missing'}")
            report.fetched.append(FetchedPage(url, response.url, _save(dest, url, response, feed_meta or {})))
            present.add(url)
        except _Refused as r:
            report.failures.append(FetchFailure(url, r.reason, r.detail))

    for url in dict.fromkeys(urls):
        if url in seen:  # already handled as an entry of an earlier feed
            continue
        if url in present:
            fetch_article(url)
            continue
        try:
            response = client.get(url)
        except _Refused as r:
            seen.add(url)
            report.failures.append(FetchFailure(url, r.reason, r.detail))
            continue
        if not _is_feed(response):
            fetch_article(url, response)
            continue
        seen.add(url)
        links = _feed_links(response)
        report.feeds[url] = links
        if not links:
            report.failures.append(FetchFailure(url, "empty_feed", "no article link in the feed"))
        entries = _feed_entries(response)
        for link in links:
            fetch_article(link, feed_meta={"feed": url, **entries.get(link, {})})
    return report


def _page_name(url: str) -> str:
    host = (urlsplit(url).hostname or "unknown").removeprefix("www.")
    safe_host = re.sub(r"[^A-Za-z0-9.-]", "_", host)
    return f"{safe_host}_{hashlib.sha256(url.encode('utf-8')).hexdigest()[:16]}.html"


def _urls_in(dest: Path) -> set[str]:
    """URLs already fetched into dest, from the sidecars whose page exists."""
    urls = set()
    for sidecar in dest.glob(f"*{SIDECAR_SUFFIX}"):
        page = sidecar.with_name(sidecar.name[: -len(SIDECAR_SUFFIX)])
        if not page.exists():
            continue
        try:
            url = json.loads(sidecar.read_text(encoding="utf-8")).get("url")
        except (OSError, ValueError, AttributeError):
            continue
        if isinstance(url, str):
            urls.add(url)
    return urls


def _save(dest: Path, url: str, response: _Response, feed_meta: dict) -> Path:
    """Write page and sidecar atomically, sidecar first, so a reader listing the
    folder never sees a page without its metadata. feed_meta: title, published_at
    and feed from the feed entry that listed the page."""
    page = dest / _page_name(url)
    host = (urlsplit(response.url).hostname or "").removeprefix("www.")
    meta = {
        "url": url,
        "final_url": response.url,
        "fetched_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "outlet": host,
        "http_content_type": response.content_type,
        **feed_meta,
    }
    _write_atomic(page.with_name(page.name + SIDECAR_SUFFIX), json.dumps(meta, ensure_ascii=False, indent=1).encode())
    _write_atomic(page, response.body)
    return page


def _write_atomic(path: Path, data: bytes) -> None:
    # A hidden temporary name: extract.reading.list_landing_files skips it.
    fd, tmp = tempfile.mkstemp(prefix=".fetch-", dir=path.parent)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def _is_html(response: _Response) -> bool:
    if response.content_type:
        return response.content_type in _HTML_TYPES
    return b"<html" in response.body[:4096].lower()


def _is_feed(response: _Response) -> bool:
    """RSS, Atom or JSON Feed, by Content-Type or by the document's root."""
    if any(kind in response.content_type for kind in ("rss", "atom", "feed+json")):
        return True
    head = response.body[:4096].decode("utf-8", "replace").lstrip("\ufeff \r\n\t")
    if head.startswith("{"):
        return "jsonfeed.org/version" in head
    if not head.startswith("<?xml") and not head.lower().startswith(("<rss", "<feed", "<rdf")):
        return False
    return bool(_FEED_ROOT.search(head))


def _feed_links(response: _Response) -> list[str]:
    """Article URLs in a feed: absolute, http(s), no home page, and through courlan's
    extension and page-type filters (no images, enclosures, tag or category pages).
    trafilatura's extract_links would apply those through courlan.check_url, which
    also drops every IP-address host, so the filters are applied here directly."""
    parts = urlsplit(response.url)
    base = f"{parts.scheme}://{parts.netloc}"
    params = FeedParameters(base, parts.hostname or "", response.url)
    text = response.body.decode("utf-8", "replace").strip()
    links = []
    for link in find_links(text, params):
        absolute = urljoin(response.url, link.strip())
        split = urlsplit(absolute)
        if (
            split.scheme in ("http", "https")
            and split.path not in ("", "/")
            and absolute != response.url
            and extension_filter(split.path)
            and type_filter(absolute)
        ):
            links.append(absolute)
    return list(dict.fromkeys(links))


def _feed_entries(response: _Response) -> dict[str, dict]:
    """{absolute link: {"title", "published_at"}} of RSS items / Atom entries, best
    effort: a feed that does not parse as XML still gives its links above."""
    text = response.body.decode("utf-8", "replace").lstrip("\ufeff \r\n\t")
    if text.startswith("{"):
        return _json_feed_entries(text, response.url)
    try:
        root = ET.fromstring(response.body)
    except ET.ParseError:
        return {}
    entries = {}
    for node in root.iter():
        if _local(node.tag) not in ("item", "entry"):
            continue
        fields = {_local(child.tag): child for child in node}
        href = next(
            (
                (child.text or "").strip() or child.get("href")
                for child in node
                if _local(child.tag) == "link" and child.get("rel", "alternate") == "alternate"
            ),
            None,
        )
        if not href:
            continue
        meta = {}
        title = fields.get("title")
        if title is not None and (title.text or "").strip():
            meta["title"] = title.text.strip()
        # Not Atom's <updated>: a last-modified time is no publication date.
        for name in ("pubDate", "published", "date"):
            date_node = fields.get(name)
            day = iso_date(date_node.text or "") if date_node is not None else None
            if day:
                meta["published_at"] = day
                break
        entries[urljoin(response.url, href)] = meta
    return entries


def _json_feed_entries(text: str, base_url: str) -> dict[str, dict]:
    """The same for a JSON Feed (https://jsonfeed.org/version/1.1)."""
    try:
        items = json.loads(text).get("items", [])
    except (ValueError, AttributeError, RecursionError):
        return {}
    entries = {}
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict) or not isinstance(item.get("url"), str):
            continue
        meta = {}
        if isinstance(item.get("title"), str) and item["title"].strip():
            meta["title"] = item["title"].strip()
        day = iso_date(item["date_published"]) if isinstance(item.get("date_published"), str) else None
        if day:
            meta["published_at"] = day
        entries[urljoin(base_url, item["url"])] = meta
    return entries


def _local(tag) -> str:
    """An XML tag without its namespace."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


class _PoliteClient:
    """GET with per-host rate limit, robots.txt, address checks, caps and redirects."""

    def __init__(self, user_agent, min_interval_s, timeout_s, max_bytes, max_redirects, allow_private):
        self.user_agent = user_agent
        self.min_interval_s = min_interval_s
        self.timeout_s = timeout_s
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.allow_private = allow_private
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, RobotFileParser] = {}

    def get(self, url: str) -> _Response:
        visited = []
        current = url
        for _ in range(self.max_redirects + 1):
            visited.append(current)
            self._check_url(current)
            self._check_robots(current)
            response = self._request(current, self.max_bytes)
            if response.status in (301, 302, 303, 307, 308):
                if not response.location:
                    raise _Refused("http_error", f"redirect {response.status} without Location from {current}")
                current = urljoin(current, response.location)
                continue
            if not 200 <= response.status < 300:
                raise _Refused("http_error", f"HTTP {response.status} from {current}")
            return response
        loop = " (a loop)" if len(set(visited)) < len(visited) else ""
        raise _Refused("too_many_redirects", f"more than {self.max_redirects} redirects{loop}: {' -> '.join(visited[:4])} ...")

    # -- checks ---------------------------------------------------------------

    def _check_url(self, url: str) -> None:
        try:
            parts = urlsplit(url)
            parts.port  # raises ValueError on a bad port
        except ValueError as e:
            raise _Refused("bad_url", f"{url!r}: {e}") from None
        if parts.scheme not in ("http", "https"):
            raise _Refused("bad_scheme", f"scheme {parts.scheme or 'missing'!r} in {url}")
        if not parts.hostname:
            raise _Refused("bad_url", f"no host in {url}")
        if self.allow_private:
            return
        try:
            infos = socket.getaddrinfo(parts.hostname, parts.port or 80, proto=socket.IPPROTO_TCP)
        except (socket.gaierror, UnicodeError) as e:
            raise _Refused("unresolvable", f"{parts.hostname}: {e}") from None
        for info in infos:
            _check_address(info[4][0], parts.hostname)

    def _check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        robots = self._robots.get(origin)
        if robots is None:
            robots = self._robots[origin] = self._load_robots(origin)
        if not robots.can_fetch(self.user_agent, url):
            raise _Refused("robots_disallowed", f"{origin}/robots.txt disallows {parts.path or '/'}")

    def _load_robots(self, origin: str) -> RobotFileParser:
        """RFC 9309: a 4xx robots.txt allows all; 5xx or unreachable disallows all."""
        robots = RobotFileParser(origin + "/robots.txt")
        try:
            response = self._request(origin + "/robots.txt", _ROBOTS_MAX_BYTES)
            for _ in range(self.max_redirects):
                if response.status not in (301, 302, 303, 307, 308) or not response.location:
                    break
                target = urljoin(response.url, response.location)
                self._check_url(target)
                response = self._request(target, _ROBOTS_MAX_BYTES)
        except _Refused:
            robots.disallow_all = True
            return robots
        if 200 <= response.status < 300:
            robots.parse(response.body.decode("utf-8", "replace").splitlines())
        elif 400 <= response.status < 500:
            robots.allow_all = True
        else:
            robots.disallow_all = True
        return robots

    # -- the request ----------------------------------------------------------

    def _wait_turn(self, host: str, origin: str) -> None:
        """Sleep until min_interval_s (or the robots.txt Crawl-delay, up to
        MAX_CRAWL_DELAY_S) has passed since the last request to this host."""
        interval = self.min_interval_s
        robots = self._robots.get(origin)
        crawl_delay = robots.crawl_delay(self.user_agent) if robots is not None else None
        if crawl_delay:
            interval = max(interval, min(float(crawl_delay), MAX_CRAWL_DELAY_S))
        last = self._last_request.get(host)
        if last is not None:
            delay = last + interval - time.monotonic()
            if delay > 0:
                time.sleep(delay)
        self._last_request[host] = time.monotonic()

    def _request(self, url: str, max_bytes: int) -> _Response:
        """One GET, no redirect following. For a 3xx, content_type holds Location."""
        parts = urlsplit(url)
        self._wait_turn(parts.hostname or "", f"{parts.scheme}://{parts.netloc}")
        deadline = time.monotonic() + self.timeout_s
        # Percent-encode what http.client refuses (spaces, non-ASCII); keep existing escapes.
        path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=~")
        if parts.query:
            path += "?" + quote(parts.query, safe="/%:@!$&'()*+,;=?~")
        connection_class = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        kwargs = {"context": ssl.create_default_context()} if parts.scheme == "https" else {}
        connection = connection_class(parts.hostname, parts.port, timeout=self.timeout_s, **kwargs)
        try:
            connection.connect()
            if not self.allow_private:  # the address actually connected to, against DNS rebinding
                _check_address(connection.sock.getpeername()[0], parts.hostname)
            connection.request(
                "GET",
                path,
                headers={
                    "User-Agent": self.user_agent,
                    "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml;q=0.9,*/*;q=0.5",
                    "Accept-Encoding": "gzip",
                },
            )
            response = connection.getresponse()
            if response.status in (301, 302, 303, 307, 308):
                return _Response(url, response.status, "", b"", response.getheader("Location") or "")
            length = response.getheader("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise _Refused("too_large", f"Content-Length {length} > cap {max_bytes} for {url}")
            body = bytearray()
            while True:
                if time.monotonic() > deadline:
                    raise _Refused("timeout", f"no complete response within {self.timeout_s}s from {url}")
                chunk = response.read1(64 * 1024)
                if not chunk:
                    break
                body += chunk
                if len(body) > max_bytes:
                    raise _Refused("too_large", f"more than {max_bytes} bytes from {url}")
            if (response.getheader("Content-Encoding") or "").lower() == "gzip":
                try:
                    body = gunzip_capped(io.BytesIO(bytes(body)), max_bytes)
                except Rejected as r:
                    raise _Refused("too_large" if r.reason == "decompression_bomb" else "network_error", r.detail) from None
            content_type = (response.getheader("Content-Type") or "").split(";")[0].strip().lower()
            return _Response(url, response.status, content_type, bytes(body))
        except _Refused:
            raise
        except (TimeoutError, socket.timeout) as e:
            raise _Refused("timeout", f"no response within {self.timeout_s}s from {url}: {e}") from None
        except (OSError, http.client.HTTPException) as e:
            raise _Refused("network_error", f"{type(e).__name__}: {e} ({url})") from None
        finally:
            connection.close()


def _check_address(address: str, host: str) -> None:
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if not ip.is_global or ip.is_multicast:
        raise _Refused("private_address", f"{host} resolves to {ip}, which is not a public address")
