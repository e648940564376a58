"""Wire encoding of events: call-site validation, the queue's `TrackItem` slots and the API's JSON.

Every check here runs on the caller's thread, so bad input raises naming the argument and never
reaches, or poisons, a batch. The pipeline turns queued slots back into ``CreateEventRequestBody``
dicts (with their idempotency keys) only when it takes them for a request.
"""

from __future__ import annotations

import itertools
import math
import os
from collections import deque
from collections.abc import Callable, Mapping
from typing import Any

# Events per request: the capture service's limit, within the API's (CreateEventBatchRequestBody allows
# 1000; tests/events checks the bound).
MAX_BATCH_EVENTS = 100
_MAX_DEPTH = 32

# --- idempotency keys ------------------------------------------------------------------------------
# A random per-process prefix (96 bits, renewed in a forked child) plus a counter: unique across
# processes and hosts, and ~10x cheaper than uuid4() on the caller's thread.
_key_prefix = os.urandom(12).hex() + "-"
_key_counter = itertools.count(1)


def new_idempotency_key() -> str:
    """A globally unique idempotency key for one event."""
    return f"{_key_prefix}{next(_key_counter):x}"


def _renew_key_prefix() -> None:
    global _key_prefix, _key_counter
    _key_prefix = os.urandom(12).hex() + "-"
    _key_counter = itertools.count(1)


# --- validation: every check runs on the caller's thread, so bad input never reaches a batch ----------


def _json_fallback(value: Any, name: str, depth: int) -> Any:
    from schematic_api.client import to_jsonable

    converted = to_jsonable(value)  # models, datetimes, enums, mappings, tuples
    if converted is not value:
        return _json_value(converted, name, depth + 1)
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return _json_value(float(value), name, depth)
    raise TypeError(f"{name} must be JSON-encodable; got a {type(value).__name__}")


def _json_value(value: Any, name: str, depth: int = 0) -> Any:
    """Check that `value` encodes as JSON and return a private copy of its containers."""
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return value
    if kind is float:
        if not math.isfinite(value):
            raise ValueError(f"{name} must be JSON-encodable; {value!r} is not a JSON number")
        return value
    if depth >= _MAX_DEPTH:
        raise ValueError(f"{name} is nested more than {_MAX_DEPTH} levels deep (a cycle?)")
    if kind is dict:
        return _json_object(value, name, depth + 1)
    if kind is list or kind is tuple:
        return [_json_value(item, name, depth + 1) for item in value]
    return _json_fallback(value, name, depth)


def _json_object(value: Any, name: str, depth: int = 0) -> dict[str, Any]:
    if type(value) is not dict and not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping, got {type(value).__name__}")
    out: dict[str, Any] = {}
    for key, item in value.items():
        if type(key) is not str:
            if not isinstance(key, str):
                raise TypeError(f"{name} keys must be str, got {type(key).__name__} {key!r}")
            key = str.__str__(key)
        kind = type(item)
        out[key] = item if kind is str or kind is int or kind is bool else _json_value(item, name, depth)
    return out


def _key_map(value: Any, name: str) -> dict[str, str]:
    """A ``map<string,string>`` of entity keys (``{"id": "acme"}``), copied."""
    if type(value) is not dict and not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping of str to str, got {type(value).__name__}")
    for key, item in value.items():
        if type(key) is not str or type(item) is not str:
            return _key_map_checked(value, name)
    return dict(value)


