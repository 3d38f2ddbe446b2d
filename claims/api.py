"""REST API views for articles, claims, clusters, speakers, reviews, runs, jobs and matching.

Thin: validate an input serializer, call a service or selector, render an output serializer.
Permissions come from claims.permissions (through `role_permission`, `object_for_user` and the
services' own `require` calls); no view checks a role by hand.
"""

from __future__ import annotations

from urllib.parse import urlencode

import django_filters
import kombu.exceptions
from django.http import Http404
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import APIException
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.views import APIView

from integrations.api_errors import InvalidInput, PayloadTooLarge, UpstreamError
from integrations.ids import IdFilter, IdLookupMixin
from integrations.permissions import CanView, role_permission
from sources.fetching import FetchError, FetchRefused, FetchTooLarge, fetch_url
from sources.models import Article

from . import selectors, services
from .claimreview import claimreview_jsonld
from .jobs import UrlInput, ingest_job_create
from .models import Claim, ClaimCluster, ReconciliationRun, Review, Speaker
from .permissions import object_for_user
from .reconcile import LOCK_EXPIRY
from .serializers import (
    ArticleDetailSerializer,
    ArticleIngestInputSerializer,
    BatchInputSerializer,
    ClaimSerializer,
    ClusterDetailSerializer,
    ClusterSerializer,
    JobSerializer,
    MatchInputSerializer,
    MatchResponseSerializer,
    ReconciliationRunSerializer,
    ReconciliationStartSerializer,
    ReviewCreateInputSerializer,
    ReviewSerializer,
    ReviewUpdateInputSerializer,
    SpeakerMergeInputSerializer,
    SpeakerSerializer,
)

CanIngest = role_permission("ingest")
CanReview = role_permission("review")
CanEditSpeakers = role_permission("speaker_edit")
CanReconcile = role_permission("reconcile")

ERRORS = {
    400: OpenApiResponse(OpenApiTypes.OBJECT, description="Bad input: `{\"error\": {code, message, fields}}`."),
    401: OpenApiResponse(OpenApiTypes.OBJECT, description="No or invalid credentials."),
    403: OpenApiResponse(OpenApiTypes.OBJECT, description="Your role does not allow this."),
    404: OpenApiResponse(OpenApiTypes.OBJECT, description="No such object."),
    429: OpenApiResponse(OpenApiTypes.OBJECT, description="Too many requests; see Retry-After."),
}

EXAMPLE_STATEMENT = {
    "id": 12, "speaker": {"id": 4, "name": "Sri Mulyani", "kind": "person"}, "speaker_mention": "Sri Mulyani",
    "text": "Inflasi tahun ini akan tetap terkendali", "kind": "direct", "cue": "kata", "stance": "assert",
    "via": "", "start": 41, "end": 80, "language": "id", "cluster": 7, "match_score": None,
    "joined_by": None, "match_cosine": None,
}
EXAMPLE_ARTICLE = {
    "id": 3, "url": None, "source_name": "api", "title": "Menkeu: inflasi terkendali",
    "author": "", "outlet": {"id": 2, "name": "Harian Contoh", "slug": "harian-contoh", "is_wire": False},
    "published_at": "2024-05-25T17:12:00+07:00", "language": "id", "dateline": "Jakarta", "wire_sources": [],
    "ingested_at": "2024-05-25T10:20:00Z", "status": "extracted",
    "body": "Jakarta - Menteri Keuangan Sri Mulyani berkata, \"Inflasi tahun ini akan tetap terkendali.\"",
    "statements": [EXAMPLE_STATEMENT],
}


# ---- articles ------------------------------------------------------------------------------


class ArticleFilter(django_filters.FilterSet):
    outlet = IdFilter(field_name="outlet_id")
    language = django_filters.CharFilter()
    published_after = django_filters.IsoDateTimeFilter(field_name="published_at", lookup_expr="gte")
    published_before = django_filters.IsoDateTimeFilter(field_name="published_at", lookup_expr="lte")
    status = django_filters.ChoiceFilter(choices=Article.Status.choices)

    class Meta:
        model = Article
        fields = ["outlet", "language", "status"]


