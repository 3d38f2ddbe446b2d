"""Reads shared by the dashboard and the API: querysets with their related rows fetched up front,
so a page of N rows costs a fixed number of queries."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db import connection
from django.db.models import Case, Count, Exists, IntegerField, Max, OuterRef, Prefetch, Q, QuerySet, Value, When
from django.utils import timezone

from sources.models import Article

from .models import (
    Claim,
    ClaimCluster,
    IngestItem,
    IngestJob,
    MatchSuggestion,
    ReconciliationRun,
    Review,
    Speaker,
    SpeakerAlias,
)


@dataclass(frozen=True)
class ClusterFilters:
    speaker: int | None = None
    outlet: int | None = None
    language: str | None = None
    stance: str | None = None
    status: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    previously_checked: bool | None = None
    q: str | None = None
    # Typed text naming speakers (the speaker box submitted without picking a suggestion).
    speaker_name: str | None = None

    @property
    def on_claims(self) -> bool:
        """Whether a filter reads the clusters' claims (the inbox then caps its count)."""
        return bool(self.speaker or self.speaker_name or self.outlet or self.language or self.stance or self.q)


# Matching claims a text scan collects before it counts its words as common (see cluster_list).
SCANNED_CLAIMS = 5_000
# A speaker with more claims than this share of all claims is filtered on by walking the clusters
# in page order (each probed on the (cluster, speaker) index) instead of collecting the clusters
# of all their claims and sorting those: at 1M claims a speaker of 75 000 took ~390 ms (ids and
# count) collected and ~20 ms walked, one of 87 claims 1 ms collected and 300 ms walked.
BUSY_SPEAKER_SHARE = 0.02

CLUSTER_ORDERINGS = {
    "spread": ("-outlet_count", "-claim_count", "-pk"),
    "newest": ("-first_seen_at", "-pk"),
    "first_seen": ("first_seen_at", "pk"),
}


def claim_queryset() -> QuerySet[Claim]:
    return Claim.objects.select_related("speaker", "article", "article__outlet", "cluster")


def _day_start(day: date) -> datetime:
    """Midnight of `day` in the current time zone (as `__date` lookups read it)."""
    return timezone.make_aware(datetime.combine(day, time.min))


def cluster_list(*, filters: ClusterFilters | None = None, ordering: str = "spread") -> QuerySet[ClaimCluster]:
    f = filters or ClusterFilters()
    clusters = ClaimCluster.objects.filter(claim_count__gt=0).select_related(*_CLUSTER_ROW_JOINS)
    # Every condition holds for one claim of the cluster, as one join did before.
    speaker_q = Q()
    if f.speaker:
        speaker_q &= Q(speaker_id=f.speaker)
    if f.speaker_name:
        speaker_q &= Q(speaker__in=speaker_list(q=f.speaker_name).values("pk"))
    claim_q = speaker_q
    if f.outlet:
        claim_q &= Q(article__outlet_id=f.outlet)
    if f.language:
        claim_q &= Q(language=f.language)
    if f.stance:
        claim_q &= Q(stance=f.stance)
    text = text_query(f.q) if f.q else None
    walk_speaker = bool(speaker_q) and not (f.outlet or (text and not text.common)) and _speakers_are_busy(speaker_q)
    scanned = None
    if text and text.substrings and not (f.speaker or f.speaker_name or f.outlet):
        # Words only the text holds: one scan of the claims collects their clusters, once (the
        # count and the page would each scan again). It stops at SCANNED_CLAIMS matches: such
        # words are common, and the walk below meets a page of them sooner ("arga" at 100k
        # claims: 2 whole scans and a sort of 40k clusters, 325 ms of SQL). Not DISTINCT: SQLite
        # then reads every claim before stopping.
        found = Claim.objects.filter(claim_q & text.condition()).order_by().values_list("cluster_id", flat=True)
        scanned = list(found[: SCANNED_CLAIMS + 1])
    if scanned is not None and len(scanned) <= SCANNED_CLAIMS:
        clusters = clusters.filter(pk__in=set(scanned))
    elif scanned is None and not walk_speaker and (speaker_q or f.outlet or (text and not text.common)):
        # Few claims next to the corpus, read through their own index (speaker, outlet, rare
        # words of the candidate index) or one scan (words it lacks): collect their clusters,
        # then sort those.
        if text:
            claim_q &= text.condition()
        clusters = clusters.filter(pk__in=Claim.objects.filter(claim_q).values("cluster_id"))
    elif claim_q or text:
        # A language, a stance or a common word holds a large share of all claims: walk the
        # clusters in page order along the ordering index and stop after a page (language=id at
        # 100k claims: 2 ms, against 106 ms for collecting 60k cluster ids and sorting them), and
        # busy speakers, probed on the (cluster, speaker) index.
        if text:
            claim_q &= text.condition(per_claim=True)
        clusters = clusters.filter(Exists(Claim.objects.filter(claim_q, cluster=OuterRef("pk"))))
    if f.status:
        clusters = clusters.filter(status=f.status)
    # Local-day bounds as datetimes, not `__date` lookups: a date conversion per row scans every
    # cluster; a plain comparison can use an index on first_seen_at.
    if f.date_from:
        clusters = clusters.filter(first_seen_at__gte=_day_start(f.date_from))
    if f.date_to:
        clusters = clusters.filter(first_seen_at__lt=_day_start(f.date_to + timedelta(days=1)))
    if f.previously_checked is not None:
        clusters = clusters.filter(previously_checked=f.previously_checked)
    return clusters.order_by(*CLUSTER_ORDERINGS.get(ordering, CLUSTER_ORDERINGS["spread"]))


