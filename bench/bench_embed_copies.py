"""What the meaning tier costs the worker for a republished article, against the original's.

    .venv/bin/python bench/bench_embed_copies.py ../shared/corpus/articles/*.txt [--rounds 3]

Ingests each article (wording tier only, in a fresh SQLite database of its own), then the
worker's meaning step on its claims, `claims_embed` then `claims_match_by_meaning`, as
`tasks.meaning_task` runs it: the originals. Then a republication of each article by another
outlet (the same body with a line of its own under the title, so it is not the same article) and the same
step on its claims, twice in each round, alternating which goes first: as the code is (a copy
takes the vector of the claim it repeats) and with that lookup switched off (every claim
embedded, the code before). Times are per claim, embedding step and search step apart; a round's
copies are deleted before the next. The embedding engine runs as configured (KUTIP_EMBED_THREADS).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
os.environ["KUTIP_VAR_DIR"] = tempfile.mkdtemp(prefix="kutip-bench-copies-")
os.environ["KUTIP_MEANING"] = "0"  # ingest files by wording only; the meaning step is timed below
os.environ.pop("DATABASE_URL", None)

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

from claims import meaning  # noqa: E402
from claims.models import Claim  # noqa: E402
from claims.pipeline import ingest  # noqa: E402
from sources.models import Article  # noqa: E402


def meaning_step(ids: list[int]) -> tuple[float, float]:
    t0 = time.perf_counter()
    meaning.claims_embed(ids)
    t1 = time.perf_counter()
    meaning.claims_match_by_meaning(ids)
    return t1 - t0, time.perf_counter() - t1


def republish(path: Path, outlet: str) -> list[int]:
    # A line of its own under the title: the parser keeps it, so the body is not the original's.
    title, _, rest = path.read_text("utf-8").partition("\n")
    data = f"{title}\n\n{outlet} memuat ulang laporan ini untuk pembacanya.\n\n{rest}".encode()
    result = ingest(data, source_name=f"{outlet}/{path.name}", filename=path.name)
    if not result.ok or result.created is False:
        raise SystemExit(f"{path.name}: the republication was not stored as a new article ({result})")
    return list(result.article.claims.values_list("pk", flat=True))


def per_claim(times: list[tuple[float, int]]) -> str:
    ms = [1000 * t / n for t, n in times if n]
    return f"{statistics.median(ms):.1f} ms (mean {1000 * sum(t for t, _ in times) / sum(n for _, n in times):.1f})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles", nargs="+", type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    call_command("migrate", verbosity=0)

    originals: list[tuple[Path, list[int]]] = []
    embed_orig, search_orig = [], []
    for path in args.articles:
        result = ingest(path.read_bytes(), source_name=str(path), filename=path.name)
        ids = list(result.article.claims.values_list("pk", flat=True)) if result.ok else []
        if not ids:
            continue
        originals.append((path, ids))
        e, s = meaning_step(ids)
        embed_orig.append((e, len(ids)))
        search_orig.append((s, len(ids)))

    real_lookup = meaning._stored_copies
    rows = {"reuse": ([], []), "embed every claim": ([], [])}
    repeated = copies = 0
    for r in range(args.rounds):
        for order in range(2):
            variants = ["reuse", "embed every claim"][:: 1 if (r + order) % 2 == 0 else -1]
            variant = variants[0]
            meaning._stored_copies = real_lookup if variant == "reuse" else (lambda rows: {})
            try:
                for n, (path, ids) in enumerate(originals):
                    copy_ids = republish(path, f"outlet-{r}-{order}-{n}")
                    texts = set(Claim.objects.filter(pk__in=ids).values_list("text", flat=True))
                    repeated += Claim.objects.filter(pk__in=copy_ids, text__in=texts).count()
                    copies += len(copy_ids)
                    e, s = meaning_step(copy_ids)
                    rows[variant][0].append((e, len(copy_ids)))
                    rows[variant][1].append((s, len(copy_ids)))
            finally:
                meaning._stored_copies = real_lookup
            Article.objects.exclude(pk__in=Claim.objects.filter(pk__in=[i for _, ids in originals for i in ids])
                                    .values("article_id")).delete()

    claims = sum(len(ids) for _, ids in originals)
    print(f"{len(originals)} articles, {claims} claims; republications: {copies} claims, "
          f"{repeated} of them word for word the original's ({args.rounds} rounds x 2)")
    print(f"{'':<32} {'embedding step per claim':<30} {'search step per claim'}")
    print(f"{'originals (embedded)':<32} {per_claim(embed_orig):<30} {per_claim(search_orig)}")
    for name, (embed, search) in rows.items():
        print(f"{'copies, ' + name:<32} {per_claim(embed):<30} {per_claim(search)}")


if __name__ == "__main__":
    main()
