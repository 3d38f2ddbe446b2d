"""Writes a checker makes: used by the dashboard and the API alike. Each checks its permission."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from integrations.events import event_emit

from .clustering import cluster_refresh_stats
from .models import Claim, ClaimCluster, MatchDecision, MatchSuggestion, Review, Speaker
from .permissions import require
from .speakers import speaker_alias_add, speaker_merge_into


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
    return speaker_merge_into(source=source, target=target)


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
    event_emit("review.published", lambda: review_event_payload(review))
    return review


def review_event_payload(review: Review) -> dict:
    cluster = review.cluster
    return {"review": review.pk, "cluster": cluster.pk, "verdict": review.verdict,
            "published_at": review.published_at.isoformat() if review.published_at else None,
            "claim": cluster.representative.text if cluster.representative else None}


def article_ingest(*, user, data: bytes | str, source_name: str, url: str | None = None,
                   content_type: str | None = None, outlet: str | None = None, published_at=None,
                   language: str | None = None):
    """Ingest one article for `user` through the pipeline (the API's way in). A newsroom tool
    knows its source: `outlet`, `published_at` and `language` replace what the parser found, and
    extraction runs with the given language's lexicons."""
    require(user, "ingest")
    from .pipeline import ingest  # here, not at the top: the pipeline imports this module

    hints = {"outlet": outlet, "published_at": published_at, "language": language}
    return ingest(data, source_name=source_name, url=url, content_type=content_type,
                  hints={k: v for k, v in hints.items() if v})


def claims_announce_repeats(*, article, only=None) -> None:
    """Tell webhooks about the article's claims (of the ids `only`, if given) that join a cluster
    with a published verdict."""
    from .selectors import claims_joining_checked_clusters

    for claim, review in claims_joining_checked_clusters(article=article, only=only):
        event_emit("claim.repeated", {
            "claim": claim.pk, "text": claim.text, "speaker": claim.speaker.name if claim.speaker else None,
            "article": article.pk, "url": article.url, "cluster": claim.cluster_id,
            "review": review.pk, "verdict": review.verdict,
        })
