"""Celery adapters for webhooks: fetch by id, call the service, retry with backoff."""

from celery import shared_task

from .delivery import TransientDeliveryError, delivery_give_up, delivery_send

MAX_RETRIES = 6  # 30 s, 1, 2, 4, 8, 16 min: about half an hour of a newsroom's server being down


@shared_task(bind=True, acks_late=True, max_retries=MAX_RETRIES, time_limit=120, soft_time_limit=100)
def webhook_deliver_task(self, delivery_id: int) -> dict:
    try:
        delivery = delivery_send(delivery_id=delivery_id)
    except TransientDeliveryError as exc:
        if self.request.retries >= self.max_retries:
            delivery_give_up(delivery_id=delivery_id)
            return {"delivery": delivery_id, "status": "failed"}
        raise self.retry(exc=exc, countdown=30 * 2**self.request.retries) from exc
    return {"delivery": delivery.pk, "status": delivery.status}
