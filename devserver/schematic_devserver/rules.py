"""Feature-flag rule evaluation for the devserver.

Pure functions only (no I/O, no SQLite): the server hands in a flag shaped like
the API's JSON (``FlagDetailResponseData`` with ``RuleDetailResponseData`` rules),
the resolved company and user, and a usage callback, and gets back the value,
reason, deciding rule and any usage entitlement that ``checkFlag`` reports.
Semantics follow Schematic's rule engine as far as the devserver's data allows;
it has no plans or billing, so conditions on those never match.
"""

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Final, TypeAlias

__all__ = [
    "METRIC_PERIODS",
    "MONTH_RESETS",
    "REASON_NO_RULES_MATCHED",
    "RULE_TYPE_ORDER",
    "Entitlement",
    "Entity",
    "FlagEvaluation",
    "UsageLookup",
    "evaluate_flag",
    "matched_reason",
    "period_bounds",
]

UsageLookup: TypeAlias = Callable[[str, str, datetime | None], int]
"""Usage callback: ``(company_id, event_subtype, period_start or None) -> count``.

``period_start`` is None for all-time usage; otherwise count events at or after it.
"""

RULE_TYPE_ORDER: Final[tuple[str, ...]] = (
    "global_override",
    "company_override",
    "company_override_usage_exceeded",
    "plan_entitlement",
    "plan_entitlement_usage_exceeded",
    "standard",
    "default",
)
"""Rule types in evaluation order; a rule of any other type is ignored."""

METRIC_PERIODS: Final[frozenset[str]] = frozenset(
    {"all_time", "current_day", "current_week", "current_month"}
)
"""Values of the API's ``MetricPeriod`` enum."""

MONTH_RESETS: Final[frozenset[str]] = frozenset({"first_of_month", "billing_cycle"})
"""Values of the API's ``MetricPeriodMonthReset`` enum."""

REASON_NO_RULES_MATCHED: Final[str] = "No rules matched"
"""Reason reported when no rule decided and the flag's default value applies."""

_DEFAULT_RULE_TYPE: Final[str] = "standard"
# Same as timezone.utc, spelled so the module needs no 3.11-only datetime.UTC.
_UTC: Final[timezone] = timezone(timedelta(0))
_COMPARISON_OPERATORS: Final[frozenset[str]] = frozenset({"eq", "ne", "gt", "gte", "lt", "lte"})
_EMPTINESS_OPERATORS: Final[frozenset[str]] = frozenset({"is_empty", "not_empty"})
# Conditions the devserver cannot satisfy: it stores no plans, plan versions,
# billing products, CRM products or credit balances, so nothing can match them.
_UNSUPPORTED_CONDITION_TYPES: Final[frozenset[str]] = frozenset(
    {"plan", "base_plan", "plan_version", "billing_product", "crm_product", "credit"}
)
# Monday, as datetime.weekday() counts. NOTE: Schematic's own engine starts
# weeks on Sunday; set this to 6 to match it.
_WEEK_START_WEEKDAY: Final[int] = 0
_BOOL_LITERALS: Final[frozenset[str]] = frozenset({"true", "false"})
_INT_RE: Final[re.Pattern[str]] = re.compile(r"[+-]?\d+")
_NUMBER_RE: Final[re.Pattern[str]] = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


@dataclass(frozen=True)
class Entity:
    """A resolved company or user: its id, identifying keys and traits by name."""

    id: str
    keys: Mapping[str, str] = field(default_factory=dict)
    traits: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Entitlement:
    """Usage limit behind a metric condition, reported as ``feature_*`` fields."""

    allocation: int | None
    usage: int | None
    event_name: str | None
    metric_period: str | None
    metric_reset_at: datetime | None


@dataclass(frozen=True)
class FlagEvaluation:
    """Outcome of one flag check, mirroring ``CheckFlagResponseData``."""

    value: bool
    reason: str
    rule_id: str | None
    rule_type: str | None
    entitlement: Entitlement | None


def period_bounds(
    period: str, now: datetime, month_reset: str | None = None
) -> tuple[datetime | None, datetime | None]:
    """Return (period start, next reset) in UTC for a metric period containing ``now``.

    ``all_time`` has neither. A naive ``now`` is taken as UTC. Raises ValueError
    for a period or month reset outside the API's enums.
    """
    if period not in METRIC_PERIODS:
        raise ValueError(f"unknown metric period: {period!r}")
    if month_reset is not None and month_reset not in MONTH_RESETS:
        raise ValueError(f"unknown metric month reset: {month_reset!r}")
    if period == "all_time":
        return None, None
    if now.tzinfo is None:
        now = now.replace(tzinfo=_UTC)
    now = now.astimezone(_UTC)
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    if period == "current_day":
        return midnight, midnight + timedelta(days=1)
    if period == "current_week":
        days_since_start = (midnight.weekday() - _WEEK_START_WEEKDAY) % 7
        start = midnight - timedelta(days=days_since_start)
        return start, start + timedelta(days=7)
    # current_month. A billing_cycle reset is treated like first_of_month: the
    # devserver has no billing subscriptions whose period could anchor it
    # (Schematic itself falls back to the calendar month without one).
    start = midnight.replace(day=1)
    if start.month == 12:
        return start, start.replace(year=start.year + 1, month=1)
    return start, start.replace(month=start.month + 1)


