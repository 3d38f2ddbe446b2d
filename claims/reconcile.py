"""The nightly reconciliation: re-group every claim, merge speakers, refresh cluster stats, flag
clusters whose published verdict is being repeated. One run at a time, recorded as a
ReconciliationRun. Manual decisions (MatchDecision) are inputs it obeys, never outputs it undoes.

A run is three steps that the synchronous path (`reconcile_run`, the `reconcile` command) and the
distributed one (`reconcile_dispatch`, a Celery chord) share:

    reconcile_start    take the lock (the RUNNING row), merge speakers, snapshot every claim's
                       matching view (claims.matching.Corpus) and cut it into chunks
    reconcile_chunk    the scored 'match'/'suggest' edges of one chunk's claims: reads only the
                       snapshot and a few match keys, writes nothing, so a chunk can be retried
    reconcile_finish   union-find over all edges + manual decisions, then every write in one
                       transaction (claims_regroup_write), stats, flags; the run is SUCCEEDED

Nothing is written to claims or clusters before the finish step, so a run that dies in a chunk
leaves the data as it was; the RUNNING row expires (LOCK_EXPIRY) or is marked FAILED. The speaker
merges and missing match keys of reconcile_prepare are committed before the chunks, each whole
and idempotent: a run that dies later leaves them done, and the next run finds nothing to redo.

Distributed, a worker can die anywhere (tests/claims/test_reconcile_crash.py kills one). A chunk
is redelivered (acks_late) and stores its edges in the run's directory under one name, replaced
atomically, so a chunk that runs twice writes the same file once. The finish reads every chunk's
file or applies nothing, and only the finish that locks a RUNNING run writes: a second delivery,
or the finish of a run that expired meanwhile, changes nothing.
"""

from __future__ import annotations

import dataclasses
import heapq
import io
import json
import logging
import os
import shutil
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
from django.conf import settings
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from . import meaning
from .bulk_writes import rows_update
from .clustering import clusters_refresh_stats
from .matching import ClaimKey, claim_key
from .matching.clustering import ClusterResult, Corpus, Edges, corpus_edges, resolve
from .matching.index import BlockTableBuilder, keys_of
from .matching.normalise import speaker_context
from .matching_index import index_add, index_rebuild_stats
from .models import (
    Claim,
    ClaimBlockKey,
    ClaimCluster,
    MatchDecision,
    MatchSuggestion,
    MeaningEdge,
    ReconciliationRun,
    Review,
    Speaker,
    SpeakerAlias,
)
from .speakers import speaker_merge_into

logger = logging.getLogger(__name__)

# A run that has not finished after this long is taken as crashed, so it cannot block the next night.
LOCK_EXPIRY = timedelta(hours=3)
BATCH = 2000
# A checker reads a claim's few best other clusters; a template-like claim can come near dozens.
SUGGESTIONS_PER_CLAIM = 3
# Claims per chunk task: ~1-2 min of one core at 50 000 (bench/bench_reconcile.py), so a retry
# costs little and 1M claims make 20 tasks for the workers to share. KUTIP_RECONCILE_CHUNK in the
# settings overrides it (the crash test cuts a small corpus into several chunks with it).
CHUNK_CLAIMS = 50_000
# reconcile_start's pg_advisory_xact_lock key: any constant other than clustering.CLUSTER_LOCK_KEY.
RUN_LOCK_KEY = 0x4B55_5449_5052_4E


@dataclass
class RunPlan:
    """What the chunks and the finish step of one run share. `ids[i]` is the claim at position i."""

    run_id: int
    ids: np.ndarray
    corpus: Corpus
    chunks: list[tuple[int, int]]
    since: str | None  # start of the previous successful run (ISO), for the repeat flags


def reconcile_run() -> ReconciliationRun | None:
    """Run once now, every step in this process. Returns None when another run holds the lock."""
    run = reconcile_start()
    if run is None:
        return None
    try:
        plan = reconcile_prepare(run)
        parts = [reconcile_chunk(plan=plan, lo=lo, hi=hi) for lo, hi in plan.chunks]
        reconcile_finish(plan=plan, parts=parts)
    except Exception as exc:
        logger.exception("reconciliation failed")
        reconcile_fail(run_id=run.pk, error=f"{type(exc).__name__}: {exc}")
    run.refresh_from_db()
    return run


