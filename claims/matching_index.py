"""The candidate index of claims.matching kept in the database (ClaimBlockKey, BlockKeyStat), so
the web process, every worker and the nightly job share one index and a lookup costs what its
candidates cost: the rare keys' postings, never the corpus."""

from __future__ import annotations

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
# weigh little, so they only fill the candidate list. Except for the claims the narrow keys found:
# an old claim sharing a place name and two template words with the query would otherwise get the
# place name's weight only and lose to a thousand recent claims holding both template words (issue
# #4). docs/benchmarks.md, "Reconciliation at scale" and "POST /api/v1/match at 100k claims".
WINDOW = 1_000
# The database sums the keys' weights as integers (idf x 1e9): an integer sum does not depend on
# the order the rows are added in, so claims filed under equally weighted keys tie exactly on
# SQLite and PostgreSQL alike, and the tie rule below decides between them.
WEIGHT_SCALE = 10**9


def claim_key_for(claim: Claim, mentions: str | None = None) -> ClaimKey:
    """The claim's stored key, else a new one. `mentions`: every way its article wrote the
    speaker (`he said` names nothing; `Hendra Wibisono, director general at the transport
    ministry` earlier in the article says whom he speaks for)."""
    if claim.match_key:
        return ClaimKey.from_dict(claim.match_key)
    speaker = claim.speaker.name if claim.speaker_id else None
    return claim_key(claim.text, language=claim.language or None, speaker=speaker,
                     speaker_mention=mentions if mentions is not None else claim.speaker_mention,
                     stance=claim.stance)


def doc_freqs(keys: Iterable[str]) -> dict[str, int]:
    return dict(BlockKeyStat.objects.filter(key__in=list(keys)).values_list("key", "df"))


def candidate_ids(key: ClaimKey, *, limit: int = 50, exclude_article: int | None = None) -> list[int]:
    """Up to `limit` claim ids sharing the most idf-weighted rare keys with `key`, best first.

    Two queries: the keys' frequencies, then the planned keys' postings summed per claim in the
    database, which returns only the `limit` best (a plan that reads common keys reads thousands
    of postings). A claim filed under a narrow key (a planned key of at most WINDOW claims)
    counts every planned key it is filed under; any other claim, the windowed keys whose WINDOW
    newest postings hold it. Ties, frequent among claims reached only through common keys, go to
    the claim met first reading the narrow keys in key order (claims ascending), then the windowed
    keys rarest first (newest first): the order the lookup met them when it summed in Python.
    """
    plan, df = _plan(key)
    if not plan:
        return []
    sql, params = _ranked_postings_sql(plan, df, limit=limit, exclude_article=exclude_article)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [claim_id for (claim_id,) in cursor.fetchall()]


def candidate_claims(key: ClaimKey, *, limit: int = 50, exclude_article: int | None = None,
                     ) -> tuple[list[tuple[int, str, int, dict]], dict[str, int]]:
    """The claims among `candidate_ids(key, limit=limit, exclude_article=exclude_article)` that
    are in a cluster, as (id, text, cluster_id, match_key) rows in no order, read in the same
    statement that ranks them; and the frequencies of the key's blocking keys, which `compare`
    ranks shared words by, so the caller does not read them again."""
    plan, df = _plan(key)
    if not plan:
        return [], df
    ranked, params = _ranked_postings_sql(plan, df, limit=limit, exclude_article=exclude_article)
    q = connection.ops.quote_name
    columns = ", ".join(f"c.{q(name)}" for name in ("id", "text", "cluster_id", "match_key"))
    sql = (f"SELECT {columns} FROM ({ranked}) AS best JOIN {q(Claim._meta.db_table)} AS c "
           f"ON c.{q('id')} = best.claim WHERE c.{q('cluster_id')} IS NOT NULL")
    match_key = Claim._meta.get_field("match_key")  # decodes the JSON as the ORM would
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = [(pk, text, cluster_id, match_key.from_db_value(value, None, connection))
                for pk, text, cluster_id, value in cursor.fetchall()]
    return rows, df


def _plan(key: ClaimKey) -> tuple[dict[str, float], dict[str, int]]:
    """The lookup's keys with their weights (query_plan), and the frequencies it read."""
    keys = blocking_keys(key)
    df = doc_freqs([*keys, TOTAL])
    total = df.pop(TOTAL, 0)
    return dict(query_plan(keys, df.get, total)), df


