"""The SDK's exceptions: every failure of an explicit API call is an `ApiError` or a subclass of it."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

import httpx

if TYPE_CHECKING:
    from schematic_api.client import PreparedRequest

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "BadRequestError",
    "ConflictError",
    "ForbiddenError",
    "InternalServerError",
    "NotFoundError",
    "OfflineError",
    "ResponseValidationError",
    "TooManyRequestsError",
    "UnauthorizedError",
    "UnprocessableEntityError",
]


class ApiError(Exception):
    """An API call failed: `status_code` (None for transport failures), the decoded `body`, the `headers`,
    and which call it was: `operation` (the spec's operationId), `method` and `path` (None when the error
    is not about one call).

    ``str(error)`` leads with the call, e.g. ``"getCompany GET /companies/c_1: HTTP 404: company not
    found"``. The query string and the request's headers (where keys and tokens go) are never included.
    """

    def __init__(
        self,
        message: str | None = None,
        *,
        status_code: int | None = None,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        operation: str | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.body = body
        self.headers: dict[str, str] = dict(headers or {})
        self.operation = operation
        self.method = method
        self.path = path
        super().__init__(message or _describe(status_code, body))

    def __str__(self) -> str:
        message = super().__str__()
        if self.operation is None:
            return message
        return f"{self.operation} {self.method} {self.path}: {message}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(operation={self.operation!r}, method={self.method!r}, path={self.path!r},"
            f" status_code={self.status_code!r}, body={self.body!r})"
        )


class BadRequestError(ApiError):
    """400: the API rejected the request's content."""


class UnauthorizedError(ApiError):
    """401: missing, wrong or expired credentials."""


class ForbiddenError(ApiError):
    """403: the credential may not be used for this operation."""


class NotFoundError(ApiError):
    """404: no such resource (or flag)."""


class ConflictError(ApiError):
    """409: the request conflicts with the resource's current state."""


class UnprocessableEntityError(ApiError):
    """422: well-formed but semantically invalid."""


class TooManyRequestsError(ApiError):
    """429: rate limited; `retry_after` is the server's hint in seconds, if it gave one."""

    @property
    def retry_after(self) -> float | None:
        from ._retry import read_retry_after

        return read_retry_after(self.headers)


class InternalServerError(ApiError):
    """5xx: the API failed; retried automatically before this is raised."""


class ApiConnectionError(ApiError):
    """The API could not be reached or the connection broke (status_code is None)."""


class ApiTimeoutError(ApiConnectionError):
    """The API did not answer within the timeout (status_code is None)."""


class OfflineError(ApiError):
    """The client is in offline mode: explicit API calls are not made."""


class ResponseValidationError(ApiError):
    """A 2xx response whose body does not match the schema the spec promises."""


_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: TooManyRequestsError,
}


def error_class_for_status(status_code: int) -> type[ApiError]:
    """The most specific `ApiError` subclass for an HTTP status."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, ApiError)


def decode_body(response: httpx.Response) -> Any:
    """The response body as JSON if it is JSON, else as text (None when empty)."""
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except ValueError:
        return response.text


class Call(TypedDict):
    """Which call failed, as `ApiError` keywords: the operation, its HTTP method and its path."""

    operation: str
    method: str
    path: str


def call_of(prepared: PreparedRequest) -> Call:
    """The `Call` fields of a prepared request (its query pairs stay out: they are the caller's data)."""
    return {"operation": prepared.operation, "method": prepared.method, "path": prepared.path}


def error_from_response(response: httpx.Response, prepared: PreparedRequest) -> ApiError:
    """Build the exception for the non-2xx answer to `prepared`."""
    status = response.status_code
    return error_class_for_status(status)(
        status_code=status, body=decode_body(response), headers=response.headers, **call_of(prepared)
    )


def error_from_transport(exc: httpx.TransportError, prepared: PreparedRequest) -> ApiConnectionError:
    """Wrap an httpx transport failure of `prepared` (its `__cause__`); the message names the failure
    kind, never the request's headers."""
    kind = ApiTimeoutError if isinstance(exc, httpx.TimeoutException) else ApiConnectionError
    error = kind(f"{type(exc).__name__} talking to the Schematic API: {exc}", **call_of(prepared))
    error.__cause__ = exc
    return error


def _describe(status_code: int | None, body: Any) -> str:
    detail = body.get("error") if isinstance(body, Mapping) else body
    if status_code is None:
        return str(detail) if detail else "request failed"
    return f"HTTP {status_code}: {detail}" if detail else f"HTTP {status_code}"