def reconcile_start() -> ReconciliationRun | None:
    """Take the lock: create the RUNNING row, or return None while another live run holds it."""
    with transaction.atomic():
        # The lock is the RUNNING row itself. When there is none, select_for_update locks nothing
        # and two starters (the beat task redelivered, cron beside beat) would both create one:
        # on PostgreSQL they queue on an advisory lock until the first commits; SQLite's
        # IMMEDIATE transactions (settings) already serialise them on the write lock.
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [RUN_LOCK_KEY])
        running = ReconciliationRun.objects.select_for_update().filter(status=ReconciliationRun.Status.RUNNING)
        if running.filter(started_at__gt=timezone.now() - LOCK_EXPIRY).exists():
            return None
        running.update(status=ReconciliationRun.Status.FAILED, error="expired: the run did not finish")
        return ReconciliationRun.objects.create()


def reconcile_prepare(run: ReconciliationRun) -> RunPlan:
    """Merge speakers (their claims' keys follow), snapshot every claim, cut the chunks."""
    previous = (
        ReconciliationRun.objects.filter(status=ReconciliationRun.Status.SUCCEEDED).order_by("-started_at").first()
    )
    counts = speakers_merge_matching()
    if meaning.enabled():
        # Before the snapshot: it may move claims, and its edges are read at the finish.
        counts.update(meaning.meaning_catch_up())
    ReconciliationRun.objects.filter(pk=run.pk).update(counts=counts)
    index_rebuild_stats()
    ids, corpus, reread = _load_corpus()
    if meaning.enabled():
        # (after the keys are read again: a decision follows its claims' keys and today's rules)
        counts["meaning_decisions_changed"] = meaning.meaning_rejudge(reread)
        ReconciliationRun.objects.filter(pk=run.pk).update(counts=counts)
    n = len(ids)
    size = getattr(settings, "KUTIP_RECONCILE_CHUNK", CHUNK_CLAIMS)
    chunks = [(lo, min(n, lo + size)) for lo in range(0, n, size)]
    return RunPlan(run.pk, ids, corpus, chunks, previous.started_at.isoformat() if previous else None)


def reconcile_chunk(*, plan: RunPlan, lo: int, hi: int, workers: int = 1) -> Edges:
    """The edges of claims lo..hi-1 of the plan. Reads only; safe to run twice or in parallel."""
    ids = plan.ids

    def load_keys(positions: list[int]) -> list[ClaimKey]:
        pks = [int(ids[p]) for p in positions]
        stored: dict[int, dict] = {}
        for start in range(0, len(pks), BATCH):
            stored.update(Claim.objects.filter(pk__in=pks[start : start + BATCH]).values_list("pk", "match_key"))
        # A claim deleted since the snapshot gets an empty key: it scores nothing new.
        return [ClaimKey.from_dict(stored[pk]) if stored.get(pk) else claim_key("", language=None) for pk in pks]

    # Candidates, budget and window: claims.matching.clustering's NIGHTLY_* values.
    return corpus_edges(plan.corpus, lo, hi, load_keys, workers=workers)


@transaction.atomic
def reconcile_finish(*, plan: RunPlan, parts: list[Edges]) -> ReconciliationRun:
    """Group, write, flag, record: the run SUCCEEDED, in one transaction, so a finish that dies
    half-way leaves nothing of itself. Precondition: `parts` covers every chunk.

    Writes only while the run is RUNNING: a finish delivered twice (its first worker died after
    the commit, or it outlived the broker's visibility timeout) or the late finish of a run that
    expired meanwhile returns the run as it is. The row lock makes a second finish wait for the
    first and then see SUCCEEDED."""
    run = ReconciliationRun.objects.select_for_update().get(pk=plan.run_id)
    if run.status != ReconciliationRun.Status.RUNNING:
        logger.warning("reconciliation run %s is %s: its finish writes nothing", run.pk, run.status)
        return run
    counts = dict(run.counts)
    # Wording edges first: where both tiers scored a pair, concat keeps the wording tier's.
    edges = Edges.concat([*parts, meaning.meaning_edges(plan.ids)])
    counts.update(claims_regroup(plan=plan, edges=edges))
    since = datetime.fromisoformat(plan.since) if plan.since else None
    counts.update(clusters_flag_previously_checked(since=since))
    run.status = ReconciliationRun.Status.SUCCEEDED
    run.counts = counts
    run.finished_at = timezone.now()
    run.duration_seconds = (run.finished_at - run.started_at).total_seconds()
    run.save(update_fields=["status", "counts", "finished_at", "duration_seconds"])
    return run


