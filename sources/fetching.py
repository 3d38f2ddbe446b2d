"""Fetching an article by URL, safely: the server fetches what a client names, so it must not
become a way into the newsroom's own network (SSRF).

Every hop's host is resolved and every resolved address checked; the connection then goes to the
checked address (with the original Host header and TLS server name), so a DNS answer that changes
between the check and the connect (rebinding) cannot slip through. Size, time and redirects are
bounded. Plain function, no Django models: `sources` never imports `claims`.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from urllib.parse import urljoin, urlsplit

import certifi
import urllib3
from django.conf import settings

MAX_REDIRECTS = 5
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
USER_AGENT = "Kutip/1 (+claim tracker for fact-checkers)"
CHUNK = 64 * 1024


class FetchError(ValueError):
    """The URL could not be fetched. `code` says why; the message is shown to the user as is."""

    code = "fetch_failed"

    def __init__(self, message: str, code: str | None = None):
        super().__init__(message)
        if code:
            self.code = code


class FetchRefused(FetchError):
    code = "fetch_refused"


class FetchTooLarge(FetchError):
    code = "too_large"


def address_allowed(ip: str, *, allow_private: bool | None = None) -> bool:
    """False for private, loopback, link-local, reserved, multicast and unspecified addresses
    (IPv4-mapped IPv6 checked as the IPv4 it maps), unless private fetching is allowed."""
    if allow_private is None:
        allow_private = getattr(settings, "KUTIP_FETCH_ALLOW_PRIVATE", False)
    if allow_private:
        return True
    addr = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    return addr.is_global and not (addr.is_multicast or addr.is_reserved or addr.is_unspecified)


def resolve_checked(host: str, port: int, *, allow_private: bool | None = None) -> str:
    """The first address of `host`, after checking every address it resolves to."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r}", "unreachable") from exc
    ips = [info[4][0] for info in infos]
    if not ips:
        raise FetchError(f"cannot resolve host {host!r}", "unreachable")
    for ip in ips:
        if not address_allowed(ip, allow_private=allow_private):
            raise FetchRefused(f"refusing to fetch {host!r}: it resolves to a non-public address")
    return ips[0]


def _split(url: str) -> tuple[str, str, int, str]:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FetchRefused(f"not a valid URL: {exc}", "invalid_url") from exc
    if parts.scheme not in {"http", "https"}:
        raise FetchRefused("only http and https URLs can be fetched", "invalid_url")
    if not parts.hostname:
        raise FetchRefused("the URL has no host", "invalid_url")
    if parts.username or parts.password:
        raise FetchRefused("URLs with credentials are not fetched", "invalid_url")
    port = port or (443 if parts.scheme == "https" else 80)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return parts.scheme, parts.hostname, port, path


def request_pinned(method: str, url: str, *, timeout: float, headers: dict | None = None, body: bytes | None = None,
                   allow_private: bool | None = None, preload_content: bool = True):
    """One HTTP request, no redirects followed, to the checked address of the URL's host.
    Returns (response, pool); the caller closes the pool. Raises FetchError."""
    scheme, host, port, path = _split(url)
    ip = resolve_checked(host, port, allow_private=allow_private)
    host_header = host if port in (80, 443) else f"{host}:{port}"
    if ":" in host:  # an IPv6 literal
        host_header = f"[{host}]" if port in (80, 443) else f"[{host}]:{port}"
    pool_kwargs = {"timeout": urllib3.Timeout(connect=timeout, read=timeout), "retries": False, "maxsize": 1}
    if scheme == "https":
        pool = urllib3.HTTPSConnectionPool(
            ip, port, server_hostname=host, assert_hostname=host, cert_reqs="CERT_REQUIRED",
            ca_certs=certifi.where(), **pool_kwargs,
        )
    else:
        pool = urllib3.HTTPConnectionPool(ip, port, **pool_kwargs)
    try:
        response = pool.urlopen(
            method, path, body=body, redirect=False, retries=False, preload_content=preload_content,
            headers={"Host": host_header, "User-Agent": USER_AGENT, **(headers or {})},
        )
    except urllib3.exceptions.TimeoutError as exc:
        pool.close()
        raise FetchError("the request timed out", "timeout") from exc
    except urllib3.exceptions.HTTPError as exc:
        pool.close()
        raise FetchError(f"cannot reach {host}: {exc.__class__.__name__}", "unreachable") from exc
    return response, pool


def fetch_url(url: str, *, max_bytes: int | None = None, timeout: float | None = None,
              max_redirects: int = MAX_REDIRECTS) -> tuple[bytes, str, str]:
    """GET `url` and return (body bytes, final URL, content type). Raises FetchError.

    `timeout` bounds the whole fetch (every hop, connect and read), not each socket operation.
    """
    max_bytes = max_bytes or settings.KUTIP_MAX_INPUT_BYTES
    timeout = timeout or getattr(settings, "KUTIP_FETCH_TIMEOUT", 10.0)
    deadline = time.monotonic() + timeout
    for _hop in range(max_redirects + 1):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError("the fetch timed out", "timeout")
        response, pool = request_pinned(
            "GET", url, timeout=remaining, preload_content=False,
            headers={"Accept": "text/html, text/plain;q=0.9, */*;q=0.1"},
        )
        try:
            if response.status in REDIRECT_STATUSES:
                location = response.headers.get("Location")
                if not location:
                    raise FetchError(f"HTTP {response.status} without a Location", "http_error")
                # The next hop is resolved and checked again: a public page may redirect inward.
                url = urljoin(url, location)
                continue
            if response.status >= 400:
                raise FetchError(f"the page answered HTTP {response.status}", "http_error")
            body = _read_bounded(response, max_bytes=max_bytes, deadline=deadline)
            return body, url, response.headers.get("Content-Type", "")
        except urllib3.exceptions.TimeoutError as exc:
            raise FetchError("the fetch timed out", "timeout") from exc
        except urllib3.exceptions.HTTPError as exc:
            raise FetchError(f"cannot fetch the page: {exc.__class__.__name__}", "unreachable") from exc
        finally:
            response.release_conn()
            pool.close()
    raise FetchError(f"more than {max_redirects} redirects", "too_many_redirects")


def _read_bounded(response, *, max_bytes: int, deadline: float) -> bytes:
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchTooLarge(f"the page is {int(declared):,} bytes; the limit is {max_bytes:,} bytes")
    chunks, size = [], 0
    # Read in chunks: a server that lies about (or omits) Content-Length is cut off at the limit.
    for chunk in response.stream(CHUNK, decode_content=True):
        size += len(chunk)
        if size > max_bytes:
            raise FetchTooLarge(f"the page is larger than the limit of {max_bytes:,} bytes")
        if time.monotonic() > deadline:
            raise FetchError("the fetch timed out", "timeout")
        chunks.append(chunk)
    return b"".join(chunks)
