"""Events that webhooks are told about. Services call `event_emit()` inside their transaction;
deliveries are created and queued only once it commits, so a rolled-back write sends nothing.

This module imports nothing from `claims`, so `claims` can call it without an import cycle.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.db import transaction
from django.utils import timezone

logger = logging.getLogger(__name__)


def event_emit(event: str, payload: dict | Callable[[], dict]) -> None:
    """Queue `event` for every active webhook that wants it, after the current transaction
    commits. `payload` may be a callable, so that it is built only after the commit."""
    transaction.on_commit(lambda: _dispatch(event, payload))


def _dispatch(event: str, payload) -> None:
    from .models import Webhook, WebhookDelivery
    from .tasks import webhook_deliver_task

    hooks = [hook for hook in Webhook.objects.filter(is_active=True) if hook.wants(event)]
    if not hooks:
        return
    body = payload() if callable(payload) else payload
    envelope = {"event": event, "created_at": timezone.now().isoformat(), "data": body}
    deliveries = WebhookDelivery.objects.bulk_create(
        [WebhookDelivery(webhook=hook, event=event, payload=envelope) for hook in hooks]
    )
    for delivery in deliveries:
        try:
            webhook_deliver_task.delay(delivery.pk)
        except Exception:  # a broker outage must not fail the write that raised the event
            logger.exception("could not queue webhook delivery %s", delivery.pk)
