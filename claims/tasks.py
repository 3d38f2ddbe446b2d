"""Celery adapters: fetch by id, call the service. No business logic here."""

from celery import shared_task

from .jobs import ingest_job_run
from .reconcile import reconcile_run


@shared_task(acks_late=True, time_limit=60 * 60, soft_time_limit=55 * 60)
def ingest_job_task(job_id: int) -> dict:
    job = ingest_job_run(job_id=job_id)
    return {"job": job.pk, "status": job.status}


@shared_task(acks_late=True)
def reconcile_task() -> dict:
    run = reconcile_run()
    return {"run": run.pk if run else None, "status": run.status if run else "skipped"}
