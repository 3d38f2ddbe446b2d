"""Online clustering at ingest: each new claim joins the best matching cluster or starts its own.

Scoring, thresholds and safeguards are claims.matching's; candidates come from the shared index
in the database (claims.matching_index).
"""

from __future__ import annotations

from django.db import connection
from django.db.models.functions import Coalesce
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
    touched: set[int] = set()
    filed: list[tuple[int, ClaimKey]] = []
    for claim in claims:
        key = claim_key_for(claim)
        claim.match_key = key.to_dict()
        best = best_matches(key, exclude_article=claim.article_id, limit=1)
        result = best[0][1] if best else None
        if result is not None and result.decision == MATCH:
            cluster_id = best[0][0].cluster_id
            claim.match_score = result.score
            claim.match_explanation = {"joined": "wording", **result.as_dict()}
        else:
            cluster_id = ClaimCluster.objects.create(representative=claim).pk
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
        touched.add(cluster_id)
        # File each claim before the next is matched, so two repeats within one batch meet.
        index_add(filed[-1:])
    clusters_refresh_stats(touched)


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
          "updated_at")
# Clusters refreshed per query: a few thousand claims' rows, well under SQLite's parameter limit.
_STATS_BATCH = 500


def cluster_refresh_stats(cluster: ClaimCluster) -> None:
    """Recompute one cluster's stats (see clusters_refresh_stats) and reload them on `cluster`."""
    clusters_refresh_stats([cluster.pk])
    cluster.refresh_from_db(fields=list(_STATS))


def clusters_refresh_stats(cluster_ids) -> None:
    """Recompute the counts a checker sorts by, for many clusters with one read and one bulk
    write per batch (the nightly job refreshes tens of thousands: claims.bulk_writes). Origins: an article that names
    a wire counts as that wire, so forty republished AFP stories are one origin with forty
    appearances. The representative is the claim seen first (publication, else ingest time)."""
    ids = sorted(set(cluster_ids))
    now = timezone.now()
    for start in range(0, len(ids), _STATS_BATCH):
        batch = ids[start : start + _STATS_BATCH]
        members: dict[int, dict] = {pk: {"claims": set(), "outlets": set(), "languages": set(), "origins": set(),
                                         "first": None} for pk in batch}
        rows = Claim.objects.filter(cluster_id__in=batch).values_list(
            "cluster_id", "pk", "article_id", "article__outlet_id", "language",
            Coalesce("article__published_at", "article__ingested_at"), "article__wire_sources",
        )
        for cluster_id, pk, article_id, outlet_id, language, seen_at, wire_id in rows.iterator(chunk_size=2000):
            m = members[cluster_id]
            m["claims"].add(pk)
            if outlet_id is not None:
                m["outlets"].add(outlet_id)
            if language is not None:
                m["languages"].add(language)
            m["origins"].add(("wire", wire_id) if wire_id else ("outlet", outlet_id or f"article-{article_id}"))
            if m["first"] is None or (seen_at, pk) < m["first"]:
                m["first"] = (seen_at, pk)
        rows_update(ClaimCluster, _STATS, [
            (len(m["claims"]), len(m["outlets"]), len(m["languages"]), m["first"][0] if m["first"] else None,
             len(m["origins"]), m["first"][1] if m["first"] else None, now, pk)
            for pk, m in members.items()
        ])
