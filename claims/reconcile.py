"""The nightly reconciliation: one run at a time, recorded as a ReconciliationRun."""

from __future__ import annotations

import logging
import time
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from .clustering import cluster_refresh_stats
from .models import ClaimCluster, ReconciliationRun

logger = logging.getLogger(__name__)

# A run that has not finished after this long is taken as crashed, so it cannot block the next night.
LOCK_EXPIRY = timedelta(hours=3)


def reconcile_run() -> ReconciliationRun | None:
    """Returns None when another run holds the lock."""
    with transaction.atomic():
        running = ReconciliationRun.objects.select_for_update().filter(status=ReconciliationRun.Status.RUNNING)
        now = timezone.now()
        if running.filter(started_at__gt=now - LOCK_EXPIRY).exists():
            return None
        running.update(status=ReconciliationRun.Status.FAILED, error="expired: the run did not finish")
        run = ReconciliationRun.objects.create()
    started = time.monotonic()
    try:
        counts = _reconcile()
    except Exception as exc:
        logger.exception("reconciliation failed")
        run.status = ReconciliationRun.Status.FAILED
        run.error = f"{type(exc).__name__}: {exc}"
        counts = {}
    else:
        run.status = ReconciliationRun.Status.SUCCEEDED
    run.counts = counts
    run.finished_at = timezone.now()
    run.duration_seconds = time.monotonic() - started
    run.save(update_fields=["status", "error", "counts", "finished_at", "duration_seconds"])
    return run


def _reconcile() -> dict:
    stats_changed = 0
    empty_removed, _ = ClaimCluster.objects.filter(claims__isnull=True).delete()
    for cluster in ClaimCluster.objects.iterator(chunk_size=500):
        before = (cluster.claim_count, cluster.outlet_count, cluster.origin_count, cluster.language_count,
                  cluster.first_seen_at, cluster.representative_id)
        with transaction.atomic():
            cluster_refresh_stats(cluster)
        after = (cluster.claim_count, cluster.outlet_count, cluster.origin_count, cluster.language_count,
                 cluster.first_seen_at, cluster.representative_id)
        stats_changed += before != after
    return {"clusters_stats_changed": stats_changed, "empty_clusters_removed": empty_removed}
