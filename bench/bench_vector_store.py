"""Memory of one process's copy of the stored vectors (claims.meaning.VectorStore) at N rows.

    .venv/bin/python bench/bench_vector_store.py 1000000

Feeds N random unit vectors (int8, as stored) to a VectorStore directly, as a refresh would, then
trains and files the IVF index as a worker does (`_index_refresh(wait=True)`), and prints the
process's resident memory above its start after each step. The rows' content does not change
the memory; no database is read.
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
os.environ.setdefault("KUTIP_VAR_DIR", tempfile.mkdtemp(prefix="kutip-bench-"))

import django  # noqa: E402

django.setup()

import numpy as np  # noqa: E402

from claims import meaning  # noqa: E402
from claims.matching import semantic  # noqa: E402


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main(n: int) -> None:
    rng = np.random.default_rng(0)
    store = meaning.VectorStore()
    start = rss_mb()
    for lo in range(0, n, 50_000):
        vectors = rng.normal(size=(min(50_000, n - lo), semantic.DIM)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        q = semantic.quantize(vectors)
        store._append([(lo + i + 1, lo + i + 1, q.to_bytes(i)) for i in range(len(q))])
    del vectors, q
    gc.collect()
    loaded = rss_mb()
    t0 = time.perf_counter()
    store._index_refresh(wait=True)
    train = time.perf_counter() - t0
    gc.collect()
    held = store.n - getattr(store, "base", 0)
    print(f"{n} rows: vectors read +{loaded - start:.0f} MB; index trained and every row filed "
          f"+{rss_mb() - start:.0f} MB (index blocks {store.index.nbytes() / 2**20:.0f} MB, rows "
          f"the store still holds {held}); train and file {train:.1f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
