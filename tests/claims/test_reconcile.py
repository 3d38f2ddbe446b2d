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


# At scale: chunks, failures, the distributed path.


def _generated_claims(size=120, seed=5):
    """Claims of the bench generator (near-duplicates, hard negatives), each alone in its own
    cluster, as if online matching had missed every repeat."""
    import sys
    from pathlib import Path

    from tests.factories import ArticleFactory, ClaimClusterFactory, ClaimFactory

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from bench_matching import generate

    corpus, _gen = generate(size, seed=seed)
    article = ArticleFactory()
    claims = []
    for n, (text, language, _speaker, _label) in enumerate(corpus):
        claims.append(ClaimFactory(article=article, speaker=None, text=text, language=language,
                                   start=n * 1000, end=n * 1000 + len(text),
                                   cluster=ClaimClusterFactory()))
    return claims


def _partition():
    groups = {}
    for pk, cluster_id in Claim.objects.values_list("pk", "cluster_id"):
        groups.setdefault(cluster_id, set()).add(pk)
    return sorted(sorted(g) for g in groups.values())


def _snapshot():
    from claims.models import MatchSuggestion

    return (dict(Claim.objects.values_list("pk", "cluster_id")),
            sorted(MatchSuggestion.objects.values_list("claim_id", "cluster_id")),
            ClaimCluster.objects.count())


def test_a_chunked_run_groups_exactly_like_a_single_chunk(monkeypatch):
    from claims import reconcile
    from claims.models import MatchSuggestion

    claims = _generated_claims()
    alone = {c.pk: c.cluster_id for c in claims}
    monkeypatch.setattr(reconcile, "CHUNK_CLAIMS", 10_000)
    assert reconcile_run().status == ReconciliationRun.Status.SUCCEEDED
    whole = _partition()
    suggested = MatchSuggestion.objects.count()
    assert len(whole) < len(claims)  # the generated repeats were found

    # Back to one claim per cluster, then again in chunks of 17 claims.
    for pk, cluster_id in alone.items():
        ClaimCluster.objects.get_or_create(pk=cluster_id)
        Claim.objects.filter(pk=pk).update(cluster_id=cluster_id)
    MatchSuggestion.objects.all().delete()
    ReconciliationRun.objects.all().delete()  # a first run again: every claim is new to it
    monkeypatch.setattr(reconcile, "CHUNK_CLAIMS", 17)
    run = reconcile_run()
    assert run.status == ReconciliationRun.Status.SUCCEEDED
    assert _partition() == whole
    assert MatchSuggestion.objects.count() == suggested


def test_a_run_over_a_generated_set_is_idempotent(monkeypatch):
    from claims import reconcile

    _generated_claims()
    monkeypatch.setattr(reconcile, "CHUNK_CLAIMS", 25)
    first = reconcile_run()
    after_first = _snapshot()
    second = reconcile_run()
    assert first.status == second.status == ReconciliationRun.Status.SUCCEEDED
    assert first.counts["claims_moved"] > 0
    assert _snapshot() == after_first
    assert {k: v for k, v in second.counts.items() if k != "pairs_scored"} == {
        k: 0 for k in second.counts if k != "pairs_scored"
    }


def test_a_chunk_that_fails_leaves_the_data_as_it_was_and_the_next_run_succeeds(monkeypatch):
    from claims import reconcile

    _generated_claims()
    before = _snapshot()
    monkeypatch.setattr(reconcile, "CHUNK_CLAIMS", 30)
    real = reconcile.corpus_edges
    calls = []

    def dies_in_the_third_chunk(corpus, lo, hi, *args, **kwargs):
        calls.append(lo)
        if len(calls) == 3:
            raise MemoryError("worker killed")
        return real(corpus, lo, hi, *args, **kwargs)

    monkeypatch.setattr(reconcile, "corpus_edges", dies_in_the_third_chunk)
    failed = reconcile_run()
    assert failed.status == ReconciliationRun.Status.FAILED and "worker killed" in failed.error
    assert _snapshot() == before  # no claim moved, no cluster or suggestion made or removed

    monkeypatch.setattr(reconcile, "corpus_edges", real)
    run = reconcile_run()  # the failed run does not hold the lock
    assert run.status == ReconciliationRun.Status.SUCCEEDED and run.counts["claims_moved"] > 0


