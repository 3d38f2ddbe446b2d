"""Dashboard pages at 100k claims (run by hand; not a test).

    .venv/bin/python bench/bench_dashboard.py [--var-dir /tmp/kutip-bench-100k] [--claims 100000]

Builds (or reuses) a generated SQLite database of `--claims` claims (bench/corpus.py) under its
own KUTIP_VAR_DIR, then requests every dashboard page through Django's test Client signed in as a
superuser: per page the median and p95 of `--runs` requests after `--warmup` untimed ones, the
number of SQL queries and the slowest query (one extra request inside CaptureQueriesContext).
Baseline, timed the same way in the same run: a plain `HttpResponse` behind `login_required`
through the whole middleware stack (`/bench/plain/`), and the login page (a small template).
Ratios are page median / plain-view median. `--explain` prints SQLite's plan of the slowest
query of each page over `--target` ms.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import build, setup_django  # noqa: E402

urlpatterns: list = []  # filled in main(): this module is the ROOT_URLCONF of the run

# Indexes the models lack, as a migration would create them (see docs/benchmarks.md), to measure
# one before writing its migration. Empty: the last ones (cluster spread and first-seen order,
# claim language) are in claims/migrations/0005_inbox_indexes.py.
SUGGESTED_INDEXES: dict[str, str] = {}


def percentile(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(q * len(s) + 0.5) - 1))]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--var-dir", default=str(Path(tempfile.gettempdir()) / "kutip-bench-100k"))
    p.add_argument("--claims", type=int, default=100_000)
    p.add_argument("--runs", type=int, default=20)
    p.add_argument("--warmup", type=int, default=2)
    p.add_argument("--page-budget", type=float, default=40.0,
                   help="s per page: a page slower than this allows gets fewer runs (at least 5)")
    p.add_argument("--target", type=float, default=200.0, help="ms; pages over it are flagged")
    p.add_argument("--explain", action="store_true")
    p.add_argument("--only", nargs="*", help="page names to run (default: all)")
    p.add_argument("--json", help="write the results here too")
    p.add_argument("--suggested-indexes", action="store_true",
                   help="create the indexes this benchmark suggests (SUGGESTED_INDEXES) in the bench database "
                        "first; without it they are dropped, so a run measures the models as they are")
    a = p.parse_args()

    setup_django(a.var_dir)
    info = build(claims=a.claims)
    print(json.dumps(info))
    from django.db import connection as conn

    with conn.cursor() as cur:
        for name, target in SUGGESTED_INDEXES.items():
            cur.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}" if a.suggested_indexes
                        else f"DROP INDEX IF EXISTS {name}")
    print("suggested indexes:", "created" if a.suggested_indexes else "absent")

    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.contrib.auth.decorators import login_required
    from django.db import connection
    from django.http import HttpResponse
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import clear_url_caches, include, path

    from claims.models import Claim
    from sources.models import Article

    @login_required
    def plain(request):
        return HttpResponse("ok")

    global urlpatterns
    urlpatterns = [path("bench/plain/", plain), path("", include("factcheck.urls"))]
    settings.ROOT_URLCONF = __name__
    clear_url_caches()

    client = Client()
    client.force_login(get_user_model().objects.get(username="bench"))

    big, small = info["big_cluster"][0], info["small_cluster"][0]
    busy, quiet = info["busiest_speaker"][0], info["quiet_speaker"][0]
    sample = Claim.objects.filter(cluster_id=big).values_list("text", "language").first()
    # A place name (a generated pseudo-word) of some claim: a rare word, as a checker would type.
    place = next(m.group(1) for t in Claim.objects.values_list("text", flat=True)[:200]
                 if (m := re.search(r"\b(?:di|in) ([A-Z][a-z]{4,})", t)))
    article = Article.objects.order_by("-pk").values_list("pk", flat=True).first()
    first_day = Claim.objects.order_by("-article__published_at").values_list("article__published_at", flat=True)[0]
    date_from = (first_day.date().replace(day=1)).isoformat()
    match_text = sample[0].replace(",", "")

    pages = [
        ("baseline: plain view", "get", "/bench/plain/", None),
        ("baseline: login page", "get", "/accounts/login/", None),
        ("inbox (spread)", "get", "/", None),
        ("inbox sort=newest", "get", "/?sort=newest", None),
        ("inbox sort=first_seen", "get", "/?sort=first_seen", None),
        ("inbox page 2", "get", "/?page=2", None),
        ("inbox page 500", "get", "/?sort=newest&page=500", None),
        ("inbox language=id", "get", "/?language=id", None),
        ("inbox speaker=busiest", "get", f"/?speaker={busy}", None),
        ("inbox outlet", "get", "/?outlet=7", None),
        ("inbox status=checked", "get", "/?status=checked", None),
        ("inbox previously_checked", "get", "/?previously_checked=yes", None),
        ("inbox date_from", "get", f"/?date_from={date_from}", None),
        ("inbox q=<place>", "get", f"/?q={place}", None),
        ("inbox q=common word", "get", "/?q=warga", None),
        ("inbox q=part of a word", "get", "/?q=arga", None),
        ("inbox stance=deny", "get", "/?stance=deny", None),
        ("inbox speaker typed (no pick)", "get", "/?speaker_name=budi&speaker=", None),
        ("speaker suggestions (htmx)", "get", "/speakers/suggest/?speaker_name=bu", None),
        (f"cluster big ({info['big_cluster'][1]} claims)", "get", f"/clusters/{big}/", None),
        ("cluster big, page 16", "get", f"/clusters/{big}/?page=16", None),
        ("cluster small (3 claims)", "get", f"/clusters/{small}/", None),
        ("review", "get", f"/reviews/{info['review']}/", None),
        ("article", "get", f"/articles/{article}/", None),
        ("speakers list", "get", "/speakers/", None),
        ("speakers list q=budi", "get", "/speakers/?q=budi", None),
        (f"speaker busiest ({info['busiest_speaker'][1]} claims)", "get", f"/speakers/{busy}/", None),
        (f"speaker quiet ({info['quiet_speaker'][1]} claims)", "get", f"/speakers/{quiet}/", None),
        ("search q=<place>", "get", f"/search/?q={place}", None),
        ("search q=two common words", "get", "/search/?q=warga+tahun", None),
        ("search q=part of a word", "get", "/search/?q=arga", None),
        ("match box (POST /search/)", "post", "/search/", {"text": match_text, "speaker": "", "language": ""}),
        ("ingest page", "get", "/ingest/", None),
        ("operations", "get", "/operations/", None),
    ]
    if a.only:
        pages = [pg for pg in pages if pg[0].startswith("baseline") or any(o in pg[0] for o in a.only)]

    def request(method, url, data):
        return client.post(url, data) if method == "post" else client.get(url)

    results = []
    for name, method, url, data in pages:
        for _ in range(a.warmup):
            r = request(method, url, data)
            assert r.status_code == 200, (name, r.status_code)
        with CaptureQueriesContext(connection) as ctx:
            request(method, url, data)
        queries = ctx.captured_queries
        slowest = max(queries, key=lambda q: float(q["time"]), default=None)
        times = []
        t = time.perf_counter()
        request(method, url, data)
        first = time.perf_counter() - t
        runs = max(5, min(a.runs, int(a.page_budget / max(first, 1e-3))))
        for _ in range(runs):
            t = time.perf_counter()
            request(method, url, data)
            times.append((time.perf_counter() - t) * 1000)
        row = {
            "page": name, "url": url, "runs": runs, "median_ms": statistics.median(times), "p95_ms": percentile(times, 0.95),
            "queries": len(queries), "sql_ms": sum(float(q["time"]) for q in queries) * 1000,
            "slowest_sql_ms": float(slowest["time"]) * 1000 if slowest else 0.0,
            "slowest_sql": slowest["sql"] if slowest else "",
        }
        results.append(row)
        print(f"{name:40s} n={runs:2d} {row['median_ms']:8.1f} {row['p95_ms']:8.1f} ms  {row['queries']:3d} q  "
              f"sql {row['sql_ms']:7.1f} ms (max {row['slowest_sql_ms']:.1f})", flush=True)

    base = results[0]["median_ms"]
    print(f"\nload: {os.getloadavg()}\n")
    print("| page | runs | median ms | p95 ms | x plain view | queries | SQL ms (slowest) |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for r in results:
        flag = " **over**" if r["p95_ms"] > a.target and not r["page"].startswith("baseline") else ""
        print(f"| {r['page']} | {r['runs']} | {r['median_ms']:.1f} | {r['p95_ms']:.1f}{flag} | x{r['median_ms'] / base:.1f} | "
              f"{r['queries']} | {r['sql_ms']:.1f} ({r['slowest_sql_ms']:.1f}) |")
    if a.explain:
        for r in results:
            if r["median_ms"] > a.target or r["slowest_sql_ms"] > 20:
                print(f"\n## {r['page']}: slowest query {r['slowest_sql_ms']:.1f} ms\n{r['slowest_sql']}")
                with connection.cursor() as cur:
                    cur.execute("EXPLAIN QUERY PLAN " + r["slowest_sql"])
                    for row in cur.fetchall():
                        print("   ", row)
    if a.json:
        Path(a.json).write_text(json.dumps({"info": info, "load": os.getloadavg(), "results": results,
                                            "suggested_indexes": a.suggested_indexes}, indent=1))


if __name__ == "__main__":
    main()
