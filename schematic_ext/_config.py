"""`SchematicConfig`: every client setting, validated once at construction by the SDK's one set of
validators (`_validators`). `SchematicOptions` types the clients' keyword overrides (PEP 692).

The settings of schematichq's ``SchematicConfig`` are here under its names, with its meanings, so its
code runs unchanged; `AsyncSchematicConfig` is its async client's name for them and `DataStreamConfig`
holds the local-evaluation settings (which both clients here take).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

import attrs
import httpx

from ._auth import auth_for_key
from ._base_client import DEFAULT_HTTP_LIMITS, ClientOptions
from ._validators import (
    NO_RENAMES,
    as_validator,
    boolean,
    datastream_config,
    datastream_settings,
    http_url,
    non_negative_int,
    non_negative_number,
    optional,
    optional_callable,
    positive_int,
    positive_number,
)

if TYPE_CHECKING:
    from ._session import GetUser

__all__ = [
    "DEFAULT_BASE_URL",
    "AsyncSchematicConfig",
    "DataStreamConfig",
    "SchematicConfig",
    "SchematicOptions",
    "any_http_client",
    "client_options",
    "resolve_api_key",
    "resolve_config",
    "sync_http_client",
]

DEFAULT_BASE_URL = "https://api.schematichq.com"
API_KEY_ENV = "SCHEMATIC_API_KEY"
BASE_URL_ENV = "SCHEMATIC_BASE_URL"

# Event defaults, shared by SchematicConfig's event_* settings and EventClient's arguments. The batch
# size is when to send, not a cap (a request carries up to the API's 100 queued events); 100 is the API's
# maximum and Schematic's default, and flush_interval bounds how long a partial batch waits.
EVENT_BATCH_SIZE = 100
EVENT_FLUSH_INTERVAL = 5.0
EVENT_MAX_QUEUE_SIZE = 10_000
EVENT_MAX_IN_FLIGHT = 4
EVENT_SHUTDOWN_TIMEOUT = 10.0
EVENT_REQUEST_TIMEOUT = 10.0  # seconds per event batch request
SDK_LOGGER = "schematic_ext"
DATASTREAM_MAX_ENTITIES = 10_000  # companies, and users, each kept in a datastream snapshot


# -- validators of the settings that need httpx; the rest are in `_validators` ----------------------


def any_http_client(value: Any, name: str) -> httpx.Client | httpx.AsyncClient | None:
    """None or an httpx client of either kind."""
    if value is not None and not isinstance(value, (httpx.Client, httpx.AsyncClient)):
        raise TypeError(f"{name} must be an httpx.Client or httpx.AsyncClient, got {type(value).__name__}")
    return value


def sync_http_client(value: Any, name: str) -> httpx.Client | None:
    """None or an ``httpx.Client``: events are sent from a thread, even by `AsyncSchematic`."""
    if value is not None and not isinstance(value, httpx.Client):
        raise TypeError(
            f"{name} must be an httpx.Client (events are sent from a thread), got {type(value).__name__}"
        )
    return value


def _default_base_url() -> str:
    """``SCHEMATIC_BASE_URL`` when set (e.g. a local devserver), else the public API."""
    return os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL


def _flag_defaults(value: Any) -> Any:
    if value is None or (type(value) is dict and not value):
        return {}  # nothing to check: an EventClient need not load _flags (milliseconds) to build its config
    from ._flags import check_defaults

    return check_defaults(value)


def _cache_provider(value: Any, name: str) -> Any:
    """An object with ``get`` and ``set`` methods (a `CacheProvider` or `AsyncCacheProvider`)."""
    missing = [method for method in ("get", "set") if not callable(getattr(value, method, None))]
    if missing:
        raise TypeError(
            f"{name} ({type(value).__name__}) is not a cache provider: it has no {' or '.join(missing)} method"
        )
    return value


def _cache_providers(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Sequence):
        raise TypeError(f"cache_providers must be a list of cache providers, got {type(value).__name__}")
    for index, provider in enumerate(value):
        _cache_provider(provider, f"cache_providers[{index}]")
    return tuple(value)


def _log_level(value: Any, name: str) -> Any:
    """None, a level number, or a level name that ``logging`` knows (``"DEBUG"``, ``"WARNING"``, …)."""
    if value is None or (type(value) is int and value >= 0):
        return value
    if isinstance(value, str) and isinstance(logging.getLevelName(value), int):
        return value
    raise ValueError(
        f"{name} must be a logging level (an int >= 0 or a name such as 'WARNING'), got {value!r}"
    )


def _no_credit_leases(value: Any, name: str) -> None:
    if value is not None:
        raise ValueError(
            f"{name}: credit leases (schematichq's CreditLeaseConfig, with check() and "
            "track_with_reservation()) are not implemented by schematic-ext; leave it None"
        )


def _flush_interval(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """The flush interval's one check. ``event_buffer_period`` is schematichq's name for the same setting:
    given alone it sets the interval (its default), given with a different interval it is an error."""
    name = getattr(instance, "_arguments", NO_RENAMES).get(attribute.name, attribute.name)
    alias = instance.event_buffer_period
    if alias is not None and alias != value:
        raise ValueError(
            f"event_buffer_period ({alias!r}) and {name} ({value!r}) are the same setting "
            "(event_buffer_period is schematichq's name for it); give one of them, or equal values"
        )
    non_negative_number(value, name if alias is None else "event_buffer_period")


def _flush_interval_default(config: Any) -> float:
    period: float | None = config.event_buffer_period
    return EVENT_FLUSH_INTERVAL if period is None else period


def _strip_slash(value: Any) -> Any:
    return value.rstrip("/") if isinstance(value, str) else value


@attrs.frozen(kw_only=True)
class SchematicConfig:
    """Client settings; keyword arguments given to the client constructor override these."""

    # The constructor argument a field is set from, where its name differs (see `as_validator`).
    _arguments: ClassVar[Mapping[str, str]] = NO_RENAMES

    base_url: str = attrs.field(
        factory=_default_base_url, converter=_strip_slash, validator=as_validator(http_url)
    )
    timeout: float = attrs.field(default=60.0, validator=as_validator(non_negative_number))
    max_retries: int = attrs.field(default=2, validator=as_validator(non_negative_int))
    http_client: httpx.Client | httpx.AsyncClient | None = attrs.field(
        default=None, validator=as_validator(any_http_client)
    )
    httpx_client: httpx.Client | httpx.AsyncClient | None = attrs.field(
        default=None, validator=as_validator(any_http_client)
    )
    # Whether the httpx clients the SDK creates follow redirects (schematichq's default); a user's own
    # http client keeps its own setting.
    follow_redirects: bool = attrs.field(default=True, validator=as_validator(boolean))
    offline: bool = attrs.field(default=False, validator=as_validator(boolean))
    logger: logging.Logger | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(logging.Logger))
    )
    # The level set on the "schematic_ext" logger when no `logger` is given. None (the default) leaves
    # logging as the application configured it; schematichq sets WARNING and adds a console handler.
    log_level: int | str | None = attrs.field(default=None, validator=as_validator(_log_level))
    # Connections (README: "Connection pools"). Limits of the SDK's own httpx clients; None means
    # 100 keep-alive connections and no cap. A user's own http client keeps its own limits.
    http_limits: httpx.Limits | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(httpx.Limits))
    )
    # Flag checks (README: "Flag checks", "Caches"). `cache_providers=None` means one
    # LocalCache(1000, 5000 ms) per client; [] disables caching.
    flag_defaults: Mapping[str, bool] = attrs.field(factory=dict, converter=_flag_defaults)
    cache_providers: Sequence[Any] | None = attrs.field(default=None, converter=_cache_providers)
    flag_check_timeout: float = attrs.field(default=1.0, validator=as_validator(positive_number))
    circuit_breaker_threshold: int = attrs.field(default=3, validator=as_validator(positive_int))
    circuit_breaker_cooldown: float = attrs.field(default=10.0, validator=as_validator(non_negative_number))
    # Sync flag-check requests run on threads started on demand up to this bound (idle ones exit).
    flag_check_max_workers: int = attrs.field(default=100, validator=as_validator(positive_int))
    # Events (README: "Events: identify and track"). on_event_error(error, events) gets undelivered events;
    # event_max_in_flight batch requests are sent at once; event_shutdown_timeout=math.inf waits for
    # delivery however long it takes.
    event_batch_size: int = attrs.field(default=EVENT_BATCH_SIZE, validator=as_validator(positive_int))
    # schematichq's name for event_flush_interval (None: the interval decides); see `_flush_interval`.
    event_buffer_period: float | None = attrs.field(default=None)
    event_flush_interval: float = attrs.field(
        default=attrs.Factory(_flush_interval_default, takes_self=True), validator=_flush_interval
    )
    event_max_queue_size: int = attrs.field(
        default=EVENT_MAX_QUEUE_SIZE, validator=as_validator(positive_int)
    )
    event_max_in_flight: int = attrs.field(default=EVENT_MAX_IN_FLIGHT, validator=as_validator(positive_int))
    event_shutdown_timeout: float = attrs.field(
        default=EVENT_SHUTDOWN_TIMEOUT,
        validator=as_validator(lambda value, name: non_negative_number(value, name, allow_inf=True)),
    )
    on_event_error: Callable[[Exception, list[dict[str, Any]]], None] | None = attrs.field(
        default=None, validator=as_validator(optional_callable)
    )
    # The events' own httpx.Client: AsyncSchematic's events are sent from a thread, so they cannot use
    # an httpx.AsyncClient; give this one the same proxies, transport or TLS settings.
    event_http_client: httpx.Client | None = attrs.field(
        default=None, validator=as_validator(sync_http_client)
    )
    # The capture service's host: when set, events go to <event_capture_url>/batch in the capture format
    # of Schematic's own SDKs (captureEventBatch) instead of the API's /event-batch.
    event_capture_url: str | None = attrs.field(
        default=None, converter=_strip_slash, validator=as_validator(optional(http_url))
    )
    # Not implemented: only None is accepted (see `_no_credit_leases`).
    credit_leases: None = attrs.field(default=None, validator=as_validator(_no_credit_leases))
    # Local evaluation (README: "Local evaluation"): flags, companies and users streamed over one
    # WebSocket and evaluated in process; checked together by `datastream_settings`.
    use_datastream: bool = attrs.field(default=False, validator=as_validator(boolean))
    datastream: DataStreamConfig | None = attrs.field(default=None, validator=as_validator(datastream_config))
    # Publishable keys (README: "Publishable keys"). get_user() returns a UserContext at each token mint.
    get_user: GetUser | None = attrs.field(default=None, validator=as_validator(optional_callable))
    session_refresh_margin: float = attrs.field(default=60.0, validator=as_validator(non_negative_number))

    def __attrs_post_init__(self) -> None:
        if self.http_client is not None and self.httpx_client is not None:
            raise ValueError("pass either http_client or httpx_client, not both (they are the same setting)")
        datastream_settings(self.use_datastream, self.datastream)

    @property
    def user_http_client(self) -> httpx.Client | httpx.AsyncClient | None:
        """The user's own httpx client, under whichever name it was given."""
        return self.http_client if self.http_client is not None else self.httpx_client


