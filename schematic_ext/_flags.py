"""Flag checks: the logic `Schematic` and `AsyncSchematic` share, written once.

A check is a *plan*: a generator that does the pure work (validation, cache keys, the in-process cache,
the circuit breaker, the fallback chain) and yields the effects that need I/O — `CacheGet` / `CacheSet` on
a user's or Redis provider and `Fetch` for the API call. The sync client performs effects directly, the
async client awaits them; both send the outcome back into the same plan.

Fallback chain when the API cannot answer: the last value seen for the key and context (even if
expired), the per-call default, `set_flag_default(s)`, the configured `flag_defaults`, then False.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import inspect
import json
import logging
import math
import time
from collections.abc import Callable, Generator, Hashable, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from ._breaker import CircuitBreaker
from ._errors import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    InternalServerError,
    NotFoundError,
    ResponseValidationError,
    TooManyRequestsError,
)
from ._validators import as_validator, bounded_str, non_negative_number, optional, positive_number
from .cache import LocalCache

if TYPE_CHECKING:
    from schematic_api.client import PreparedRequest
    from schematic_api.models.check_flag_response_data import CheckFlagResponseData
    from schematic_api.models.feature_entitlement import FeatureEntitlement

    from ._config import SchematicConfig
    from ._datastream.checks import LocalChecks

__all__ = [
    "REASON_NOT_FOUND",
    "REASON_OFFLINE",
    "CheckFlagOptions",
    "CheckFlagResult",
    "EventUsage",
    "cache_key",
    "string_cache_key",
]

REASON_OFFLINE = "offline"
REASON_NOT_FOUND = "flag not found"
CAUSE_CIRCUIT_OPEN = "circuit open"
# How many last-seen values are kept for stale-if-error, independent of the caches' size and TTL.
STALE_MAX_ENTRIES = 10_000
# Fallback results are immutable and reused, so an open circuit answers in microseconds.
FALLBACK_MEMO_MAX = 4096
INT64_MAX = 2**63 - 1
MAX_EVENT_SUBTYPE = 128  # PreflightEventUsageRequestBody.event_subtype's maxLength

Key = tuple[Hashable, ...]
"""In-process cache key: (flag_key, company_k, company_v, user_k, user_v); see `cache_key`."""


def _default_value(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not isinstance(value, bool) and not callable(value):
        raise TypeError(
            f"default_value must be a bool or a callable returning one, got {type(value).__name__}"
        )


def _quantity(value: Any, name: str) -> int:
    """A finite number >= 0 as the preflight's int64, rounded up: the check must not pass on less usage
    than the action is about to record."""
    number = non_negative_number(value, name)
    if number > INT64_MAX:
        raise ValueError(f"{name} must be at most {INT64_MAX}, got {value!r}")
    return min(math.ceil(number), INT64_MAX)


def _event_subtype(value: Any, name: str) -> str:
    return bounded_str(value, name, MAX_EVENT_SUBTYPE)


@attrs.frozen
class EventUsage:
    """Usage of one event subtype, for a preflighted check (`CheckFlagOptions.event_usage`)."""

    event_subtype: str = attrs.field(validator=as_validator(_event_subtype))
    quantity: float = attrs.field(validator=as_validator(_quantity))


def _event_usage(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not isinstance(value, EventUsage):
        raise TypeError(f"event_usage must be an EventUsage or None, got {type(value).__name__}")


def _credit_costs(value: Any) -> Mapping[str, float] | None:
    """``{credit id: cost}``, each cost a finite number >= 0, copied so the options stay immutable."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise TypeError(f"credit_cost must be a mapping of credit id to cost, got {type(value).__name__}")
    costs = {}
    for credit_id, cost in value.items():
        if not isinstance(credit_id, str) or not credit_id:
            raise TypeError(f"credit_cost keys must be credit ids (non-empty str), got {credit_id!r}")
        costs[credit_id] = non_negative_number(cost, f"credit_cost[{credit_id!r}]")
    return MappingProxyType(costs)


