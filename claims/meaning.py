"""The meaning tier in the database: embed claims, keep their vectors searchable, file what they
match by meaning (translations, paraphrases).

The model and the arithmetic are claims.matching.semantic's (pure). Here:

- `embed_ahead` starts embedding an article's claims on a thread while the ingest stores them and
  the wording tier matches them; `claims_store_vectors` stores those vectors once the ingest has
  committed. `claims_embed` stores a vector for each claim that still has none (embedding
  switched off at ingest, or failed there) in the Celery task that follows the ingest
  (`tasks.meaning_task`) and in the nightly catch-up.
- `vector_store()` is this process's copy of every stored vector, refreshed incrementally, for
  searching (a scan of int8 rows; see `semantic.similar` for its cost).
- `claims_match_by_meaning` searches a batch of claims, combines each close pair with the
  wording tier's comparison (speaker check and safeguards included), stores the pairs the
  meaning tier decides as MeaningEdges, and files each claim: a claim that started a cluster of
  its own joins the cluster it means the same as (`match_explanation["joined"] = "meaning"`),
  otherwise a suggestion is recorded for a checker. Merging two clusters of several claims is
  left to the nightly regrouping, which reads the stored 'match' edges (claims.reconcile).
- `meaning_catch_up` is the nightly part: embed what the worker missed, search what was never
  searched.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import defaultdict
from collections.abc import Iterable
from concurrent.futures import Future

import numpy as np
from django.conf import settings
from django.db import connection, transaction
from django.db.models import Count, Q

from .clustering import CLUSTER_LOCK_KEY, clusters_add_claims
from .matching import ClaimKey, MatchResult, semantic
from .matching import thresholds as th
from .matching.clustering import EDGE_MATCH, EDGE_MATCH_GUARDED, EDGE_SUGGEST, Edges
from .matching.index import word_key
from .matching.scoring import MATCH, compare
from .matching_index import doc_freqs
from .models import (
    Claim,
    ClaimCluster,
    ClaimEmbedding,
    MatchDecision,
    MatchSuggestion,
    MeaningEdge,
    Review,
)

logger = logging.getLogger(__name__)

# Neighbours read per claim. Pairs of one article, of the claim's own cluster and 'none' pairs
# are dropped after the search, so this is more than the few a claim ends up with.
NEIGHBOURS = 20
# The members of a group the guard of a corroborated match reads (`languages_agree`): enough for
# the clusters a night makes; a big cluster's first members stand for it.
GUARD_MEMBERS = 200
# Stored meaning edges decided again per step (`meaning_rejudge`).
REJUDGE_BATCH = 2000
# Claims embedded (and searched) per step: one matrix product per batch, bounded memory.
BATCH = 256
# How often a process re-counts the stored vectors, to drop the rows of deleted claims (see
# VectorStore). A count reads every row (~170 ms at 1M on SQLite): not on every task.
RECOUNT_SECONDS = 600.0
# Ids a refresh skipped between the rows it read: on PostgreSQL a transaction can commit its rows
# after a later one did. They are looked for again on each refresh, for this long (a sequence
# never reuses an id, so those of a rolled-back insert never come), if they are among the
# LATE_IDS ids below the newest.
LATE_SECONDS = 120.0
LATE_IDS = 4096
# Queries from which one batched scan (semantic.similar_many: dequantise, one matrix product)
# beats a scan per query over int8 rows: at 100k rows a batch of 10 cost 41 ms a query, of 256
# 4 ms, against 18 ms for one query alone (bench/bench_semantic.py).
SCAN_BATCH = 64
# Threads of an online search through the IVF index (an article's claims, after its ingest): at
# 1M claims on the 2-core dev machine, articles of 8, 4.2 -> 2.7 ms a claim with two. The
# nightly run searches with one.
SEARCH_THREADS = min(2, os.cpu_count() or 1)
# From this many stored vectors on, a search goes through an IVF index instead of reading every
# vector (semantic.IvfIndex): the exact scan costs ~18 ms a query at 100k and ~190 ms at 1M.
IVF_MIN_ROWS = 50_000


def enabled() -> bool:
    """Whether the meaning tier runs here: switched on (KUTIP_MEANING) and the model loads."""
    return bool(settings.KUTIP_MEANING) and semantic.available()


def meaning_schedule(article, only=None) -> None:
    """Embed and match the article's claims (of the ids `only`, if given) in a Celery task once
    the current transaction commits.

    `robust`: a broker that is down must not fail an ingest that has committed; the nightly
    catch-up embeds what was missed."""
    if not settings.KUTIP_MEANING:
        return
    mine = Claim.objects.filter(article=article) if only is None else Claim.objects.filter(article=article, pk__in=list(only))
    ids = list(mine.values_list("pk", flat=True))
    if not ids:
        return
    from .tasks import meaning_task

    transaction.on_commit(lambda: meaning_task.delay(ids), robust=True)


# ---- vectors -------------------------------------------------------------------------------


# Engine threads of the embedding at ingest: the ingest's own thread (the store, the wording
# tier) keeps a core. With the two-thread engine, three busy threads on the 2-core dev machine
# slowed both (docs/benchmarks.md, "Embedding at ingest": articles of 8 at 1M claims, both tiers
# per claim p50 / p95 30.0 / 37.8 ms, against 22.2 / 30.5 with one thread).
AT_INGEST_THREADS = 1


def embed_ahead(texts: Iterable[str]) -> Future | None:
    """Start embedding an article's claim texts on this process's embedding thread; the future
    gives {text: stored vector bytes}.

    The ingest calls it once the texts are extracted, so the vectors are computed while it
    stores the claims and the wording tier matches them: onnxruntime runs without the GIL, and
    on the 2-core dev machine the two overlap (docs/benchmarks.md, "Embedding at ingest").
    None when the meaning tier or embedding at ingest is switched off (KUTIP_MEANING,
    KUTIP_EMBED_AT_INGEST): the worker's task embeds then."""
    if not (settings.KUTIP_MEANING and settings.KUTIP_EMBED_AT_INGEST):
        return None
    unique = sorted(set(texts))
    if not unique:
        return None
    # One thread: the engine runs one batch at a time anyway (semantic.embed).
    return semantic.thread_pool("kutip-embed", 1).submit(_embed_to_bytes, unique)


