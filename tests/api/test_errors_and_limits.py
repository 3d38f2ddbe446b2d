import pytest

from integrations.throttling import TokenRateThrottle

from .conftest import assert_error

pytestmark = pytest.mark.django_db


def test_unknown_api_paths_are_json_404(viewer):
    assert_error(viewer.get("/api/v1/no-such-thing"), 404, "not_found")


def test_a_missing_object_is_json_404(viewer):
    assert_error(viewer.get("/api/v1/claims/999999"), 404, "not_found")


def test_malformed_json_is_400(checker):
    response = checker.post("/api/v1/articles", data=b"{not json", content_type="application/json")
    assert_error(response, 400, "parse_error")


def test_a_form_body_is_415(checker):
    response = checker.post("/api/v1/articles", data={"text": "x"}, format="multipart")
    assert_error(response, 415, "unsupported_media_type")


def test_a_body_over_the_limit_is_413(checker, settings):
    settings.KUTIP_API_MAX_BODY_BYTES = 1000
    response = checker.post("/api/v1/articles", {"text": "kata " * 500}, format="json")
    assert_error(response, 413, "too_large")


def test_bad_filter_values_are_400_not_500(viewer):
    assert_error(viewer.get("/api/v1/claims?speaker=abc"), 400, "invalid")
    assert_error(viewer.get("/api/v1/clusters?date_from=yesterday"), 400, "invalid")


def test_a_garbled_cursor_is_400_not_500(viewer):
    assert_error(viewer.get("/api/v1/claims?cursor=bm9wZQ"), 400, "invalid_cursor")


def test_too_many_requests_are_429_with_retry_after(viewer, monkeypatch):
    monkeypatch.setattr(TokenRateThrottle, "THROTTLE_RATES", {"token": "3/minute"})
    codes = [viewer.get("/api/v1/outlets").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    response = viewer.get("/api/v1/outlets")
    assert_error(response, 429, "throttled")
    assert int(response["Retry-After"]) > 0


def test_each_token_has_its_own_budget(viewer, checker, monkeypatch):
    monkeypatch.setattr(TokenRateThrottle, "THROTTLE_RATES", {"token": "1/minute"})
    assert viewer.get("/api/v1/outlets").status_code == 200
    assert checker.get("/api/v1/outlets").status_code == 200
    assert viewer.get("/api/v1/outlets").status_code == 429


def test_no_cors_headers_unless_an_origin_is_configured(viewer, settings):
    response = viewer.get("/api/v1/outlets", HTTP_ORIGIN="https://evil.example")
    assert "Access-Control-Allow-Origin" not in response
    settings.KUTIP_API_CORS_ORIGINS = ["https://cms.example.org"]
    response = viewer.get("/api/v1/outlets", HTTP_ORIGIN="https://cms.example.org")
    assert response["Access-Control-Allow-Origin"] == "https://cms.example.org"
    response = viewer.get("/api/v1/outlets", HTTP_ORIGIN="https://evil.example")
    assert "Access-Control-Allow-Origin" not in response


def test_an_unexpected_exception_is_a_json_500(viewer, monkeypatch):
    from claims import selectors

    def boom(**kwargs):
        raise RuntimeError("bug")

    monkeypatch.setattr(selectors, "claim_queryset", boom)
    assert_error(viewer.get("/api/v1/claims"), 500, "server_error")
