"""The nightly reconciliation: re-groups, obeys manual decisions, is idempotent, runs alone."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from claims.models import Claim, ClaimCluster, MatchDecision, ReconciliationRun, Review, Speaker
from claims.reconcile import reconcile_run
from claims.services import claim_detach, cluster_merge
from tests.factories import SpeakerFactory

from .test_online_matching import CLAIM, article

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(django_user_model):
    return django_user_model.objects.create_superuser("boss", password="x")


def ingest_many(*statements):
    from claims.pipeline import ingest

    outlets = ["Kompas.com", "Tempo.co", "Antara", "Detik", "CNN Indonesia"]
    for n, statement in enumerate(statements):
        ingest(article(outlets[n % len(outlets)], statement, extra=f"Pada hari ke-{n}, "), source_name=str(n))


def test_a_second_run_right_after_the_first_changes_nothing():
    ingest_many(CLAIM, CLAIM, "harga beras di pasar induk turun tiga persen dalam sepekan.")
    first = reconcile_run()
    second = reconcile_run()
    assert first.status == second.status == ReconciliationRun.Status.SUCCEEDED
    assert {k: v for k, v in second.counts.items() if k != "pairs_scored"} == {
        k: 0 for k in second.counts if k != "pairs_scored"
    }


def test_it_regroups_claims_that_online_matching_left_apart():
    ingest_many(CLAIM, CLAIM)
    a, b = Claim.objects.order_by("pk")
    # As if online matching had missed it (e.g. the two ingests ran before the index had the first).
    lone = ClaimCluster.objects.create(representative=b)
    Claim.objects.filter(pk=b.pk).update(cluster=lone)
    run = reconcile_run()
    a.refresh_from_db()
    b.refresh_from_db()
    assert a.cluster_id == b.cluster_id
    assert run.counts["claims_moved"] == 1 and run.counts["clusters_removed"] == 1


def test_it_never_undoes_a_checkers_detach(admin):
    ingest_many(CLAIM, CLAIM)
    a, b = Claim.objects.order_by("pk")
    claim_detach(claim=b, user=admin)
    reconcile_run()
    a.refresh_from_db()
    b.refresh_from_db()
    assert a.cluster_id != b.cluster_id
    assert MatchDecision.objects.filter(kind=MatchDecision.Kind.CANNOT_LINK).count() == 1


def test_it_never_undoes_a_checkers_merge(admin):
    ingest_many(CLAIM, "harga beras di pasar induk turun tiga persen dalam sepekan.")
    a, b = Claim.objects.order_by("pk")
    cluster_merge(source=b.cluster, target=a.cluster, user=admin)
    reconcile_run()
    b.refresh_from_db()
    assert b.cluster_id == a.cluster_id


def test_it_merges_speakers_whose_names_differ_only_in_spacing_and_hyphens():
    older = SpeakerFactory(name="Shin Won-sik")
    newer = SpeakerFactory(name="Shin Wonsik")
    run = reconcile_run()
    newer.refresh_from_db()
    assert newer.merged_into == older
    assert run.counts["speakers_merged"] == 1
    assert Speaker.objects.filter(merged_into__isnull=True, name__startswith="Shin").count() == 1


def test_a_repeat_of_a_checked_claim_flags_its_cluster(admin):
    ingest_many(CLAIM)
    cluster = Claim.objects.get().cluster
    Review.objects.create(cluster=cluster, verdict="false", status=Review.Status.PUBLISHED,
                          published_at=timezone.now())
    reconcile_run()
    cluster.refresh_from_db()
    assert not cluster.previously_checked
    ingest_many(CLAIM, CLAIM)
    run = reconcile_run()
    cluster.refresh_from_db()
    assert cluster.previously_checked and run.counts["clusters_flagged_previously_checked"] == 1


def test_only_one_run_at_a_time_but_a_crashed_run_does_not_block_the_next():
    ReconciliationRun.objects.create(status=ReconciliationRun.Status.RUNNING)
    assert reconcile_run() is None
    ReconciliationRun.objects.update(started_at=timezone.now() - timedelta(hours=4))
    run = reconcile_run()
    assert run is not None and run.status == ReconciliationRun.Status.SUCCEEDED
    assert ReconciliationRun.objects.filter(status=ReconciliationRun.Status.FAILED).count() == 1


def test_the_command_runs_the_same_reconciliation(capsys):
    ingest_many(CLAIM, CLAIM)
    call_command("reconcile")
    assert "succeeded" in capsys.readouterr().out
    assert ReconciliationRun.objects.get().status == ReconciliationRun.Status.SUCCEEDED
