"""Both matching tiers online, per new claim, at N stored claims, through the product's code (run
by hand; not a test).

    .venv/bin/python bench/bench_nightly_db.py --claims 1000000 --var-dir D --meaning --meaning-missed 0 \
        --meaning-catch-up-only                     # builds the database once, with stored vectors
    .venv/bin/python bench/bench_online_tiers.py --var-dir D --claims 1000000 --refit-vectors   # once: see refit_vectors
    .venv/bin/python bench/bench_online_tiers.py --var-dir D --claims 1000000 --articles 40 --per-article 1 5 8
    .venv/bin/python bench/bench_online_tiers.py ... --profile /tmp/tiers.prof   # where the time goes

Each new article is generated like the stored ones (bench/corpus.py: `Name said, "..."`
paragraphs), half of its claims near-duplicates of stored claims by the same speaker
(`TextMaker.variant`: republished as is, a dropped word, a cut tail, other punctuation) and half new
claims from the templates. It goes through `pipeline.ingest` (extraction, then the store and the
wording tier, `clustering.claims_assign_clusters`, inside the ingest transaction), then through
the worker's meaning step, what `tasks.meaning_task` runs after the commit
(`meaning.claims_embed`, then `meaning.claims_match_by_meaning`: embed what has no vector, IVF
search over the stored vectors, read and judge the neighbours, file edges and moves).

Articles alternate between the two places the embedding can run (`--embed-at-ingest both`): on a
thread during the ingest, beside the store and the wording tier (`meaning.embed_ahead`, stored by
`meaning.claims_store_vectors` after the commit: KUTIP_EMBED_AT_INGEST on), or in the meaning
step (off). Per claim: the wording tier alone (the string-only figure, the same claims in the
same run); the ingest's matching span, from the extracted texts to the stored vectors (the
article and its claims stored, the wording tier, and in 'on' the wait for the embedding); the
meaning step; both (span + meaning step, an article's time divided by its claims); the
embedding (`semantic.embed`, on whichever thread) and the vector store's refresh
(`VectorStore.refresh`). Extraction is not matching and is left out.

The process loads the stored vectors and trains the IVF index before the first article, as a
worker does once. The new articles stay in the database (a few hundred claims on top of N).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_nightly_db import StepTimer  # noqa: E402
from bench.corpus import CUES_EN, CUES_ID, FILLER_EN, FILLER_ID, TextMaker, setup_django  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(q * len(s) + 0.5) - 1))]


def ms(values: list[float]) -> str:
    return f"{1000 * statistics.median(values):.1f} / {1000 * percentile(values, 0.95):.1f} ms"


def article_text(rng: random.Random, maker: TextMaker, stored: list[tuple[str, str, str]], n: int,
                 serial: int) -> tuple[str, int]:
    """A body of n attributed claims; the number of them that repeat a stored claim."""
    language = rng.choice(["id", "en"])
    parts = [f"{maker.make(language)[:80]} ({serial})\n\n"]
    repeats = 0
    for _ in range(n):
        if rng.random() < 0.5:
            text, speaker, language = rng.choice(stored)
            text = maker.variant(text)
            repeats += 1
        else:
            text, speaker = maker.make(language), f"{rng.choice(['Budi', 'Siti', 'Agus'])} {maker.make('id').split()[0]}"
        if language == "id":
            lead = f'{speaker} {rng.choice(CUES_ID[:3])}, "'
        else:
            lead = f'{speaker} {rng.choice(CUES_EN[:2])}, "'
        parts.append(lead + text.rstrip(".") + '."' + " " + rng.choice(FILLER_ID if language == "id" else FILLER_EN) + "\n\n")
    return "".join(parts), repeats


def refit_vectors(sampled: list[tuple[int, str]]) -> None:
    """Replace the stored vectors of the database by vectors like real ones, once.

    bench_nightly_db.py stores synthetic vectors made for the nightly edges: a common direction
    plus one random direction per generated cluster. A real e5 query is off that set, and the
    IVF lists trained on it are lopsided (up to 60 000 rows at 1M): a real query then reads most
    of the vectors, which no real archive would make it do. Here the sampled claims (those the new
    articles repeat) get their real e5 vectors, and every other claim a vector drawn from a
    Gaussian fitted to those (their mean and covariance, as bench_semantic.py's IVF benchmark
    does): lists like real ones, and repeats that find their original."""
    import numpy as np
    from django.db import connection, transaction

    from bench.bench_semantic import _like
    from claims.matching import semantic
    from claims.models import ClaimEmbedding

    t0 = time.perf_counter()
    real = semantic.embed([text for _, text in sampled])
    quantized = semantic.quantize(real)
    real_of = {pk: quantized.to_bytes(i) for i, (pk, _) in enumerate(sampled)}
    ids = np.asarray(ClaimEmbedding.objects.order_by("pk").values_list("pk", "claim_id"), dtype=np.int64)
    drawn = semantic.quantize(_like(real, len(ids), np.random.default_rng(3)))
    table = ClaimEmbedding._meta.db_table
    with transaction.atomic(), connection.cursor() as cursor:
        for lo in range(0, len(ids), 50_000):
            cursor.executemany(
                f"UPDATE {table} SET vector = %s WHERE id = %s",
                [(real_of.get(int(claim_id)) or drawn.to_bytes(lo + i), int(pk))
                 for i, (pk, claim_id) in enumerate(ids[lo:lo + 50_000])],
            )
    print(f"stored vectors refitted: {len(real_of)} real, {len(ids) - len(real_of)} drawn like them "
          f"({time.perf_counter() - t0:.0f} s)", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--var-dir", required=True)
    ap.add_argument("--claims", type=int, required=True, help="the stored claims the database was built with")
    ap.add_argument("--articles", type=int, default=40, help="new articles per size of article")
    ap.add_argument("--per-article", type=int, nargs="+", default=[1, 5, 8])
    ap.add_argument("--seed", type=int, default=23)
    ap.add_argument("--refit-vectors", action="store_true",
                    help="first replace every stored vector by one like real e5 vectors (see refit_vectors)")
    ap.add_argument("--embed-at-ingest", choices=["on", "off", "both"], default="both",
                    help="where the embedding runs (KUTIP_EMBED_AT_INGEST); both: articles alternate")
    ap.add_argument("--profile", metavar="FILE",
                    help="also profile the two tiers' steps (cProfile) and write the stats to FILE")
    args = ap.parse_args()
    setup_django(args.var_dir)

    from django.conf import settings

    from claims import meaning, pipeline
    from claims.matching import semantic
    from claims.models import Claim, ClaimEmbedding
    from sources.models import Article

    stored_claims = Claim.objects.count()
    vectors = ClaimEmbedding.objects.filter(model=semantic.MODEL).count()
    if stored_claims < args.claims or vectors < 0.9 * stored_claims:
        raise SystemExit(f"{stored_claims} claims, {vectors} vectors: build the database first (see the docstring)")
    # Seeded by the database's state too: a rerun on the same database writes other articles
    # (the same body again would be a duplicate, not ingested).
    articles = Article.objects.count()
    rng = random.Random(f"{args.seed}-{articles}")
    maker = TextMaker(random.Random(f"{args.seed}-{articles}-text"), n_places=4000)
    sample = sorted(rng.sample(range(1, stored_claims + 1), 2000))
    picked = [(pk, t, s, lang) for pk, t, s, lang in Claim.objects.filter(pk__in=sample)
              .values_list("pk", "text", "speaker__name", "language") if s]
    stored = [(t, s, lang) for _, t, s, lang in picked]
    stored_pks = [(pk, t) for pk, t, _, _ in picked]

    if args.refit_vectors:
        refit_vectors(stored_pks)
    t0 = time.perf_counter()
    meaning.vector_store().refresh(recount=True, wait=True)
    semantic.embed(["warm up"])
    print(f"{stored_claims} claims, {vectors} vectors; vectors loaded and index trained in "
          f"{time.perf_counter() - t0:.1f} s", flush=True)

    pipeline.meaning_schedule = lambda article, only=None: None  # the meaning step is run below
    timer = StepTimer()
    timer.wrap(pipeline, "claims_assign_clusters", "wording")
    span = _time_span(pipeline)
    timer.wrap(semantic, "embed", "embedding")
    timer.wrap(meaning.VectorStore, "refresh", "refresh")
    profiler = cProfile.Profile() if args.profile else None
    if profiler is not None:
        _profile(pipeline, "claims_assign_clusters", profiler)
    run, serial = time.time_ns(), 0
    modes = {"on": [True], "off": [False], "both": [True, False]}[args.embed_at_ingest]
    for n in args.per_article:
        figures = {mode: defaultdict(list) for mode in modes}
        counted = {mode: [0, 0] for mode in modes}  # claims, repeats
        for i in range(args.articles * len(modes)):
            mode = modes[i % len(modes)]
            settings.KUTIP_EMBED_AT_INGEST = mode
            serial += 1
            body, repeated = article_text(rng, maker, stored, n, serial)
            result = pipeline.ingest(body, source_name=f"bench-online-{run}-{serial}")
            ids = list(result.article.claims.values_list("pk", flat=True)) if result.ok and result.created else []
            at_ingest = timer.take()
            if not ids:
                continue
            ingest_span = span["end"] - span["start"]
            t0 = time.perf_counter()
            if profiler is not None:
                profiler.enable()
            meaning.claims_embed(ids)
            meaning.claims_match_by_meaning(ids)
            if profiler is not None:
                profiler.disable()
            m = time.perf_counter() - t0
            steps = timer.take()
            k = len(ids)
            counted[mode][0] += k
            counted[mode][1] += repeated
            got = figures[mode]
            got["wording"].append(at_ingest.get("wording", 0.0) / k)
            got["span"].append(ingest_span / k)
            got["meaning"].append(m / k)
            got["both"].append((ingest_span + m) / k)
            got["article"].append(ingest_span + m)
            got["embedding"].append((at_ingest.get("embedding", 0.0) + steps.get("embedding", 0.0)) / k)
            got["refresh"].append(steps.get("refresh", 0.0) / k)
        for mode in modes:
            got, (claims, repeats) = figures[mode], counted[mode]
            print(f"articles of {n}, embedding at ingest {'on' if mode else 'off'} ({claims} claims stored, "
                  f"{repeats} written as repeats): per claim p50 / p95 wording only {ms(got['wording'])}; "
                  f"ingest span {ms(got['span'])}; meaning step {ms(got['meaning'])}; both tiers {ms(got['both'])}; "
                  f"per article both {ms(got['article'])}; embedding {ms(got['embedding'])}, "
                  f"reading new vectors {ms(got['refresh'])}", flush=True)
    if profiler is not None:
        profiler.dump_stats(args.profile)
        pstats.Stats(args.profile).sort_stats("cumulative").print_stats(40)


def _time_span(pipeline) -> dict[str, float]:
    """The ingest's matching span: from `embed_ahead` (called once the texts are extracted, on or
    off) to the end of `claims_store_vectors` (after the commit)."""
    span: dict[str, float] = {}
    ahead, store = pipeline.embed_ahead, pipeline.claims_store_vectors

    def started(*args, **kwargs):
        span["start"] = time.perf_counter()
        return ahead(*args, **kwargs)

    def stored(*args, **kwargs):
        try:
            return store(*args, **kwargs)
        finally:
            span["end"] = time.perf_counter()

    pipeline.embed_ahead, pipeline.claims_store_vectors = started, stored
    return span


def _profile(owner, name: str, profiler: cProfile.Profile) -> None:
    """Profile every call of owner.name (the wording tier runs inside the ingest, whose
    extraction is not matching and stays out of the profile)."""
    original = getattr(owner, name)

    def profiled(*args, **kwargs):
        profiler.enable()
        try:
            return original(*args, **kwargs)
        finally:
            profiler.disable()

    setattr(owner, name, profiled)


if __name__ == "__main__":
    main()
