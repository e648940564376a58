"""Evaluating a flag for a company and a user, in the order and with the answers of Schematic's engine."""

from __future__ import annotations

import time
from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from typing import Any

from .comparisons import parse_int64
from .entities import Company, User, compile_company, compile_user
from .metrics import next_reset
from .preflight import Preflight, compile_preflight
from .result import REASON_NO_RULES_MATCHED, CheckFlagResult
from .rules import Flag, Rule, UsageSource, compile_flag, ordered

__all__ = ["check_flag"]

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_MICROSECOND = timedelta(microseconds=1)


def _matches(rule: Rule, company: Company | None, user: User | None, preflight: Preflight | None) -> bool:
    """Every condition holds and every group has one that holds (a condition that cannot be read fails)."""
    for condition in rule.conditions:
        if not condition(company, user, preflight):
            return False
    for group in rule.groups:
        for condition in group:
            held = condition(company, user, preflight)
            if held:
                break
            if held is None:
                return False
        else:
            return False
    return True


def _rules_for(flag: Flag, company: Company | None, user: User | None) -> tuple[Rule, ...]:
    """The flag's rules with the company's and user's rules for this flag, in evaluation order."""
    extra_company = company.rules.get(flag.id) if company is not None and company.rules else None
    extra_user = user.rules.get(flag.id) if user is not None and user.rules else None
    if not extra_company and not extra_user:
        return flag.rules
    return ordered(flag.rules + (extra_company or ()) + (extra_user or ()))


def _now_ns(now: datetime | None) -> int:
    if now is None:
        return time.time_ns()
    if now.tzinfo is None:
        now = now.replace(tzinfo=timezone.utc)
    return (now - _EPOCH) // _MICROSECOND * 1000


def _datetime(ns: int | None) -> datetime | None:
    if ns is None:
        return None
    try:
        return _EPOCH + timedelta(microseconds=ns // 1000)
    except OverflowError:
        return None


def _usage_fields(
    source: UsageSource, company: Company, now: datetime | None
) -> tuple[int, int, str | None, str | None, datetime | None]:
    """(usage, allocation, event, period, reset time) of a matched entitlement rule's usage condition."""
    usage = 0
    allocation = source.allocation
    event = period = None
    reset_at = None
    if source.is_metric:
        event = source.event_subtype
        if source.metric is not None:
            usage = company.metrics.get(source.metric, 0)
        period = source.metric_period or "all_time"
        if source.metric_period is not None:
            reset_ns = next_reset(
                source.metric_period, source.month_reset, company.subscription, _now_ns(now)
            )
            reset_at = _datetime(reset_ns)
    elif source.trait_id is not None:
        trait = company.traits.get(source.trait_id)
        if trait is not None:
            usage = parse_int64(trait.value) or 0
    if source.comparison_id is not None:
        limit = company.traits.get(source.comparison_id)
        parsed = parse_int64(limit.value) if limit is not None else None
        if parsed is not None:
            allocation = parsed
    return usage, allocation, event, period, reset_at


def check_flag(
    flag: Mapping[str, Any] | Flag,
    company: Mapping[str, Any] | Company | None = None,
    user: Mapping[str, Any] | User | None = None,
    *,
    now: datetime | None = None,
    preflight: Mapping[str, Any] | Preflight | None = None,
) -> CheckFlagResult:
    """Evaluate `flag` (a `RulesengineFlag`) for a `RulesengineCompany` and `RulesengineUser`.

    Dicts are compiled once and memoised by identity; `now` (default: the clock, UTC) dates metric resets.
    `preflight` (a ``PreflightRequestBody``) evaluates against usage not recorded yet; a negative value
    in it answers the default with the engine's `err`, as Schematic's does.
    """
    compiled = flag if isinstance(flag, Flag) else compile_flag(flag)
    if company is not None and not isinstance(company, Company):
        company = compile_company(company)
    if user is not None and not isinstance(user, User):
        user = compile_user(user)
    asked = compile_preflight(preflight)
    if isinstance(asked, str):
        return _default(compiled, company, user, None, asked)
    entitlement = company.entitlements.get(compiled.key) if company is not None else None
    for rule in _rules_for(compiled, company, user):
        if not rule.unconditional and not _matches(rule, company, user, asked):
            continue
        if company is None or rule.usage is None:
            return CheckFlagResult(
                value=rule.value,
                reason=rule.reason,
                flag_key=compiled.key,
                flag_id=compiled.id,
                company_id=None if company is None else company.id,
                user_id=None if user is None else user.id,
                rule_id=rule.id,
                rule_type=rule.rule_type,
                entitlement=entitlement,
            )
        usage, allocation, event, period, reset_at = _usage_fields(rule.usage, company, now)
        return CheckFlagResult(
            value=rule.value,
            reason=rule.reason,
            flag_key=compiled.key,
            flag_id=compiled.id,
            company_id=company.id,
            user_id=None if user is None else user.id,
            rule_id=rule.id,
            rule_type=rule.rule_type,
            entitlement=entitlement,
            feature_allocation=allocation,
            feature_usage=usage,
            feature_usage_event=event,
            feature_usage_period=period,
            feature_usage_reset_at=reset_at,
        )
    return _default(compiled, company, user, entitlement)


def _default(
    flag: Flag,
    company: Company | None,
    user: User | None,
    entitlement: dict[str, Any] | None,
    err: str | None = None,
) -> CheckFlagResult:
    """The flag's default value: no rule matched, or (with `err`) the check could not be evaluated."""
    return CheckFlagResult(
        value=flag.default_value,
        reason=REASON_NO_RULES_MATCHED,
        flag_key=flag.key,
        flag_id=flag.id,
        company_id=None if company is None else company.id,
        user_id=None if user is None else user.id,
        entitlement=entitlement,
        err=err,
    )
