"""Reads shared by the dashboard and the API: querysets with their related rows fetched up front,
so a page of N rows costs a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Prefetch, Q, QuerySet

from .models import Claim, ClaimCluster, Review, Speaker


@dataclass(frozen=True)
class ClusterFilters:
    speaker: int | None = None
    outlet: int | None = None
    language: str | None = None
    stance: str | None = None
    status: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    previously_checked: bool | None = None
    q: str | None = None


CLUSTER_ORDERINGS = {
    "spread": ("-outlet_count", "-claim_count", "-pk"),
    "newest": ("-first_seen_at", "-pk"),
    "first_seen": ("first_seen_at", "pk"),
}


def claim_queryset() -> QuerySet[Claim]:
    return Claim.objects.select_related("speaker", "article", "article__outlet", "cluster")


def cluster_list(*, filters: ClusterFilters | None = None, ordering: str = "spread") -> QuerySet[ClaimCluster]:
    f = filters or ClusterFilters()
    clusters = ClaimCluster.objects.filter(claim_count__gt=0).select_related(
        "representative", "representative__speaker", "representative__article__outlet"
    )
    claim_q = Q()
    if f.speaker:
        claim_q &= Q(claims__speaker_id=f.speaker)
    if f.outlet:
        claim_q &= Q(claims__article__outlet_id=f.outlet)
    if f.language:
        claim_q &= Q(claims__language=f.language)
    if f.stance:
        claim_q &= Q(claims__stance=f.stance)
    if f.q:
        claim_q &= Q(claims__text__icontains=f.q)
    if claim_q:
        clusters = clusters.filter(pk__in=ClaimCluster.objects.filter(claim_q).values("pk"))
    if f.status:
        clusters = clusters.filter(status=f.status)
    if f.date_from:
        clusters = clusters.filter(first_seen_at__date__gte=f.date_from)
    if f.date_to:
        clusters = clusters.filter(first_seen_at__date__lte=f.date_to)
    if f.previously_checked is not None:
        clusters = clusters.filter(previously_checked=f.previously_checked)
    return clusters.order_by(*CLUSTER_ORDERINGS.get(ordering, CLUSTER_ORDERINGS["spread"]))


def cluster_detail(*, pk: int) -> ClaimCluster:
    return (
        ClaimCluster.objects.prefetch_related(
            Prefetch("claims", queryset=claim_queryset().order_by("article__published_at", "pk")),
            Prefetch("reviews", queryset=Review.objects.select_related("reviewer")),
        )
        .select_related("representative")
        .get(pk=pk)
    )


def speaker_list(*, q: str | None = None) -> QuerySet[Speaker]:
    speakers = Speaker.objects.filter(merged_into__isnull=True).prefetch_related("aliases")
    if q:
        speakers = speakers.filter(Q(name__icontains=q) | Q(aliases__alias__icontains=q)).distinct()
    return speakers


def published_review(cluster: ClaimCluster) -> Review | None:
    return cluster.reviews.filter(status=Review.Status.PUBLISHED).order_by("-published_at").first()
