"""Grouping claims: online assignment of one claim and nightly clustering of a corpus. No Django.

`match_one` is the online step (score a new claim against its candidates, best first).
`cluster` is the nightly step, in two parts that the nightly job runs apart:

    corpus = Corpus.from_keys(keys)                    # arrays: texts, token counts, index
    edges = corpus_edges(corpus, lo, hi, load_keys)    # any cut of range(n), in any process
    result = resolve(n, Edges.concat(parts), must, cannot)

`corpus_edges` scores the candidate pairs of claims lo..hi-1 (compiled blocking: bulk_candidates;
rapidfuzz cpdist) and returns the 'match' and 'suggest' edges; the edges of a pair do not depend
on the cut, so any chunking gives the same `resolve`. `resolve` is union-find over the 'match'
edges, best first, honouring manual must-link and cannot-link decisions. A cannot-link is never
violated, not even transitively: before two groups merge, the forbidden partners of both are
checked, and merged groups inherit each other's prohibitions.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import thresholds as th
from .index import BlockTable, CandidateIndex, blocking_keys
from .keys import ClaimKey
from .scoring import (
    MATCH,
    NONE,
    SPEAKER_DIFFERENT,
    MatchResult,
    compare,
    decide_pair,
    safeguards,
    score_many,
    score_pairs,
    sorted_text,
    speaker_check,
)


def match_one(
    key: ClaimKey, index: CandidateIndex, get_key: Callable[[Hashable], ClaimKey], *,
    limit: int = 50, exclude: Hashable | None = None, results: int = 10,
) -> list[tuple[Hashable, MatchResult]]:
    """The best `results` candidates of `key` whose decision is 'match' or 'suggest': matches
    first, then by score, each with its full explanation.

    The caller joins the cluster of the first 'match' (the best above AUTO_MATCH) or starts a
    cluster. Only the `limit` best-blocked candidates are scored.
    """
    ids = index.candidates(key, limit, exclude=exclude)
    if not ids:
        return []
    others = [get_key(i) for i in ids]
    scores = score_many(key, others).tolist()
    decided = []
    for cid, other, s in zip(ids, others, scores, strict=True):
        decision = decide_pair(key, other, round(s, 2))
        if decision != NONE:
            decided.append((decision != MATCH, -s, cid, other))
    decided.sort(key=lambda d: (d[0], d[1]))
    out = [(cid, compare(key, other)) for _m, _s, cid, other in decided[:results]]
    out.sort(key=lambda cr: (cr[1].decision != MATCH, -cr[1].score))
    return out


class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))
        self.size = [1] * n
        self.forbidden: dict[int, set[int]] = {}  # root -> roots it may never join

    def find(self, x: int) -> int:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:  # path compression
            self.parent[x], x = root, self.parent[x]
        return root

    def forbid(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            raise ValueError(f"cannot-link ({a}, {b}) inside one must-linked group")
        self.forbidden.setdefault(ra, set()).add(rb)
        self.forbidden.setdefault(rb, set()).add(ra)

    def union(self, a: int, b: int) -> bool:
        """Merge the groups of a and b unless a cannot-link forbids it; True when merged."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if rb in self.forbidden.get(ra, ()):
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        # ra inherits rb's prohibitions; rb's partners now point at ra.
        moved = self.forbidden.pop(rb, set())
        if moved:
            mine = self.forbidden.setdefault(ra, set())
            for other in moved:
                mine.add(other)
                partners = self.forbidden[other]
                partners.discard(rb)
                partners.add(ra)
        return True


@dataclass
class ClusterResult:
    labels: list[int]  # labels[i]: cluster number of keys[i], 0..k-1 in order of first member
    matches: list[tuple[int, int, float]] = field(default_factory=list)  # merged 'match' pairs
    blocked: list[tuple[int, int, float]] = field(default_factory=list)  # stopped by cannot-link
    guarded_apart: list[tuple[int, int, float]] = field(default_factory=list)  # guarded matches refused
    kept_apart: list[tuple[int, int, float]] = field(default_factory=list)  # safeguard splits
    rejected_must_links: list[tuple[int, int]] = field(default_factory=list)  # contradicted
    pairs_scored: int = 0
    # 'suggest' pairs across final clusters, best first, as arrays (millions at archive scale).
    suggested: Edges | None = None

    @property
    def suggestions(self) -> list[tuple[int, int, float]]:
        """The 'suggest' pairs across clusters as (a, b, score), best first."""
        if self.suggested is None:
            return []
        return list(zip(self.suggested.a.tolist(), self.suggested.b.tolist(),
                        self.suggested.score.tolist(), strict=True))