@extend_schema_view(
    list=extend_schema(
        summary="List articles", description="Ingested articles with their statements, newest first.",
        responses={200: ArticleDetailSerializer(many=True), **ERRORS},
        examples=[OpenApiExample("An article", value=EXAMPLE_ARTICLE, response_only=True)],
    ),
    retrieve=extend_schema(
        summary="One article", description="An article with its clean body and the statements found in it.",
        responses={200: ArticleDetailSerializer, **ERRORS},
        examples=[OpenApiExample("An article", value=EXAMPLE_ARTICLE, response_only=True)],
    ),
)
class ArticleViewSet(IdLookupMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = ArticleDetailSerializer
    filterset_class = ArticleFilter
    search_fields = ["title"]
    ordering_fields = ["id", "ingested_at"]
    ordering = ["-id"]

    def get_permissions(self):
        return [CanIngest()] if self.action in ("create", "batch") else [CanView()]

    def get_queryset(self):
        return selectors.article_queryset()

    @extend_schema(
        summary="Ingest an article",
        description=(
            "Give exactly one of `text`, `html` or `url` (fetched by the server; private addresses are "
            "refused). The article goes through the one ingest pipeline: parsed, statements extracted, "
            "claims clustered. **201** with the new article; **200** with the existing one when the same "
            "content (or URL) was ingested before: nothing is stored twice. `outlet` and `published_at` "
            "override what the parser found; `language` fills in an undetected language. Needs the "
            "checker role."
        ),
        request=ArticleIngestInputSerializer,
        responses={201: ArticleDetailSerializer, 200: ArticleDetailSerializer, 413: ERRORS[400], 502: ERRORS[400],
                   **ERRORS},
        examples=[
            OpenApiExample("Plain text", request_only=True, value={
                "text": "Jakarta - Menteri Keuangan Sri Mulyani berkata, \"Inflasi tahun ini akan tetap "
                        "terkendali.\"", "outlet": "Harian Contoh", "published_at": "2024-05-25T17:12:00+07:00"}),
            OpenApiExample("By URL", request_only=True, value={"url": "https://news.example.com/2024/05/inflasi"}),
            OpenApiExample("Created", value=EXAMPLE_ARTICLE, response_only=True, status_codes=["201"]),
        ],
    )
    def create(self, request):
        inp = ArticleIngestInputSerializer(data=request.data)
        inp.is_valid(raise_exception=True)
        data = inp.validated_data
        if data.get("url"):
            try:
                raw, final_url, content_type = fetch_url(data["url"])
            except FetchTooLarge as exc:
                raise PayloadTooLarge(str(exc)) from exc
            except FetchRefused as exc:
                raise InvalidInput(str(exc), code=exc.code, fields={"url": [str(exc)]}) from exc
            except FetchError as exc:
                raise UpstreamError(str(exc), code=exc.code) from exc
            source_name, url = data["url"], final_url
        elif data.get("html"):
            raw, content_type, source_name, url = data["html"], "text/html", "api:html", None
        else:
            raw, content_type, source_name, url = data["text"], "text/plain", "api:text", None
        result = services.article_ingest(
            user=request.user, data=raw, source_name=source_name, url=url, content_type=content_type,
            outlet=data.get("outlet"), published_at=data.get("published_at"), language=data.get("language"),
        )
        if not result.ok:
            if result.error_code == "too_large":
                raise PayloadTooLarge(result.error)
            raise InvalidInput(result.error, code=result.error_code or "invalid")
        article = selectors.article_queryset().get(pk=result.article.pk)
        return Response(
            ArticleDetailSerializer(article).data,
            status=status.HTTP_201_CREATED if result.created else status.HTTP_200_OK,
        )

    @extend_schema(
        summary="Ingest a batch in the background",
        description=(
            "Queue up to 500 articles (`text`, `html` or `url` each, at most 100 of them `url`) as one "
            "job: **202** with the job, whose `progress` and per-item results `GET /api/v1/jobs/{id}` "
            "reports. A `url` is fetched by the worker under the rules of `POST /api/v1/articles`; a page "
            "that cannot be fetched (refused, unreachable, an HTTP error, too large) is that item's "
            "`error`, and the other items go on. Duplicates are reported per item, never stored twice. "
            "Needs the checker role."
        ),
        request=BatchInputSerializer,
        responses={202: JobSerializer, 413: ERRORS[400], **ERRORS},
        examples=[
            OpenApiExample("Text, HTML and a URL", request_only=True, value={"items": [
                {"name": "pagi-1", "text": "Gubernur itu mengatakan banjir sudah surut di tiga kecamatan."},
                {"name": "pagi-2", "html": "<html><body><article><p>The minister said rice prices fell.</p>"
                                           "</article></body></html>"},
                {"url": "https://news.example.com/2024/05/inflasi"},
            ]}),
            OpenApiExample("Queued", response_only=True, status_codes=["202"], value={
                "id": 9, "status": "queued", "created_by": "rina", "created_at": "2024-05-26T08:00:00Z",
                "finished_at": None, "progress": {"total": 3, "done": 0, "ok": 0, "duplicate": 0, "error": 0},
                "items": [
                    {"id": 1, "name": "pagi-1.txt", "status": "pending", "article": None, "statement_count": 0,
                     "error": ""},
                    {"id": 2, "name": "pagi-2.html", "status": "pending", "article": None, "statement_count": 0,
                     "error": ""},
                    {"id": 3, "name": "https://news.example.com/2024/05/inflasi", "status": "pending",
                     "article": None, "statement_count": 0, "error": ""},
                ]}),
        ],
    )
    @action(detail=False, methods=["post"])
    def batch(self, request):
        inp = BatchInputSerializer(data=request.data)
        inp.is_valid(raise_exception=True)
        inputs = []
        for number, item in enumerate(inp.validated_data["items"], start=1):
            if item.get("url"):
                # Fetched by the worker: a batch of pages would not fit in one request's time.
                inputs.append(UrlInput(name=item.get("name") or item["url"], url=item["url"]))
                continue
            # The extension tells the pipeline how to read the item, as for an uploaded file.
            suffix = ".html" if item.get("html") else ".txt"
            name = item.get("name") or f"item-{number}"
            body = item.get("html") or item.get("text")
            inputs.append((f"{name}{suffix}" if not name.endswith(suffix) else name, body.encode("utf-8")))
        job = ingest_job_create(inputs=inputs, user=request.user)
        job = selectors.ingest_job_queryset().get(pk=job.pk)
        return Response(
            JobSerializer(job).data, status=status.HTTP_202_ACCEPTED,
            headers={"Location": reverse("api:job-detail", args=[job.pk], request=request)},
        )


# ---- claims --------------------------------------------------------------------------------


class ClaimFilter(django_filters.FilterSet):
    speaker = IdFilter(field_name="speaker_id")
    outlet = IdFilter(field_name="article__outlet_id")
    article = IdFilter(field_name="article_id")
    cluster = IdFilter(field_name="cluster_id")
    language = django_filters.CharFilter()
    stance = django_filters.ChoiceFilter(choices=Claim.Stance.choices)
    kind = django_filters.ChoiceFilter(choices=Claim.Kind.choices)
    published_after = django_filters.IsoDateTimeFilter(field_name="article__published_at", lookup_expr="gte")
    published_before = django_filters.IsoDateTimeFilter(field_name="article__published_at", lookup_expr="lte")

    class Meta:
        model = Claim
        fields = ["speaker", "outlet", "article", "cluster", "language", "stance", "kind"]


@extend_schema_view(
    list=extend_schema(summary="List claims", description="Claims (statements) with speaker, article and "
                       "cluster. Filter by speaker, outlet, cluster, language, stance, kind and date; `search` "
                       "searches the text.", responses={200: ClaimSerializer(many=True), **ERRORS},
                       examples=[OpenApiExample("A claim", value=EXAMPLE_STATEMENT, response_only=True)]),
    retrieve=extend_schema(summary="One claim", description="A claim by id.",
                           responses={200: ClaimSerializer, **ERRORS}),
)
class ClaimViewSet(IdLookupMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = ClaimSerializer
    permission_classes = [CanView]
    filterset_class = ClaimFilter
    search_fields = ["text", "speaker_mention"]
    ordering_fields = ["id", "created_at"]
    ordering = ["-id"]

    def get_queryset(self):
        return selectors.claim_queryset()


# ---- clusters ------------------------------------------------------------------------------


class ClusterFilter(django_filters.FilterSet):
    """The dashboard's cluster filters (claims.selectors.ClusterFilters), applied by the selector."""

    speaker = IdFilter(method="noop")
    outlet = IdFilter(method="noop")
    language = django_filters.CharFilter(method="noop")
    stance = django_filters.ChoiceFilter(choices=Claim.Stance.choices, method="noop")
    status = django_filters.ChoiceFilter(choices=ClaimCluster.Status.choices, method="noop")
    date_from = django_filters.DateFilter(method="noop", help_text="First seen on or after (YYYY-MM-DD).")
    date_to = django_filters.DateFilter(method="noop", help_text="First seen on or before (YYYY-MM-DD).")
    previously_checked = django_filters.BooleanFilter(method="noop")
    q = django_filters.CharFilter(method="noop", help_text="Words in any of the cluster's claims.")

    class Meta:
        model = ClaimCluster
        fields = []

    def noop(self, queryset, name, value):
        return queryset

    def filter_queryset(self, queryset):
        given = {k: v for k, v in self.form.cleaned_data.items() if v not in (None, "")}
        if not given:
            return queryset
        wanted = selectors.cluster_list(filters=selectors.ClusterFilters(**given))
        return queryset.filter(pk__in=wanted.values("pk"))


@extend_schema_view(
    list=extend_schema(
        summary="List clusters",
        description="Clusters: the same claim across outlets, with counts, first sighting and the published "
        "verdict if any. `ordering`: `-outlet_count` (spread, the default), `-first_seen_at`, `-claim_count`.",
        responses={200: ClusterSerializer(many=True), **ERRORS},
    ),
    retrieve=extend_schema(
        summary="One cluster",
        description="A cluster with its claims (oldest first), outlets, reviews, manual match decisions and "
        "open suggestions.",
        responses={200: ClusterDetailSerializer, **ERRORS},
    ),
)
class ClusterViewSet(IdLookupMixin, viewsets.ReadOnlyModelViewSet):
    permission_classes = [CanView]
    filterset_class = ClusterFilter
    search_fields = []
    ordering_fields = ["id", "outlet_count", "claim_count", "first_seen_at", "created_at"]
    ordering = ["-outlet_count", "-claim_count", "-id"]

    def get_queryset(self):
        return selectors.cluster_list_with_verdicts()

    def get_serializer_class(self):
        return ClusterDetailSerializer if self.action == "retrieve" else ClusterSerializer

    def retrieve(self, request, pk=None):
        cluster = self._cluster(pk)
        cluster.manual_decisions = list(selectors.cluster_decisions(cluster=cluster))
        cluster.open_suggestions = list(selectors.suggestion_list(cluster=cluster))
        return Response(ClusterDetailSerializer(cluster).data)

    def _cluster(self, pk):
        try:
            return selectors.cluster_detail(pk=int(pk))
        except (ClaimCluster.DoesNotExist, ValueError) as exc:
            raise Http404 from exc

    @extend_schema(
        summary="ClaimReview JSON-LD",
        description="The schema.org ClaimReview of the cluster's published review, as JSON-LD for search "
        "engines and fact-check aggregators; its `url` is the cluster's page in the dashboard, where people "
        "read the fact-check. 404 when the cluster has no published review.",
        responses={200: OpenApiTypes.OBJECT, **ERRORS},
        examples=[OpenApiExample("ClaimReview", response_only=True, value={
            "@context": "https://schema.org", "@type": "ClaimReview",
            "url": "https://kutip.example.org/clusters/7/",
            "claimReviewed": "Inflasi tahun ini akan tetap terkendali",
            "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Sri Mulyani"},
                             "firstAppearance": {"@type": "NewsArticle", "headline": "Menkeu: inflasi terkendali"},
                             "appearance": [{"@type": "NewsArticle", "headline": "Menkeu: inflasi terkendali"}]},
            "reviewRating": {"@type": "Rating", "ratingValue": 4, "bestRating": 5, "worstRating": 1,
                             "alternateName": "Mostly true"},
            "author": {"@type": "Organization", "name": "Kutip"}, "datePublished": "2024-05-27"})],
    )
    @action(detail=True, methods=["get"])
    def claimreview(self, request, pk=None):
        cluster = self._cluster(pk)
        review = selectors.published_review(cluster)
        if review is None:
            raise Http404("This cluster has no published review.")
        # schema.org's `url` is where people read the fact-check: the review's page, the same
        # address the dashboard's own JSON-LD gives. This endpoint's address is left out: it needs
        # a token, and schema.org has no property for "this data as JSON" (`sameAs` names
        # identity pages such as a Wikidata entry).
        url = reverse("claims:review", args=[review.pk], request=request)
        document = claimreview_jsonld(review, url=url)
        return Response(document, content_type="application/ld+json")


