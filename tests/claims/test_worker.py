"""Through a real Celery worker process (started by .ci/run on PostgreSQL and Redis)."""

import time

import pytest

from claims.jobs import ingest_job_create
from claims.models import IngestItem, IngestJob


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_ingests_a_batch_and_reports_each_file(seed_bytes):
    job = ingest_job_create(inputs=[("seed.txt", seed_bytes), ("empty.txt", b"")])
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        job.refresh_from_db()
        if job.status == IngestJob.Status.DONE:
            break
        time.sleep(0.5)
    assert job.status == IngestJob.Status.DONE, "the worker did not finish the job in 90 s"
    seed, empty = job.items.order_by("name").reverse()
    assert seed.status == IngestItem.Status.OK and seed.statement_count == 7
    assert empty.status == IngestItem.Status.ERROR and "empty" in empty.error.lower()
