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


def test_the_speaker_filter_is_a_labelled_text_box_with_suggestions_not_a_list_of_every_speaker(login):
    for i in range(30):
        SpeakerFactory(name=f"Juru Bicara {i}")
    html = login().get(INBOX).content.decode()
    assert '<label for="id_speaker_name">Speaker</label>' in html
    assert 'list="speaker-options"' in html and '<datalist id="speaker-options">' in html
    assert f'hx-get="{reverse("claims:speaker_suggest")}"' in html
    assert 'aria-describedby="id_speaker_name_helptext"' in html and 'id="id_speaker_name_helptext"' in html
    assert "Juru Bicara 7" not in html


def test_speaker_suggestions_offer_names_with_their_ids_escaped(login, django_assert_max_num_queries):
    ani = SpeakerFactory(name="Ani <b>Wijaya</b>", role="Menteri")
    SpeakerFactory(name="Budi Ani")
    SpeakerFactory(name="Citra")
    client = login()
    with django_assert_max_num_queries(6):
        html = client.get(reverse("claims:speaker_suggest"), {"speaker_name": "ani"},
                          HTTP_HX_REQUEST="true").content.decode()
    assert f'value="Ani &lt;b&gt;Wijaya&lt;/b&gt;" data-id="{ani.pk}">Menteri</option>' in html
    assert html.index("Ani &lt;b&gt;") < html.index("Budi Ani")  # names starting with it first
    assert "Citra" not in html and "<b>" not in html


def test_a_typed_speaker_name_filters_without_javascript(login):
    ani = SpeakerFactory(name="Ani Wijaya")
    anita = SpeakerFactory(name="Anita Sari")
    mine = make_cluster(["pajak naik tahun depan"], speaker=ani)
    hers = make_cluster(["pajak turun tahun depan"], speaker=anita)
    other = make_cluster(["jalan tol dibuka besok"])
    client = login()
    # Part of a name searches the names.
    html = client.get(INBOX, {"speaker_name": "ani", "speaker": ""}).content.decode()
    assert f"/clusters/{mine.pk}/" in html and f"/clusters/{hers.pk}/" in html
    assert f"/clusters/{other.pk}/" not in html
    # A whole name is that one speaker, and the form keeps the id.
    html = client.get(INBOX, {"speaker_name": "ani wijaya", "speaker": ""}).content.decode()
    assert f"/clusters/{mine.pk}/" in html and f"/clusters/{hers.pk}/" not in html
    assert f'name="speaker" value="{ani.pk}"' in html


def test_a_picked_speaker_gives_way_to_a_retyped_name_and_a_bare_id_link_fills_the_box(login):
    ani = SpeakerFactory(name="Ani Wijaya")
    budi = SpeakerFactory(name="Budi Santoso")
    mine = make_cluster(["pajak naik tahun depan"], speaker=ani)
    his = make_cluster(["pajak turun tahun depan"], speaker=budi)
    client = login()
    # The hidden id of a previous pick, but the box now says Budi: the box wins.
    html = client.get(INBOX, {"speaker": ani.pk, "speaker_name": "Budi"}).content.decode()
    assert f"/clusters/{his.pk}/" in html and f"/clusters/{mine.pk}/" not in html
    html = client.get(INBOX, {"speaker": ani.pk}).content.decode()
    assert f"/clusters/{mine.pk}/" in html and f"/clusters/{his.pk}/" not in html
    assert 'value="Ani Wijaya"' in html
    # The box emptied: no speaker filter, whatever id was left behind.
    html = client.get(INBOX, {"speaker": ani.pk, "speaker_name": ""}).content.decode()
    assert f"/clusters/{mine.pk}/" in html and f"/clusters/{his.pk}/" in html


def test_language_and_stance_alone_filter_through_the_clusters_claims(login):
    english = make_cluster(["prices went up again"])
    english.claims.update(language="en", stance="deny")
    indonesian = make_cluster(["harga naik lagi"])
    client = login()
    for params in ({"language": "en"}, {"stance": "deny"}, {"language": "en", "stance": "deny"}):
        html = client.get(INBOX, params).content.decode()
        assert f"/clusters/{english.pk}/" in html, params
        assert f"/clusters/{indonesian.pk}/" not in html, params
    html = client.get(INBOX, {"language": "en", "stance": "assert"}).content.decode()
    assert f"/clusters/{english.pk}/" not in html


def _indexed(cluster):
    from claims.matching_index import claim_key_for, index_add

    index_add([(claim.pk, claim_key_for(claim)) for claim in cluster.claims.all()])
    return cluster