def matched_reason(rule: Mapping[str, Any]) -> str:
    """Build the stable reason string for the rule that decided a flag check."""
    rule_type = (_rule_type(rule) or _DEFAULT_RULE_TYPE).replace("_", " ")
    name = rule.get("name")
    reason = f'Matched {rule_type} rule "{name if isinstance(name, str) else ""}"'
    rule_id = rule.get("id")
    return f"{reason} ({rule_id})" if isinstance(rule_id, str) else reason


def evaluate_flag(
    flag: Mapping[str, Any],
    company: Entity | None,
    user: Entity | None,
    usage: UsageLookup,
    now: datetime,
) -> FlagEvaluation:
    """Evaluate ``flag`` for a company/user context the way Schematic's engine does.

    Rules run by rule type (see RULE_TYPE_ORDER; missing type = standard), then by
    ascending ``priority`` (rules without an integer priority last; ties keep input
    order). A rule matches when all its ``conditions`` match and each of its
    ``condition_groups`` has a matching condition. The first match decides: its
    value (for a ``default`` rule, the flag's ``default_value``), a reason from
    ``matched_reason``, its id and type. With no match the result is the flag's
    ``default_value``, REASON_NO_RULES_MATCHED, and no rule id or type.

    ``entitlement`` is built from a rule's first well-formed metric condition in
    document order (top-level conditions, then groups) and needs a company:
      * if the deciding rule has one, from that rule, even if that very condition
        did not match (e.g. it sat in a group matched by another condition);
      * if the default value applied (no match, or a ``default`` rule decided),
        from the first rule in evaluation order that failed only because of its
        metric conditions, i.e. would have matched with them treated as
        matching (typically "usage < allocation" once usage reaches allocation);
      * otherwise None. Rules that failed on other conditions (another company,
        a missing trait) never supply one.
    Malformed data never raises: it simply does not match.
    """
    if not isinstance(flag, Mapping):
        flag = {}
    default_value = flag.get("default_value")
    if not isinstance(default_value, bool):
        default_value = False
    context = _Context(company=company, user=user, usage=usage, now=now)
    fallback_entitlement: Entitlement | None = None
    for rule_type, rule in _ordered_rules(flag.get("rules")):
        outcome = _evaluate_rule(rule, context)
        if outcome.matched:
            entitlement = outcome.entitlement
            if rule_type == "default":
                value = default_value
                if entitlement is None:
                    entitlement = fallback_entitlement
            else:
                value = bool(rule.get("value"))
            rule_id = rule.get("id")
            return FlagEvaluation(
                value=value,
                reason=matched_reason(rule),
                rule_id=rule_id if isinstance(rule_id, str) else None,
                rule_type=rule_type,
                entitlement=entitlement,
            )
        if outcome.blocked_by_metric and fallback_entitlement is None:
            fallback_entitlement = outcome.entitlement
    return FlagEvaluation(
        value=default_value,
        reason=REASON_NO_RULES_MATCHED,
        rule_id=None,
        rule_type=None,
        entitlement=fallback_entitlement,
    )


@dataclass
class _Context:
    """Evaluation inputs plus a per-check usage cache, so each count is asked once."""

    company: Entity | None
    user: Entity | None
    usage: UsageLookup
    now: datetime
    usage_cache: dict[tuple[str, str, datetime | None], int | None] = field(default_factory=dict)

    def usage_for(self, company_id: str, event_subtype: str, start: datetime | None) -> int | None:
        """Return the callback's count, or None if it answered with a non-integer."""
        key = (company_id, event_subtype, start)
        if key not in self.usage_cache:
            count = self.usage(company_id, event_subtype, start)
            self.usage_cache[key] = _strict_int(count)
        return self.usage_cache[key]


@dataclass(frozen=True)
class _ConditionOutcome:
    """Whether a condition matched, and the entitlement if it is a metric condition."""

    matched: bool
    entitlement: Entitlement | None = None

    @property
    def matched_if_metrics_pass(self) -> bool:
        """Match status with well-formed metric conditions assumed to match."""
        return self.matched or self.entitlement is not None


