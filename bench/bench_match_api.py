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


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--var-dir", default=str(Path(tempfile.gettempdir()) / "kutip-bench-100k"))
    p.add_argument("--claims", type=int, default=100_000)
    p.add_argument("--queries", type=int, default=200)
    p.add_argument("--warmup", type=int, default=5)
    p.add_argument("--brute-queries", type=int, default=60)
    p.add_argument("--prerank-queries", type=int, default=10)
    p.add_argument("--seed", type=int, default=11)
    p.add_argument("--json", help="write the results here too")
    a = p.parse_args()

    setup_django(a.var_dir)
    info = build(claims=a.claims)
    print(json.dumps(info))

    from django.contrib.auth import get_user_model
    from django.test import Client
    from rapidfuzz import fuzz, process

    from claims import selectors
    from claims.matching import claim_key, normalise
    from claims.models import Claim
    from integrations.services import token_create

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
        return client.post("/api/v1/match", {"text": text, "language": language}, content_type="application/json")

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
    for kind in times:
        e = endpoint[kind]
        print(f"{kind}: top result is a 'match' {e['top_is_match']}/{e['n']}, "
              f"own cluster first {e['own_cluster_first']}/{e['n']}")
    if a.json:
        Path(a.json).write_text(json.dumps({"info": info, "endpoint": endpoint, "brute": brute_stats,
                                            "prerank": pre_stats, "load": os.getloadavg()}, indent=1))


if __name__ == "__main__":
    main()