def reconcile_fail(*, run_id: int, error: str) -> None:
    """Record a failed run (nothing of it was written: see the module docstring)."""
    now = timezone.now()
    run = ReconciliationRun.objects.get(pk=run_id)
    ReconciliationRun.objects.filter(pk=run_id, status=ReconciliationRun.Status.RUNNING).update(
        status=ReconciliationRun.Status.FAILED, error=error[:2000], counts={}, finished_at=now,
        duration_seconds=(now - run.started_at).total_seconds(),
    )


# The distributed path: the plan goes to a directory the workers share (one machine, or a shared
# volume), each chunk task stores its edges there, the chord's callback finishes from the files.


def run_dir(run_id: int) -> Path:
    base = Path(getattr(settings, "KUTIP_RECONCILE_DIR", settings.VAR_DIR / "reconcile"))
    return base / f"run-{run_id}"


def plan_save(plan: RunPlan) -> None:
    directory = run_dir(plan.run_id)
    plan.corpus.save(directory)
    np.save(directory / "ids.npy", plan.ids)
    (directory / "plan.json").write_text(json.dumps({"chunks": plan.chunks, "since": plan.since}))


_plans: dict[int, RunPlan] = {}  # per worker process: the chunks of one run load it once


def plan_load(run_id: int) -> RunPlan:
    if run_id not in _plans:
        directory = run_dir(run_id)
        meta = json.loads((directory / "plan.json").read_text())
        _plans.clear()
        _plans[run_id] = RunPlan(
            run_id, np.load(directory / "ids.npy"), Corpus.load(directory),
            [tuple(c) for c in meta["chunks"]], meta["since"],
        )
    return _plans[run_id]


def plan_remove(run_id: int) -> None:
    _plans.pop(run_id, None)
    shutil.rmtree(run_dir(run_id), ignore_errors=True)


def _edges_path(run_id: int, lo: int, hi: int) -> Path:
    return run_dir(run_id) / f"edges-{lo}-{hi}.npz"


def reconcile_chunk_stored(*, run_id: int, lo: int, hi: int) -> dict:
    """A chunk task's work: the edges of claims lo..hi-1 into the run's directory, then the
    run's progress. Safe to run twice, even at once: a chunk already stored is not scored
    again, and the file appears whole under its name or not at all. A chunk of a run that is no
    longer RUNNING (it failed, or expired) does nothing."""
    if not ReconciliationRun.objects.filter(pk=run_id, status=ReconciliationRun.Status.RUNNING).exists():
        return {"lo": lo, "hi": hi, "skipped": "the run is not running"}
    path = _edges_path(run_id, lo, hi)
    if not path.exists():
        edges = reconcile_chunk(plan=plan_load(run_id), lo=lo, hi=hi)
        buffer = io.BytesIO()
        np.savez(buffer, a=edges.a, b=edges.b, score=edges.score, kind=edges.kind,
                 pairs_scored=np.int64(edges.pairs_scored))
        # A name of its own per process, then one rename: a reader never sees half a file, and
        # two deliveries of the chunk (one from a worker presumed dead) do not write into one.
        partial = path.with_name(f".{path.name}.{os.getpid()}")
        partial.write_bytes(buffer.getvalue())
        os.replace(partial, path)
    _progress_record(run_id)
    return {"lo": lo, "hi": hi}


