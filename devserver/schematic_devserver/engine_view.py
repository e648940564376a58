"""The devserver's data as the rules engine reads it: `RulesengineFlag`, `RulesengineCompany`, `RulesengineUser`.

The REST checks evaluate these views with the SDK's engine (`schematic_ext._rules`), and the datastream
sends them as they are, so both answer from one description of the data.

* Traits carry their trait definition (`definitions.py`), its trait type mapped to the engine's
  comparable type (`traits.py`); a trait without a definition is not in the view.
* A rule condition's `trait_id` (and `comparison_trait_id`) names a definition by id, or a trait by
  name (of `trait_entity_type`, else the company's definition, else the user's). A condition naming
  no definition has no `trait_definition`, so it never matches; a comparison trait no one defined is
  named anyway, so it reads as missing.
* Flag views are built once per state of the flags and trait definitions and shared (never mutate
  one), so the engine compiles each flag once.
* A company's metrics are the current period's usage of every (event, period, month reset) a metric
  condition of any flag rule or catalog rule reads, next to the catalog's own
  (`entitlements.company_catalog_view`: plans, credit balances, entitlements, rules).
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from schematic_devserver.clock import parse_time
from schematic_devserver.definitions import TraitDefinitionRow, trait_definition_id
from schematic_devserver.entitlements import company_catalog_view
from schematic_devserver.render import ACCOUNT_ID, ENVIRONMENT_ID, trait_text
from schematic_devserver.store import EntityRow, FlagRow, Store
from schematic_devserver.traits import definition_ref, trait_value, undefined_ref
from schematic_devserver.usage import metric_view, period_usage
from schematic_ext._rules.metrics import metric_key

__all__ = [
    "company_view",
    "company_view_by_keys",
    "flag_view",
    "flags_view",
    "timed_company_view",
    "timed_company_view_by_keys",
    "user_view",
    "user_view_by_keys",
]

_ENTITY_TYPES = ("company", "user")
_BASE = {"account_id": ACCOUNT_ID, "environment_id": ENVIRONMENT_ID}
# Condition fields copied as they are when set (the engine reads absent and null alike).
_METRIC_FIELDS = ("event_subtype", "metric_value", "metric_period", "metric_period_month_reset")
_CREDIT_FIELDS = ("credit_id", "consumption_rate")

_Definitions = dict[str, TraitDefinitionRow]


def _definitions(store: Store) -> _Definitions:
    """Every trait definition by id."""
    return {row.id: row for row in store.definitions.traits(limit=-1)}


def _resolve_trait(named: Any, entity_type: Any, definitions: _Definitions) -> TraitDefinitionRow | None:
    """The definition a condition's trait field names: by id, else by name (see the module docstring)."""
    if not isinstance(named, str) or not named:
        return None
    found = definitions.get(named)
    if found is not None and entity_type in (None, found.entity_type):
        return found
    candidates = (entity_type,) if entity_type in _ENTITY_TYPES else _ENTITY_TYPES
    for candidate in candidates:
        found = definitions.get(trait_definition_id(candidate, named))
        if found is not None:
            return found
    return None


def _condition_view(condition: Mapping[str, Any], definitions: _Definitions) -> dict[str, Any]:
    """`RulesengineCondition` of a stored `RuleConditionDetailResponseData`."""
    kind = condition.get("condition_type")
    view: dict[str, Any] = {
        **_BASE,
        "id": condition.get("id") or "",
        "condition_type": kind,
        "operator": condition.get("operator"),
        "resource_ids": list(condition.get("resource_ids") or []),
        "trait_value": condition.get("trait_value") or "",
    }
    if kind == "metric":
        view.update((name, condition[name]) for name in _METRIC_FIELDS if condition.get(name) is not None)
    elif kind == "credit":
        view.update((name, condition[name]) for name in _CREDIT_FIELDS if condition.get(name) is not None)
    entity_type = condition.get("trait_entity_type")
    if kind == "trait":
        trait = _resolve_trait(condition.get("trait_id"), entity_type, definitions)
        if trait is not None:
            view["trait_definition"] = definition_ref(trait)
            entity_type = trait.entity_type
    named = condition.get("comparison_trait_id")
    if kind in ("trait", "metric") and isinstance(named, str) and named:
        # A metric's allowance trait is the company's; a trait's comparison is on the same entity.
        owner = "company" if kind == "metric" or entity_type not in _ENTITY_TYPES else entity_type
        comparison = _resolve_trait(named, owner, definitions)
        # A comparison trait no one defined is still named, so it reads as missing (an allowance of 0).
        view["comparison_trait_definition"] = (
            definition_ref(comparison) if comparison is not None else undefined_ref(named, owner)
        )
    return view


