"""The nightly job's candidate search, compiled (numba): every claim of a range looked up in the
corpus's inverted index, one claim at a time, with a dense accumulator.

`index.BlockTable.candidate_pairs` calls it. The arithmetic is `CandidateIndex.candidates`'s,
with the window and rescoring rules documented there: a claim's keys rarest first within the
postings budget (at least `min_keys`), idf weights summed per candidate in plan order, a key
filed under more than `window` claims read only in the `window` claims filed nearest the query,
candidates a rare key found rescored with every windowed key they hold, the `limit` best kept
(weight descending, then position). Per claim it costs the postings it reads, with no sort of
the corpus-wide pairs that a vectorised numpy version needs (x10-20 at 100k: docs/benchmarks.md).

Kept apart from index.py so that the web processes, which use only the online index, never
import numba; a worker compiles the kernel once and caches it on disk (`cache=True`).
"""

from __future__ import annotations

import numpy as np
from numba import njit


@njit(cache=True, nogil=True)
def _lower_bound(post_ids, start, end, claim):
    """The first index in the sorted postings post_ids[start:end] not below `claim`."""
    lo, hi = start, end
    while lo < hi:
        mid = (lo + hi) // 2
        if post_ids[mid] < claim:
            lo = mid + 1
        else:
            hi = mid
    return lo


@njit(cache=True, nogil=True)
def _holds(post_ids, start, end, claim):
    """Whether the sorted postings post_ids[start:end] hold `claim`."""
    at = _lower_bound(post_ids, start, end, claim)
    return at < end and post_ids[at] == claim


@njit(cache=True, nogil=True)
def _best(cands, score, limit):
    """Indices of the `limit` best candidates, weight descending, ties to the lower position."""
    m = len(cands)
    if m > limit:
        # Only what reaches the limit-th weight is sorted (a window's candidates often tie).
        floor = -np.partition(-score, limit - 1)[limit - 1]
        keep = np.flatnonzero(score >= floor)
    else:
        keep = np.arange(m)
    by_position = keep[np.argsort(cands[keep])]
    ranked = by_position[np.argsort(-score[by_position], kind="mergesort")]
    return ranked[:limit]


@njit(cache=True, nogil=True)
def candidate_pairs(lo, hi, key_ptr, key_ids, df, weights, post_ptr, post_ids, limit, budget, min_keys,
                    window):
    """(query, candidate, shared keys) rows of claims lo..hi-1, each query's best first.
    `window` <= 0 reads every key in full. See the module docstring for the rules."""
    n = len(key_ptr) - 1
    total = np.zeros(n, np.float64)  # weight summed over every key read
    narrow = np.zeros(n, np.float64)  # weight of the keys read in full
    hits = np.zeros(n, np.int32)
    narrow_hits = np.zeros(n, np.int32)
    touched = np.empty(n, np.int64)
    out_q = np.empty((hi - lo) * limit, np.int64)
    out_c = np.empty((hi - lo) * limit, np.int64)
    out_shared = np.empty((hi - lo) * limit, np.int32)
    out = 0
    for q in range(lo, hi):
        keys = key_ids[key_ptr[q]:key_ptr[q + 1]].astype(np.int64)
        if len(keys) == 0:
            continue
        # The plan: rarest first (ties by key id, i.e. by the key's string), within the budget.
        plan = keys[np.argsort(df[keys] * len(df) + keys)]
        taken = 0
        spent = 0
        for k in plan:
            if taken >= min_keys and spent + df[k] > budget:
                break
            spent += df[k]
            taken += 1
        plan = plan[:taken]
        wide = np.zeros(taken, np.bool_)
        m = 0
        for j in range(taken):
            k = plan[j]
            w = weights[k]
            start, end = post_ptr[k], post_ptr[k + 1]
            if window > 0 and end - start > window:
                wide[j] = True
                # The window of claims filed nearest the query (postings are in position order).
                before = _lower_bound(post_ids, start, end, q) - start
                skip = min(max(before - window // 2, 0), end - start - window)
                start = start + skip
                end = start + window
            for p in range(start, end):
                c = post_ids[p]
                if c == q:
                    continue
                if hits[c] == 0:
                    touched[m] = c
                    m += 1
                total[c] += w
                hits[c] += 1
                if not wide[j]:
                    narrow[c] += w
                    narrow_hits[c] += 1
        cands = touched[:m]
        score = np.empty(m, np.float64)
        shared = np.empty(m, np.int32)
        any_wide = wide.any()
        for i in range(m):
            c = cands[i]
            if any_wide and narrow_hits[c] > 0:
                # A rare key found it: every windowed key counts where the candidate holds it,
                # not only where the window happened to cover it.
                extra = 0.0
                extra_hits = 0
                for j in range(taken):
                    if wide[j]:
                        k = plan[j]
                        if _holds(post_ids, post_ptr[k], post_ptr[k + 1], c):
                            extra += weights[k]
                            extra_hits += 1
                score[i] = narrow[c] + extra
                shared[i] = narrow_hits[c] + extra_hits
            else:
                score[i] = total[c]
                shared[i] = hits[c]
            total[c] = 0.0
            narrow[c] = 0.0
            hits[c] = 0
            narrow_hits[c] = 0
        for i in _best(cands, score, limit):
            out_q[out] = q
            out_c[out] = cands[i]
            out_shared[out] = shared[i]
            out += 1
    return out_q[:out], out_c[:out], out_shared[:out]
