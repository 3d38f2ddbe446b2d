import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from claims.models import ClaimCluster, Review
from tests.factories import OutletFactory, SpeakerFactory

from .conftest import make_cluster

pytestmark = pytest.mark.django_db
INBOX = reverse("claims:inbox")


def test_it_lists_clusters_with_their_representative_claim(login, cluster):
    html = login().get(INBOX).content.decode()
    assert "harga beras turun lima persen pekan ini" in html
    assert reverse("claims:cluster", args=[cluster.pk]) in html
    assert "3 outlets" in html


def test_it_sorts_by_spread_by_default_and_by_first_seen_on_request(login):
    wide = make_cluster(["satu dua tiga empat lima", "satu dua tiga empat lima", "satu dua tiga empat lima"])
    early = make_cluster(["enam tujuh delapan sembilan"], start=timezone.make_aware(dt.datetime(2020, 1, 1)))
    client = login()
    by_spread = client.get(INBOX).content.decode()
    assert by_spread.index(f"/clusters/{wide.pk}/") < by_spread.index(f"/clusters/{early.pk}/")
    by_first = client.get(INBOX, {"sort": "first_seen"}).content.decode()
    assert by_first.index(f"/clusters/{early.pk}/") < by_first.index(f"/clusters/{wide.pk}/")


def test_it_filters_by_speaker_outlet_status_and_previously_checked(login):
    kompas = OutletFactory(name="Kompas")
    ani = SpeakerFactory(name="Ani")
    mine = make_cluster(["pajak naik tahun depan"], speaker=ani, outlets=[kompas])
    other = make_cluster(["jalan tol dibuka besok"])
    ClaimCluster.objects.filter(pk=mine.pk).update(previously_checked=True, status="checked")
    client = login()
    for params in ({"speaker": ani.pk}, {"outlet": kompas.pk}, {"status": "checked"}, {"previously_checked": "yes"},
                   {"q": "pajak"}, {"stance": "assert", "speaker": ani.pk}):
        html = client.get(INBOX, params).content.decode()
        assert f"/clusters/{mine.pk}/" in html, params
        assert f"/clusters/{other.pk}/" not in html, params


def test_it_filters_by_date_range(login):
    old = make_cluster(["lama sekali kabarnya"], start=timezone.make_aware(dt.datetime(2020, 3, 1, 12)))
    new = make_cluster(["baru saja kabarnya"], start=timezone.make_aware(dt.datetime(2024, 3, 1, 12)))
    html = login().get(INBOX, {"date_from": "2024-01-01", "date_to": "2024-12-31"}).content.decode()
    assert f"/clusters/{new.pk}/" in html
    assert f"/clusters/{old.pk}/" not in html


def test_it_shows_fifty_clusters_a_page_and_keeps_filters_in_the_page_links(login):
    for i in range(51):
        make_cluster([f"klaim nomor {i} tentang sesuatu"])
    client = login()
    first = client.get(INBOX, {"sort": "newest"}).content.decode()
    assert first.count('class="card cluster-row"') == 50
    assert "sort=newest&amp;page=2" in first
    second = client.get(INBOX, {"sort": "newest", "page": 2}).content.decode()
    assert second.count('class="card cluster-row"') == 1


def test_it_shows_the_published_verdict(login, cluster):
    Review.objects.create(cluster=cluster, verdict="false", status="published", published_at=timezone.now())
    assert "verdict-false" in login().get(INBOX).content.decode()


def test_it_draws_claims_per_day(login, cluster):
    html = login().get(INBOX).content.decode()
    assert "<svg" in html
    assert "2024-05-25: 1" in html


def test_its_query_count_does_not_grow_with_rows(login, django_assert_max_num_queries):
    client = login()
    for i in range(3):
        make_cluster([f"klaim kecil {i} satu", f"klaim kecil {i} satu"])
    with django_assert_max_num_queries(14) as small:
        client.get(INBOX)
    baseline = len(small.captured_queries)
    for i in range(30):
        make_cluster([f"klaim besar {i} dua", f"klaim besar {i} dua"])
    with django_assert_max_num_queries(baseline):
        client.get(INBOX, {"speaker": "", "sort": "newest"})


def test_claim_text_is_escaped(login):
    make_cluster(["<script>alert(1)</script> katanya"])
    html = login().get(INBOX).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