def _embed_to_bytes(texts: list[str]) -> dict[str, bytes]:
    embedded = semantic.quantize(semantic.embed(texts, threads=AT_INGEST_THREADS))
    return {text: embedded.to_bytes(i) for i, text in enumerate(texts)}


def claims_store_vectors(article, ahead: Future | None) -> list[int]:
    """Store the vectors `embed_ahead` computed for the article's claims, after the ingest has
    committed (so its transaction never waits for the model); the ids stored.

    Whatever went wrong on the thread (no model here, a runtime error) is logged and leaves the
    claims without vectors, for the worker's `claims_embed`: the article is stored either way."""
    if ahead is None:
        return []
    try:
        vector_of = ahead.result()
    except Exception:  # an optional head start must never fail an ingest that has committed
        logger.exception("embedding at ingest failed for article %s: the worker embeds its claims", article.pk)
        return []
    rows = [row for row in Claim.objects.filter(article=article).values_list("pk", "text", "cluster_id")
            if row[1] in vector_of]
    # A copy of a stored claim keeps its original's bytes, as the worker's path gives it.
    vector_of = {**vector_of, **_stored_copies(rows)}
    ClaimEmbedding.objects.bulk_create(
        [ClaimEmbedding(claim_id=pk, vector=vector_of[text], model=semantic.MODEL) for pk, text, _ in rows],
        ignore_conflicts=True,  # the worker may have embedded one first
    )
    return [pk for pk, _, _ in rows]


def claims_embed(claim_ids: Iterable[int]) -> list[int]:
    """Store a vector for each of the claims that has none of the current model; the ids given one.

    A text is embedded once per call however many claims repeat it, and not at all when a claim
    of the same cluster already has its vector (`_stored_copies`). Safe to run twice or
    concurrently for the same claims (the second insert is ignored)."""
    ids = sorted(set(claim_ids))
    done: list[int] = []
    for start in range(0, len(ids), BATCH):
        part = ids[start:start + BATCH]
        have = set(
            ClaimEmbedding.objects.filter(claim_id__in=part, model=semantic.MODEL).values_list("claim_id", flat=True)
        )
        rows = list(Claim.objects.filter(pk__in=part).exclude(pk__in=have).values_list("pk", "text", "cluster_id"))
        if not rows:
            continue
        vector_of = _stored_copies(rows)
        fresh = sorted({text for _, text, _ in rows} - vector_of.keys())
        if fresh:
            embedded = semantic.quantize(semantic.embed(fresh))
            vector_of.update((text, embedded.to_bytes(i)) for i, text in enumerate(fresh))
        pks = [pk for pk, _, _ in rows]
        with transaction.atomic():
            # A vector of an older model is not comparable with the new ones: replace it.
            ClaimEmbedding.objects.filter(claim_id__in=pks).exclude(model=semantic.MODEL).delete()
            ClaimEmbedding.objects.bulk_create(
                [ClaimEmbedding(claim_id=pk, vector=vector_of[text], model=semantic.MODEL) for pk, text, _ in rows],
                ignore_conflicts=True,
            )
        done += pks
    return done


