"""Ids in API paths and filters: positive integers that fit the database's 64-bit columns.

Anything else is bad input (400, for a filter) or no such object (404, for a path), never a 500
from the database (a non-number makes Django raise ValueError; SQLite refuses integers past
2**63 - 1 with OverflowError)."""

import re

import django_filters
from django import forms
from drf_spectacular.utils import extend_schema_field
from rest_framework.exceptions import NotFound

MAX_ID = 2**63 - 1
# Up to 18 digits always fits in 64 bits; a longer id names no row.
ID_RE = re.compile(r"[0-9]{1,18}")


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": MAX_ID})
class IdFilter(django_filters.NumberFilter):
    """An id filter: an integer in 1..2**63-1 (django-filter's NumberFilter takes any decimal)."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)

    def get_max_validator(self):
        return None  # max_value above bounds it


class IdLookupMixin:
    """For a viewset: a path id that is not an id answers 404, after authentication and permissions
    (403 before 404, as `claims.permissions.object_for_user`). The router's pattern stays the
    default so that the schema keeps the id an integer."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        value = kwargs.get(self.lookup_url_kwarg or self.lookup_field)
        if value is not None and not ID_RE.fullmatch(str(value)):
            raise NotFound()
