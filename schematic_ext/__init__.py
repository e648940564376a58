"""schematic-ext: a Python SDK for the Schematic API.

Public names are re-exported here; API models load lazily (``schematic_ext.EventBodyIdentifyCompany``
or ``schematic_ext.models``) so that ``import schematic_ext`` stays fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from . import core
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
from .events import EventDeliveryError, EventDeliveryTimeoutError, EventQueueFullError, EventStats
from .flags import CheckFlagOptions, CheckFlagResult
from .retry import RetryPolicy
from .session import SessionAuth, UserContext
from .signing import SignedUserId, sign_user_id, verify_user_id
from .version import __version__

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
    """Resolve API model names (``schematic_ext.EventBodyIdentifyCompany``) on first use."""
    models = import_module(f"{__name__}.models")
    if name in models.__all__:
        value = getattr(models, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
