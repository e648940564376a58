"""An OpenFeature provider: Schematic flags behind the CNCF standard API (``pip install schematic-ext[openfeature]``).

``api.set_provider(SchematicProvider(Schematic(...)))``, then ``api.get_client().get_boolean_value(...)``.
Schematic flags are booleans: a boolean evaluation goes through `check_flag_with_entitlement` (caches,
breaker and fallbacks included); any other type answers the caller's default with ``TYPE_MISMATCH``.

The evaluation context names the company and the user by their Schematic keys:

* ``company.<key>`` / ``user.<key>`` attributes (``{"company.id": "acme", "user.email": "a@acme.test"}``),
  or ``company`` / ``user`` attributes holding a mapping of keys;
* the targeting key is the user's ``user_id`` key (set `targeting_key_name` to use another).

Tracking maps to `track()` (the details' ``value`` is the quantity, its attributes the traits), and the
provider's shutdown shuts the client down.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from openfeature.evaluation_context import EvaluationContext
from openfeature.exception import ErrorCode
from openfeature.flag_evaluation import FlagResolutionDetails, FlagValueType, Reason
from openfeature.provider import AbstractProvider, Metadata
from openfeature.track import TrackingEventDetails

from ._client import AsyncSchematic, Schematic
from ._events.methods import EventMethods
from ._flags import REASON_NOT_FOUND, REASON_OFFLINE, CheckFlagOptions, CheckFlagResult

__all__ = ["SchematicProvider"]

_T = TypeVar("_T")
_PREFIXES = ("company", "user")


def _keys(context: EvaluationContext | None, targeting_key_name: str) -> dict[str, dict[str, str]]:
    """The company and user keys an evaluation context names (see the module docstring)."""
    keys: dict[str, dict[str, str]] = {"company": {}, "user": {}}
    if context is None:
        return keys
    for name, value in context.attributes.items():
        entity, dot, key = name.partition(".")
        if entity not in _PREFIXES:
            continue
        if dot and key and isinstance(value, str):
            keys[entity][key] = value
        elif not dot and isinstance(value, Mapping):
            keys[entity].update({k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)})
    if context.targeting_key:
        keys["user"].setdefault(targeting_key_name, context.targeting_key)
    return keys


def _details(result: CheckFlagResult) -> FlagResolutionDetails[bool]:
    """OpenFeature's view of a check: reason, variant, metadata, and an error code when it fell back."""
    metadata = {
        name: value
        for name in ("flag_id", "rule_id", "rule_type", "company_id", "user_id")
        if isinstance(value := getattr(result, name), str)
    }
    variant = "on" if result.value else "off"
    if result.reason == REASON_NOT_FOUND:
        return FlagResolutionDetails(
            result.value, ErrorCode.FLAG_NOT_FOUND, f"flag {result.flag!r} not found", Reason.ERROR, variant
        )
    if result.reason == REASON_OFFLINE or result.reason.startswith("default value ("):
        message = result.error or "the client is offline"
        return FlagResolutionDetails(result.value, ErrorCode.GENERAL, message, Reason.ERROR, variant)
    if result.reason.startswith("stale value ("):
        return FlagResolutionDetails(result.value, None, result.error, Reason.STALE, variant, metadata)
    reason = Reason.DEFAULT if result.rule_type in (None, "default") else Reason.TARGETING_MATCH
    return FlagResolutionDetails(result.value, None, None, reason, variant, metadata)


def _mismatch(flag_key: str, default_value: _T, kind: str) -> FlagResolutionDetails[_T]:
    message = f"Schematic flags are booleans; {flag_key!r} was asked for as {kind}"
    return FlagResolutionDetails(default_value, ErrorCode.TYPE_MISMATCH, message, Reason.ERROR)


