"""Flag checks answered from the snapshot: the part of `FlagCore`'s plan that runs with datastream on.

`LocalChecks.check` is a sub-plan: it evaluates with `schematic_ext._rules.check_flag` when the flag,
company and user are all held; otherwise it asks the stream for what is missing and yields a `Wait`
(bounded by the entity request timeout and the check's own deadline), then evaluates or hands the check
back to the REST path. `public_result` is the one place an engine result becomes a `CheckFlagResult`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._events.wire import new_idempotency_key
from .._flags import CheckFlagResult, Plan, Wait
from .._rules import check_flag
from .._rules.memo import IdentityMemo
from .protocol import COMPANY, FLAGS, USER
from .store import CONFLICT, Entry

if TYPE_CHECKING:
    from .._config import SchematicConfig
    from .._rules import CheckFlagResult as EngineResult
    from .._rules import Company, Flag, User
    from .connection import DataStream
    from .replica import ReplicaSource

__all__ = ["NOT_FOUND", "LocalChecks", "flag_check_event", "local_checks_for", "public_result"]

DEFAULT_ENTITY_WAIT = 2.0  # seconds, schematichq's; a check also waits at most half its own timeout


class _NotFound:
    """The flag set is loaded and this flag is not in it (answered "flag not found" with the default)."""


NOT_FOUND = _NotFound()
Need = tuple[str, Mapping[str, str] | None]
LocalAnswer = CheckFlagResult | _NotFound


def _entitlement(data: dict[str, Any]) -> Any:
    """The generated ``FeatureEntitlement`` of an engine entitlement (same fields), or None if unreadable."""
    from schematic_api.models.feature_entitlement import FeatureEntitlement

    try:
        return FeatureEntitlement.from_dict(data)
    except (KeyError, TypeError, ValueError):
        return None


# The engine shares one entitlement dict per compiled company, so each is converted once.
_entitlements: IdentityMemo[dict[str, Any], Any] = IdentityMemo(_entitlement)


def public_result(result: EngineResult) -> CheckFlagResult:
    """The engine's answer as the public `CheckFlagResult`, field for field what the REST check returns."""
    return CheckFlagResult(
        flag=result.flag_key,
        value=result.value,
        reason=result.reason,
        flag_id=result.flag_id or None,
        rule_id=result.rule_id or None,
        rule_type=result.rule_type,
        company_id=result.company_id or None,
        user_id=result.user_id or None,
        entitlement=None if result.entitlement is None else _entitlements.get(result.entitlement),
        error=result.err,
    )


def flag_check_event(
    result: CheckFlagResult, company: Mapping[str, str] | None, user: Mapping[str, str] | None
) -> dict[str, Any]:
    """The ``flag_check`` event schematichq queues after a local evaluation (``EventBodyFlagCheck``)."""
    body: dict[str, Any] = {"flag_key": result.flag, "value": result.value, "reason": result.reason}
    for name, value in (
        ("flag_id", result.flag_id),
        ("rule_id", result.rule_id),
        ("company_id", result.company_id),
        ("user_id", result.user_id),
        ("req_company", dict(company) if company else None),
        ("req_user", dict(user) if user else None),
    ):
        if value is not None:
            body[name] = value
    return {"event_type": "flag_check", "body": body, "idempotency_key": new_idempotency_key()}


