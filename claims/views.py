"""The fact-checker dashboard: function views over selectors (reads) and services (writes).

Every view goes through `claims.permissions` (`require` or `object_for_user`); none checks a
role itself. htmx requests get the partial they asked for, every other request a whole page.
"""

from __future__ import annotations

import json
from functools import cached_property, wraps
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sources.models import Article

from . import selectors, services
from .display import (
    bar_chart,
    per_period,
    body_segments,
    claim_joined,
    comparable_diff,
    decode_raw,
    hit_joined,
    spread_chart,
    suggestion_joined,
)
from .forms import (
    AliasForm,
    ClusterSearchForm,
    InboxFilterForm,
    IngestForm,
    MergeForm,
    ReviewForm,
    SaidBeforeForm,
    SearchForm,
    SpeakerMergeForm,
)
from .jobs import UrlInput, ingest_job_create
from .models import Claim, ClaimCluster, IngestJob, MatchSuggestion, Review
from .permissions import can, object_for_user, require

PAGE_SIZE = 50
# Rows a filtered list counts at most before it says "1 000+": counting every cluster with a
# claim in Indonesian reads 60k clusters (135 ms at 100k claims), the first 1 000 take 12 ms.
COUNT_CAP = 1_000


class CappedPaginator(Paginator):
    """Counts at most `cap` rows (`capped` says when there are more): the last pages of a broad
    filter are not worth counting every match on each request; narrow the filter instead."""

    def __init__(self, object_list, per_page, *, cap: int | None = None, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.cap = cap or COUNT_CAP

    @cached_property
    def count(self) -> int:
        return self.object_list.order_by()[: self.cap + 1].count()

    @property
    def capped(self) -> bool:
        return self.count > self.cap

    @cached_property
    def num_pages(self) -> int:
        # Pages up to the cap only: the one past it would show the single row that proved "more".
        return max(1, -(-min(self.count, self.cap) // self.per_page))


def permission(action: str):
    """Signed-in users whose role allows `action`: strangers go to the login page, others get 403."""

    def decorator(view):
        @login_required
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            require(request.user, action)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def _page_of(rows, number, *, paginator=Paginator, read=None):
    """A page of `rows`, sorted as ids first and read whole for the page only (from `read`, by
    default `rows` itself): sorting whole rows with their joins costs the size of the result,
    a busy speaker's 7 525 claims 2-3 times as long, 75 000 clusters of a speaker's ~700 ms."""
    page = paginator(rows.values_list("pk", flat=True), PAGE_SIZE).get_page(number)
    found = (rows if read is None else read).in_bulk(list(page.object_list))
    page.object_list = [found[pk] for pk in page.object_list if pk in found]
    return page


def _cluster_or_404(pk: int) -> ClaimCluster:
    try:
        return selectors.cluster_summary(pk=pk)
    except ClaimCluster.DoesNotExist:
        raise Http404 from None


# Inbox


@permission("view")
def inbox(request):
    form = InboxFilterForm(request.GET or None)
    filters = form.filters()
    clusters = selectors.cluster_list(filters=filters, ordering=form.ordering())
    # Unfiltered, or filtered on the clusters' own columns, the count reads an index: exact.
    page = _page_of(clusters, request.GET.get("page"), paginator=CappedPaginator if filters.on_claims else Paginator,
                    read=selectors.cluster_rows_with_verdicts())
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "page": page,
        "query": query.urlencode(),
        "chart": bar_chart(selectors.claim_counts_per_day(days=30)),
    }
    return render(request, "dashboard/inbox.html", context)


# Cluster


@permission("view")
def cluster_detail(request, pk: int):
    cluster = _cluster_or_404(pk)
    claims = selectors.cluster_claims(cluster=cluster)
    # A big cluster (hundreds of republished copies) is read, diffed and drawn a page at a time.
    page = Paginator(claims, PAGE_SIZE).get_page(request.GET.get("page"))
    earliest = page[0] if page.number == 1 and page.object_list else claims.first()
    rows, diffs = [], {}  # republished copies share a wording: diff each wording once
    for claim in page:
        first = earliest is not None and claim.pk == earliest.pk
        differs = earliest is not None and not first and claim.text != earliest.text
        if differs and claim.text not in diffs:
            diffs[claim.text] = comparable_diff(earliest.text, claim.text)
        rows.append({
            "claim": claim,
            "first": first,
            "same_wording": not first and not differs,
            "diff": diffs[claim.text] if differs else None,
            "joined": claim_joined(claim, started=first or claim.pk == cluster.representative_id),
        })
    points = [(outlet or _("Unknown outlet"), when) for outlet, when in selectors.cluster_spread(cluster=cluster)]
    suggestions = [(s, suggestion_joined(s)) for s in selectors.suggestion_list(cluster=cluster)]
    context = {
        "cluster": cluster,
        "page": page,
        "rows": rows,
        "earliest": earliest,
        "hidden": page.paginator.count - len(rows),
        "reviews": list(cluster.reviews.all()),
        "suggestions": suggestions,
        "chart": spread_chart(points),
        "search_form": ClusterSearchForm(),
        "can_edit": can(request.user, "cluster_edit"),
        "can_review": can(request.user, "review"),
    }
    return render(request, "dashboard/cluster.html", context)


@permission("cluster_edit")
def cluster_merge_search(request, pk: int):
    """htmx partial: clusters matching the typed words, each with a merge button."""
    cluster = _cluster_or_404(pk)
    form = ClusterSearchForm(request.GET)
    results = []
    if form.is_valid():
        filters = selectors.ClusterFilters(q=form.cleaned_data["q"])
        results = list(selectors.cluster_list(filters=filters).exclude(pk=cluster.pk)[:10])
    return render(request, "dashboard/_merge_results.html", {"cluster": cluster, "results": results, "form": form})


@require_POST
@permission("cluster_edit")
def cluster_merge(request, pk: int):
    target = object_for_user(request.user, ClaimCluster.objects.all(), "cluster_edit", pk=pk)
    form = MergeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a cluster to merge."))
        return redirect("claims:cluster", pk=target.pk)
    source = form.cleaned_data["other"]
    services.cluster_merge(source=source, target=target, user=request.user)
    messages.success(request, _("Cluster %(source)s was merged into this one.") % {"source": source.pk})
    return redirect("claims:cluster", pk=target.pk)


@require_POST
@permission("cluster_edit")
def claim_detach(request, pk: int):
    claim = object_for_user(request.user, Claim.objects.select_related("cluster"), "cluster_edit", pk=pk)
    old = claim.cluster_id
    new = services.claim_detach(claim=claim, user=request.user)
    messages.success(request, _("The claim now has its own cluster."))
    if old and ClaimCluster.objects.filter(pk=old).exists():
        return redirect("claims:cluster", pk=old)
    return redirect("claims:cluster", pk=new.pk)


@require_POST
@permission("cluster_edit")
def suggestion_decide(request, pk: int):
    suggestion = object_for_user(
        request.user, MatchSuggestion.objects.select_related("claim", "cluster"), "cluster_edit", pk=pk
    )
    accept = request.POST.get("decision") == "accept"
    services.suggestion_decide(suggestion=suggestion, accept=accept, user=request.user)
    if request.htmx:
        return render(request, "dashboard/_suggestion_done.html", {"suggestion": suggestion})
    messages.success(request, _("Suggestion accepted.") if accept else _("Suggestion rejected."))
    return redirect("claims:cluster", pk=suggestion.cluster_id)


# Reviews


@require_POST
@permission("review")
def review_start(request, pk: int):
    cluster = object_for_user(request.user, ClaimCluster.objects.all(), "review", pk=pk)
    review = services.review_create(cluster=cluster, user=request.user)
    return redirect("claims:review", pk=review.pk)


@permission("view")
def review_detail(request, pk: int):
    review = object_for_user(request.user, selectors.review_queryset(), pk=pk)
    if request.method == "POST":
        form = ReviewForm(request.POST)
        if form.is_valid():
            services.review_update(review=review, user=request.user, **form.cleaned_data)
            messages.success(request, _("Review saved."))
            return redirect("claims:review", pk=review.pk)
    else:
        form = ReviewForm.for_review(review)
    return _review_page(request, review, form, status=400 if form.errors else 200)


def _review_page(request, review: Review, form: ReviewForm, status: int = 200):
    jsonld = None
    if review.status == Review.Status.PUBLISHED:
        from .claimreview import claimreview_jsonld

        # The dashboard's review page stands in for the published fact-check's address.
        url = request.build_absolute_uri(reverse("claims:review", args=[review.pk]))
        jsonld = json.dumps(claimreview_jsonld(review, url=url), indent=2, ensure_ascii=False)
    context = {
        "review": review,
        "form": form,
        "history": selectors.review_history(review=review),
        "jsonld": jsonld,
        "can_edit": can(request.user, "publish" if review.status == Review.Status.PUBLISHED else "review"),
        "can_publish": can(request.user, "publish"),
    }
    return render(request, "dashboard/review.html", context, status=status)


@require_POST
@permission("publish")
def review_publish(request, pk: int):
    review = object_for_user(request.user, selectors.review_queryset(), "publish", pk=pk)
    try:
        services.review_publish(review=review, user=request.user)
    except ValueError:
        messages.error(request, _("Choose a verdict and save before publishing."))
    else:
        messages.success(request, _("Review published."))
    return redirect("claims:review", pk=review.pk)


# Articles


@permission("view")
def article_detail(request, pk: int):
    article = object_for_user(request.user, selectors.article_queryset(), pk=pk)
    claims = list(article.claims.all())
    context = {"article": article, "claims": claims, "segments": body_segments(article.body, claims)}
    return render(request, "dashboard/article.html", context)


@permission("view")
def article_raw(request, pk: int):
    article = object_for_user(request.user, Article.objects.only("pk", "title", "raw", "raw_encoding"), pk=pk)
    raw = decode_raw(bytes(article.raw), article.raw_encoding)
    return render(request, "dashboard/article_raw.html", {"article": article, "raw": raw})


# Speakers


@permission("view")
def speaker_index(request):
    form = SearchForm(request.GET or None)
    q = form.cleaned_data["q"] if form.is_valid() else None
    page = Paginator(selectors.speaker_list(q=q).order_by("name", "pk"), PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"form": form, "page": page, "query": urlencode({"q": q}) if q else ""}
    return render(request, "dashboard/speakers.html", context)


# Each speaker box (the inbox filter, the merge form) sends the text under its own field name.
SPEAKER_TEXT_PARAMS = ("q", "speaker_name", "target_name")


@permission("view")
def speaker_suggest(request):
    """htmx partial: the <option>s of a speaker box's <datalist>, for the text typed so far."""
    typed = next((request.GET[name] for name in SPEAKER_TEXT_PARAMS if request.GET.get(name, "").strip()), "")
    speakers = selectors.speaker_suggestions(q=typed[:300])
    return render(request, "dashboard/_speaker_options.html", {"speakers": speakers})


@permission("view")
def speaker_detail(request, pk: int):
    speaker = object_for_user(request.user, selectors.speaker_queryset(), pk=pk)
    if speaker.merged_into_id:
        return redirect("claims:speaker", pk=speaker.merged_into_id)
    return _speaker_page(request, speaker)


def _speaker_page(request, speaker, *, merge_form=None, alias_form=None, status=200):
    page = _page_of(selectors.claim_list(speaker=speaker), request.GET.get("page"))
    per_day = {}
    for claim in page:
        day = timezone.localdate(claim.seen_at)
        per_day[day] = per_day.get(day, 0) + 1
    can_edit = can(request.user, "speaker_edit")
    bars, unit = per_period(per_day)
    context = {
        "speaker": speaker,
        "page": page,
        "chart": bar_chart(bars),
        "chart_unit": unit,
        "can_edit": can_edit,
        "merge_form": merge_form or (SpeakerMergeForm(speaker=speaker) if can_edit else None),
        "alias_form": alias_form or AliasForm(),
    }
    return render(request, "dashboard/speaker.html", context, status=status)


@require_POST
@permission("speaker_edit")
def speaker_merge(request, pk: int):
    speaker = object_for_user(request.user, selectors.speaker_queryset(), "speaker_edit", pk=pk)
    form = SpeakerMergeForm(request.POST, speaker=speaker)
    if not form.is_valid():
        return _speaker_page(request, speaker, merge_form=form, status=400)
    target = services.speaker_merge(source=speaker, target=form.cleaned_data["target"], user=request.user)
    messages.success(request, _("%(source)s is now an alias of %(target)s.") % {"source": speaker, "target": target})
    return redirect("claims:speaker", pk=target.pk)


@require_POST
@permission("speaker_edit")
def speaker_alias_add(request, pk: int):
    speaker = object_for_user(request.user, selectors.speaker_queryset(), "speaker_edit", pk=pk)
    form = AliasForm(request.POST)
    if not form.is_valid():
        return _speaker_page(request, speaker, alias_form=form, status=400)
    if services.speaker_add_alias(speaker=speaker, alias=form.cleaned_data["alias"], user=request.user):
        messages.success(request, _("Alias added."))
    else:
        messages.error(request, _("That alias already names a speaker."))
    return redirect("claims:speaker", pk=speaker.pk)


# Search


@permission("view")
def search(request):
    form = SearchForm(request.GET or None)
    q = form.cleaned_data["q"].strip() if form.is_valid() else ""
    page = _page_of(selectors.claim_list(q=q), request.GET.get("page"), paginator=CappedPaginator) if q else None
    said_form = SaidBeforeForm(request.POST or None)
    matches = None
    if request.method == "POST" and said_form.is_valid():
        d = said_form.cleaned_data
        hits = selectors.match_text(
            text=d["text"], speaker=d["speaker"].strip() or None, language=d["language"] or None, limit=10
        )
        matches = [(hit, hit_joined(hit)) for hit in hits]
    context = {"form": form, "q": q, "query": urlencode({"q": q}), "page": page, "said_form": said_form,
               "matches": matches}
    if request.htmx and request.method == "POST":
        return render(request, "dashboard/_matches.html", context)
    return render(request, "dashboard/search.html", context)


# Ingest


@permission("ingest")
def ingest(request):
    form = IngestForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        # Web addresses are fetched by the worker, each within the fetch limits: twenty slow
        # pages must not hold the request (and its web worker) for minutes. A page that cannot
        # be fetched is that item's error on the job page.
        inputs = [*form.inputs(), *(UrlInput(name=url, url=url) for url in form.cleaned_data["urls"])]
        job = ingest_job_create(inputs=inputs, user=request.user)
        return redirect("claims:ingest_job", pk=job.pk)
    # A form with errors comes back bound: nothing typed is lost.
    status = 400 if form.errors else 200
    return render(request, "dashboard/ingest.html", {"form": form}, status=status)


@permission("ingest")
def ingest_job(request, pk: int):
    job = object_for_user(request.user, selectors.ingest_job_queryset(), "ingest", pk=pk)
    items = list(job.items.all())
    done = sum(item.status != item.Status.PENDING for item in items)
    context = {
        "job": job,
        "items": items,
        "done": done,
        "percent": round(100 * done / len(items)) if items else 100,
        "finished": job.status == IngestJob.Status.DONE,
    }
    template = "dashboard/_ingest_progress.html" if request.htmx else "dashboard/ingest_job.html"
    return render(request, template, context)


# Operations


@permission("view")
def operations(request):
    context = {"runs": selectors.reconciliation_run_list(limit=20), "can_reconcile": can(request.user, "reconcile")}
    return render(request, "dashboard/operations.html", context)


@require_POST
@permission("reconcile")
def reconcile_start(request):
    from .tasks import reconcile_task

    reconcile_task.delay()
    messages.success(request, _("Reconciliation started."))
    return redirect(reverse("claims:operations"))
