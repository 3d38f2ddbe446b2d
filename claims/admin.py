from django.contrib import admin

from .models import (
    Claim,
    ClaimCluster,
    IngestItem,
    IngestJob,
    MatchDecision,
    MatchSuggestion,
    ReconciliationRun,
    Review,
    Speaker,
    SpeakerAlias,
)


class SpeakerAliasInline(admin.TabularInline):
    model = SpeakerAlias
    extra = 0


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "role", "merged_into"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases__alias"]
    raw_id_fields = ["affiliation", "merged_into"]
    inlines = [SpeakerAliasInline]


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["text", "speaker", "kind", "stance", "language", "cluster"]
    list_filter = ["kind", "stance", "language"]
    search_fields = ["text", "speaker__name"]
    list_select_related = ["speaker"]
    raw_id_fields = ["article", "speaker", "cluster"]


class ClaimInline(admin.TabularInline):
    model = Claim
    fields = ["text", "speaker", "kind", "stance", "match_score"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True


@admin.register(ClaimCluster)
class ClaimClusterAdmin(admin.ModelAdmin):
    list_display = ["pk", "representative", "claim_count", "outlet_count", "origin_count", "status", "first_seen_at"]
    list_filter = ["status", "previously_checked"]
    raw_id_fields = ["representative"]
    inlines = [ClaimInline]


@admin.register(Review)
class ReviewAdmin(admin.ModelAdmin):
    list_display = ["cluster", "verdict", "status", "reviewer", "published_at"]
    list_filter = ["status", "verdict"]
    raw_id_fields = ["cluster"]


@admin.register(MatchDecision)
class MatchDecisionAdmin(admin.ModelAdmin):
    list_display = ["claim_a", "claim_b", "kind", "decided_by", "decided_at"]
    raw_id_fields = ["claim_a", "claim_b"]


@admin.register(MatchSuggestion)
class MatchSuggestionAdmin(admin.ModelAdmin):
    list_display = ["claim", "cluster", "score", "status"]
    raw_id_fields = ["claim", "cluster"]


@admin.register(ReconciliationRun)
class ReconciliationRunAdmin(admin.ModelAdmin):
    list_display = ["started_at", "status", "duration_seconds", "counts"]
    readonly_fields = ["started_at", "finished_at", "duration_seconds", "status", "counts", "error"]


class IngestItemInline(admin.TabularInline):
    model = IngestItem
    fields = ["name", "status", "article", "statement_count", "error"]
    readonly_fields = fields
    extra = 0


@admin.register(IngestJob)
class IngestJobAdmin(admin.ModelAdmin):
    list_display = ["pk", "created_by", "created_at", "status"]
    inlines = [IngestItemInline]