class LocalChecks:
    """Answers checks from one `DataStream`'s snapshot; `emit` queues each answer's flag_check event."""

    def __init__(self, stream: DataStream | ReplicaSource, entity_timeout: float) -> None:
        self.stream = stream
        self.snapshot = stream.snapshot
        self.entity_timeout = entity_timeout
        self.emit: Callable[[dict[str, Any]], None] | None = None

    def held_answer(self, flag_key: Any, company: Any, user: Any) -> CheckFlagResult | None:
        """The answer when the flag, company and user are all held: the checks' fast path, before the
        plan. None for anything else, bad arguments included (the plan then raises the proper error)."""
        try:
            flag = self.snapshot.flags.get(flag_key.lower()) if flag_key else None
            resolved = None if flag is None else self._resolve(company, user)
        except Exception:
            return None
        if flag is None or resolved is None or resolved[2]:
            return None
        return self._evaluate(flag, resolved[0], resolved[1], company, user)

    def _evaluate(
        self,
        flag: Flag,
        held_company: Company | None,
        held_user: User | None,
        company: Mapping[str, str] | None,
        user: Mapping[str, str] | None,
        preflight: Mapping[str, Any] | None = None,
    ) -> CheckFlagResult:
        """One local evaluation (against a preflight's usage when given), and its flag_check event."""
        result = public_result(check_flag(flag, held_company, held_user, preflight=preflight))
        emit = self.emit
        if emit is not None:
            emit(flag_check_event(result, company, user))
        return result

    def _resolve(
        self, company: Mapping[str, str] | None, user: Mapping[str, str] | None
    ) -> tuple[Company | None, User | None, list[Need]] | None:
        """The held company and user, with what is missing; None when the snapshot cannot tell (keys
        naming two entities) or the server recently refused the keys (see `Snapshot.refused`)."""
        needs: list[Need] = []
        held_company = held_user = None
        if company:
            found = self.snapshot.companies.find(company)
            if found is CONFLICT:
                return None
            if isinstance(found, Entry):
                held_company = found.compiled
            elif self.snapshot.refused(COMPANY, company):
                return None
            else:
                needs.append((COMPANY, company))
        if user:
            found_user = self.snapshot.users.find(user)
            if found_user is CONFLICT:
                return None
            if isinstance(found_user, Entry):
                held_user = found_user.compiled
            elif self.snapshot.refused(USER, user):
                return None
            else:
                needs.append((USER, user))
        return held_company, held_user, needs

    def _answer(
        self,
        flag_keys: Sequence[str] | None,
        company: Mapping[str, str] | None,
        user: Mapping[str, str] | None,
        preflight: Mapping[str, Any] | None,
    ) -> list[LocalAnswer] | list[Need] | None:
        """Answers for `flag_keys` (every flag held when None), what to wait for, or None (ask the API)."""
        snapshot = self.snapshot
        if not snapshot.flags_loaded:
            wanted: list[Need] = [(FLAGS, None)]
            return wanted
        resolved = self._resolve(company, user)
        if resolved is None:
            return None
        held_company, held_user, needs = resolved
        if needs:
            return needs
        flags = snapshot.flags
        chosen = list(flags.values()) if flag_keys is None else [flags.get(k.lower()) for k in flag_keys]
        return [
            NOT_FOUND
            if flag is None
            else self._evaluate(flag, held_company, held_user, company, user, preflight)
            for flag in chosen
        ]

    def check(
        self,
        flag_keys: Sequence[str] | None,
        company: Mapping[str, str] | None,
        user: Mapping[str, str] | None,
        timeout: float,
        preflight: Mapping[str, Any] | None = None,
    ) -> Plan:
        """Sub-plan: the local answers, or None to ask the API. Waits at most `timeout` in all (already
        the smaller of the entity request timeout and the check's own) for what the snapshot lacks."""
        answer = self._answer(flag_keys, company, user, preflight)
        deadline = None
        while answer and not isinstance(answer[0], (CheckFlagResult, _NotFound)):
            if deadline is None:
                deadline = time.monotonic() + timeout
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            needs: list[Need] = answer
            waited = yield Wait(self._register(needs), self._unregister(needs), remaining)
            if not waited:  # nothing can arrive (the socket is down)
                return None
            answer = self._answer(flag_keys, company, user, preflight)
            if answer == needs:  # woken without it: the server does not have it, or the socket closed
                return None
        return answer

    def _register(self, needs: list[Need]) -> Callable[[Callable[[], None]], bool]:
        def register(waiter: Callable[[], None]) -> bool:
            asked = [self.stream.ask(entity_type, keys, waiter) for entity_type, keys in needs]
            return all(asked)

        return register

    def _unregister(self, needs: list[Need]) -> Callable[[Callable[[], None]], None]:
        def unregister(waiter: Callable[[], None]) -> None:
            for entity_type, keys in needs:
                self.stream.cancel(entity_type, keys, waiter)

        return unregister

    def add_usage(self, company: Mapping[str, str], event: str, quantity: int) -> None:
        """`track()`: the held company's matching metrics count `quantity` more, so metric rules flip now."""
        self.snapshot.add_usage(company, event, quantity)


def local_checks_for(config: SchematicConfig, api_key: str, logger: logging.Logger) -> LocalChecks:
    """The datastream of a client configured with ``use_datastream=True`` (not connected until used), or
    in replicator mode the replicator's Redis (`replica`)."""
    from .._config import DataStreamConfig
    from .connection import DataStream

    settings = config.datastream if config.datastream is not None else DataStreamConfig()
    stream: DataStream | ReplicaSource
    if settings.replicator_mode:
        from .replica import replica_source

        stream = replica_source(settings, logger)
    else:
        stream = DataStream(base_url=config.base_url, api_key=api_key, settings=settings, logger=logger)
    wait_ms = settings.entity_request_timeout
    return LocalChecks(stream, DEFAULT_ENTITY_WAIT if wait_ms is None else wait_ms / 1000)
