import json
from datetime import datetime, timezone

import pytest
from django.test import Client

from claims.claimreview import claimreview_jsonld
from claims.models import Review

from .conftest import assert_error, make_user
from .test_resources import make_cluster

pytestmark = pytest.mark.django_db


def published(cluster, verdict="mostly_false"):
    return Review.objects.create(cluster=cluster, verdict=verdict, status=Review.Status.PUBLISHED,
                                 summary="Angka itu keliru.", published_at=datetime(2024, 6, 5, tzinfo=timezone.utc))


def test_the_claimreview_of_a_published_review_is_schema_org_json_ld(viewer):
    cluster = make_cluster(outlets=2, published_at=datetime(2024, 6, 1, tzinfo=timezone.utc))
    published(cluster)
    response = viewer.get(f"/api/v1/clusters/{cluster.pk}/claimreview")
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("application/ld+json")
    doc = response.json()
    assert doc["@context"] == "https://schema.org" and doc["@type"] == "ClaimReview"
    assert doc["claimReviewed"] == cluster.representative.text
    assert doc["itemReviewed"]["@type"] == "Claim"
    assert doc["itemReviewed"]["author"]["name"] == cluster.representative.speaker.name
    assert len(doc["itemReviewed"]["appearance"]) == 2
    assert doc["itemReviewed"]["firstAppearance"] == doc["itemReviewed"]["appearance"][0]
    assert doc["reviewRating"] == {"@type": "Rating", "ratingValue": 2, "bestRating": 5, "worstRating": 1,
                                   "alternateName": "Mostly false"}
    assert doc["author"]["@type"] == "Organization"
    assert doc["datePublished"] == "2024-06-05"


def test_the_claimreview_url_is_the_reviews_page_for_people_not_the_api(viewer, settings):
    settings.ALLOWED_HOSTS = ["kutip.example.org"]
    cluster = make_cluster()
    review = published(cluster)
    doc = viewer.get(f"/api/v1/clusters/{cluster.pk}/claimreview", HTTP_HOST="kutip.example.org").json()
    assert doc["url"] == f"http://kutip.example.org/reviews/{review.pk}/"
    # The page answers: it is the dashboard's review page, not a guess at one.
    client = Client()
    client.force_login(make_user("viewer", "reader"))
    page = client.get(doc["url"].removeprefix("http://kutip.example.org"), HTTP_HOST="kutip.example.org")
    assert page.status_code == 200 and cluster.representative.text in page.content.decode()
    # Nothing in the document points at the API, which needs a token no search engine has.
    assert "/api/" not in json.dumps(doc)


def test_the_claimreview_url_follows_the_requests_scheme_and_host(viewer, settings):
    settings.ALLOWED_HOSTS = ["cek.example.id"]
    cluster = make_cluster()
    review = published(cluster)
    doc = viewer.get(f"/api/v1/clusters/{cluster.pk}/claimreview", secure=True,
                     HTTP_HOST="cek.example.id").json()
    assert doc["url"] == f"https://cek.example.id/reviews/{review.pk}/"


def test_a_cluster_without_a_published_review_has_no_claimreview(viewer):
    cluster = make_cluster()
    Review.objects.create(cluster=cluster, verdict="true")  # a draft
    assert_error(viewer.get(f"/api/v1/clusters/{cluster.pk}/claimreview"), 404, "not_found")


def test_an_unproven_verdict_has_a_name_but_no_rating_value():
    review = published(make_cluster(), verdict="unproven")
    rating = claimreview_jsonld(review, url="https://x.example/r/1")["reviewRating"]
    assert "ratingValue" not in rating and rating["alternateName"] == "Unproven"


def test_a_user_without_a_role_cannot_read_claimreview(no_role):
    cluster = make_cluster()
    published(cluster)
    assert_error(no_role.get(f"/api/v1/clusters/{cluster.pk}/claimreview"), 403)


def test_anonymous_cannot_read_claimreview(anon):
    cluster = make_cluster()
    published(cluster)
    assert_error(anon.get(f"/api/v1/clusters/{cluster.pk}/claimreview"), 401)


def test_appearances_run_oldest_first_whatever_order_the_articles_came_in(viewer, monkeypatch):
    from claims import claimreview

    cluster = make_cluster(outlets=3)
    june = datetime(2024, 6, 1, tzinfo=timezone.utc)
    # The last ingested was published first, the first ingested last; one more is beyond the cap.
    for claim, day in zip(cluster.claims.order_by("-pk"), (1, 2, 3), strict=True):
        claim.article.published_at = june.replace(day=day)
        claim.article.save(update_fields=["published_at"])
    published(cluster)
    monkeypatch.setattr(claimreview, "APPEARANCES", 2)

    doc = viewer.get(f"/api/v1/clusters/{cluster.pk}/claimreview").json()

    dates = [a["datePublished"][:10] for a in doc["itemReviewed"]["appearance"]]
    assert dates == ["2024-06-01", "2024-06-02"]
    assert doc["itemReviewed"]["firstAppearance"]["datePublished"][:10] == "2024-06-01"