@attrs.frozen(kw_only=True)
class CheckFlagOptions:
    """Per-check options: the value to use if the API cannot answer, how long to wait for it, and a
    preflight ("would this action be allowed?"): `usage` moves every numeric condition, `event_usage`
    the conditions of its event subtype, `credit_cost` prices credits directly. A preflighted check is
    never read from or written to the flag cache, and falls back to the default, not a stale value.
    """

    default_value: bool | Callable[[], bool] | None = attrs.field(default=None, validator=_default_value)
    timeout: float | None = attrs.field(default=None, validator=as_validator(optional(positive_number)))
    usage: float | None = attrs.field(default=None, validator=as_validator(optional(_quantity)))
    event_usage: EventUsage | None = attrs.field(default=None, validator=_event_usage)
    credit_cost: Mapping[str, float] | None = attrs.field(default=None, converter=_credit_costs)

    @property
    def preflighted(self) -> bool:
        """Whether the check asks against usage not recorded yet (and so bypasses the caches)."""
        return self.usage is not None or self.event_usage is not None or self.credit_cost is not None

    def preflight(self) -> dict[str, Any] | None:
        """The ``PreflightRequestBody`` these options ask against, or None for a plain check."""
        if not self.preflighted:
            return None
        body: dict[str, Any] = {}
        if self.usage is not None:
            body["usage"] = _quantity(self.usage, "usage")
        if self.event_usage is not None:
            quantity = _quantity(self.event_usage.quantity, "quantity")
            body["event_usage"] = {"event_subtype": self.event_usage.event_subtype, "quantity": quantity}
        if self.credit_cost is not None:
            body["credit_cost"] = dict(self.credit_cost)
        return body


def preflight_of(options: CheckFlagOptions | None) -> dict[str, Any] | None:
    """The preflight a check's options ask against, or None."""
    return None if options is None else options.preflight()


_OPTIONAL_FIELDS = ("flag_id", "rule_id", "rule_type", "company_id", "user_id", "entitlement", "error")


@attrs.frozen(kw_only=True)
class CheckFlagResult:
    """The outcome of a flag check: the value and why, with the rule and entitlement when the API gave them.

    ``reason`` says where a value came from when it is not the API's answer: ``"offline"``,
    ``"flag not found"``, ``"stale value (…)"`` or ``"default value (…)"``; `error` then holds the cause.
    Its fields are a subset of the generated ``CheckFlagResponseData``, which parses and encodes it.
    """

    flag: str
    value: bool
    reason: str
    flag_id: str | None = None
    rule_id: str | None = None
    rule_type: str | None = None
    company_id: str | None = None
    user_id: str | None = None
    entitlement: FeatureEntitlement | None = None
    error: str | None = None

    @classmethod
    def from_model(cls, data: CheckFlagResponseData) -> CheckFlagResult:
        """From the generated response model: the one place the wire shape is read."""
        from schematic_api.types import Unset

        optional = {}
        for name in _OPTIONAL_FIELDS:
            value = getattr(data, name)
            optional[name] = None if isinstance(value, Unset) else value
        return cls(flag=data.flag, value=data.value, reason=data.reason, **optional)

    def to_dict(self) -> dict[str, Any]:
        """The API's JSON shape (``CheckFlagResponseData``), None fields left out; used by Redis caches."""
        from schematic_api.models.check_flag_response_data import CheckFlagResponseData

        optional = {name: getattr(self, name) for name in _OPTIONAL_FIELDS if getattr(self, name) is not None}
        return CheckFlagResponseData(
            flag=self.flag, value=self.value, reason=self.reason, **optional
        ).to_dict()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CheckFlagResult:
        """Build from the API's JSON (or `to_dict` output); ValueError if it is not that shape."""
        flag, value, reason = data.get("flag"), data.get("value"), data.get("reason")
        if not isinstance(flag, str) or not isinstance(value, bool) or not isinstance(reason, str):
            raise ValueError("a flag check result needs flag (str), value (bool) and reason (str)")
        from schematic_api.models.check_flag_response_data import CheckFlagResponseData

        return cls.from_model(CheckFlagResponseData.from_dict(data))


def _flight_part(preflight: Mapping[str, Any]) -> str:
    """A preflight's part of a single-flight key: only identical questions share a request."""
    return json.dumps(preflight, sort_keys=True)


def _nothing_to_store(result: object) -> Entries:
    """A preflighted answer is not the flag's answer for the context, so no cache keeps it."""
    return []


def parse_check_flag(response: httpx.Response) -> CheckFlagResult:
    """`POST /flags/{key}/check` -> the result (the base client wraps parse errors)."""
    from schematic_api.api.features import check_flag

    return CheckFlagResult.from_model(check_flag.parse_response(response).data)