@dataclass(frozen=True)
class _RuleOutcome:
    """A rule's match status, its first metric entitlement, and why it failed."""

    matched: bool
    blocked_by_metric: bool
    entitlement: Entitlement | None


_NO_MATCH: Final[_ConditionOutcome] = _ConditionOutcome(matched=False)
_RULE_NO_MATCH: Final[_RuleOutcome] = _RuleOutcome(False, False, None)


def _rule_type(rule: Mapping[str, Any]) -> str | None:
    """Return the rule's type (missing means standard), or None if unknown."""
    rule_type = rule.get("rule_type")
    if rule_type is None:
        return _DEFAULT_RULE_TYPE
    return rule_type if rule_type in RULE_TYPE_ORDER else None


def _ordered_rules(rules: Any) -> list[tuple[str, Mapping[str, Any]]]:
    """Sort usable rules into evaluation order, dropping malformed ones."""
    if not isinstance(rules, (list, tuple)):
        return []
    keyed: list[tuple[int, int, int, int, str, Mapping[str, Any]]] = []
    for index, rule in enumerate(rules):
        if not isinstance(rule, Mapping):
            continue
        rule_type = _rule_type(rule)
        if rule_type is None:
            continue
        if rule_type != "default" and not isinstance(rule.get("value"), bool):
            continue
        priority = _strict_int(rule.get("priority"))
        keyed.append(
            (
                RULE_TYPE_ORDER.index(rule_type),
                0 if priority is not None else 1,
                priority or 0,
                index,
                rule_type,
                rule,
            )
        )
    keyed.sort(key=lambda item: item[:4])
    return [(item[4], item[5]) for item in keyed]


def _strict_int(value: Any) -> int | None:
    """Return a JSON integer as int; None for bools, floats, strings and null."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return None


def _as_list(value: Any) -> list[Any] | None:
    """Return a JSON array as a list; None stands for [] and junk yields None."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    return None


def _evaluate_rule(rule: Mapping[str, Any], context: _Context) -> _RuleOutcome:
    """Evaluate all of a rule's conditions; no short-circuit, so metric data is full."""
    conditions = _as_list(rule.get("conditions"))
    groups = _as_list(rule.get("condition_groups"))
    if conditions is None or groups is None:
        return _RULE_NO_MATCH
    top = [_evaluate_condition(condition, context) for condition in conditions]
    grouped: list[list[_ConditionOutcome]] = []
    for group in groups:
        members = _as_list(group.get("conditions")) if isinstance(group, Mapping) else None
        if members is None:
            return _RULE_NO_MATCH
        grouped.append([_evaluate_condition(member, context) for member in members])
    matched = all(o.matched for o in top) and all(any(o.matched for o in group) for group in grouped)
    matched_if_metrics_pass = all(o.matched_if_metrics_pass for o in top) and all(
        any(o.matched_if_metrics_pass for o in group) for group in grouped
    )
    entitlement = next(
        (
            o.entitlement
            for o in [*top, *(o for group in grouped for o in group)]
            if o.entitlement is not None
        ),
        None,
    )
    return _RuleOutcome(
        matched=matched,
        blocked_by_metric=not matched and matched_if_metrics_pass,
        entitlement=entitlement,
    )


def _evaluate_condition(condition: Any, context: _Context) -> _ConditionOutcome:
    """Dispatch on ``condition_type``; unknown or unsupported types never match."""
    if not isinstance(condition, Mapping):
        return _NO_MATCH
    condition_type = condition.get("condition_type")
    if condition_type == "company":
        return _ConditionOutcome(_resource_matches(condition, context.company))
    if condition_type == "user":
        return _ConditionOutcome(_resource_matches(condition, context.user))
    if condition_type == "trait":
        return _ConditionOutcome(_trait_matches(condition, context))
    if condition_type == "metric":
        return _metric_outcome(condition, context)
    if condition_type in _UNSUPPORTED_CONDITION_TYPES:
        return _NO_MATCH  # No plans, billing or credits in the devserver.
    return _NO_MATCH  # Unknown condition type.


def _resource_matches(condition: Mapping[str, Any], entity: Entity | None) -> bool:
    """Company/user condition: entity id in ``resource_ids`` (eq) or not in it (ne)."""
    resource_ids = condition.get("resource_ids")
    if entity is None or not isinstance(resource_ids, (list, tuple)):
        return False
    listed = entity.id in {rid for rid in resource_ids if isinstance(rid, str)}
    operator = condition.get("operator")
    if operator == "eq":
        return listed
    if operator == "ne":
        return not listed
    return False