@attrs.frozen
class DataStreamConfig:
    """schematichq's DataStream settings (milliseconds and bytes, as there) and this SDK's own, validated.

    The first ten fields are schematichq's, in its order (its dataclass takes them positionally). The
    cache providers are the replicator's shared stores: in direct mode the snapshot lives in the process,
    bounded by `max_entities`, so they are refused there rather than ignored (see `datastream_settings`).
    """

    # How long a company or user stays in the snapshot without a message about it (ms; None: 24 h).
    cache_ttl: int | None = attrs.field(default=None, validator=as_validator(optional(positive_int)))
    company_cache: Any = attrs.field(default=None, validator=as_validator(optional(_cache_provider)))
    company_lookup_cache: Any = attrs.field(default=None, validator=as_validator(optional(_cache_provider)))
    user_cache: Any = attrs.field(default=None, validator=as_validator(optional(_cache_provider)))
    user_lookup_cache: Any = attrs.field(default=None, validator=as_validator(optional(_cache_provider)))
    flag_cache: Any = attrs.field(default=None, validator=as_validator(optional(_cache_provider)))
    replicator_mode: bool = attrs.field(default=False, validator=as_validator(boolean))
    replicator_health_url: str | None = attrs.field(default=None, validator=as_validator(optional(http_url)))
    replicator_health_check: int | None = attrs.field(
        default=None, validator=as_validator(optional(positive_int))
    )
    # The largest message accepted from the stream (bytes; None: 100 MiB, as schematichq).
    max_message_size: int | None = attrs.field(default=None, validator=as_validator(optional(positive_int)))
    # This SDK's own: companies and users each kept in the snapshot, least recently checked dropped first.
    max_entities: int = attrs.field(default=DATASTREAM_MAX_ENTITIES, validator=as_validator(positive_int))
    # Whether each local evaluation queues a flag_check event, as schematichq does.
    flag_check_events: bool = attrs.field(default=True, validator=as_validator(boolean))
    # How long a check waits for a company or user asked for over the stream (ms; None: 2 s, and
    # never longer than the check's own timeout), before asking the API instead.
    entity_request_timeout: int | None = attrs.field(
        default=None, validator=as_validator(optional(positive_int))
    )