class SchematicProvider(AbstractProvider):
    """OpenFeature provider on a `Schematic` (sync and async evaluation) or an `AsyncSchematic` (async)."""

    def __init__(self, client: Schematic | AsyncSchematic, *, targeting_key_name: str = "user_id") -> None:
        if not isinstance(client, (Schematic, AsyncSchematic)):
            raise TypeError(f"client must be a Schematic or AsyncSchematic, got {type(client).__name__}")
        if not isinstance(targeting_key_name, str) or not targeting_key_name:
            raise ValueError(f"targeting_key_name must be a non-empty str, got {targeting_key_name!r}")
        super().__init__()
        self.client = client
        self._targeting_key_name = targeting_key_name

    def get_metadata(self) -> Metadata:
        """The provider's name, as OpenFeature's events and logs show it."""
        return Metadata(name="schematic")

    def shutdown(self) -> None:
        """Deliver queued events and release the client (a sync client only; close an async one yourself)."""
        if isinstance(self.client, Schematic):
            self.client.close()

    # -- booleans: the one type Schematic flags have

    def resolve_boolean_details(
        self, flag_key: str, default_value: bool, evaluation_context: EvaluationContext | None = None
    ) -> FlagResolutionDetails[bool]:
        """`check_flag_with_entitlement` for the context's company and user; never raises."""
        if not isinstance(self.client, Schematic):
            message = "an AsyncSchematic resolves only through OpenFeature's *_async methods"
            return FlagResolutionDetails(default_value, ErrorCode.GENERAL, message, Reason.ERROR)
        keys = _keys(evaluation_context, self._targeting_key_name)
        result = self.client.check_flag_with_entitlement(
            flag_key,
            keys["company"] or None,
            keys["user"] or None,
            CheckFlagOptions(default_value=default_value),
        )
        return _details(result)

    async def resolve_boolean_details_async(
        self, flag_key: str, default_value: bool, evaluation_context: EvaluationContext | None = None
    ) -> FlagResolutionDetails[bool]:
        """The same without blocking the event loop (a sync client's check runs in a thread)."""
        if isinstance(self.client, Schematic):
            return await asyncio.to_thread(
                self.resolve_boolean_details, flag_key, default_value, evaluation_context
            )
        keys = _keys(evaluation_context, self._targeting_key_name)
        result = await self.client.check_flag_with_entitlement(
            flag_key,
            keys["company"] or None,
            keys["user"] or None,
            CheckFlagOptions(default_value=default_value),
        )
        return _details(result)

    # -- every other type: the caller's default, with TYPE_MISMATCH

    def resolve_string_details(
        self, flag_key: str, default_value: str, evaluation_context: EvaluationContext | None = None
    ) -> FlagResolutionDetails[str]:
        """Schematic has no string flags: the default, with ``TYPE_MISMATCH``."""
        return _mismatch(flag_key, default_value, "a string")

    def resolve_integer_details(
        self, flag_key: str, default_value: int, evaluation_context: EvaluationContext | None = None
    ) -> FlagResolutionDetails[int]:
        """Schematic has no integer flags: the default, with ``TYPE_MISMATCH``."""
        return _mismatch(flag_key, default_value, "an integer")

    def resolve_float_details(
        self, flag_key: str, default_value: float, evaluation_context: EvaluationContext | None = None
    ) -> FlagResolutionDetails[float]:
        """Schematic has no float flags: the default, with ``TYPE_MISMATCH``."""
        return _mismatch(flag_key, default_value, "a float")

    def resolve_object_details(
        self,
        flag_key: str,
        default_value: Sequence[FlagValueType] | Mapping[str, FlagValueType],
        evaluation_context: EvaluationContext | None = None,
    ) -> FlagResolutionDetails[Sequence[FlagValueType] | Mapping[str, FlagValueType]]:
        """Schematic has no object flags: the default, with ``TYPE_MISMATCH``."""
        return _mismatch(flag_key, default_value, "an object")

    # -- tracking

    def track(
        self,
        tracking_event_name: str,
        evaluation_context: EvaluationContext | None = None,
        tracking_event_details: TrackingEventDetails | None = None,
    ) -> None:
        """`track()` for the context's company and user; the details' value is the quantity."""
        keys = _keys(evaluation_context, self._targeting_key_name)
        quantity: int | None = None
        traits: dict[str, Any] | None = None
        if tracking_event_details is not None:
            if tracking_event_details.value is not None:
                quantity = int(tracking_event_details.value)
            traits = dict(tracking_event_details.attributes) or None
        company, user = keys["company"] or None, keys["user"] or None
        if isinstance(self.client, Schematic):
            self.client.track(tracking_event_name, company, user, traits, quantity)
        else:  # AsyncSchematic.track only enqueues: the same call, without an event loop
            EventMethods.track(self.client, tracking_event_name, company, user, traits, quantity)
