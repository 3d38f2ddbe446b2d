from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Length
from simple_history.models import HistoricalRecords

from sources.models import Article


class Speaker(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANISATION = "organisation", "Organisation"
        COUNTRY = "country", "Country"
        GROUP = "group", "Group"
        DOCUMENT = "document", "Document"
        UNKNOWN = "unknown", "Unknown"

    name = models.CharField(max_length=300)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.UNKNOWN)
    role = models.CharField(max_length=300, blank=True)
    affiliation = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="members")
    # A merged speaker keeps resolving to the one it was merged into.
    merged_into = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class SpeakerAlias(models.Model):
    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(max_length=300)
    normalised = models.CharField(max_length=300, unique=True)

    class Meta:
        verbose_name_plural = "speaker aliases"
        ordering = ["alias"]

    def __str__(self):
        return self.alias


class ClaimClusterManager(models.Manager):
    def get_queryset(self):
        # `spread` is the stats code's working set (read there with values_list), never shown: the
        # inbox, cluster pages and the API leave it in the database.
        return super().get_queryset().defer("spread")


class ClaimCluster(models.Model):
    """The same claim across outlets: what a checker reviews once."""

    class Status(models.TextChoices):
        NEW = "new", "New"
        IN_REVIEW = "in_review", "In review"
        CHECKED = "checked", "Checked"

    representative = models.ForeignKey(
        "Claim", null=True, blank=True, on_delete=models.SET_NULL, related_name="represents"
    )
    first_seen_at = models.DateTimeField(null=True, blank=True)
    claim_count = models.PositiveIntegerField(default=0)
    outlet_count = models.PositiveIntegerField(default=0)
    origin_count = models.PositiveIntegerField(default=0)
    language_count = models.PositiveIntegerField(default=0)
    # What the counts above were made of ({"claims": n, "outlets": [...], "languages": [...],
    # "origins": [...]}), so a claim joining adds itself instead of the cluster's every claim
    # being read again (claims.clustering.clusters_add_claims). Null: recount from the claims.
    spread = models.JSONField(null=True, blank=True, editable=False)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.NEW)
    previously_checked = models.BooleanField(
        default=False, help_text="Set by reconciliation when new claims match a published review."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ClaimClusterManager()

    class Meta:
        ordering = ["-first_seen_at"]
        # The inbox's sort orders (claims.selectors.CLUSTER_ORDERINGS): measured at 100k claims,
        # 1-10 s of SQL without them, ~15 ms with (docs/benchmarks.md).
        indexes = [
            models.Index(F("outlet_count").desc(), F("claim_count").desc(), F("id").desc(), name="cluster_spread_idx"),
            models.Index(fields=["first_seen_at", "id"], name="cluster_first_seen_idx"),
        ]

    def __str__(self):
        return f"Cluster {self.pk}"


class Claim(models.Model):
    class Kind(models.TextChoices):
        DIRECT = "direct", "Direct quote"
        INDIRECT = "indirect", "Reported speech"

    class Stance(models.TextChoices):
        ASSERT = "assert", "Asserts"
        DENY = "deny", "Denies"
        ACCUSE = "accuse", "Accuses"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims")
    speaker = models.ForeignKey(Speaker, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims")
    speaker_mention = models.CharField(max_length=300, blank=True)
    text = models.TextField()
    normalised_text = models.TextField(blank=True)
    kind = models.CharField(max_length=10, choices=Kind.choices)
    cue = models.CharField(max_length=100, blank=True)
    stance = models.CharField(max_length=10, choices=Stance.choices, default=Stance.ASSERT)
    via = models.CharField(max_length=200, blank=True)
    resolved_content = models.TextField(blank=True)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    language = models.CharField(max_length=8, blank=True)
    cluster = models.ForeignKey(ClaimCluster, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims")
    match_score = models.FloatField(null=True, blank=True)
    match_explanation = models.JSONField(default=dict, blank=True)
    # What matching needs of the claim (claims.matching.ClaimKey.to_dict()), computed once.
    match_key = models.JSONField(default=dict, blank=True)
    # When the claim appeared: its article's publication time, or the ingest time of an undated
    # article. Every list of claims is in this order; copied from the article so that a speaker's
    # or a cluster's claims are read in order from an index instead of being sorted across the
    # join (a speaker of 75 000 claims: docs/benchmarks.md). `claims.signals` keeps it in step
    # when an article's date is edited.
    seen_at = models.DateTimeField(editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["article_id", "start"]
        indexes = [
            # The inbox's language filter and list: 180-290 ms without at 100k claims, ~15 ms with.
            models.Index(fields=["language"], name="claim_language_idx"),
            # A speaker's page, newest first; a cluster's timeline and spread, first appearance first.
            models.Index(fields=["speaker", "-seen_at", "-id"], name="claim_speaker_seen_idx"),
            models.Index(fields=["cluster", "seen_at", "id"], name="claim_cluster_seen_idx"),
            # The inbox filtered on a busy speaker: does this cluster hold a claim of theirs?
            models.Index(fields=["cluster", "speaker"], name="claim_cluster_speaker_idx"),
        ]
        constraints = [
            # The text is the slice body[start:end]; the pipeline checks the slice itself.
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="claim_offsets_ordered"),
            models.CheckConstraint(condition=Q(end=F("start") + Length("text")), name="claim_text_fits_offsets"),
            models.UniqueConstraint(fields=["article", "start", "end"], name="claim_span_unique_per_article"),
        ]

    def __str__(self):
        return self.text[:80]


class ClaimEmbedding(models.Model):
    """A claim's sentence embedding for the meaning tier (claims.matching.semantic): 388 bytes,
    int8 codes with their float32 scale. Its own table, written after the ingest commits (by a
    Celery task: embedding costs ~60 ms a claim), so claim rows stay small and ingest fast.
    `searched` is set once the claim has been matched by meaning against the stored vectors."""

    claim = models.OneToOneField(Claim, on_delete=models.CASCADE, related_name="embedding")
    vector = models.BinaryField()
    model = models.CharField(max_length=100)
    searched = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["searched"], name="embedding_searched_idx")]

    def __str__(self):
        return f"embedding of claim {self.claim_id}"


class MeaningEdge(models.Model):
    """Two claims of different articles that the meaning tier found to be the same claim
    (`match`) or close (`suggest`), with the combined explanation. The nightly regrouping
    reads these beside the wording edges it scores itself, so a claim joined by meaning is
    not split off again every night, and the vectors are not searched twice."""

    class Decision(models.TextChoices):
        MATCH = "match", "Match"
        SUGGEST = "suggest", "Suggestion"

    claim_a = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="+")
    claim_b = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="+")
    cosine = models.FloatField()
    decision = models.CharField(max_length=10, choices=Decision.choices)
    explanation = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(claim_a__lt=F("claim_b")), name="meaning_edge_pair_ordered"),
            models.UniqueConstraint(fields=["claim_a", "claim_b"], name="meaning_edge_pair_unique"),
        ]

    def __str__(self):
        return f"{self.claim_a_id}~{self.claim_b_id} ({self.decision}, {self.cosine:.3f})"


