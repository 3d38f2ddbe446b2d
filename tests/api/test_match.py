from datetime import datetime, timezone

import pytest

from claims.models import Review

from .conftest import assert_error
from .test_resources import make_cluster

pytestmark = pytest.mark.django_db

CLAIM = "Harga beras di pasar tradisional turun lima persen sejak awal bulan Juni"


def test_a_known_claim_matches_its_cluster_with_the_verdict(viewer):
    cluster = make_cluster(text=CLAIM)
    other = make_cluster(text="Gubernur berkata banjir sudah surut di tiga kecamatan sejak kemarin sore")
    Review.objects.create(cluster=cluster, verdict="false", status="published",
                          published_at=datetime(2024, 6, 5, tzinfo=timezone.utc))
    response = viewer.post("/api/v1/match", {"text": CLAIM[:40], "language": "id"}, format="json")
    assert response.status_code == 200, response.content
    results = response.json()["results"]
    assert results and results[0]["cluster"] == cluster.pk
    assert results[0]["is_match"] is True and results[0]["decision"] == "match"
    assert results[0]["verdict"]["verdict"] == "false"
    assert other.pk not in [r["cluster"] for r in results]


def test_a_close_paraphrase_is_at_least_a_suggestion(viewer):
    cluster = make_cluster(text="Harga beras di pasar tradisional turun lima persen")
    response = viewer.post("/api/v1/match", {"text": "harga beras di pasar turun lima persen minggu ini"},
                           format="json")
    hits = {r["cluster"]: r for r in response.json()["results"]}
    assert cluster.pk in hits and hits[cluster.pk]["decision"] in ("match", "suggest")
    assert hits[cluster.pk]["is_match"] == (hits[cluster.pk]["decision"] == "match")


def test_an_unrelated_text_matches_nothing(viewer):
    make_cluster(text=CLAIM)
    response = viewer.post("/api/v1/match", {"text": "The football final ended in a goalless draw"}, format="json")
    assert response.json() == {"results": []}


def test_matching_with_no_clusters_is_an_empty_list(viewer):
    assert viewer.post("/api/v1/match", {"text": CLAIM}, format="json").json() == {"results": []}


@pytest.mark.parametrize("payload", [{}, {"text": ""}, {"text": CLAIM, "limit": 0}, {"text": CLAIM, "language": "fr"}])
def test_bad_match_input_is_400(viewer, payload):
    assert_error(viewer.post("/api/v1/match", payload, format="json"), 400)


def test_matching_needs_credentials(anon):
    assert_error(anon.post("/api/v1/match", {"text": CLAIM}, format="json"), 401)
