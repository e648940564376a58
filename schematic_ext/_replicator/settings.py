"""The replicator's settings, from command-line flags or environment variables (a flag wins).

Each value is checked by the SDK's validators and a bad one is refused naming both its flag and its
variable. The default cache version is derived from this package's version (`default_cache_version`),
so a replicator of another release writes a fresh key space and never mixes its entities with ours.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from .._config import API_KEY_ENV, BASE_URL_ENV, DEFAULT_BASE_URL
from .._validators import http_url, positive_int, positive_number
from .._version import __version__
from .keys import DEFAULT_PREFIX

__all__ = ["ReplicatorSettings", "SettingsError", "default_cache_version", "parse_settings"]

DEFAULT_REDIS_URL = "redis://localhost:6379/0"
DEFAULT_HEALTH_HOST = "0.0.0.0"  # a container's probe and its neighbours must reach it
DEFAULT_HEALTH_PORT = 8090  # schematichq's default health URL is http://localhost:8090/ready
DEFAULT_RELIST_INTERVAL = 60.0


def default_cache_version() -> str:
    """8 hex digits of this package's version (the width of schematichq's rules-engine version key)."""
    return hashlib.sha256(f"schematic-ext-replicator {__version__}".encode()).hexdigest()[:8]


class SettingsError(ValueError):
    """A setting that cannot be used; the message names its flag and environment variable."""


def _redis_url(value: Any, name: str) -> str:
    if not isinstance(value, str) or not value.startswith(("redis://", "rediss://", "unix://")):
        raise ValueError(f"{name} must be a redis://, rediss:// or unix:// URL, got {value!r}")
    return value


def _port(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 65535:
        raise ValueError(f"{name} must be a port number (0-65535), got {value!r}")
    return value


def _text(value: Any, name: str) -> str:
    if not isinstance(value, str) or not value or any(c.isspace() for c in value):
        raise ValueError(f"{name} must be a non-empty string without spaces, got {value!r}")
    return value


def _log_level(value: Any, name: str) -> str:
    if not isinstance(value, str) or not isinstance(logging.getLevelName(value.upper()), int):
        raise ValueError(f"{name} must be a logging level name (DEBUG, INFO, WARNING, ERROR), got {value!r}")
    return value.upper()


@attrs.frozen(kw_only=True)
class ReplicatorSettings:
    """What the replicator runs with (see `OPTIONS` for the flags and variables)."""

    api_key: str
    base_url: str = DEFAULT_BASE_URL
    redis_url: str = DEFAULT_REDIS_URL
    prefix: str = DEFAULT_PREFIX
    cache_ttl: int | None = None  # ms; None: keys never expire (schematichq's replicator default)
    cache_version: str = attrs.field(factory=default_cache_version)
    health_host: str = DEFAULT_HEALTH_HOST
    health_port: int = DEFAULT_HEALTH_PORT
    relist_interval: float = DEFAULT_RELIST_INTERVAL  # seconds between listings of companies and users
    log_level: str = "INFO"


# field -> (flag, environment variable, parse from text, check, help)
OPTIONS: dict[str, tuple[str, str, Any, Any, str]] = {
    "api_key": ("--api-key", API_KEY_ENV, str, _text, "the environment's secret API key (required)"),
    "base_url": ("--base-url", BASE_URL_ENV, str, http_url, f"the API's URL (default {DEFAULT_BASE_URL})"),
    "redis_url": (
        "--redis-url",
        "SCHEMATIC_REDIS_URL",
        str,
        _redis_url,
        f"where to write (default {DEFAULT_REDIS_URL})",
    ),
    "prefix": (
        "--prefix",
        "SCHEMATIC_REDIS_PREFIX",
        str,
        _text,
        f"the key prefix, as RedisCache(prefix=...) of the readers (default {DEFAULT_PREFIX})",
    ),
    "cache_ttl": (
        "--cache-ttl",
        "SCHEMATIC_CACHE_TTL",
        int,
        positive_int,
        "milliseconds each key lives after its last write (default: no expiry); must exceed the re-list "
        "interval, since every key is rewritten on each listing",
    ),
    "cache_version": (
        "--cache-version",
        "SCHEMATIC_CACHE_VERSION",
        str,
        _text,
        "the version in every key (default: derived from this package's version)",
    ),
    "health_host": ("--health-host", "SCHEMATIC_HEALTH_HOST", str, _text, "the health endpoint's address"),
    "health_port": (
        "--health-port",
        "SCHEMATIC_HEALTH_PORT",
        int,
        _port,
        f"the health endpoint's port (default {DEFAULT_HEALTH_PORT}; GET /ready)",
    ),
    "relist_interval": (
        "--relist-interval",
        "SCHEMATIC_RELIST_INTERVAL",
        float,
        positive_number,
        f"seconds between listings of companies and users, to pick up new ones (default {DEFAULT_RELIST_INTERVAL:g})",
    ),
    "log_level": (
        "--log-level",
        "SCHEMATIC_LOG_LEVEL",
        str,
        _log_level,
        "DEBUG, INFO (default), WARNING or ERROR",
    ),
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="schematic-replicator",
        description="Hold one Schematic datastream and keep Redis complete for processes in replicator mode.",
        epilog="Every flag can be given as the environment variable named in its help instead.",
    )
    for name, (flag, env, _, _, help_text) in OPTIONS.items():
        parser.add_argument(flag, dest=name, default=None, help=f"{help_text} [{env}]")
    return parser


def parse_settings(argv: Sequence[str], environ: Mapping[str, str]) -> ReplicatorSettings:
    """The settings from `argv` (flags) over `environ`; SettingsError naming the flag and variable."""
    given = vars(_parser().parse_args(list(argv)))
    values: dict[str, Any] = {}
    for name, (flag, env, parse, check, _) in OPTIONS.items():
        text = given[name] if given[name] is not None else environ.get(env) or None
        if text is None:
            if name == "api_key":
                raise SettingsError(f"{flag} ({env}) is required: the environment's secret API key")
            continue
        label = f"{flag} ({env})"
        try:
            value = parse(text)
        except ValueError:
            kind = "an integer" if parse is int else "a number"
            raise SettingsError(f"{label} must be {kind}, got {text!r}") from None
        try:
            values[name] = check(value, label)
        except (TypeError, ValueError) as exc:
            raise SettingsError(str(exc)) from None
    settings = ReplicatorSettings(**values)
    if settings.cache_ttl is not None and settings.cache_ttl <= settings.relist_interval * 1000:
        raise SettingsError(
            f"--cache-ttl (SCHEMATIC_CACHE_TTL) must exceed --relist-interval (SCHEMATIC_RELIST_INTERVAL): "
            f"{settings.cache_ttl} ms expires keys before the next rewrite, {settings.relist_interval:g} s away"
        )
    return settings
