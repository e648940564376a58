"""What a company's plans, add-ons, overrides and credits contribute to its rules-engine view.

For each feature a company is entitled to, one entitlement counts: its override when it has one
(an expired override counts for nothing), else its plans' (base plan first, then add-ons; of two
plans entitling the same feature the more generous wins). That entitlement becomes, for every flag
linked to the feature, a rule giving access while usage is under the allocation and a
``*_usage_exceeded`` rule answering false past it, so a check reports allocation and usage either way.
Usage is the sum of the company's tracked quantity of the feature's event over the current metric
period (`usage.period_usage`). Credits burn ``consumption_rate`` per tracked unit of a credit-valued
feature since the company's first grant of the credit, oldest grant first.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from schematic_devserver.catalog import Catalog, EntitlementRow, FeatureRow, GrantRow, PlanRow
from schematic_devserver.clock import isoformat
from schematic_devserver.render import ACCOUNT_ID, ENVIRONMENT_ID
from schematic_devserver.store import EntityRow, FlagRow, Store
from schematic_devserver.traits import definition_ref, trait_value, undefined_ref
from schematic_devserver.usage import metric_view, period_usage
from schematic_ext._rules.comparisons import parse_int64
from schematic_ext._rules.credits import credit_covers

__all__ = [
    "CompanyCatalogView",
    "CreditLedger",
    "Entitled",
    "company_catalog_view",
    "company_entitlements",
    "credit_ledgers",
]

_METERED = frozenset(("numeric", "trait", "unlimited"))


@dataclass(frozen=True)
class CompanyCatalogView:
    """The catalog's part of a `RulesengineCompany` (see engine_view for the rest)."""

    base_plan_id: str | None = None
    plan_ids: list[str] = field(default_factory=list)
    """The base plan and every add-on."""
    credit_balances: dict[str, float] = field(default_factory=dict)
    entitlements: list[dict[str, Any]] = field(default_factory=list)
    """`RulesengineFeatureEntitlement` per feature the company is entitled to."""
    rules: list[dict[str, Any]] = field(default_factory=list)
    """`RulesengineRule`s (plan entitlements, overrides) for the flags of entitled features."""
    metrics: list[dict[str, Any]] = field(default_factory=list)
    """`RulesengineCompanyMetric` for every (event_subtype, period, month_reset) an entitlement meters."""
    expires_at: float | None = None
    """When the first of the company's live overrides or grants expires (epoch seconds): the view
    changes then."""


@dataclass(frozen=True)
class CreditLedger:
    """A company's credits of one type: granted, burnt and left, and what each grant has burnt."""

    credit_id: str
    total: float
    used: float
    grants: list[tuple[GrantRow, float, float]]
    """(grant, used, remaining), oldest first."""

    @property
    def remaining(self) -> float:
        """What is left to burn (never below zero)."""
        return max(self.total - self.used, 0.0)


@dataclass(frozen=True)
class Entitled:
    """The entitlement that counts for one feature of a company, with its usage now."""

    entitlement: EntitlementRow
    feature: FeatureRow
    plan: PlanRow | None
    """The plan it comes from (None for an override)."""
    flags: list[FlagRow]
    allocation: int | None
    usage: int | None
    metric_period: str | None
    month_reset: str | None
    reset_at: float | None
    """When the metric period next resets (epoch seconds)."""
    ledger: CreditLedger | None

    @property
    def access(self) -> bool:
        """Whether the entitlement grants access now (as its rules answer)."""
        value_type = self.entitlement.value_type
        if value_type == "boolean":
            return bool(self.entitlement.value_bool)
        if value_type == "unlimited":
            return True
        if value_type == "credit":
            remaining = self.ledger.remaining if self.ledger is not None else 0.0
            return credit_covers(remaining, self.entitlement.credit_rate)
        return (self.usage or 0) < (self.allocation or 0)


def _trait_number(company: EntityRow, catalog: Catalog, definition_id: str | None) -> int | None:
    """The company's value of the trait a definition names, as an integer (None when missing or not one)."""
    definition = catalog.store.definitions.trait(definition_id) if definition_id else None
    if definition is None or definition.entity_type != "company":
        return None
    value = trait_value(company.traits, definition)
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return int(value)
    return parse_int64(str(value))


