"""Rules and flags compiled once: conditions as closures, the reason text, and the evaluation order."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .coerce import as_int, as_list, as_mapping, as_str
from .comparisons import parse_int64
from .conditions import Check, compile_condition
from .memo import IdentityMemo
from .metrics import metric_key

__all__ = ["RULE_TYPE_ORDER", "Flag", "Rule", "UsageSource", "compile_flag", "compile_rule", "ordered"]

# The order rule types are tried in; within a type, `standard` rules go by ascending priority and the
# entitlement types put rules whose value is true first. Ties keep their order: the flag's rules, then
# the company's, then the user's.
RULE_TYPE_ORDER = (
    "global_override",
    "company_override",
    "plan_entitlement",
    "company_override_usage_exceeded",
    "plan_entitlement_usage_exceeded",
    "standard",
    "default",
)
_RANK = {rule_type: rank for rank, rule_type in enumerate(RULE_TYPE_ORDER)}
ENTITLEMENT_TYPES = frozenset(RULE_TYPE_ORDER[1:5])
UNCONDITIONAL_TYPES = frozenset(("global_override", "default"))


class UsageSource:
    """The first metric or trait condition of an entitlement rule: where usage and allocation come from."""

    __slots__ = (
        "allocation",
        "comparison_id",
        "event_subtype",
        "is_metric",
        "metric",
        "metric_period",
        "month_reset",
        "trait_id",
    )

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.is_metric = data.get("condition_type") == "metric"
        self.event_subtype = as_str(data.get("event_subtype"))
        self.metric_period = as_str(data.get("metric_period"))
        self.month_reset = as_str(data.get("metric_period_month_reset"))
        subtype = self.event_subtype
        self.metric = None if subtype is None else metric_key(subtype, self.metric_period, self.month_reset)
        self.trait_id = as_str(as_mapping(data.get("trait_definition")).get("id"))
        self.comparison_id = as_str(as_mapping(data.get("comparison_trait_definition")).get("id"))
        if self.is_metric:
            self.allocation = as_int(data.get("metric_value")) or 0
        else:
            self.allocation = parse_int64(as_str(data.get("trait_value")) or "") or 0


class Rule:
    __slots__ = (
        "conditions",
        "groups",
        "id",
        "reason",
        "rule_type",
        "sort_key",
        "unconditional",
        "usage",
        "value",
    )

    def __init__(self, data: Mapping[str, Any], rule_type: str) -> None:
        self.id = as_str(data.get("id")) or ""
        self.rule_type = rule_type
        self.value = data.get("value") is True
        name = as_str(data.get("name")) or ""
        self.reason = f'Matched {rule_type.replace("_", " ")} rule "{name}" ({self.id})'
        self.unconditional = rule_type in UNCONDITIONAL_TYPES
        raw_conditions = list(as_list(data.get("conditions")))
        self.conditions: tuple[Check, ...] = tuple(compile_condition(c) for c in raw_conditions)
        self.groups: tuple[tuple[Check, ...], ...] = tuple(
            tuple(compile_condition(c) for c in as_list(as_mapping(group).get("conditions")))
            for group in as_list(data.get("condition_groups"))
        )
        self.usage: UsageSource | None = None
        if rule_type in ENTITLEMENT_TYPES:
            for condition in raw_conditions:
                if as_mapping(condition).get("condition_type") in ("metric", "trait"):
                    self.usage = UsageSource(condition)
                    break
        if rule_type == "standard":
            secondary = as_int(data.get("priority")) or 0
        else:
            secondary = 0 if rule_type not in ENTITLEMENT_TYPES or self.value else 1
        self.sort_key = (_RANK[rule_type], secondary)


def compile_rule(raw: object) -> Rule | None:
    """The compiled `RulesengineRule`, or None for a rule type the engine does not know."""
    data = as_mapping(raw)
    rule_type = data.get("rule_type")
    if not isinstance(rule_type, str) or rule_type not in _RANK:
        return None
    return Rule(data, rule_type)


def _sort_key(rule: Rule) -> tuple[int, int]:
    return rule.sort_key


def ordered(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    return tuple(sorted(rules, key=_sort_key))


class Flag:
    __slots__ = ("default_value", "id", "key", "rules")

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.id = as_str(data.get("id")) or ""
        self.key = as_str(data.get("key")) or ""
        self.default_value = data.get("default_value") is True
        compiled = (compile_rule(item) for item in as_list(data.get("rules")))
        self.rules = ordered(tuple(rule for rule in compiled if rule is not None))


_flags: IdentityMemo[Mapping[str, Any], Flag] = IdentityMemo(Flag)


def compile_flag(data: Mapping[str, Any]) -> Flag:
    """The compiled form of a `RulesengineFlag`, memoised by the dict's identity."""
    return _flags.get(data)