def _speakers_are_busy(speaker_q: Q) -> bool:
    """Whether the speakers of `speaker_q` (a picked one, or those a typed name matches) said more
    than BUSY_SPEAKER_SHARE of the claims: reads at most that many entries of the speaker index,
    and the claim total kept by the candidate index."""
    from .matching_index import TOTAL, doc_freqs

    total = doc_freqs([TOTAL]).get(TOTAL, 0)
    limit = int(total * BUSY_SPEAKER_SHARE)
    return limit > 0 and Claim.objects.filter(speaker_q).order_by()[: limit + 1].count() > limit


def cluster_detail(*, pk: int) -> ClaimCluster:
    return (
        ClaimCluster.objects.prefetch_related(
            Prefetch("claims", queryset=claim_queryset().order_by("seen_at", "pk")),
            Prefetch("reviews", queryset=Review.objects.select_related("reviewer")),
        )
        .select_related("representative")
        .get(pk=pk)
    )


def speaker_list(*, q: str | None = None) -> QuerySet[Speaker]:
    speakers = Speaker.objects.filter(merged_into__isnull=True).prefetch_related("aliases")
    if q:
        # EXISTS, not a join with DISTINCT: a speaker is listed once however many aliases match.
        alias_matches = SpeakerAlias.objects.filter(speaker=OuterRef("pk"), alias__icontains=q)
        speakers = speakers.filter(Q(name__icontains=q) | Exists(alias_matches))
    return speakers


def speaker_suggestions(*, q: str, limit: int = 20) -> list[Speaker]:
    """Up to `limit` speakers whose name or an alias holds `q`, names starting with it first: what
    the speaker boxes offer while a checker types. Only the fields a suggestion shows."""
    q = q.strip()
    if not q:
        return []
    found = speaker_list(q=q).prefetch_related(None).only("pk", "name", "role")
    first = list(found.filter(name__istartswith=q).order_by("name", "pk")[:limit])
    rest = found.exclude(pk__in=[s.pk for s in first]).order_by("name", "pk")
    return first + (list(rest[: limit - len(first)]) if len(first) < limit else [])


def speaker_named(*, name: str) -> Speaker | None:
    """The one unmerged speaker whose name or an alias is `name` (case-insensitive); None when
    none or several are."""
    name = name.strip()
    if not name:
        return None
    by_alias = Exists(SpeakerAlias.objects.filter(speaker=OuterRef("pk"), alias__iexact=name))
    found = list(Speaker.objects.filter(merged_into__isnull=True).filter(Q(name__iexact=name) | by_alias)[:2])
    return found[0] if len(found) == 1 else None


def published_review(cluster: ClaimCluster) -> Review | None:
    return cluster.reviews.filter(status=Review.Status.PUBLISHED).order_by("-published_at").first()


# Dashboard reads (claims/views.py). Each returns a queryset or rows with what its page shows
# fetched up front, so a page costs the same few queries however many rows it lists.


def cluster_list_with_verdicts(*, filters: ClusterFilters | None = None,
                               ordering: str = "spread") -> QuerySet[ClaimCluster]:
    """`cluster_list` with each cluster's published reviews, newest first, in `published_reviews`."""
    return cluster_list(filters=filters, ordering=ordering).prefetch_related(_published_reviews())


