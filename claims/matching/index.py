"""Candidate index (blocking) for claim matching. Pure Python: no Django.

A claim's blocking keys are its content tokens ("w:peluru", "w:1000000"), the normalised words
left after stopwords and one- and two-letter words, and a key per pair of content words that
follow each other once stopwords are skipped ("p:beras ton" from "ton beras"). They are plain
strings, so the Django layer can keep them in a `ClaimBlockKey(key, claim_id)` table and do the
same lookup in SQL:

    1. keys = blocking_keys(claim_key)
    2. df = SELECT key, COUNT(*) FROM claimblockkey WHERE key IN keys GROUP BY key
    3. plan = query_plan(keys, df.get, total_claims)         # [(key, weight)], rarest first
    4. SELECT claim_id, SUM(weight) FROM claimblockkey JOIN plan USING (key)
       GROUP BY claim_id ORDER BY 2 DESC LIMIT n

`query_plan` reads the rarest keys first and stops once their postings exceed a budget, so a
lookup costs what its candidates cost, not the corpus: common words ("korea", "presiden") are
skipped unless a claim has nothing rarer. A claim that scores above SUGGEST shares most of its
content words with the query, hence some of its rare ones. A repeat made only of common words
("the government said the price will rise") still shares their rarer pairs: without pair keys its
copy was found only if it lay among the newest postings of the common words (the window, see
claims.matching_index.WINDOW). bench/bench_reconcile.py measures the recall against brute force
(>= 0.99 required; docs/benchmarks.md, "Reconciliation at scale").
"""

from __future__ import annotations

import heapq
import math
from array import array
from collections import defaultdict
from collections.abc import Callable, Collection, Hashable, Iterable, Sequence

import numpy as np

from .keys import ClaimKey

KEY_PREFIX = "w:"
PAIR_PREFIX = "p:"
# The database column's width (ClaimBlockKey.key): a longer key is filed under its first 100
# characters, so every index cuts it the same way.
KEY_MAX_LENGTH = 100
# Postings read per lookup before the plan stops taking more (common) keys. 4 000 postings is
# well under 1 ms of Python; bench/bench_matching.py shows recall 1.0 of brute-force matches.
DEFAULT_POSTING_BUDGET = 4_000
# Keys read whatever their frequency, so a claim made only of common words still finds others.
MIN_KEYS = 3


def blocking_keys(key: ClaimKey) -> list[str]:
    """The strings under which a claim is filed, sorted (stable for a DB table)."""
    return keys_of(key.tokens, key.content)


def keys_of(tokens: Sequence[str], content: Collection[str]) -> list[str]:
    """`blocking_keys` from a claim's tokens (in text order) and content words, as a stored match
    key holds them (ClaimKey.to_dict): the nightly snapshot reads them without building ClaimKeys.

    A pair key is written in alphabetical order, so a reordered clause keeps it ("ton beras" /
    "beras ton"); a word repeated next to itself makes no pair."""
    content = content if isinstance(content, (set, frozenset)) else set(content)
    words = [t for t in tokens if t in content]
    keys = {word_key(t)[:KEY_MAX_LENGTH] for t in content}
    for a, b in zip(words, words[1:]):
        if a != b:
            keys.add((PAIR_PREFIX + (f"{a} {b}" if a < b else f"{b} {a}"))[:KEY_MAX_LENGTH])
    return sorted(keys)


def word_key(token: str) -> str:
    """The blocking key of one content word, whose document frequency ranks shared rare words."""
    return KEY_PREFIX + token


def query_plan(
    keys: Iterable[str], df: Callable[[str], int | None], total: int, *,
    budget: int = DEFAULT_POSTING_BUDGET, min_keys: int = MIN_KEYS,
) -> list[tuple[str, float]]:
    """Keys to look up with their weights (idf), rarest first, within a postings budget.

    `df(key)` is the number of claims filed under `key` (0 or None when none); `total` the
    number of claims in the index.
    """
    known = [(k, df(k) or 0) for k in keys]
    known = [(k, d) for k, d in known if d > 0]
    known.sort(key=lambda kd: (kd[1], kd[0]))
    plan: list[tuple[str, float]] = []
    spent = 0
    for k, d in known:
        if len(plan) >= min_keys and spent + d > budget:
            break
        plan.append((k, math.log((total + 1) / d)))
        spent += d
    return plan


class CandidateIndex:
    """In-memory inverted index from blocking keys to claim ids (any hashable id)."""

    def __init__(self, *, budget: int = DEFAULT_POSTING_BUDGET, min_keys: int = MIN_KEYS):
        self._postings: dict[str, set[Hashable]] = defaultdict(set)
        self._keys: dict[Hashable, list[str]] = {}
        self.budget = budget
        self.min_keys = min_keys

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, claim_id: Hashable) -> bool:
        return claim_id in self._keys

    def add(self, claim_id: Hashable, key: ClaimKey) -> None:
        """File a claim (re-adding an id replaces its keys)."""
        if claim_id in self._keys:
            self.remove(claim_id)
        keys = blocking_keys(key)
        self._keys[claim_id] = keys
        for k in keys:
            self._postings[k].add(claim_id)

    def remove(self, claim_id: Hashable) -> None:
        for k in self._keys.pop(claim_id, ()):
            posting = self._postings.get(k)
            if posting is not None:
                posting.discard(claim_id)
                if not posting:
                    del self._postings[k]

    def doc_freq(self, key: str) -> int:
        posting = self._postings.get(key)
        return len(posting) if posting else 0

    def token_doc_freq(self, token: str) -> int:
        """Document frequency of a normalised token (for `scoring.shared_rare_tokens`)."""
        return self.doc_freq(word_key(token))

    def candidates(
        self, key: ClaimKey, limit: int = 50, *, exclude: Hashable | None = None
    ) -> list[Hashable]:
        """Up to `limit` claim ids sharing the most (idf-weighted) rare keys with `key`."""
        plan = query_plan(
            blocking_keys(key), self.doc_freq, len(self._keys),
            budget=self.budget, min_keys=self.min_keys,
        )
        weights: dict[Hashable, float] = defaultdict(float)
        for k, w in plan:
            for cid in self._postings[k]:
                weights[cid] += w
        weights.pop(exclude, None)
        if len(weights) <= limit:
            return sorted(weights, key=lambda c: -weights[c])
        return heapq.nlargest(limit, weights, key=weights.__getitem__)


