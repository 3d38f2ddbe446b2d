"""Grouping claims: online assignment of one claim and nightly clustering of a corpus. No Django.

`match_one` is the online step (score a new claim against its candidates, best first).
`cluster` is the nightly step: candidate pairs from the index, scored, then union-find over
'match' decisions, honouring manual must-link and cannot-link decisions. A cannot-link is never
violated, not even transitively: before two groups merge, the forbidden partners of both are
checked, and merged groups inherit each other's prohibitions.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field

from . import thresholds as th
from .index import CandidateIndex
from .keys import ClaimKey
from .scoring import (
    MATCH,
    NONE,
    SUGGEST,
    MatchResult,
    compare,
    decide_pair,
    score_many,
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
    suggestions: list[tuple[int, int, float]] = field(default_factory=list)  # across clusters
    blocked: list[tuple[int, int, float]] = field(default_factory=list)  # stopped by cannot-link
    kept_apart: list[tuple[int, int, float]] = field(default_factory=list)  # safeguard splits
    rejected_must_links: list[tuple[int, int]] = field(default_factory=list)  # contradicted
    pairs_scored: int = 0


def cluster(
    keys: Sequence[ClaimKey],
    must_link: Iterable[tuple[int, int]] = (),
    cannot_link: Iterable[tuple[int, int]] = (),
    *, limit: int = 30, budget: int = 1_500, index: CandidateIndex | None = None,
) -> ClusterResult:
    """Group `keys` (positions are the ids). Manual decisions come first: must-links merge
    (unless they contradict a cannot-link: then the cannot-link wins and the must-link is
    reported), cannot-links forbid. Then 'match' pairs merge, best score first, each checked
    against the cannot-links of both whole groups. A pair above AUTO_MATCH held back by a
    safeguard (another number, negation, date, place) is kept apart like a cannot-link, so a
    third claim that omits the number cannot chain the two into one cluster. 'suggest' pairs
    between different final clusters are returned as suggestions, except across a manual
    cannot-link. Positions in must_link/cannot_link index `keys`.
    """
    n = len(keys)
    uf = _UnionFind(n)
    result = ClusterResult(labels=[])
    must = list(must_link)
    cannot = list(cannot_link)
    for a, b in cannot:
        if a == b:
            raise ValueError(f"cannot-link of claim {a} with itself")
        uf.forbid(a, b)
    for a, b in must:
        if not uf.union(a, b):
            result.rejected_must_links.append((a, b))

    if index is None:
        # A smaller postings budget than online matching: the nightly job looks up every claim,
        # and the bench shows the 'match' pairs are still all found (they share rare words).
        index = CandidateIndex(budget=budget)
        for i, k in enumerate(keys):
            index.add(i, k)
    seen: set[int] = set()  # pair (i, j), i < j, as i * n + j: a third of a tuple's memory
    edges: list[tuple[float, int, int, str]] = []
    for i, k in enumerate(keys):
        ids = [
            j for j in index.candidates(k, limit, exclude=i)
            if (min(i, j) * n + max(i, j)) not in seen
        ]
        if not ids:
            continue
        seen.update(min(i, j) * n + max(i, j) for j in ids)
        others = [keys[j] for j in ids]
        scores = score_many(k, others)
        result.pairs_scored += len(ids)
        for j, other, s in zip(ids, others, scores.tolist(), strict=True):
            score = round(s, 2)
            decision = decide_pair(k, other, score)
            if decision != NONE:
                edges.append((score, min(i, j), max(i, j), decision))
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))
    # A pair above AUTO_MATCH that a safeguard held back (another number, a denial, another
    # date or place) is kept apart like a cannot-link, so that single-link chaining through a
    # third claim (one that omits the number) cannot put both in one cluster.
    for score, a, b, decision in edges:
        if (decision == SUGGEST and score >= th.AUTO_MATCH and uf.find(a) != uf.find(b)
                and speaker_check(keys[a], keys[b]) != "different"):
            uf.forbid(a, b)
            result.kept_apart.append((a, b, score))
    for score, a, b, decision in edges:
        if decision != MATCH:
            continue
        if uf.union(a, b):
            result.matches.append((a, b, score))
        else:
            result.blocked.append((a, b, score))
    # Suggest across clusters, except where a checker already said "different claims".
    manual = {frozenset((uf.find(a), uf.find(b))) for a, b in cannot}
    for score, a, b, decision in edges:
        ra, rb = uf.find(a), uf.find(b)
        if decision == SUGGEST and ra != rb and frozenset((ra, rb)) not in manual:
            result.suggestions.append((a, b, score))

    numbering: dict[int, int] = {}
    result.labels = [numbering.setdefault(uf.find(i), len(numbering)) for i in range(n)]
    return result