def _rule_view(rule: Mapping[str, Any], definitions: _Definitions) -> dict[str, Any]:
    """`RulesengineRule` of a stored `RuleDetailResponseData`."""
    return {
        **_BASE,
        "id": rule["id"],
        "flag_id": rule.get("flag_id"),
        "rule_type": rule.get("rule_type") or "standard",
        "name": rule.get("name") or "",
        "priority": rule.get("priority") or 0,
        "value": rule.get("value") is True,
        "conditions": [_condition_view(c, definitions) for c in rule.get("conditions") or []],
        "condition_groups": [
            {"conditions": [_condition_view(c, definitions) for c in group.get("conditions") or []]}
            for group in rule.get("condition_groups") or []
        ],
    }


def _flag_view(flag: FlagRow, definitions: _Definitions) -> dict[str, Any]:
    return {
        **_BASE,
        "id": flag.id,
        "key": flag.key,
        "default_value": flag.default_value,
        "rules": [_rule_view(rule, definitions) for rule in flag.rules],
    }


@dataclass(frozen=True)
class _Snapshot:
    """The flag views of one state of the flags and trait definitions, and the metrics their rules read."""

    writes: int
    flags: tuple[FlagRow, ...]
    definitions: _Definitions
    views: tuple[dict[str, Any], ...]
    metric_keys: tuple[tuple[str, str, str], ...]


# Per store, the views of its current flags: rebuilt when a flag or a trait definition changes, and
# otherwise the same objects, so the engine's identity memo compiles each flag once.
_snapshots: weakref.WeakKeyDictionary[Store, _Snapshot] = weakref.WeakKeyDictionary()


def _snapshot(store: Store) -> _Snapshot:
    # Rows the connection has written so far, read before the data: unchanged means nothing was written.
    writes = store.connection.total_changes
    cached = _snapshots.get(store)
    if cached is not None and cached.writes == writes:
        return cached
    flags = tuple(store.flags())
    definitions = _definitions(store)
    if (
        cached is not None
        and cached.definitions == definitions
        and len(cached.flags) == len(flags)
        and all(a is b for a, b in zip(cached.flags, flags, strict=True))
    ):
        snapshot = _Snapshot(writes, cached.flags, cached.definitions, cached.views, cached.metric_keys)
    else:
        views = tuple(_flag_view(flag, definitions) for flag in flags)
        keys = tuple(_metric_keys(rule for flag in flags for rule in flag.rules))
        snapshot = _Snapshot(writes, flags, definitions, views, keys)
    _snapshots[store] = snapshot
    return snapshot


def flag_view(store: Store, flag: FlagRow) -> dict[str, Any]:
    """The `RulesengineFlag` of a stored flag (shared while the flag is unchanged: do not mutate)."""
    snapshot = _snapshot(store)
    for row, view in zip(snapshot.flags, snapshot.views, strict=True):
        if row is flag:
            return view
    return _flag_view(flag, snapshot.definitions)


def flags_view(store: Store) -> list[dict[str, Any]]:
    """The `RulesengineFlag` of every flag, oldest first (shared while unchanged: do not mutate)."""
    return list(_snapshot(store).views)


def _traits_view(row: EntityRow, definitions: _Definitions) -> list[dict[str, Any]]:
    """`RulesengineTrait` for each defined trait the entity holds."""
    traits = []
    for definition in definitions.values():
        if definition.entity_type != row.entity_type:
            continue
        value = trait_value(row.traits, definition)
        if value is not None:
            traits.append({"value": trait_text(value), "trait_definition": definition_ref(definition)})
    return traits


def _entity_base(row: EntityRow, definitions: _Definitions) -> dict[str, Any]:
    return {
        **_BASE,
        "id": row.id,
        "keys": {key: value for key, (value, _, _) in row.keys.items()},
        "traits": _traits_view(row, definitions),
    }


def _conditions(rules: Iterable[Mapping[str, Any]]) -> Iterator[Mapping[str, Any]]:
    """Every condition of the rules, top level and in groups."""
    for rule in rules:
        yield from rule.get("conditions") or []
        for group in rule.get("condition_groups") or []:
            yield from group.get("conditions") or []


def _metric_keys(rules: Iterable[Mapping[str, Any]]) -> list[tuple[str, str, str]]:
    """The (event, period, month reset) of every metric condition of the rules, first use first."""
    keys: dict[tuple[str, str, str], None] = {}
    for condition in _conditions(rules):
        subtype = condition.get("event_subtype")
        if condition.get("condition_type") == "metric" and isinstance(subtype, str):
            keys[
                metric_key(
                    subtype, condition.get("metric_period"), condition.get("metric_period_month_reset")
                )
            ] = None
    return list(keys)


def _metric(store: Store, company_id: str, key: tuple[str, str, str], now: float) -> dict[str, Any]:
    """`RulesengineCompanyMetric`: the company's usage of an event in the period containing `now`."""
    value, reset_at = period_usage(store, company_id, *key, now)
    return metric_view(company_id, *key, value, reset_at, now)


