"""One shape for every API error: `{"error": {"code", "message", "fields"}}`.

`api_exception_handler` is DRF's EXCEPTION_HANDLER; `ApiMiddleware` gives the same shape to what
happens outside DRF views under /api/ (unknown paths, unexpected exceptions) and adds CORS headers
only for configured origins.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from rest_framework import exceptions
from rest_framework.response import Response

from .exceptions import InvalidInput, PayloadTooLarge, UpstreamError

__all__ = ["InvalidInput", "PayloadTooLarge", "UpstreamError", "api_exception_handler", "error_body"]

logger = logging.getLogger(__name__)


def error_body(code: str, message: str, fields: dict | None = None) -> dict:
    return {"error": {"code": code, "message": message, "fields": fields or {}}}


def _flatten(detail) -> list[str] | dict:
    if isinstance(detail, dict):
        return {key: _flatten(value) for key, value in detail.items()}
    if isinstance(detail, list):
        if all(not isinstance(item, (dict, list)) for item in detail):
            return [str(item) for item in detail]
        return [_flatten(item) for item in detail]
    return [str(detail)]


def api_exception_handler(exc, context):
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied(str(exc) or None)
    # Imported here: rest_framework.views reads the API settings, which name this module.
    from rest_framework.views import exception_handler as drf_exception_handler

    response = drf_exception_handler(exc, context)
    if response is None:
        # Anything else is a bug: logged with its traceback, answered in the same shape.
        logger.exception("unhandled API error", exc_info=exc)
        return Response(error_body("server_error", "Internal server error."), status=500)
    if isinstance(exc, exceptions.ValidationError):
        fields = _flatten(exc.detail) if isinstance(exc.detail, dict) else {"non_field_errors": _flatten(exc.detail)}
        message = getattr(exc, "message", None) or _first_message(fields) or "Invalid input."
        code = getattr(exc, "error_code", None) or "invalid"
        if code == "invalid" and isinstance(exc.detail, dict) and set(exc.detail) == {"non_field_errors"}:
            codes = exc.get_codes().get("non_field_errors") or []
            code = codes[0] if codes and isinstance(codes[0], str) and codes[0] != "invalid" else code
        response.data = error_body(code, message, fields)
    else:
        detail = exc.detail if isinstance(exc, exceptions.APIException) else str(exc)
        code = exc.get_codes() if isinstance(exc, exceptions.APIException) else "error"
        if not isinstance(code, str):
            code = getattr(exc, "default_code", "error")
        response.data = error_body(code, str(detail))
    return response


def _first_message(fields) -> str | None:
    if isinstance(fields, dict):
        for key, value in fields.items():
            inner = _first_message(value)
            if inner:
                return inner if key == "non_field_errors" else f"{key}: {inner}"
    if isinstance(fields, list):
        for value in fields:
            inner = _first_message(value)
            if inner:
                return inner
    if isinstance(fields, str):
        return fields
    return None


def api_not_found(request, *args, **kwargs):
    return JsonResponse(error_body("not_found", "No such API endpoint."), status=404)


def _cors_origins() -> set[str]:
    return set(getattr(settings, "KUTIP_API_CORS_ORIGINS", []) or [])


class ApiMiddleware:
    """Under /api/: JSON for unexpected errors, and CORS headers for configured origins only
    (none by default: browsers on other sites cannot read the API)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        is_api = request.path.startswith("/api/")
        origin = request.headers.get("Origin")
        allowed = is_api and origin and origin in _cors_origins()
        if allowed and request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers:
            response = JsonResponse({}, status=200)
        else:
            response = self.get_response(request)
        if allowed:
            response["Access-Control-Allow-Origin"] = origin
            response["Access-Control-Allow-Headers"] = "Authorization, Content-Type"
            response["Access-Control-Allow-Methods"] = "GET, POST, PATCH, DELETE, OPTIONS"
            response["Access-Control-Expose-Headers"] = "Retry-After"
            response["Vary"] = ", ".join(filter(None, [response.get("Vary"), "Origin"]))
        return response

    def process_exception(self, request, exception):
        if not request.path.startswith("/api/"):
            return None
        if isinstance(exception, Http404):
            return JsonResponse(error_body("not_found", "Not found."), status=404)
        if isinstance(exception, PermissionDenied):
            return JsonResponse(error_body("permission_denied", str(exception) or "Forbidden."), status=403)
        logger.exception("unhandled error under /api/", exc_info=exception)
        return JsonResponse(error_body("server_error", "Internal server error."), status=500)