def _ranked_postings_sql(plan: dict[str, float], df: dict[str, int], *, limit: int,
                         exclude_article: int | None) -> tuple[str, list]:
    """One statement: the planned keys' postings as (claim, weight, order) rows, summed per
    claim, best first. `order` numbers the keys in the order the tie rule reads them: narrow
    keys by key, then windowed keys as planned.

    A narrow key is read in full, and so is a windowed key for the claims the narrow keys found
    (`narrow` below); for any other claim, a windowed key counts only in its newest WINDOW
    postings. Each (claim, key) row is read once: a window drops the claims of `narrow` after
    its LIMIT, so it still spans its key's newest WINDOW postings."""
    q = connection.ops.quote_name
    postings, claim_col, key_col = q(ClaimBlockKey._meta.db_table), q("claim_id"), q("key")
    excluded, exclude_params = "", []
    if exclude_article is not None:
        excluded = (f" AND {claim_col} NOT IN (SELECT {q('id')} FROM {q(Claim._meta.db_table)}"
                    f" WHERE {q('article_id')} = %s)")
        exclude_params = [exclude_article]
    weight = {k: round(w * WEIGHT_SCALE) for k, w in plan.items()}
    narrow = sorted(k for k in plan if df[k] <= WINDOW)
    wide = [k for k in plan if df[k] > WINDOW]
    order = {k: n for n, k in enumerate([*narrow, *wide])}

    def weighed(keys: list[str]) -> tuple[str, list]:
        """Rows of `keys`' postings with their weight and order (a WHERE clause to follow)."""
        whens = " ".join(["WHEN %s THEN %s"] * len(keys))
        marks = ", ".join(["%s"] * len(keys))
        sql = (f"SELECT {claim_col} AS claim, CASE {key_col} {whens} END AS w, "
               f"CASE {key_col} {whens} END AS o FROM {postings} WHERE {key_col} IN ({marks})")
        return sql, [*(x for k in keys for x in (k, weight[k])),
                     *(x for k in keys for x in (k, order[k])), *keys]

    head, parts, params = "", [], []
    if narrow:
        # Reading the narrow keys' claims' common keys costs one probe of block_key_unique per
        # (claim, common key), whatever the common keys' frequency; the plan's budget bounds the
        # narrow postings and the common keys together (a few thousand probes at most; +0.16 ms
        # median, +1.2 ms at worst on 250 lookups at 100k claims, docs/benchmarks.md).
        sql, head_params = weighed(narrow)
        head = f"WITH narrow AS ({sql}{excluded}) "
        params += [*head_params, *exclude_params]
        parts.append("SELECT claim, w, o FROM narrow")
        if wide:
            sql, wide_params = weighed(wide)
            parts.append(f"{sql} AND {claim_col} IN (SELECT claim FROM narrow)")
            params += wide_params
    for k in wide:
        recent = (f"SELECT {claim_col} AS claim, %s AS w, %s AS o FROM {postings} "
                  f"WHERE {key_col} = %s{excluded} ORDER BY {claim_col} DESC LIMIT %s")
        parts.append(f"SELECT * FROM ({recent}) AS recent{order[k]}"
                     + (" WHERE claim NOT IN (SELECT claim FROM narrow)" if narrow else ""))
        params += [weight[k], order[k], k, *exclude_params, WINDOW]
    # Ties: the claim met through the earliest key first; through one narrow key, the lowest id
    # first, through one windowed key, the highest (the order each branch reads its postings).
    sql = (
        f"{head}SELECT claim FROM ({' UNION ALL '.join(parts)}) AS planned GROUP BY claim "
        f"ORDER BY SUM(w) DESC, MIN(o), CASE WHEN MIN(o) < %s THEN claim ELSE -claim END LIMIT %s"
    )
    return sql, [*params, len(narrow), limit]


def index_add(claims: list[tuple[int, ClaimKey]]) -> None:
    """File claims under their keys and count them. Precondition: inside a transaction."""
    rows, counts = [], defaultdict(int)
    for claim_id, key in claims:
        for block_key in blocking_keys(key):
            rows.append(ClaimBlockKey(key=block_key, claim_id=claim_id))
            counts[block_key] += 1
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
