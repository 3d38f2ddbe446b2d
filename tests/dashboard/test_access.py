"""Every page: strangers are sent to sign in, users without the role get 403, the role gets in."""

import pytest
from django.urls import reverse

from tests.factories import ReviewFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


def _pages(cluster):
    article = cluster.claims.first().article
    review = ReviewFactory(cluster=cluster)
    speaker = SpeakerFactory()
    return {
        "inbox": (reverse("claims:inbox"), "viewer"),
        "cluster": (reverse("claims:cluster", args=[cluster.pk]), "viewer"),
        "review": (reverse("claims:review", args=[review.pk]), "viewer"),
        "article": (reverse("claims:article", args=[article.pk]), "viewer"),
        "raw": (reverse("claims:article_raw", args=[article.pk]), "viewer"),
        "speakers": (reverse("claims:speakers"), "viewer"),
        "speaker": (reverse("claims:speaker", args=[speaker.pk]), "viewer"),
        "search": (reverse("claims:search"), "viewer"),
        "operations": (reverse("claims:operations"), "viewer"),
        "ingest": (reverse("claims:ingest"), "checker"),
        "merge search": (reverse("claims:cluster_merge_search", args=[cluster.pk]) + "?q=harga", "checker"),
        "speaker suggest": (reverse("claims:speaker_suggest") + "?q=pe", "viewer"),
    }


PAGES = ["inbox", "cluster", "review", "article", "raw", "speakers", "speaker", "search", "operations", "ingest",
         "speaker suggest",
         "merge search"]


@pytest.mark.parametrize("name", PAGES)
def test_a_stranger_is_sent_to_sign_in(client, cluster, name):
    url, _ = _pages(cluster)[name]
    response = client.get(url)
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


@pytest.mark.parametrize("name", PAGES)
def test_a_user_without_a_role_is_refused(login, cluster, name):
    url, _ = _pages(cluster)[name]
    assert login(None).get(url).status_code == 403


@pytest.mark.parametrize("name", PAGES)
def test_the_least_role_gets_the_page(login, cluster, name):
    url, role = _pages(cluster)[name]
    assert login(role).get(url).status_code == 200


def test_a_viewer_cannot_ingest(login):
    assert login("viewer").get(reverse("claims:ingest")).status_code == 403


@pytest.mark.parametrize(
    "name, role",
    [
        ("claims:cluster_merge", "viewer"),
        ("claims:review_start", "viewer"),
        ("claims:claim_detach", "viewer"),
        ("claims:review_publish", "checker"),
        ("claims:speaker_merge", "checker"),
        ("claims:speaker_alias_add", "checker"),
        ("claims:suggestion_decide", "viewer"),
    ],
)
def test_a_role_below_the_action_gets_403_and_nothing_changes(login, cluster, name, role):
    claims_before = sorted(cluster.claims.values_list("pk", "cluster_id"))
    response = login(role).post(reverse(name, args=[1]), {"other": cluster.pk, "alias": "X"})
    assert response.status_code == 403
    assert sorted(cluster.claims.values_list("pk", "cluster_id")) == claims_before


def test_only_an_admin_starts_reconciliation(login):
    assert login("editor").post(reverse("claims:reconcile_start")).status_code == 403


def test_sign_in_page_has_labelled_inputs(client):
    html = client.get(reverse("login")).content.decode()
    assert '<label for="id_username">' in html
    assert '<label for="id_password">' in html


def test_signing_in_leads_to_the_inbox(client, db):
    from tests.factories import UserFactory

    UserFactory(username="ani", role="viewer")
    response = client.post(reverse("login"), {"username": "ani", "password": "pw-for-tests-only"}, follow=True)
    assert response.status_code == 200
    assert response.request["PATH_INFO"] == reverse("claims:inbox")


def test_a_missing_object_is_404_for_a_viewer(login):
    client = login("viewer")
    assert client.get(reverse("claims:article", args=[999999])).status_code == 404
    assert client.get(reverse("claims:cluster", args=[999999])).status_code == 404
