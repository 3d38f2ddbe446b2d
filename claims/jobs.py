"""Batches of inputs ingested in the background, each with its own result."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from integrations.events import event_emit

from .models import IngestItem, IngestJob
from .pipeline import ingest


@transaction.atomic
def ingest_job_create(*, inputs: list[tuple[str, bytes]], user=None) -> IngestJob:
    """Store the inputs first, then queue the work once they are committed, so a worker never
    looks for a job that is not there yet and a crash loses no input."""
    job = IngestJob.objects.create(created_by=user)
    IngestItem.objects.bulk_create([IngestItem(job=job, name=name[:2000], payload=data) for name, data in inputs])
    from .tasks import ingest_job_task

    transaction.on_commit(lambda: ingest_job_task.delay(job.pk))
    return job


def ingest_job_run(*, job_id: int) -> IngestJob:
    """Process the items still pending. Safe to run twice: done items are skipped."""
    job = IngestJob.objects.get(pk=job_id)
    # Claim the job with a conditional update, so two workers handed the same job (a redelivery)
    # do not ingest its items side by side.
    IngestJob.objects.filter(pk=job_id).exclude(status=IngestJob.Status.DONE).update(
        status=IngestJob.Status.RUNNING
    )
    for item in job.items.filter(status=IngestItem.Status.PENDING):
        result = ingest(bytes(item.payload), source_name=item.name, filename=item.name)
        if result.ok:
            item.status = IngestItem.Status.OK if result.created else IngestItem.Status.DUPLICATE
            item.article = result.article
            item.statement_count = result.statement_count
        else:
            item.status = IngestItem.Status.ERROR
            item.error = result.error
        item.save(update_fields=["status", "article", "statement_count", "error"])
    job.status = IngestJob.Status.DONE
    job.finished_at = timezone.now()
    job.save(update_fields=["status", "finished_at"])
    event_emit("job.finished", lambda: {"job": job.pk, "status": job.status, "items": job.items.count(),
                                        "errors": job.items.filter(status=IngestItem.Status.ERROR).count()})
    return job
