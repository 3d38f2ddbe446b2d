from rest_framework import serializers

from .models import ApiToken, Webhook, WebhookDelivery


class TokenSerializer(serializers.ModelSerializer):
    class Meta:
        model = ApiToken
        fields = ["id", "name", "prefix", "created_at", "last_used_at", "revoked_at"]


class TokenCreatedSerializer(TokenSerializer):
    token = serializers.CharField(help_text="The token itself. Shown this once; only its digest is stored.")

    class Meta(TokenSerializer.Meta):
        fields = [*TokenSerializer.Meta.fields, "token"]


class TokenCreateInputSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=200)


class WebhookSerializer(serializers.ModelSerializer):
    class Meta:
        model = Webhook
        fields = ["id", "url", "events", "is_active", "created_at"]


class WebhookCreateInputSerializer(serializers.Serializer):
    url = serializers.URLField(max_length=2000)
    secret = serializers.CharField(min_length=16, max_length=200,
                                   help_text="Shared secret: each delivery carries X-Kutip-Signature: "
                                   "sha256=HMAC-SHA256(secret, body).")
    events = serializers.ListField(child=serializers.ChoiceField(choices=Webhook.Event.choices), required=False,
                                   default=list, help_text="Empty: every event.")


class WebhookDeliverySerializer(serializers.ModelSerializer):
    class Meta:
        model = WebhookDelivery
        fields = ["id", "event", "status", "attempts", "response_status", "error", "created_at", "delivered_at"]
