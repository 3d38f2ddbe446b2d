"""schema.org ClaimReview (JSON-LD) of a published review: what search engines and fact-check
aggregators read. A plain function, so the dashboard and the API render the same document."""

from __future__ import annotations

from django.conf import settings

from .models import Claim, Review, Speaker
from .selectors import cluster_claims

# Verdicts on schema.org's 1 (worst) to 5 (best) scale. "Misleading" and "mostly false" share 2:
# both leave a reader believing something false. "Unproven" is not a degree of truth, so it
# carries no ratingValue, only its name (as Google's fact-check guidelines allow).
RATING_VALUES = {
    Review.Verdict.TRUE: 5,
    Review.Verdict.MOSTLY_TRUE: 4,
    Review.Verdict.HALF_TRUE: 3,
    Review.Verdict.MISLEADING: 2,
    Review.Verdict.MOSTLY_FALSE: 2,
    Review.Verdict.FALSE: 1,
}
BEST_RATING, WORST_RATING = 5, 1

_SPEAKER_TYPES = {
    Speaker.Kind.PERSON: "Person",
    Speaker.Kind.ORGANISATION: "Organization",
    Speaker.Kind.COUNTRY: "Country",
    Speaker.Kind.GROUP: "Organization",
}


# Appearances a ClaimReview lists, oldest first. A claim republished by thousands of articles would
# otherwise make a document of megabytes on every review page (8 000 appearances: 0.7 s to render,
# docs/benchmarks.md); readers of ClaimReview want where it first appeared and where it spread.
APPEARANCES = 100


def _organisation() -> dict:
    org = {"@type": "Organization", "name": getattr(settings, "KUTIP_ORGANISATION_NAME", "Kutip")}
    if url := getattr(settings, "KUTIP_ORGANISATION_URL", ""):
        org["url"] = url
    return org


def _appearance(claim: Claim) -> dict:
    article = claim.article
    work = {"@type": "NewsArticle", "headline": article.title or None, "url": article.url or None}
    if article.published_at:
        work["datePublished"] = article.published_at.isoformat()
    if article.outlet is not None:
        work["publisher"] = {"@type": "Organization", "name": article.outlet.name}
    return {k: v for k, v in work.items() if v is not None}


def claimreview_jsonld(review: Review, *, url: str) -> dict:
    """The ClaimReview of a published review. `url` is the page where people read the fact-check,
    absolute (a search engine links its result there), not an API address. Its appearances are
    the cluster's first APPEARANCES claims, oldest first."""
    cluster = review.cluster
    claims = list(cluster_claims(cluster=cluster)[:APPEARANCES])
    representative = cluster.representative or (claims[0] if claims else None)
    item = {"@type": "Claim"}
    speaker = representative.speaker if representative is not None else None
    if speaker is not None:
        item["author"] = {"@type": _SPEAKER_TYPES.get(speaker.kind, "Thing"), "name": speaker.name}
    elif representative is not None and representative.speaker_mention:
        item["author"] = {"@type": "Thing", "name": representative.speaker_mention}
    if cluster.first_seen_at:
        item["datePublished"] = cluster.first_seen_at.isoformat()
    appearances = [_appearance(c) for c in claims]
    if appearances:
        item["firstAppearance"] = appearances[0]
        item["appearance"] = appearances
    rating = {"@type": "Rating", "bestRating": BEST_RATING, "worstRating": WORST_RATING,
              "alternateName": Review.Verdict(review.verdict).label if review.verdict else ""}
    if review.verdict in RATING_VALUES:
        rating["ratingValue"] = RATING_VALUES[review.verdict]
    document = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": representative.text if representative is not None else "",
        "itemReviewed": item,
        "reviewRating": rating,
        "author": _organisation(),
        "datePublished": review.published_at.date().isoformat() if review.published_at else None,
    }
    if review.summary:
        document["reviewBody"] = review.summary
    return document
