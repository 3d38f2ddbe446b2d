"""The counts a checker sorts clusters by: appearances, outlets, origins (a wire republished by
many outlets is one origin), languages, first seen and the representative claim."""

from datetime import datetime, timedelta
from datetime import timezone as dt_timezone

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims import clustering
from claims.clustering import cluster_refresh_stats, clusters_add_claims, clusters_refresh_stats
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


# ---- a claim joining: the stored spread is added to, not recounted (clusters_add_claims) ----------

_STATS = ("claim_count", "outlet_count", "origin_count", "language_count", "first_seen_at", "representative_id",
          "spread")


def _stats(cluster_id):
    return ClaimCluster.objects.filter(pk=cluster_id).values_list(*_STATS).get()


def _recounted(cluster_id):
    """The stats a full recount gives, without keeping them."""
    with transaction.atomic():
        clusters_refresh_stats([cluster_id])
        stats = _stats(cluster_id)
        transaction.set_rollback(True)
    return stats


appearances = st.lists(
    st.tuples(
        st.sampled_from([0, 1, 2, None]),  # outlet
        st.sets(st.sampled_from([0, 1]), max_size=2),  # wires named
        st.sampled_from(["id", "en", ""]),
        st.one_of(st.none(), st.integers(0, 72)),  # hours after May 25; None: undated, ingested now
    ),
    min_size=1, max_size=7,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(appearances)
def test_claims_joining_one_by_one_get_the_counts_a_full_recount_gives(monkeypatch, rows):
    monkeypatch.setattr(clustering, "RECOUNT_BELOW", 0)  # add to the spread whatever the cluster's size
    outlets, wires = [OutletFactory() for _ in range(3)], [OutletFactory() for _ in range(2)]
    cluster = ClaimClusterFactory()
    for outlet, named, language, hours in rows:
        published = None if hours is None else MAY_25 + timedelta(hours=hours)
        claim = _claim(cluster, outlet=None if outlet is None else outlets[outlet],
                       wires=[wires[w] for w in named], published_at=published, language=language)
        clusters_add_claims({cluster.pk: {claim.pk}})
        assert _stats(cluster.pk) == _recounted(cluster.pk)
    assert _stats(cluster.pk)[0] == len(rows)


def test_a_cluster_whose_claims_changed_behind_its_stats_is_recounted_when_a_claim_joins(monkeypatch):
    monkeypatch.setattr(clustering, "RECOUNT_BELOW", 0)
    outlets = [OutletFactory() for _ in range(3)]
    cluster = ClaimClusterFactory()
    claims = []
    for n, outlet in enumerate(outlets):
        claims.append(_claim(cluster, outlet=outlet, published_at=MAY_25 + timedelta(hours=n)))
        clusters_add_claims({cluster.pk: {claims[-1].pk}})
    claims[1].article.delete()  # its claim goes with it; the stored spread still counts its outlet

    joining = _claim(cluster, outlet=outlets[2], published_at=MAY_25 + timedelta(days=1))
    clusters_add_claims({cluster.pk: {joining.pk}})

    stats = _stats(cluster.pk)
    assert stats == _recounted(cluster.pk)
    assert stats[:3] == (3, 2, 2)  # claims, outlets, origins


def test_a_cluster_stored_before_spreads_existed_is_recounted_once_then_added_to(monkeypatch):
    monkeypatch.setattr(clustering, "RECOUNT_BELOW", 0)
    outlet = OutletFactory()
    cluster = ClaimClusterFactory()
    _claim(cluster, outlet=outlet, published_at=MAY_25)
    ClaimCluster.objects.filter(pk=cluster.pk).update(claim_count=1, outlet_count=1, spread=None)

    joining = _claim(cluster, outlet=OutletFactory(), published_at=MAY_25)
    clusters_add_claims({cluster.pk: {joining.pk}})

    assert _stats(cluster.pk) == _recounted(cluster.pk)
    assert _stats(cluster.pk)[-1]["claims"] == 2