def _stored_copies(rows: list[tuple[int, str, int | None]]) -> dict[str, bytes]:
    """Vectors already stored for the very texts of `rows` (pk, text, cluster id) in their clusters.

    A republished wire story repeats its claims word for word, and the wording tier has put each
    copy in its original's cluster by then: the copy takes the original's vector (the same text
    gives the same bytes, batched or alone), in the worker instead of the ~10-20 ms of embedding
    it (at ingest it was embedded beside the wording tier, before its cluster was known). Copies
    filed elsewhere (by another speaker) are embedded, which costs time, not correctness."""
    clusters = {cluster for _, _, cluster in rows if cluster is not None}
    if not clusters:
        return {}
    stored = ClaimEmbedding.objects.filter(
        model=semantic.MODEL, claim__cluster_id__in=clusters, claim__text__in={text for _, text, _ in rows},
    )
    return {text: bytes(vector) for text, vector in stored.values_list("claim__text", "vector")}


class VectorStore:
    """Every stored vector of the current model, in this process, in the order they were stored.

    A refresh reads only the rows stored since the last one (by embedding id), into buffers that
    grow by doubling, so keeping up with new claims costs what they cost. From IVF_MIN_ROWS on,
    searches go through an IVF index (trained here on first use and again when the rows have
    doubled; new rows are filed as they come). The index keeps its own copy of every row it
    files, so the store then keeps only the rows not filed yet (positions `base`..n-1; 388 MB
    less per process at 1M claims) and rebuilds the whole matrix from the index to retrain.
    On PostgreSQL two transactions can commit their ids out of order: the ids a refresh skips
    are read again on the next refreshes (`_late`), so a row committed late is not missed.
    Claims get deleted: every RECOUNT_SECONDS, and on `refresh(recount=True)` (the nightly
    run), the stored count is compared and, if it differs, the copy is reloaded. Positions of
    deleted claims may linger until then; callers look the claims up anyway.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        self.n = 0
        self.base = 0  # rows before it are held by the index only
        self.last_id = 0
        self.claim_ids = np.zeros(0, dtype=np.int64)
        self.codes = np.zeros((0, semantic.DIM), dtype=np.int8)
        self.scales = np.zeros(0, dtype=np.float32)
        self.counted_at = time.monotonic()  # a reset reads every row: a count is not due
        self._late: dict[int, float] = {}  # id skipped -> when
        self.index: semantic.IvfIndex | None = None
        self.indexed = 0
        self._training: threading.Thread | None = getattr(self, "_training", None)
        # Positions change on a reset: an index trained before one must not be installed after.
        self.generation = getattr(self, "generation", 0) + 1

    def _append(self, rows: list[tuple[int, int, bytes]]) -> None:
        need = self.n + len(rows)
        if need > len(self.claim_ids):
            self.claim_ids = np.resize(self.claim_ids, max(need, 2 * len(self.claim_ids), 1024))
        held, grown = self.n - self.base, need - self.base
        if grown > len(self.scales):
            self._hold(max(grown, 2 * len(self.scales), 1024))
        q = semantic.Quantized.from_bytes([bytes(v) for _, _, v in rows])
        self.codes[held:grown] = q.codes
        self.scales[held:grown] = q.scales
        self.claim_ids[self.n:need] = [claim_id for _, claim_id, _ in rows]
        self.n = need
        self.last_id = max(self.last_id, rows[-1][0])  # late rows come after higher ids

    def _hold(self, capacity: int) -> None:
        """Buffers of `capacity` rows holding the rows base..n-1 at their start."""
        held = self.n - self.base
        codes = np.zeros((capacity, semantic.DIM), dtype=np.int8)
        scales = np.zeros(capacity, dtype=np.float32)
        codes[:held] = self.codes[:held]
        scales[:held] = self.scales[:held]
        self.codes, self.scales = codes, scales

    def _shed(self) -> None:
        """Drop the rows the index has filed (all of them, after an add): it holds them."""
        self.base = self.indexed
        self._hold(1024)

    def refresh(self, *, recount: bool = False, wait: bool = False) -> None:
        """Read the vectors stored since the last refresh. `wait`: (re)train the IVF index now
        if it is due, rather than in a background thread (workers and the nightly job)."""
        with self._lock:
            stored = ClaimEmbedding.objects.filter(model=semantic.MODEL)
            now = time.monotonic()
            if recount or now - self.counted_at > RECOUNT_SECONDS:
                self.counted_at = now
                if stored.filter(pk__lte=self.last_id).count() != self.n:
                    self.reset()
            self._read_late(stored, now)
            rows = stored.filter(pk__gt=self.last_id).order_by("pk").values_list("pk", "claim_id", "vector")
            batch: list[tuple[int, int, bytes]] = []
            expected = self.last_id + 1
            for row in rows.iterator(chunk_size=2000):
                if row[0] > expected:
                    self._late.update(dict.fromkeys(range(max(expected, row[0] - LATE_IDS), row[0]), now))
                    if len(self._late) > 2 * LATE_IDS:  # a first read over years of deleted rows
                        self._late = {pk: t for pk, t in self._late.items() if pk > row[0] - LATE_IDS}
                expected = row[0] + 1
                batch.append(row)
                if len(batch) == 2000:
                    self._append(batch)
                    batch = []
            if batch:
                self._append(batch)
            # In-flight inserts hold ids just below the newest: older gaps are deleted rows.
            self._late = {pk: since for pk, since in self._late.items() if pk > self.last_id - LATE_IDS}
            self._index_refresh(wait=wait)

    def _read_late(self, stored, now: float) -> None:
        """Append the rows of skipped ids that have been committed since; forget the old ones."""
        self._late = {pk: since for pk, since in self._late.items() if now - since <= LATE_SECONDS}
        wanted = sorted(self._late)
        for start in range(0, len(wanted), 900):  # SQLite's bound on query parameters
            rows = list(stored.filter(pk__in=wanted[start:start + 900]).order_by("pk")
                        .values_list("pk", "claim_id", "vector"))
            if rows:
                self._append(rows)
                for pk, _, _ in rows:
                    del self._late[pk]

    def _held(self) -> semantic.Quantized:
        """The rows base..n-1 (row j is position base + j)."""
        held = self.n - self.base
        return semantic.Quantized(codes=self.codes[:held], scales=self.scales[:held])

    def _matrix(self) -> semantic.Quantized:
        """Every row, in position order; rebuilt from the index when the store has shed rows."""
        if not self.base:
            return self._held()
        return semantic.Quantized.concat([self.index.filed_rows(self.base), self._held()])

    def _index_refresh(self, *, wait: bool) -> None:
        if self.n < IVF_MIN_ROWS:
            if self.base:  # IVF_MIN_ROWS raised in a running process: hold every row again
                whole = self._matrix()
                self.codes, self.scales, self.base = whole.codes, whole.scales, 0
            self.index = None
        elif self.index is not None and not self.index.stale(self.n):
            if self.indexed < self.n:
                self.index.add(self._held(), self.indexed, offset=self.base)
                self.indexed = self.n
                self._shed()
        elif wait:
            self._install(semantic.IvfIndex.train(self._matrix()), self.n)
        elif self._training is None:
            # Training takes seconds at 100k rows and about a minute at 1M: a web process does
            # it off the request path and answers by the exact scan (or the old index) meanwhile.
            snapshot = self._matrix()
            self._training = threading.Thread(
                target=self._train_behind, args=(snapshot, self.generation), daemon=True)
            self._training.start()

    def _train_behind(self, snapshot: semantic.Quantized, generation: int) -> None:
        try:
            index = semantic.IvfIndex.train(snapshot)
            with self._lock:
                if self.generation == generation:
                    self._install(index, len(snapshot))
        finally:
            self._training = None

    def _install(self, index: semantic.IvfIndex, filed: int) -> None:
        """Precondition: the lock is held; `index` files rows 0..filed-1, and the store holds
        every row from `filed` on (it sheds only rows its current index has filed, and while
        the new one trains the stale index files nothing)."""
        if filed < self.base:  # a newer index was installed meanwhile (a waiting refresh)
            return
        if filed < self.n:
            index.add(self._held(), filed, offset=self.base)
        self.index = index
        self.indexed = self.n
        self._shed()

    def search(self, vectors: np.ndarray, *, k: int = NEIGHBOURS, threads: int = 1) -> list[list[tuple[int, float]]]:
        """For each query vector, up to `k` (claim id, cosine) at or above the search floor;
        `threads` for the IVF index's search."""
        with self._lock:
            ids = self.claim_ids[:self.n]
            if self.index is not None:
                found = self.index.search(vectors, k, min_cosine=semantic.SEARCH_FLOOR, threads=threads)
            else:
                matrix = self._held()  # no index: base is 0, every row is held
                if len(np.atleast_2d(vectors)) < SCAN_BATCH:
                    found = [semantic.similar(v, matrix, k, min_cosine=semantic.SEARCH_FLOOR)
                             for v in np.atleast_2d(vectors)]
                else:
                    found = semantic.similar_many(vectors, matrix, k, min_cosine=semantic.SEARCH_FLOOR)
            return [[(int(ids[p]), float(c)) for p, c in zip(pos, cos, strict=True)] for pos, cos in found]