def _metric_identity(metric: Mapping[str, Any]) -> tuple[str, str, str]:
    return metric_key(str(metric.get("event_subtype")), metric.get("period"), metric.get("month_reset"))


@dataclass(frozen=True)
class _HeldView:
    """A company view, and `changes_at`: when time alone changes it (a metric period resets, an override
    expires; epoch seconds, None for never). It stops being current at the next write, at `changes_at`,
    or `_VIEW_LIFETIME` after it was `built`."""

    writes: int
    built: float
    changes_at: float | None
    view: dict[str, Any]

    def current(self, writes: int, now: float) -> bool:
        ends = self.built + _VIEW_LIFETIME
        if self.changes_at is not None:
            ends = min(ends, self.changes_at)
        return self.writes == writes and self.built <= now < ends


# Per store, company views built since its last write: a check reuses one (and the engine's identity
# memo its compiled form) for up to _VIEW_LIFETIME, or until time changes it.
_company_views: weakref.WeakKeyDictionary[Store, dict[str, _HeldView]] = weakref.WeakKeyDictionary()
_VIEW_LIFETIME = 1.0
_HELD_VIEWS = 10_000


def _company_view(store: Store, row: EntityRow, now: float) -> _HeldView:
    writes = store.connection.total_changes
    held = _company_views.setdefault(store, {})
    found = held.get(row.id)
    if found is not None and found.current(writes, now):
        return found
    view, changes_at = _build_company_view(store, row, now)
    for metric in view["metrics"]:
        reset = parse_time(metric["valid_until"]) if metric.get("valid_until") else None
        if reset is not None and (changes_at is None or reset < changes_at):
            changes_at = reset
    if len(held) >= _HELD_VIEWS:
        held.clear()
    built = _HeldView(writes, now, changes_at, view)
    held[row.id] = built
    return built


def _build_company_view(store: Store, row: EntityRow, now: float) -> tuple[dict[str, Any], float | None]:
    """The view, and when its first override or grant expires."""
    snapshot = _snapshot(store)
    catalog = company_catalog_view(store, row.id, now)
    metrics = list(catalog.metrics)
    metered = {_metric_identity(metric) for metric in metrics}
    for key in (*snapshot.metric_keys, *_metric_keys(catalog.rules)):
        if key not in metered:
            metered.add(key)
            metrics.append(_metric(store, row.id, key, now))
    return {
        **_entity_base(row, snapshot.definitions),
        "base_plan_id": catalog.base_plan_id,
        "plan_ids": list(catalog.plan_ids),
        "plan_version_ids": [],
        "billing_product_ids": [],
        "credit_balances": dict(catalog.credit_balances),
        "entitlements": list(catalog.entitlements),
        "rules": list(catalog.rules),
        "metrics": metrics,
    }, catalog.expires_at


def company_view(store: Store, company_id: str, now: float | None = None) -> dict[str, Any] | None:
    """The `RulesengineCompany` of a company at `now` (epoch seconds, default the clock); None if unknown."""
    return timed_company_view(store, company_id, now)[0]


def timed_company_view(
    store: Store, company_id: str, now: float | None = None
) -> tuple[dict[str, Any] | None, float | None]:
    """`company_view`, and when time alone next changes it (a metric period resets, an override
    expires; epoch seconds, None for never): what the datastream pushes then."""
    row = store.entity("company", company_id)
    if row is None:
        return None, None
    held = _company_view(store, row, time.time() if now is None else now)
    return held.view, held.changes_at


def company_view_by_keys(
    store: Store, keys: Mapping[str, str], now: float | None = None
) -> dict[str, Any] | None:
    """`company_view` of the company owning any of `keys`; None if none does."""
    return timed_company_view_by_keys(store, keys, now)[0]


def timed_company_view_by_keys(
    store: Store, keys: Mapping[str, str], now: float | None = None
) -> tuple[dict[str, Any] | None, float | None]:
    """`timed_company_view` of the company owning any of `keys`; (None, None) if none does."""
    row = store.entity_by_keys("company", keys) if keys else None
    if row is None:
        return None, None
    held = _company_view(store, row, time.time() if now is None else now)
    return held.view, held.changes_at


def user_view(store: Store, user_id: str) -> dict[str, Any] | None:
    """The `RulesengineUser` of a user; None if unknown."""
    row = store.entity("user", user_id)
    return None if row is None else {**_entity_base(row, _snapshot(store).definitions), "rules": []}


def user_view_by_keys(store: Store, keys: Mapping[str, str]) -> dict[str, Any] | None:
    """`user_view` of the user owning any of `keys`; None if none does."""
    row = store.entity_by_keys("user", keys) if keys else None
    return None if row is None else {**_entity_base(row, _snapshot(store).definitions), "rules": []}
