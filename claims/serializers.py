"""Input and output shapes of the REST API. No business logic: views hand validated input to
services and selectors, and these serializers render what comes back."""

from __future__ import annotations

from django.core.validators import URLValidator
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from sources.serializers import ArticleSerializer, OutletRefSerializer

from .display import claim_joined, suggestion_joined
from .models import (
    Claim,
    ClaimCluster,
    IngestItem,
    IngestJob,
    MatchDecision,
    MatchSuggestion,
    ReconciliationRun,
    Review,
    Speaker,
)

# ---- outputs -------------------------------------------------------------------------------


class SpeakerRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Speaker
        fields = ["id", "name", "kind"]


class SpeakerSerializer(serializers.ModelSerializer):
    aliases = serializers.SerializerMethodField()
    affiliation = SpeakerRefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Speaker
        fields = ["id", "name", "kind", "role", "affiliation", "aliases", "created_at"]

    def get_aliases(self, speaker) -> list[str]:
        return [alias.alias for alias in speaker.aliases.all()]


class ArticleRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    url = serializers.CharField(allow_null=True)
    published_at = serializers.DateTimeField(allow_null=True)
    outlet = OutletRefSerializer(allow_null=True)


class StatementSerializer(serializers.ModelSerializer):
    """A claim as found in its article (offsets point into the article's body)."""

    speaker = SpeakerRefSerializer(read_only=True, allow_null=True)
    cluster = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True)
    joined_by = serializers.SerializerMethodField(
        help_text="How the claim joined its cluster: `wording` (near-verbatim, `match_score` is the string "
        "score), `meaning` (a translation or paraphrase, `match_score` is 100 x cosine), `manual` (a "
        "checker's decision), or null (it started the cluster)."
    )
    match_cosine = serializers.SerializerMethodField(help_text="The meaning tier's cosine when joined by meaning.")

    class Meta:
        model = Claim
        fields = [
            "id", "speaker", "speaker_mention", "text", "kind", "cue", "stance", "via", "start", "end",
            "language", "cluster", "match_score", "joined_by", "match_cosine",
        ]

    @extend_schema_field(serializers.ChoiceField(choices=["wording", "meaning", "manual"], allow_null=True))
    def get_joined_by(self, claim: Claim) -> str | None:
        # The dashboard's reading of the explanation; `started` is the dashboard's own label.
        joined = claim_joined(claim, started=False)
        return joined.how if joined else None

    @extend_schema_field(serializers.FloatField(allow_null=True))
    def get_match_cosine(self, claim: Claim) -> float | None:
        joined = claim_joined(claim, started=False)
        return joined.cosine if joined and joined.how == "meaning" else None


class ClaimSerializer(StatementSerializer):
    article = ArticleRefSerializer(read_only=True)

    class Meta(StatementSerializer.Meta):
        fields = [*StatementSerializer.Meta.fields, "article", "created_at"]


class ArticleDetailSerializer(ArticleSerializer):
    outlet = OutletRefSerializer(read_only=True, allow_null=True)  # unknown for pasted text
    statements = StatementSerializer(source="claims", many=True, read_only=True)

    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "body", "statements"]


class ReviewSerializer(serializers.ModelSerializer):
    reviewer = serializers.SlugRelatedField(slug_field="username", read_only=True, allow_null=True)

    class Meta:
        model = Review
        fields = [
            "id", "cluster", "verdict", "summary", "evidence_links", "reviewer", "status", "published_at",
            "created_at", "updated_at",
        ]


class VerdictSerializer(serializers.Serializer):
    review = serializers.IntegerField(source="pk")
    verdict = serializers.CharField()
    published_at = serializers.DateTimeField()


class RepresentativeSerializer(serializers.ModelSerializer):
    speaker = SpeakerRefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Claim
        fields = ["id", "text", "speaker", "language", "stance"]


class ClusterSerializer(serializers.ModelSerializer):
    representative = RepresentativeSerializer(read_only=True, allow_null=True)
    published_review = serializers.SerializerMethodField()

    class Meta:
        model = ClaimCluster
        fields = [
            "id", "representative", "first_seen_at", "claim_count", "outlet_count", "origin_count",
            "language_count", "status", "previously_checked", "published_review",
        ]

    def get_published_review(self, cluster) -> VerdictSerializer(allow_null=True):
        # `published_reviews` is prefetched by the selector (newest first), so a page costs no
        # query per row.
        reviews = getattr(cluster, "published_reviews", None)
        if reviews is None:
            reviews = [r for r in cluster.reviews.all() if r.status == Review.Status.PUBLISHED]
            reviews.sort(key=lambda r: r.published_at, reverse=True)
        return VerdictSerializer(reviews[0]).data if reviews else None


