"""Request body parsing with a size bound: JSON only, refused with 413 above the limit."""

import io

from django.conf import settings
from rest_framework import parsers

from .exceptions import PayloadTooLarge


def max_body_bytes() -> int:
    # A JSON envelope around the largest accepted article (escaping can double an HTML page).
    return getattr(settings, "KUTIP_API_MAX_BODY_BYTES", 2 * settings.KUTIP_MAX_INPUT_BYTES)


class BoundedJSONParser(parsers.JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        limit = max_body_bytes()
        request = (parser_context or {}).get("request")
        declared = request.META.get("CONTENT_LENGTH") if request is not None else None
        if declared and str(declared).isdigit() and int(declared) > limit:
            raise PayloadTooLarge(f"The request body is larger than {limit:,} bytes.")
        if stream is None:
            return super().parse(stream, media_type, parser_context)
        # Read one byte past the limit: a chunked body without Content-Length is bounded too.
        data = stream.read(limit + 1)
        if len(data) > limit:
            raise PayloadTooLarge(f"The request body is larger than {limit:,} bytes.")
        return super().parse(io.BytesIO(data), media_type, parser_context)
