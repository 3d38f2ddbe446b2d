"""Sending one webhook delivery: a signed POST, its outcome logged on the delivery row."""

from __future__ import annotations

import hashlib
import hmac
import json

from django.conf import settings
from django.utils import timezone

from sources.fetching import FetchError, FetchRefused, request_pinned

from .models import WebhookDelivery

SIGNATURE_HEADER = "X-Kutip-Signature"
EVENT_HEADER = "X-Kutip-Event"
DELIVERY_HEADER = "X-Kutip-Delivery"


class TransientDeliveryError(Exception):
    """Worth retrying: a timeout, a refused connection, a 5xx or a 429."""


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def _allow_private() -> bool:
    return getattr(settings, "KUTIP_WEBHOOK_ALLOW_PRIVATE", False) or getattr(
        settings, "KUTIP_FETCH_ALLOW_PRIVATE", False
    )


def delivery_send(*, delivery_id: int) -> WebhookDelivery:
    """POST the delivery's payload to its webhook. Raises TransientDeliveryError when a retry
    may succeed; a permanent failure (4xx, refused address) is recorded and not retried."""
    delivery = WebhookDelivery.objects.select_related("webhook").get(pk=delivery_id)
    if delivery.status == WebhookDelivery.Status.DELIVERED:
        return delivery  # a redelivered task: already done
    hook = delivery.webhook
    body = json.dumps(delivery.payload, separators=(",", ":"), sort_keys=True).encode("utf-8")
    delivery.attempts += 1
    timeout = getattr(settings, "KUTIP_WEBHOOK_TIMEOUT", 10.0)
    try:
        # Pinned to the checked address, as article fetching: a webhook must not reach the
        # internal network, not even through a DNS answer that changes after the check.
        response, pool = request_pinned(
            "POST", hook.url, timeout=timeout, body=body, allow_private=_allow_private(),
            headers={"Content-Type": "application/json", SIGNATURE_HEADER: sign(hook.secret, body),
                     EVENT_HEADER: delivery.event, DELIVERY_HEADER: str(delivery.pk)},
        )
        pool.close()
    except FetchRefused as exc:
        _finish(delivery, WebhookDelivery.Status.FAILED, error=str(exc))
        return delivery
    except FetchError as exc:
        _finish(delivery, WebhookDelivery.Status.PENDING, error=str(exc))
        raise TransientDeliveryError(str(exc)) from exc
    if 200 <= response.status < 300:
        _finish(delivery, WebhookDelivery.Status.DELIVERED, response_status=response.status)
    elif response.status >= 500 or response.status == 429:
        _finish(delivery, WebhookDelivery.Status.PENDING, response_status=response.status,
                error=f"HTTP {response.status}")
        raise TransientDeliveryError(f"HTTP {response.status}")
    else:
        _finish(delivery, WebhookDelivery.Status.FAILED, response_status=response.status,
                error=f"HTTP {response.status}")
    return delivery


def delivery_give_up(*, delivery_id: int) -> None:
    WebhookDelivery.objects.filter(pk=delivery_id, status=WebhookDelivery.Status.PENDING).update(
        status=WebhookDelivery.Status.FAILED
    )


def _finish(delivery, status, *, response_status=None, error=""):
    delivery.status = status
    delivery.response_status = response_status
    delivery.error = error[:2000]
    if status == WebhookDelivery.Status.DELIVERED:
        delivery.delivered_at = timezone.now()
    delivery.save(update_fields=["status", "attempts", "response_status", "error", "delivered_at"])