def _generosity(entitlement: EntitlementRow) -> tuple[int, float]:
    """Orders entitlements of one feature: unlimited, then the largest allocation or a true boolean."""
    if entitlement.value_type == "unlimited":
        return 1, 0.0
    amount = entitlement.value_numeric if entitlement.value_numeric is not None else 0
    return 0, float(bool(entitlement.value_bool)) if entitlement.value_type == "boolean" else float(amount)


def _counting(catalog: Catalog, company_id: str, now: float) -> list[tuple[EntitlementRow, PlanRow | None]]:
    """The entitlement that counts for each feature: the live override, else the most generous plan's."""
    chosen: dict[str, tuple[EntitlementRow, PlanRow | None]] = {}
    for override in catalog.entitlements("company", [company_id]):
        if override.expiration_date is None or override.expiration_date > now:
            chosen[override.feature_id] = (override, None)
    overridden = set(chosen)
    plans = {row.plan_id: catalog.plan(row.plan_id) for row in catalog.company_plans(company_id)}
    for plan_id, plan in plans.items():
        for entitlement in catalog.entitlements("plan", [plan_id]):
            if entitlement.feature_id in overridden:
                continue
            current = chosen.get(entitlement.feature_id)
            if current is None or _generosity(entitlement) > _generosity(current[0]):
                chosen[entitlement.feature_id] = (entitlement, plan)
    return list(chosen.values())


def credit_ledgers(
    catalog: Catalog, company_id: str, burns: Sequence[tuple[str, str, float]], now: float
) -> dict[str, CreditLedger]:
    """Every credit type the company holds grants of, burnt by (credit id, event subtype, rate) entries
    at ``now``, oldest grant first. A grant past its ``expires_at`` keeps what it had burnt by then and
    loses the rest, as a zeroed-out one does."""
    by_credit: dict[str, list[GrantRow]] = {}
    for grant in catalog.grants(company_id=company_id):
        if catalog.credit(grant.credit_id) is not None:
            by_credit.setdefault(grant.credit_id, []).append(grant)
    ledgers = {}
    for credit_id, grants in by_credit.items():
        since = grants[0].created_at

        def consumed(until: float | None, credit_id: str = credit_id, since: float = since) -> float:
            return sum(
                rate * catalog.store.usage(company_id, subtype, since, until)
                for burnt_credit, subtype, rate in burns
                if burnt_credit == credit_id
            )

        capacities = [
            grant.zeroed_used if grant.zeroed_used is not None else grant.quantity for grant in grants
        ]
        expired = sorted(
            (grant.expires_at, index)
            for index, grant in enumerate(grants)
            if grant.expires_at is not None
            and grant.expires_at <= now
            and (grant.zeroed_out_at is None or grant.zeroed_out_at > grant.expires_at)
        )
        for expires_at, index in expired:  # each frozen at what it had burnt when it expired
            capacities[index] = _burnt(capacities, consumed(expires_at))[index]
        burnt = _burnt(capacities, consumed(None))
        lost = {index for _, index in expired}
        rows = [
            (grant, used, 0.0 if grant.zeroed_out_at is not None or index in lost else grant.quantity - used)
            for index, (grant, used) in enumerate(zip(grants, burnt, strict=True))
        ]
        ledgers[credit_id] = CreditLedger(credit_id, sum(capacities), sum(burnt), rows)
    return ledgers


def _burnt(capacities: Sequence[float], consumed: float) -> list[float]:
    """What each grant has burnt of `consumed` credits, oldest first, each up to its capacity."""
    burnt = []
    for capacity in capacities:
        used = min(capacity, max(consumed, 0.0))
        consumed -= used
        burnt.append(used)
    return burnt


def _burns(
    counting: Sequence[tuple[EntitlementRow, PlanRow | None]], features: Mapping[str, FeatureRow]
) -> list[tuple[str, str, float]]:
    """(credit id, event subtype, rate) of each credit-valued entitlement on an event feature."""
    burns = []
    for entitlement, _ in counting:
        feature = features.get(entitlement.feature_id)
        if (
            entitlement.value_type == "credit"
            and entitlement.value_credit_id
            and feature
            and feature.event_subtype
        ):
            burns.append((entitlement.value_credit_id, feature.event_subtype, entitlement.credit_rate))
    return burns