_store = VectorStore()


def vector_store() -> VectorStore:
    return _store


# ---- matching ------------------------------------------------------------------------------


def meaning_neighbours(key: ClaimKey, vector: np.ndarray, *, k: int = NEIGHBOURS) -> list[tuple[int, int, MatchResult]]:
    """Stored claims the meaning tier finds the same as (or close to) `key`: (claim id, cluster
    id, combined result), strongest first. For the match API and the search box."""
    store = vector_store()
    store.refresh()
    found = store.search(np.atleast_2d(vector), k=k)[0]
    rows = _claim_rows([cid for cid, _ in found])
    usable = {cid: row for cid, row in rows.items() if row["cluster_id"] is not None and row["match_key"]}
    judged = semantic.judge_neighbours(key, found, _key_getter(usable), doc_freq=_doc_freq(key))
    return [(cid, usable[cid]["cluster_id"], result) for cid, result in judged]


def claims_match_by_meaning(claim_ids: Iterable[int], *, recount: bool = False,
                            search_threads: int = SEARCH_THREADS) -> dict:
    """Search the given (embedded) claims by meaning and file what they match; mark them searched.
    `recount`: compare the stored count first (VectorStore.refresh), as the nightly run does.
    `search_threads`: threads of the IVF search (`semantic.IvfIndex.search`).

    Counts: pairs found (`meaning_edges`), claims moved into the cluster they mean the same as
    (`joined_by_meaning`), suggestions recorded (`meaning_suggestions`)."""
    counts = {"meaning_edges": 0, "joined_by_meaning": 0, "meaning_suggestions": 0}
    ids = sorted(set(claim_ids))
    if not ids:
        # Nothing to search (most nights): do not load every vector and train the index for it.
        return counts
    store = vector_store()
    store.refresh(recount=recount, wait=True)
    for start in range(0, len(ids), BATCH):
        part = ids[start:start + BATCH]
        stored = dict(
            ClaimEmbedding.objects.filter(claim_id__in=part, model=semantic.MODEL).values_list("claim_id", "vector")
        )
        queries = [pk for pk in part if pk in stored]
        if not queries:
            continue
        vectors = semantic.dequantize(semantic.Quantized.from_bytes([bytes(stored[pk]) for pk in queries]))
        found = store.search(vectors, k=NEIGHBOURS, threads=search_threads)
        edges = _pairs(queries, found)
        for key, value in _file(queries, edges).items():
            counts[key] += value
        ClaimEmbedding.objects.filter(claim_id__in=queries).update(searched=True)
    return counts