# The nightly job's blocking: candidates per claim, postings read per lookup, and the window in
# which a common key is read (index.BlockTable.candidate_pairs). A smaller budget than online
# matching (the nightly job looks up every claim). The window bounds the cost per claim as the
# corpus grows; measured at 100k (docs/benchmarks.md, "Reconciliation at scale"): 2 000 keeps
# the candidate pairs of the same generated claim (48 906 of 48 927 without a window), 500 lost
# 5.5 % of them (the generated repeats have no locality in time, news repeats do).
NIGHTLY_CANDIDATES = 30
NIGHTLY_BUDGET = 1_500
NIGHTLY_WINDOW = 2_000

# Edge kinds. KEPT_APART: a 'suggest' pair above AUTO_MATCH by compatible speakers, held back by
# a safeguard (another number, a denial, another date or place), not only by the fragment rule.
# MATCH_GUARDED: a match across languages that only corroboration made (a cosine below the
# automatic bar with a shared figure, a mutual closest claim, glossed words): it joins two
# groups only when the claims of one language in them agree (`resolve`'s guard).
EDGE_SUGGEST, EDGE_MATCH, EDGE_KEPT_APART, EDGE_MATCH_GUARDED = 1, 2, 3, 4


@dataclass
class Edges:
    """Scored pairs a < b (positions) whose decision is 'match' or 'suggest', as arrays."""

    a: np.ndarray  # int64
    b: np.ndarray  # int64
    score: np.ndarray  # float64, rounded to 2 decimals as decide_pair saw it
    kind: np.ndarray  # int8: EDGE_*
    pairs_scored: int = 0

    @classmethod
    def empty(cls) -> Edges:
        return cls(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0), np.zeros(0, np.int8))

    def __len__(self) -> int:
        return len(self.a)

    def take(self, where) -> Edges:
        return Edges(self.a[where], self.b[where], self.score[where], self.kind[where])

    @classmethod
    def concat(cls, parts: Iterable[Edges]) -> Edges:
        """All parts, each pair once (two chunks may score the same pair: same result). Where
        two tiers decided one pair, a 'match' wins, then the earlier part: the wording tier's
        suggestion must not hide the meaning tier's match of the same pair."""
        parts = list(parts)
        if not parts:
            return cls.empty()
        e = cls(*(np.concatenate([getattr(p, f) for p in parts]) for f in ("a", "b", "score", "kind")),
                pairs_scored=sum(p.pairs_scored for p in parts))
        if not len(e):
            return e
        # lexsort is stable: equal (pair, rank) rows keep the parts' order
        rank = np.select([e.kind == EDGE_MATCH, e.kind == EDGE_MATCH_GUARDED], [0, 1], 2)
        order = np.lexsort((rank, e.b, e.a))
        a, b = e.a[order], e.b[order]
        first = order[np.concatenate(([True], (a[1:] != a[:-1]) | (b[1:] != b[:-1])))]
        return Edges(e.a[first], e.b[first], e.score[first], e.kind[first], e.pairs_scored)

    def to_json(self) -> dict:
        """JSON-serialisable (a Celery result)."""
        return {"a": self.a.tolist(), "b": self.b.tolist(), "score": self.score.tolist(),
                "kind": self.kind.tolist(), "pairs_scored": self.pairs_scored}

    @classmethod
    def from_json(cls, d: dict) -> Edges:
        return cls(np.asarray(d["a"], np.int64), np.asarray(d["b"], np.int64),
                   np.asarray(d["score"], float), np.asarray(d["kind"], np.int8),
                   int(d.get("pairs_scored", 0)))