def test_the_distributed_run_gives_the_synchronous_result(monkeypatch, settings, tmp_path):
    """The chord path (eager here: the same code a worker runs), chunk tasks and the finish task
    sharing the run's snapshot on disk."""
    from claims import reconcile
    from claims.reconcile import reconcile_dispatch

    settings.KUTIP_RECONCILE_DIR = tmp_path
    claims = _generated_claims(80)
    alone = {c.pk: c.cluster_id for c in claims}
    monkeypatch.setattr(reconcile, "CHUNK_CLAIMS", 20)
    reconcile_run()
    synchronous = _partition()
    for pk, cluster_id in alone.items():
        ClaimCluster.objects.get_or_create(pk=cluster_id)
        Claim.objects.filter(pk=pk).update(cluster_id=cluster_id)
    run = reconcile_dispatch()
    run.refresh_from_db()
    assert run.status == ReconciliationRun.Status.SUCCEEDED, run.error
    assert _partition() == synchronous
    assert not any(tmp_path.iterdir())  # the snapshot is removed after the run


def test_a_distributed_chunk_that_fails_for_good_marks_the_run_failed(monkeypatch, settings, tmp_path):
    from claims import reconcile
    from claims.reconcile import reconcile_dispatch

    settings.KUTIP_RECONCILE_DIR = tmp_path
    _generated_claims(60)
    before = _snapshot()
    monkeypatch.setattr(reconcile, "CHUNK_CLAIMS", 20)

    def dies(*args, **kwargs):
        raise MemoryError("worker killed")

    monkeypatch.setattr(reconcile, "corpus_edges", dies)
    with pytest.raises(MemoryError):  # eager tasks propagate; a worker would run the errback
        reconcile_dispatch()
    from claims.tasks import reconcile_fail_task

    run = ReconciliationRun.objects.get()
    reconcile_fail_task(run.pk)
    run.refresh_from_db()
    assert run.status == ReconciliationRun.Status.FAILED
    assert _snapshot() == before
    assert not any(tmp_path.iterdir())


def test_the_beat_task_runs_everything_in_process_when_tasks_are_eager():
    from claims.tasks import reconcile_task

    ingest_many(CLAIM, CLAIM)
    result = reconcile_task()
    assert result["status"] == ReconciliationRun.Status.SUCCEEDED


def _offers(n_clusters):
    """Claim 0 in a cluster of its own, near one claim of each of `n_clusters` other clusters
    (scores 60, 61, ...), and near a claim of its own cluster (score 70)."""
    import numpy as np

    from claims.matching.clustering import EDGE_SUGGEST, ClusterResult, Edges
    from tests.factories import ClaimClusterFactory, ClaimFactory

    home = ClaimClusterFactory()
    claims = [ClaimFactory(cluster=home), ClaimFactory(cluster=home)]
    claims += [ClaimFactory(cluster=ClaimClusterFactory()) for _ in range(n_clusters)]
    ids = np.array([c.pk for c in claims], dtype=np.int64)
    destination = {i: c.cluster_id for i, c in enumerate(claims)}
    b = np.arange(1, len(claims), dtype=np.int64)
    score = np.array([70.0] + [60.0 + k for k in range(n_clusters)])
    edges = Edges(np.zeros(len(b), dtype=np.int64), b, score, np.full(len(b), EDGE_SUGGEST, dtype=np.int8))
    result = ClusterResult(labels=list(range(len(claims))), suggested=edges)
    return claims, ids, destination, result


def test_a_claim_is_offered_its_best_other_clusters_only():
    import numpy as np

    from claims.models import MatchSuggestion
    from claims.reconcile import SUGGESTIONS_PER_CLAIM, _suggestions_create

    claims, ids, destination, result = _offers(5)
    made = _suggestions_create(ids=ids, destination=destination, result=result,
                               changed=np.ones(len(ids), dtype=bool))
    offered = sorted(MatchSuggestion.objects.filter(claim=claims[0]).values_list("score", flat=True))
    assert made == SUGGESTIONS_PER_CLAIM == 3
    assert offered == [62.0, 63.0, 64.0]  # the best three; never its own cluster (score 70)


