"""What the glossed-words corroboration adds to comparing two claims of different languages (run
by hand; results in docs/benchmarks.md, "Glossed words across languages").

    .venv/bin/python bench/bench_glossary.py ../shared/corpus/gold/*.json /path/to/set/gold/*.json

Every Indonesian gold statement of the files is paired with every English one, and
`scoring.compare` is timed on each pair with the gloss (`glossary.translated_overlap`) and
without it (the same call with the gloss stubbed out), in alternating rounds in one process, so
both see the same machine. The first round with the gloss runs on a cold cache (each Indonesian
word stemmed by PySastrawi once, as a fresh worker does); the others are warm, as a worker is
after its first articles. The meaning tier compares a new claim with its ~20 nearest neighbours.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims.matching import glossary, scoring  # noqa: E402
from claims.matching.keys import claim_key  # noqa: E402

ROUNDS = 5


def statements(paths: list[str]) -> list[tuple[str, str]]:
    out = []
    for path in paths:
        gold = json.loads(Path(path).read_text("utf-8"))
        language = gold.get("language")
        out.extend((s["text"], language) for s in gold["statements"] if language in ("id", "en"))
    return out


def timed(pairs, compare) -> list[float]:
    times = []
    for a, b in pairs:
        t = time.perf_counter()
        compare(a, b)
        times.append((time.perf_counter() - t) * 1e6)
    return times


def main(paths: list[str]) -> None:
    found = statements(paths)
    keys = [claim_key(text, language=lang) for text, lang in found]
    ids = [k for k in keys if k.language == "id"]
    ens = [k for k in keys if k.language == "en"]
    pairs = [(a, b) for a in ids for b in ens]
    print(f"{len(ids)} Indonesian x {len(ens)} English statements: {len(pairs)} pairs")
    real = scoring.translated_overlap

    def without(a, b):
        scoring.translated_overlap = lambda *_: None
        try:
            return scoring.compare(a, b)
        finally:
            scoring.translated_overlap = real

    glossary._gloss.cache_clear()
    cold = timed(pairs, scoring.compare)
    on, off = [], []
    for _ in range(ROUNDS):
        off += timed(pairs, without)
        on += timed(pairs, scoring.compare)

    def p(xs, q):
        return statistics.quantiles(xs, n=100)[q - 1]

    for name, xs in (("without the gloss", off), ("with the gloss, warm", on), ("with the gloss, cold", cold)):
        print(f"{name:<24} p50 {p(xs, 50):7.1f} us  p95 {p(xs, 95):7.1f} us")
    print(f"ratio with/without, warm: p50 x{p(on, 50) / p(off, 50):.2f}, p95 x{p(on, 95) / p(off, 95):.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