_CLUSTER_ROW_JOINS = ("representative", "representative__speaker", "representative__article__outlet")


def cluster_rows_with_verdicts() -> QuerySet[ClaimCluster]:
    """What a row of the inbox shows of a cluster, to read a page of them by id once
    `cluster_list` has chosen and ordered the ids (without these joins)."""
    return ClaimCluster.objects.select_related(*_CLUSTER_ROW_JOINS).prefetch_related(_published_reviews())


def _published_reviews() -> Prefetch:
    published = Review.objects.filter(status=Review.Status.PUBLISHED).order_by("-published_at")
    return Prefetch("reviews", queryset=published, to_attr="published_reviews")


def claim_languages() -> list[str]:
    """The languages of the stored claims, in order, for the filter forms. Found by seeking the
    next one on the language index, a seek per language, where DISTINCT reads the whole index
    (31 ms on every inbox page at 1M claims); the ORM has no recursive query, hence the SQL."""
    table, column = Claim._meta.db_table, Claim._meta.get_field("language").column
    sql = f"""
        WITH RECURSIVE langs(code) AS (
            SELECT MIN({column}) FROM {table} WHERE {column} > ''
            UNION ALL
            SELECT (SELECT MIN({column}) FROM {table} WHERE {column} > langs.code) FROM langs WHERE langs.code IS NOT NULL
        )
        SELECT code FROM langs WHERE code IS NOT NULL"""
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return [code for (code,) in cursor.fetchall()]


def claim_counts_per_day(*, days: int = 30) -> list[tuple[date, int]]:
    """Claims per day of publication (ingest day when undated) for the `days` days up to the latest.

    Read through the articles' `published_at` index and counted per local day in the database: the
    cost follows the window, not the corpus (a date conversion per claim over every claim took
    seconds at 100k claims; one per article of the window in Python, 92 ms at 100k articles)."""
    has_claims = Exists(Claim.objects.filter(article=OuterRef("pk")))
    newest = (Article.objects.filter(published_at__isnull=False).filter(has_claims).order_by("-published_at")
              .values_list("published_at", flat=True).first())
    undated = (Article.objects.filter(published_at__isnull=True).filter(has_claims).order_by()
               .aggregate(latest=Max("ingested_at"))["latest"])
    latest = max((d for d in (newest, undated) if d is not None), default=None)
    if latest is None:
        return []
    first = timezone.localtime(latest).date() - timedelta(days=days - 1)
    # Each day's first instant, and the next day's after the last: a CASE over these numbers the
    # days in the database, which returns a row a day instead of one per article to convert.
    bounds = [_day_start(first + timedelta(days=i)) for i in range(days + 1)]
    counts = [0] * days
    # Two queries, not one OR, so that each reads the published_at index.
    for field, window in (("published_at", Q(published_at__gte=bounds[0])),
                          ("ingested_at", Q(published_at__isnull=True, ingested_at__gte=bounds[0]))):
        day = Case(*(When(**{f"{field}__lt": bounds[i + 1]}, then=Value(i)) for i in range(days)),
                   default=Value(days), output_field=IntegerField())
        per_day = (Article.objects.filter(window).order_by().annotate(day=day).values("day")
                   .annotate(n=Count("claims")).values_list("day", "n"))
        for i, n in per_day:
            if i < days:  # later than the latest day: none, unless a claim came in meanwhile
                counts[i] += n
    return [(first + timedelta(days=i), counts[i]) for i in range(days)]


def claim_list(*, q: str | None = None, speaker: Speaker | None = None) -> QuerySet[Claim]:
    """Claims newest first. `q` matches claims holding every word of it (case-insensitive), which
    behaves the same on SQLite and PostgreSQL."""
    claims = _claim_rows().order_by("-seen_at", "-pk")
    if q and q.split():
        claims = claims.filter(claim_text_filter(q))
    if speaker is not None:
        claims = claims.filter(speaker=speaker)
    return claims


