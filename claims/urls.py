"""The fact-checker dashboard."""

urlpatterns = []
