"""Online clustering: each new claim joins the best matching cluster or starts its own."""

from __future__ import annotations

from django.db import connection
from django.db.models import Count, Min
from django.db.models.functions import Coalesce
from rapidfuzz import fuzz

from .models import Claim, ClaimCluster

# Until the candidate index lands this compares against every clustered claim; ratios from
# rapidfuzz, the guard on length keeps a short claim from matching every longer one.
AUTO_MATCH = 90.0


def claims_assign_clusters(claims: list[Claim]) -> None:
    """Precondition: inside the ingest transaction. On PostgreSQL a transaction-scoped advisory
    lock serialises assignment, so two concurrent ingests of one claim cannot both start a cluster;
    SQLite already serialises writers."""
    if not claims:
        return
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [CLUSTER_LOCK_KEY])
    touched = set()
    for claim in claims:
        cluster, score = _best_cluster(claim)
        if cluster is None:
            cluster = ClaimCluster.objects.create(representative=claim)
        claim.cluster = cluster
        claim.match_score = score
        claim.save(update_fields=["cluster", "match_score"])
        touched.add(cluster.pk)
    for cluster in ClaimCluster.objects.filter(pk__in=touched):
        cluster_refresh_stats(cluster)


CLUSTER_LOCK_KEY = 0x4B75746970  # "Kutip"


def _best_cluster(claim: Claim) -> tuple[ClaimCluster | None, float | None]:
    best_id, best_score = None, 0.0
    candidates = (
        Claim.objects.filter(cluster__isnull=False, language=claim.language)
        .exclude(article_id=claim.article_id)
        .values_list("cluster_id", "normalised_text", "speaker_id")
    )
    for cluster_id, text, speaker_id in candidates.iterator():
        if claim.speaker_id and speaker_id and claim.speaker_id != speaker_id:
            continue
        short, long = sorted((len(text), len(claim.normalised_text)))
        if not long or short / long < 0.6:
            continue
        score = fuzz.token_sort_ratio(claim.normalised_text, text)
        if score > best_score:
            best_id, best_score = cluster_id, score
    if best_id is None or best_score < AUTO_MATCH:
        return None, None
    return ClaimCluster.objects.get(pk=best_id), best_score


def cluster_refresh_stats(cluster: ClaimCluster) -> None:
    """Recompute the counts a checker sorts by. Origins: an article that names a wire counts as
    that wire, so forty republished AFP stories are one origin."""
    claims = Claim.objects.filter(cluster=cluster)
    stats = claims.aggregate(
        claim_count=Count("pk"),
        outlet_count=Count("article__outlet", distinct=True),
        language_count=Count("language", distinct=True),
        first_seen_at=Min(Coalesce("article__published_at", "article__ingested_at")),
    )
    origins = set()
    for article_id, outlet_id, wire_id in claims.values_list(
        "article_id", "article__outlet_id", "article__wire_sources"
    ):
        origins.add(("wire", wire_id) if wire_id else ("outlet", outlet_id or f"article-{article_id}"))
    first = claims.order_by(Coalesce("article__published_at", "article__ingested_at"), "pk").first()
    cluster.claim_count = stats["claim_count"]
    cluster.outlet_count = stats["outlet_count"]
    cluster.language_count = stats["language_count"]
    cluster.first_seen_at = stats["first_seen_at"]
    cluster.origin_count = len(origins)
    cluster.representative = first
    cluster.save(
        update_fields=[
            "claim_count", "outlet_count", "language_count", "first_seen_at", "origin_count",
            "representative", "updated_at",
        ]
    )
