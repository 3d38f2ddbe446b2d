"""Benchmark of the nightly reconciliation at archive scale, and of online matching against the
database index. Results and commands: docs/benchmarks.md, "Reconciliation at scale".

    .venv/bin/python bench/bench_reconcile.py --sizes 100000 300000 1000000 --workers 2
    .venv/bin/python bench/bench_reconcile.py --online-db 100000

Pure path (no Django), per size: the generated corpus of bench/bench_matching.py; match keys
built (at ingest in production, stored in Claim.match_key: timed apart); the snapshot
(claims.matching.Corpus); the edges of every claim in chunks of --chunk claims run by
--workers processes (what the Celery chunk tasks do); union-find (`resolve`, the finish step);
peak RSS of the parent and of the biggest worker. Recall of the blocked search: of the 'match'
pairs brute force finds for --brute-queries claims (`brute_matches`: every claim of the corpus),
the share the nightly edges hold as 'match', and the same for the true ones (same generated
claim), with a 95 % Wilson interval. `--keys words pairs` runs the whole path once per key set
on the same corpus and brute force (pairs: index.blocking_keys, what production files, the content
words and their adjacent pairs; words: `word_keys`, the content words only, what production
filed before the pair keys: the baseline). `--dump FILE` writes brute force's 'match'
pairs of the sample (both ClaimKeys, found by the nightly edges or not, same generated claim or
not) as JSON, to study the misses.

--online-db N: N claims filed in ClaimBlockKey/BlockKeyStat of a throw-away SQLite database
(claims.matching_index, the tables the web process and workers share), then p50/p95 of one new
claim's `candidate_ids` + `compare` of the candidates (each postings budget of
--online-budgets in turn), the recall of brute force's 'match' pairs among the candidates
(`brute_matches` over all N claims), and score_many over all N claims as the cost baseline; with
several --keys, one database per key set, each in a process of its own.
"""

from __future__ import annotations

import argparse
import functools
import json
import multiprocessing as mp
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

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
from claims.matching.index import (
    DEFAULT_POSTING_BUDGET,
    KEY_PREFIX,
    BlockTable,
    blocking_keys,
    query_plan,
)
from claims.matching.keys import ClaimKey, claim_key  # noqa: E402
from claims.matching.scoring import MATCH, compare, decide_pair, score_many  # noqa: E402


def word_keys(key: ClaimKey) -> list[str]:
    """The content words' keys only: production's blocking keys before the pair keys (the
    baseline of `--keys words pairs`; and brute_matches' pre-filter)."""
    return sorted(KEY_PREFIX + t for t in key.content)


KEY_SETS = {"words": word_keys, "pairs": blocking_keys}


def brute_matches(qkeys, keys, *, workers: int = 2, batch: int = 20) -> list[set[int]]:
    """For each of `qkeys`, the positions of `keys` whose decision is 'match' (score_many over
    the claims that can reach AUTO_MATCH, then decide_pair), without scoring every pair: a claim
    is scored when fuzz.ratio of the texts or of their sorted forms is >= AUTO_MATCH, or it shares
    at least half the content words of the one with fewer. A pair can reach AUTO_MATCH through
    token_set_ratio or partial_ratio alone, which that test only approximates: --brute-check N
    compares it with score_many over every claim for N queries (0 pairs differed on 40 queries
    at 100k)."""
    texts = [k.text for k in keys]
    sorted_texts = [" ".join(sorted(t.split())) for t in texts]
    words = BlockTable.from_keys([word_keys(k) for k in keys])
    vocab = {k: i for i, k in enumerate(sorted({w for k in keys for w in k.content}))}
    n_words = np.diff(words.key_ptr)
    out: list[set[int]] = []
    kw = {"processor": None, "workers": workers, "dtype": np.float32, "score_cutoff": th.AUTO_MATCH}
    for start in range(0, len(qkeys), batch):
        part = qkeys[start:start + batch]
        r = process.cdist([q.text for q in part], texts, scorer=fuzz.ratio, **kw)
        st = process.cdist([" ".join(sorted(q.text.split())) for q in part], sorted_texts,
                           scorer=fuzz.ratio, **kw)
        for n, q in enumerate(part):
            kids = [vocab[w] for w in q.content if w in vocab]
            post = [words.post_ids[words.post_ptr[k]:words.post_ptr[k + 1]] for k in kids]
            shared = np.bincount(np.concatenate(post), minlength=len(keys)) if post else np.zeros(len(keys))
            over = (shared > 0) & (shared >= 0.5 * np.minimum(n_words, len(q.content)))
            todo = np.flatnonzero((r[n] > 0) | (st[n] > 0) | over)
            todo = todo[[keys[j] is not q for j in todo.tolist()]]
            scores = score_many(q, [keys[j] for j in todo])
            out.append({j for j, sc in zip(todo.tolist(), scores.tolist(), strict=True)
                        if sc >= th.AUTO_MATCH and decide_pair(q, keys[j], round(sc, 2)) == MATCH})
    return out