@dataclass(frozen=True)
class TextQuery:
    """The words of a text search, split by how they are found (`text_query`)."""

    keys: tuple[str, ...]  # candidate-index keys: every one must hold; the rarest first
    substrings: tuple[str, ...]  # words matched anywhere in the text
    postings: int | None  # claims filed under the rarest key (None: no key)
    total: int  # claims in the candidate index

    @property
    def common(self) -> bool:
        """Whether every word is indexed and even the rarest is in over 5 % of the claims: then
        the matches are better met walking clusters in page order than collected and sorted
        (a word in 10k of 100k claims: 2 ms against 60 ms)."""
        return not self.substrings and self.postings is not None and self.postings * 20 > self.total

    def condition(self, *, per_claim: bool = False) -> Q:
        """The search as a condition on Claim. `per_claim` asks for a form evaluated claim by
        claim (an index probe per key), for a query that already walks a few claims: the
        collecting form (`id IN (postings)`) would be re-read per claim there on SQLite. The
        collecting form collects the rarest key's postings and probes the other keys for each:
        collecting every key's postings and intersecting them cost twice as much ("warga tahun",
        143k and 49k postings at 1M claims: 321 → 161 ms a page, 84 → 29 ms its count)."""
        from .models import ClaimBlockKey

        cond = Q()
        for n, key in enumerate(self.keys):
            if per_claim or n:
                cond &= Exists(ClaimBlockKey.objects.filter(claim=OuterRef("pk"), key=key))
            else:
                cond &= Q(pk__in=ClaimBlockKey.objects.filter(key=key).values("claim_id"))
        for word in self.substrings:
            cond &= Q(text__icontains=word)
        return cond


def text_query(q: str) -> TextQuery:
    """Claims holding every word of `q`, case-insensitive.

    A word the candidate index files claims under (claims.matching_index: the content words
    matching compares, lowercased, numbers normalised) is read from that index, so it matches
    whole words ("beras" finds "beras", not "berasnya") at the cost of its postings. Any other
    word (a stopword, part of a word, any word while the index is empty) is a substring scan of
    every claim's text: 40-80 ms at 100k claims, where an indexed word costs 1-30 ms."""
    from .matching import claim_key
    from .matching_index import TOTAL, doc_freqs

    words = q.split()
    keys = {word: [f"w:{k}" for k in sorted(claim_key(word, language=None).content)] for word in words}
    df = doc_freqs({TOTAL, *(k for ks in keys.values() for k in ks)})
    indexed, substrings = [], []
    for word in words:
        if keys[word] and all(df.get(k) for k in keys[word]):
            indexed += [k for k in keys[word] if k not in indexed]
        else:
            substrings.append(word)
    indexed.sort(key=lambda k: (df[k], k))
    return TextQuery(tuple(indexed), tuple(substrings), df[indexed[0]] if indexed else None, df.get(TOTAL, 0))


def claim_text_filter(q: str) -> Q:
    """`text_query(q)` as a condition on Claim."""
    return text_query(q).condition()


def cluster_summary(*, pk: int) -> ClaimCluster:
    """The cluster with its representative and reviews, not its claims: the dashboard pages
    through those (`cluster_claims`); the API's `cluster_detail` reads them all."""
    return (
        ClaimCluster.objects.prefetch_related(Prefetch("reviews", queryset=Review.objects.select_related("reviewer")))
        .select_related("representative")
        .get(pk=pk)
    )


def cluster_claims(*, cluster: ClaimCluster) -> QuerySet[Claim]:
    """The cluster's claims, first appearance first (`Claim.seen_at`: publication time, or ingest
    time where the article has no date, as the cluster's first_seen_at and representative), then
    id; read in that order from an index."""
    return _claim_rows().filter(cluster=cluster).order_by("seen_at", "pk")


def _claim_rows() -> QuerySet[Claim]:
    """`claim_queryset` without what a list of claims never shows: the article's body and raw
    input, the claim's matching key (a busy speaker's page read them for 50 claims)."""
    return claim_queryset().defer("match_key", "normalised_text", "article__body", "article__raw")


def cluster_spread(*, cluster: ClaimCluster) -> list[tuple[str | None, datetime]]:
    """(outlet name, publication or ingest time) of every claim of the cluster, in time order:
    read as tuples for the spread chart, while the timeline shows one page of claims. The
    index gives them in time order (one datetime a row to convert: 36 → 24 ms at 8 000)."""
    return list(
        Claim.objects.filter(cluster=cluster).order_by("seen_at", "pk").values_list("article__outlet__name", "seen_at")
    )


def article_queryset() -> QuerySet[Article]:
    """Articles with their outlet, wires and claims; the raw input is left for its own page."""
    claims = Claim.objects.select_related("speaker").order_by("start")
    return (
        Article.objects.select_related("outlet")
        .prefetch_related("wire_sources", Prefetch("claims", queryset=claims))
        .defer("raw")
    )


