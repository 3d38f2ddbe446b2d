"""Online clustering at ingest: each new claim joins the best matching cluster or starts its own.

Scoring, thresholds and safeguards are claims.matching's; candidates come from the shared index
in the database (claims.matching_index).
"""

from __future__ import annotations

from collections import defaultdict

from django.db import connection
from django.db.models import Count
from django.utils import timezone

from .bulk_writes import rows_update
from .matching import ClaimKey, MatchResult, compare
from .matching.index import word_key
from .matching.scoring import MATCH, NONE, SUGGEST, compare_score, decide_pair
from .matching_index import candidate_claims, claim_key_for, index_add
from .models import Claim, ClaimCluster, MatchSuggestion

# Advisory lock key on PostgreSQL: "Kutip".
CLUSTER_LOCK_KEY = 0x4B75746970
CANDIDATES = 50
# The fields of matching_index.candidate_claims' rows, and the same in model order (as
# Model.from_db takes them), for the claims best_matches returns.
_ROW = ("id", "text", "cluster_id", "match_key")
_LOADED = [f.attname for f in Claim._meta.concrete_fields if f.attname in _ROW]


def claims_assign_clusters(claims: list[Claim]) -> None:
    """Precondition: inside the ingest transaction, claims saved. On PostgreSQL a transaction-scoped
    advisory lock serialises assignment, so two concurrent ingests of one claim cannot both start a
    cluster (each would not see the other's uncommitted claim); SQLite already serialises writers."""
    if not claims:
        return
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [CLUSTER_LOCK_KEY])
    added: dict[int, set[int]] = defaultdict(set)  # clusters that were there before
    created: set[int] = set()
    filed: list[tuple[int, ClaimKey]] = []
    mentions: dict[int, list[str]] = defaultdict(list)
    for claim in claims:
        if claim.speaker_id and claim.speaker_mention:
            mentions[claim.speaker_id].append(claim.speaker_mention)
    for claim in claims:
        key = claim_key_for(claim, " ; ".join(mentions.get(claim.speaker_id, ())) if claim.speaker_id else None)
        claim.match_key = key.to_dict()
        best = best_matches(key, exclude_article=claim.article_id, limit=1)
        result = best[0][1] if best else None
        if result is not None and result.decision == MATCH:
            cluster_id = best[0][0].cluster_id
            claim.match_score = result.score
            claim.match_explanation = {"joined": "wording", **result.as_dict()}
        else:
            cluster_id = ClaimCluster.objects.create(representative=claim).pk
            created.add(cluster_id)
            claim.match_score = None
            claim.match_explanation = {}
            if result is not None and result.decision == SUGGEST and best[0][0].cluster_id:
                MatchSuggestion.objects.get_or_create(
                    claim=claim, cluster_id=best[0][0].cluster_id,
                    defaults={"score": result.score, "explanation": result.as_dict()},
                )
        claim.cluster_id = cluster_id
        claim.save(update_fields=["cluster", "match_score", "match_explanation", "match_key"])
        filed.append((claim.pk, key))
        if cluster_id not in created:
            added[cluster_id].add(claim.pk)
        # File each claim before the next is matched, so two repeats within one batch meet.
        index_add(filed[-1:])
    clusters_refresh_stats(created)  # a claim or two each: counted in one read
    clusters_add_claims(added)


def best_matches(key: ClaimKey, *, exclude_article: int | None = None, limit: int = 10,
                 candidates: int = CANDIDATES, explain: bool = True) -> list[tuple[Claim, MatchResult]]:
    """Stored claims that match or nearly match `key`, matches first then by score (ties: lower
    pk first), each with `compare`'s result. The claims come with `pk`, `text`, `cluster_id` and
    `match_key` loaded; other fields load when read.

    Every candidate is screened with `compare_score` (compare's score without the explanation)
    and the decision that score implies; only the `limit` kept ones are explained with `compare`,
    so the results are those of comparing every candidate. Copies of one wording (a republished
    claim: identical match keys) are compared once. `explain=False` skips that last step: the
    results carry the score and the decision with an empty explanation (the match API's need).
    """
    rows, df = candidate_claims(key, limit=candidates, exclude_article=exclude_article)
    screened: dict[ClaimKey, tuple[float, str]] = {}
    kept = []
    for row in rows:
        pk, _text, _cluster_id, match_key = row
        if not match_key:
            continue
        other = ClaimKey.from_dict(match_key)
        if other not in screened:
            score = compare_score(key, other)
            screened[other] = (score, decide_pair(key, other, score))
        score, decision = screened[other]
        if decision != NONE:
            kept.append((decision != MATCH, -score, pk, row, other))
    kept.sort(key=lambda k: k[:3])
    explained: dict[ClaimKey, MatchResult] = {}
    out = []
    for *_order, row, other in kept[:limit]:
        if other not in explained:
            if explain:
                explained[other] = compare(key, other, doc_freq=lambda t: df.get(word_key(t), 0))
            else:
                score, decision = screened[other]
                explained[other] = MatchResult(score=score, decision=decision, explanation={})
        loaded = dict(zip(_ROW, row, strict=True))
        claim = Claim.from_db(connection.alias, _LOADED, [loaded[name] for name in _LOADED])
        out.append((claim, explained[other]))
    return out


_STATS = ("claim_count", "outlet_count", "language_count", "first_seen_at", "origin_count", "representative",
          "updated_at", "spread")
