"""`SchematicConfig`: every setting of `Schematic` / `AsyncSchematic`, validated at construction."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs
import httpx

if TYPE_CHECKING:
    from ._session import GetUser

__all__ = ["DEFAULT_BASE_URL", "SchematicConfig", "resolve_api_key", "resolve_config"]

DEFAULT_BASE_URL = "https://api.schematichq.com"
API_KEY_ENV = "SCHEMATIC_API_KEY"
BASE_URL_ENV = "SCHEMATIC_BASE_URL"


def _default_base_url() -> str:
    """``SCHEMATIC_BASE_URL`` when set (e.g. a local devserver), else the public API."""
    return os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL


def _non_negative_number(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise ValueError(f"{attribute.name} must be a non-negative number, got {value!r}")


def _non_negative_int(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{attribute.name} must be a non-negative int, got {value!r}")


def _http_client(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not isinstance(value, (httpx.Client, httpx.AsyncClient)):
        raise TypeError(
            f"{attribute.name} must be an httpx.Client or httpx.AsyncClient, got {type(value).__name__}"
        )


def _sync_http_client(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not isinstance(value, httpx.Client):
        raise TypeError(
            f"{attribute.name} must be an httpx.Client (events are sent from a thread), "
            f"got {type(value).__name__}"
        )


def _base_url(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str) or not value.startswith(("http://", "https://")):
        raise ValueError(f"base_url must be an http(s) URL, got {value!r}")


def _positive_number(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ValueError(f"{attribute.name} must be a positive number, got {value!r}")


def _positive_int(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{attribute.name} must be an int >= 1, got {value!r}")


def _flag_defaults(value: Any) -> Any:
    from ._flags import check_defaults

    return check_defaults({} if value is None else value)


def _cache_providers(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Sequence):
        raise TypeError(f"cache_providers must be a list of cache providers, got {type(value).__name__}")
    for index, provider in enumerate(value):
        missing = [name for name in ("get", "set") if not callable(getattr(provider, name, None))]
        if missing:
            raise TypeError(
                f"cache_providers[{index}] ({type(provider).__name__}) is not a cache provider: "
                f"it has no {' or '.join(missing)} method"
            )
    return tuple(value)


def _strip_slash(value: Any) -> Any:
    return value.rstrip("/") if isinstance(value, str) else value


@attrs.frozen(kw_only=True)
class SchematicConfig:
    """Client settings; keyword arguments given to the client constructor override these."""

    base_url: str = attrs.field(factory=_default_base_url, converter=_strip_slash, validator=_base_url)
    timeout: float = attrs.field(default=60.0, validator=_non_negative_number)
    max_retries: int = attrs.field(default=2, validator=_non_negative_int)
    http_client: httpx.Client | httpx.AsyncClient | None = attrs.field(default=None, validator=_http_client)
    httpx_client: httpx.Client | httpx.AsyncClient | None = attrs.field(default=None, validator=_http_client)
    offline: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    logger: logging.Logger | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(logging.Logger))
    )
    # Connections (README: "Connection pools"). Limits of the SDK's own httpx clients; None means
    # 100 keep-alive connections and no cap. A user's own http client keeps its own limits.
    http_limits: httpx.Limits | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(httpx.Limits))
    )
    # Flag checks (README: "Flag checks", "Caches"). `cache_providers=None` means one
    # LocalCache(1000, 5000 ms) per client; [] disables caching.
    flag_defaults: Mapping[str, bool] = attrs.field(factory=dict, converter=_flag_defaults)
    cache_providers: Sequence[Any] | None = attrs.field(default=None, converter=_cache_providers)
    flag_check_timeout: float = attrs.field(default=1.0, validator=_positive_number)
    circuit_breaker_threshold: int = attrs.field(default=3, validator=_positive_int)
    circuit_breaker_cooldown: float = attrs.field(default=10.0, validator=_non_negative_number)
    # Sync flag-check requests run on threads started on demand up to this bound (idle ones exit).
    flag_check_max_workers: int = attrs.field(default=100, validator=_positive_int)
    # Events (README: "Events: identify and track"). on_event_error(error, events) gets undelivered events.
    event_batch_size: int = attrs.field(default=100, validator=_positive_int)
    event_flush_interval: float = attrs.field(default=5.0, validator=_non_negative_number)
    event_max_queue_size: int = attrs.field(default=10_000, validator=_positive_int)
    event_max_in_flight: int = attrs.field(default=4, validator=_positive_int)  # batch requests at once
    event_shutdown_timeout: float = attrs.field(default=10.0, validator=_non_negative_number)
    on_event_error: Callable[[Exception, list[dict[str, Any]]], None] | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.is_callable())
    )
    # The events' own httpx.Client: AsyncSchematic's events are sent from a thread, so they cannot use
    # an httpx.AsyncClient; give this one the same proxies, transport or TLS settings.
    event_http_client: httpx.Client | None = attrs.field(default=None, validator=_sync_http_client)
    # Publishable keys (README: "Publishable keys"). get_user() returns a UserContext at each token mint.
    get_user: GetUser | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.is_callable())
    )
    session_refresh_margin: float = attrs.field(default=60.0, validator=_non_negative_number)

    def __attrs_post_init__(self) -> None:
        if self.http_client is not None and self.httpx_client is not None:
            raise ValueError("pass either http_client or httpx_client, not both (they are the same setting)")

    @property
    def user_http_client(self) -> httpx.Client | httpx.AsyncClient | None:
        """The user's own httpx client, under whichever name it was given."""
        return self.http_client if self.http_client is not None else self.httpx_client


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
    # An http client given to the constructor replaces the config's, under either name.
    for name, other in (("http_client", "httpx_client"), ("httpx_client", "http_client")):
        if changes.get(name) is not None and other not in changes:
            changes[other] = None
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
