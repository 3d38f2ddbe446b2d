"""The nightly reconciliation: re-group every claim, merge speakers, refresh cluster stats, flag
clusters whose published verdict is being repeated. One run at a time, recorded as a
ReconciliationRun. Manual decisions (MatchDecision) are inputs it obeys, never outputs it undoes.
"""

from __future__ import annotations

import logging
import time
from collections import Counter, defaultdict
from datetime import timedelta

from django.db import transaction
from django.db.models import F

from django.utils import timezone

from .clustering import cluster_refresh_stats
from .matching import ClaimKey, claim_key, cluster
from .matching_index import index_add, index_rebuild_stats
from .models import (
    Claim,
    ClaimBlockKey,
    ClaimCluster,
    MatchDecision,
    MatchSuggestion,
    ReconciliationRun,
    Review,
    Speaker,
    SpeakerAlias,
)
from .speakers import speaker_merge_into

logger = logging.getLogger(__name__)

# A run that has not finished after this long is taken as crashed, so it cannot block the next night.
LOCK_EXPIRY = timedelta(hours=3)
BATCH = 2000


def reconcile_run() -> ReconciliationRun | None:
    """Run once now. Returns None when another run holds the lock."""
    with transaction.atomic():
        # The lock is the RUNNING row itself; select_for_update makes two starters queue here
        # (PostgreSQL) or serialise on the write lock (SQLite), so only one creates it.
        running = ReconciliationRun.objects.select_for_update().filter(status=ReconciliationRun.Status.RUNNING)
        if running.filter(started_at__gt=timezone.now() - LOCK_EXPIRY).exists():
            return None
        running.update(status=ReconciliationRun.Status.FAILED, error="expired: the run did not finish")
        previous = (
            ReconciliationRun.objects.filter(status=ReconciliationRun.Status.SUCCEEDED).order_by("-started_at").first()
        )
        run = ReconciliationRun.objects.create()
    started = time.monotonic()
    try:
        counts = {}
        counts.update(speakers_merge_matching())
        counts.update(claims_regroup())
        counts.update(clusters_flag_previously_checked(since=previous.started_at if previous else None))
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


def _compact(normalised: str) -> str:
    # "shin won sik" and "shin wonsik": romanisations differ in where they break a name.
    return normalised.replace(" ", "")


@transaction.atomic
def speakers_merge_matching() -> dict:
    """Merge speakers whose names or aliases are the same once spaces and hyphens are dropped;
    the oldest speaker survives."""
    keys: dict[str, set[int]] = defaultdict(set)
    for speaker_id, normalised in SpeakerAlias.objects.filter(speaker__merged_into__isnull=True).values_list(
        "speaker_id", "normalised"
    ):
        keys[_compact(normalised)].add(speaker_id)
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for ids in keys.values():
        first, *rest = sorted(ids)
        for other in rest:
            a, b = sorted((find(first), find(other)))
            if a != b:
                parent[b] = a
    merged = 0
    if parent:
        speakers = Speaker.objects.in_bulk(set(parent) | {find(x) for x in parent})
        for source_id in sorted(parent):
            target_id = find(source_id)
            if source_id != target_id:
                speaker_merge_into(source=speakers[source_id], target=speakers[target_id])
                merged += 1
        # Claims of merged speakers now carry another speaker: their match keys must follow.
        Claim.objects.filter(speaker_id__in=[find(x) for x in parent]).update(match_key={})
    return {"speakers_merged": merged}


def _load_keys() -> tuple[list[int], list[int | None], list[ClaimKey]]:
    ids, clusters, keys, missing = [], [], [], []
    rows = Claim.objects.order_by("pk").values_list("pk", "cluster_id", "match_key", "text", "language", "speaker__name")
    for pk, cluster_id, match_key, text, language, speaker in rows.iterator(chunk_size=BATCH):
        if match_key:
            key = ClaimKey.from_dict(match_key)
        else:
            key = claim_key(text, language=language or None, speaker=speaker)
            missing.append((pk, key))
        ids.append(pk)
        clusters.append(cluster_id)
        keys.append(key)
    if missing:
        with transaction.atomic():
            for start in range(0, len(missing), BATCH):
                chunk = missing[start : start + BATCH]
                Claim.objects.bulk_update(
                    [Claim(pk=pk, match_key=key.to_dict()) for pk, key in chunk], ["match_key"], batch_size=BATCH
                )
                ClaimBlockKey.objects.filter(claim_id__in=[pk for pk, _ in chunk]).delete()
                index_add(chunk)
    return ids, clusters, keys


