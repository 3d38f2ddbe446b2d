"""The candidate index of claims.matching kept in the database (ClaimBlockKey, BlockKeyStat), so
the web process, every worker and the nightly job share one index and a lookup costs what its
candidates cost: the rare keys' postings, never the corpus."""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable

from django.db import connection, transaction

from .matching import ClaimKey, blocking_keys, claim_key, query_plan
from .models import BlockKeyStat, Claim, ClaimBlockKey

TOTAL = ""  # the BlockKeyStat row that counts every filed claim
# A planned key filed under more claims than this is read only in its most recent WINDOW
# postings (an index range scan on (key, claim_id), newest first): the plan's min_keys rule
# makes a claim without rare words read its common ones, whose postings grow with the archive
# (tens of thousands of rows each at 1M claims). New claims repeat recent ones, and such keys
# weigh little, so they only fill the candidate list. docs/benchmarks.md, "Reconciliation at scale".
WINDOW = 1_000


def claim_key_for(claim: Claim) -> ClaimKey:
    if claim.match_key:
        return ClaimKey.from_dict(claim.match_key)
    speaker = claim.speaker.name if claim.speaker_id else None
    return claim_key(claim.text, language=claim.language or None, speaker=speaker)


def doc_freqs(keys: Iterable[str]) -> dict[str, int]:
    return dict(BlockKeyStat.objects.filter(key__in=list(keys)).values_list("key", "df"))


def candidate_ids(key: ClaimKey, *, limit: int = 50, exclude_article: int | None = None) -> list[int]:
    """Up to `limit` claim ids sharing the most idf-weighted rare keys with `key`."""
    keys = blocking_keys(key)
    df = doc_freqs([*keys, TOTAL])
    total = df.pop(TOTAL, 0)
    plan = dict(query_plan(keys, df.get, total))
    if not plan:
        return []
    weights: dict[int, float] = defaultdict(float)
    narrow = [k for k in plan if df[k] <= WINDOW]
    queries = [ClaimBlockKey.objects.filter(key__in=narrow)] if narrow else []
    queries += [
        ClaimBlockKey.objects.filter(key=k).order_by("-claim_id") for k in plan if df[k] > WINDOW
    ]
    for postings in queries:
        if exclude_article is not None:
            postings = postings.exclude(claim__article_id=exclude_article)
        if postings.ordered:
            postings = postings[:WINDOW]
        for block_key, claim_id in postings.values_list("key", "claim_id"):
            weights[claim_id] += plan[block_key]
    return heapq.nlargest(limit, weights, key=weights.__getitem__)


def index_add(claims: list[tuple[int, ClaimKey]]) -> None:
    """File claims under their keys and count them. Precondition: inside a transaction."""
    rows, counts = [], defaultdict(int)
    for claim_id, key in claims:
        for block_key in blocking_keys(key):
            rows.append(ClaimBlockKey(key=block_key[:100], claim_id=claim_id))
            counts[block_key[:100]] += 1
    if not claims:
        return
    counts[TOTAL] += len(claims)
    ClaimBlockKey.objects.bulk_create(rows, ignore_conflicts=True, batch_size=2000)
    _increment(counts)


def _increment(counts: dict[str, int]) -> None:
    # An upsert that adds, in one statement per batch; SQLite (3.24+) and PostgreSQL share the syntax.
    q = connection.ops.quote_name
    table = q(BlockKeyStat._meta.db_table)
    sql = (
        f"INSERT INTO {table} ({q('key')}, df) VALUES (%s, %s) "
        f"ON CONFLICT ({q('key')}) DO UPDATE SET df = {table}.df + excluded.df"
    )
    with connection.cursor() as cursor:
        cursor.executemany(sql, sorted(counts.items()))


def index_rebuild_stats() -> int:
    """Recount every key's frequency from the postings (claims deleted since drift the counts)."""
    q = connection.ops.quote_name
    table, postings, key = q(BlockKeyStat._meta.db_table), q(ClaimBlockKey._meta.db_table), q("key")
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table}")
        cursor.execute(f"INSERT INTO {table} ({key}, df) SELECT {key}, COUNT(*) FROM {postings} GROUP BY {key}")
        cursor.execute(f"INSERT INTO {table} ({key}, df) SELECT %s, COUNT(*) FROM {q(Claim._meta.db_table)}", [TOTAL])
    return BlockKeyStat.objects.count()
