import hashlib
import hmac
import json
from datetime import datetime, timezone

import pytest

from claims.models import IngestJob, Review
from claims.services import claims_announce_repeats, review_publish
from integrations.delivery import SIGNATURE_HEADER, TransientDeliveryError, delivery_send
from integrations.models import Webhook, WebhookDelivery
from tests.factories import ArticleFactory, ClaimFactory

from .conftest import assert_error, make_user
from .test_resources import make_cluster

pytestmark = pytest.mark.django_db

SECRET = "rahasia-yang-cukup-panjang"


def register(server, events=(), owner=None):
    server.routes["/hook"] = (200, {"Content-Type": "text/plain"}, b"ok")
    return Webhook.objects.create(owner=owner or make_user("editor", "hook-owner"), url=server.url("/hook"),
                                  secret=SECRET, events=list(events))


def received(server):
    return [(headers, json.loads(body)) for method, path, headers, body in server.requests if path == "/hook"]


def test_an_editor_registers_a_webhook_and_the_secret_is_never_shown(editor, local_server):
    response = editor.post("/api/v1/webhooks", {"url": local_server.url("/hook"), "secret": SECRET,
                                               "events": ["review.published"]}, format="json")
    assert response.status_code == 201, response.content
    assert "secret" not in response.json()
    assert editor.get("/api/v1/webhooks").json()["results"][0]["events"] == ["review.published"]


def test_a_checker_cannot_register_a_webhook(checker, local_server):
    assert_error(checker.post("/api/v1/webhooks", {"url": local_server.url("/hook"), "secret": SECRET},
                              format="json"), 403)


def test_an_unknown_event_is_400(editor):
    assert_error(editor.post("/api/v1/webhooks", {"url": "https://cms.example/h", "secret": SECRET,
                                                 "events": ["everything"]}, format="json"), 400)


def test_publishing_a_review_is_delivered_signed(local_server, django_capture_on_commit_callbacks):
    hook = register(local_server, events=["review.published"])
    review = Review.objects.create(cluster=make_cluster(), verdict="false")
    with django_capture_on_commit_callbacks(execute=True):
        review_publish(review=review, user=make_user("editor", "ed"))
    [(headers, body)] = received(local_server)
    assert body["event"] == "review.published"
    assert body["data"]["review"] == review.pk and body["data"]["verdict"] == "false"
    raw = local_server.requests[0][3]
    expected = "sha256=" + hmac.new(SECRET.encode(), raw, hashlib.sha256).hexdigest()
    assert headers[SIGNATURE_HEADER] == expected
    delivery = WebhookDelivery.objects.get(webhook=hook)
    assert (delivery.status, delivery.response_status, delivery.attempts) == ("delivered", 200, 1)


def test_a_webhook_is_not_told_about_events_it_did_not_ask_for(local_server, django_capture_on_commit_callbacks):
    register(local_server, events=["job.finished"])
    review = Review.objects.create(cluster=make_cluster(), verdict="false")
    with django_capture_on_commit_callbacks(execute=True):
        review_publish(review=review, user=make_user("editor", "ed"))
    assert received(local_server) == []


def test_a_checked_claim_appearing_again_is_announced(local_server, django_capture_on_commit_callbacks):
    register(local_server)
    cluster = make_cluster(outlets=1)
    Review.objects.create(cluster=cluster, verdict="false", status="published",
                          published_at=datetime(2024, 6, 1, tzinfo=timezone.utc))
    article = ArticleFactory()
    claim = ClaimFactory(article=article, cluster=cluster)
    with django_capture_on_commit_callbacks(execute=True):
        claims_announce_repeats(article=article)
    [(_headers, body)] = received(local_server)
    assert body["event"] == "claim.repeated"
    assert body["data"]["claim"] == claim.pk and body["data"]["verdict"] == "false"


def test_a_finished_batch_job_is_announced(local_server, checker, django_capture_on_commit_callbacks):
    pytest.importorskip("claims.pipeline")
    register(local_server, events=["job.finished"])
    with django_capture_on_commit_callbacks(execute=True):
        response = checker.post("/api/v1/articles/batch", {"items": [{"text": "   "}]}, format="json")
    assert response.status_code == 202
    events = [body for _h, body in received(local_server)]
    assert [e["event"] for e in events] == ["job.finished"]
    assert events[0]["data"] == {"job": response.json()["id"], "status": IngestJob.Status.DONE, "items": 1,
                                 "errors": 1}