def speaker_queryset() -> QuerySet[Speaker]:
    return Speaker.objects.select_related("merged_into", "affiliation").prefetch_related("aliases")


def review_queryset() -> QuerySet[Review]:
    return Review.objects.select_related("cluster", "cluster__representative", "reviewer")


def review_history(*, review: Review) -> list:
    """The review's history records, newest first, each with `changes` against the one before."""
    records = list(review.history.select_related("history_user").order_by("-history_date", "-history_id"))
    for newer, older in zip(records, [*records[1:], None]):
        newer.changes = newer.diff_against(older).changes if older is not None else []
    return records


def reviewer_choices() -> QuerySet:
    from django.contrib.auth import get_user_model

    return (
        get_user_model().objects.filter(Q(is_superuser=True) | Q(groups__name__in=["checker", "editor", "admin"]))
        .filter(is_active=True).distinct().order_by("username")
    )


def reconciliation_run_list(*, limit: int = 20) -> QuerySet[ReconciliationRun]:
    return ReconciliationRun.objects.order_by("-started_at")[:limit]


def ingest_job_queryset() -> QuerySet[IngestJob]:
    """Jobs with their items; the stored payloads stay in the database."""
    items = IngestItem.objects.defer("payload").select_related("article").order_by("pk")
    return IngestJob.objects.select_related("created_by").prefetch_related(Prefetch("items", queryset=items))


def suggestion_list(*, cluster: ClaimCluster) -> QuerySet[MatchSuggestion]:
    """The cluster's open suggestions, closest first."""
    return (
        MatchSuggestion.objects.filter(cluster=cluster, status=MatchSuggestion.Status.OPEN)
        .select_related("claim", "claim__speaker", "claim__article__outlet")
        .order_by("-score", "pk")
    )


# REST API reads (claims/api.py).


def cluster_decisions(*, cluster: ClaimCluster) -> QuerySet:
    """The manual must-link / cannot-link decisions touching the cluster's claims."""
    from .models import MatchDecision

    return (
        MatchDecision.objects.filter(Q(claim_a__cluster=cluster) | Q(claim_b__cluster=cluster))
        .select_related("decided_by")
        .order_by("-decided_at", "pk")
    )


def claims_joining_checked_clusters(*, article: Article, only: Iterable[int] | None = None) -> list[tuple[Claim, Review]]:
    """The article's claims (of `only`, if given) that joined a cluster with a published review
    found in another article: a claim already fact-checked appearing again."""
    # EXISTS by cluster: "claims of the cluster IN (every claim of other articles)" made SQLite
    # list the whole archive whenever a claim joined a checked cluster (~230 ms an ingest at 1M
    # claims, docs/benchmarks.md).
    elsewhere = Claim.objects.filter(cluster_id=OuterRef("cluster_id")).exclude(article=article)
    mine = Claim.objects.filter(article=article) if only is None else Claim.objects.filter(article=article, pk__in=list(only))
    claims = list(
        mine.filter(cluster__reviews__status=Review.Status.PUBLISHED)
        .filter(Exists(elsewhere))
        .select_related("speaker", "cluster").distinct()
    )
    reviews = {}
    for review in Review.objects.filter(
        cluster__in={c.cluster_id for c in claims}, status=Review.Status.PUBLISHED
    ).order_by("published_at"):
        reviews[review.cluster_id] = review  # the newest wins
    return [(claim, reviews[claim.cluster_id]) for claim in claims if claim.cluster_id in reviews]


@dataclass(frozen=True)
class MatchHit:
    cluster: ClaimCluster
    score: float
    decision: str  # "match" | "suggest"
    review: Review | None
    joined_by: str = "wording"  # "wording" | "meaning": the tier that decided
    cosine: float | None = None  # the meaning tier's, when it decided

    @property
    def is_match(self) -> bool:
        return self.decision == "match"


# Clusters re-scored exactly per request, after a cheap rapidfuzz pre-ranking of representatives
# (only while the candidate index is empty, see `match_text`).
MATCH_PRERANK = 200
# Candidate claims read from the candidate index per request; several may share one cluster.
MATCH_CANDIDATES = 50