class BlockTable:
    """The candidate index of a whole corpus as arrays, for the nightly job: the candidates of
    many claims at once, no Python object per posting. Positions 0..n-1 are the claims.

    Key ids are ranks of the key strings, so ordering keys by (df, id) is `query_plan`'s
    (df, key) order; the candidates of one claim are those of `CandidateIndex.candidates` over
    the same corpus, except that ties in weight go to the lower position (deterministic).
    """

    def __init__(self, key_ptr: np.ndarray, key_ids: np.ndarray, n_keys: int | None = None):
        self.key_ptr = np.asarray(key_ptr, dtype=np.int64)  # claim i: key_ids[key_ptr[i]:key_ptr[i+1]]
        self.key_ids = np.asarray(key_ids, dtype=np.int32)
        self.n = len(self.key_ptr) - 1
        n_keys = int(self.key_ids.max()) + 1 if n_keys is None and len(self.key_ids) else (n_keys or 0)
        owners = np.repeat(np.arange(self.n, dtype=np.int32), np.diff(self.key_ptr))
        # Postings per key, claim positions ascending (stable sort keeps them in order).
        order = np.argsort(self.key_ids, kind="stable")
        self.post_ids = owners[order]
        self.df = np.bincount(self.key_ids, minlength=n_keys).astype(np.int64)
        self.post_ptr = np.zeros(n_keys + 1, dtype=np.int64)
        np.cumsum(self.df, out=self.post_ptr[1:])
        # idf of every key, as CandidateIndex weighs it: log((n + 1) / df).
        self.weights = np.log((self.n + 1) / np.maximum(self.df, 1))

    @classmethod
    def from_keys(cls, key_lists: Iterable[Sequence[str]]) -> BlockTable:
        """From each claim's `blocking_keys` (strings)."""
        builder = BlockTableBuilder()
        for keys in key_lists:
            builder.add(keys)
        return builder.build()

    def candidate_pairs(
        self, lo: int, hi: int, *, limit: int, budget: int = DEFAULT_POSTING_BUDGET,
        min_keys: int = MIN_KEYS, window: int | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """(query, candidate) positions: up to `limit` candidates of each claim in [lo, hi),
        the claim itself excluded, each claim's best first. The candidates of a claim do not
        depend on the range it is looked up in.

        `window`: a planned key filed under more claims than this is read only in the `window`
        claims filed nearest the query (positions are ingest order, so: nearest in time). The
        min_keys rule makes a claim without rare words read its common ones, whose postings
        grow with the corpus (3 000-7 000 claims each at 100k); the window keeps the cost per
        claim constant. Such keys carry a low weight, so they only fill the candidate list,
        except for a candidate that a rare key found: it gets the weight of every windowed key
        it holds, so a window of recent claims does not outrank an old near-duplicate."""
        q, c, _shared = self.candidate_rows(lo, hi, limit=limit, budget=budget, min_keys=min_keys, window=window)
        return q, c

    def candidate_rows(
        self, lo: int, hi: int, *, limit: int, budget: int = DEFAULT_POSTING_BUDGET,
        min_keys: int = MIN_KEYS, window: int | None = None,
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """`candidate_pairs` with, for each pair, the number of keys the two claims share."""
        from .bulk_candidates import candidate_pairs  # numba: only the nightly job compiles it

        return candidate_pairs(
            lo, hi, self.key_ptr, self.key_ids, self.df, self.weights, self.post_ptr, self.post_ids,
            limit, budget, min_keys, window or 0,
        )


class BlockTableBuilder:
    """A BlockTable built one claim at a time (the nightly snapshot reads a million stored match
    keys). Each distinct key string is kept once and each claim's keys become numbers as they
    come: holding every claim's key strings until the end took ~1.7 GB more at 1M claims with
    pair keys (25 M strings). The numbers are replaced by the keys' ranks in `build`."""

    def __init__(self) -> None:
        self._numbers: dict[str, int] = {}
        self._flat = array("i")
        self._lengths = array("q")

    def add(self, keys: Sequence[str]) -> None:
        numbers = self._numbers
        self._flat.extend([numbers.setdefault(k, len(numbers)) for k in keys])
        self._lengths.append(len(keys))

    def build(self) -> BlockTable:
        vocab = list(self._numbers)
        rank = np.empty(len(vocab), dtype=np.int32)
        rank[np.asarray(sorted(range(len(vocab)), key=vocab.__getitem__), dtype=np.int64)] = np.arange(
            len(vocab), dtype=np.int32)
        key_ptr = np.zeros(len(self._lengths) + 1, dtype=np.int64)
        np.cumsum(np.frombuffer(self._lengths, dtype=np.int64), out=key_ptr[1:])
        flat = np.frombuffer(self._flat, dtype=np.int32)
        return BlockTable(key_ptr, rank[flat], len(vocab))
