"""Writes a checker makes: used by the dashboard and the API alike. Each checks its permission."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from .clustering import cluster_refresh_stats
from .models import Claim, ClaimCluster, MatchDecision, MatchSuggestion, Review, Speaker, SpeakerAlias
from .permissions import require
from .speakers import speaker_alias_add


def _decide(a: Claim, b: Claim, kind: str, user) -> None:
    """Store a manual decision once per pair; a newer decision replaces an older one."""
    first, second = sorted((a.pk, b.pk))
    if first == second:
        return
    MatchDecision.objects.update_or_create(
        claim_a_id=first, claim_b_id=second, defaults={"kind": kind, "decided_by": user}
    )


@transaction.atomic
def cluster_merge(*, source: ClaimCluster, target: ClaimCluster, user) -> ClaimCluster:
    """Move every claim of `source` into `target`; reconciliation will keep them together."""
    require(user, "cluster_edit")
    if source.pk == target.pk:
        return target
    anchor = target.representative or target.claims.order_by("pk").first()
    moved = list(source.claims.all())
    if anchor is not None:
        for claim in moved:
            _decide(claim, anchor, MatchDecision.Kind.MUST_LINK, user)
    Claim.objects.filter(pk__in=[c.pk for c in moved]).update(cluster=target)
    MatchSuggestion.objects.filter(cluster=source).delete()
    source.delete()
    cluster_refresh_stats(target)
    return target


@transaction.atomic
def claim_detach(*, claim: Claim, user) -> ClaimCluster:
    """Take a claim out of its cluster into a new one; reconciliation will not put it back."""
    require(user, "cluster_edit")
    old = claim.cluster
    if old is not None:
        for other in old.claims.exclude(pk=claim.pk):
            _decide(claim, other, MatchDecision.Kind.CANNOT_LINK, user)
    new = ClaimCluster.objects.create(representative=claim)
    claim.cluster = new
    claim.match_score = None
    claim.match_explanation = {"manual": "detached"}
    claim.save(update_fields=["cluster", "match_score", "match_explanation"])
    cluster_refresh_stats(new)
    if old is not None:
        if old.claims.exists():
            cluster_refresh_stats(old)
        else:
            old.delete()
    return new


@transaction.atomic
def suggestion_decide(*, suggestion: MatchSuggestion, accept: bool, user) -> MatchSuggestion:
    require(user, "cluster_edit")
    suggestion.status = MatchSuggestion.Status.ACCEPTED if accept else MatchSuggestion.Status.REJECTED
    suggestion.save(update_fields=["status"])
    claim, cluster = suggestion.claim, suggestion.cluster
    anchor = cluster.representative or cluster.claims.order_by("pk").first()
    if accept:
        if claim.cluster_id and claim.cluster_id != cluster.pk:
            cluster_merge(source=claim.cluster, target=cluster, user=user)
    elif anchor is not None:
        _decide(claim, anchor, MatchDecision.Kind.CANNOT_LINK, user)
    return suggestion


@transaction.atomic
def speaker_merge(*, source: Speaker, target: Speaker, user) -> Speaker:
    """`source` becomes an alias of `target`: its aliases and claims move, its row keeps resolving."""
    require(user, "speaker_edit")
    if source.pk == target.pk:
        return target
    SpeakerAlias.objects.filter(speaker=source).update(speaker=target)
    Claim.objects.filter(speaker=source).update(speaker=target)
    Speaker.objects.filter(merged_into=source).update(merged_into=target)
    source.merged_into = target
    source.save(update_fields=["merged_into"])
    return target


def speaker_add_alias(*, speaker: Speaker, alias: str, user) -> bool:
    require(user, "speaker_edit")
    return speaker_alias_add(speaker=speaker, alias=alias)


@transaction.atomic
def review_create(*, cluster: ClaimCluster, user, verdict: str = "", summary: str = "",
                  evidence_links: list[str] | None = None) -> Review:
    require(user, "review")
    review = Review.objects.create(
        cluster=cluster, reviewer=user, verdict=verdict, summary=summary, evidence_links=evidence_links or []
    )
    if cluster.status == ClaimCluster.Status.NEW:
        cluster.status = ClaimCluster.Status.IN_REVIEW
        cluster.save(update_fields=["status", "updated_at"])
    return review


@transaction.atomic
def review_update(*, review: Review, user, **changes) -> Review:
    require(user, "review")
    if review.status == Review.Status.PUBLISHED:
        require(user, "publish")
    allowed = {"verdict", "summary", "evidence_links", "reviewer"}
    fields = [name for name in changes if name in allowed]
    for name in fields:
        setattr(review, name, changes[name])
    review.save(update_fields=[*fields, "updated_at"])
    return review


@transaction.atomic
def review_publish(*, review: Review, user) -> Review:
    require(user, "publish")
    if not review.verdict:
        raise ValueError("a review needs a verdict before it is published")
    review.status = Review.Status.PUBLISHED
    review.published_at = review.published_at or timezone.now()
    review.save(update_fields=["status", "published_at", "updated_at"])
    cluster = review.cluster
    cluster.status = ClaimCluster.Status.CHECKED
    cluster.save(update_fields=["status", "updated_at"])
    return review
