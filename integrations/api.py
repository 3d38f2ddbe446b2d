"""REST API for a user's API tokens and webhooks."""

from drf_spectacular.utils import OpenApiExample, extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from claims.permissions import object_for_user

from .ids import IdLookupMixin
from .models import ApiToken, Webhook
from .permissions import role_permission
from .serializers import (
    TokenCreatedSerializer,
    TokenCreateInputSerializer,
    TokenSerializer,
    WebhookCreateInputSerializer,
    WebhookDeliverySerializer,
    WebhookSerializer,
)
from .services import token_create, token_revoke, webhook_create, webhook_delete

CanManageTokens = role_permission("manage_tokens")
CanManageWebhooks = role_permission("manage_webhooks")


@extend_schema_view(
    list=extend_schema(summary="List your API tokens", description="Your tokens (active and revoked); only "
                       "their prefixes, never the tokens."),
    retrieve=extend_schema(summary="One of your API tokens", description="A token of yours by id."),
)
class TokenViewSet(IdLookupMixin, mixins.DestroyModelMixin, viewsets.ReadOnlyModelViewSet):
    queryset = ApiToken.objects.none()  # for the schema; get_queryset holds the user's own
    serializer_class = TokenSerializer
    permission_classes = [CanManageTokens]
    filter_backends = []
    ordering = ["-id"]

    def get_queryset(self):
        return ApiToken.objects.filter(user=self.request.user)

    @extend_schema(
        summary="Create an API token",
        description="A new token for you, with your role's permissions. **The token is in this response only**: "
        "copy it; Kutip keeps only a digest and the prefix.",
        request=TokenCreateInputSerializer, responses={201: TokenCreatedSerializer},
        examples=[
            OpenApiExample("Request", request_only=True, value={"name": "CMS plugin"}),
            OpenApiExample("Created", response_only=True, status_codes=["201"], value={
                "id": 1, "name": "CMS plugin", "prefix": "3f9a1c0b", "created_at": "2024-05-26T08:00:00Z",
                "last_used_at": None, "revoked_at": None,
                "token": "kt_3f9a1c0b_Jx0sV6mF1b2Qy8WcT5eRz9LkPq4"}),
        ],
    )
    def create(self, request):
        inp = TokenCreateInputSerializer(data=request.data)
        inp.is_valid(raise_exception=True)
        new = token_create(user=request.user, name=inp.validated_data["name"])
        data = {**TokenSerializer(new.token).data, "token": new.plaintext}
        return Response(data, status=status.HTTP_201_CREATED)

    @extend_schema(summary="Revoke an API token", description="The token stops working at once; it stays "
                   "listed, with `revoked_at`.", responses={204: None})
    def destroy(self, request, pk=None):
        token = object_for_user(request.user, ApiToken.objects.filter(user=request.user), "manage_tokens", pk=pk)
        token_revoke(token=token, user=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


@extend_schema_view(
    list=extend_schema(summary="List your webhooks", description="Your webhooks (the secret is never shown)."),
    retrieve=extend_schema(summary="One of your webhooks", description="A webhook of yours by id."),
)
class WebhookViewSet(IdLookupMixin, mixins.DestroyModelMixin, viewsets.ReadOnlyModelViewSet):
    queryset = Webhook.objects.none()  # for the schema; get_queryset holds the user's own
    serializer_class = WebhookSerializer
    permission_classes = [CanManageWebhooks]
    filter_backends = []
    ordering = ["-id"]

    def get_queryset(self):
        return Webhook.objects.filter(owner=self.request.user)

    @extend_schema(
        summary="Register a webhook",
        description="Kutip POSTs JSON `{event, created_at, data}` to `url` when: a claim matching a cluster with "
        "a published verdict appears again (`claim.repeated`), a review is published (`review.published`), a "
        "batch job ends (`job.finished`). Each delivery is signed: `X-Kutip-Signature: sha256=<hex "
        "HMAC-SHA256 of the body with the secret>`; failures are retried with backoff. Needs the editor role.",
        request=WebhookCreateInputSerializer, responses={201: WebhookSerializer},
        examples=[OpenApiExample("Request", request_only=True, value={
            "url": "https://cms.example.com/kutip-hook", "secret": "a-long-random-shared-secret",
            "events": ["claim.repeated", "review.published"]})],
    )
    def create(self, request):
        inp = WebhookCreateInputSerializer(data=request.data)
        inp.is_valid(raise_exception=True)
        hook = webhook_create(user=request.user, **inp.validated_data)
        return Response(WebhookSerializer(hook).data, status=status.HTTP_201_CREATED)

    @extend_schema(summary="Delete a webhook", description="No more deliveries to it.", responses={204: None})
    def destroy(self, request, pk=None):
        hook = object_for_user(request.user, Webhook.objects.filter(owner=request.user), "manage_webhooks", pk=pk)
        webhook_delete(webhook=hook, user=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(summary="A webhook's deliveries", description="The latest 100 deliveries with their HTTP "
                   "status, attempts and error.", responses={200: WebhookDeliverySerializer(many=True)})
    @action(detail=True, methods=["get"], pagination_class=None)
    def deliveries(self, request, pk=None):
        hook = object_for_user(request.user, Webhook.objects.filter(owner=request.user), "manage_webhooks", pk=pk)
        return Response(WebhookDeliverySerializer(hook.deliveries.all()[:100], many=True).data)