def _key_map_checked(value: Mapping[Any, Any], name: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, item in value.items():
        if not isinstance(key, str) or not isinstance(item, str):
            bad = item if isinstance(key, str) else key
            raise TypeError(f"{name} must map str to str; got {type(bad).__name__} {bad!r}")
        out[str.__str__(key)] = str.__str__(item)  # the plain value of a str subclass (not Enum's str())
    return out


def event_name(value: Any, name: str) -> str:
    """`value` as an event name: a non-blank str, or TypeError/ValueError naming the argument `name`."""
    if type(value) is not str and not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    if not value or value.isspace():
        raise ValueError(f"{name} must be a non-empty str")
    return str.__str__(value)


def _identify_company(company: Any) -> dict[str, Any]:
    # A generated model (EventBodyIdentifyCompany) through its public encoding: its set fields as JSON.
    raw = company.to_dict() if not isinstance(company, Mapping) and hasattr(company, "to_dict") else company
    if not isinstance(raw, Mapping):
        raise TypeError(
            f"company must be an EventBodyIdentifyCompany or a mapping, got {type(company).__name__}"
        )
    unknown = sorted(set(raw) - {"keys", "name", "traits"})
    if unknown:
        raise ValueError(f"company has unknown field(s) {unknown}; expected keys, name, traits")
    out: dict[str, Any] = {}
    if raw.get("keys") is not None:
        out["keys"] = _key_map(raw["keys"], "company.keys")
    if raw.get("name") is not None:
        if not isinstance(raw["name"], str):
            raise TypeError(f"company.name must be a str, got {type(raw['name']).__name__}")
        out["name"] = raw["name"]
    if raw.get("traits") is not None:
        out["traits"] = _json_object(raw["traits"], "company.traits")
    return out


def identify_event(
    keys: Mapping[str, str],
    company: Any = None,
    name: str | None = None,
    traits: Mapping[str, Any] | None = None,
    *,
    sent_at: str | None = None,
) -> dict[str, Any]:
    """Validate an identify call and build its wire event (``CreateEventRequestBody``)."""
    body: dict[str, Any] = {"keys": _key_map(keys, "keys")}
    if not body["keys"]:
        raise ValueError("keys must not be empty")
    if company is not None:
        body["company"] = _identify_company(company)
    if name is not None:
        if not isinstance(name, str):
            raise TypeError(f"name must be a str, got {type(name).__name__}")
        body["name"] = name
    if traits is not None:
        body["traits"] = _json_object(traits, "traits")
    event = {"event_type": "identify", "body": body, "idempotency_key": new_idempotency_key()}
    if sent_at is not None:
        event["sent_at"] = sent_at
    return event


TrackItem = tuple[Any, Any, Any, Any, Any, Any, Any]
"""A validated event as the queue holds it: seven atomic values, never a new container.

A track call is ``(event, quantity, company_a, company_b, user_a, user_b, traits)``. Each key map is
``(key, value)`` when it has one entry (the usual ``{"id": …}``: the caller's strings, nothing
copied), ``(copy, None)`` for a private copy of a larger map, or ``(None, None)`` when absent. `traits`
is None when absent, `NO_TRAITS` for ``{}``, or a private copy. An event already in wire form
(identify, or a track with a ``sent_at``) is ``(wire, None, None, None, None, None, None)``.

The deque holds these values themselves (one atomic ``deque.extend``): a track() allocates nothing
that outlives the call, so a long queue costs the caller neither fresh memory nor collector passes.
The worker turns each back into a wire event with `read_event` and gives it its idempotency key
before the first send.
"""

QueuedEvent = dict[str, Any] | TrackItem
SLOTS = 7  # deque entries per event
NO_TRAITS: tuple[()] = ()  # traits={} (a shared marker: an empty dict per event would be an allocation)


def _key_slots(value: Any, name: str) -> tuple[Any, Any]:
    """The two `TrackItem` slots of an optional key map (validated; see `TrackItem`)."""
    if value is None:
        return None, None
    keys = _key_map(value, name)
    if len(keys) == 1:
        ((key, item),) = keys.items()
        return key, item
    return keys, None


def _key_dict(first: Any, second: Any) -> dict[str, str] | None:
    return first if first is None or type(first) is dict else {first: second}


def traits_slot(value: Any, name: str = "traits") -> Any:
    """The `TrackItem` slot of traits: shared for ``{}``, a copy of scalars, a validated deep copy else."""
    if type(value) is dict:
        if not value:
            return NO_TRAITS
        for key, item in value.items():
            kind = type(item)
            if type(key) is not str or not (kind is str or kind is int or kind is bool or item is None):
                break
        else:
            return value.copy()
    return _json_object(value, name)


def track_item(
    event: str,
    company: Mapping[str, str] | None = None,
    user: Mapping[str, str] | None = None,
    traits: Mapping[str, Any] | None = None,
    quantity: int | None = None,
) -> TrackItem:
    """Validate a track call; raises TypeError/ValueError naming the bad argument."""
    if type(event) is not str or not event or event.isspace():
        event = event_name(event, "event")
    if quantity is not None:
        if type(quantity) is not int:
            raise TypeError(f"quantity must be an int, got {type(quantity).__name__}")
        if quantity < 0:
            raise ValueError(f"quantity must be >= 0, got {quantity}")
    company_slots = _key_slots(company, "company")
    user_slots = _key_slots(user, "user")
    return (event, quantity, *company_slots, *user_slots, None if traits is None else traits_slot(traits))


def read_event(take: Callable[[], Any]) -> dict[str, Any]:
    """Read one queued event through `take` (``deque.popleft`` or an iterator's ``__next__``)."""
    head, quantity, company_a, company_b, user_a, user_b, traits = (
        take(), take(), take(), take(), take(), take(), take()
    )  # fmt: skip
    if type(head) is dict:
        return head
    body: dict[str, Any] = {"event": head}
    if company_a is not None:
        body["company"] = _key_dict(company_a, company_b)
    if user_a is not None:
        body["user"] = _key_dict(user_a, user_b)
    if traits is not None:
        body["traits"] = {} if traits is NO_TRAITS else traits
    if quantity is not None:
        body["quantity"] = quantity
    return {"event_type": "track", "body": body, "idempotency_key": new_idempotency_key()}


def wire_event(item: QueuedEvent) -> dict[str, Any]:
    """The ``CreateEventRequestBody`` for an event (a `TrackItem` gets its idempotency key here)."""
    return item if type(item) is dict else read_event(iter(item).__next__)


def read_all(queue: deque[Any]) -> list[dict[str, Any]]:
    events = []
    while queue:
        events.append(read_event(queue.popleft))
    return events


def track_event(
    event: str,
    company: Mapping[str, str] | None = None,
    user: Mapping[str, str] | None = None,
    traits: Mapping[str, Any] | None = None,
    quantity: int | None = None,
    *,
    sent_at: str | None = None,
) -> dict[str, Any]:
    """Validate a track call and build its wire event (``CreateEventRequestBody``)."""
    wire = wire_event(track_item(event, company, user, traits, quantity))
    if sent_at is not None:
        wire["sent_at"] = sent_at
    return wire


os.register_at_fork(after_in_child=_renew_key_prefix)