# (claim a, claim b), a < b -> (cosine, both tiers' result)
Pairs = dict[tuple[int, int], tuple[float, MatchResult]]


def _pairs(queries: list[int], found: list[list[tuple[int, float]]]) -> Pairs:
    """The pairs (a < b) that the meaning tier decides: 'match' or 'suggest' by meaning where
    wording alone says less. Pairs wording decides are the wording tier's to file."""
    rows = _claim_rows({*queries, *(cid for hits in found for cid, _ in hits)})
    keys = {q: ClaimKey.from_dict(rows[q]["match_key"]) for q in queries if rows.get(q, {}).get("match_key")}
    doc_freq = _doc_freq(*keys.values())  # one query for the batch
    vectors = _ArticleVectors()
    edges: Pairs = {}
    for query, hits in zip(queries, found, strict=True):
        me = rows.get(query)
        if query not in keys:
            continue
        cosine = dict(hits)

        def elsewhere(cid, me=me, query=query):
            # Itself, its own article, or a pair already judged from the other side.
            other = rows.get(cid)
            return (other is None or cid == query or other["article_id"] == me["article_id"]
                    or (min(query, cid), max(query, cid)) in edges)

        judged = semantic.judge_neighbours(keys[query], hits, _key_getter(rows), exclude=elsewhere, doc_freq=doc_freq,
                                           mutual_best=_mutual_best(query, hits, rows, vectors))
        for cid, result in judged:
            if result.explanation.get("joined_by") == "meaning":
                edges[(min(query, cid), max(query, cid))] = (cosine[cid], result)
    return edges


class _ArticleVectors:
    """The stored vectors of an article's claims and of single claims, read once per batch."""

    def __init__(self) -> None:
        self._articles: dict[int, tuple[list[int], np.ndarray]] = {}
        self._claims: dict[int, np.ndarray | None] = {}

    @staticmethod
    def _read(rows) -> tuple[list[int], np.ndarray]:
        rows = list(rows)
        if not rows:
            return [], np.zeros((0, semantic.DIM), dtype=np.float32)
        matrix = semantic.dequantize(semantic.Quantized.from_bytes([bytes(v) for _, v in rows]))
        return [pk for pk, _ in rows], matrix

    def of_article(self, article_id: int) -> tuple[list[int], np.ndarray]:
        if article_id not in self._articles:
            self._articles[article_id] = self._read(ClaimEmbedding.objects.filter(
                claim__article_id=article_id, model=semantic.MODEL).values_list("claim_id", "vector"))
        return self._articles[article_id]

    def of_claim(self, claim_id: int) -> np.ndarray | None:
        if claim_id not in self._claims:
            ids, matrix = self._read(ClaimEmbedding.objects.filter(
                claim_id=claim_id, model=semantic.MODEL).values_list("claim_id", "vector"))
            self._claims[claim_id] = matrix[0] if ids else None
        return self._claims[claim_id]


