import socket

import pytest

from sources.fetching import FetchError, FetchRefused, FetchTooLarge, address_allowed, fetch_url

PAGE = b"<html><head><title>Uji</title></head><body><p>Berita uji coba.</p></body></html>"


@pytest.mark.parametrize("ip", [
    "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0", "100.64.0.1",
    "::1", "fe80::1", "fc00::1", "::ffff:127.0.0.1", "224.0.0.1", "240.0.0.1",
])
def test_non_public_addresses_are_refused(ip):
    assert not address_allowed(ip, allow_private=False)


def test_public_addresses_are_allowed():
    assert address_allowed("93.184.215.14", allow_private=False)
    assert address_allowed("2606:4700::1111", allow_private=False)


def test_it_refuses_loopback_by_default(local_server, settings):
    settings.KUTIP_FETCH_ALLOW_PRIVATE = False
    local_server.routes["/a"] = (200, {"Content-Type": "text/html"}, PAGE)
    with pytest.raises(FetchRefused):
        fetch_url(local_server.url("/a"))
    assert local_server.requests == []


def test_it_refuses_a_host_if_any_resolved_address_is_private(monkeypatch, settings):
    settings.KUTIP_FETCH_ALLOW_PRIVATE = False

    def fake_getaddrinfo(host, port, *args, **kwargs):
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", port)),
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.5", port))]

    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    with pytest.raises(FetchRefused):
        fetch_url("http://mixed.example/")


@pytest.mark.parametrize("url", ["ftp://example.com/x", "file:///etc/passwd", "http://user:pw@example.com/",
                                 "http:///nohost", "http://example.com:99999/"])
def test_it_refuses_odd_urls(url):
    with pytest.raises(FetchRefused):
        fetch_url(url)


def test_it_fetches_a_page_when_private_addresses_are_allowed(local_server):
    local_server.routes["/a"] = (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE)
    body, final_url, content_type = fetch_url(local_server.url("/a"))
    assert body == PAGE and final_url == local_server.url("/a") and content_type.startswith("text/html")


def test_it_follows_up_to_five_redirects(local_server):
    for i in range(5):
        local_server.routes[f"/r{i}"] = (302, {"Location": f"/r{i + 1}"}, b"")
    local_server.routes["/r5"] = (200, {"Content-Type": "text/html"}, PAGE)
    body, final_url, _ = fetch_url(local_server.url("/r0"))
    assert body == PAGE and final_url.endswith("/r5")


def test_it_stops_after_five_redirects(local_server):
    for i in range(7):
        local_server.routes[f"/r{i}"] = (302, {"Location": f"/r{i + 1}"}, b"")
    with pytest.raises(FetchError) as info:
        fetch_url(local_server.url("/r0"))
    assert info.value.code == "too_many_redirects"


def test_a_redirect_to_a_private_address_is_refused(local_server, settings, monkeypatch):
    """The first hop is allowed (pretend it is public), the redirect target is checked again."""
    import sources.fetching as fetching

    real = fetching.address_allowed
    calls = []

    def allowed(ip, *, allow_private=None):
        calls.append(ip)
        return len(calls) == 1 or real(ip, allow_private=False)

    monkeypatch.setattr(fetching, "address_allowed", allowed)
    local_server.routes["/go"] = (302, {"Location": "http://127.0.0.1:1/admin"}, b"")
    with pytest.raises(FetchRefused):
        fetch_url(local_server.url("/go"))


def test_a_page_over_the_size_limit_is_refused(local_server):
    local_server.routes["/big"] = (200, {"Content-Type": "text/html"}, b"x" * 5000)
    with pytest.raises(FetchTooLarge):
        fetch_url(local_server.url("/big"), max_bytes=1000)


def test_a_page_without_a_declared_length_is_cut_at_the_limit(local_server):
    local_server.routes["/nolen"] = (200, {"Content-Type": "text/html", "Content-Length": None}, b"z" * 5000)
    with pytest.raises(FetchTooLarge):
        fetch_url(local_server.url("/nolen"), max_bytes=1000)


def test_an_http_error_is_a_fetch_error(local_server):
    with pytest.raises(FetchError) as info:
        fetch_url(local_server.url("/missing"))
    assert info.value.code == "http_error"


def test_an_unreachable_port_is_a_fetch_error():
    with pytest.raises(FetchError):
        fetch_url("http://127.0.0.1:1/", timeout=2)