def claims_regroup() -> dict:
    """Cluster the whole corpus again and move only the claims whose group changed. Clusters keep
    their ids where they keep most of their claims, so links and reviews stay put."""
    index_rebuild_stats()
    ids, current, keys = _load_keys()
    position = {pk: i for i, pk in enumerate(ids)}
    must, cannot = [], []
    for a, b, kind in MatchDecision.objects.values_list("claim_a_id", "claim_b_id", "kind"):
        if a in position and b in position:
            (must if kind == MatchDecision.Kind.MUST_LINK else cannot).append((position[a], position[b]))
    result = cluster(keys, must, cannot)

    members: dict[int, list[int]] = defaultdict(list)
    for i, label in enumerate(result.labels):
        members[label].append(i)
    reviewed = set(Review.objects.values_list("cluster_id", flat=True))
    # Biggest groups choose first; a group takes the existing cluster most of its claims are in,
    # preferring a reviewed one, so a checker's work never moves to a new id.
    target: dict[int, int | None] = {}
    taken: set[int] = set()
    for label in sorted(members, key=lambda lb: (-len(members[lb]), members[lb][0])):
        votes = Counter(current[i] for i in members[label] if current[i] is not None)
        ranked = sorted(votes, key=lambda c: (c not in reviewed, -votes[c], c))
        target[label] = next((c for c in ranked if c not in taken), None)
        if target[label] is not None:
            taken.add(target[label])

    moved, created, touched = 0, 0, set()
    with transaction.atomic():
        for label, positions in members.items():
            if target[label] is None:
                target[label] = ClaimCluster.objects.create().pk
                created += 1
            changed = [ids[i] for i in positions if current[i] != target[label]]
            if changed:
                touched.add(target[label])
                touched.update(current[position[pk]] for pk in changed if current[position[pk]] is not None)
                for start in range(0, len(changed), BATCH):
                    Claim.objects.filter(pk__in=changed[start : start + BATCH]).update(cluster_id=target[label])
                moved += len(changed)
        destination = {i: target[label] for label, positions in members.items() for i in positions}
        emptied = ClaimCluster.objects.filter(pk__in=touched, claims__isnull=True)
        for review in Review.objects.filter(cluster__in=emptied):
            # Its claims went elsewhere (into another reviewed cluster); so does the fact-check.
            went = Counter(destination[i] for i, c in enumerate(current) if c == review.cluster_id)
            Review.objects.filter(pk=review.pk).update(cluster_id=went.most_common(1)[0][0])
        removed, _ = ClaimCluster.objects.filter(pk__in=touched, claims__isnull=True, reviews__isnull=True).delete()
        for cluster_obj in ClaimCluster.objects.filter(pk__in=touched):
            cluster_refresh_stats(cluster_obj)
        suggestions = 0
        for a, b, score in result.suggestions:
            _, made = MatchSuggestion.objects.get_or_create(
                claim_id=ids[a], cluster_id=destination[b], defaults={"score": score}
            )
            suggestions += made
    return {
        "claims_moved": moved,
        "clusters_created": created,
        "clusters_removed": removed,
        "suggestions_created": suggestions,
        "pairs_scored": result.pairs_scored,
        "manual_decisions_rejected": len(result.rejected_must_links),
    }


@transaction.atomic
def clusters_flag_previously_checked(*, since) -> dict:
    """A claim that arrives after its cluster's verdict was published is a repeat of a checked
    claim: flag the cluster so the inbox and the API show it."""
    repeats = Claim.objects.filter(
        cluster__reviews__status=Review.Status.PUBLISHED, created_at__gt=F("cluster__reviews__published_at")
    )
    if since is not None:
        repeats = repeats.filter(created_at__gt=since)
    flagged = ClaimCluster.objects.filter(pk__in=repeats.values("cluster_id"), previously_checked=False).update(
        previously_checked=True
    )
    return {"clusters_flagged_previously_checked": flagged}
