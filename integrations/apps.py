from django.apps import AppConfig


class IntegrationsConfig(AppConfig):
    """What newsroom tools plug into: API tokens, webhooks, and the REST API's plumbing
    (authentication, throttling, error shape, body limits)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "integrations"
