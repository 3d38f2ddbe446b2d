"""POST /api/v1/match at 100k stored claims (run by hand; not a test).

    .venv/bin/python bench/bench_match_api.py [--var-dir /tmp/kutip-bench-100k] [--claims 100000]

Builds (or reuses) the generated database of bench/corpus.py, then sends `--queries` texts
(half near-duplicates of stored claims: a dropped word, a cut tail or other punctuation; half new
claims from the same templates with unseen place names) to `POST /api/v1/match` through Django's
test Client with an API token, after `--warmup` untimed requests: median and p95 per request,
and whether each near-duplicate's own cluster comes first.

Baselines in the same run: brute force, rapidfuzz `process.extractOne` (WRatio) of the
normalised query over every stored `Claim.normalised_text` (loaded once, untimed), on
`--brute-queries` of the same queries (both halves); and `--prerank-queries` calls of the
pre-ranking path of `claims.selectors.match_text` (`_match_prerank`: WRatio over every cluster
representative, then `compare` on the best 200), which is what the endpoint did before it read
the candidate index. Ratios are medians over the endpoint's median.

The same wording path at ingest (`claims.clustering.best_matches(key, exclude_article=...,
limit=1)`, what `claims_assign_clusters` runs per new claim) on `--ingest-queries` stored claims,
each with its own article excluded as at ingest: median and p95. Baseline in the same run, and
the recall of the blocked search: for `--recall-queries` of the near-duplicates, brute force
scores every stored match key (`scoring.score_many`, decisions by `decide_pair`); of its 'match'
decisions, how many pairs, clusters and own clusters (the cluster of the claim the query copies)
the 50 candidates of `candidate_ids` hold.

`--meaning on` asks for the meaning tier (`"meaning": true`, off by default in the API): a text
that wording does not match is then embedded (~50-70 ms) and searched among the stored vectors
(`--vectors` fills them) before the endpoint answers.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import TextMaker, build, setup_django  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(q * len(s) + 0.5) - 1))]


def near_duplicate(text: str, rng: random.Random) -> str:
    """Another outlet's copy: one word dropped (never a number), a cut tail or no commas, never equal."""
    words = text.split()
    for _ in range(10):
        op = rng.random()
        if op < 0.5 and len(words) > 8:
            i = rng.randrange(1, len(words) - 1)
            if any(ch.isdigit() for ch in words[i]):
                continue
            out = " ".join(words[:i] + words[i + 1:])
        elif op < 0.8 and "," in text and len(text.rsplit(",", 1)[0].split()) >= 8:
            out = text.rsplit(",", 1)[0]
        else:
            out = '"' + text.replace(",", "") + '"'
        if out != text:
            return out
    return text + " ."


