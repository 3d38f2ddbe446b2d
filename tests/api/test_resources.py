from datetime import datetime, timezone

import pytest
from django.utils import timezone as djtz

from claims.clustering import cluster_refresh_stats
from claims.models import Claim, ClaimCluster, IngestItem, IngestJob, MatchDecision, ReconciliationRun, Review
from tests.factories import ArticleFactory, ClaimClusterFactory, ClaimFactory, OutletFactory, SpeakerFactory

from .conftest import assert_error

pytestmark = pytest.mark.django_db

LIST_ENDPOINTS = [
    "/api/v1/articles", "/api/v1/claims", "/api/v1/clusters", "/api/v1/speakers", "/api/v1/outlets",
    "/api/v1/reviews", "/api/v1/reconciliation-runs", "/api/v1/jobs",
]


def make_cluster(*, outlets=2, speaker=None, published_at=None, text=None):
    """A cluster of one claim per outlet, with counts refreshed as ingest would."""
    cluster = ClaimClusterFactory()
    speaker = speaker or SpeakerFactory()
    for _ in range(outlets):
        body = text or "Menteri itu mengatakan harga beras turun lima persen pekan ini."
        article = ArticleFactory(outlet=OutletFactory(), published_at=published_at,
                                 body=f"{body} ({ClaimCluster.objects.count()}-{Claim.objects.count()})")
        ClaimFactory(article=article, speaker=speaker, cluster=cluster, text=body[:40])
    cluster_refresh_stats(cluster)
    return cluster


@pytest.mark.parametrize("url", LIST_ENDPOINTS)
def test_every_list_needs_credentials(anon, url):
    assert_error(anon.get(url), 401)


@pytest.mark.parametrize("url", LIST_ENDPOINTS)
def test_every_list_is_forbidden_without_a_role(no_role, url):
    assert_error(no_role.get(url), 403)


@pytest.mark.parametrize("url", LIST_ENDPOINTS)
def test_every_list_is_open_to_a_viewer_and_cursor_paginated(viewer, url):
    response = viewer.get(url)
    assert response.status_code == 200, response.content
    assert set(response.json()) == {"next", "previous", "results"}


def test_claims_filter_by_speaker_stance_and_cluster(viewer):
    first, second = make_cluster(), make_cluster()
    speaker = first.claims.first().speaker
    Claim.objects.filter(cluster=second).update(stance=Claim.Stance.DENY)
    by_speaker = viewer.get(f"/api/v1/claims?speaker={speaker.pk}").json()["results"]
    assert {c["cluster"] for c in by_speaker} == {first.pk}
    denied = viewer.get("/api/v1/claims?stance=deny").json()["results"]
    assert {c["cluster"] for c in denied} == {second.pk}
    in_cluster = viewer.get(f"/api/v1/claims?cluster={second.pk}").json()["results"]
    assert len(in_cluster) == 2
    assert in_cluster[0]["article"]["outlet"]["name"]


def test_claims_filter_by_outlet_and_date_range(viewer):
    old = make_cluster(published_at=datetime(2024, 1, 5, tzinfo=timezone.utc))
    new = make_cluster(published_at=datetime(2024, 6, 5, tzinfo=timezone.utc))
    recent = viewer.get("/api/v1/claims?published_after=2024-03-01T00:00:00Z").json()["results"]
    assert {c["cluster"] for c in recent} == {new.pk}
    outlet = old.claims.first().article.outlet
    by_outlet = viewer.get(f"/api/v1/claims?outlet={outlet.pk}").json()["results"]
    assert [c["cluster"] for c in by_outlet] == [old.pk]


def test_claims_search_and_ordering(viewer):
    make_cluster(text="Gubernur berkata banjir sudah surut di tiga kecamatan.")
    make_cluster(text="Menteri berkata harga cabai turun tajam bulan ini.")
    found = viewer.get("/api/v1/claims?search=banjir").json()["results"]
    assert found and all("banjir" in c["text"] for c in found)
    ids = [c["id"] for c in viewer.get("/api/v1/claims?ordering=id").json()["results"]]
    assert ids == sorted(ids)


def test_cursor_pagination_walks_every_claim_once(viewer):
    for _ in range(3):
        make_cluster(outlets=2)
    seen, url = [], "/api/v1/claims?page_size=4"
    while url:
        page = viewer.get(url).json()
        seen += [c["id"] for c in page["results"]]
        url = page["next"]
    assert sorted(seen) == sorted(Claim.objects.values_list("pk", flat=True))


def test_clusters_filter_like_the_dashboard(viewer):
    wide = make_cluster(outlets=3)
    narrow = make_cluster(outlets=1)
    Claim.objects.filter(cluster=narrow).update(language="en")
    listed = viewer.get("/api/v1/clusters").json()["results"]
    assert [c["id"] for c in listed] == [wide.pk, narrow.pk]  # widest spread first
    assert [c["id"] for c in viewer.get("/api/v1/clusters?language=en").json()["results"]] == [narrow.pk]
    speaker = wide.claims.first().speaker
    assert [c["id"] for c in viewer.get(f"/api/v1/clusters?speaker={speaker.pk}").json()["results"]] == [wide.pk]
    assert viewer.get("/api/v1/clusters?status=checked").json()["results"] == []
    by_first_seen = viewer.get("/api/v1/clusters?ordering=claim_count").json()["results"]
    assert [c["id"] for c in by_first_seen] == [narrow.pk, wide.pk]


