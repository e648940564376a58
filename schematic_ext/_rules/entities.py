"""Companies and users compiled once into the lookups a check needs (traits by definition, metrics by key)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, TypeVar

from .coerce import as_float, as_int, as_list, as_mapping, as_str, as_str_set
from .comparisons import Converted, convert
from .dates import parse_timestamp
from .memo import IdentityMemo
from .metrics import metric_key
from .rules import Rule, compile_rule
from .wire_floats import engine_float

__all__ = ["Company", "CompiledTraits", "Trait", "User", "compile_company", "compile_user", "read_traits"]

ENTITLEMENT_FIELDS = (
    "feature_id",
    "feature_key",
    "value_type",
    "allocation",
    "usage",
    "metric_period",
    "month_reset",
    "metric_reset_at",
    "soft_limit",
    "event_name",
    "event_subtype",
    "credit_id",
    "credit_total",
    "credit_used",
    "credit_remaining",
    "credit_reserved",
    "credit_settled",
    "consumption_rate",
    "warning_tiers",
)

FLOAT_FIELDS = frozenset(
    (
        "credit_total",
        "credit_used",
        "credit_remaining",
        "credit_reserved",
        "credit_settled",
        "consumption_rate",
    )
)


K = TypeVar("K")
V = TypeVar("V")

_NO_IDS: frozenset[str] = frozenset()
_NOTHING: Mapping[Any, Any] = MappingProxyType({})


def _ids(raw: object) -> frozenset[str]:
    """`as_str_set`, with one shared empty set: most companies have no plans or products."""
    return as_str_set(raw) or _NO_IDS


def _shared_if_empty(found: dict[K, V]) -> Mapping[K, V]:
    """`found`, or one shared read-only empty mapping: an empty dict per field is most of a small company."""
    return found if found else _NOTHING


class Trait:
    """One trait value with the comparable type its own definition gives, converted once."""

    __slots__ = ("comparable_type", "converted", "value")

    def __init__(self, value: str, comparable_type: str) -> None:
        self.value = value
        self.comparable_type = comparable_type
        self.converted: Converted = convert(value, comparable_type)


class CompiledTraits(dict[str, Trait]):
    """Traits by definition id, as `read_traits` compiles them; `read_traits` takes them back as they are,
    so an entity's data may hold them in place of its trait list (the snapshot keeps each trait once)."""

    __slots__ = ()


class Company:
    __slots__ = (
        "base_plan_id",
        "billing_product_ids",
        "credit_balances",
        "entitlements",
        "id",
        "metrics",
        "plan_ids",
        "plan_version_ids",
        "rules",
        "subscription",
        "traits",
    )

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.id = as_str(data.get("id")) or ""
        self.base_plan_id = as_str(data.get("base_plan_id"))
        self.plan_ids = _ids(data.get("plan_ids"))
        self.plan_version_ids = _ids(data.get("plan_version_ids"))
        self.billing_product_ids = _ids(data.get("billing_product_ids"))
        self.traits = read_traits(data.get("traits"))
        self.metrics = _shared_if_empty(_read_metrics(data.get("metrics")))
        self.credit_balances = _shared_if_empty(
            {
                credit: engine_float(balance)
                for credit, raw in as_mapping(data.get("credit_balances")).items()
                if (balance := as_float(raw)) is not None
            }
        )
        self.subscription = _read_subscription(data.get("subscription"))
        self.entitlements = _shared_if_empty(_read_entitlements(data.get("entitlements")))
        self.rules = _shared_if_empty(_rules_by_flag(data.get("rules")))


class User:
    __slots__ = ("id", "rules", "traits")

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.id = as_str(data.get("id")) or ""
        self.traits = read_traits(data.get("traits"))
        self.rules = _shared_if_empty(_rules_by_flag(data.get("rules")))


def read_traits(raw: object) -> CompiledTraits:
    """Traits by definition id; the first trait of a definition wins, traits without one are unreachable.
    Traits already compiled are returned as they are."""
    if isinstance(raw, CompiledTraits):
        return raw
    traits = CompiledTraits()
    for item in as_list(raw):
        trait = as_mapping(item)
        definition = as_mapping(trait.get("trait_definition"))
        definition_id = as_str(definition.get("id"))
        if definition_id is None or definition_id in traits:
            continue
        value = as_str(trait.get("value")) or ""
        traits[definition_id] = Trait(value, as_str(definition.get("comparable_type")) or "string")
    return traits


def _read_metrics(raw: object) -> dict[tuple[str, str, str], int]:
    metrics: dict[tuple[str, str, str], int] = {}
    for item in as_list(raw):
        metric = as_mapping(item)
        subtype, value = as_str(metric.get("event_subtype")), as_int(metric.get("value"))
        if subtype is None or value is None:
            continue
        key = metric_key(subtype, as_str(metric.get("period")), as_str(metric.get("month_reset")))
        metrics.setdefault(key, value)
    return metrics


def _read_subscription(raw: object) -> tuple[int, int] | None:
    subscription = as_mapping(raw)
    start = parse_timestamp(as_str(subscription.get("period_start")) or "")
    end = parse_timestamp(as_str(subscription.get("period_end")) or "")
    if start is None or end is None:
        return None
    return start, end


def _read_entitlements(raw: object) -> dict[str, dict[str, Any]]:
    """The first entitlement of each feature key, with only the fields a check result carries."""
    entitlements: dict[str, dict[str, Any]] = {}
    for item in as_list(raw):
        entitlement = as_mapping(item)
        key = as_str(entitlement.get("feature_key"))
        if key is None or key in entitlements:
            continue
        # Absent and null read alike, and the official engine leaves an empty tier list out.
        kept = {
            name: entitlement[name]
            for name in ENTITLEMENT_FIELDS
            if entitlement.get(name) is not None and entitlement[name] != []
        }
        for name in FLOAT_FIELDS.intersection(kept):
            amount = as_float(kept[name])
            if amount is not None:
                kept[name] = engine_float(amount)
        entitlements[key] = kept
    return entitlements


def _rules_by_flag(raw: object) -> dict[str, tuple[Rule, ...]]:
    """A company's or user's rules, by the flag they belong to (rules naming no flag never apply)."""
    grouped: dict[str, list[Rule]] = {}
    for item in as_list(raw):
        data = as_mapping(item)
        flag_id = as_str(data.get("flag_id"))
        rule = compile_rule(data)
        if flag_id is not None and rule is not None:
            grouped.setdefault(flag_id, []).append(rule)
    return {flag_id: tuple(rules) for flag_id, rules in grouped.items()}


_companies: IdentityMemo[Mapping[str, Any], Company] = IdentityMemo(Company)
_users: IdentityMemo[Mapping[str, Any], User] = IdentityMemo(User)


def compile_company(data: Mapping[str, Any]) -> Company:
    """The compiled form of a `RulesengineCompany`, memoised by the dict's identity."""
    return _companies.get(data)


def compile_user(data: Mapping[str, Any]) -> User:
    """The compiled form of a `RulesengineUser`, memoised by the dict's identity."""
    return _users.get(data)
