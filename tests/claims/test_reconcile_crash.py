"""The distributed nightly reconciliation survives a worker killed mid-run (issue #4).

Real `celery -A factcheck worker` processes on PostgreSQL + Redis: a run over a generated corpus
(near-duplicates, hard negatives, speakers that differ only in spacing, manual decisions, a
published review) is cut into several chunks; the worker is SIGKILLed (its whole process group,
as when its container or machine dies) while chunks are in flight, or while the finish writes; a
fresh worker takes over; the run finishes or fails, a second run follows; and the result (the
partition of claims into clusters, cluster stats, speaker merges, suggestions) must equal one
clean run's over an identical copy of the data.

The workers get a settings module of their own: a queue no other worker consumes (the worker of
.ci/run shares the broker), the test database, small chunks, and a short Redis visibility timeout
(a killed worker's unacknowledged tasks come back after it: an hour by default). Runs in .ci/run's
PostgreSQL section; skipped under `make test` (no worker, SQLite).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management.color import no_style
from django.db import OperationalError, connection, transaction

from claims.matching import claim_key
from claims.matching_index import index_add
from claims.models import (
    Claim,
    ClaimCluster,
    MatchDecision,
    MatchSuggestion,
    ReconciliationRun,
    Review,
    Speaker,
    SpeakerAlias,
)
from claims.speakers import normalise_name
from factcheck.celery import app as celery_app
from sources.models import Article, Outlet
from tests.concurrency import run_at_once

REPO = Path(__file__).resolve().parents[2]

# 9 000 generated claims in chunks of 1 500: six chunk tasks of 1-3 s each on a loaded 2-core
# machine, so a kill after the first chunk finds others running or queued, and a finish that
# moves thousands of claims lasts long enough to be killed too.
CLAIMS = 9_000
CHUNK = 1_500
# Seconds before Redis hands a dead worker's unacknowledged tasks to another: longer than a chunk
# (1-4 s here) and shorter than the finish (~20-50 s here), so the finish is delivered a second
# time, as one outliving the timeout in production would be, and the second must write nothing.
VISIBILITY = 12
RUN_TIMEOUT = 240

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def postgres():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (DATABASE_URL), see .ci/run")


@pytest.fixture
def cluster_env(postgres, tmp_path):
    """Settings, environment and log directory for worker processes that only this test feeds."""
    if not settings.CELERY_BROKER_URL.startswith("redis"):
        pytest.skip("needs the Redis broker (CELERY_BROKER_URL), see .ci/run")
    queue = f"kutip-crash-{uuid.uuid4().hex[:8]}"
    module = f"kutip_crash_settings_{uuid.uuid4().hex[:8]}"
    (tmp_path / f"{module}.py").write_text(
        "from factcheck.settings import *  # noqa: F403\n"
        f"DATABASES['default']['NAME'] = {connection.settings_dict['NAME']!r}\n"
        f"CELERY_TASK_DEFAULT_QUEUE = {queue!r}\n"
        # Swept every second, not every 100 s (kombu's interval x throttle), for a quick test.
        "CELERY_BROKER_TRANSPORT_OPTIONS = {"
        f"'visibility_timeout': {VISIBILITY}, 'unacked_restore_interval': 1, 'unacked_restore_throttle': 1}}\n"
        f"KUTIP_RECONCILE_CHUNK = {CHUNK}\n"
        f"KUTIP_RECONCILE_DIR = {str(tmp_path / 'reconcile')!r}\n"
        "KUTIP_MEANING = False\n"
    )
    (tmp_path / "var").mkdir()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": module,
        "PYTHONPATH": os.pathsep.join([str(tmp_path), str(REPO)]),
        "KUTIP_VAR_DIR": str(tmp_path / "var"),
    }
    workers: list[subprocess.Popen] = []
    env_obj = {"env": env, "queue": queue, "logs": tmp_path, "workers": workers}
    yield env_obj
    for worker in workers:
        if worker.poll() is None:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait()


def worker_start(env: dict, name: str) -> subprocess.Popen:
    """`celery -A factcheck worker` in a session of its own, so one killpg takes its pool too."""
    log = open(env["logs"] / f"worker-{name}.log", "wb")  # noqa: SIM115 (the worker outlives this call)
    worker = subprocess.Popen(
        [str(Path(sys.executable).with_name("celery")), "-A", "factcheck", "worker", "--concurrency", "2",
         "--loglevel", "INFO", "--without-heartbeat", "--without-gossip", "--without-mingle",
         "--hostname", f"crash-{name}-{uuid.uuid4().hex[:6]}@%h"],
        cwd=REPO, env=env["env"], stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    env["workers"].append(worker)
    return worker


def worker_kill(worker: subprocess.Popen) -> None:
    os.killpg(worker.pid, signal.SIGKILL)
    worker.wait()


def worker_logs(env: dict) -> str:
    return "\n".join(f"-- {p.name}\n{p.read_text(errors='replace')[-4000:]}" for p in sorted(env["logs"].glob("*.log")))


def run_start(env: dict, after: int) -> ReconciliationRun:
    """The nightly beat task, sent as beat sends it; the run it creates (the first after `after`)."""
    celery_app.send_task("claims.tasks.reconcile_task", queue=env["queue"])
    return wait_for(env, lambda: ReconciliationRun.objects.filter(pk__gt=after).order_by("pk").first(),
                    "the worker did not start a run")


def wait_for(env: dict, probe, message: str, timeout: float = RUN_TIMEOUT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if value := probe():
            return value
        time.sleep(0.2)
    pytest.fail(f"{message} within {timeout:.0f} s\n{worker_logs(env)}")


def run_row_locked(run: ReconciliationRun) -> bool:
    """True while another transaction holds the run's row: once every chunk has recorded its
    progress, only the finish does, from its first read to its commit."""
    try:
        with transaction.atomic():
            list(ReconciliationRun.objects.select_for_update(nowait=True).filter(pk=run.pk))
    except OperationalError:
        return True
    return False


def run_wait(env: dict, run: ReconciliationRun) -> ReconciliationRun:
    def done():
        run.refresh_from_db()
        return run.status != ReconciliationRun.Status.RUNNING

    wait_for(env, done, f"run {run.pk} did not finish")
    return run


# The corpus: built twice, identically, with the same primary keys.


def corpus_build() -> None:
    """CLAIMS generated claims, each alone in its cluster as if online matching had missed every
    repeat, except every 50th that online matching put in its neighbour's cluster by mistake (the
    run splits them: it creates clusters), with match keys and candidate index as ingest leaves
    them. Deterministic, primary
    keys included (it starts from empty tables with their ids restarted)."""
    corpus_wipe()
    sys.path.insert(0, str(REPO / "bench"))
    from bench_matching import generate

    rows, _gen = generate(CLAIMS, seed=11)
    outlets = Outlet.objects.bulk_create(
        [Outlet(name=f"Crash Outlet {n}", slug=f"crash-outlet-{n}", language="id") for n in range(6)]
    )
    # Speakers in order of first appearance; every 20th with a space gets a twin written without
    # spaces (a romanisation that breaks the name elsewhere), created later, so it is merged away.
    names = list(dict.fromkeys(speaker for _t, _l, speaker, _label in rows if speaker))
    speakers = {
        s.name: s
        for s in Speaker.objects.bulk_create([Speaker(name=n, kind=Speaker.Kind.PERSON) for n in names])
    }
    twins = {n: n.replace(" ", "") for n in names[::20] if " " in n}
    speakers.update(
        (s.name, s)
        for s in Speaker.objects.bulk_create([Speaker(name=t, kind=Speaker.Kind.PERSON) for t in twins.values()])
    )
    SpeakerAlias.objects.bulk_create(
        [SpeakerAlias(speaker=s, alias=s.name, normalised=normalise_name(s.name)) for s in speakers.values()]
    )
    base = datetime(2024, 5, 1, tzinfo=UTC)
    articles = Article.objects.bulk_create(
        [
            Article(outlet=outlets[k % len(outlets)], title=f"Crash article {k}", body=f"Crash article {k}",
                    raw=f"Crash article {k}".encode(), content_hash=f"{k:064x}",
                    language="id", published_at=base + timedelta(minutes=7 * k))
            for k in range(CLAIMS // 10)
        ]
    )
    owner = [n - 1 if n % 50 == 1 else n for n in range(len(rows))]
    made = ClaimCluster.objects.bulk_create([ClaimCluster() for _ in sorted(set(owner))])
    clusters = dict(zip(sorted(set(owner)), made, strict=True))
    claims = []
    for n, (text, language, speaker, _label) in enumerate(rows):
        if speaker in twins and n % 2:
            speaker = twins[speaker]
        key = claim_key(text, language=language, speaker=speaker)
        start = (n % 10) * 1000
        claims.append(Claim(article=articles[n // 10], speaker=speakers.get(speaker), text=text, language=language,
                            kind=Claim.Kind.DIRECT, start=start, end=start + len(text), cluster=clusters[owner[n]],
                            match_key=key.to_dict(), seen_at=articles[n // 10].seen_at))
    claims = Claim.objects.bulk_create(claims, batch_size=2000)
    index_add([(c.pk, claim_key(c.text, language=c.language, speaker=c.speaker.name if c.speaker else None))
               for c in claims])
    # Manual decisions the run must obey, and a published verdict that its repeats must flag.
    for a, b in [(0, 1), (100, 2000), (3000, 3001), (5000, 8000)]:
        MatchDecision.objects.create(claim_a=claims[a], claim_b=claims[b], kind=MatchDecision.Kind.MUST_LINK)
    for a, b in [(10, 11), (4000, 4001)]:
        MatchDecision.objects.create(claim_a=claims[a], claim_b=claims[b], kind=MatchDecision.Kind.CANNOT_LINK)
    Review.objects.create(cluster=claims[1].cluster, verdict="false", status=Review.Status.PUBLISHED,
                          published_at=base)


def corpus_wipe() -> None:
    """Empty every table of claims and sources and restart their ids: the rebuilt corpus gets
    the same primary keys, so the two runs can be compared claim by claim."""
    models = [m for label in ("claims", "sources") for m in apps.get_app_config(label).get_models(include_auto_created=True)]
    tables = sorted({m._meta.db_table for m in models})
    connection.ops.execute_sql_flush(
        connection.ops.sql_flush(no_style(), tables, reset_sequences=True, allow_cascade=True)
    )


def outcome() -> dict:
    """What a run leaves, free of cluster ids (a crash may spend ids on clusters it never kept):
    each cluster as the set of its claims, with its stats, and the speaker every claim and every
    merged speaker ends at."""
    members: dict[int | None, list[int]] = {}
    for pk, cluster_id in Claim.objects.values_list("pk", "cluster_id"):
        members.setdefault(cluster_id, []).append(pk)
    group = {cid: tuple(sorted(pks)) for cid, pks in members.items()}
    clusters = {
        group.get(c.pk, ()): (c.claim_count, c.outlet_count, c.origin_count, c.language_count, c.first_seen_at,
                              c.representative_id, c.previously_checked, c.status)
        for c in ClaimCluster.objects.all()
    }
    return {
        "partition": sorted(group.values()),
        "clusters": clusters,
        "orphan_clusters": ClaimCluster.objects.filter(claims__isnull=True).count(),
        "reviews": sorted(group.get(cid, ()) for cid in Review.objects.values_list("cluster_id", flat=True)),
        "speaker_of_claim": dict(Claim.objects.values_list("pk", "speaker__name")),
        "speaker_merged_into": dict(Speaker.objects.values_list("name", "merged_into__name")),
        "suggestions": sorted((c, group.get(k, ()), s) for c, k, s in MatchSuggestion.objects.values_list(
            "claim_id", "cluster_id", "score")),
    }


def grouping(result: dict) -> dict:
    """The part of an outcome that only the finish writes (the speakers are merged before the
    chunks, and stay merged when a run dies later)."""
    return {k: v for k, v in result.items() if not k.startswith("speaker")}


def outcome_diff(got: dict, want: dict) -> str:
    """The parts that differ, with a few of their differing entries."""
    out = []
    for part, value in want.items():
        if got[part] == value:
            continue
        if isinstance(value, dict):
            keys = [k for k in value.keys() | got[part].keys() if value.get(k) != got[part].get(k)]
            examples = [(k, got[part].get(k), value.get(k)) for k in sorted(keys, key=str)[:3]]
            out.append(f"{part}: {len(keys)} differ, e.g. (key, after the crash, clean) {examples}")
        else:
            out.append(f"{part}: {got[part]!r:.300} after the crash, {value!r:.300} clean")
    return "\n".join(out)


_clean: dict = {}


def clean_outcome(env: dict) -> dict:
    """One run without a kill over the corpus, once per session (the corpus is deterministic)."""
    if not _clean:
        corpus_build()
        worker = worker_start(env, "clean")
        run = run_wait(env, run_start(env, after=0))
        assert run.status == ReconciliationRun.Status.SUCCEEDED, run.error
        assert run.counts["chunks"] == run.counts["chunks_done"] == CLAIMS // CHUNK
        assert run.counts["claims_moved"] > 1000 and run.counts["speakers_merged"] > 10
        assert run.counts["clusters_created"] > 10
        _clean.update(outcome())
        worker_kill(worker)
    return _clean


@pytest.mark.worker
@pytest.mark.parametrize("kill_during", ["chunks", "finish"])
def test_a_worker_killed_mid_run_leaves_the_grouping_of_a_clean_run(cluster_env, kill_during):
    env = cluster_env
    clean = clean_outcome(env)
    corpus_build()
    before = outcome()
    assert before["partition"] != clean["partition"]  # else a run that applies nothing would pass

    first = worker_start(env, "first")
    run = run_start(env, after=0)
    chunks = CLAIMS // CHUNK

    def at_kill_point():
        run.refresh_from_db()
        done = run.counts.get("chunks_done", 0)
        if kill_during == "chunks":
            return done >= 1
        return done == chunks and run_row_locked(run)

    wait_for(env, at_kill_point, f"run {run.pk} did not reach its {kill_during}")
    worker_kill(first)
    run.refresh_from_db()
    # The kill must have cut the run, else this test proves nothing: raise CLAIMS if it fails here.
    assert run.status == ReconciliationRun.Status.RUNNING, "the run ended before the kill"
    if kill_during == "chunks":
        assert run.counts["chunks_done"] < chunks, "every chunk was done before the kill"
    # Whatever the dead worker was doing, none of it is half-applied.
    assert grouping(outcome()) == grouping(before)

    worker_start(env, "fresh")
    run = run_wait(env, run)
    assert run.status in {ReconciliationRun.Status.SUCCEEDED, ReconciliationRun.Status.FAILED}
    if run.status == ReconciliationRun.Status.FAILED:
        assert grouping(outcome()) == grouping(before), "a failed run changed the grouping"

    again = run_wait(env, run_start(env, after=run.pk))
    assert again.status == ReconciliationRun.Status.SUCCEEDED, again.error
    got = outcome()
    assert got == clean, outcome_diff(got, clean)
    # The run after the crash found nothing left to do, or did what the crashed one could not.
    assert not list((env["logs"] / "reconcile").glob("run-*")), "a run left its snapshot behind"


def test_two_runs_starting_at_once_take_the_lock_once(postgres, monkeypatch):
    """With no RUNNING row there is nothing for select_for_update to lock: the beat task
    delivered twice, or cron beside beat, must still start one run."""
    from claims.reconcile import reconcile_start

    create = ReconciliationRun.objects.create

    def slow_create(**kwargs):
        time.sleep(0.5)  # the other starter looks for a RUNNING row in this gap
        return create(**kwargs)

    monkeypatch.setattr(ReconciliationRun.objects, "create", slow_create)
    started = run_at_once(reconcile_start)
    assert sorted(run is None for run in started) == [False, True]
    assert ReconciliationRun.objects.filter(status=ReconciliationRun.Status.RUNNING).count() == 1
