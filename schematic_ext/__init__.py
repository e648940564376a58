"""schematic-ext: a Python SDK for the Schematic API.

Public names are re-exported here and load on first use (PEP 562), as do the API models
(``schematic_ext.EventBodyIdentifyCompany`` or ``schematic_ext.models``): ``import schematic_ext`` costs
a few milliseconds, and ``from schematic_ext import Schematic`` loads only what a client needs.

`_EXPORTS` is the one list of public names; the imports under TYPE_CHECKING mirror it for type
checkers and IDEs (tests/test_public_api.py keeps the two, and README's "Public API", in step).
Everything in a module whose name starts with an underscore is internal.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from schematic_api.models import *  # noqa: F403  (the API models, typed as schematic_ext.models has them)

    from . import core as core
    from ._breaker import CircuitBreaker as CircuitBreaker
    from ._client import AsyncSchematic as AsyncSchematic
    from ._client import Schematic as Schematic
    from ._config import AsyncSchematicConfig as AsyncSchematicConfig
    from ._config import DataStreamConfig as DataStreamConfig
    from ._config import SchematicConfig as SchematicConfig
    from ._datastream.connection import DataStreamStats as DataStreamStats
    from ._errors import ApiConnectionError as ApiConnectionError
    from ._errors import ApiError as ApiError
    from ._errors import ApiTimeoutError as ApiTimeoutError
    from ._errors import BadRequestError as BadRequestError
    from ._errors import ConflictError as ConflictError
    from ._errors import ForbiddenError as ForbiddenError
    from ._errors import InternalServerError as InternalServerError
    from ._errors import NotFoundError as NotFoundError
    from ._errors import OfflineError as OfflineError
    from ._errors import ResponseValidationError as ResponseValidationError
    from ._errors import TooManyRequestsError as TooManyRequestsError
    from ._errors import UnauthorizedError as UnauthorizedError
    from ._errors import UnprocessableEntityError as UnprocessableEntityError
    from ._event_client import AsyncEventClient as AsyncEventClient
    from ._event_client import Event as Event
    from ._event_client import EventClient as EventClient
    from ._event_client import SegOpsClient as SegOpsClient
    from ._events.pipeline import EventDeliveryError as EventDeliveryError
    from ._events.pipeline import EventDeliveryTimeoutError as EventDeliveryTimeoutError
    from ._events.pipeline import EventQueueFullError as EventQueueFullError
    from ._events.pipeline import EventStats as EventStats
    from ._events.wire import IdentifyOptions as IdentifyOptions
    from ._events.wire import TrackOptions as TrackOptions
    from ._flags import CheckFlagOptions as CheckFlagOptions
    from ._flags import CheckFlagResult as CheckFlagResult
    from ._flags import EventUsage as EventUsage
    from ._retry import RetryPolicy as RetryPolicy
    from ._session import SessionAuth as SessionAuth
    from ._session import UserContext as UserContext
    from ._signing import SignedUserId as SignedUserId
    from ._signing import sign_user_id as sign_user_id
    from ._signing import verify_user_id as verify_user_id
    from ._version import __version__ as __version__
    from .cache import AsyncCacheProvider as AsyncCacheProvider
    from .cache import AsyncRedisCache as AsyncRedisCache
    from .cache import CacheProvider as CacheProvider
    from .cache import LocalCache as LocalCache
    from .cache import RedisCache as RedisCache

# Public name -> the submodule that defines it.
_EXPORTS: dict[str, str] = {
    "CircuitBreaker": "_breaker",
    "AsyncCacheProvider": "cache",
    "AsyncRedisCache": "cache",
    "CacheProvider": "cache",
    "LocalCache": "cache",
    "RedisCache": "cache",
    "AsyncSchematic": "_client",
    "Schematic": "_client",
    "AsyncSchematicConfig": "_config",
    "DataStreamConfig": "_config",
    "SchematicConfig": "_config",
    "DataStreamStats": "_datastream.connection",
    "ApiConnectionError": "_errors",
    "ApiError": "_errors",
    "ApiTimeoutError": "_errors",
    "BadRequestError": "_errors",
    "ConflictError": "_errors",
    "ForbiddenError": "_errors",
    "InternalServerError": "_errors",
    "NotFoundError": "_errors",
    "OfflineError": "_errors",
    "ResponseValidationError": "_errors",
    "TooManyRequestsError": "_errors",
    "UnauthorizedError": "_errors",
    "UnprocessableEntityError": "_errors",
    "AsyncEventClient": "_event_client",
    "Event": "_event_client",
    "EventClient": "_event_client",
    "SegOpsClient": "_event_client",
    "EventDeliveryError": "_events.pipeline",
    "EventDeliveryTimeoutError": "_events.pipeline",
    "EventQueueFullError": "_events.pipeline",
    "EventStats": "_events.pipeline",
    "IdentifyOptions": "_events.wire",
    "TrackOptions": "_events.wire",
    "CheckFlagOptions": "_flags",
    "CheckFlagResult": "_flags",
    "EventUsage": "_flags",
    "RetryPolicy": "_retry",
    "SessionAuth": "_session",
    "UserContext": "_session",
    "SignedUserId": "_signing",
    "sign_user_id": "_signing",
    "verify_user_id": "_signing",
    "__version__": "_version",
}

# The public submodules besides the names above (README: "Public API").
_SUBMODULES = ("cache", "core", "models")

__all__ = sorted([*_EXPORTS, "core"])


def __getattr__(name: str) -> Any:
    """Load a public name, a submodule (``core``, ``models``) or an API model on first use."""
    module = _EXPORTS.get(name)
    if module is not None:
        value = getattr(import_module(f"{__name__}.{module}"), name)
    elif name in _SUBMODULES:
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