def match_text(*, text: str, speaker: str | None = None, language: str | None = None,
               limit: int = 10, meaning: bool = True) -> list[MatchHit]:
    """Clusters whose claim is the same as (`match`) or close to (`suggest`) `text`, matches
    first, then by score. `language` is the language of `text` (it steers normalisation);
    clusters of every language are searched.

    Wording first: scored with `claims.matching` (the comparison that clusters claims, as
    `clustering.best_matches` does at ingest) against the claims the candidate index
    (claims.matching_index) returns, each cluster scored by its best claim: the cost follows the
    candidates, not the corpus. While the index holds nothing (a database filled without the
    pipeline, e.g. test factories), it falls back to scoring cluster representatives pre-ranked
    with rapidfuzz over every stored normalised text, whose cost grows with the clusters.

    Then meaning (claims.meaning), when `meaning` is asked, the tier is on, and wording found no
    automatic match: the text is embedded (~60 ms) and its nearest stored claims are scored by
    both tiers together, which finds translations and paraphrases. A near-verbatim repeat, what
    a CMS mostly sends, is answered by wording alone and pays no embedding.
    """
    from .matching import claim_key
    from .matching_index import TOTAL, doc_freqs

    key = claim_key(text, language=language, speaker=speaker)
    if doc_freqs([TOTAL]).get(TOTAL):
        scored = _match_indexed(key)
    else:
        scored = _match_prerank(key, text=text, language=language)
    hits = {pk: (score, decision, "wording", None) for pk, score, decision in scored}
    if meaning and not any(decision == "match" for _pk, _score, decision in scored):
        for pk, result in _match_by_meaning(key, text=text):
            known = hits.get(pk)
            if known is None or (known[1] != "match" and result.decision == "match"):
                hits[pk] = (result.score, result.decision, "meaning",
                            result.explanation.get("semantic", {}).get("cosine"))
    ranked = sorted(hits.items(), key=lambda hit: (hit[1][1] != "match", -hit[1][0], hit[0]))[:limit]
    # Only what a hit shows: the representative with its speaker, the counts, the verdicts (the
    # inbox's join through the article and its outlet was a fifth of a request).
    clusters = (
        ClaimCluster.objects.filter(claim_count__gt=0, pk__in=[pk for pk, _ in ranked])
        .select_related("representative__speaker").prefetch_related(_published_reviews()).in_bulk()
    )
    return [
        MatchHit(clusters[pk], score, decision, (clusters[pk].published_reviews or [None])[0], joined_by, cosine)
        for pk, (score, decision, joined_by, cosine) in ranked
        if pk in clusters
    ]


def _match_indexed(key) -> list[tuple[int, float, str]]:
    from .clustering import best_matches

    best: dict[int, tuple[int, float, str]] = {}
    for claim, result in best_matches(key, limit=MATCH_CANDIDATES, candidates=MATCH_CANDIDATES, explain=False):
        # best_matches sorts matches first, then by score: a cluster's first claim is its best.
        best.setdefault(claim.cluster_id, (claim.cluster_id, result.score, result.decision))
    return list(best.values())


def _match_by_meaning(key, *, text: str) -> list[tuple[int, object]]:
    """(cluster id, combined result) of the meaning tier, each cluster by its best claim."""
    from . import meaning
    from .matching import semantic

    if not meaning.enabled():
        return []
    best: dict[int, object] = {}
    for _claim_id, cluster_id, result in meaning.meaning_neighbours(key, semantic.embed(text)):
        best.setdefault(cluster_id, result)
    return list(best.items())


def _match_prerank(key, *, text: str, language: str | None) -> list[tuple[int, float, str]]:
    from rapidfuzz import fuzz, process

    from .matching import claim_key, compare, normalise

    reps = ClaimCluster.objects.filter(claim_count__gt=0, representative__isnull=False)
    rows = list(reps.values_list(
        "pk", "representative__normalised_text", "representative__text", "representative__language",
        "representative__speaker__name", "representative__stance",
    ))
    if not rows:
        return []
    query = normalise(text, language)
    ranked = process.extract(
        query, [row[1] or row[2] for row in rows], scorer=fuzz.WRatio, limit=MATCH_PRERANK
    )
    scored = []
    for _choice, _prescore, index in ranked:
        pk, _norm, rep_text, rep_language, rep_speaker, rep_stance = rows[index]
        result = compare(key, claim_key(rep_text, language=rep_language or None, speaker=rep_speaker,
                                        stance=rep_stance))
        if result.decision in ("match", "suggest"):
            scored.append((pk, result.score, result.decision))
    return scored
