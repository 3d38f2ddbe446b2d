"""Which claims of a new article repeat a claim that was already fact-checked elsewhere
(selectors.claims_joining_checked_clusters, behind the "claim.repeated" webhook)."""

from datetime import datetime, timezone

import pytest

from claims.models import Review
from claims.selectors import claims_joining_checked_clusters
from tests.factories import ArticleFactory, ClaimClusterFactory, ClaimFactory

pytestmark = pytest.mark.django_db


def checked_cluster(status=Review.Status.PUBLISHED):
    cluster = ClaimClusterFactory()
    Review.objects.create(cluster=cluster, verdict="false", status=status,
                          published_at=datetime(2024, 6, 1, tzinfo=timezone.utc))
    return cluster


def test_a_claim_joining_a_published_check_of_another_article_is_listed_once():
    cluster = checked_cluster()
    ClaimFactory(cluster=cluster)
    ClaimFactory(cluster=cluster)  # two earlier appearances: still one repeat to announce
    article = ArticleFactory()
    claim = ClaimFactory(article=article, cluster=cluster)
    ClaimFactory(article=article, cluster=ClaimClusterFactory(), start=30)  # a claim nobody checked

    assert [(c.pk, r.cluster_id) for c, r in claims_joining_checked_clusters(article=article)] == [
        (claim.pk, cluster.pk)]


def test_a_cluster_holding_only_the_articles_own_claims_is_not_a_repeat():
    cluster = checked_cluster()
    article = ArticleFactory()
    ClaimFactory(article=article, cluster=cluster)

    assert claims_joining_checked_clusters(article=article) == []


def test_a_draft_review_is_not_a_published_check():
    cluster = checked_cluster(status=Review.Status.DRAFT)
    ClaimFactory(cluster=cluster)
    article = ArticleFactory()
    ClaimFactory(article=article, cluster=cluster)

    assert claims_joining_checked_clusters(article=article) == []


def test_only_the_claims_asked_about_are_listed():
    # a re-read article announces only the claims it gained, not those announced at its ingest
    cluster = checked_cluster()
    ClaimFactory(cluster=cluster)
    article = ArticleFactory()
    old = ClaimFactory(article=article, cluster=cluster)
    new = ClaimFactory(article=article, cluster=cluster, start=30)

    assert [c.pk for c, _ in claims_joining_checked_clusters(article=article, only=[new.pk])] == [new.pk]
    assert {c.pk for c, _ in claims_joining_checked_clusters(article=article)} == {old.pk, new.pk}
