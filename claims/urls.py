"""The fact-checker dashboard."""

from django.urls import path

from . import views

app_name = "claims"

urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("clusters/<int:pk>/", views.cluster_detail, name="cluster"),
    path("clusters/<int:pk>/merge/search/", views.cluster_merge_search, name="cluster_merge_search"),
    path("clusters/<int:pk>/merge/", views.cluster_merge, name="cluster_merge"),
    path("clusters/<int:pk>/reviews/new/", views.review_start, name="review_start"),
    path("claims/<int:pk>/detach/", views.claim_detach, name="claim_detach"),
    path("suggestions/<int:pk>/decide/", views.suggestion_decide, name="suggestion_decide"),
    path("reviews/<int:pk>/", views.review_detail, name="review"),
    path("reviews/<int:pk>/publish/", views.review_publish, name="review_publish"),
    path("articles/<int:pk>/", views.article_detail, name="article"),
    path("articles/<int:pk>/raw/", views.article_raw, name="article_raw"),
    path("speakers/", views.speaker_index, name="speakers"),
    path("speakers/suggest/", views.speaker_suggest, name="speaker_suggest"),
    path("speakers/<int:pk>/", views.speaker_detail, name="speaker"),
    path("speakers/<int:pk>/merge/", views.speaker_merge, name="speaker_merge"),
    path("speakers/<int:pk>/aliases/", views.speaker_alias_add, name="speaker_alias_add"),
    path("search/", views.search, name="search"),
    path("ingest/", views.ingest, name="ingest"),
    path("ingest/jobs/<int:pk>/", views.ingest_job, name="ingest_job"),
    path("operations/", views.operations, name="operations"),
    path("operations/reconcile/", views.reconcile_start, name="reconcile_start"),
]
