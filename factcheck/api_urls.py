"""The REST API: /api/v1/ resources, /api/schema/ and /api/docs/."""

urlpatterns = []