def _mutual_best(query: int, hits: list[tuple[int, float]], rows: dict[int, dict], vectors: _ArticleVectors):
    """`semantic.judge_neighbours`' mutual_best for one query: the neighbour is the query's
    closest claim of its article (the first of that article among the hits, which come closest
    first and hold every claim above the search floor), and the query is the neighbour's closest
    claim of the query's article (their stored vectors, read only for the pairs asked about)."""
    first_of_article: dict[int, int] = {}
    for cid, _c in sorted(hits, key=lambda h: -h[1]):
        if (row := rows.get(cid)) is not None:
            first_of_article.setdefault(row["article_id"], cid)
    me = rows[query]

    def check(cid: int, _cosine: float) -> bool:
        other = rows.get(cid)
        if other is None or first_of_article.get(other["article_id"]) != cid:
            return False
        ids, matrix = vectors.of_article(me["article_id"])
        vector = vectors.of_claim(cid)
        if vector is None or query not in ids:
            return False
        return ids[int(np.argmax(matrix @ vector))] == query

    return check


def _file(queries: list[int], edges: Pairs) -> dict:
    """Store the edges and act on them, under the clustering lock (see clustering.py)."""
    counts = {"meaning_edges": 0, "joined_by_meaning": 0, "meaning_suggestions": 0}
    if not edges:
        return counts
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [CLUSTER_LOCK_KEY])
        firsts = {a for a, _ in edges}
        known = set(MeaningEdge.objects.filter(claim_a__in=firsts).values_list("claim_a_id", "claim_b_id"))
        new = [
            MeaningEdge(claim_a_id=a, claim_b_id=b, cosine=round(cos, 4), decision=result.decision,
                        explanation=result.as_dict())
            for (a, b), (cos, result) in edges.items() if (a, b) not in known
        ]
        # ignore_conflicts: a concurrent task may have filed the same pair since `known` was read.
        MeaningEdge.objects.bulk_create(new, ignore_conflicts=True)
        counts["meaning_edges"] = len(new)
        # Read clusters now, under the lock: the wording tier or a checker may have moved claims.
        involved = {c for pair in edges for c in pair}
        cluster_of = dict(Claim.objects.filter(pk__in=involved).values_list("pk", "cluster_id"))
        if any(result.decision == MATCH for _cos, result in edges.values()):
            sizes = dict(
                Claim.objects.filter(cluster_id__in={c for c in cluster_of.values() if c})
                .values("cluster_id").annotate(n=Count("pk")).values_list("cluster_id", "n")
            )
            reviewed = set(Review.objects.filter(cluster_id__in=sizes).values_list("cluster_id", flat=True))
            decided = _decided(involved)
        else:  # suggestions only: nothing moves, so nothing of what a move depends on is read
            sizes, reviewed, decided = {}, set(), set()
        by_query: dict[int, list[tuple[int, float, MatchResult]]] = defaultdict(list)
        for (a, b), (cos, result) in edges.items():
            for me, other in ((a, b), (b, a)):
                if me in queries:
                    by_query[me].append((other, cos, result))
        joined: dict[int, set[int]] = defaultdict(set)
        offered: dict[tuple[int, int], MatchResult] = {}  # (claim, cluster) -> why
        emptied: set[int] = set()
        for query in queries:
            hits = sorted(by_query.get(query, []), key=lambda h: (h[2].decision != MATCH, -h[2].score, h[0]))
            own = cluster_of.get(query)
            for other, _cos, result in hits:
                target = cluster_of.get(other)
                if target is None or target == own:
                    continue
                movable = (
                    result.decision == MATCH and sizes.get(own) == 1 and own not in reviewed
                    and query not in decided and (not _guarded(result) or _joins_agreeing(query, target))
                )
                if movable:
                    Claim.objects.filter(pk=query).update(
                        cluster_id=target, match_score=result.score,
                        match_explanation={"joined": "meaning", **result.as_dict()},
                    )
                    ClaimCluster.objects.filter(pk=own, reviews__isnull=True).delete()
                    emptied.add(own)
                    # The wording tier may have suggested this very cluster: answered now.
                    MatchSuggestion.objects.filter(claim_id=query, cluster_id=target).delete()
                    sizes[target] = sizes.get(target, 0) + 1
                    sizes.pop(own, None)
                    cluster_of[query] = target
                    joined[target].add(query)
                    counts["joined_by_meaning"] += 1
                else:
                    offered[(query, target)] = result
                break  # the best other cluster only, as the wording tier files one
        counts["meaning_suggestions"] = _suggest(offered, emptied)
        clusters_add_claims(joined)
    return counts


def _guarded(result: MatchResult) -> bool:
    """A match that corroboration made across languages (`semantic.corroborated`): it joins a
    cluster only if the cluster's claims of its language agree."""
    semantic_part = result.explanation.get("semantic", {})
    return semantic.corroborated(semantic_part.get("same_language"), semantic_part.get("cosine"))