class DecisionSerializer(serializers.ModelSerializer):
    decided_by = serializers.SlugRelatedField(slug_field="username", read_only=True, allow_null=True)

    class Meta:
        model = MatchDecision
        fields = ["claim_a", "claim_b", "kind", "decided_by", "decided_at"]


class SuggestionSerializer(serializers.ModelSerializer):
    joined_by = serializers.SerializerMethodField(
        help_text="The tier that made the suggestion: `wording` (`score` is the string score) or `meaning` "
        "(a possible translation or paraphrase; `score` is 100 x `cosine`)."
    )
    cosine = serializers.SerializerMethodField(help_text="The meaning tier's cosine, when by meaning.")

    class Meta:
        model = MatchSuggestion
        fields = ["id", "claim", "cluster", "score", "joined_by", "cosine", "status", "created_at"]

    @extend_schema_field(serializers.ChoiceField(choices=["wording", "meaning"]))
    def get_joined_by(self, suggestion: MatchSuggestion) -> str:
        return suggestion_joined(suggestion).how

    @extend_schema_field(serializers.FloatField(allow_null=True))
    def get_cosine(self, suggestion: MatchSuggestion) -> float | None:
        return suggestion_joined(suggestion).cosine


class ClusterDetailSerializer(ClusterSerializer):
    claims = ClaimSerializer(many=True, read_only=True)
    outlets = serializers.SerializerMethodField()
    reviews = ReviewSerializer(many=True, read_only=True)
    decisions = DecisionSerializer(many=True, read_only=True, source="manual_decisions")
    suggestions = SuggestionSerializer(many=True, read_only=True, source="open_suggestions")

    class Meta(ClusterSerializer.Meta):
        fields = [*ClusterSerializer.Meta.fields, "claims", "outlets", "reviews", "decisions", "suggestions"]

    def get_outlets(self, cluster) -> OutletRefSerializer(many=True):
        seen = {}
        for claim in cluster.claims.all():
            outlet = claim.article.outlet
            if outlet is not None and outlet.pk not in seen:
                seen[outlet.pk] = outlet
        return OutletRefSerializer(list(seen.values()), many=True).data


class ReconciliationRunSerializer(serializers.ModelSerializer):
    class Meta:
        model = ReconciliationRun
        fields = ["id", "started_at", "finished_at", "duration_seconds", "status", "counts", "error"]


class ReconciliationStartSerializer(serializers.Serializer):
    status = serializers.CharField(help_text="`queued`: a worker will start the run.")
    requested_at = serializers.DateTimeField()
    poll = serializers.URLField(
        help_text="The runs started since the request: the queued run appears there when a worker starts it."
    )


class JobItemSerializer(serializers.ModelSerializer):
    class Meta:
        model = IngestItem
        fields = ["id", "name", "status", "article", "statement_count", "error"]


class JobProgressSerializer(serializers.Serializer):
    total = serializers.IntegerField()
    done = serializers.IntegerField()
    ok = serializers.IntegerField()
    duplicate = serializers.IntegerField()
    error = serializers.IntegerField()


class JobSerializer(serializers.ModelSerializer):
    created_by = serializers.SlugRelatedField(slug_field="username", read_only=True, allow_null=True)
    progress = serializers.SerializerMethodField()
    items = JobItemSerializer(many=True, read_only=True)

    class Meta:
        model = IngestJob
        fields = ["id", "status", "created_by", "created_at", "finished_at", "progress", "items"]

    def get_progress(self, job) -> JobProgressSerializer:
        counts = {status: 0 for status in IngestItem.Status.values}
        for item in job.items.all():
            counts[item.status] += 1
        total = sum(counts.values())
        return {"total": total, "done": total - counts["pending"], "ok": counts["ok"],
                "duplicate": counts["duplicate"], "error": counts["error"]}


class MatchHitSerializer(serializers.Serializer):
    """One `claims.selectors.MatchHit`."""

    cluster = serializers.IntegerField(source="cluster.pk")
    score = serializers.FloatField(help_text="0-100")
    decision = serializers.ChoiceField(
        choices=["match", "suggest"],
        help_text="`match`: the same claim (at or above the auto-match threshold); "
        "`suggest`: close, a checker decides.",
    )
    is_match = serializers.BooleanField()
    joined_by = serializers.ChoiceField(
        choices=["wording", "meaning"],
        help_text="The tier that decided: `wording` (near-verbatim; `score` is the string score) or `meaning` "
        "(a translation or paraphrase; `score` is 100 x `cosine`).",
    )
    cosine = serializers.FloatField(allow_null=True, help_text="Sentence-embedding cosine, when by meaning.")
    representative = RepresentativeSerializer(source="cluster.representative")
    claim_count = serializers.IntegerField(source="cluster.claim_count")
    outlet_count = serializers.IntegerField(source="cluster.outlet_count")
    first_seen_at = serializers.DateTimeField(source="cluster.first_seen_at", allow_null=True)
    verdict = VerdictSerializer(source="review", allow_null=True)


