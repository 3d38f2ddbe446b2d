"""A claim joining a cluster: the cost of bringing the cluster's stats up to date, by its size
(run by hand; not a test).

    .venv/bin/python bench/bench_cluster_stats.py --var-dir D [--trials 30]

D is a database of bench_nightly_db.py (its generated clusters run from 1 to thousands of claims).
For clusters of about 1, 10, 100, 1 000 claims and the largest, each trial files one new claim
(a new article) in the cluster and times, alternating which goes first:

- recount: `clustering.clusters_refresh_stats`, which reads every claim of the cluster (what the
  online path did before clusters had a stored spread, and what it still does for a cluster
  without one);
- add: `clustering.clusters_add_claims`, which reads the claim that joined and the cluster's
  stored spread, and counts the cluster's claims on its index to check the spread.

Everything runs in a transaction that is rolled back: the database is left as it was.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_online_tiers import percentile  # noqa: E402
from bench.corpus import setup_django  # noqa: E402

SIZES = (1, 10, 100, 1000)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--var-dir", required=True)
    ap.add_argument("--trials", type=int, default=30)
    args = ap.parse_args()
    setup_django(args.var_dir)

    from django.db import transaction

    from claims.clustering import clusters_add_claims, clusters_refresh_stats
    from claims.models import Claim, ClaimCluster
    from sources.models import Article

    picked = []
    for size in SIZES:
        pk = (ClaimCluster.objects.filter(claim_count__gte=size).order_by("claim_count", "pk")
              .values_list("pk", flat=True).first())
        if pk is not None:
            picked.append(pk)
    picked.append(ClaimCluster.objects.order_by("-claim_count", "pk").values_list("pk", flat=True).first())

    with transaction.atomic():
        clusters_refresh_stats(picked)  # every picked cluster starts with a stored spread
        for cluster_id in picked:
            size = Claim.objects.filter(cluster_id=cluster_id).count()
            template = Claim.objects.filter(cluster_id=cluster_id).select_related("article").first()
            times = {"recount": [], "add": []}
            for trial in range(args.trials):
                article = Article.objects.create(
                    outlet=template.article.outlet, source_name=f"bench-cluster-stats-{cluster_id}-{trial}",
                    body=template.article.body, raw=template.article.raw, language=template.article.language,
                    content_hash=f"bench-cluster-stats-{cluster_id}-{trial}",
                )
                claim = Claim.objects.create(
                    article=article, cluster_id=cluster_id, speaker_id=template.speaker_id, text=template.text,
                    normalised_text=template.normalised_text, start=0, end=len(template.text),
                    language=template.language,
                )
                order = ["recount", "add"] if trial % 2 else ["add", "recount"]
                for way in order:
                    t0 = time.perf_counter()
                    if way == "recount":
                        clusters_refresh_stats([cluster_id])
                    else:
                        # The spread as it stands before the claim joins (a recount before this
                        # one has counted the claim already).
                        spread = ClaimCluster.objects.get(pk=cluster_id).spread
                        before = Claim.objects.filter(cluster_id=cluster_id).count() - 1
                        ClaimCluster.objects.filter(pk=cluster_id).update(spread={**spread, "claims": before})
                        t0 = time.perf_counter()
                        clusters_add_claims({cluster_id: {claim.pk}})
                    times[way].append(time.perf_counter() - t0)
            recount, add = times["recount"], times["add"]
            print(f"cluster of {size:>5} claims: recount p50 / p95 {1000 * statistics.median(recount):.2f} / "
                  f"{1000 * percentile(recount, 0.95):.2f} ms; add {1000 * statistics.median(add):.2f} / "
                  f"{1000 * percentile(add, 0.95):.2f} ms; x{statistics.median(recount) / statistics.median(add):.1f}",
                  flush=True)
        transaction.set_rollback(True)


if __name__ == "__main__":
    main()