def parse_check_flags(response: httpx.Response) -> dict[str, CheckFlagResult]:
    """`POST /flags/check` -> {flag key: result}."""
    from schematic_api.api.features import check_flags

    results = (CheckFlagResult.from_model(item) for item in check_flags.parse_response(response).data.flags)
    return {result.flag: result for result in results}


# ---------------------------------------------------------------------------------------------- keys


def _context_part(context: Mapping[str, str] | None) -> tuple[Hashable, Hashable]:
    if not context:
        return None, None
    if len(context) == 1:
        for name in context:
            return name, context[name]
    return tuple(sorted(context.items())), None


def cache_key(flag_key: str, company: Mapping[str, str] | None, user: Mapping[str, str] | None) -> Key:
    """The in-process key: cheap to build and hash, independent of the order of keys in the dicts.

    A one-key context is its (name, value); a larger one its sorted items and None; no context None, None.
    `Schematic.check_flag` builds the same tuple inline on its hot path.
    """
    return (flag_key, *_context_part(company), *_context_part(user))


def string_cache_key(flag_key: str, company: Mapping[str, str] | None, user: Mapping[str, str] | None) -> str:
    """schematichq's key (``flag:company:k=v;…:user:k=v;…``), for providers shared between processes."""
    parts = [flag_key]
    if company:
        parts.append("company:" + ";".join(f"{k}={v}" for k, v in sorted(company.items())))
    if user:
        parts.append("user:" + ";".join(f"{k}={v}" for k, v in sorted(user.items())))
    return ":".join(parts)


# ---------------------------------------------------------------------------------------- validation


def check_flag_key(flag_key: Any, name: str = "flag_key") -> str:
    """A non-empty str, else TypeError/ValueError naming the argument."""
    if not isinstance(flag_key, str):
        raise TypeError(f"{name} must be a str, got {type(flag_key).__name__}")
    if not flag_key:
        raise ValueError(f"{name} must not be empty")
    return flag_key


def check_context(name: str, context: Any) -> Mapping[str, str] | None:
    """None or a mapping of str to str (an empty one counts as None)."""
    if context is None:
        return None
    if not isinstance(context, Mapping):
        raise TypeError(
            f"{name} must be a mapping of str to str such as {{'id': 'acme'}}, got {type(context).__name__}"
        )
    for key, value in context.items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise TypeError(f"{name} must map str to str; {key!r}: {value!r} is {type(value).__name__}")
    return context or None


def check_options(options: Any) -> CheckFlagOptions | None:
    if options is not None and not isinstance(options, CheckFlagOptions):
        raise TypeError(f"options must be a CheckFlagOptions, got {type(options).__name__}")
    return options


def check_defaults(values: Any, name: str = "flag_defaults") -> dict[str, bool]:
    """A mapping of flag key to bool."""
    if not isinstance(values, Mapping):
        raise TypeError(f"{name} must be a mapping of flag key to bool, got {type(values).__name__}")
    for key, value in values.items():
        if not isinstance(key, str) or not isinstance(value, bool):
            raise TypeError(f"{name} must map str to bool; {key!r}: {value!r} is {type(value).__name__}")
    return dict(values)


# ------------------------------------------------------------------------------------------- effects


class ProviderSlot:
    """One configured cache provider and whether it is failing (so the warning is logged once)."""

    __slots__ = ("failing", "is_async", "local", "provider")

    def __init__(self, provider: Any) -> None:
        self.provider = provider
        self.local = isinstance(provider, LocalCache)
        self.is_async = inspect.iscoroutinefunction(getattr(provider, "get", None))
        self.failing = False


class CacheGet:
    """Effect: read `key` from a provider; the driver returns the raw value, or None if it failed."""

    __slots__ = ("key", "slot")

    def __init__(self, slot: ProviderSlot, key: str) -> None:
        self.slot, self.key = slot, key

    def call(self) -> Any:
        return self.slot.provider.get(self.key)


class CacheSet:
    """Effect: write `value` under `key` to a provider."""

    __slots__ = ("key", "slot", "value")

    def __init__(self, slot: ProviderSlot, key: str, value: CheckFlagResult) -> None:
        self.slot, self.key, self.value = slot, key, value

    def call(self) -> Any:
        return self.slot.provider.set(self.key, self.value)


Entries = list[tuple[Key, str, CheckFlagResult]]