class MatchDecision(models.Model):
    """A checker's manual must-link or cannot-link between two claims; reconciliation obeys it."""

    class Kind(models.TextChoices):
        MUST_LINK = "must_link", "Same claim"
        CANNOT_LINK = "cannot_link", "Different claims"

    claim_a = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="+")
    claim_b = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    decided_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            # Stored once per pair, smaller id first, so a pair cannot be both linked and unlinked.
            models.CheckConstraint(condition=Q(claim_a__lt=F("claim_b")), name="decision_pair_ordered"),
            models.UniqueConstraint(fields=["claim_a", "claim_b"], name="decision_pair_unique"),
        ]


class MatchSuggestion(models.Model):
    """A claim close to a cluster but not close enough to join it alone: a checker decides."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        ACCEPTED = "accepted", "Accepted"
        REJECTED = "rejected", "Rejected"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="suggestions")
    cluster = models.ForeignKey(ClaimCluster, on_delete=models.CASCADE, related_name="suggestions")
    score = models.FloatField()
    explanation = models.JSONField(default=dict, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["claim", "cluster"], name="suggestion_unique")]


class Review(models.Model):
    """A fact-check of a cluster. Verdicts map to schema.org ClaimReview ratings (1 worst, 5 best)."""

    class Verdict(models.TextChoices):
        TRUE = "true", "True"
        MOSTLY_TRUE = "mostly_true", "Mostly true"
        HALF_TRUE = "half_true", "Half true"
        MISLEADING = "misleading", "Misleading"
        MOSTLY_FALSE = "mostly_false", "Mostly false"
        FALSE = "false", "False"
        UNPROVEN = "unproven", "Unproven"

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    cluster = models.ForeignKey(ClaimCluster, on_delete=models.CASCADE, related_name="reviews")
    verdict = models.CharField(max_length=20, choices=Verdict.choices, blank=True)
    summary = models.TextField(blank=True)
    evidence_links = models.JSONField(default=list, blank=True)
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-updated_at"]

    def __str__(self):
        return f"Review of {self.cluster}"


class ReconciliationRun(models.Model):
    class Status(models.TextChoices):
        RUNNING = "running", "Running"
        SUCCEEDED = "succeeded", "Succeeded"
        FAILED = "failed", "Failed"

    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    duration_seconds = models.FloatField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.RUNNING)
    counts = models.JSONField(default=dict, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-started_at"]


class IngestJob(models.Model):
    """A batch of inputs ingested in the background; each input gets its own result."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"

    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)

    class Meta:
        ordering = ["-created_at"]


class IngestItem(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        OK = "ok", "Ingested"
        DUPLICATE = "duplicate", "Already ingested"
        ERROR = "error", "Error"

    job = models.ForeignKey(IngestJob, on_delete=models.CASCADE, related_name="items")
    name = models.CharField(max_length=2000)
    # The input is kept until it is processed, so nothing typed or uploaded is lost on an error.
    payload = models.BinaryField(blank=True)
    # Or an address the worker fetches when the job runs (payload empty).
    url = models.URLField(max_length=2000, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    article = models.ForeignKey(Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    statement_count = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["id"]


class ClaimBlockKey(models.Model):
    """The candidate index of matching as a table, so every process shares it: a claim is filed
    under each of its blocking keys (claims.matching.blocking_keys)."""

    key = models.CharField(max_length=100)
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="block_keys")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["key", "claim"], name="block_key_unique")]


class BlockKeyStat(models.Model):
    """How many claims are filed under a key (its document frequency), kept beside the index so a
    lookup reads the rare keys first without counting postings. The empty key holds the total."""

    key = models.CharField(max_length=100, primary_key=True)
    df = models.PositiveIntegerField(default=0)