@attrs.frozen(kw_only=True)
class AsyncSchematicConfig(SchematicConfig):
    """schematichq's name for the async client's settings: `SchematicConfig`, whose ``use_datastream``
    and ``datastream`` both clients take, for code written against ``schematic.client.AsyncSchematicConfig``."""


class SchematicOptions(TypedDict, total=False):
    """The keyword overrides of `Schematic` / `AsyncSchematic`: every `SchematicConfig` field, typed.

    tests/client/test_construction.py keeps its keys and types equal to SchematicConfig's fields.
    """

    base_url: str
    timeout: float
    max_retries: int
    http_client: httpx.Client | httpx.AsyncClient | None
    httpx_client: httpx.Client | httpx.AsyncClient | None
    follow_redirects: bool
    offline: bool
    logger: logging.Logger | None
    log_level: int | str | None
    http_limits: httpx.Limits | None
    flag_defaults: Mapping[str, bool]
    cache_providers: Sequence[Any] | None
    flag_check_timeout: float
    circuit_breaker_threshold: int
    circuit_breaker_cooldown: float
    flag_check_max_workers: int
    event_batch_size: int
    event_buffer_period: float | None
    event_flush_interval: float
    event_max_queue_size: int
    event_max_in_flight: int
    event_shutdown_timeout: float
    on_event_error: Callable[[Exception, list[dict[str, Any]]], None] | None
    event_http_client: httpx.Client | None
    event_capture_url: str | None
    credit_leases: None
    use_datastream: bool
    datastream: DataStreamConfig | None
    get_user: GetUser | None
    session_refresh_margin: float


