"""The whole nightly reconciliation against a database, step by step (run by hand). Results and
commands: docs/benchmarks.md, "Reconciliation at scale".

    .venv/bin/python bench/bench_nightly_db.py --claims 100000 --workers 2 --var-dir /tmp/kutip-nightly-100k

bench/bench_reconcile.py times the pure part (snapshot, edges, union-find) on generated keys.
This one runs the production code on a generated Kutip database (bench/corpus.py: articles,
speakers, clusters as the online path leaves them, reviews, suggestions; built once per
--var-dir and reused): `reconcile_start` + `reconcile_prepare` (speaker merge, index stats,
snapshot of every claim), the chunks in --workers processes (`reconcile_chunk_stored`, what
each Celery chunk task runs), then `reconcile_finish_stored` (union-find, the writes, cluster
stats, previously-checked flags), twice: the first run after the database was filled, then a
second run right after it (the steady state of a night with nothing new). The meaning tier is
off here (its vectors are computed at ingest; its nightly share is measured in "Meaning-level
matching"). Peak RSS of the parent and of the biggest chunk process.
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
        "finish_s": t_finish, "total_s": t_prepare + t_chunks + t_finish,
        "counts": {k: v for k, v in run.counts.items() if k not in ("chunks", "chunks_done")},
    }


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--var-dir", required=True, help="where the generated database lives (reused)")
    ap.add_argument("--runs", type=int, default=2)
    args = ap.parse_args(argv)
    import os

    os.environ["KUTIP_MEANING"] = "0"
    setup_django(args.var_dir)
    t = time.perf_counter()
    build(claims=args.claims)
    print(f"database ready in {time.perf_counter() - t:.0f} s ({args.claims} claims)", flush=True)
    for n in range(args.runs):
        r = one_run(args.workers)
        print(f"run {n + 1}: {r['status']} total {r['total_s']:.1f} s = prepare {r['prepare_s']:.1f} + chunks "
              f"{r['chunks_wall_s']:.1f} wall ({r['chunks_cpu_sum_s']:.1f} s summed, {r['chunks']} chunks, "
              f"{args.workers} processes) + finish {r['finish_s']:.1f}; {r['counts']}", flush=True)
    print(f"peak RSS parent {rss_mb():.0f} MB, biggest chunk process {rss_mb(resource.RUSAGE_CHILDREN):.0f} MB")


if __name__ == "__main__":
    main()