def _joins_agreeing(claim_id: int, cluster_id: int) -> bool:
    """`languages_agree` for one claim joining a cluster: the cluster's claims in the claim's
    language, from other articles, are each close to it in meaning."""
    me = Claim.objects.filter(pk=claim_id).values("language", "article_id").first()
    members = list(
        Claim.objects.filter(cluster_id=cluster_id, language=me["language"]).exclude(article_id=me["article_id"])
        .values_list("pk", flat=True)[:GUARD_MEMBERS]
    ) if me else []
    ids = np.asarray([claim_id, *members])
    return not members or languages_agree(ids)([0], list(range(1, len(ids))))


def _suggest(offered: dict[tuple[int, int], MatchResult], emptied: set[int]) -> int:
    """Record the suggestions not recorded yet, in one write; how many were new. A cluster that a
    claim left and that was deleted in the same step (`emptied`) is suggested no more."""
    offered = {pair: result for pair, result in offered.items() if pair[1] not in emptied}
    if not offered:
        return 0
    known = set(
        MatchSuggestion.objects.filter(claim_id__in={claim for claim, _ in offered})
        .values_list("claim_id", "cluster_id")
    )
    new = [
        MatchSuggestion(claim_id=claim, cluster_id=cluster, score=result.score, explanation=result.as_dict())
        for (claim, cluster), result in offered.items() if (claim, cluster) not in known
    ]
    # ignore_conflicts: the wording tier or another task may have suggested the same since.
    MatchSuggestion.objects.bulk_create(new, ignore_conflicts=True)
    return len(new)


def _decided(claim_ids: set[int]) -> set[int]:
    """Those of the claims a checker has placed (a must-link or cannot-link): never moved here."""
    rows = MatchDecision.objects.filter(Q(claim_a__in=claim_ids) | Q(claim_b__in=claim_ids))
    return {c for pair in rows.values_list("claim_a_id", "claim_b_id") for c in pair} & claim_ids


def _claim_rows(ids: Iterable[int]) -> dict[int, dict]:
    ids = list(ids)
    out: dict[int, dict] = {}
    for start in range(0, len(ids), 900):  # SQLite's bound on query parameters
        for row in Claim.objects.filter(pk__in=ids[start:start + 900]).values(
            "pk", "article_id", "cluster_id", "match_key"
        ):
            out[row["pk"]] = row
    return out


def _key_getter(rows: dict[int, dict]):
    """get_key for semantic.judge_neighbours over `_claim_rows`: None for a claim without a key."""
    return lambda cid: ClaimKey.from_dict(rows[cid]["match_key"]) if rows.get(cid, {}).get("match_key") else None


def _doc_freq(*keys: ClaimKey):
    """doc_freq for `compare`'s explanations of these keys' pairs: their words' claim counts."""
    words = sorted({word_key(t) for key in keys for t in key.content})
    df: dict[str, int] = {}
    for start in range(0, len(words), 900):  # SQLite's bound on query parameters
        df.update(doc_freqs(words[start:start + 900]))
    return lambda t: df.get(word_key(t), 0)


# ---- nightly -------------------------------------------------------------------------------


def meaning_catch_up(*, limit: int | None = None) -> dict:
    """Embed claims that have no vector (newest first, at most `limit`: ~60 ms each), then
    search every claim never searched. The nightly reconciliation calls this before it groups."""
    limit = settings.KUTIP_MEANING_NIGHTLY_LIMIT if limit is None else limit
    missing = (
        Claim.objects.exclude(embedding__model=semantic.MODEL).order_by("-pk").values_list("pk", flat=True)[:limit]
    )
    embedded = claims_embed(list(missing))
    unsearched = ClaimEmbedding.objects.filter(searched=False, model=semantic.MODEL)
    pending = list(unsearched.values_list("claim_id", flat=True))
    # One search thread: the nightly run's chunks keep every core busy already.
    counts = claims_match_by_meaning(pending, recount=True, search_threads=1)
    return {"claims_embedded": len(embedded), "claims_searched_by_meaning": len(pending), **counts}


def meaning_rejudge(claim_ids: Iterable[int] = ()) -> int:
    """Decide the stored meaning edges again with today's rules and keys: those decided under other
    rules (`semantic.RULES`), and those of `claim_ids` (claims whose key was read again). The
    cosine stands, and so does whether the pair were each other's closest claim; the wording
    comparison, the safeguards and the rules run again. Returns how many decisions changed; the
    regrouping that follows reads them."""
    changed = 0
    claim_ids = sorted(set(claim_ids))
    for start in range(0, len(claim_ids), 450):  # (two lists under SQLite's bound on parameters)
        part = claim_ids[start:start + 450]
        changed += _rejudge(list(MeaningEdge.objects.filter(Q(claim_a__in=part) | Q(claim_b__in=part))))
    # (those carry today's rules now, so the older rules' are read once; a batch at a time after the
    # last id: the first night after an upgrade re-decides them all)
    older_rules = MeaningEdge.objects.exclude(explanation__explanation__semantic__rules=semantic.RULES).order_by("pk")
    last = 0
    while edges := list(older_rules.filter(pk__gt=last)[:REJUDGE_BATCH]):
        changed += _rejudge(edges)
        last = edges[-1].pk
    return changed