class MatchResponseSerializer(serializers.Serializer):
    results = MatchHitSerializer(many=True)


# ---- inputs --------------------------------------------------------------------------------


class ArticleIngestInputSerializer(serializers.Serializer):
    text = serializers.CharField(required=False, trim_whitespace=False, help_text="Plain article text.")
    html = serializers.CharField(required=False, trim_whitespace=False, help_text="The article page's HTML.")
    url = serializers.URLField(required=False, max_length=2000, help_text="Fetched by the server.")
    outlet = serializers.CharField(required=False, max_length=200, help_text="Outlet name, if known.")
    published_at = serializers.DateTimeField(required=False, help_text="ISO 8601 with offset.")
    language = serializers.ChoiceField(choices=["id", "en"], required=False, help_text="Overrides detection.")

    def validate(self, attrs):
        given = [name for name in ("text", "html", "url") if attrs.get(name) not in (None, "")]
        if len(given) != 1:
            raise serializers.ValidationError("Give exactly one of `text`, `html` or `url`.", code="invalid")
        return attrs


class BatchItemInputSerializer(serializers.Serializer):
    name = serializers.CharField(required=False, max_length=200, help_text="Your label for the item.")
    text = serializers.CharField(required=False, trim_whitespace=False)
    html = serializers.CharField(required=False, trim_whitespace=False)
    url = serializers.URLField(
        required=False, max_length=2000, validators=[URLValidator(schemes=["http", "https"])],
        help_text="Fetched by the worker; a page that cannot be fetched is this item's error.",
    )

    def validate(self, attrs):
        given = [name for name in ("text", "html", "url") if attrs.get(name)]
        if len(given) != 1:
            raise serializers.ValidationError("Give exactly one of `text`, `html` or `url`.", code="invalid")
        return attrs


# Each fetch may take KUTIP_FETCH_TIMEOUT (10 s by default) when a site hangs: 100 of them stay
# well inside the job task's 55-minute soft limit (claims/tasks.py), with the ingests besides.
BATCH_MAX_URLS = 100


class BatchInputSerializer(serializers.Serializer):
    items = BatchItemInputSerializer(many=True, allow_empty=False, max_length=500)

    def validate_items(self, items):
        if sum(1 for item in items if item.get("url")) > BATCH_MAX_URLS:
            raise serializers.ValidationError(f"At most {BATCH_MAX_URLS} items of a batch may be `url`.")
        return items


class MatchInputSerializer(serializers.Serializer):
    text = serializers.CharField(max_length=5000)
    speaker = serializers.CharField(required=False, max_length=300)
    language = serializers.ChoiceField(
        choices=["id", "en"], required=False, help_text="The language of `text`; clusters of every language are searched."
    )
    limit = serializers.IntegerField(required=False, min_value=1, max_value=50, default=10)
    meaning = serializers.BooleanField(
        required=False, default=False,
        help_text="Also search by meaning (translations, paraphrases: an English text finds its Indonesian "
        "claim) when the wording finds no automatic match. It embeds the text, ~50-70 ms more; off by "
        "default so a call made while an editor types stays on the wording tier (~10 ms).",
    )


class SpeakerMergeInputSerializer(serializers.Serializer):
    into = serializers.IntegerField(help_text="The speaker that survives; this one becomes its alias.")


class ReviewCreateInputSerializer(serializers.Serializer):
    cluster = serializers.IntegerField()
    verdict = serializers.ChoiceField(choices=Review.Verdict.choices, required=False, allow_blank=True, default="")
    summary = serializers.CharField(required=False, allow_blank=True, default="", max_length=20000)
    evidence_links = serializers.ListField(child=serializers.URLField(max_length=2000), required=False,
                                          default=list, max_length=100)


class ReviewUpdateInputSerializer(serializers.Serializer):
    verdict = serializers.ChoiceField(choices=Review.Verdict.choices, required=False, allow_blank=True)
    summary = serializers.CharField(required=False, allow_blank=True, max_length=20000)
    evidence_links = serializers.ListField(child=serializers.URLField(max_length=2000), required=False,
                                          max_length=100)