def test_pairs_of_claims_that_neither_moved_nor_are_new_are_not_looked_at_again():
    import numpy as np

    from claims.models import MatchSuggestion
    from claims.reconcile import _suggestions_create

    claims, ids, destination, result = _offers(2)
    changed = np.zeros(len(ids), dtype=bool)
    assert _suggestions_create(ids=ids, destination=destination, result=result, changed=changed) == 0
    changed[3] = True  # the claim of the second other cluster is new tonight
    assert _suggestions_create(ids=ids, destination=destination, result=result, changed=changed) == 1
    assert list(MatchSuggestion.objects.values_list("claim_id", "cluster_id")) == [(claims[0].pk, claims[3].cluster_id)]


def test_a_nightly_suggestion_says_which_tier_made_it_and_against_which_claim():
    # one from a stored meaning edge must not read "by wording" on the cluster page
    import numpy as np

    from claims.display import suggestion_joined
    from claims.models import MatchSuggestion, MeaningEdge
    from claims.reconcile import _suggestions_create

    claims, ids, destination, result = _offers(2)  # claims[0] scored 60 against claims[2], 61 against claims[3]
    a, b = sorted((claims[0].pk, claims[3].pk))
    MeaningEdge.objects.create(claim_a_id=a, claim_b_id=b, cosine=0.61, decision=MeaningEdge.Decision.SUGGEST,
                               explanation={"score": 61.0, "decision": "suggest",
                                            "explanation": {"joined_by": "meaning", "semantic": {"cosine": 0.61}}})
    _suggestions_create(ids=ids, destination=destination, result=result, changed=np.ones(len(ids), dtype=bool))

    by_meaning = MatchSuggestion.objects.get(claim=claims[0], cluster_id=claims[3].cluster_id)
    by_wording = MatchSuggestion.objects.get(claim=claims[0], cluster_id=claims[2].cluster_id)
    assert (suggestion_joined(by_meaning).how, suggestion_joined(by_meaning).cosine) == ("meaning", 0.61)
    assert suggestion_joined(by_wording).how == "wording"
    assert by_meaning.explanation["pair"] == claims[3].pk and by_wording.explanation["pair"] == claims[2].pk


def test_a_rebuilt_key_reads_every_mention_of_its_speaker_in_the_article():
    # keys of merged speakers are rebuilt at night: `he said` inherits whom he speaks for
    from claims.pipeline import ingest

    text = ("Ferry toll rises\n\nMAKASSAR - Hendra Wibisono, director general of sea transport at the "
            "Transportation Ministry, said the ship had a valid permit when it left port on Sunday. "
            "The ship's manifest listed 176 passengers and 14 crew members, he said.\n")
    ingest(text.encode(), source_name="a")
    claim = Claim.objects.get(text__contains="manifest listed")
    Claim.objects.filter(pk=claim.pk).update(match_key={})
    reconcile_run()
    claim.refresh_from_db()
    assert "transportation" in claim.match_key["speaker_context"]


def test_a_rebuilt_key_of_a_denied_claim_is_negated():
    # keys emptied by a migration are rebuilt at night with the claim's stance
    from claims.pipeline import ingest

    text = ("Data leak denied\n\nJAKARTA - Kepala Biro Humas BPS Nurhadi Santoso membantah adanya "
            "kebocoran data dari sistem BPS pada Selasa.\n")
    ingest(text.encode(), source_name="a")
    claim = Claim.objects.get(text__contains="kebocoran")
    assert claim.stance == "deny" and claim.match_key["negated"]  # at ingest
    Claim.objects.filter(pk=claim.pk).update(match_key={})
    reconcile_run()
    claim.refresh_from_db()
    assert claim.match_key["negated"] and claim.match_key["negated_words"] == ["*"]