class Fetch:
    """Effect: one API call through single-flight; the driver answers `Outcome`.

    The caller waits up to `timeout`; the request itself may run up to `request_timeout` (at least
    ``flag_check_timeout``), so a caller with a shorter deadline does not cut it short for everyone.
    Inside the flight the driver reports the request's outcome to `FlagCore.record` and, after a
    success, runs the plan ``core.store(entries(value))``, so the breaker hears what the API did and the
    caches fill even when every waiter has given up.
    """

    __slots__ = ("entries", "flight_key", "parse", "prepared", "request_timeout", "timeout")

    def __init__(
        self,
        flight_key: Hashable,
        prepared: PreparedRequest,
        parse: Callable[[httpx.Response], Any],
        timeout: float,
        request_timeout: float,
        entries: Callable[[Any], Entries],
    ) -> None:
        self.flight_key, self.prepared, self.parse = flight_key, prepared, parse
        self.timeout, self.request_timeout, self.entries = timeout, request_timeout, entries

    def request_options(self) -> dict[str, Any]:
        """No retries inside a flag check: the deadline and the breaker decide."""
        return {"max_retries": 0, "timeout_in_seconds": self.request_timeout}


class Outcome:
    """What a `Fetch` gave this caller: a value, or an error (the request's, or its own deadline's)."""

    __slots__ = ("error", "value")

    def __init__(self, value: Any, error: BaseException | None) -> None:
        self.value, self.error = value, error


class Wait:
    """Effect: wait up to `timeout` for the datastream to deliver what a local check lacks.

    The driver makes a waiter (a thread event, or a future set through the loop), hands it to
    `register` (False: nothing can arrive, so it does not wait), waits, then calls `unregister`; it
    answers whether it waited. The waiter is called on the connection's thread.
    """

    __slots__ = ("register", "timeout", "unregister")

    def __init__(
        self,
        register: Callable[[Callable[[], None]], bool],
        unregister: Callable[[Callable[[], None]], None],
        timeout: float,
    ) -> None:
        self.register, self.unregister, self.timeout = register, unregister, timeout


Effect = CacheGet | CacheSet | Fetch | Wait
Plan = Generator[Effect, Any, Any]

_TIMEOUTS = (TimeoutError, asyncio.TimeoutError, concurrent.futures.TimeoutError, ApiTimeoutError)
_BREAKER_FAILURES = (
    *_TIMEOUTS,
    ApiConnectionError,
    InternalServerError,
    TooManyRequestsError,
    ResponseValidationError,
)


def _describe(error: BaseException, timeout: float) -> str:
    if isinstance(error, _TIMEOUTS):
        return f"timed out after {timeout:g}s"
    if isinstance(error, ApiConnectionError):
        return "connection error"
    if isinstance(error, ApiError):
        return f"API error (HTTP {error.status_code})"
    return f"unexpected error ({type(error).__name__})"


# ---------------------------------------------------------------------------------------------- core