def _progress_record(run_id: int) -> None:
    """counts["chunks_done"]: the chunks stored so far, counted on disk, so a chunk run twice
    counts once. The row lock orders it with the other chunks' updates and with the finish
    (after which the run is no longer RUNNING and its counts are final)."""
    with transaction.atomic():
        run = (
            ReconciliationRun.objects.select_for_update()
            .filter(pk=run_id, status=ReconciliationRun.Status.RUNNING)
            .first()
        )
        if run is None:
            return
        run.counts = {**run.counts, "chunks_done": len(list(run_dir(run_id).glob("edges-*.npz")))}
        run.save(update_fields=["counts"])


def reconcile_finish_stored(*, run_id: int) -> ReconciliationRun:
    """The chord callback's work: finish from the stored chunks. A chunk missing from the
    directory (lost with a disk, removed by a failed run's errback) raises before anything is
    written: a run is applied whole or not at all."""
    run = ReconciliationRun.objects.get(pk=run_id)
    if run.status != ReconciliationRun.Status.RUNNING:
        # Delivered again after it finished (the plan is gone), or the run failed or expired.
        return run
    plan = plan_load(run_id)
    parts = []
    for lo, hi in plan.chunks:
        path = _edges_path(run_id, lo, hi)
        if not path.exists():
            raise FileNotFoundError(f"chunk {lo}-{hi} of run {run_id} has no stored edges")
        with np.load(path) as f:
            parts.append(Edges(f["a"], f["b"], f["score"], f["kind"], int(f["pairs_scored"])))
    return reconcile_finish(plan=plan, parts=parts)


def reconcile_dispatch() -> ReconciliationRun | None:
    """Start a run whose chunks Celery workers share: chord(chunk tasks) -> finish task. Returns
    the RUNNING run (None when another holds the lock); the finish task or, when a chunk fails
    for good, the error callback records the outcome."""
    from .tasks import reconcile_chunk_task, reconcile_fail_task, reconcile_finish_task

    run = reconcile_start()
    if run is None:
        return None
    try:
        plan = reconcile_prepare(run)
        plan_save(plan)
        run.refresh_from_db(fields=["counts"])
        run.counts = {**run.counts, "chunks": len(plan.chunks), "chunks_done": 0}
        run.save(update_fields=["counts"])
    except Exception as exc:
        logger.exception("reconciliation failed")
        plan_remove(run.pk)
        reconcile_fail(run_id=run.pk, error=f"{type(exc).__name__}: {exc}")
        run.refresh_from_db()
        return run
    from celery import chord

    body = reconcile_finish_task.s(run.pk).on_error(reconcile_fail_task.si(run.pk))
    chord([reconcile_chunk_task.s(run.pk, lo, hi) for lo, hi in plan.chunks], body).delay()
    return run


def _compact(normalised: str) -> str:
    # "shin won sik" and "shin wonsik": romanisations differ in where they break a name.
    return normalised.replace(" ", "")


@transaction.atomic
def speakers_merge_matching() -> dict:
    """Merge speakers whose names or aliases are the same once spaces and hyphens are dropped;
    the oldest speaker survives."""
    keys: dict[str, set[int]] = defaultdict(set)
    for speaker_id, normalised in SpeakerAlias.objects.filter(speaker__merged_into__isnull=True).values_list(
        "speaker_id", "normalised"
    ):
        keys[_compact(normalised)].add(speaker_id)
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for ids in keys.values():
        first, *rest = sorted(ids)
        for other in rest:
            a, b = sorted((find(first), find(other)))
            if a != b:
                parent[b] = a
    merged = 0
    if parent:
        speakers = Speaker.objects.in_bulk(set(parent) | {find(x) for x in parent})
        for source_id in sorted(parent):
            target_id = find(source_id)
            if source_id != target_id:
                speaker_merge_into(source=speakers[source_id], target=speakers[target_id])
                merged += 1
        # Claims of merged speakers now carry another speaker: their match keys must follow.
        Claim.objects.filter(speaker_id__in=[find(x) for x in parent]).update(match_key={})
    return {"speakers_merged": merged}


