"""API exceptions with their own status and code (rendered by api_errors)."""

from rest_framework import exceptions, status


class PayloadTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The request body is too large."
    default_code = "too_large"


class UpstreamError(exceptions.APIException):
    status_code = status.HTTP_502_BAD_GATEWAY
    default_detail = "The page could not be fetched."
    default_code = "fetch_failed"


class InvalidInput(exceptions.ValidationError):
    """A 400 with its own code (e.g. `empty`, `no_text`) instead of `invalid`."""

    def __init__(self, message: str, code: str = "invalid", fields: dict | None = None):
        super().__init__(fields or {"non_field_errors": [message]}, code=code)
        self.message = message
        self.error_code = code
