from django.db import models
from django.db.models import Q


class Outlet(models.Model):
    """A publication or a wire agency. Wires (AFP, Reuters, RIA Novosti) are outlets too."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    domains = models.JSONField(default=list, blank=True)
    language = models.CharField(max_length=8, blank=True)
    country = models.CharField(max_length=2, blank=True)
    is_wire = models.BooleanField(default=False)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Article(models.Model):
    class Status(models.TextChoices):
        EXTRACTED = "extracted", "Extracted"
        FAILED = "failed", "Failed"

    outlet = models.ForeignKey(Outlet, null=True, blank=True, on_delete=models.PROTECT, related_name="articles")
    url = models.URLField(max_length=2000, null=True, blank=True)
    source_name = models.CharField(
        max_length=2000, blank=True, help_text="The path, URL or upload name the article was ingested from."
    )
    title = models.CharField(max_length=1000, blank=True)
    author = models.CharField(max_length=300, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    language = models.CharField(max_length=8, blank=True)
    dateline = models.CharField(max_length=200, blank=True)
    body = models.TextField()
    raw = models.BinaryField(help_text="The input exactly as received.")
    raw_encoding = models.CharField(max_length=40, blank=True)
    content_hash = models.CharField(max_length=64, unique=True)
    wire_sources = models.ManyToManyField(Outlet, blank=True, related_name="wired_articles")
    ingested_at = models.DateTimeField(auto_now_add=True)
    extractor_version = models.CharField(max_length=40, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.EXTRACTED)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-ingested_at"]
        constraints = [
            models.UniqueConstraint(fields=["url"], condition=Q(url__isnull=False), name="article_url_unique"),
            models.CheckConstraint(condition=~Q(body=""), name="article_body_not_empty"),
            models.CheckConstraint(condition=~Q(raw=b""), name="article_raw_not_empty"),
        ]
        indexes = [models.Index(fields=["published_at"])]

    @property
    def seen_at(self):
        """When its claims appeared: the publication time, or the ingest time when undated (what
        Claim.seen_at copies)."""
        return self.published_at or self.ingested_at

    def __str__(self):
        return self.title or f"Article {self.pk}"