class _Uncomparable:
    """Marker for trait values (objects, arrays) that have no string form to compare."""


_UNCOMPARABLE: Final[_Uncomparable] = _Uncomparable()


def _as_text(value: Any) -> str | _Uncomparable | None:
    """Render a JSON scalar the way traits are compared; None for null."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    return _UNCOMPARABLE


def _trait_entity(condition: Mapping[str, Any], context: _Context, name: str) -> Entity | None:
    """Pick whose trait to read: ``trait_entity_type``, else company, then user."""
    entity_type = condition.get("trait_entity_type")
    if entity_type == "company":
        return context.company
    if entity_type == "user":
        return context.user
    if entity_type is not None:
        return None
    company, user = context.company, context.user
    if user is not None and not _has_trait(company, name) and _has_trait(user, name):
        return user
    return company


def _has_trait(entity: Entity | None, name: str) -> bool:
    """True when the entity carries a non-null value for the named trait."""
    return entity is not None and entity.traits.get(name) is not None


def _trait_matches(condition: Mapping[str, Any], context: _Context) -> bool:
    """Trait condition: compare the chosen entity's named trait with ``trait_value``."""
    name = condition.get("trait_id")
    operator = condition.get("operator")
    if not isinstance(name, str) or not name or not isinstance(operator, str):
        return False
    if operator not in _COMPARISON_OPERATORS and operator not in _EMPTINESS_OPERATORS:
        return False
    entity = _trait_entity(condition, context, name)
    if entity is None:
        return False  # Schematic's engine: no entity, no match, whatever the operator.
    actual = _as_text(entity.traits.get(name))
    if operator in _EMPTINESS_OPERATORS:
        empty = actual is None or actual == ""
        return empty if operator == "is_empty" else not empty
    expected = _as_text(condition.get("trait_value"))
    if not isinstance(expected, str) or isinstance(actual, _Uncomparable):
        return False
    if actual is None:
        return operator == "ne"
    return _compare_text(actual, expected, operator)


def _parse_number(text: str) -> int | float | None:
    """Parse a decimal int or float literal; None for anything else (nan, inf...)."""
    text = text.strip()
    if _INT_RE.fullmatch(text):
        return int(text)
    if _NUMBER_RE.fullmatch(text):
        number = float(text)
        return number if number not in (float("inf"), float("-inf")) else None
    return None


def _compare_text(actual: str, expected: str, operator: str) -> bool:
    """Compare as numbers when both parse as such, else as strings (bools caseless)."""
    left_number, right_number = _parse_number(actual), _parse_number(expected)
    if left_number is not None and right_number is not None:
        return _apply(operator, (left_number > right_number) - (left_number < right_number))
    left, right = actual, expected
    if left.lower() in _BOOL_LITERALS and right.lower() in _BOOL_LITERALS:
        left, right = left.lower(), right.lower()
    return _apply(operator, (left > right) - (left < right))


def _apply(operator: str, ordering: int) -> bool:
    """Turn a three-way comparison (-1, 0, 1) into the operator's verdict."""
    if operator == "eq":
        return ordering == 0
    if operator == "ne":
        return ordering != 0
    if operator == "gt":
        return ordering > 0
    if operator == "gte":
        return ordering >= 0
    if operator == "lt":
        return ordering < 0
    if operator == "lte":
        return ordering <= 0
    return False


def _metric_outcome(condition: Mapping[str, Any], context: _Context) -> _ConditionOutcome:
    """Metric condition: the company's usage in the period vs ``metric_value``."""
    company = context.company
    event_subtype = condition.get("event_subtype")
    period = condition.get("metric_period")
    if period is None:
        period = "all_time"
    month_reset = condition.get("metric_period_month_reset")
    allocation = _strict_int(condition.get("metric_value"))
    operator = condition.get("operator")
    if (
        company is None
        or not isinstance(event_subtype, str)
        or not event_subtype
        or not isinstance(period, str)
        or not (month_reset is None or isinstance(month_reset, str))
        or allocation is None
        or operator not in _COMPARISON_OPERATORS
    ):
        return _NO_MATCH
    try:
        start, reset_at = period_bounds(period, context.now, month_reset)
    except ValueError:
        return _NO_MATCH
    used = context.usage_for(company.id, event_subtype, start)
    if used is None:
        return _NO_MATCH
    entitlement = Entitlement(
        allocation=allocation,
        usage=used,
        event_name=event_subtype,
        metric_period=period,
        metric_reset_at=reset_at,
    )
    matched = _apply(operator, (used > allocation) - (used < allocation))
    return _ConditionOutcome(matched=matched, entitlement=entitlement)
