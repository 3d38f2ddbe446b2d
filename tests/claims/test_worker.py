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


def _article(outlet: str, lead: str) -> bytes:
    return (
        f"Anggaran Subsidi Pupuk Naik\n\n{outlet} - {lead}Menteri Pertanian Andi Amran mengatakan, pemerintah "
        "akan menambah anggaran subsidi pupuk sebesar Rp 14 triliun pada tahun depan.\n\n"
        "Rapat pembahasan anggaran dijadwalkan berlangsung pekan depan di gedung parlemen.\n"
    ).encode()


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_two_workers_ingesting_the_same_claim_at_once_make_one_cluster():
    from claims.models import Claim

    # Two jobs queued together: the worker runs them in two processes side by side.
    jobs = [
        ingest_job_create(inputs=[("a.txt", _article("Kompas.com", "Dalam rapat kerja, "))]),
        ingest_job_create(inputs=[("b.txt", _article("Tempo.co", "Kepada wartawan, "))]),
    ]
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and IngestJob.objects.filter(
        pk__in=[j.pk for j in jobs], status=IngestJob.Status.DONE
    ).count() < 2:
        time.sleep(0.5)
    claims = Claim.objects.filter(text__contains="subsidi pupuk")
    assert claims.count() == 2
    assert len({c.cluster_id for c in claims}) == 1
