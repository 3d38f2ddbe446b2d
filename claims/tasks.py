"""Celery adapters: fetch by id, call the service. No business logic here."""

from celery import current_app, shared_task
from django.db import DatabaseError

from . import meaning
from .jobs import ingest_job_run
from .reconcile import (
    plan_remove,
    reconcile_chunk_stored,
    reconcile_dispatch,
    reconcile_fail,
    reconcile_finish_stored,
    reconcile_run,
)


@shared_task(acks_late=True, time_limit=60 * 60, soft_time_limit=55 * 60)
def ingest_job_task(job_id: int) -> dict:
    job = ingest_job_run(job_id=job_id)
    return {"job": job.pk, "status": job.status}


@shared_task(acks_late=True, time_limit=4 * 60 * 60, soft_time_limit=3 * 60 * 60)
def reconcile_task() -> dict:
    """The nightly beat task: the distributed run when a broker delivers tasks to workers, the
    whole run in this process when tasks run eagerly (no worker to share the chunks with)."""
    if current_app.conf.task_always_eager:
        run = reconcile_run()
    else:
        run = reconcile_dispatch()
    return {"run": run.pk if run else None, "status": run.status if run else "skipped"}


# A chunk writes only its own edges file (replaced whole), so running it again is safe: a
# worker lost mid-chunk (acks_late + reject_on_worker_lost; a whole worker lost: the broker
# redelivers after its visibility timeout) or a transient error gets the chunk run again.
@shared_task(
    acks_late=True, reject_on_worker_lost=True, time_limit=30 * 60, soft_time_limit=25 * 60,
    autoretry_for=(DatabaseError, OSError), max_retries=3, retry_backoff=10,
)
def reconcile_chunk_task(run_id: int, lo: int, hi: int) -> dict:
    return reconcile_chunk_stored(run_id=run_id, lo=lo, hi=hi)


# The edges come from the chunks' files, not from the chord's results (`_parts`): at a million
# claims they would be hundreds of MB through the result backend. Its writes are one transaction
# and happen only for a RUNNING run, so a finish lost with its worker is redelivered and redone,
# and a duplicate writes nothing.
@shared_task(acks_late=True, reject_on_worker_lost=True, time_limit=2 * 60 * 60, soft_time_limit=110 * 60)
def reconcile_finish_task(_parts: list[dict], run_id: int) -> dict:
    try:
        run = reconcile_finish_stored(run_id=run_id)
    except Exception as exc:
        reconcile_fail(run_id=run_id, error=f"{type(exc).__name__}: {exc}")
        raise
    finally:
        plan_remove(run_id)
    return {"run": run.pk, "status": run.status}


@shared_task
def reconcile_fail_task(run_id: int, *_errback_args) -> None:
    """The chord's error callback: a chunk failed for good; nothing was written."""
    plan_remove(run_id)
    reconcile_fail(run_id=run_id, error="a chunk failed (see the worker log)")


# Embedding is slow (~60 ms a claim), so it runs here, after the ingest committed. Safe to run
# again (stored vectors are skipped, edges and suggestions are not duplicated), hence acks_late.
@shared_task(
    acks_late=True, reject_on_worker_lost=True, time_limit=30 * 60, soft_time_limit=25 * 60,
    autoretry_for=(DatabaseError,), max_retries=3, retry_backoff=10,
)
def meaning_task(claim_ids: list[int]) -> dict:
    if not meaning.enabled():
        return {"skipped": "meaning tier off or model unavailable"}
    meaning.claims_embed(claim_ids)
    return meaning.claims_match_by_meaning(claim_ids)