def _load_corpus() -> tuple[np.ndarray, Corpus, list[int]]:
    """Every claim's matching view from its stored match key, in pk (= ingest) order; keys that
    are missing (new claims of merged speakers, keys a migration emptied) are built, stored and
    filed first, and their claims returned. No ClaimKey is kept: a million of them would not fit
    a worker; the chunks load the few they need."""
    ids, texts, tokens, missing = [], [], [], []
    table = BlockTableBuilder()
    rows = Claim.objects.order_by("pk").values_list("pk", "match_key", "text", "language", "speaker__name",
                                                    "article_id", "speaker_id", "stance")
    for pk, match_key, text, language, speaker, article_id, speaker_id, stance in rows.iterator(chunk_size=BATCH):
        if not match_key:
            key = claim_key(text, language=language or None, speaker=speaker, stance=stance)
            missing.append((pk, key, article_id, speaker_id))
            match_key = {"text": key.text, "tokens": key.tokens, "content": sorted(key.content)}
        ids.append(pk)
        texts.append(match_key["text"])
        tokens.append(len(match_key["tokens"]))
        table.add(keys_of(match_key["tokens"], match_key["content"]))
    if missing:
        missing = _with_speaker_context(missing)
        with transaction.atomic():
            for start in range(0, len(missing), BATCH):
                chunk = missing[start : start + BATCH]
                Claim.objects.bulk_update(
                    [Claim(pk=pk, match_key=key.to_dict()) for pk, key in chunk], ["match_key"], batch_size=BATCH
                )
                ClaimBlockKey.objects.filter(claim_id__in=[pk for pk, _ in chunk]).delete()
                index_add(chunk)
    return np.asarray(ids, dtype=np.int64), Corpus(texts, np.asarray(tokens, np.int32), table.build()), \
        [pk for pk, *_ in missing]


def _with_speaker_context(missing: list[tuple]) -> list[tuple[int, ClaimKey]]:
    """The rebuilt keys with what every mention of their speaker in their article says
    (`clustering.claims_assign_clusters` does the same at ingest: `he said` names nothing)."""
    mentions: dict[tuple[int, int], list[str]] = defaultdict(list)
    articles = sorted({article_id for _, _, article_id, speaker_id in missing if speaker_id})
    for start in range(0, len(articles), BATCH):
        rows = (Claim.objects.filter(article_id__in=articles[start : start + BATCH], speaker__isnull=False)
                .exclude(speaker_mention="").values_list("article_id", "speaker_id", "speaker_mention"))
        for article_id, speaker_id, mention in rows:
            mentions[(article_id, speaker_id)].append(mention)
    return [
        (pk, dataclasses.replace(key, speaker_context=speaker_context(
            " ; ".join(mentions.get((article_id, speaker_id), ())), key.speaker)))
        for pk, key, article_id, speaker_id in missing
    ]


def claims_regroup(*, plan: RunPlan, edges: Edges) -> dict:
    """Group the snapshot's claims from the edges and move only the claims whose group changed.
    Clusters keep their ids where they keep most of their claims, so links and reviews stay put.
    Cluster ids and manual decisions are read now, not at the snapshot: a checker's decision
    taken during the run counts."""
    ids = plan.ids
    position = {pk: i for i, pk in enumerate(ids.tolist())}
    current: list[int | None] = [None] * len(ids)
    alive = np.zeros(len(ids), dtype=bool)
    if len(ids):
        rows = Claim.objects.filter(pk__lte=int(ids[-1])).order_by("pk").values_list("pk", "cluster_id")
        for pk, cluster_id in rows.iterator(chunk_size=BATCH * 5):
            i = position.get(pk)
            if i is not None:
                current[i] = cluster_id
                alive[i] = True
    must, cannot = [], []
    for a, b, kind in MatchDecision.objects.values_list("claim_a_id", "claim_b_id", "kind"):
        if a in position and b in position:
            (must if kind == MatchDecision.Kind.MUST_LINK else cannot).append((position[a], position[b]))
    result = resolve(len(ids), edges, must, cannot, guard=meaning.languages_agree(ids))
    fresh_from = None
    if plan.since is not None:
        # Claims ingested since the previous successful run: their suggestions are new tonight.
        first = Claim.objects.filter(created_at__gt=datetime.fromisoformat(plan.since)).order_by("pk").first()
        fresh_from = first.pk if first is not None else int(ids[-1]) + 1 if len(ids) else 0
    return claims_regroup_write(ids=ids, current=current, alive=alive, result=result, fresh_from=fresh_from)


