from datetime import timedelta

import kombu.exceptions
import pytest
from django.utils import timezone

from claims import tasks
from claims.models import ReconciliationRun

from .conftest import assert_error
from .test_resources import make_cluster

pytestmark = pytest.mark.django_db


@pytest.fixture
def queued(monkeypatch):
    """Record reconcile_task.delay() calls instead of running the job."""
    calls = []
    monkeypatch.setattr(tasks.reconcile_task, "delay", lambda *args, **kwargs: calls.append((args, kwargs)))
    return calls


def test_an_admin_starts_a_run_and_polls_it_to_the_end(admin):
    make_cluster(outlets=2)
    response = admin.post("/api/v1/reconciliation-runs")
    assert response.status_code == 202, response.content
    body = response.json()
    assert body["status"] == "queued" and response["Location"] == body["poll"]
    assert body["poll"].startswith("http://testserver/api/v1/reconciliation-runs?started_after=")
    # Tasks run eagerly in unit tests: the run is over by the time the answer comes.
    runs = admin.get(body["poll"]).json()["results"]
    assert [run["status"] for run in runs] == ["succeeded"]
    assert runs[0]["id"] == ReconciliationRun.objects.get().pk


def test_starting_a_run_queues_the_celery_task(admin, queued):
    assert admin.post("/api/v1/reconciliation-runs").status_code == 202
    assert queued == [((), {})]


def test_the_poll_link_leaves_out_runs_started_before_the_request(admin, queued):
    old = ReconciliationRun.objects.create(status=ReconciliationRun.Status.SUCCEEDED)
    ReconciliationRun.objects.filter(pk=old.pk).update(started_at=timezone.now() - timedelta(days=1))
    poll = admin.post("/api/v1/reconciliation-runs").json()["poll"]
    assert admin.get(poll).json()["results"] == []
    new = ReconciliationRun.objects.create()  # what the worker's reconcile_start makes
    assert [run["id"] for run in admin.get(poll).json()["results"]] == [new.pk]


def test_a_live_run_makes_another_start_a_409_in_the_error_shape(admin, queued):
    running = ReconciliationRun.objects.create()
    error = assert_error(admin.post("/api/v1/reconciliation-runs"), 409, "run_in_progress")
    assert f"/api/v1/reconciliation-runs/{running.pk}" in error["message"]
    assert queued == []


def test_a_run_past_the_lock_expiry_does_not_block_a_new_one(admin, queued):
    stale = ReconciliationRun.objects.create()
    ReconciliationRun.objects.filter(pk=stale.pk).update(started_at=timezone.now() - timedelta(hours=4))
    assert admin.post("/api/v1/reconciliation-runs").status_code == 202
    assert len(queued) == 1


def test_an_unreachable_queue_is_a_503_not_a_500(admin, monkeypatch):
    def down(*args, **kwargs):
        raise kombu.exceptions.OperationalError("connection refused")

    monkeypatch.setattr(tasks.reconcile_task, "delay", down)
    assert_error(admin.post("/api/v1/reconciliation-runs"), 503, "queue_unavailable")


@pytest.mark.parametrize("role", ["viewer", "checker", "editor", "no_role"])
def test_only_an_admin_may_start_a_run(request, role, queued):
    client = request.getfixturevalue(role)
    assert_error(client.post("/api/v1/reconciliation-runs"), 403)
    assert queued == [] and not ReconciliationRun.objects.exists()


def test_anonymous_cannot_start_a_run(anon, queued):
    assert_error(anon.post("/api/v1/reconciliation-runs"), 401)
    assert queued == []


@pytest.mark.parametrize("payload", [None, [], "x", {"status": "running"}, {"id": 3}])
def test_a_body_is_ignored_never_a_500(admin, queued, payload):
    response = admin.post("/api/v1/reconciliation-runs", payload, format="json")
    assert response.status_code == 202, response.content


def test_a_run_cannot_be_changed_or_deleted(admin):
    run = ReconciliationRun.objects.create(status=ReconciliationRun.Status.SUCCEEDED)
    for method in ("put", "patch", "delete"):
        assert_error(getattr(admin, method)(f"/api/v1/reconciliation-runs/{run.pk}"), 405)


def test_a_viewer_still_lists_and_reads_runs(viewer):
    run = ReconciliationRun.objects.create(status=ReconciliationRun.Status.FAILED, error="boom")
    assert [r["id"] for r in viewer.get("/api/v1/reconciliation-runs?status=failed").json()["results"]] == [run.pk]
    assert viewer.get(f"/api/v1/reconciliation-runs/{run.pk}").json()["error"] == "boom"


def test_a_bad_started_after_is_400(viewer):
    assert_error(viewer.get("/api/v1/reconciliation-runs?started_after=yesterday"), 400, "invalid")