def test_text_filters_read_the_candidate_index_for_rare_and_common_words(login):
    clusters = [_indexed(make_cluster([f"warga desa nomor {i} menerima bantuan"])) for i in range(24)]
    rare = _indexed(make_cluster(["warga Kabatar menerima bantuan beras"]))
    from claims.selectors import text_query

    # "kabatar" is in 1 of 25 indexed claims (collected), "warga" in all (walked cluster by cluster).
    assert text_query("Kabatar").keys == ("w:kabatar",) and not text_query("Kabatar").common
    assert text_query("warga").common and text_query("abata").substrings == ("abata",)
    client = login()
    html = client.get(INBOX, {"q": "Kabatar"}).content.decode()
    assert f"/clusters/{rare.pk}/" in html and f"/clusters/{clusters[0].pk}/" not in html
    html = client.get(INBOX, {"q": "warga beras"}).content.decode()
    assert f"/clusters/{rare.pk}/" in html and f"/clusters/{clusters[0].pk}/" not in html
    html = client.get(INBOX, {"q": "WARGA"}).content.decode()
    assert all(f"/clusters/{c.pk}/" in html for c in [*clusters, rare])
    # A word the index does not file (part of a word) is still found, by its text.
    html = client.get(INBOX, {"q": "abata"}).content.decode()
    assert f"/clusters/{rare.pk}/" in html and f"/clusters/{clusters[0].pk}/" not in html


def test_a_broad_filter_counts_up_to_a_cap(login, monkeypatch):
    from claims import views

    monkeypatch.setattr(views, "COUNT_CAP", 2)
    for i in range(3):
        make_cluster([f"klaim nomor {i} tentang sesuatu"])
    client = login()
    html = client.get(INBOX, {"language": "id"}).content.decode()
    assert "More than 2 clusters" in html
    assert html.count('class="card cluster-row"') == 3  # the page still shows its rows
    assert "3 clusters" in client.get(INBOX).content.decode()  # unfiltered: counted exactly


@pytest.mark.parametrize("scanned", [5_000, 1])
def test_words_read_from_the_text_filter_whether_collected_or_walked(login, monkeypatch, scanned):
    from claims import selectors

    monkeypatch.setattr(selectors, "SCANNED_CLAIMS", scanned)  # 1: two matches count as common
    mine = [make_cluster([f"pajak naik tahun {i}"]) for i in range(2)]
    other = make_cluster(["jalan tol dibuka besok"])
    html = login().get(INBOX, {"q": "ajak NAIK"}).content.decode()
    assert all(f"/clusters/{c.pk}/" in html for c in mine)
    assert f"/clusters/{other.pk}/" not in html


def test_a_busy_speaker_is_walked_to_the_same_clusters_in_the_same_order(monkeypatch):
    from claims import selectors
    from claims.selectors import ClusterFilters
    from tests.factories import ArticleFactory, ClaimFactory

    ani = SpeakerFactory(name="Ani Wijaya")
    hers = [make_cluster([f"pajak naik tahun {i}"] * (i + 1), speaker=ani) for i in range(3)]
    joined = make_cluster(["jalan tol dibuka besok", "jalan tol dibuka lusa"])  # others' claims, then one of hers
    ClaimFactory(article=ArticleFactory(), speaker=ani, cluster=joined, text="jalan tol dibuka")
    make_cluster(["harga cabai naik"])  # not hers
    expected = [hers[2].pk, joined.pk, hers[1].pk, hers[0].pk]  # by outlets, then claims
    SpeakerFactory(name="Anita Lestari")  # a typed "ani" names her too, with no claims
    for filters in (ClusterFilters(speaker=ani.pk), ClusterFilters(speaker=ani.pk, language="id"),
                    ClusterFilters(speaker_name="ani")):
        for busy in (False, True):
            monkeypatch.setattr(selectors, "_speakers_are_busy", lambda _q, busy=busy: busy)
            clusters = selectors.cluster_list(filters=filters)
            walked = 'EXISTS(SELECT 1 AS "a" FROM "claims_claim"' in str(clusters.query)
            assert walked == busy  # walked, or collected
            assert list(clusters.values_list("pk", flat=True)) == expected, (filters, busy)


def test_a_speaker_is_busy_over_a_share_of_all_claims(monkeypatch):
    from django.db.models import Q

    from claims import selectors
    from claims.matching_index import TOTAL
    from claims.models import BlockKeyStat
    from tests.factories import ClaimFactory

    monkeypatch.setattr(selectors, "BUSY_SPEAKER_SHARE", 0.02)
    BlockKeyStat.objects.create(key=TOTAL, df=100)  # 2 claims are the share
    two, three = SpeakerFactory(), SpeakerFactory()
    ClaimFactory.create_batch(2, speaker=two)
    ClaimFactory.create_batch(3, speaker=three)
    assert not selectors._speakers_are_busy(Q(speaker=two))
    assert selectors._speakers_are_busy(Q(speaker=three))
    assert not selectors._speakers_are_busy(Q(speaker__in=[two, SpeakerFactory()]))  # 2 + 0 claims
    assert selectors._speakers_are_busy(Q(speaker__in=[two, three]))  # a typed name matching both
    BlockKeyStat.objects.filter(key=TOTAL).delete()  # an empty index: nobody is busy
    assert not selectors._speakers_are_busy(Q(speaker=three))


def test_the_language_filter_offers_each_stored_language_once_in_order():
    from claims.selectors import claim_languages
    from tests.factories import ArticleFactory, ClaimFactory

    assert claim_languages() == []
    for language in ("id", "en", "id", "", "ms", "en"):
        ClaimFactory(article=ArticleFactory(language=language or "id"), language=language)
    assert claim_languages() == ["en", "id", "ms"]
