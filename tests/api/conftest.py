import pytest
from django.contrib.auth.models import Group, User
from django.core.cache import cache
from rest_framework.test import APIClient

from integrations.services import token_create

ROLES = ["viewer", "checker", "editor", "admin"]


@pytest.fixture(autouse=True)
def _api_settings(settings):
    settings.KUTIP_FETCH_ALLOW_PRIVATE = True
    settings.KUTIP_WEBHOOK_ALLOW_PRIVATE = True
    cache.clear()  # throttle counters
    yield
    cache.clear()


def make_user(role: str | None, name: str | None = None) -> User:
    user = User.objects.create_user(name or f"user-{role or 'none'}", password="x")
    if role:
        user.groups.add(Group.objects.get_or_create(name=role)[0])
    return user


def client_for(user: User | None) -> APIClient:
    """An API client authenticated with a fresh token of `user` (anonymous when None)."""
    client = APIClient()
    if user is not None:
        new = token_create(user=user, name="test") if user.groups.exists() or user.is_superuser else None
        if new is None:
            client.force_authenticate(user)
        else:
            client.credentials(HTTP_AUTHORIZATION=f"Bearer {new.plaintext}")
    return client


@pytest.fixture
def anon():
    return APIClient()


@pytest.fixture
def viewer(db):
    return client_for(make_user("viewer"))


@pytest.fixture
def checker(db):
    return client_for(make_user("checker"))


@pytest.fixture
def editor(db):
    return client_for(make_user("editor"))


@pytest.fixture
def admin(db):
    return client_for(make_user("admin"))


@pytest.fixture
def no_role(db):
    """Logged in (session) but in no role group."""
    client = APIClient()
    client.force_login(make_user(None, "outsider"))
    return client


def assert_error(response, status: int, code: str | None = None):
    assert response.status_code == status, response.content
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "fields"}
    if code is not None:
        assert body["error"]["code"] == code, body
    return body["error"]


class LocalServer:
    """A threading HTTP server on 127.0.0.1: `routes` maps a path to (status, headers, body);
    every request received is kept in `requests` as (method, path, headers, body)."""

    def __init__(self):
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.routes: dict[str, tuple[int, dict, bytes]] = {}
        self.requests: list[tuple[str, str, dict, bytes]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                server.requests.append((self.command, self.path, dict(self.headers), body))
                status, headers, payload = server.routes.get(self.path, (404, {}, b"not found"))
                self.send_response(status)
                for name, value in headers.items():
                    if value is not None:  # None: leave the header out (body ends at close)
                        self.send_header(name, value)
                if "Content-Length" not in headers:
                    self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = _serve

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def local_server():
    server = LocalServer()
    yield server
    server.close()