class FlagCore:
    """The state behind one client's flag checks: caches, last-seen values, defaults and the breaker."""

    def __init__(
        self,
        config: SchematicConfig,
        logger: logging.Logger,
        *,
        allow_async_providers: bool,
        local: LocalChecks | None = None,
    ) -> None:
        self.logger = logger
        # With datastream on, checks are evaluated from the snapshot first (`_local`); the caches then
        # hold only the API's answers, for when the snapshot cannot answer.
        self.local = local
        self.offline = config.offline
        self.timeout = config.flag_check_timeout
        self.configured_defaults: Mapping[str, bool] = config.flag_defaults
        self.defaults: dict[str, bool] = {}
        providers: Sequence[Any] = (
            [LocalCache[CheckFlagResult]()] if config.cache_providers is None else config.cache_providers
        )
        self.slots = [ProviderSlot(p) for p in providers]
        for index, slot in enumerate(self.slots):
            if slot.is_async and not allow_async_providers:
                raise TypeError(
                    f"cache_providers[{index}] ({type(slot.provider).__name__}) is async; "
                    "use AsyncSchematic, or a sync provider such as RedisCache"
                )
        first = self.slots[0].provider if self.slots else None
        # The hot path reads the first provider's dict directly when it is a LocalCache.
        self.fast = first._data if isinstance(first, LocalCache) and local is None else None
        self.needs_string_key = any(not slot.local for slot in self.slots)
        self.stale: LocalCache[CheckFlagResult] = LocalCache(STALE_MAX_ENTRIES, None)
        self._fallbacks: dict[tuple[Key, str], tuple[CheckFlagResult | bool, CheckFlagResult]] = {}
        self.all_local = all(slot.local for slot in self.slots)
        self.breaker = CircuitBreaker(
            config.circuit_breaker_threshold, config.circuit_breaker_cooldown, logger=logger
        )

    # -- defaults

    def set_default(self, flag_key: str, value: bool) -> None:
        check_flag_key(flag_key)
        if not isinstance(value, bool):
            raise TypeError(f"value must be a bool, got {type(value).__name__}")
        self.defaults[flag_key] = value

    def set_defaults(self, values: Mapping[str, bool]) -> None:
        self.defaults.update(check_defaults(values, "values"))

    def default_value(self, flag_key: str, options: CheckFlagOptions | None) -> bool:
        """Per-call default, then `set_flag_default(s)`, then configured `flag_defaults`, then False."""
        if options is not None and options.default_value is not None:
            default = options.default_value
            if not callable(default):
                return default
            try:
                return bool(default())
            except Exception:
                self.logger.exception("schematic: the default_value callable for %r raised", flag_key)
        if flag_key in self.defaults:
            return self.defaults[flag_key]
        return self.configured_defaults.get(flag_key, False)

    def _default_result(
        self, flag_key: str, options: CheckFlagOptions | None, reason: str
    ) -> CheckFlagResult:
        return CheckFlagResult(flag=flag_key, value=self.default_value(flag_key, options), reason=reason)

    def fallback(
        self, flag_key: str, key: Key, options: CheckFlagOptions | None, cause: str
    ) -> CheckFlagResult:
        """The last value seen for this key and context, else the default; the reason names the cause.

        A preflighted check gets the default: the last plain answer is not the answer to its question.
        """
        preflighted = options is not None and options.preflighted
        entry = None if preflighted else self.stale._data.get(key)
        source: CheckFlagResult | bool = self.default_value(flag_key, options) if entry is None else entry[1]
        memo_key = (key, cause)
        memo = self._fallbacks.get(memo_key)
        if memo is not None and memo[0] is source:
            return memo[1]
        if isinstance(source, CheckFlagResult):
            result = attrs.evolve(source, reason=f"stale value ({cause})", error=cause)
        else:
            result = CheckFlagResult(
                flag=flag_key, value=source, reason=f"default value ({cause})", error=cause
            )
        if len(self._fallbacks) >= FALLBACK_MEMO_MAX:
            self._fallbacks.clear()
        self._fallbacks[memo_key] = (source, result)
        return result

    def all_default_keys(self) -> list[str]:
        return list({**self.configured_defaults, **self.defaults})

    # -- providers

    def provider_failed(self, slot: ProviderSlot, exc: Exception) -> None:
        """A provider raised: skip it for this call; warn once until it works again."""
        if not slot.failing:
            slot.failing = True
            self.logger.warning(
                "schematic: cache provider %s failed (%s: %s); skipping it until it recovers",
                type(slot.provider).__name__,
                type(exc).__name__,
                exc,
            )

    def provider_ok(self, slot: ProviderSlot) -> None:
        if slot.failing:
            slot.failing = False
            self.logger.info("schematic: cache provider %s works again", type(slot.provider).__name__)

    def _coerce(self, slot: ProviderSlot, raw: Any) -> CheckFlagResult | None:
        if isinstance(raw, CheckFlagResult):
            return raw
        if isinstance(raw, Mapping):
            try:
                return CheckFlagResult.from_dict(raw)
            except (ValueError, TypeError, KeyError) as exc:
                self.provider_failed(slot, exc)
        return None

    def _put(self, slot: ProviderSlot, key: Key, skey: str, result: CheckFlagResult) -> Plan:
        if slot.local:
            slot.provider.set(key, result)
        else:
            yield CacheSet(slot, skey, result)

    def cached(self, flag_key: Any, company: Any, user: Any, options: Any) -> CheckFlagResult | None:
        """A fresh entry of the first LocalCache, or with datastream the answer from what the snapshot
        holds; None otherwise (then run the full `check_flag` plan)."""
        local = self.local
        if local is not None:  # a held answer does not depend on the default or timeout
            if options is None or (type(options) is CheckFlagOptions and not options.preflighted):
                return local.held_answer(flag_key, company, user)
            return None
        fast = self.fast
        if options is not None or fast is None:
            return None
        try:
            key = cache_key(flag_key, company, user)
            entry = fast.get(key)
            if entry is not None and entry[0] > time.monotonic():
                fast.move_to_end(key)
                result: CheckFlagResult = entry[1]
                return result
        except Exception:  # bad arguments: the full plan raises the proper error
            pass
        return None

    def local_lookup(self, key: Key) -> CheckFlagResult | None:
        """`lookup` when every provider is a LocalCache: no effects, so no generator."""
        for slot in self.slots:
            result: CheckFlagResult | None = slot.provider.get(key)
            if result is not None:
                return result
        return None

    def lookup(self, key: Key, skey: str) -> Plan:
        """The first provider's fresh value (earlier providers are refilled from a later hit), else None."""
        for index, slot in enumerate(self.slots):
            raw = slot.provider.get(key) if slot.local else (yield CacheGet(slot, skey))
            if raw is None:
                continue
            result = self._coerce(slot, raw)
            if result is not None:
                for earlier in self.slots[:index]:
                    yield from self._put(earlier, key, skey, result)
                return result
        return None

    def store(self, entries: Entries) -> Plan:
        """Remember fresh answers for stale-if-error and write them to every provider."""
        for key, skey, result in entries:
            self.stale.set(key, result)
            for slot in self.slots:
                yield from self._put(slot, key, skey, result)

    # -- API outcomes

    def record(self, error: BaseException | None, elapsed: float, timeout: float) -> None:
        """Feed the breaker from one request's own outcome, in the flight (never from a waiter's deadline).

        Transport errors, timeouts, 429, 5xx, unreadable answers and answers slower than `timeout` count
        as failures; a 404 or another 4xx is an answer from a healthy API. Failures are logged once here.
        """
        if error is None:
            if elapsed <= timeout:
                self.breaker.record_success()
                return
            self.breaker.record_failure()
            self.logger.info(
                "schematic: flag check answered after %.2fs, over its %gs timeout", elapsed, timeout
            )
            return
        if isinstance(error, _BREAKER_FAILURES) or not isinstance(error, ApiError):
            self.breaker.record_failure()
        else:
            self.breaker.record_success()
        if isinstance(error, NotFoundError):
            return
        if isinstance(error, (ApiError, *_TIMEOUTS)):
            self.logger.info("schematic: flag check failed: %s", _describe(error, timeout))
        else:
            self.logger.warning("schematic: flag check failed unexpectedly", exc_info=error)

    @staticmethod
    def _cause(outcome: Outcome, timeout: float) -> str | None:
        """Why this caller has no answer (the request failed, or its own deadline passed), or None."""
        return None if outcome.error is None else _describe(outcome.error, timeout)

    # -- plans

    def _timeout(self, options: CheckFlagOptions | None) -> float:
        return self.timeout if options is None or options.timeout is None else options.timeout

    def _entity_wait(self, timeout: float) -> float:
        """How long a local check waits for the stream: the entity request timeout, and never more than
        half the check's, so the API can still answer in the other half."""
        assert self.local is not None
        return min(self.local.entity_timeout, timeout / 2)

    def _keys(
        self, flag_key: str, company: Mapping[str, str] | None, user: Mapping[str, str] | None
    ) -> tuple[Key, str]:
        skey = string_cache_key(flag_key, company, user) if self.needs_string_key else ""
        return cache_key(flag_key, company, user), skey

    def check_flag(self, flag_key: Any, company: Any, user: Any, options: Any) -> Plan:
        """Plan for one check; returns a `CheckFlagResult`. Bad arguments raise before any I/O."""
        check_flag_key(flag_key)
        company = check_context("company", company)
        user = check_context("user", user)
        check_options(options)
        if self.offline:
            return self._default_result(flag_key, options, REASON_OFFLINE)
        timeout = self._timeout(options)
        key, skey = self._keys(flag_key, company, user)
        preflight = preflight_of(options)
        if self.local is not None:
            started = time.monotonic()
            wait = self._entity_wait(timeout)
            answers = yield from self.local.check((flag_key,), company, user, wait, preflight)
            if answers is not None:
                answer = answers[0]
                if isinstance(answer, CheckFlagResult):
                    return answer
                return self._default_result(flag_key, options, REASON_NOT_FOUND)
            timeout -= time.monotonic() - started
            if timeout <= 0:
                return self.fallback(
                    flag_key, key, options, _describe(TimeoutError(), self._timeout(options))
                )
        if preflight is None:
            hit = self.local_lookup(key) if self.all_local else (yield from self.lookup(key, skey))
            if hit is not None:
                return hit
        if not self.breaker.allow():
            return self.fallback(flag_key, key, options, CAUSE_CIRCUIT_OPEN)
        from schematic_api.api.features import check_flag as operation
        from schematic_api.types import UNSET

        prepared = operation.build_request(
            key=flag_key, company=company or UNSET, user=user or UNSET, preflight=preflight or UNSET
        )
        outcome = yield Fetch(
            key if preflight is None else (key, _flight_part(preflight)),
            prepared,
            parse_check_flag,
            timeout,
            max(timeout, self.timeout),
            (lambda result: [(key, skey, result)]) if preflight is None else _nothing_to_store,
        )
        cause = self._cause(outcome, timeout)
        if cause is None:
            result: CheckFlagResult = outcome.value
            return result
        if isinstance(outcome.error, NotFoundError):
            return self._default_result(flag_key, options, REASON_NOT_FOUND)
        return self.fallback(flag_key, key, options, cause)

    def check_flags(self, flag_keys: Any, company: Any, user: Any, options: Any) -> Plan:
        """Plan for `check_flags`: every flag for the context in one request; returns a list of results.

        With `flag_keys`, answers from the caches when all are fresh; otherwise one request, after which
        keys the API does not know are "flag not found". Without keys, every flag the API returns (an
        empty list if the API cannot answer).
        """
        keys = self._flag_keys(flag_keys)
        company = check_context("company", company)
        user = check_context("user", user)
        check_options(options)
        if self.offline:
            return [
                self._default_result(k, options, REASON_OFFLINE)
                for k in (keys if keys is not None else self.all_default_keys())
            ]
        pairs = [self._keys(k, company, user) for k in keys or ()]
        timeout = self._timeout(options)
        preflight = preflight_of(options)
        if self.local is not None:
            started = time.monotonic()
            answers = yield from self.local.check(keys, company, user, self._entity_wait(timeout), preflight)
            if answers is not None:
                if keys is None:
                    return answers  # every flag held, each evaluated
                return [
                    answer
                    if isinstance(answer, CheckFlagResult)
                    else self._default_result(flag, options, REASON_NOT_FOUND)
                    for flag, answer in zip(keys, answers, strict=True)
                ]
            timeout -= time.monotonic() - started
            if timeout <= 0:
                late = _describe(TimeoutError(), self._timeout(options))
                return [
                    self.fallback(k, key, options, late)
                    for k, (key, _) in zip(keys or (), pairs, strict=True)
                ]
        if keys and preflight is None:
            cached = []
            for key, skey in pairs:
                hit = yield from self.lookup(key, skey)
                if hit is None:
                    break
                cached.append(hit)
            else:
                return cached
        context = cache_key("", company, user)
        if not self.breaker.allow():
            return [
                self.fallback(k, key, options, CAUSE_CIRCUIT_OPEN)
                for k, (key, _) in zip(keys or (), pairs, strict=True)
            ]
        from schematic_api.api.features import check_flags as operation
        from schematic_api.types import UNSET

        def entries(found: dict[str, CheckFlagResult]) -> Entries:
            return [(*self._keys(flag, company, user), result) for flag, result in found.items()]

        prepared = operation.build_request(
            company=company or UNSET, user=user or UNSET, preflight=preflight or UNSET
        )
        flight_key: Hashable = ("*check_flags*", context)
        if preflight is not None:
            flight_key = (flight_key, _flight_part(preflight))
        outcome = yield Fetch(
            flight_key,
            prepared,
            parse_check_flags,
            timeout,
            max(timeout, self.timeout),
            entries if preflight is None else _nothing_to_store,
        )
        cause = self._cause(outcome, timeout)
        if cause is not None:
            return [
                self.fallback(k, key, options, cause) for k, (key, _) in zip(keys or (), pairs, strict=True)
            ]
        found: dict[str, CheckFlagResult] = outcome.value
        if keys is None:
            return list(found.values())
        return [found.get(k) or self._default_result(k, options, REASON_NOT_FOUND) for k in keys]

    @staticmethod
    def _flag_keys(flag_keys: Any) -> list[str] | None:
        if flag_keys is None:
            return None
        if isinstance(flag_keys, (str, bytes)) or not isinstance(flag_keys, Sequence):
            raise TypeError(f"flag_keys must be a list of str, got {type(flag_keys).__name__}")
        return [check_flag_key(k, "flag_keys[]") for k in flag_keys]
