from django.contrib import admin

from .models import Article, Outlet


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "language", "country", "is_wire"]
    list_filter = ["is_wire", "language"]
    search_fields = ["name", "slug"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "outlet", "published_at", "language", "status", "ingested_at"]
    list_filter = ["language", "status", "outlet"]
    search_fields = ["title", "url", "source_name"]
    list_select_related = ["outlet"]
    readonly_fields = ["content_hash", "ingested_at", "extractor_version", "raw"]
    filter_horizontal = ["wire_sources"]