# Clusters refreshed per query: a few thousand claims' rows, well under SQLite's parameter limit.
_STATS_BATCH = 500
# A cluster of fewer claims is recounted when claims join it: reading its few rows costs less than
# the two queries that check its stored spread (0.5 against 0.9 ms, bench/bench_cluster_stats.py).
RECOUNT_BELOW = 32


class Spread:
    """What a cluster's counts are made of: how many claims, their outlets, languages and origins,
    and the claim seen first (publication, else ingest time; then the lower id) as (seen at, id).

    Origins: an article that names a wire counts as that wire, so forty republished AFP stories are
    one origin with forty appearances; an article naming no wire counts as its outlet, or as itself
    without one."""

    def __init__(self, stored: dict | None = None, first: tuple | None = None) -> None:
        stored = stored or {}
        self.claims = stored.get("claims", 0)
        self.outlets = set(stored.get("outlets", ()))
        self.languages = set(stored.get("languages", ()))
        self.origins = set(stored.get("origins", ()))
        self.first = first
        self._added: set[int] = set()

    def add(self, pk, article_id, outlet_id, language, seen_at, wire_id) -> None:
        """One row of `_member_rows` (a claim comes once per wire its article names)."""
        if pk not in self._added:
            self._added.add(pk)
            self.claims += 1
        if outlet_id is not None:
            self.outlets.add(outlet_id)
        if language is not None:
            self.languages.add(language)
        self.origins.add(f"wire:{wire_id}" if wire_id else f"outlet:{outlet_id}" if outlet_id else f"article:{article_id}")
        if self.first is None or (seen_at, pk) < self.first:
            self.first = (seen_at, pk)

    def stats_row(self, now, cluster_id) -> tuple:
        """The values of _STATS, then the cluster id (claims.bulk_writes.rows_update's row)."""
        first_at, representative = self.first or (None, None)
        stored = {"claims": self.claims, "outlets": sorted(self.outlets), "languages": sorted(self.languages),
                  "origins": sorted(self.origins)}
        return (self.claims, len(self.outlets), len(self.languages), first_at, len(self.origins), representative,
                now, stored, cluster_id)


def _member_rows(claims):
    """`Spread.add`'s rows for a queryset of claims, each with its cluster id first."""
    return claims.order_by().values_list(
        "cluster_id", "pk", "article_id", "article__outlet_id", "language",
        "seen_at", "article__wire_sources",
    )


def cluster_refresh_stats(cluster: ClaimCluster) -> None:
    """Recompute one cluster's stats (see clusters_refresh_stats) and reload them on `cluster`."""
    clusters_refresh_stats([cluster.pk])
    cluster.refresh_from_db(fields=list(_STATS))


def clusters_refresh_stats(cluster_ids) -> None:
    """Recompute the counts a checker sorts by (see Spread) from every claim of the clusters, with
    one read and one bulk write per batch (the nightly job refreshes tens of thousands:
    claims.bulk_writes). An emptied cluster gets zeros."""
    ids = sorted(set(cluster_ids))
    now = timezone.now()
    for start in range(0, len(ids), _STATS_BATCH):
        batch = ids[start : start + _STATS_BATCH]
        spreads = {pk: Spread() for pk in batch}
        for cluster_id, *row in _member_rows(Claim.objects.filter(cluster_id__in=batch)).iterator(chunk_size=2000):
            spreads[cluster_id].add(*row)
        rows_update(ClaimCluster, _STATS, [spread.stats_row(now, pk) for pk, spread in spreads.items()])


def clusters_add_claims(added: dict[int, set[int]]) -> None:
    """Bring the stats of clusters up to date after claims joined them: cluster id -> the ids of
    the claims that joined it (saved in it already). Precondition: the cluster lock is held (see
    claims_assign_clusters), so no other online assignment updates these clusters meanwhile.

    A cluster whose stored spread accounts for all its other claims only reads the claims that
    joined (and counts its claims on their index, to check that): a claim joining a cluster of
    8 000 costs 1.7 ms instead of a 33 ms recount (bench/bench_cluster_stats.py). Any other
    cluster is recounted: a small one (RECOUNT_BELOW), one without a spread yet, or one whose
    claims changed without its stats being refreshed (deleted with their article, say)."""
    if not added:
        return
    spreads, recount = {}, []
    for pk, stored, first_at, representative, claim_count in ClaimCluster.objects.filter(pk__in=added).values_list(
        "pk", "spread", "first_seen_at", "representative_id", "claim_count",
    ):
        if stored is None or representative is None or claim_count < RECOUNT_BELOW:
            recount.append(pk)
        else:
            spreads[pk] = Spread(stored, first=(first_at, representative))
    counted = dict(
        Claim.objects.filter(cluster_id__in=spreads).order_by().values("cluster_id")
        .annotate(n=Count("pk")).values_list("cluster_id", "n")
    ) if spreads else {}
    for pk in [pk for pk, spread in spreads.items() if spread.claims + len(added[pk]) != counted.get(pk)]:
        del spreads[pk]
        recount.append(pk)
    joined = [claim for pk in spreads for claim in added[pk]]
    for start in range(0, len(joined), _STATS_BATCH):
        rows = _member_rows(Claim.objects.filter(pk__in=joined[start : start + _STATS_BATCH]))
        for cluster_id, *row in rows:
            spreads[cluster_id].add(*row)
    now = timezone.now()
    rows_update(ClaimCluster, _STATS, [spread.stats_row(now, pk) for pk, spread in spreads.items()])
    clusters_refresh_stats(recount)
