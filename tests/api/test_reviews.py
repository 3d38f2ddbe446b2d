import pytest

from claims.models import ClaimCluster, Review

from .conftest import assert_error
from .test_resources import make_cluster

pytestmark = pytest.mark.django_db


def test_a_checker_starts_a_review_and_the_cluster_goes_in_review(checker):
    cluster = make_cluster()
    response = checker.post("/api/v1/reviews", {"cluster": cluster.pk, "verdict": "mostly_true",
                                               "summary": "Data BPS mendukung.",
                                               "evidence_links": ["https://example.org/bps"]}, format="json")
    assert response.status_code == 201, response.content
    assert response.json()["status"] == "draft" and response.json()["reviewer"] == "user-checker"
    cluster.refresh_from_db()
    assert cluster.status == ClaimCluster.Status.IN_REVIEW


def test_a_viewer_cannot_start_a_review(viewer):
    assert_error(viewer.post("/api/v1/reviews", {"cluster": make_cluster().pk}, format="json"), 403)


def test_a_review_of_a_missing_cluster_is_400(checker):
    error = assert_error(checker.post("/api/v1/reviews", {"cluster": 999999}, format="json"), 400)
    assert "cluster" in error["fields"]


@pytest.mark.parametrize("payload", [{"cluster": "x"}, {"verdict": "true"}, {"cluster": 1, "verdict": "maybe"},
                                     {"cluster": 1, "evidence_links": ["not a url"]}])
def test_bad_review_input_is_400(checker, payload):
    assert_error(checker.post("/api/v1/reviews", payload, format="json"), 400)


def test_a_checker_edits_a_draft(checker):
    review = Review.objects.create(cluster=make_cluster(), summary="awal")
    response = checker.patch(f"/api/v1/reviews/{review.pk}", {"summary": "revisi", "verdict": "false"},
                             format="json")
    assert response.status_code == 200, response.content
    review.refresh_from_db()
    assert (review.summary, review.verdict) == ("revisi", "false")


def test_put_is_not_offered(checker):
    review = Review.objects.create(cluster=make_cluster())
    assert_error(checker.put(f"/api/v1/reviews/{review.pk}", {"summary": "x"}, format="json"), 405)


def test_a_checker_cannot_edit_a_published_review(checker):
    review = Review.objects.create(cluster=make_cluster(), verdict="true", status="published")
    assert_error(checker.patch(f"/api/v1/reviews/{review.pk}", {"summary": "x"}, format="json"), 403)


def test_an_editor_publishes_and_the_cluster_is_checked(editor):
    review = Review.objects.create(cluster=make_cluster(), verdict="false")
    response = editor.post(f"/api/v1/reviews/{review.pk}/publish")
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "published" and response.json()["published_at"]
    assert ClaimCluster.objects.get(pk=review.cluster_id).status == ClaimCluster.Status.CHECKED


def test_a_checker_cannot_publish(checker):
    review = Review.objects.create(cluster=make_cluster(), verdict="false")
    assert_error(checker.post(f"/api/v1/reviews/{review.pk}/publish"), 403)


def test_publishing_without_a_verdict_is_400(editor):
    review = Review.objects.create(cluster=make_cluster())
    assert_error(editor.post(f"/api/v1/reviews/{review.pk}/publish"), 400, "no_verdict")


def test_reviews_filter_by_status(viewer):
    Review.objects.create(cluster=make_cluster(), verdict="true", status="published")
    Review.objects.create(cluster=make_cluster())
    assert [r["status"] for r in viewer.get("/api/v1/reviews?status=draft").json()["results"]] == ["draft"]
