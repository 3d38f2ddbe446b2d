import pytest
from django.urls import reverse
from django.utils import timezone

from claims.models import Review

from .conftest import make_cluster

pytestmark = pytest.mark.django_db
SEARCH = reverse("claims:search")


def test_full_text_finds_claims_with_every_word(login):
    make_cluster(["harga beras turun lima persen"])
    make_cluster(["harga minyak naik"])
    html = login().get(SEARCH, {"q": "beras persen"}).content.decode()
    assert "harga beras turun lima persen" in html
    assert "harga minyak naik" not in html


def test_said_before_shows_best_clusters_with_scores_and_verdicts(login):
    checked = make_cluster(["Presiden Putin mendapatkan undangan aktif untuk berkunjung"])
    Review.objects.create(cluster=checked, verdict="misleading", status="published", published_at=timezone.now())
    make_cluster(["jalan tol dibuka besok pagi"])
    response = login().post(SEARCH, {"text": "Putin mendapat undangan aktif untuk berkunjung", "language": ""},
                            HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert "<html" not in html
    assert reverse("claims:cluster", args=[checked.pk]) in html
    assert "Misleading" in html
    assert "by wording, " in html  # the tier that found it, as on the cluster page
    assert "jalan tol" not in html


def test_search_results_are_escaped_and_bounded(login, django_assert_max_num_queries):
    for i in range(30):
        make_cluster([f"<i>kata</i> nomor {i}"])
    client = login()
    with django_assert_max_num_queries(8):
        html = client.get(SEARCH, {"q": "kata"}).content.decode()
    assert "<i>kata</i>" not in html and "&lt;i&gt;kata&lt;/i&gt;" in html


def test_full_text_reads_indexed_words_from_the_candidate_index_as_whole_words(login):
    from claims.matching_index import claim_key_for, index_add

    for text in ["harga beras turun lima persen", "harga berasnya naik", "harga minyak naik"]:
        cluster = make_cluster([text])
        index_add([(c.pk, claim_key_for(c)) for c in cluster.claims.all()])
    from claims.selectors import text_query

    # The rarest word's postings are collected and the others probed for each (TextQuery.condition).
    assert text_query("harga Beras").keys == ("w:beras", "w:harga")
    client = login()
    html = client.get(SEARCH, {"q": "Beras harga"}).content.decode()
    assert "harga beras turun lima persen" in html
    assert "harga berasnya naik" not in html  # an indexed word matches whole words
    assert "harga minyak naik" not in html
    html = client.get(SEARCH, {"q": "berasny"}).content.decode()  # no such word: found in the text
    assert "harga berasnya naik" in html and "harga beras turun" not in html


def test_a_search_matching_many_claims_counts_up_to_a_cap(login, monkeypatch):
    from claims import views

    monkeypatch.setattr(views, "COUNT_CAP", 2)
    for i in range(3):
        make_cluster([f"kata nomor {i}"])
    html = login().get(SEARCH, {"q": "kata"}).content.decode()
    assert "More than 2 claims" in html and "Add words to narrow the search." in html
