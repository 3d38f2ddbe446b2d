from rest_framework.exceptions import NotFound
from rest_framework.pagination import CursorPagination

from .exceptions import InvalidInput


class ApiCursorPagination(CursorPagination):
    """Cursor pagination: stable pages while new articles and claims arrive."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200
    ordering = "-pk"

    def decode_cursor(self, request):
        # DRF answers a garbled cursor with 404; it is bad input, so 400 like any other.
        try:
            return super().decode_cursor(request)
        except NotFound as exc:
            message = "Invalid cursor."
            raise InvalidInput(message, code="invalid_cursor", fields={"cursor": [message]}) from exc