def claims_regroup_write(*, ids: np.ndarray, current: list[int | None], alive: np.ndarray,
                         result: ClusterResult, fresh_from: int | None = None) -> dict:
    """Every write of the regrouping, in one transaction. `current[i]` is the cluster of claim
    ids[i] now; claims not `alive` (deleted during the run) are left out. `fresh_from`: the
    first claim id ingested since the previous successful run (None: every claim is new)."""
    position = {pk: i for i, pk in enumerate(ids.tolist())}
    members: dict[int, list[int]] = defaultdict(list)
    for i, label in enumerate(result.labels):
        if alive[i]:
            members[label].append(i)
    reviewed = set(Review.objects.values_list("cluster_id", flat=True))
    # Biggest groups choose first; a group takes the existing cluster most of its claims are in,
    # preferring a reviewed one, so a checker's work never moves to a new id.
    target: dict[int, int | None] = {}
    taken: set[int] = set()
    for label in sorted(members, key=lambda lb: (-len(members[lb]), members[lb][0])):
        votes = Counter(current[i] for i in members[label] if current[i] is not None)
        ranked = sorted(votes, key=lambda c: (c not in reviewed, -votes[c], c))
        target[label] = next((c for c in ranked if c not in taken), None)
        if target[label] is not None:
            taken.add(target[label])

    with transaction.atomic():
        new_labels = [label for label in members if target[label] is None]
        if connection.features.can_return_rows_from_bulk_insert:  # PostgreSQL, SQLite >= 3.35
            fresh = ClaimCluster.objects.bulk_create([ClaimCluster() for _ in new_labels], batch_size=BATCH)
        else:
            fresh = [ClaimCluster.objects.create() for _ in new_labels]
        for label, cluster in zip(new_labels, fresh, strict=True):
            target[label] = cluster.pk
        created = len(new_labels)
        moves = [(target[label], int(ids[i])) for label, positions in members.items() for i in positions
                 if current[i] != target[label]]
        touched = {cluster_id for cluster_id, _pk in moves}
        touched.update(current[position[pk]] for _c, pk in moves if current[position[pk]] is not None)
        rows_update(Claim, ["cluster"], moves)
        moved = len(moves)
        destination = {i: target[label] for label, positions in members.items() for i in positions}
        emptied = ClaimCluster.objects.filter(pk__in=touched, claims__isnull=True)
        for review in Review.objects.filter(cluster__in=emptied):
            # Its claims went elsewhere (into another reviewed cluster); so does the fact-check.
            went = Counter(destination[i] for i, c in enumerate(current) if c == review.cluster_id and i in destination)
            if went:
                Review.objects.filter(pk=review.pk).update(cluster_id=went.most_common(1)[0][0])
        removed, _ = ClaimCluster.objects.filter(pk__in=touched, claims__isnull=True, reviews__isnull=True).delete()
        clusters_refresh_stats(touched)
        # Suggestions between two claims that neither moved nor are new were made by an earlier
        # run (or decided by a checker): only the others are looked at again.
        changed = ids >= fresh_from if fresh_from is not None else np.ones(len(ids), dtype=bool)
        for i, cluster_id in destination.items():
            changed[i] |= current[i] != cluster_id
        suggestions = _suggestions_create(ids=ids, destination=destination, result=result, changed=changed)
    return {
        "claims_moved": moved,
        "clusters_created": created,
        "clusters_removed": removed,
        "suggestions_created": suggestions,
        "pairs_scored": result.pairs_scored,
        "manual_decisions_rejected": len(result.rejected_must_links),
    }


