"""Junk in every writable endpoint: always a 4xx in the error shape, never a 500."""

import pytest

from .conftest import assert_error, client_for, make_user

pytestmark = pytest.mark.django_db

JUNK = [None, [], "text", 0, 1.5, True, {"text": None}, {"text": ["a"]}, {"html": {"a": 1}},
        {"items": "x"}, {"items": [1, 2]}, {"items": [{"text": None}]}, {"into": "x"}, {"into": None},
        {"cluster": None}, {"cluster": [1]}, {"name": "x" * 5000}, {"url": "http://[::1"},
        {"text": "x", "limit": "many"}, {"evidence_links": "x"}, {"events": "all"}, {"text": "\x00\x01\x02"}]
ENDPOINTS = ["/api/v1/articles", "/api/v1/articles/batch", "/api/v1/match", "/api/v1/reviews",
             "/api/v1/tokens", "/api/v1/webhooks", "/api/v1/speakers/1/merge", "/api/v1/reviews/1/publish"]


@pytest.mark.parametrize("url", ENDPOINTS)
def test_junk_is_answered_with_a_client_error(url):
    client = client_for(make_user("admin"))
    for payload in JUNK:
        response = client.post(url, payload, format="json")
        assert 400 <= response.status_code < 500, (url, payload, response.content)
        assert_error(response, response.status_code)
