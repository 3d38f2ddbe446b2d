"""The REST API: /api/v1/ resources, /api/schema/ and /api/docs/."""

from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.routers import SimpleRouter

from claims.api import (
    ArticleViewSet,
    ClaimViewSet,
    ClusterViewSet,
    JobViewSet,
    MatchView,
    ReconciliationRunViewSet,
    ReviewViewSet,
    SpeakerViewSet,
)
from integrations.api import TokenViewSet, WebhookViewSet
from integrations.api_errors import api_not_found
from sources.api import OutletViewSet

router = SimpleRouter(trailing_slash=False)
router.register("articles", ArticleViewSet, basename="article")
router.register("claims", ClaimViewSet, basename="claim")
router.register("clusters", ClusterViewSet, basename="cluster")
router.register("speakers", SpeakerViewSet, basename="speaker")
router.register("outlets", OutletViewSet, basename="outlet")
router.register("reviews", ReviewViewSet, basename="review")
router.register("reconciliation-runs", ReconciliationRunViewSet, basename="reconciliation-run")
router.register("jobs", JobViewSet, basename="job")
router.register("tokens", TokenViewSet, basename="token")
router.register("webhooks", WebhookViewSet, basename="webhook")

v1 = [
    path("match", MatchView.as_view(), name="match"),
    *router.urls,
]

app_name = "api"
urlpatterns = [
    path("v1/", include(v1)),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    # Anything else under /api/ is a JSON 404, in the API's error shape.
    re_path(r"^.*$", api_not_found),
]