class Corpus:
    """What the nightly job needs of every claim, as arrays: normalised texts, their sorted-word
    forms, token counts and the blocking index. Positions 0..n-1 are the claims. `save` and
    `load` let chunk workers share one snapshot (numpy files, no pickle)."""

    def __init__(self, texts: Sequence[str], tokens: np.ndarray, table: BlockTable,
                 sorted_texts: Sequence[str] | None = None):
        self.texts = np.asarray(texts, dtype=object)
        self.sorted_texts = np.asarray(
            sorted_texts if sorted_texts is not None else [sorted_text(t) for t in texts],
            dtype=object)
        self.tokens = np.asarray(tokens, dtype=np.int32)
        self.table = table

    def __len__(self) -> int:
        return len(self.texts)

    @classmethod
    def from_keys(cls, keys: Sequence[ClaimKey]) -> Corpus:
        return cls([k.text for k in keys], np.fromiter((len(k.tokens) for k in keys), np.int32,
                                                       len(keys)),
                   BlockTable.from_keys([blocking_keys(k) for k in keys]))

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        for name, texts in (("texts", self.texts), ("sorted", self.sorted_texts)):
            (directory / f"{name}.json").write_text(json.dumps(texts.tolist()), encoding="utf-8")
        np.save(directory / "tokens.npy", self.tokens)
        np.save(directory / "key_ptr.npy", self.table.key_ptr)
        np.save(directory / "key_ids.npy", self.table.key_ids)

    @classmethod
    def load(cls, directory: Path) -> Corpus:
        texts = json.loads((directory / "texts.json").read_text(encoding="utf-8"))
        sorted_texts = json.loads((directory / "sorted.json").read_text(encoding="utf-8"))
        table = BlockTable(np.load(directory / "key_ptr.npy"), np.load(directory / "key_ids.npy"))
        return cls(texts, np.load(directory / "tokens.npy"), table, sorted_texts)


def corpus_edges(
    corpus: Corpus, lo: int, hi: int, load_keys: Callable[[list[int]], Sequence[ClaimKey]], *,
    limit: int = NIGHTLY_CANDIDATES, budget: int = NIGHTLY_BUDGET,
    window: int | None = NIGHTLY_WINDOW, workers: int = 1,
) -> Edges:
    """The 'match' and 'suggest' edges of the candidate pairs of claims lo..hi-1.

    `load_keys(positions)` returns the ClaimKeys of those positions; it is called only for the
    pairs at or above AUTO_MATCH (the speaker check and the safeguards need the whole key), a
    few per claim. Decisions are `scoring.decide_pair`'s on the score rounded as it is there.
    """
    q, c = corpus.table.candidate_pairs(lo, hi, limit=limit, budget=budget, window=window)
    n = max(len(corpus), 1)
    pair = np.unique(np.minimum(q, c) * n + np.maximum(q, c))
    a, b = pair // n, pair % n
    scores = score_pairs(corpus.texts[a], corpus.texts[b], corpus.tokens[a], corpus.tokens[b],
                         sorted_a=corpus.sorted_texts[a], sorted_b=corpus.sorted_texts[b],
                         workers=workers)
    # Python's round (correctly rounded) on the few near or above SUGGEST, as decide_pair sees it.
    near = np.flatnonzero(scores >= th.SUGGEST - 0.01)
    rounded = np.array([round(s, 2) for s in scores[near].tolist()], dtype=float)
    keep = rounded >= th.SUGGEST
    near, rounded = near[keep], rounded[keep]
    kind = np.full(len(near), EDGE_SUGGEST, dtype=np.int8)
    high = np.flatnonzero(rounded >= th.AUTO_MATCH)
    if len(high):
        ha, hb = a[near[high]].tolist(), b[near[high]].tolist()
        wanted = sorted(set(ha) | set(hb))
        keys = dict(zip(wanted, load_keys(wanted), strict=True))
        for n_, x, y, s in zip(high.tolist(), ha, hb, rounded[high].tolist(), strict=True):
            ka, kb = keys[x], keys[y]
            if decide_pair(ka, kb, s) == MATCH:
                kind[n_] = EDGE_MATCH
            elif speaker_check(ka, kb) != SPEAKER_DIFFERENT and safeguards(ka, kb)[0]:
                # A difference the safeguards saw (a number, a denial, a date, a name): apart.
                # A pair held back only by the fragment rule is undecided: a plain suggestion.
                kind[n_] = EDGE_KEPT_APART
    return Edges(a[near], b[near], rounded, kind, pairs_scored=len(pair))