def company_entitlements(
    store: Store, company: EntityRow, now: float
) -> tuple[list[Entitled], dict[str, CreditLedger]]:
    """The entitlement that counts for each feature of the company, and its credit ledgers, at ``now``."""
    catalog = Catalog(store)
    counting = _counting(catalog, company.id, now)
    features = {row.id: row for row in catalog.features([e.feature_id for e, _ in counting])}
    ledgers = credit_ledgers(catalog, company.id, _burns(counting, features), now)
    flags_by_feature: dict[str, list[FlagRow]] = {}
    for flag in store.flags():
        if flag.feature_id is not None:
            flags_by_feature.setdefault(flag.feature_id, []).append(flag)
    entitled = []
    for entitlement, plan in counting:
        feature = features.get(entitlement.feature_id)
        if feature is None:
            continue
        allocation = entitlement.value_numeric if entitlement.value_type == "numeric" else None
        if entitlement.value_type == "trait":
            allocation = _trait_number(company, catalog, entitlement.value_trait_id) or 0
        usage = period = month_reset = reset_at = None
        if feature.feature_type == "event" and feature.event_subtype and entitlement.value_type in _METERED:
            period = entitlement.metric_period or "all_time"
            month_reset = entitlement.month_reset or "first_of_month"
            usage, reset_at = period_usage(store, company.id, feature.event_subtype, period, month_reset, now)
        elif feature.feature_type == "trait" and entitlement.value_type in _METERED:
            usage = _trait_number(company, catalog, feature.trait_id) or 0
        ledger = (
            ledgers.get(entitlement.value_credit_id or "") if entitlement.value_type == "credit" else None
        )
        entitled.append(
            Entitled(
                entitlement,
                feature,
                plan,
                flags_by_feature.get(feature.id, []),
                allocation,
                usage,
                period,
                month_reset,
                reset_at,
                ledger,
            )
        )
    return entitled, ledgers


def _trait_definition(catalog: Catalog, definition_id: str) -> dict[str, Any]:
    """A `RulesengineTraitDefinition`, typed by the stored definition (a company string trait if none)."""
    definition = catalog.store.definitions.trait(definition_id)
    return undefined_ref(definition_id, "company") if definition is None else definition_ref(definition)


def _condition(condition_id: str, condition_type: str, operator: str, **fields: Any) -> dict[str, Any]:
    """A `RulesengineCondition` with the given fields (those left out are empty)."""
    return {
        "id": condition_id,
        "account_id": ACCOUNT_ID,
        "environment_id": ENVIRONMENT_ID,
        "condition_type": condition_type,
        "operator": operator,
        "resource_ids": [],
        "trait_value": "",
        **fields,
    }


def _usage_condition(
    catalog: Catalog, item: Entitled, condition_id: str, exceeded: bool
) -> dict[str, Any] | None:
    """The condition that meters an entitlement (under its allocation, or past it); None if unmetered."""
    entitlement, feature = item.entitlement, item.feature
    operator = "gte" if exceeded else "lt"
    if entitlement.value_type == "credit":
        return _condition(
            condition_id,
            "credit",
            operator,
            credit_id=entitlement.value_credit_id,
            consumption_rate=entitlement.credit_rate,
        )
    if entitlement.value_type not in ("numeric", "trait"):
        return None
    comparison = (
        {"comparison_trait_definition": _trait_definition(catalog, entitlement.value_trait_id)}
        if entitlement.value_type == "trait" and entitlement.value_trait_id
        else {}
    )
    if feature.feature_type == "event":
        return _condition(
            condition_id,
            "metric",
            operator,
            event_subtype=feature.event_subtype,
            metric_value=entitlement.value_numeric if entitlement.value_type == "numeric" else 0,
            metric_period=item.metric_period,
            metric_period_month_reset=item.month_reset,
            **comparison,
        )
    if feature.feature_type == "trait" and feature.trait_id:
        value = str(entitlement.value_numeric) if entitlement.value_type == "numeric" else ""
        return _condition(
            condition_id,
            "trait",
            operator,
            trait_definition=_trait_definition(catalog, feature.trait_id),
            trait_value=value,
            **comparison,
        )
    return None


