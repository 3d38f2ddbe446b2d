import hashlib

import pytest
from django.contrib.admin.sites import site
from rest_framework.test import APIClient

from integrations.models import ApiToken

from .conftest import assert_error, make_user

pytestmark = pytest.mark.django_db


def test_a_request_without_credentials_is_401_with_a_challenge(anon):
    response = anon.get("/api/v1/claims")
    assert_error(response, 401, "not_authenticated")
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_a_wrong_token_is_401(anon):
    anon.credentials(HTTP_AUTHORIZATION="Bearer kt_deadbeef_nope")
    assert_error(anon.get("/api/v1/claims"), 401, "authentication_failed")


def test_a_user_in_no_role_is_403(no_role):
    assert_error(no_role.get("/api/v1/claims"), 403, "permission_denied")


def test_creating_a_token_shows_it_once_and_stores_only_a_digest():
    user = make_user("viewer")
    client = APIClient()
    client.force_login(user)
    response = client.post("/api/v1/tokens", {"name": "CMS"}, format="json")
    assert response.status_code == 201
    plaintext = response.json()["token"]
    stored = ApiToken.objects.get(pk=response.json()["id"])
    assert plaintext not in (stored.prefix, stored.digest)
    assert stored.digest == hashlib.sha256(plaintext.encode()).hexdigest()
    assert plaintext.startswith(f"kt_{stored.prefix}_")
    listed = client.get("/api/v1/tokens").json()["results"]
    assert "token" not in listed[0] and listed[0]["prefix"] == stored.prefix

    token_client = APIClient()
    token_client.credentials(HTTP_AUTHORIZATION=f"Bearer {plaintext}")
    assert token_client.get("/api/v1/claims").status_code == 200
    stored.refresh_from_db()
    assert stored.last_used_at is not None


def test_a_revoked_token_stops_working():
    user = make_user("viewer")
    client = APIClient()
    client.force_login(user)
    created = client.post("/api/v1/tokens", {"name": "CMS"}, format="json").json()
    token_client = APIClient()
    token_client.credentials(HTTP_AUTHORIZATION=f"Bearer {created['token']}")
    assert token_client.get("/api/v1/claims").status_code == 200
    assert token_client.delete(f"/api/v1/tokens/{created['id']}").status_code == 204
    assert_error(token_client.get("/api/v1/claims"), 401)
    assert ApiToken.objects.get(pk=created["id"]).revoked_at is not None


def test_a_user_cannot_revoke_someone_elses_token(viewer):
    other = APIClient()
    other.force_login(make_user("viewer", "other"))
    created = other.post("/api/v1/tokens", {"name": "theirs"}, format="json").json()
    assert_error(viewer.delete(f"/api/v1/tokens/{created['id']}"), 404)


def test_a_token_without_a_name_is_400(viewer):
    error = assert_error(viewer.post("/api/v1/tokens", {}, format="json"), 400, "invalid")
    assert "name" in error["fields"]


def test_session_auth_works_for_reads():
    client = APIClient()
    client.force_login(make_user("viewer"))
    assert client.get("/api/v1/clusters").status_code == 200


def test_the_admin_creates_a_token_and_shows_it_once(rf):
    from django.contrib.messages.storage.fallback import FallbackStorage

    from integrations.admin import ApiTokenAdmin

    boss = make_user("admin")
    owner = make_user("viewer")
    request = rf.post("/admin/")
    request.user = boss
    request.session = {}
    request._messages = FallbackStorage(request)
    model_admin = ApiTokenAdmin(ApiToken, site)
    obj = ApiToken(user=owner, name="From the admin")
    model_admin.save_model(request, obj, form=None, change=False)
    token = ApiToken.objects.get(name="From the admin")
    assert token.user == owner
    shown = [str(m) for m in request._messages]
    assert any(f"kt_{token.prefix}_" in m for m in shown)
