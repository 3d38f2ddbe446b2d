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
    assert "jalan tol" not in html


def test_search_results_are_escaped_and_bounded(login, django_assert_max_num_queries):
    for i in range(30):
        make_cluster([f"<i>kata</i> nomor {i}"])
    client = login()
    with django_assert_max_num_queries(8):
        html = client.get(SEARCH, {"q": "kata"}).content.decode()
    assert "<i>kata</i>" not in html and "&lt;i&gt;kata&lt;/i&gt;" in html