def _rejudge(edges: list[MeaningEdge]) -> int:
    """`meaning_rejudge` of some edges: store their decisions again; how many changed."""
    rows = _claim_rows({c for e in edges for c in (e.claim_a_id, e.claim_b_id)})
    get_key = _key_getter(rows)
    keys = {cid: key for cid in rows if (key := get_key(cid)) is not None}
    doc_freq = _doc_freq(*keys.values())
    changed, updated = 0, []
    for edge in edges:
        a, b = keys.get(edge.claim_a_id), keys.get(edge.claim_b_id)
        if a is None or b is None:
            continue  # (a claim deleted, or its key not built yet: tonight's regrouping skips it too)
        before = (edge.explanation or {}).get("explanation", {}).get("semantic", {})
        result = semantic.combine(compare(a, b, doc_freq=doc_freq), edge.cosine,
                                  mutual_best=bool(before.get("mutual_best")))
        changed += result.decision != edge.decision
        edge.decision, edge.explanation = result.decision, result.as_dict()
        updated.append(edge)
    MeaningEdge.objects.bulk_update(updated, ["decision", "explanation"], batch_size=500)
    return changed


def meaning_edges(ids: np.ndarray) -> Edges:
    """The stored edges between claims of `ids` (sorted claim ids), as positions into `ids`: what
    the nightly regrouping adds to the wording edges it scores. Score: 100 x cosine."""
    position = {pk: i for i, pk in enumerate(ids.tolist())}
    a, b, score, kind = [], [], [], []
    rows = MeaningEdge.objects.order_by("pk").values_list(
        "claim_a_id", "claim_b_id", "cosine", "decision", "explanation__explanation__semantic__same_language")
    for ca, cb, cos, decision, same_language in rows.iterator(chunk_size=5000):
        if ca in position and cb in position:
            a.append(position[ca])
            b.append(position[cb])
            score.append(round(100.0 * cos, 2))
            if decision != MeaningEdge.Decision.MATCH:
                kind.append(EDGE_SUGGEST)
            elif semantic.corroborated(same_language, cos):
                kind.append(EDGE_MATCH_GUARDED)  # not sure: see `languages_agree`
            else:
                kind.append(EDGE_MATCH)
    return Edges(np.asarray(a, np.int64), np.asarray(b, np.int64), np.asarray(score, float), np.asarray(kind, np.int8))


def languages_agree(ids: np.ndarray):
    """The nightly regrouping's guard for matches that only corroboration made across languages
    (clustering.EDGE_MATCH_GUARDED): two groups of claims (positions into `ids`) may merge unless
    a claim of one and a claim of the other, in one language and from different articles, are
    far apart in meaning (cosine below th.GUARD_SAME_LANGUAGE_COSINE). Within one language the
    model is sure where across languages it is not: a translation that joins two groups whose
    own-language claims say different things is a speaker's other claim, or a claim that holds
    two (`dipersiapkan, dengan tanggalnya akan diumumkan kemudian` joins `being prepared` to
    `the dates will be announced`). Rows and vectors are read once, for the claims asked about."""
    known: dict[int, tuple[str, int, np.ndarray | None]] = {}

    def load(positions: list[int]) -> None:
        wanted = [int(ids[p]) for p in positions if int(ids[p]) not in known]
        for start in range(0, len(wanted), 900):
            part = wanted[start:start + 900]
            rows = {pk: (language, article) for pk, language, article
                    in Claim.objects.filter(pk__in=part).values_list("pk", "language", "article_id")}
            stored = dict(ClaimEmbedding.objects.filter(claim_id__in=part, model=semantic.MODEL)
                          .values_list("claim_id", "vector"))
            for pk in part:
                vector = (semantic.dequantize(semantic.Quantized.from_bytes([bytes(stored[pk])]))[0]
                          if pk in stored else None)
                language, article = rows.get(pk, ("", -1))
                known[pk] = (language or "", article, vector)

    def guard(group_a: list[int], group_b: list[int]) -> bool:
        group_a, group_b = group_a[:GUARD_MEMBERS], group_b[:GUARD_MEMBERS]
        load(group_a + group_b)
        for x in group_a:
            lang_x, art_x, vec_x = known[int(ids[x])]
            if vec_x is None or not lang_x:
                continue
            for y in group_b:
                lang_y, art_y, vec_y = known[int(ids[y])]
                if lang_y == lang_x and art_y != art_x and vec_y is not None \
                        and float(vec_x @ vec_y) < th.GUARD_SAME_LANGUAGE_COSINE:
                    return False
        return True

    return guard
