"""schematic-ext: a Python SDK for the Schematic API.

Public names are re-exported here and load on first use (PEP 562), as do the API models
(``schematic_ext.EventBodyIdentifyCompany`` or ``schematic_ext.models``): ``import schematic_ext`` costs
a few milliseconds, and ``from schematic_ext import Schematic`` loads only what a client needs.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import core
    from ._events.pipeline import (
        EventDeliveryError,
        EventDeliveryTimeoutError,
        EventQueueFullError,
        EventStats,
    )
    from .breaker import CircuitBreaker
    from .cache import AsyncCacheProvider, AsyncRedisCache, CacheProvider, LocalCache, RedisCache
    from .client import AsyncSchematic, Schematic
    from .config import SchematicConfig
    from .errors import (
        ApiConnectionError,
        ApiError,
        ApiTimeoutError,
        BadRequestError,
        ConflictError,
        ForbiddenError,
        InternalServerError,
        NotFoundError,
        OfflineError,
        ResponseValidationError,
        TooManyRequestsError,
        UnauthorizedError,
        UnprocessableEntityError,
    )
    from .event_client import AsyncEventClient, Event, EventClient, SegOpsClient
    from .flags import CheckFlagOptions, CheckFlagResult
    from .retry import RetryPolicy
    from .session import SessionAuth, UserContext
    from .signing import SignedUserId, sign_user_id, verify_user_id
    from .version import __version__

# Public name -> the submodule that defines it.
_EXPORTS: dict[str, str] = {
    "CircuitBreaker": "breaker",
    "AsyncCacheProvider": "cache",
    "AsyncRedisCache": "cache",
    "CacheProvider": "cache",
    "LocalCache": "cache",
    "RedisCache": "cache",
    "AsyncSchematic": "client",
    "Schematic": "client",
    "SchematicConfig": "config",
    "ApiConnectionError": "errors",
    "ApiError": "errors",
    "ApiTimeoutError": "errors",
    "BadRequestError": "errors",
    "ConflictError": "errors",
    "ForbiddenError": "errors",
    "InternalServerError": "errors",
    "NotFoundError": "errors",
    "OfflineError": "errors",
    "ResponseValidationError": "errors",
    "TooManyRequestsError": "errors",
    "UnauthorizedError": "errors",
    "UnprocessableEntityError": "errors",
    "AsyncEventClient": "event_client",
    "Event": "event_client",
    "EventClient": "event_client",
    "SegOpsClient": "event_client",
    "EventDeliveryError": "_events.pipeline",
    "EventDeliveryTimeoutError": "_events.pipeline",
    "EventQueueFullError": "_events.pipeline",
    "EventStats": "_events.pipeline",
    "CheckFlagOptions": "flags",
    "CheckFlagResult": "flags",
    "RetryPolicy": "retry",
    "SessionAuth": "session",
    "UserContext": "session",
    "SignedUserId": "signing",
    "sign_user_id": "signing",
    "verify_user_id": "signing",
    "__version__": "version",
}

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AsyncCacheProvider",
    "AsyncEventClient",
    "AsyncRedisCache",
    "AsyncSchematic",
    "BadRequestError",
    "CacheProvider",
    "CheckFlagOptions",
    "CheckFlagResult",
    "CircuitBreaker",
    "ConflictError",
    "Event",
    "EventClient",
    "EventDeliveryError",
    "EventDeliveryTimeoutError",
    "EventQueueFullError",
    "EventStats",
    "ForbiddenError",
    "InternalServerError",
    "LocalCache",
    "NotFoundError",
    "OfflineError",
    "RedisCache",
    "ResponseValidationError",
    "RetryPolicy",
    "Schematic",
    "SchematicConfig",
    "SegOpsClient",
    "SessionAuth",
    "SignedUserId",
    "TooManyRequestsError",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "UserContext",
    "__version__",
    "core",
    "sign_user_id",
    "verify_user_id",
]


def __getattr__(name: str) -> Any:
    """Load a public name, a submodule (``core``, ``models``) or an API model on first use."""
    module = _EXPORTS.get(name)
    if module is not None:
        value = getattr(import_module(f"{__name__}.{module}"), name)
    elif name in ("core", "models"):
        value = import_module(f"{__name__}.{name}")
    else:
        models = import_module(f"{__name__}.models")
        if name not in models.__all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(models, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