def resolve(
    n: int, edges: Edges, must_link: Iterable[tuple[int, int]] = (),
    cannot_link: Iterable[tuple[int, int]] = (),
    guard: Callable[[list[int], list[int]], bool] | None = None,
) -> ClusterResult:
    """Group n claims from their edges (each pair once). Manual decisions come first: must-links
    merge (unless they contradict a cannot-link: then the cannot-link wins and the must-link is
    reported), cannot-links forbid. Then 'match' edges merge, best score first (ties by
    position), each checked against the cannot-links of both whole groups. An edge held back by
    a safeguard is kept apart like a cannot-link, so a third claim that omits the number cannot
    chain the two into one cluster. Guarded matches come last, best first: each merges two
    groups only when `guard(members_a, members_b)` allows it (positions; no guard: always), and
    is a suggestion when it does not. 'suggest' edges between different final clusters are
    returned as suggestions, except across a manual cannot-link."""
    uf = _UnionFind(n)
    result = ClusterResult(labels=[], pairs_scored=edges.pairs_scored)
    must = list(must_link)
    cannot = list(cannot_link)
    for a, b in cannot:
        if a == b:
            raise ValueError(f"cannot-link of claim {a} with itself")
        uf.forbid(a, b)
    for a, b in must:
        if not uf.union(a, b):
            result.rejected_must_links.append((a, b))
    order = np.lexsort((edges.b, edges.a, -edges.score))
    edges = edges.take(order)
    apart = edges.take(edges.kind == EDGE_KEPT_APART)
    for a, b, score in zip(apart.a.tolist(), apart.b.tolist(), apart.score.tolist(), strict=True):
        if uf.find(a) != uf.find(b):
            uf.forbid(a, b)
            result.kept_apart.append((a, b, score))
    match = edges.take(edges.kind == EDGE_MATCH)
    for a, b, score in zip(match.a.tolist(), match.b.tolist(), match.score.tolist(), strict=True):
        if uf.union(a, b):
            result.matches.append((a, b, score))
        else:
            result.blocked.append((a, b, score))
    _merge_guarded(uf, edges.take(edges.kind == EDGE_MATCH_GUARDED), n, guard, result)
    roots = np.fromiter((uf.find(i) for i in range(n)), dtype=np.int64, count=n)
    # Suggest across clusters, except where a checker already said "different claims"
    # (a guarded match that did not merge is a suggestion).
    suggest = edges.take(edges.kind != EDGE_MATCH)
    ra, rb = roots[suggest.a], roots[suggest.b]
    across = ra != rb
    if cannot and len(suggest):
        manual = np.array([min(roots[a], roots[b]) * n + max(roots[a], roots[b]) for a, b in cannot])
        across &= ~np.isin(np.minimum(ra, rb) * n + np.maximum(ra, rb), manual)
    result.suggested = suggest.take(across)
    # Labels in order of first member.
    _, first = np.unique(roots, return_index=True)
    rank = np.empty(len(first), dtype=np.int64)
    rank[np.argsort(first, kind="stable")] = np.arange(len(first))
    result.labels = rank[np.searchsorted(np.unique(roots), roots)].tolist() if n else []
    return result


def _merge_guarded(uf: _UnionFind, guarded: Edges, n: int, guard, result: ClusterResult) -> None:
    """The guarded matches, best first (see `resolve`). The members of each group they touch are
    listed once (one pass over the positions), then kept as groups merge."""
    if not len(guarded):
        return
    members: dict[int, list[int]] = {}
    if guard is not None:
        touched = {uf.find(x) for x in (*guarded.a.tolist(), *guarded.b.tolist())}
        for i in range(n):
            if (root := uf.find(i)) in touched:
                members.setdefault(root, []).append(i)
    for a, b, score in zip(guarded.a.tolist(), guarded.b.tolist(), guarded.score.tolist(), strict=True):
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb:
            continue
        if guard is not None and not guard(members[ra], members[rb]):
            result.guarded_apart.append((a, b, score))
            continue
        if not uf.union(a, b):
            result.blocked.append((a, b, score))
            continue
        result.matches.append((a, b, score))
        if guard is not None:
            root = uf.find(a)
            merged = members.pop(ra) + members.pop(rb)
            members[root] = merged


def cluster(
    keys: Sequence[ClaimKey],
    must_link: Iterable[tuple[int, int]] = (),
    cannot_link: Iterable[tuple[int, int]] = (),
    *, limit: int = NIGHTLY_CANDIDATES, budget: int = NIGHTLY_BUDGET,
    window: int | None = NIGHTLY_WINDOW, chunk: int | None = None, workers: int = 1,
) -> ClusterResult:
    """Group `keys` (positions are the ids): `corpus_edges` over the whole corpus (in chunks of
    `chunk` claims, when given: same result), then `resolve` (see there). A smaller postings
    budget and a window (see NIGHTLY_WINDOW). Positions in must_link/cannot_link
    index `keys`."""
    corpus = Corpus.from_keys(keys)
    n = len(keys)
    step = chunk or max(n, 1)
    parts = [
        corpus_edges(corpus, lo, min(n, lo + step), lambda ps: [keys[p] for p in ps],
                     limit=limit, budget=budget, window=window, workers=workers)
        for lo in range(0, n, step)
    ]
    return resolve(n, Edges.concat(parts), must_link, cannot_link)