def test_a_cluster_shows_claims_outlets_review_and_manual_decisions(viewer, editor):
    cluster = make_cluster(outlets=2)
    a, b = cluster.claims.order_by("pk")
    MatchDecision.objects.create(claim_a=a, claim_b=b, kind=MatchDecision.Kind.MUST_LINK)
    Review.objects.create(cluster=cluster, verdict=Review.Verdict.FALSE, status=Review.Status.PUBLISHED,
                          published_at=djtz.now())
    body = viewer.get(f"/api/v1/clusters/{cluster.pk}").json()
    assert {c["id"] for c in body["claims"]} == {a.pk, b.pk}
    assert len(body["outlets"]) == 2
    assert body["first_seen_at"]
    assert body["published_review"]["verdict"] == "false"
    assert body["decisions"] == [{"claim_a": a.pk, "claim_b": b.pk, "kind": "must_link", "decided_by": None,
                                  "decided_at": body["decisions"][0]["decided_at"]}]
    assert len(body["reviews"]) == 1


def test_a_missing_cluster_is_404_and_a_non_numeric_id_too(viewer):
    assert_error(viewer.get("/api/v1/clusters/999999"), 404)
    assert_error(viewer.get("/api/v1/clusters/abc"), 404)


def test_list_endpoints_cost_a_fixed_number_of_queries(viewer, django_assert_max_num_queries):
    clusters = [make_cluster(outlets=2) for _ in range(2)]
    Review.objects.create(cluster=clusters[0], verdict="true", status="published",
                          published_at=djtz.now())
    job = IngestJob.objects.create()
    IngestItem.objects.bulk_create([IngestItem(job=job, name=f"{i}.txt", payload=b"x") for i in range(3)])

    def costs():
        out = {}
        viewer.get("/api/v1/outlets")  # the token's last_used_at is written on first use only
        for url in LIST_ENDPOINTS + [f"/api/v1/clusters/{clusters[0].pk}"]:
            from django.db import connection
            from django.test.utils import CaptureQueriesContext

            with CaptureQueriesContext(connection) as ctx:
                assert viewer.get(url).status_code == 200
            out[url] = len(ctx)
        return out

    small = costs()
    for _ in range(4):
        make_cluster(outlets=3)
    IngestItem.objects.bulk_create([IngestItem(job=IngestJob.objects.create(), name="y.txt", payload=b"y")
                                    for _ in range(3)])
    large = costs()
    assert large == small  # no query per row
    with django_assert_max_num_queries(12):
        viewer.get("/api/v1/clusters")


def test_speakers_show_aliases_and_search_them(viewer):
    speaker = SpeakerFactory(name="Korea Utara")
    speaker.aliases.create(alias="Korut", normalised="korut")
    found = viewer.get("/api/v1/speakers?q=korut").json()["results"]
    assert [s["id"] for s in found] == [speaker.pk]
    assert set(found[0]["aliases"]) == {"Korea Utara", "Korut"}


def test_an_editor_merges_speakers(editor):
    source, target = SpeakerFactory(name="Peskov"), SpeakerFactory(name="Dmitry Peskov")
    claim = ClaimFactory(speaker=source)
    response = editor.post(f"/api/v1/speakers/{source.pk}/merge", {"into": target.pk}, format="json")
    assert response.status_code == 200, response.content
    assert "Peskov" in response.json()["aliases"]
    claim.refresh_from_db()
    assert claim.speaker_id == target.pk


def test_a_checker_cannot_merge_speakers(checker):
    source, target = SpeakerFactory(), SpeakerFactory()
    assert_error(checker.post(f"/api/v1/speakers/{source.pk}/merge", {"into": target.pk}, format="json"), 403)


def test_merging_into_a_missing_speaker_is_400(editor):
    source = SpeakerFactory()
    error = assert_error(editor.post(f"/api/v1/speakers/{source.pk}/merge", {"into": 999999}, format="json"), 400)
    assert "into" in error["fields"]


def test_outlets_filter_wires(viewer):
    OutletFactory(name="AFP", is_wire=True)
    OutletFactory(name="Harian Uji")
    assert [o["name"] for o in viewer.get("/api/v1/outlets?is_wire=true").json()["results"]] == ["AFP"]


def test_reconciliation_runs_are_listed(viewer):
    run = ReconciliationRun.objects.create(status="succeeded", counts={"moved": 2}, duration_seconds=1.5)
    assert viewer.get("/api/v1/reconciliation-runs").json()["results"][0]["counts"] == {"moved": 2}
    assert viewer.get(f"/api/v1/reconciliation-runs/{run.pk}").json()["status"] == "succeeded"


def test_a_job_reports_progress_and_errors(viewer):
    job = IngestJob.objects.create(status=IngestJob.Status.RUNNING)
    IngestItem.objects.create(job=job, name="a.txt", payload=b"a", status="ok", statement_count=2)
    IngestItem.objects.create(job=job, name="b.txt", payload=b"b", status="error", error="no article text")
    IngestItem.objects.create(job=job, name="c.txt", payload=b"c")
    body = viewer.get(f"/api/v1/jobs/{job.pk}").json()
    assert body["progress"] == {"total": 3, "done": 2, "ok": 1, "duplicate": 0, "error": 1}
    assert body["items"][1]["error"] == "no article text"
    assert "payload" not in body["items"][0]