def wilson(found: int, total: int, z: float = 1.96) -> tuple[float, float]:
    """95 % interval of a proportion (Wilson): the recall of a sample of pairs."""
    if not total:
        return 1.0, 1.0
    p = found / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * np.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return max(0.0, centre - half), min(1.0, centre + half)

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


def run_pure(size: int, workers: int, chunk: int, brute_queries: int, seed: int,
             key_sets: list[str], brute_check: int = 0) -> list[dict]:
    """The nightly path once per key set in `key_sets`, on one corpus and one brute force."""
    global _KEYS, _CORPUS
    common: dict = {"size": size}
    t0 = time.perf_counter()
    corpus, _gen = generate(size, seed)
    truth = [label for *_x, label in corpus]
    common["generate_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    with mp.get_context("fork").Pool(workers) as pool:
        _KEYS = pool.map(_key, corpus, chunksize=2000)
    common["keys_s"] = time.perf_counter() - t0
    del corpus
    # Brute force ('match' decisions over the whole corpus) for a sample of claims.
    sample = random.Random(seed + 2).sample(range(size), brute_queries)
    t0 = time.perf_counter()
    wanted = brute_matches([_KEYS[q] for q in sample], _KEYS, workers=workers)
    common["brute_s_per_query"] = (time.perf_counter() - t0) / max(brute_queries, 1)
    if brute_check:
        differ = total = 0
        for q, want in zip(sample[:brute_check], wanted, strict=False):
            scores = score_many(_KEYS[q], _KEYS, workers=workers)
            scores[q] = 0
            full = {j for j in np.flatnonzero(scores >= th.AUTO_MATCH).tolist()
                    if decide_pair(_KEYS[q], _KEYS[j], round(float(scores[j]), 2)) == MATCH}
            total += len(full)
            differ += len(full ^ want)
        common["brute_check"] = (brute_check, total, differ)
    common["queries_with_match"] = sum(bool(w) for w in wanted)
    results = []
    for name in key_sets:
        out = dict(common, keys=name)
        t0 = time.perf_counter()
        key_lists = [KEY_SETS[name](k) for k in _KEYS]
        out["key_rows"] = sum(map(len, key_lists))
        _CORPUS = Corpus([k.text for k in _KEYS], np.fromiter((len(k.tokens) for k in _KEYS), np.int32, size),
                         BlockTable.from_keys(key_lists))
        del key_lists
        out["distinct_keys"] = len(_CORPUS.table.df)
        out["snapshot_s"] = time.perf_counter() - t0
        out["rss_before_mb"] = rss_mb()
        # The chunks, as the Celery chunk tasks run them: forked workers share the snapshot.
        t0 = time.perf_counter()
        bounds = [(lo, min(size, lo + chunk)) for lo in range(0, size, chunk)]
        with mp.get_context("fork").Pool(workers) as pool:
            chunks = pool.map(_chunk, bounds, chunksize=1)
        out["edges_s"] = time.perf_counter() - t0
        out["chunk_s_max"] = max(r[1] for r in chunks)
        out["chunk_s_sum"] = sum(r[1] for r in chunks)
        out["worker_rss_mb"] = max(r[2] for r in chunks)
        t0 = time.perf_counter()
        edges = Edges.concat(Edges.from_json(r[0]) for r in chunks)
        del chunks
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
        match = edges.kind == EDGE_MATCH
        match_pairs = set((edges.a[match] * size + edges.b[match]).tolist())
        found = total = found_true = total_true = 0
        dump = []
        for q, want in zip(sample, wanted, strict=True):
            for j in want:
                hit = (min(q, j) * size + max(q, j)) in match_pairs
                total += 1
                found += hit
                dump.append((_KEYS[q].to_dict(), _KEYS[j].to_dict(), hit, truth[j] == truth[q]))
                if truth[j] == truth[q]:
                    total_true += 1
                    found_true += hit
        out["recall_match"] = (found / total if total else 1.0, total, wilson(found, total))
        out["recall_true_match"] = (found_true / total_true if total_true else 1.0, total_true,
                                    wilson(found_true, total_true))
        out["pairs_dump"] = dump
        _CORPUS = None
        del edges, result
        results.append(out)
    return results


def run_online_db(size: int, queries: int, brute_queries: int, seed: int, key_set: str = "words",
                  budgets: tuple[int | None, ...] = (None,), dump: str = "") -> list[dict]:
    """candidate_ids + compare against ClaimBlockKey/BlockKeyStat in a fresh SQLite database, the
    claims filed under the keys of `key_set` (and looked up with them); once per postings budget
    of the lookup's plan in `budgets` (None: query_plan's default), on the same database. With
    `dump`, brute force's 'match' pairs of the last budget (keys, found, true) go to that file."""
    tmp = tempfile.mkdtemp(prefix="kutip-bench-")
    os.environ["KUTIP_VAR_DIR"] = tmp
    os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/bench.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction

    from claims import matching_index
    from claims.matching_index import TOTAL, candidate_ids
    from claims.models import BlockKeyStat, Claim, ClaimBlockKey
    from sources.models import Article, Outlet

    call_command("migrate", verbosity=0)
    rows, _gen = generate(size + queries, seed)
    keys = [claim_key(t, language=lang, speaker=sp) for t, lang, sp, _ in rows]
    qkeys, keys = keys[size:], keys[:size]
    truth = [label for *_x, label in rows]
    t0 = time.perf_counter()
    outlet = Outlet.objects.create(name="Bench", slug="bench")
    with transaction.atomic():
        article = Article.objects.create(outlet=outlet, title="bench", body="x", raw=b"x",
                                         content_hash="bench")
        Claim.objects.bulk_create(
            [Claim(article=article, text=k.text[:2000], start=i * 3000, end=i * 3000 + len(k.text[:2000]),
                   language=k.language or "", seen_at=article.seen_at,
                   match_key=k.to_dict()) for i, k in enumerate(keys)], batch_size=5000)
        ids = list(Claim.objects.order_by("pk").values_list("pk", flat=True))
        matching_index.blocking_keys = KEY_SETS[key_set]  # what candidate_ids looks up
        ClaimBlockKey.objects.bulk_create(
            [ClaimBlockKey(key=bk[:100], claim_id=pk) for pk, k in zip(ids, keys, strict=True)
             for bk in KEY_SETS[key_set](k)], batch_size=20000)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    from claims.matching_index import index_rebuild_stats

    index_rebuild_stats()
    assert BlockKeyStat.objects.get(key=TOTAL).df == size
    load_s = time.perf_counter() - t0
    storage = {"db_mb": Path(connection.settings_dict["NAME"]).stat().st_size / 2**20,
               "key_rows": ClaimBlockKey.objects.count(), "stat_rows": BlockKeyStat.objects.count()}
    by_id = dict(zip(ids, keys, strict=True))
    brute = []
    for qk in qkeys[:min(brute_queries, 10)]:  # the baseline's cost: score_many over every claim
        t = time.perf_counter()
        score_many(qk, keys)
        brute.append(time.perf_counter() - t)
    wanted = brute_matches(qkeys[:brute_queries], keys)
    pct = lambda xs, q: float(np.percentile(xs, q)) * 1000  # noqa: E731
    results = []
    for budget in budgets:
        budget = budget or DEFAULT_POSTING_BUDGET
        matching_index.query_plan = functools.partial(query_plan, budget=budget)
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
        hit = total = hit_true = total_true = 0
        pairs = []
        for n, (qk, want) in enumerate(zip(qkeys, wanted, strict=False)):
            got = set(candidate_ids(qk, limit=50))
            hit += len({ids[j] for j in want} & got)
            total += len(want)
            true = {ids[j] for j in want if truth[j] == truth[size + n]}
            hit_true += len(true & got)
            total_true += len(true)
            pairs += [(qk.to_dict(), keys[j].to_dict(), ids[j] in got, truth[j] == truth[size + n])
                      for j in want]
        if dump:
            Path(dump).write_text(json.dumps([{"size": size, "keys": key_set, "online": True,
                                               "pairs": pairs}]))
        results.append({
            "size": size, "load_s": load_s, "budget": budget,
            "online_p50_ms": pct(online, 50), "online_p95_ms": pct(online, 95),
            "brute_p50_ms": pct(brute, 50), "brute_p95_ms": pct(brute, 95),
            "candidates_mean": float(np.mean(cands)),
            "recall_match": (hit / total if total else 1.0, total, wilson(hit, total)),
            "recall_true_match": (hit_true / total_true if total_true else 1.0, total_true,
                                  wilson(hit_true, total_true)),
            "peak_rss_mb": rss_mb(), "keys": key_set, **storage})
    return results


def _pct(r: tuple) -> str:
    return f"{r[0]:.4f} ({r[1]} pairs; 95 % {r[2][0]:.3f}-{r[2][1]:.3f})"


def main(argv=None) -> None:
    global _WINDOW
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[])
    ap.add_argument("--workers", type=int, default=2, help="processes running the chunks")
    ap.add_argument("--chunk", type=int, default=50_000, help="claims per chunk")
    ap.add_argument("--brute-queries", type=int, default=200)
    ap.add_argument("--brute-check", type=int, default=0,
                    help="queries whose brute_matches is checked against score_many over all claims")
    ap.add_argument("--keys", nargs="+", choices=sorted(KEY_SETS), default=["pairs"],
                    help="key sets to run, in order, on the same corpus (pairs: index.blocking_keys, "
                         "what production files; words: content words only, the baseline)")
    ap.add_argument("--window", type=int, default=NIGHTLY_WINDOW, help="0: no window")
    ap.add_argument("--online-db", type=int, default=0, help="corpus size of the database bench")
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--online-budgets", type=int, nargs="+", default=[0],
                    help="postings budgets of the online lookup, each timed on the same database (0: as configured)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--dump", default="",
                    help="write brute force's 'match' pairs (keys, found, true) to this JSON file")
    args = ap.parse_args(argv)
    dumps = []
    _WINDOW = args.window or None
    for size in args.sizes:
        for r in run_pure(size, args.workers, args.chunk, args.brute_queries, args.seed, args.keys,
                          args.brute_check):
            print(f"n={size:>8} [{r['keys']}]  keys {r['keys_s']:.0f}s ({args.workers} procs)  "
                  f"{r['key_rows']} key rows, {r['distinct_keys']} distinct  snapshot "
                  f"{r['snapshot_s']:.1f}s  edges {r['edges_s']:.1f}s wall ({args.workers} procs; "
                  f"chunk max {r['chunk_s_max']:.1f}s, sum {r['chunk_s_sum']:.1f}s)  resolve "
                  f"{r['resolve_s']:.1f}s  => cluster {r['cluster_s']:.1f}s", flush=True)
            print(f"           pairs scored {r['pairs_scored']}  edges {r['edges']} (match "
                  f"{r['match_edges']})  clusters {r['clusters']}  suggestions {r['suggestions']}  "
                  f"pairwise P {r['precision']:.4f} R {r['recall']:.4f}", flush=True)
            check = r.get("brute_check")
            print(f"           recall vs brute force ({args.brute_queries} claims, "
                  f"{r['queries_with_match']} with a match, {r['brute_s_per_query']:.2f}s each"
                  + (f"; check on {check[0]}: {check[2]} of {check[1]} pairs differ" if check else "")
                  + f"): match {_pct(r['recall_match'])}  true match {_pct(r['recall_true_match'])}",
                  flush=True)
            print(f"           peak RSS: parent {r['rss_parent_mb']:.0f} MB (snapshot built: "
                  f"{r['rss_before_mb']:.0f} MB), chunk worker {r['worker_rss_mb']:.0f} MB", flush=True)
            dumps.append({"size": size, "keys": r["keys"], "pairs": r.pop("pairs_dump")})
            if args.dump:  # after each run, so a long run leaves the finished sizes behind
                Path(args.dump).write_text(json.dumps(dumps))
    if args.online_db and len(args.keys) > 1:
        # One database per key set, each in a process of its own (Django is set up once).
        for name in args.keys:
            subprocess.run([sys.executable, __file__, "--online-db", str(args.online_db), "--keys", name,
                            "--queries", str(args.queries), "--brute-queries", str(args.brute_queries),
                            "--seed", str(args.seed),
                            "--online-budgets", *map(str, args.online_budgets),
                            *(["--dump", f"{args.dump}.{name}"] if args.dump else [])], check=True)
    elif args.online_db:
        for r in run_online_db(args.online_db, args.queries, args.brute_queries, args.seed, args.keys[0],
                               tuple(b or None for b in args.online_budgets), args.dump):
            print(f"online (SQLite) n={r['size']} [{r['keys']}, budget {r['budget']}]  load "
                  f"{r['load_s']:.0f}s  database {r['db_mb']:.0f} MB ({r['key_rows']} key rows, "
                  f"{r['stat_rows']} key stats)  candidate_ids+compare p50 {r['online_p50_ms']:.2f} ms "
                  f"p95 {r['online_p95_ms']:.2f} ms (mean {r['candidates_mean']:.0f} candidates)  brute "
                  f"p50 {r['brute_p50_ms']:.0f} ms p95 {r['brute_p95_ms']:.0f} ms  recall match "
                  f"{_pct(r['recall_match'])}  true match {_pct(r['recall_true_match'])}  peak RSS "
                  f"{r['peak_rss_mb']:.0f} MB", flush=True)

if __name__ == "__main__":
    main()
