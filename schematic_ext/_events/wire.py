"""Wire encoding of events: call-site validation, the queue's `TrackItem` slots and the API's JSON.

Every check here runs on the caller's thread, so bad input raises naming the argument and never
reaches, or poisons, a batch. The pipeline turns queued slots back into ``CreateEventRequestBody``
dicts (with their idempotency keys) only when it takes them for a request, and encodes a batch of
them as one request: the API's ``createEventBatch``, or the capture format of Schematic's own SDKs
(``captureEventBatch``) when the client has an ``event_capture_url``.
"""

from __future__ import annotations

import datetime
import itertools
import math
import os
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from .._validators import as_validator, boolean, bounded_str, optional

if TYPE_CHECKING:
    from schematic_api.client import PreparedRequest

# Events per request: the capture service's limit, within the API's (CreateEventBatchRequestBody allows
# 1000; tests/events checks the bound).
MAX_BATCH_EVENTS = 100
_MAX_DEPTH = 32
MAX_IDEMPOTENCY_KEY = 255  # CreateEventRequestBody.idempotency_key's maxLength

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


def timestamp(value: Any, name: str) -> str | None:
    """`value` (a datetime or an ISO-8601 str) as the wire's RFC 3339 ``sent_at``; a naive datetime is UTC."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        aware = value if value.tzinfo is not None else value.replace(tzinfo=datetime.timezone.utc)
        return aware.isoformat()
    if isinstance(value, str):
        from dateutil.parser import isoparse  # Python 3.10's fromisoformat rejects common forms ("Z")

        try:
            isoparse(value)
        except ValueError:
            raise ValueError(f"{name} must be an ISO-8601 timestamp, got {value!r}") from None
        return value
    raise TypeError(f"{name} must be a datetime or an ISO-8601 str, got {type(value).__name__}")


# --- per-event options (schematichq's TrackOptions / IdentifyOptions) ---------------------------------


def _idempotency_key(value: Any, name: str) -> str:
    return bounded_str(value, name, MAX_IDEMPOTENCY_KEY)


def _credit_type_ids(value: Any) -> tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
        raise TypeError(f"prewarm must be a list of credit type ids, got {type(value).__name__}")
    for item in value:
        if not isinstance(item, str):
            raise TypeError(f"prewarm must be a list of str, got a {type(item).__name__}")
    return tuple(value)


@attrs.frozen
class TrackOptions:
    """Per-event settings of a `track()` call, as schematichq's: a dedupe key, and the event's own time.

    `idempotency_key` replaces the SDK's own (the API drops repeats of a key for 24 h). `sent_at` (a
    datetime or ISO-8601 str; naive is UTC) is when the event happened; the API uses it as the event's
    time only with ``trusted_client_clock=True``, which needs `sent_at`. ``backfill=True`` imports
    history without affecting billing and needs ``trusted_client_clock=True``. The API accepts these
    two from secret keys only.
    """

    idempotency_key: str | None = attrs.field(
        default=None, validator=as_validator(optional(_idempotency_key))
    )
    sent_at: datetime.datetime | str | None = attrs.field(default=None, validator=as_validator(timestamp))
    trusted_client_clock: bool | None = attrs.field(default=None, validator=as_validator(optional(boolean)))
    backfill: bool | None = attrs.field(default=None, validator=as_validator(optional(boolean)))

    def __attrs_post_init__(self) -> None:
        if self.trusted_client_clock and self.sent_at is None:
            raise ValueError("trusted_client_clock=True needs sent_at (the time the API then uses)")
        if self.backfill and not self.trusted_client_clock:
            raise ValueError("backfill=True needs trusted_client_clock=True (and sent_at)")


@attrs.frozen
class IdentifyOptions:
    """Per-event settings of an `identify()` call, as schematichq's.

    `idempotency_key` replaces the SDK's own. `prewarm` (credit type ids whose leases schematichq warms)
    is accepted and ignored: credit leases are not implemented here.
    """

    idempotency_key: str | None = attrs.field(
        default=None, validator=as_validator(optional(_idempotency_key))
    )
    prewarm: tuple[str, ...] | None = attrs.field(default=None, converter=_credit_type_ids)


def option_fields(options: Any, kind: type[TrackOptions] | type[IdentifyOptions]) -> dict[str, Any]:
    """The ``CreateEventRequestBody`` fields `options` sets (a `kind` or None; anything else raises)."""
    if options is None:
        return {}
    if not isinstance(options, kind):
        raise TypeError(
            f"options must be None or an instance of {kind.__name__}, got {type(options).__name__}"
        )
    fields: dict[str, Any] = {}
    if options.idempotency_key is not None:
        fields["idempotency_key"] = options.idempotency_key
    if isinstance(options, TrackOptions):
        if options.sent_at is not None:
            fields["sent_at"] = timestamp(options.sent_at, "sent_at")
        if options.trusted_client_clock is not None:
            fields["trusted_client_clock"] = options.trusted_client_clock
        if options.backfill is not None:
            fields["backfill"] = options.backfill
    return fields


def identify_event(
    keys: Mapping[str, str],
    company: Any = None,
    name: str | None = None,
    traits: Mapping[str, Any] | None = None,
    *,
    options: IdentifyOptions | None = None,
) -> dict[str, Any]:
    """Validate an identify call and build its wire event (``CreateEventRequestBody``)."""
    fields = option_fields(options, IdentifyOptions)
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
    return {"event_type": "identify", "body": body, "idempotency_key": new_idempotency_key(), **fields}


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


def wire_item(event: dict[str, Any]) -> TrackItem:
    """The `TrackItem` that queues an event already in wire form."""
    return (event, None, None, None, None, None, None)


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
    options: TrackOptions | None = None,
) -> dict[str, Any]:
    """Validate a track call and build its wire event (``CreateEventRequestBody``)."""
    fields = option_fields(options, TrackOptions)
    wire = wire_event(track_item(event, company, user, traits, quantity))
    wire.update(fields)  # a caller's idempotency key replaces the SDK's
    return wire


# --- batch encoders: a list of wire events as one request ----------------------------------------

BatchRequest = Callable[[list[dict[str, Any]]], "PreparedRequest"]
"""Builds the request that sends a batch of wire events (`event_batch_request` or a capture encoder)."""


def event_batch_request(events: list[dict[str, Any]]) -> PreparedRequest:
    """The API's ``createEventBatch`` (``POST /event-batch``) for `events`."""
    from schematic_api.api.events import create_event_batch

    return create_event_batch.build_request(events=events)


def capture_event(event: Mapping[str, Any], api_key: str | None) -> dict[str, Any]:
    """A wire event in the capture format of Schematic's own SDKs: ``type`` for ``event_type``, plus the key."""
    captured = {"type" if name == "event_type" else name: value for name, value in event.items()}
    if api_key is not None:
        captured["api_key"] = api_key
    return captured


def capture_batch_request(api_key: str | None) -> BatchRequest:
    """An encoder for the capture service's ``captureEventBatch`` (``POST /batch``); each event carries
    `api_key`, as schematichq sends them. The key stays in the request body (never in a repr or log)."""

    def build(events: list[dict[str, Any]]) -> PreparedRequest:
        from schematic_api.api.capture import capture_event_batch

        return capture_event_batch.build_request(events=[capture_event(event, api_key) for event in events])

    return build


os.register_at_fork(after_in_child=_renew_key_prefix)
