"""Schematic's own rules engine (WASM, from the schematichq wheel) driven with a pinned clock.

The WASM build has no clock of its own: `RulesEngineClient` hands it the host's time in milliseconds
before every check. `OfficialEngine` hands it the test's `now` instead, so both engines see one instant.
"""

from __future__ import annotations

import asyncio
import json
from datetime import datetime, timedelta, timezone
from typing import Any

from schematic.datastream.rules_engine import RulesEngineClient, _deep_camel_to_snake, _strip_none
from schematic.types import (
    RulesengineCheckFlagResult,
    RulesengineCompany,
    RulesengineFeatureEntitlement,
    RulesengineFlag,
    RulesengineUser,
)

from schematic_ext._rules import CheckFlagResult

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def to_millis(now: datetime) -> int:
    return (now - EPOCH) // timedelta(milliseconds=1)


class OfficialEngine:
    """One initialised `RulesEngineClient` whose clock reads `now_ms`."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.client = RulesEngineClient()
        loop.run_until_complete(self.client.initialize())
        set_time = self.client._set_time_fn
        if set_time is None:
            raise RuntimeError("this rulesengine.wasm takes no time from its host")
        self.now_ms = 0
        self.client._set_time_fn = lambda store, _host_ms: set_time(store, self.now_ms)

    def version(self) -> str:
        return self.client.get_version_key()

    def check(
        self,
        flag: dict[str, Any],
        company: dict[str, Any] | None,
        user: dict[str, Any] | None,
        now: datetime,
    ) -> RulesengineCheckFlagResult:
        """The official answer, through the official SDK's own models (as its datastream client does)."""
        self.now_ms = to_millis(now)
        return self.client.check_flag(
            RulesengineFlag.model_validate(flag),
            RulesengineCompany.model_validate(company) if company is not None else None,
            RulesengineUser.model_validate(user) if user is not None else None,
        )

    def check_preflight(
        self,
        flag: dict[str, Any],
        company: dict[str, Any] | None,
        user: dict[str, Any] | None,
        now: datetime,
        preflight: dict[str, Any],
    ) -> RulesengineCheckFlagResult:
        """The official answer to a preflighted check: the envelope its `check_flag` builds, with the
        ``PreflightRequestBody`` as the engine's options block (integers, as the SDK rounds them)."""
        self.now_ms = to_millis(now)
        envelope = {
            "flag": _strip_none(
                RulesengineFlag.model_validate(flag).model_dump(exclude_none=True, mode="json")
            ),
            "company": None
            if company is None
            else _strip_none(
                RulesengineCompany.model_validate(company).model_dump(exclude_none=True, mode="json")
            ),
            "user": None
            if user is None
            else _strip_none(RulesengineUser.model_validate(user).model_dump(exclude_none=True, mode="json")),
            "options": preflight,
        }
        answer = self.client._call_wasm(json.dumps(envelope))
        return RulesengineCheckFlagResult(**_deep_camel_to_snake(json.loads(answer)))

    def check_raw(
        self, flag: dict[str, Any], company: dict[str, Any] | None, user: dict[str, Any] | None, now: datetime
    ) -> RulesengineCheckFlagResult:
        """The official answer to JSON the SDK's models would refuse (Go-style `null` lists), sent as is."""
        self.now_ms = to_millis(now)
        answer = self.client._call_wasm(json.dumps({"flag": flag, "company": company, "user": user}))
        return RulesengineCheckFlagResult(**_deep_camel_to_snake(json.loads(answer)))


COMPARED = (
    "value",
    "reason",
    "rule_id",
    "rule_type",
    "flag_id",
    "flag_key",
    "company_id",
    "user_id",
    "err",
    "feature_allocation",
    "feature_usage",
    "feature_usage_event",
    "feature_usage_period",
    "feature_usage_reset_at",
    "entitlement",
)


def normalised(result: CheckFlagResult | RulesengineCheckFlagResult) -> dict[str, Any]:
    """Every compared field, the entitlement read through the official model so both sides parse alike."""
    fields = {name: getattr(result, name) for name in COMPARED}
    entitlement = fields["entitlement"]
    if isinstance(entitlement, dict):
        entitlement = RulesengineFeatureEntitlement.model_validate(entitlement)
    fields["entitlement"] = None if entitlement is None else entitlement.model_dump()
    return fields


def differences(ours: CheckFlagResult, theirs: RulesengineCheckFlagResult) -> dict[str, tuple[Any, Any]]:
    """Field: (ours, official) for every compared field where the two engines disagree."""
    a, b = normalised(ours), normalised(theirs)
    return {name: (a[name], b[name]) for name in COMPARED if a[name] != b[name]}
