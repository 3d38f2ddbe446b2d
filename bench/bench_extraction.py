"""Parse + extract throughput on real articles (run by hand; needs ../shared beside the checkout).

    .venv/bin/python bench/bench_extraction.py [--rounds 3]

Reads every article of ../shared/corpus and ../shared/eval-data into memory, warms the caches
(language id, dateparser, gazetteers: paid once per process), then times, in the same run and on
one core: decoding alone (the baseline), parsing, and parsing + extraction. Prints articles per
second and the ratio of each stage to the baseline.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")

from claims.extraction import extract_statements  # noqa: E402
from claims.extraction.gazetteer import SpeakerGazetteer  # noqa: E402
from sources.parsing import parse_article  # noqa: E402
from sources.parsing.decoding import decode_bytes  # noqa: E402
from sources.parsing.gazetteer import OutletGazetteer  # noqa: E402


def load_articles() -> list[tuple[str, bytes]]:
    shared = REPO.parent / "shared"
    paths = sorted(shared.glob("corpus/articles/*.txt")) + sorted(shared.glob("eval-data/*/articles/*.txt"))
    return [(p.name, p.read_bytes()) for p in paths]


def timed(fn, articles, rounds: int) -> float:
    """Best wall time of `rounds` passes over all articles (the least disturbed by other load)."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for name, data in articles:
            fn(name, data)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    articles = load_articles()
    outlets, speakers = OutletGazetteer.default(), SpeakerGazetteer.default()

    def decode(name, data):
        decode_bytes(data)

    def parse(name, data):
        return parse_article(data, filename=name, outlets=outlets)

    def parse_extract(name, data):
        article = parse(name, data)
        return extract_statements(article.body, article.language, speakers)

    started = time.perf_counter()
    for name, data in articles[:5]:
        parse_extract(name, data)
    warm = time.perf_counter() - started

    baseline = timed(decode, articles, args.rounds)
    results = {"decode (baseline)": baseline, "parse": timed(parse, articles, args.rounds),
               "parse + extract": timed(parse_extract, articles, args.rounds)}
    statements = sum(len(parse_extract(n, d)) for n, d in articles)
    sizes = [len(d) for _, d in articles]
    print(f"{len(articles)} articles, median {statistics.median(sizes)/1000:.1f} kB, {statements} statements; "
          f"warm-up (first 5 articles, imports and caches) {warm:.2f} s")
    print(f"{'stage':<20}{'articles/s/core':>16}{'ms/article':>12}{'x baseline':>12}")
    for stage, seconds in results.items():
        print(f"{stage:<20}{len(articles)/seconds:>16.0f}{1000*seconds/len(articles):>12.2f}{seconds/baseline:>12.1f}")


if __name__ == "__main__":
    main()