def _rules(catalog: Catalog, company_id: str, item: Entitled) -> list[dict[str, Any]]:
    """The `RulesengineRule`s of one counting entitlement, for every flag linked to its feature."""
    entitlement = item.entitlement
    if item.plan is not None:
        rule_type, scope = "plan_entitlement", _condition("", "plan", "eq", resource_ids=[item.plan.id])
        name = f"{item.plan.name}: {item.feature.name}"
    else:
        rule_type, scope = "company_override", _condition("", "company", "eq", resource_ids=[company_id])
        name = f"Override: {item.feature.name}"
    variants = [(entitlement.rule_id, rule_type, False)]
    if _usage_condition(catalog, item, "", False) is not None:
        variants.append((entitlement.rule_id_usage_exceeded, f"{rule_type}_usage_exceeded", True))
    rules = []
    for flag in item.flags:
        for rule_id, variant_type, exceeded in variants:
            conditions = [{**scope, "id": f"{rule_id}_{flag.id}_scope"}]
            usage = _usage_condition(catalog, item, f"{rule_id}_{flag.id}_usage", exceeded)
            if usage is not None:
                conditions.append(usage)
            value = bool(entitlement.value_bool) if entitlement.value_type == "boolean" else not exceeded
            rules.append(
                {
                    "id": rule_id,
                    "account_id": ACCOUNT_ID,
                    "environment_id": ENVIRONMENT_ID,
                    "flag_id": flag.id,
                    "name": name,
                    "priority": 0,
                    "rule_type": variant_type,
                    "value": value,
                    "conditions": conditions,
                    "condition_groups": [],
                }
            )
    return rules


def _entitlement(item: Entitled, flag: FlagRow) -> dict[str, Any]:
    """A `RulesengineFeatureEntitlement` of one counting entitlement, keyed by one of its flags."""
    entitlement, feature = item.entitlement, item.feature
    entry: dict[str, Any] = {
        "feature_id": feature.id,
        "feature_key": flag.key,
        "value_type": entitlement.value_type,
        "allocation": item.allocation,
        "usage": item.usage,
        "metric_period": item.metric_period,
        "month_reset": item.month_reset,
        "metric_reset_at": None if item.reset_at is None else isoformat(item.reset_at),
        "soft_limit": entitlement.soft_limit,
        "event_name": feature.event_subtype,
        "event_subtype": feature.event_subtype,
    }
    if entitlement.value_type == "credit":
        ledger = item.ledger
        entry.update(
            credit_id=entitlement.value_credit_id,
            consumption_rate=entitlement.credit_rate,
            credit_total=ledger.total if ledger else 0.0,
            credit_used=ledger.used if ledger else 0.0,
            credit_remaining=ledger.remaining if ledger else 0.0,
        )
    return entry


def _metrics(company_id: str, entitled: Sequence[Entitled], now: float) -> list[dict[str, Any]]:
    """One `RulesengineCompanyMetric` per metered (event subtype, period, month reset)."""
    metrics: dict[tuple[str, str, str], dict[str, Any]] = {}
    for item in entitled:
        subtype = item.feature.event_subtype
        if item.metric_period is None or item.month_reset is None or subtype is None or item.usage is None:
            continue
        key = (subtype, item.metric_period, item.month_reset)
        if key not in metrics:
            metrics[key] = metric_view(company_id, *key, item.usage, item.reset_at, now)
    return list(metrics.values())


def company_catalog_view(store: Store, company_id: str, now: float) -> CompanyCatalogView:
    """The catalog's contribution for one company at `now` (epoch seconds)."""
    company = store.entity("company", company_id)
    if company is None:
        return CompanyCatalogView()
    catalog = Catalog(store)
    plans = catalog.company_plans(company_id)
    entitled, ledgers = company_entitlements(store, company, now)
    expiries = [  # the live overrides counted, and the grants behind the ledgers
        item.entitlement.expiration_date
        for item in entitled
        if item.plan is None and item.entitlement.expiration_date is not None
    ]
    expiries += [
        grant.expires_at
        for ledger in ledgers.values()
        for grant, _, _ in ledger.grants
        if grant.expires_at is not None and grant.expires_at > now and grant.zeroed_out_at is None
    ]
    return CompanyCatalogView(
        expires_at=min(expiries, default=None),
        base_plan_id=next((row.plan_id for row in plans if row.is_base), None),
        plan_ids=[row.plan_id for row in plans],
        credit_balances={credit_id: ledger.remaining for credit_id, ledger in ledgers.items()},
        entitlements=[_entitlement(item, flag) for item in entitled for flag in item.flags],
        rules=[rule for item in entitled for rule in _rules(catalog, company_id, item)],
        metrics=_metrics(company_id, entitled, now),
    )
