"""Output shapes of outlets and articles for the REST API."""

from rest_framework import serializers

from .models import Article, Outlet


class OutletSerializer(serializers.ModelSerializer):
    class Meta:
        model = Outlet
        fields = ["id", "name", "slug", "domains", "language", "country", "is_wire"]


class OutletRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Outlet
        fields = ["id", "name", "slug", "is_wire"]


class ArticleSerializer(serializers.ModelSerializer):
    """An article without its body: what lists show."""

    outlet = OutletRefSerializer(read_only=True)
    wire_sources = OutletRefSerializer(many=True, read_only=True)

    class Meta:
        model = Article
        fields = [
            "id", "url", "source_name", "title", "author", "outlet", "published_at", "language", "dateline",
            "wire_sources", "ingested_at", "status",
        ]