def resolve_config(config: SchematicConfig | None, overrides: Mapping[str, Any]) -> SchematicConfig:
    """Apply constructor keyword overrides on top of `config`; unknown names are a TypeError."""
    if config is not None and not isinstance(config, SchematicConfig):
        raise TypeError(f"config must be a SchematicConfig, got {type(config).__name__}")
    base = config or SchematicConfig()
    known = {a.name for a in attrs.fields(SchematicConfig)}
    unknown = sorted(set(overrides) - known)
    if unknown:
        raise TypeError(f"unknown client option(s): {', '.join(unknown)}")
    if not overrides:
        return base
    changes = dict(overrides)
    # A setting given to the constructor replaces the config's under either of its names.
    for name, other in (("http_client", "httpx_client"), ("httpx_client", "http_client")):
        if changes.get(name) is not None and other not in changes:
            changes[other] = None
    if "event_flush_interval" in changes and "event_buffer_period" not in changes:
        changes["event_buffer_period"] = None
    elif changes.get("event_buffer_period") is not None and "event_flush_interval" not in changes:
        changes["event_flush_interval"] = changes["event_buffer_period"]
    return attrs.evolve(base, **changes)


def resolve_api_key(api_key: str | None, *, offline: bool) -> str:
    """The key given, else ``SCHEMATIC_API_KEY``; offline clients accept any key, even none."""
    if api_key is None:
        api_key = os.environ.get(API_KEY_ENV)
    if api_key is None:
        if offline:
            return ""
        raise ValueError(f"api_key is required: pass it or set the {API_KEY_ENV} environment variable")
    if not isinstance(api_key, str):
        raise TypeError(f"api_key must be a str, got {type(api_key).__name__}")
    if not api_key and not offline:
        raise ValueError("api_key is empty (an empty key is only accepted with offline=True)")
    return api_key


def client_options(
    api_key: str | None, config: SchematicConfig, auth: httpx.Auth | None = None
) -> ClientOptions:
    """The transport settings `config` stands for; `auth` replaces the one `api_key` selects.

    The key never appears in reprs or logs.
    """
    if auth is None:
        auth = auth_for_key(
            resolve_api_key(api_key, offline=config.offline),
            base_url=config.base_url,
            get_user=config.get_user,
            refresh_margin=config.session_refresh_margin,
        )
    return ClientOptions(
        base_url=config.base_url,
        auth=auth,
        timeout=config.timeout,
        max_retries=config.max_retries,
        offline=config.offline,
        logger=config.logger if config.logger is not None else sdk_logger(config.log_level),
        limits=DEFAULT_HTTP_LIMITS if config.http_limits is None else config.http_limits,
        follow_redirects=config.follow_redirects,
    )


def sdk_logger(level: int | str | None) -> logging.Logger:
    """The SDK's own logger, at `level` when one is given (it is left alone otherwise)."""
    logger = logging.getLogger(SDK_LOGGER)
    if level is not None:
        logger.setLevel(level)
    return logger
