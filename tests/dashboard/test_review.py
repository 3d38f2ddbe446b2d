import json

import pytest
from django.urls import reverse

from claims.models import Review
from claims.services import review_create

from .conftest import make_cluster

pytestmark = pytest.mark.django_db


@pytest.fixture
def review(cluster):
    from tests.factories import UserFactory

    return review_create(cluster=cluster, user=UserFactory(role="checker"))


def url(review):
    return reverse("claims:review", args=[review.pk])


def test_a_checker_saves_verdict_summary_and_evidence(login, review):
    client = login("checker")
    response = client.post(url(review), {
        "verdict": "mostly_false", "summary": "BPS mencatat kenaikan.",
        "evidence_links": "https://bps.go.id/a\nhttps://example.org/b", "reviewer": "",
    })
    assert response.status_code == 302
    review.refresh_from_db()
    assert review.verdict == "mostly_false"
    assert review.evidence_links == ["https://bps.go.id/a", "https://example.org/b"]


def test_a_bad_evidence_link_keeps_what_was_typed(login, review):
    response = login("checker").post(url(review), {"verdict": "false", "summary": "ringkasan saya",
                                                   "evidence_links": "bukan tautan"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "ringkasan saya" in html
    assert "bukan tautan" in html


def test_the_form_offers_every_verdict(login, review):
    html = login("checker").get(url(review)).content.decode()
    for label in ["True", "Mostly true", "Half true", "Misleading", "Mostly false", "False", "Unproven"]:
        assert f">{label}</option>" in html


def test_a_viewer_cannot_edit(login, review):
    assert login("viewer").post(url(review), {"verdict": "true"}).status_code == 403


def test_an_editor_publishes_and_the_page_shows_history_and_claimreview(login, review):
    client = login("editor")
    client.post(url(review), {"verdict": "false", "summary": "Keliru.", "evidence_links": "https://bps.go.id"})
    response = client.post(reverse("claims:review_publish", args=[review.pk]))
    assert response.status_code == 302
    review.refresh_from_db()
    assert review.status == Review.Status.PUBLISHED
    html = client.get(url(review)).content.decode()
    assert "ClaimReview" in html and "Copy JSON-LD" in html
    assert "created" in html and "changed" in html
    assert "<code>verdict</code>" in html and "<code>status</code>" in html


def test_publishing_without_a_verdict_says_why(login, review):
    response = login("editor").post(reverse("claims:review_publish", args=[review.pk]), follow=True)
    assert "Choose a verdict" in response.content.decode()
    review.refresh_from_db()
    assert review.status == Review.Status.DRAFT


def test_the_jsonld_is_valid_json_and_escaped(login, db):
    from html import unescape

    cluster = make_cluster(["<script>alert(1)</script> harga naik"])
    review = Review.objects.create(cluster=cluster, verdict="false", summary="<b>x</b>", status="draft")
    client = login("editor")
    client.post(reverse("claims:review_publish", args=[review.pk]))
    html = client.get(url(review)).content.decode()
    assert "<script>alert" not in html and "<b>x</b>" not in html
    start = html.index('id="claimreview-jsonld"')
    body = html[html.index(">", start) + 1 : html.index("</pre>", start)]
    data = json.loads(unescape(body))
    assert data["@type"] == "ClaimReview"


def test_its_query_count_does_not_grow_with_history(login, review, django_assert_max_num_queries):
    client = login("editor")
    with django_assert_max_num_queries(14) as ctx:
        client.get(url(review))
    baseline = len(ctx.captured_queries)
    for i in range(10):
        client.post(url(review), {"verdict": "false", "summary": f"versi {i}", "evidence_links": ""})
    with django_assert_max_num_queries(baseline):
        client.get(url(review))