# ---- speakers ------------------------------------------------------------------------------


class SpeakerFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=Speaker.Kind.choices)
    q = django_filters.CharFilter(method="by_name", help_text="Part of the name or of an alias.")

    class Meta:
        model = Speaker
        fields = ["kind"]

    def by_name(self, queryset, name, value):
        return queryset.filter(pk__in=selectors.speaker_list(q=value).values("pk"))


@extend_schema_view(
    list=extend_schema(summary="List speakers", description="Speakers (not merged away) with their aliases.",
                       responses={200: SpeakerSerializer(many=True), **ERRORS},
                       examples=[OpenApiExample("A speaker", response_only=True, value={
                           "id": 4, "name": "Korea Utara", "kind": "country", "role": "", "affiliation": None,
                           "aliases": ["Korea Utara", "Korut", "North Korea", "Pyongyang"],
                           "created_at": "2024-05-25T10:20:00Z"})]),
    retrieve=extend_schema(summary="One speaker", description="A speaker with aliases.",
                           responses={200: SpeakerSerializer, **ERRORS}),
)
class SpeakerViewSet(IdLookupMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = SpeakerSerializer
    filterset_class = SpeakerFilter
    ordering_fields = ["id", "name"]
    ordering = ["name", "id"]

    def get_permissions(self):
        return [CanEditSpeakers()] if self.action == "merge" else [CanView()]

    def get_queryset(self):
        return selectors.speaker_queryset().filter(merged_into__isnull=True)

    @extend_schema(
        summary="Merge a speaker into another",
        description="This speaker becomes an alias of `into`: its aliases and claims move there and it keeps "
        "resolving to `into`. Needs the editor role.",
        request=SpeakerMergeInputSerializer, responses={200: SpeakerSerializer, **ERRORS},
        examples=[OpenApiExample("Merge", request_only=True, value={"into": 4})],
    )
    @action(detail=True, methods=["post"])
    def merge(self, request, pk=None):
        inp = SpeakerMergeInputSerializer(data=request.data)
        inp.is_valid(raise_exception=True)
        source = object_for_user(request.user, Speaker.objects, "speaker_edit", pk=pk)
        try:
            target = object_for_user(request.user, Speaker.objects, "speaker_edit", pk=inp.validated_data["into"])
        except Http404 as exc:
            raise InvalidInput("No such speaker.", fields={"into": ["No such speaker."]}) from exc
        target = services.speaker_merge(source=source, target=target, user=request.user)
        return Response(SpeakerSerializer(selectors.speaker_queryset().get(pk=target.pk)).data)


# ---- reviews -------------------------------------------------------------------------------


class ReviewFilter(django_filters.FilterSet):
    class Meta:
        model = Review
        fields = ["cluster", "status", "verdict"]


EXAMPLE_REVIEW = {
    "id": 5, "cluster": 7, "verdict": "mostly_true", "summary": "Inflasi Mei 2,8 persen, dalam target BI.",
    "evidence_links": ["https://www.bps.go.id/"], "reviewer": "rina", "status": "draft", "published_at": None,
    "created_at": "2024-05-26T08:00:00Z", "updated_at": "2024-05-26T08:00:00Z",
}


@extend_schema_view(
    list=extend_schema(summary="List reviews", description="Fact-checks of clusters, drafts and published.",
                       responses={200: ReviewSerializer(many=True), **ERRORS}),
    retrieve=extend_schema(summary="One review", description="A review by id.",
                           responses={200: ReviewSerializer, **ERRORS},
                           examples=[OpenApiExample("A review", value=EXAMPLE_REVIEW, response_only=True)]),
)
class ReviewViewSet(
    IdLookupMixin, mixins.CreateModelMixin, mixins.UpdateModelMixin, viewsets.ReadOnlyModelViewSet
):
    serializer_class = ReviewSerializer
    filterset_class = ReviewFilter
    ordering_fields = ["id", "updated_at"]
    ordering = ["-id"]
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_permissions(self):
        return [CanReview()] if self.action in ("create", "partial_update", "publish") else [CanView()]

    def get_queryset(self):
        return selectors.review_queryset()

    @extend_schema(
        summary="Start a review", description="A draft review of a cluster (the cluster moves to in review). "
        "Needs the checker role.", request=ReviewCreateInputSerializer,
        responses={201: ReviewSerializer, **ERRORS},
        examples=[OpenApiExample("Draft", request_only=True, value={
            "cluster": 7, "verdict": "mostly_true", "summary": "Inflasi Mei 2,8 persen.",
            "evidence_links": ["https://www.bps.go.id/"]})],
    )
    def create(self, request):
        inp = ReviewCreateInputSerializer(data=request.data)
        inp.is_valid(raise_exception=True)
        data = dict(inp.validated_data)
        try:
            cluster = object_for_user(request.user, ClaimCluster.objects, "review", pk=data.pop("cluster"))
        except Http404 as exc:
            raise InvalidInput("No such cluster.", fields={"cluster": ["No such cluster."]}) from exc
        review = services.review_create(cluster=cluster, user=request.user, **data)
        return Response(ReviewSerializer(review).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Edit a review", description="Change verdict, summary or evidence. A published review needs the "
        "editor role.", request=ReviewUpdateInputSerializer, responses={200: ReviewSerializer, **ERRORS},
        examples=[OpenApiExample("New verdict", request_only=True, value={"verdict": "half_true"})],
    )
    def partial_update(self, request, pk=None):
        review = object_for_user(request.user, Review.objects.select_related("cluster"), "review", pk=pk)
        inp = ReviewUpdateInputSerializer(data=request.data)
        inp.is_valid(raise_exception=True)
        review = services.review_update(review=review, user=request.user, **inp.validated_data)
        return Response(ReviewSerializer(review).data)

    def update(self, request, *args, **kwargs):  # PUT is not offered; PATCH edits
        return self.http_method_not_allowed(request)

    @extend_schema(
        summary="Publish a review", description="Publish the verdict (the cluster becomes checked; webhooks "
        "are told). Needs the editor role and a verdict.", request=None,
        responses={200: ReviewSerializer, **ERRORS},
    )
    @action(detail=True, methods=["post"])
    def publish(self, request, pk=None):
        review = object_for_user(request.user, Review.objects.select_related("cluster"), "publish", pk=pk)
        try:
            review = services.review_publish(review=review, user=request.user)
        except ValueError as exc:
            raise InvalidInput(str(exc), code="no_verdict", fields={"verdict": [str(exc)]}) from exc
        return Response(ReviewSerializer(review).data)


# ---- reconciliation runs and jobs ----------------------------------------------------------


class RunInProgress(APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "A reconciliation run is already running."
    default_code = "run_in_progress"


class QueueUnavailable(APIException):
    status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    default_detail = "The task queue is unavailable; try again later."
    default_code = "queue_unavailable"


class ReconciliationRunFilter(django_filters.FilterSet):
    started_after = django_filters.IsoDateTimeFilter(
        field_name="started_at", lookup_expr="gte", help_text="Runs started at or after this time (ISO 8601)."
    )

    class Meta:
        model = ReconciliationRun
        fields = ["status"]


EXAMPLE_RUN = {
    "id": 1, "started_at": "2024-05-26T19:00:00Z", "finished_at": "2024-05-26T19:00:04Z", "duration_seconds": 4.2,
    "status": "succeeded", "counts": {"claims": 120, "moved": 3}, "error": "",
}


@extend_schema_view(
    list=extend_schema(summary="List reconciliation runs", description="Nightly re-grouping runs: when, how "
                       "long, what changed, newest first. `started_after` finds the run a `POST` asked for.",
                       responses={200: ReconciliationRunSerializer(many=True), **ERRORS},
                       examples=[OpenApiExample("A run", response_only=True, value=EXAMPLE_RUN)]),
    retrieve=extend_schema(summary="One reconciliation run", description="A run by id.",
                           responses={200: ReconciliationRunSerializer, **ERRORS},
                           examples=[OpenApiExample("A run", response_only=True, value=EXAMPLE_RUN)]),
)
class ReconciliationRunViewSet(IdLookupMixin, viewsets.ReadOnlyModelViewSet):
    queryset = ReconciliationRun.objects.all()
    serializer_class = ReconciliationRunSerializer
    filterset_class = ReconciliationRunFilter
    ordering_fields = ["id"]
    ordering = ["-id"]

    def get_permissions(self):
        return [CanReconcile()] if self.action == "create" else [CanView()]

    @extend_schema(
        summary="Start a reconciliation run",
        description=(
            "Queue the nightly job now (re-group every claim, merge matching speakers, flag repeated "
            "verdicts): **202** with `poll`, also the `Location` header, the list of runs started since the "
            "request; the run appears there once a worker starts it, `running` until it has `succeeded` or "
            "`failed`. **409** while another run is running (a run that has not finished in three hours "
            "counts as dead). Needs the admin role."
        ),
        request=None,
        responses={
            202: OpenApiResponse(ReconciliationStartSerializer, description="Queued; poll `poll`."),
            409: OpenApiResponse(OpenApiTypes.OBJECT, description="Another run is running (`run_in_progress`)."),
            503: OpenApiResponse(OpenApiTypes.OBJECT, description="The task queue is unreachable."),
            **ERRORS,
        },
        examples=[
            OpenApiExample("Queued", response_only=True, status_codes=["202"], value={
                "status": "queued", "requested_at": "2024-05-26T19:00:00Z",
                "poll": "https://kutip.example.org/api/v1/reconciliation-runs?started_after=2024-05-26T19%3A00%3A00Z",
            }),
            OpenApiExample("Already running", response_only=True, status_codes=["409"], value={"error": {
                "code": "run_in_progress", "fields": {},
                "message": "Reconciliation run 12 has been running since 2024-05-26T19:00:00+00:00: "
                           "https://kutip.example.org/api/v1/reconciliation-runs/12",
            }}),
        ],
    )
    def create(self, request):
        # The worker's reconcile_start holds the real lock; this read only spares a client a run
        # that would be skipped. Two requests racing past it both get 202, and the second task
        # finds the first's RUNNING row and does nothing.
        live = _live_run()
        if live is not None:
            link = reverse("api:reconciliation-run-detail", args=[live.pk], request=request)
            raise RunInProgress(
                f"Reconciliation run {live.pk} has been running since {live.started_at.isoformat()}: {link}"
            )
        # Whole seconds, rounded down: the run's started_at is stamped by the worker, a moment later.
        requested_at = timezone.now().replace(microsecond=0)
        from .tasks import reconcile_task

        try:
            reconcile_task.delay()
        except kombu.exceptions.OperationalError as exc:
            raise QueueUnavailable() from exc
        poll = reverse("api:reconciliation-run-list", request=request) + "?" + urlencode(
            {"started_after": requested_at.isoformat().replace("+00:00", "Z")}
        )
        body = {"status": "queued", "requested_at": requested_at, "poll": poll}
        return Response(ReconciliationStartSerializer(body).data, status=status.HTTP_202_ACCEPTED,
                        headers={"Location": poll})


def _live_run() -> ReconciliationRun | None:
    """The RUNNING run that still holds reconcile_start's lock, if any."""
    return (
        ReconciliationRun.objects.filter(
            status=ReconciliationRun.Status.RUNNING, started_at__gt=timezone.now() - LOCK_EXPIRY
        )
        .order_by("-started_at")
        .first()
    )


@extend_schema_view(
    list=extend_schema(summary="List ingest jobs", description="Batch ingest jobs with progress and per-item "
                       "results.", responses={200: JobSerializer(many=True), **ERRORS}),
    retrieve=extend_schema(summary="One ingest job", description="Status, progress, and each item's result "
                           "(article id, statement count) or error.", responses={200: JobSerializer, **ERRORS},
                           examples=[OpenApiExample("A job", response_only=True, value={
                               "id": 9, "status": "done", "created_by": "rina", "created_at": "2024-05-26T08:00:00Z",
                               "finished_at": "2024-05-26T08:00:03Z",
                               "progress": {"total": 2, "done": 2, "ok": 1, "duplicate": 0, "error": 1},
                               "items": [{"id": 1, "name": "pagi-1.txt", "status": "ok", "article": 3,
                                          "statement_count": 2, "error": ""},
                                         {"id": 2, "name": "pagi-2.txt", "status": "error", "article": None,
                                          "statement_count": 0, "error": "no article text found"}]})]),
)
class JobViewSet(IdLookupMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = JobSerializer
    permission_classes = [CanView]
    filterset_fields = ["status"]
    ordering_fields = ["id"]
    ordering = ["-id"]

    def get_queryset(self):
        return selectors.ingest_job_queryset()


# ---- matching ------------------------------------------------------------------------------


class MatchView(APIView):
    permission_classes = [CanView]

    @extend_schema(
        summary="Match a claim against known clusters",
        description="The clusters whose claim is the same as the text (`decision: match`, at or above the "
        "auto-match threshold) or close to it (`suggest`: a checker should look), matches first, each with "
        "its score (0-100) and published verdict if reviewed, and the tier that decided (`joined_by`: "
        "`wording` for a near-verbatim repeat, `meaning` for a translation or paraphrase, with its cosine). "
        "Nothing is stored.",
        request=MatchInputSerializer, responses={200: MatchResponseSerializer, **ERRORS},
        examples=[
            OpenApiExample("Query", request_only=True, value={
                "text": "inflasi tahun ini tetap terkendali", "speaker": "Sri Mulyani", "language": "id"}),
            OpenApiExample("Result", response_only=True, value={"results": [{
                "cluster": 7, "score": 91.3, "decision": "match", "is_match": True, "joined_by": "wording",
                "cosine": None,
                "representative": {"id": 12, "text": "Inflasi tahun ini akan tetap terkendali",
                                   "speaker": {"id": 4, "name": "Sri Mulyani", "kind": "person"},
                                   "language": "id", "stance": "assert"},
                "claim_count": 5, "outlet_count": 4, "first_seen_at": "2024-05-25T10:12:00Z",
                "verdict": {"review": 5, "verdict": "mostly_true", "published_at": "2024-05-27T03:00:00Z"}}]}),
        ],
    )
    def post(self, request):
        inp = MatchInputSerializer(data=request.data)
        inp.is_valid(raise_exception=True)
        hits = selectors.match_text(**inp.validated_data)
        return Response(MatchResponseSerializer({"results": hits}).data)
