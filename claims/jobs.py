"""Batches of inputs ingested in the background, each with its own result."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from integrations.events import event_emit
from sources.fetching import FetchError, fetch_url

from .models import IngestItem, IngestJob
from .pipeline import ingest

@dataclass(frozen=True)
class UrlInput:
    """A web address the worker fetches (through sources.fetching) when the job runs."""

    name: str
    url: str


@transaction.atomic
def ingest_job_create(*, inputs: list[tuple[str, bytes] | UrlInput], user=None) -> IngestJob:
    """Store the inputs first, then queue the work once they are committed, so a worker never
    looks for a job that is not there yet and a crash loses no input. An input is (name, bytes)
    or a UrlInput, fetched by the worker."""
    job = IngestJob.objects.create(created_by=user)
    items = [
        IngestItem(job=job, name=entry.name[:2000], payload=b"", url=entry.url) if isinstance(entry, UrlInput)
        else IngestItem(job=job, name=entry[0][:2000], payload=entry[1])
        for entry in inputs
    ]
    IngestItem.objects.bulk_create(items)
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
        try:
            result = _ingest_item(item)
        except FetchError as exc:
            # One page that cannot be fetched is that item's error, not the batch's.
            item.status, item.error = IngestItem.Status.ERROR, f"could not fetch the URL: {exc}"
        else:
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


def _ingest_item(item: IngestItem):
    if not item.url:
        return ingest(bytes(item.payload), source_name=item.name, filename=item.name)
    raw, final_url, content_type = fetch_url(item.url)
    # As POST /api/v1/articles does: the page's content type says how to read it (the item's
    # name is the user's label), and the final URL is the article's, so a URL is stored once.
    return ingest(raw, source_name=item.url, url=final_url, content_type=content_type)
