"""REST API for outlets (read-only). Articles, which go through the claims pipeline, are in
claims/api.py: `sources` never imports `claims`."""

import django_filters
from drf_spectacular.utils import OpenApiExample, extend_schema, extend_schema_view
from rest_framework import viewsets

from integrations.ids import IdLookupMixin
from integrations.permissions import CanView

from .models import Outlet
from .serializers import OutletSerializer


class OutletFilter(django_filters.FilterSet):
    class Meta:
        model = Outlet
        fields = ["language", "country", "is_wire"]


@extend_schema_view(
    list=extend_schema(
        summary="List outlets",
        description="Publications and wire agencies (AFP, Reuters...) that articles came from.",
        examples=[OpenApiExample("An outlet", value={"id": 3, "name": "detikNews", "slug": "detiknews",
                                                     "domains": ["news.detik.com"], "language": "id",
                                                     "country": "ID", "is_wire": False},
                                 response_only=True)],
    ),
    retrieve=extend_schema(summary="One outlet", description="An outlet by id."),
)
class OutletViewSet(IdLookupMixin, viewsets.ReadOnlyModelViewSet):
    queryset = Outlet.objects.all()
    serializer_class = OutletSerializer
    permission_classes = [CanView]
    filterset_class = OutletFilter
    search_fields = ["name", "slug"]
    ordering_fields = ["name", "id"]
    ordering = ["name", "id"]