def stored_vectors(path: str) -> None:
    """A vector per stored claim (drawn from a Gaussian fitted to real e5 vectors: generated
    claims have no meaning worth embedding for an hour), then the process's vector store loaded
    and its IVF index trained, as a long-running web process has them."""
    import numpy as np

    from bench_semantic import _like
    from claims.matching import semantic
    from claims.meaning import vector_store
    from claims.models import Claim, ClaimEmbedding

    missing = list(Claim.objects.filter(embedding__isnull=True).values_list("pk", flat=True))
    if missing:
        store = semantic.quantize(_like(np.load(path).astype(np.float32), len(missing), np.random.default_rng(3)))
        for start in range(0, len(missing), 5000):
            ClaimEmbedding.objects.bulk_create(
                [ClaimEmbedding(claim_id=pk, vector=store.to_bytes(start + i), model=semantic.MODEL, searched=True)
                 for i, pk in enumerate(missing[start:start + 5000])])
    t0 = time.perf_counter()
    vector_store().refresh(recount=True, wait=True)
    print(f"vector store: {vector_store().n} vectors, IVF index {'on' if vector_store().index else 'off'}, "
          f"loaded and trained in {time.perf_counter() - t0:.1f} s")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--var-dir", default=str(Path(tempfile.gettempdir()) / "kutip-bench-100k"))
    p.add_argument("--claims", type=int, default=100_000)
    p.add_argument("--queries", type=int, default=200)
    p.add_argument("--warmup", type=int, default=5)
    p.add_argument("--brute-queries", type=int, default=60)
    p.add_argument("--prerank-queries", type=int, default=10)
    p.add_argument("--ingest-queries", type=int, default=200)
    p.add_argument("--recall-queries", type=int, default=30)
    p.add_argument("--meaning", choices=["on", "off"], default="off")
    p.add_argument("--vectors", help=".npy of real claim embeddings: give every stored claim a vector drawn "
                   "like them (bench_semantic._like) so the meaning tier searches a full store")
    p.add_argument("--seed", type=int, default=11)
    p.add_argument("--json", help="write the results here too")
    a = p.parse_args()

    setup_django(a.var_dir)
    info = build(claims=a.claims)
    print(json.dumps(info))

    import numpy as np
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client
    from rapidfuzz import fuzz, process

    from claims import selectors
    from claims.clustering import best_matches
    from claims.matching import ClaimKey, claim_key, normalise
    from claims.matching import thresholds as th
    from claims.matching.scoring import MATCH, decide_pair, score_many
    from claims.matching_index import candidate_ids
    from claims.models import Claim
    from integrations.services import token_create

    settings.KUTIP_MEANING = a.meaning == "on"
    print(f"meaning tier: {a.meaning}")
    if a.meaning == "on" and a.vectors:
        stored_vectors(a.vectors)

    user = get_user_model().objects.get(username="bench")
    token = token_create(user=user, name="bench-match").plaintext
    client = Client(HTTP_AUTHORIZATION=f"Bearer {token}")

    rng = random.Random(a.seed)
    n_dup = a.queries // 2
    ids = rng.sample(range(1, info["claims"] + 1), n_dup)
    stored = {c[0]: c for c in Claim.objects.filter(pk__in=ids).values_list("pk", "text", "language", "cluster_id")}
    queries = []  # (kind, text, language, expected cluster or None)
    for cid in ids:
        _pk, text, language, cluster = stored[cid]
        queries.append(("near-duplicate", near_duplicate(text, rng), language, cluster))
    fresh = TextMaker(random.Random(a.seed + 1000), n_places=500)
    for i in range(a.queries - n_dup):
        language = "id" if i % 5 < 3 else "en"
        queries.append(("new", fresh.make(language), language, None))
    order = list(range(len(queries)))
    rng.shuffle(order)

    def post(text, language):
        body = {"text": text, "language": language, "meaning": a.meaning == "on"}
        return client.post("/api/v1/match", body, content_type="application/json")

    for i in order[:a.warmup]:
        assert post(queries[i][1], queries[i][2]).status_code == 200
    times = {"near-duplicate": [], "new": []}
    found = {"near-duplicate": 0, "new": 0}
    top_match = {"near-duplicate": 0, "new": 0}
    for i in order:
        kind, text, language, cluster = queries[i]
        t = time.perf_counter()
        r = post(text, language)
        times[kind].append((time.perf_counter() - t) * 1000)
        assert r.status_code == 200, r.content
        results = r.json()["results"]
        if results and results[0]["decision"] == "match":
            top_match[kind] += 1
        if cluster is not None and results and results[0]["cluster"] == cluster:
            found[kind] += 1
    all_times = times["near-duplicate"] + times["new"]
    print(f"load: {os.getloadavg()}")
    endpoint = {"median_ms": statistics.median(all_times), "p95_ms": percentile(all_times, 0.95),
                "max_ms": max(all_times)}
    for kind in times:
        endpoint[kind] = {"n": len(times[kind]), "median_ms": statistics.median(times[kind]),
                          "p95_ms": percentile(times[kind], 0.95), "top_is_match": top_match[kind],
                          "own_cluster_first": found[kind]}
    print("endpoint", json.dumps(endpoint, indent=1))

    # Baseline 1: brute force over every stored normalised text.
    texts = list(Claim.objects.order_by("pk").values_list("normalised_text", flat=True))
    brute = []
    step = max(1, len(order) // max(1, a.brute_queries))
    for i in order[::step][:a.brute_queries]:
        _kind, text, language, _cluster = queries[i]
        t = time.perf_counter()
        process.extractOne(normalise(text, language), texts, scorer=fuzz.WRatio)
        brute.append((time.perf_counter() - t) * 1000)
    brute_stats = {"n": len(brute), "median_ms": statistics.median(brute), "p95_ms": percentile(brute, 0.95)}
    print("brute force extractOne", json.dumps(brute_stats))

    # Baseline 2: the pre-ranking path match_text used before reading the index (no HTTP).
    pre = []
    for i in order[::max(1, len(order) // max(1, a.prerank_queries))][:a.prerank_queries]:
        _kind, text, language, _cluster = queries[i]
        t = time.perf_counter()
        selectors._match_prerank(claim_key(text, language=language), text=text, language=language)
        pre.append((time.perf_counter() - t) * 1000)
    pre_stats = {"n": len(pre), "median_ms": statistics.median(pre) if pre else None,
                 "p95_ms": percentile(pre, 0.95) if pre else None}
    print("pre-ranking path", json.dumps(pre_stats))

    # The wording path at ingest: stored claims matched with their own article excluded.
    rows = Claim.objects.filter(pk__in=rng.sample(range(1, info["claims"] + 1), a.ingest_queries))
    ingest_rows = list(rows.values_list("match_key", "article_id"))
    ingest = []
    for match_key, article_id in ingest_rows:
        key = ClaimKey.from_dict(match_key)
        t = time.perf_counter()
        best_matches(key, exclude_article=article_id, limit=1)
        ingest.append((time.perf_counter() - t) * 1000)
    ingest_stats = {"n": len(ingest), "median_ms": statistics.median(ingest), "p95_ms": percentile(ingest, 0.95)}
    print("ingest path best_matches(limit=1)", json.dumps(ingest_stats))

    # Baseline 3 and recall: brute force over every stored match key, as the nightly job scores.
    # All claims one template yields score alike, so brute force also 'matches' claims of other
    # clusters that share only template words (hundreds for the shortest templates), and the
    # 800-claim cluster holds more copies than 50 candidates can: pairs and clusters found are
    # reported, and the recall that matters, the query's own cluster (the claim it copies).
    pks, clusters, keys = [], [], []
    for pk, cluster_id, match_key in Claim.objects.order_by("pk").values_list("pk", "cluster_id", "match_key"):
        pks.append(pk)
        clusters.append(cluster_id)
        keys.append(ClaimKey.from_dict(match_key))
    row_of = {pk: j for j, pk in enumerate(pks)}
    brute_keys, recall = [], {"pairs": [0, 0], "clusters": [0, 0], "own_cluster": [0, 0]}
    near = [queries[i] for i in order if queries[i][0] == "near-duplicate"]
    for _kind, text, language, own in near[:a.recall_queries]:
        key = claim_key(text, language=language)
        t = time.perf_counter()
        scores = score_many(key, keys)
        match = {j for j in np.flatnonzero(scores >= th.AUTO_MATCH).tolist()
                 if decide_pair(key, keys[j], round(float(scores[j]), 2)) == MATCH}
        brute_keys.append((time.perf_counter() - t) * 1000)
        got = {row_of[pk] for pk in candidate_ids(key, limit=50)} & match
        want_clusters, got_clusters = {clusters[j] for j in match}, {clusters[j] for j in got}
        for name, want, have in (("pairs", match, got), ("clusters", want_clusters, got_clusters),
                                 ("own_cluster", want_clusters & {own}, got_clusters & {own})):
            recall[name][0] += len(have)
            recall[name][1] += len(want)
    brute_key_stats = {"n": len(brute_keys), "median_ms": statistics.median(brute_keys) if brute_keys else None,
                       "p95_ms": percentile(brute_keys, 0.95) if brute_keys else None,
                       **{f"recall_{name}": f"{hit}/{total}" for name, (hit, total) in recall.items()}}
    print("brute force score_many", json.dumps(brute_key_stats))
    print(f"load: {os.getloadavg()}")

    m = endpoint["median_ms"]
    print("\n| what | n | median ms | p95 ms | ratio to endpoint median |")
    print("| --- | --- | --- | --- | --- |")
    print(f"| POST /api/v1/match, all | {len(all_times)} | {m:.1f} | {endpoint['p95_ms']:.1f} | x1 |")
    for kind in times:
        e = endpoint[kind]
        print(f"| ... {kind} | {e['n']} | {e['median_ms']:.1f} | {e['p95_ms']:.1f} | |")
    print(f"| brute force extractOne | {brute_stats['n']} | {brute_stats['median_ms']:.1f} | "
          f"{brute_stats['p95_ms']:.1f} | x{brute_stats['median_ms'] / m:.0f} |")
    if pre:
        print(f"| old pre-ranking path (no HTTP) | {pre_stats['n']} | {pre_stats['median_ms']:.1f} | "
              f"{pre_stats['p95_ms']:.1f} | x{pre_stats['median_ms'] / m:.0f} |")
    im = ingest_stats["median_ms"]
    print(f"| ingest path, best_matches(limit=1) | {ingest_stats['n']} | {im:.1f} | "
          f"{ingest_stats['p95_ms']:.1f} | x{im / m:.2f} |")
    if brute_keys:
        print(f"| brute force score_many over all match keys | {brute_key_stats['n']} | "
              f"{brute_key_stats['median_ms']:.0f} | {brute_key_stats['p95_ms']:.0f} | "
              f"x{brute_key_stats['median_ms'] / m:.0f} (x{brute_key_stats['median_ms'] / im:.0f} the ingest path) |")
        print(f"recall of brute force's 'match' decisions among the 50 candidates: pairs "
              f"{brute_key_stats['recall_pairs']}, clusters {brute_key_stats['recall_clusters']}, "
              f"the query's own cluster {brute_key_stats['recall_own_cluster']}")
    for kind in times:
        e = endpoint[kind]
        print(f"{kind}: top result is a 'match' {e['top_is_match']}/{e['n']}, "
              f"own cluster first {e['own_cluster_first']}/{e['n']}")
    if a.json:
        Path(a.json).write_text(json.dumps({"info": info, "meaning": a.meaning, "endpoint": endpoint,
                                            "brute": brute_stats, "prerank": pre_stats, "ingest": ingest_stats,
                                            "brute_keys": brute_key_stats, "load": os.getloadavg()}, indent=1))


if __name__ == "__main__":
    main()
