"""Conditions compiled into closures over a compiled company, user and preflight.

A closure answers True (holds), False (does not), or None: the condition cannot be evaluated (a metric
condition without a value), which fails its whole rule, even inside an OR group. A `Preflight` moves
metric, int trait and credit conditions by usage not recorded yet.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from .coerce import as_float, as_int, as_mapping, as_str, as_str_set
from .comparisons import COMPARABLE_TYPES, Converted, compare_int64, convert, parse_int64, predicate
from .credits import DEFAULT_CONSUMPTION_RATE, credit_covers
from .metrics import metric_key
from .preflight import wrap_int64
from .wire_floats import engine_float

if TYPE_CHECKING:
    from .entities import Company, Trait, User
    from .preflight import Preflight

__all__ = ["Check", "compile_condition"]

Check = Callable[["Company | None", "User | None", "Preflight | None"], "bool | None"]


def _never(company: Company | None, user: User | None, preflight: Preflight | None) -> bool:
    return False


def _membership(ids: frozenset[str], negate: bool, attribute: str) -> Check:
    """plan, plan_version, billing_product: whether any of the company's ids is among the condition's."""

    def check(company: Company | None, user: User | None, preflight: Preflight | None) -> bool:
        if company is None:
            return False
        return ids.isdisjoint(getattr(company, attribute)) is negate

    return check


def _company(ids: frozenset[str], negate: bool) -> Check:
    def check(company: Company | None, user: User | None, preflight: Preflight | None) -> bool:
        return company is not None and (company.id in ids) is not negate

    return check


def _user(ids: frozenset[str], negate: bool) -> Check:
    def check(company: Company | None, user: User | None, preflight: Preflight | None) -> bool:
        return user is not None and (user.id in ids) is not negate

    return check


def _base_plan(ids: frozenset[str], operator: str) -> Check:
    def check(company: Company | None, user: User | None, preflight: Preflight | None) -> bool:
        if company is None:
            return False
        plan = company.base_plan_id
        if operator == "eq":
            return plan is not None and plan in ids
        if operator == "ne":
            return plan is None or plan not in ids
        if operator == "is_empty":
            return plan is None
        if operator == "not_empty":
            return plan is not None
        return False

    return check


def _credit(credit_id: str, rate: float, subtype: str | None, operator: str) -> Check:
    """Whether the balance covers one unit at the rate (`credit_covers`); `gt`/`gte` ask if it does not.

    A preflight's cost for the credit is compared with the balance as is; else its usage (of the
    condition's event subtype, or any) prices that many units, and none or zero prices one.
    """
    exhausted = operator in ("gt", "gte")

    def check(company: Company | None, user: User | None, preflight: Preflight | None) -> bool:
        if company is None:
            return False
        balance = company.credit_balances.get(credit_id, 0.0)
        if preflight is not None:
            cost = preflight.credit_cost.get(credit_id)
            if cost is not None:
                return (balance >= cost) is not exhausted
            units = preflight.quantity(subtype)
            if units:
                return credit_covers(balance, rate * float(units)) is not exhausted
        return credit_covers(balance, rate) is not exhausted

    return check


def _metric(data: Mapping[str, Any], operator: str) -> Check:
    subtype = as_str(data.get("event_subtype"))
    if subtype is None:
        return _never
    key = metric_key(
        subtype, as_str(data.get("metric_period")), as_str(data.get("metric_period_month_reset"))
    )
    allowance = as_int(data.get("metric_value"))
    comparison_id = as_str(as_mapping(data.get("comparison_trait_definition")).get("id"))
    test = compare_int64(operator)

    def check(company: Company | None, user: User | None, preflight: Preflight | None) -> bool | None:
        if company is None:
            return False
        if allowance is None:
            return None
        limit = allowance
        if comparison_id is not None:
            trait = company.traits.get(comparison_id)
            limit = (parse_int64(trait.value) or 0) if trait is not None else 0
        used = company.metrics.get(key, 0)
        if preflight is not None:
            more = preflight.quantity(subtype)
            if more:
                used = wrap_int64(used + more)
        return test(used, limit)

    return check


def _trait(data: Mapping[str, Any], operator: str) -> Check:
    definition = as_mapping(data.get("trait_definition"))
    trait_id = as_str(definition.get("id"))
    if trait_id is None:
        return _never
    on_user = definition.get("entity_type") == "user"
    if not on_user and definition.get("entity_type") != "company":
        return _never
    own_type = as_str(definition.get("comparable_type")) or "string"
    comparison_id = as_str(as_mapping(data.get("comparison_trait_definition")).get("id"))
    raw_value = as_str(data.get("trait_value")) or ""
    tests = {kind: predicate(kind, operator) for kind in COMPARABLE_TYPES}
    values = {kind: convert(raw_value, kind) for kind in COMPARABLE_TYPES}
    empty = {kind: convert("", kind) for kind in COMPARABLE_TYPES}
    string_test = tests["string"]
    missing_test = predicate(own_type, operator)
    missing_left = convert("", own_type)

    def right_side(traits: dict[str, Trait], kind: str) -> Converted:
        if comparison_id is None:
            return values.get(kind, raw_value)
        other = traits.get(comparison_id)
        if other is None:
            return empty.get(kind, "")
        return other.converted if other.comparable_type == kind else convert(other.value, kind)

    def check(company: Company | None, user: User | None, preflight: Preflight | None) -> bool:
        if on_user:
            if user is None:
                return False
            traits = user.traits
        else:
            if company is None:
                return False
            traits = company.traits
        trait = traits.get(trait_id)
        if trait is None:
            kind, left = own_type, missing_left
            test = missing_test
        else:
            kind, left = trait.comparable_type, trait.converted
            test = tests.get(kind, string_test)
        if preflight is not None and preflight.usage and kind == "int":
            left = _plus(left, preflight.usage)
        return test(left, right_side(traits, kind))

    return check


def _plus(number: int | float, usage: int) -> int | float:
    """An int trait's value moved by a preflight's usage (wrapping at 64 bits, as integers do there)."""
    if type(number) is int:
        return wrap_int64(number + usage)
    return number + float(usage)


def compile_condition(raw: object) -> Check:
    """The check for one `RulesengineCondition`; unknown types and malformed conditions never hold."""
    data = as_mapping(raw)
    kind = data.get("condition_type")
    operator = as_str(data.get("operator")) or ""
    ids = as_str_set(data.get("resource_ids"))
    negate = operator == "ne"
    if kind == "company":
        return _company(ids, negate)
    if kind == "user":
        return _user(ids, negate)
    if kind == "plan":
        return _membership(ids, negate, "plan_ids")
    if kind == "plan_version":
        return _membership(ids, negate, "plan_version_ids")
    if kind == "billing_product":
        return _membership(ids, negate, "billing_product_ids")
    if kind == "base_plan":
        return _base_plan(ids, operator)
    if kind == "credit":
        credit_id = as_str(data.get("credit_id"))
        if credit_id is None:
            return _never
        rate = as_float(data.get("consumption_rate"))
        rate = DEFAULT_CONSUMPTION_RATE if rate is None else engine_float(rate)
        return _credit(credit_id, rate, as_str(data.get("event_subtype")), operator)
    if kind == "metric":
        return _metric(data, operator)
    if kind == "trait":
        return _trait(data, operator)
    return _never