def _meaning_explanations(pairs: list[tuple[int, int]]) -> dict[tuple[int, int], tuple[float, dict]]:
    """The stored meaning edges between the given claim pairs: (lower id, higher id) -> (cosine,
    the edge's explanation), one query."""
    wanted = {(min(a, b), max(a, b)) for a, b in pairs}
    if not wanted:
        return {}
    rows = MeaningEdge.objects.filter(claim_a_id__in={a for a, _ in wanted}, claim_b_id__in={b for _, b in wanted})
    return {(a, b): (cos, explanation) for a, b, cos, explanation
            in rows.values_list("claim_a_id", "claim_b_id", "cosine", "explanation") if (a, b) in wanted}


def _suggestion_explanation(score: float, claim: int, partner: int, by_meaning: dict) -> dict:
    """Why the nightly run suggests the claim: the tier whose edge to `partner` (a claim of the
    cluster) gave the best score, the meaning edge's own explanation when it was that one."""
    edge = by_meaning.get((min(claim, partner), max(claim, partner)))
    if edge is not None and abs(round(100.0 * edge[0], 2) - score) < 0.005 and edge[1]:
        return {**edge[1], "score": score, "decision": "suggest", "pair": partner}
    return {"score": score, "decision": "suggest", "pair": partner, "explanation": {"joined_by": "wording"}}


def _suggestions_create(*, ids: np.ndarray, destination: dict[int, int], result: ClusterResult,
                        changed: np.ndarray) -> int:
    """A MatchSuggestion per (claim, other cluster) not suggested before, for the pairs that
    touch a `changed` claim, at most SUGGESTIONS_PER_CLAIM clusters a claim (its best), in bulk
    (millions of suggest pairs at archive scale). Precondition: inside the transaction."""
    s = result.suggested
    if s is None or not len(s):
        return 0
    keep = changed[s.a] | changed[s.b]
    # claim -> cluster -> (best score, the claim of that cluster it was scored against)
    best: dict[int, dict[int, tuple[float, int]]] = defaultdict(dict)
    for a, b, score in zip(s.a[keep].tolist(), s.b[keep].tolist(), s.score[keep].tolist(), strict=True):
        if a in destination and b in destination and destination[a] != destination[b]:
            offers = best[int(ids[a])]
            cluster_id = destination[b]
            if cluster_id not in offers or score > offers[cluster_id][0]:
                offers[cluster_id] = (score, int(ids[b]))
    wanted: dict[tuple[int, int], tuple[float, int]] = {}
    for claim_id, offers in best.items():
        for cluster_id in heapq.nlargest(SUGGESTIONS_PER_CLAIM, offers, key=lambda c: (offers[c][0], -c)):
            wanted[(claim_id, cluster_id)] = offers[cluster_id]
    made = 0
    pairs = list(wanted.items())
    for start in range(0, len(pairs), BATCH):
        batch = pairs[start : start + BATCH]
        existing = set(
            MatchSuggestion.objects.filter(claim_id__in={c for (c, _), _s in batch}).values_list("claim_id", "cluster_id")
        )
        fresh = [((c, k), offer) for (c, k), offer in batch if (c, k) not in existing]
        by_meaning = _meaning_explanations([(c, partner) for (c, _k), (_s, partner) in fresh])
        new = [
            MatchSuggestion(claim_id=c, cluster_id=k, score=score,
                            explanation=_suggestion_explanation(score, c, partner, by_meaning))
            for (c, k), (score, partner) in fresh
        ]
        MatchSuggestion.objects.bulk_create(new, batch_size=BATCH, ignore_conflicts=True)
        made += len(new)
    return made


@transaction.atomic
def clusters_flag_previously_checked(*, since) -> dict:
    """A claim that arrives after its cluster's verdict was published is a repeat of a checked
    claim: flag the cluster so the inbox and the API show it."""
    repeats = Claim.objects.filter(
        cluster__reviews__status=Review.Status.PUBLISHED, created_at__gt=F("cluster__reviews__published_at")
    )
    if since is not None:
        repeats = repeats.filter(created_at__gt=since)
    flagged = ClaimCluster.objects.filter(pk__in=repeats.values("cluster_id"), previously_checked=False).update(
        previously_checked=True
    )
    return {"clusters_flagged_previously_checked": flagged}
