"""Benchmark of the nightly reconciliation at archive scale, and of online matching against the
database index. Results and commands: docs/benchmarks.md, "Reconciliation at scale".

    .venv/bin/python bench/bench_reconcile.py --sizes 100000 300000 1000000 --workers 2
    .venv/bin/python bench/bench_reconcile.py --online-db 100000

Pure path (no Django), per size: the generated corpus of bench/bench_matching.py; match keys
built (at ingest in production, stored in Claim.match_key: timed apart); the snapshot
(claims.matching.Corpus); the edges of every claim in chunks of --chunk claims run by
--workers processes (what the Celery chunk tasks do); union-find (`resolve`, the finish step);
peak RSS of the parent and of the biggest worker. Recall of the blocked search: of the 'match'
pairs brute force finds for --brute-queries claims (every claim scored with score_many), the
share the nightly edges hold as 'match', and the same for the true ones (same generated claim).

--online-db N: N claims filed in ClaimBlockKey/BlockKeyStat of a throw-away SQLite database
(claims.matching_index, the tables the web process and workers share), then p50/p95 of one new
claim's `candidate_ids` + `compare` of the candidates, against brute force over all N claims in
the same run.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_matching import generate, pairwise_pr  # noqa: E402

from claims.matching import thresholds as th  # noqa: E402
from claims.matching.clustering import (  # noqa: E402
    EDGE_MATCH,
    NIGHTLY_WINDOW,
    Corpus,
    Edges,
    corpus_edges,
    resolve,
)
from claims.matching.keys import claim_key  # noqa: E402
from claims.matching.scoring import MATCH, compare, decide_pair, score_many  # noqa: E402

_KEYS = None
_CORPUS = None
_WINDOW = NIGHTLY_WINDOW


def _key(row):
    text, lang, speaker, _label = row
    return claim_key(text, language=lang, speaker=speaker)


def _chunk(bounds):
    lo, hi = bounds
    t = time.perf_counter()
    edges = corpus_edges(_CORPUS, lo, hi, lambda ps: [_KEYS[p] for p in ps], window=_WINDOW)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return edges.to_json(), time.perf_counter() - t, rss


def rss_mb(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def run_pure(size: int, workers: int, chunk: int, brute_queries: int, seed: int) -> dict:
    global _KEYS, _CORPUS
    out: dict = {"size": size}
    t0 = time.perf_counter()
    corpus, _gen = generate(size, seed)
    truth = [label for *_x, label in corpus]
    out["generate_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    with mp.get_context("fork").Pool(workers) as pool:
        _KEYS = pool.map(_key, corpus, chunksize=2000)
    out["keys_s"] = time.perf_counter() - t0
    del corpus
    t0 = time.perf_counter()
    _CORPUS = Corpus.from_keys(_KEYS)
    out["snapshot_s"] = time.perf_counter() - t0
    out["rss_before_mb"] = rss_mb()
    # The chunks, as the Celery chunk tasks run them: forked workers share the snapshot.
    t0 = time.perf_counter()
    bounds = [(lo, min(size, lo + chunk)) for lo in range(0, size, chunk)]
    with mp.get_context("fork").Pool(workers) as pool:
        results = pool.map(_chunk, bounds, chunksize=1)
    out["edges_s"] = time.perf_counter() - t0
    out["chunk_s_max"] = max(r[1] for r in results)
    out["chunk_s_sum"] = sum(r[1] for r in results)
    out["worker_rss_mb"] = max(r[2] for r in results)
    t0 = time.perf_counter()
    edges = Edges.concat(Edges.from_json(r[0]) for r in results)
    result = resolve(size, edges)
    out["resolve_s"] = time.perf_counter() - t0
    out["cluster_s"] = out["edges_s"] + out["resolve_s"]
    out["pairs_scored"] = edges.pairs_scored
    out["edges"] = len(edges)
    out["match_edges"] = int(np.sum(edges.kind == EDGE_MATCH))
    out["suggestions"] = len(result.suggested)
    out["clusters"] = max(result.labels) + 1 if size else 0
    out["precision"], out["recall"] = pairwise_pr(result.labels, truth)
    out["rss_parent_mb"] = rss_mb()

    # Recall vs brute force ('match' decisions over the whole corpus).
    match_pairs = set((edges.a[edges.kind == EDGE_MATCH] * size + edges.b[edges.kind == EDGE_MATCH]).tolist())
    rng = random.Random(seed + 2)
    found = total = found_true = total_true = 0
    t0 = time.perf_counter()
    for q in rng.sample(range(size), brute_queries):
        scores = score_many(_KEYS[q], _KEYS, workers=workers)
        scores[q] = 0
        for j in np.flatnonzero(scores >= th.AUTO_MATCH).tolist():
            if decide_pair(_KEYS[q], _KEYS[j], round(float(scores[j]), 2)) != MATCH:
                continue
            hit = (min(q, j) * size + max(q, j)) in match_pairs
            total += 1
            found += hit
            if truth[j] == truth[q]:
                total_true += 1
                found_true += hit
    out["brute_s_per_query"] = (time.perf_counter() - t0) / max(brute_queries, 1)
    out["recall_match"] = (found / total if total else 1.0, total)
    out["recall_true_match"] = (found_true / total_true if total_true else 1.0, total_true)
    return out


def run_online_db(size: int, queries: int, brute_queries: int, seed: int) -> dict:
    """candidate_ids + compare against ClaimBlockKey/BlockKeyStat in a fresh SQLite database."""
    tmp = tempfile.mkdtemp(prefix="kutip-bench-")
    os.environ["KUTIP_VAR_DIR"] = tmp
    os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/bench.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction

    from claims.matching_index import TOTAL, candidate_ids
    from claims.models import BlockKeyStat, Claim, ClaimBlockKey
    from sources.models import Article, Outlet

    call_command("migrate", verbosity=0)
    rows, _gen = generate(size + queries, seed)
    keys = [claim_key(t, language=lang, speaker=sp) for t, lang, sp, _ in rows]
    qkeys, keys = keys[size:], keys[:size]
    t0 = time.perf_counter()
    outlet = Outlet.objects.create(name="Bench", slug="bench")
    with transaction.atomic():
        article = Article.objects.create(outlet=outlet, title="bench", body="x", raw=b"x",
                                         content_hash="bench")
        Claim.objects.bulk_create(
            [Claim(article=article, text=k.text[:2000], start=i * 3000, end=i * 3000 + len(k.text[:2000]),
                   language=k.language or "",
                   match_key=k.to_dict()) for i, k in enumerate(keys)], batch_size=5000)
        ids = list(Claim.objects.order_by("pk").values_list("pk", flat=True))
        from claims.matching import blocking_keys

        ClaimBlockKey.objects.bulk_create(
            [ClaimBlockKey(key=bk[:100], claim_id=pk) for pk, k in zip(ids, keys, strict=True)
             for bk in blocking_keys(k)], batch_size=20000)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    from claims.matching_index import index_rebuild_stats

    index_rebuild_stats()
    assert BlockKeyStat.objects.get(key=TOTAL).df == size
    load_s = time.perf_counter() - t0
    by_id = dict(zip(ids, keys, strict=True))
    online, cands = [], []
    for qk in qkeys:
        t = time.perf_counter()
        found = candidate_ids(qk, limit=50)
        # As clustering.match_one: vectorised scores, decisions, explanations for the best 10.
        others = [by_id[cid] for cid in found]
        scores = score_many(qk, others).tolist()
        decided = sorted((decide_pair(qk, o, round(sc, 2)) != MATCH, -sc, n)
                         for n, (o, sc) in enumerate(zip(others, scores, strict=True))
                         if decide_pair(qk, o, round(sc, 2)) != "none")
        for _m, _s, n in decided[:10]:
            compare(qk, others[n])
        online.append(time.perf_counter() - t)
        cands.append(len(found))
    brute = []
    hit = total = 0
    for qk in qkeys[:brute_queries]:
        t = time.perf_counter()
        scores = score_many(qk, keys)
        brute.append(time.perf_counter() - t)
        want = {ids[j] for j in np.flatnonzero(scores >= th.AUTO_MATCH).tolist()
                if decide_pair(qk, keys[j], round(float(scores[j]), 2)) == MATCH}
        got = set(candidate_ids(qk, limit=50))
        hit += len(want & got)
        total += len(want)
    pct = lambda xs, q: float(np.percentile(xs, q)) * 1000  # noqa: E731
    return {"size": size, "load_s": load_s, "online_p50_ms": pct(online, 50),
            "online_p95_ms": pct(online, 95), "brute_p50_ms": pct(brute, 50),
            "brute_p95_ms": pct(brute, 95), "candidates_mean": float(np.mean(cands)),
            "recall_match": (hit / total if total else 1.0, total), "peak_rss_mb": rss_mb()}


def main(argv=None) -> None:
    global _WINDOW
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[])
    ap.add_argument("--workers", type=int, default=2, help="processes running the chunks")
    ap.add_argument("--chunk", type=int, default=50_000, help="claims per chunk")
    ap.add_argument("--brute-queries", type=int, default=30)
    ap.add_argument("--window", type=int, default=NIGHTLY_WINDOW, help="0: no window")
    ap.add_argument("--online-db", type=int, default=0, help="corpus size of the database bench")
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    _WINDOW = args.window or None
    for size in args.sizes:
        r = run_pure(size, args.workers, args.chunk, args.brute_queries, args.seed)
        print(f"n={size:>8}  keys {r['keys_s']:.0f}s ({args.workers} procs)  snapshot "
              f"{r['snapshot_s']:.1f}s  edges {r['edges_s']:.1f}s wall ({args.workers} procs; "
              f"chunk max {r['chunk_s_max']:.1f}s, sum {r['chunk_s_sum']:.1f}s)  resolve "
              f"{r['resolve_s']:.1f}s  => cluster {r['cluster_s']:.1f}s", flush=True)
        print(f"           pairs scored {r['pairs_scored']}  edges {r['edges']} (match "
              f"{r['match_edges']})  clusters {r['clusters']}  suggestions {r['suggestions']}  "
              f"pairwise P {r['precision']:.4f} R {r['recall']:.4f}", flush=True)
        print(f"           recall vs brute force ({args.brute_queries} claims, "
              f"{r['brute_s_per_query']:.1f}s each): match {r['recall_match'][0]:.4f} "
              f"({r['recall_match'][1]} pairs)  true match {r['recall_true_match'][0]:.4f} "
              f"({r['recall_true_match'][1]})", flush=True)
        print(f"           peak RSS: parent {r['rss_parent_mb']:.0f} MB (snapshot built: "
              f"{r['rss_before_mb']:.0f} MB), chunk worker {r['worker_rss_mb']:.0f} MB", flush=True)
    if args.online_db:
        r = run_online_db(args.online_db, args.queries, args.brute_queries, args.seed)
        print(f"online (SQLite) n={r['size']}  load {r['load_s']:.0f}s  candidate_ids+compare p50 "
              f"{r['online_p50_ms']:.2f} ms p95 {r['online_p95_ms']:.2f} ms (mean "
              f"{r['candidates_mean']:.0f} candidates)  brute p50 {r['brute_p50_ms']:.0f} ms p95 "
              f"{r['brute_p95_ms']:.0f} ms  recall match {r['recall_match'][0]:.4f} "
              f"({r['recall_match'][1]} pairs)  peak RSS {r['peak_rss_mb']:.0f} MB", flush=True)


if __name__ == "__main__":
    main()
