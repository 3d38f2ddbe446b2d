from django.contrib import admin, messages
from django.utils import timezone

from .models import ApiToken, Webhook, WebhookDelivery
from .services import token_create


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["name", "user", "prefix", "created_at", "last_used_at", "revoked_at"]
    list_filter = ["revoked_at"]
    search_fields = ["name", "prefix", "user__username"]
    readonly_fields = ["prefix", "created_at", "last_used_at"]
    fields = ["user", "name", "prefix", "created_at", "last_used_at", "revoked_at"]
    raw_id_fields = ["user"]
    actions = ["revoke"]

    def save_model(self, request, obj, form, change):
        if change:
            super().save_model(request, obj, form, change)
            return
        # A new token is made by the service, which shows the plaintext once.
        new = token_create(user=request.user, owner=obj.user, name=obj.name)
        obj.pk, obj.prefix, obj.digest = new.token.pk, new.token.prefix, new.token.digest
        obj.created_at = new.token.created_at
        obj._state.adding = False
        self.message_user(
            request,
            f"The token is {new.plaintext} — copy it now, it will not be shown again.",
            level=messages.WARNING,
        )

    @admin.action(description="Revoke selected tokens")
    def revoke(self, request, queryset):
        count = queryset.filter(revoked_at__isnull=True).update(revoked_at=timezone.now())
        self.message_user(request, f"{count} token(s) revoked.")


class WebhookDeliveryInline(admin.TabularInline):
    model = WebhookDelivery
    fields = ["event", "status", "attempts", "response_status", "error", "created_at", "delivered_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    max_num = 0


@admin.register(Webhook)
class WebhookAdmin(admin.ModelAdmin):
    list_display = ["url", "owner", "events", "is_active", "created_at"]
    list_filter = ["is_active"]
    raw_id_fields = ["owner"]
    inlines = [WebhookDeliveryInline]


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin):
    list_display = ["event", "webhook", "status", "attempts", "response_status", "created_at"]
    list_filter = ["status", "event"]
    readonly_fields = ["webhook", "event", "payload", "status", "attempts", "response_status", "error",
                       "created_at", "delivered_at"]

