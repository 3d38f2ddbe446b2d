"""The counts a checker sorts clusters by: appearances, outlets, origins (a wire republished by
many outlets is one origin), languages, first seen and the representative claim."""

from datetime import datetime, timedelta
from datetime import timezone as dt_timezone

import pytest

from claims.clustering import cluster_refresh_stats, clusters_refresh_stats
from claims.models import ClaimCluster
from tests.factories import ArticleFactory, ClaimClusterFactory, ClaimFactory, OutletFactory, ReviewFactory

pytestmark = pytest.mark.django_db

MAY_25 = datetime(2024, 5, 25, 9, 0, tzinfo=dt_timezone.utc)


def _claim(cluster, *, outlet, wires=(), published_at=None, language="id"):
    article = ArticleFactory(outlet=outlet, published_at=published_at, language=language)
    article.wire_sources.set(wires)
    return ClaimFactory(article=article, cluster=cluster, language=language)


def test_republished_wire_copies_are_one_origin_and_the_first_published_claim_represents_the_cluster():
    wire, detik, kompas, tempo = (OutletFactory() for _ in range(4))
    cluster = ClaimClusterFactory()
    _claim(cluster, outlet=detik, wires=[wire], published_at=MAY_25 + timedelta(hours=2))
    first = _claim(cluster, outlet=kompas, wires=[wire], published_at=MAY_25)
    _claim(cluster, outlet=tempo, published_at=MAY_25 + timedelta(hours=1), language="en")
    _claim(cluster, outlet=tempo, published_at=MAY_25 + timedelta(hours=3), language="en")

    cluster_refresh_stats(cluster)

    assert (cluster.claim_count, cluster.outlet_count, cluster.language_count) == (4, 3, 2)
    assert cluster.origin_count == 2  # the wire, and Tempo's own story
    assert cluster.first_seen_at == MAY_25
    assert cluster.representative_id == first.pk


def test_an_article_naming_two_wires_is_counted_once_as_an_appearance():
    afp, reuters, outlet = OutletFactory(), OutletFactory(), OutletFactory()
    cluster = ClaimClusterFactory()
    _claim(cluster, outlet=outlet, wires=[afp, reuters], published_at=MAY_25)
    cluster_refresh_stats(cluster)
    assert (cluster.claim_count, cluster.outlet_count, cluster.origin_count) == (1, 1, 2)


def test_many_clusters_at_once_each_get_their_own_counts_and_an_emptied_reviewed_cluster_gets_zero():
    outlets = [OutletFactory() for _ in range(3)]
    clusters = [ClaimClusterFactory() for _ in range(3)]
    for n, cluster in enumerate(clusters):
        for outlet in outlets[: n + 1]:
            _claim(cluster, outlet=outlet, published_at=MAY_25 + timedelta(days=n))
    emptied = ClaimClusterFactory(claim_count=5, outlet_count=2, origin_count=2, language_count=1)
    ReviewFactory(cluster=emptied)

    clusters_refresh_stats([c.pk for c in clusters] + [emptied.pk])

    got = {c.pk: (c.claim_count, c.outlet_count, c.origin_count, c.first_seen_at) for c in ClaimCluster.objects.all()}
    assert [got[c.pk] for c in clusters] == [(n + 1, n + 1, n + 1, MAY_25 + timedelta(days=n)) for n in range(3)]
    assert got[emptied.pk] == (0, 0, 0, None)
    assert ClaimCluster.objects.get(pk=emptied.pk).representative_id is None


def test_the_cluster_page_puts_first_the_claim_its_stats_call_first_even_beside_an_undated_article():
    from claims.selectors import cluster_claims

    cluster = ClaimClusterFactory()
    undated = _claim(cluster, outlet=OutletFactory(), published_at=None)  # ingested now
    dated = _claim(cluster, outlet=OutletFactory(), published_at=MAY_25)
    cluster_refresh_stats(cluster)
    assert cluster.representative_id == dated.pk
    assert [c.pk for c in cluster_claims(cluster=cluster)] == [dated.pk, undated.pk]