def test_a_server_error_is_retried_later(local_server):
    hook = register(local_server)
    local_server.routes["/hook"] = (503, {}, b"busy")
    delivery = WebhookDelivery.objects.create(webhook=hook, event="review.published", payload={"x": 1})
    with pytest.raises(TransientDeliveryError):
        delivery_send(delivery_id=delivery.pk)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.response_status, delivery.attempts) == ("pending", 503, 1)
    local_server.routes["/hook"] = (204, {}, b"")
    delivery_send(delivery_id=delivery.pk)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.response_status, delivery.attempts) == ("delivered", 204, 2)


def test_a_client_error_is_not_retried(local_server):
    hook = register(local_server)
    local_server.routes["/hook"] = (410, {}, b"gone")
    delivery = WebhookDelivery.objects.create(webhook=hook, event="review.published", payload={"x": 1})
    delivery_send(delivery_id=delivery.pk)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.response_status) == ("failed", 410)


def test_a_webhook_to_a_private_address_is_refused_unless_allowed(local_server, settings):
    settings.KUTIP_FETCH_ALLOW_PRIVATE = False
    settings.KUTIP_WEBHOOK_ALLOW_PRIVATE = False
    hook = register(local_server)
    delivery = WebhookDelivery.objects.create(webhook=hook, event="review.published", payload={"x": 1})
    delivery_send(delivery_id=delivery.pk)
    delivery.refresh_from_db()
    assert delivery.status == "failed" and "non-public" in delivery.error
    assert local_server.requests == []


def test_the_task_gives_up_after_its_retries(local_server):
    from integrations.tasks import webhook_deliver_task

    hook = register(local_server)
    local_server.routes["/hook"] = (500, {}, b"")
    delivery = WebhookDelivery.objects.create(webhook=hook, event="job.finished", payload={})
    # Eager mode retries at once; the last attempt marks the delivery failed instead of raising.
    webhook_deliver_task.apply(args=[delivery.pk], retries=webhook_deliver_task.max_retries)
    delivery.refresh_from_db()
    assert delivery.status == "failed"


def test_deliveries_are_listed_for_the_owner(local_server):
    from rest_framework.test import APIClient

    owner = make_user("editor", "owner")
    hook = register(local_server, owner=owner)
    WebhookDelivery.objects.create(webhook=hook, event="job.finished", payload={}, status="delivered",
                                   response_status=200)
    client = APIClient()
    client.force_login(owner)
    rows = client.get(f"/api/v1/webhooks/{hook.pk}/deliveries").json()
    assert rows[0]["response_status"] == 200


def test_ingesting_a_checked_quote_again_through_the_api_is_announced(
    checker, local_server, django_capture_on_commit_callbacks
):
    pytest.importorskip("claims.pipeline")
    quote = '"Stok beras kita cukup untuk enam bulan ke depan," kata Menteri Pertanian Andi Wijaya'
    first = checker.post("/api/v1/articles", {"text": f"Jakarta - {quote} di Jakarta, Senin.\n\nIa "
                                                      "menambahkan, harga akan dipantau."}, format="json").json()
    if not first["statements"] or first["statements"][0]["cluster"] is None:
        pytest.skip("the extraction core found no statement in the test article yet")
    cluster_id = first["statements"][0]["cluster"]
    Review.objects.create(cluster_id=cluster_id, verdict="false", status="published",
                          published_at=datetime(2024, 6, 5, tzinfo=timezone.utc))
    register(local_server, events=["claim.repeated"])
    with django_capture_on_commit_callbacks(execute=True):
        second = checker.post("/api/v1/articles", {"text": f"Surabaya - {quote} kepada wartawan, Selasa.\n\n"
                                                           "Pedagang pasar menyambut baik."}, format="json")
    assert second.status_code == 201
    if cluster_id not in [s["cluster"] for s in second.json()["statements"]]:
        pytest.skip("the matching core did not put the repeated quote in the checked cluster")
    events = [body for _h, body in received(local_server)]
    assert events and events[0]["event"] == "claim.repeated" and events[0]["data"]["cluster"] == cluster_id
