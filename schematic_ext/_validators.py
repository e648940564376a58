"""The SDK's one set of validators: each checks one value and raises naming the argument it came from.

Called as ``positive_int(value, "batch_size")`` a validator returns the value; ``as_validator(check)``
makes it an attrs validator. Settings, per-call options and the helpers' arguments all use these.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any

import attrs

__all__ = [
    "NO_RENAMES",
    "as_validator",
    "boolean",
    "bounded_str",
    "datastream_config",
    "datastream_settings",
    "http_url",
    "non_negative_int",
    "non_negative_number",
    "optional",
    "optional_callable",
    "positive_int",
    "positive_number",
]


def http_url(value: Any, name: str) -> str:
    """An http(s) URL."""
    if not isinstance(value, str) or not value.startswith(("http://", "https://")):
        raise ValueError(f"{name} must be an http(s) URL, got {value!r}")
    return value


def bounded_str(value: Any, name: str, max_length: int) -> str:
    """A str of 1 to `max_length` characters (the API's ``maxLength``); its length is named, not its
    text, which may be long or a secret."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    if not value or len(value) > max_length:
        raise ValueError(f"{name} must be 1 to {max_length} characters, got {len(value)}")
    return value


def non_negative_number(value: Any, name: str, *, allow_inf: bool = False) -> float:
    """A number >= 0, not a bool or NaN; infinite only with `allow_inf` (where it means "no limit")."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value >= 0:
        raise ValueError(f"{name} must be a non-negative number, got {value!r}")
    if value == math.inf and not allow_inf:
        raise ValueError(f"{name} must be finite, got {value!r}")
    return float(value)


def positive_number(value: Any, name: str) -> float:
    """A finite number > 0, not a bool."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        raise ValueError(f"{name} must be a positive number, got {value!r}")
    return non_negative_number(value, name)


def non_negative_int(value: Any, name: str) -> int:
    """An int >= 0, not a bool."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{name} must be a non-negative int, got {value!r}")
    return value


def positive_int(value: Any, name: str) -> int:
    """An int >= 1, not a bool."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{name} must be an int >= 1, got {value!r}")
    return value


def boolean(value: Any, name: str) -> bool:
    """True or False."""
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be a bool, got {value!r}")
    return value


def optional_callable(value: Any, name: str) -> Any:
    """None or a callable."""
    if value is not None and not callable(value):
        raise TypeError(f"{name} must be callable, got {type(value).__name__}")
    return value


def datastream_config(value: Any, name: str) -> Any:
    """None or a `DataStreamConfig`."""
    from ._config import DataStreamConfig

    if value is not None and not isinstance(value, DataStreamConfig):
        raise TypeError(f"{name} must be a DataStreamConfig or None, got {type(value).__name__}")
    return value


DATASTREAM_CACHES = ("company_cache", "company_lookup_cache", "user_cache", "user_lookup_cache", "flag_cache")


def datastream_settings(use_datastream: bool, datastream: Any) -> None:
    """The datastream settings taken together, when ``use_datastream=True``: replicator mode's cache slots
    must name its Redis; what direct mode cannot use is refused naming the field, never ignored."""
    if not use_datastream or datastream is None:
        return
    if datastream.replicator_mode:
        from ._datastream.replica import replicator_settings

        replicator_settings(datastream)
        return
    for field in DATASTREAM_CACHES:
        if getattr(datastream, field) is not None:
            raise ValueError(
                f"datastream.{field}: the cache providers are replicator mode's shared stores; in direct "
                "mode the snapshot lives in this process, bounded by datastream.max_entities (leave it None)"
            )


NO_RENAMES: Mapping[str, str] = {}


def as_validator(check: Callable[[Any, str], object]) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    """`check` as an attrs validator. It names the field, or the constructor argument the field was set
    from when the class maps one to the other in an ``_arguments`` class attribute (`EventClientConfig`)."""

    def validate(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        check(value, getattr(instance, "_arguments", NO_RENAMES).get(attribute.name, attribute.name))

    return validate


def optional(check: Callable[[Any, str], Any]) -> Callable[[Any, str], Any]:
    """`check`, letting None through (an unset optional argument)."""

    def check_optional(value: Any, name: str) -> Any:
        return None if value is None else check(value, name)

    return check_optional
