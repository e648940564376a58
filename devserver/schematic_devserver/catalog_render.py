"""Catalog rows to API JSON: features, plans, entitlements, overrides, credits, grants, usage, and the
plan, add-on and entitlement fields of a company's detail."""

from __future__ import annotations

from typing import Any

from schematic_devserver.catalog import Catalog, CreditRow, EntitlementRow, FeatureRow, GrantRow, PlanRow
from schematic_devserver.clock import isoformat
from schematic_devserver.entitlements import (
    CreditLedger,
    Entitled,
    company_catalog_view,
    company_entitlements,
)
from schematic_devserver.render import ENVIRONMENT_ID, flag_detail, trait_definition
from schematic_devserver.store import EntityRow, Store

__all__ = [
    "balance",
    "company_fields",
    "company_usage",
    "credit",
    "entitlement",
    "feature",
    "feature_summary",
    "feature_usage",
    "grant",
    "plan",
    "plan_summary",
]

_OVERRIDE_AUTHOR = ("ak_devserver", "API key")
"""Who wrote an override's note: the devserver's one secret key."""


def _stamps(row: Any) -> dict[str, str]:
    """A row's created_at and updated_at as RFC 3339."""
    return {"created_at": isoformat(row.created_at), "updated_at": isoformat(row.updated_at)}


def feature_summary(row: FeatureRow) -> dict[str, Any]:
    """FeatureResponseData."""
    summary: dict[str, Any] = {
        "id": row.id,
        "name": row.name,
        "description": row.description,
        "feature_type": row.feature_type,
        "event_subtype": row.event_subtype,
        "trait_id": row.trait_id,
        "maintainer_account_member_id": row.maintainer_account_member_id,
        "plural_name": row.plural_name,
        "singular_name": row.singular_name,
        "lifecycle_phase": row.lifecycle_phase,
        **_stamps(row),
    }
    if row.icon is not None:
        summary["icon"] = row.icon
    return summary


def feature(catalog: Catalog, row: FeatureRow) -> dict[str, Any]:
    """FeatureDetailResponseData: with its flags, the plans entitling it and its trait's definition."""
    detail = {
        **feature_summary(row),
        "flags": _feature_flags(catalog, row.id),
        "plans": [
            _preview(plan) for plan in (catalog.plan(i) for i in catalog.feature_plan_ids(row.id)) if plan
        ],
    }
    definition = catalog.store.definitions.trait(row.trait_id) if row.trait_id else None
    if definition is not None:
        detail["trait"] = trait_definition(definition)
    return detail


def _feature_flags(catalog: Catalog, feature_id: str) -> list[dict[str, Any]]:
    """FlagDetailResponseData of each flag linked to a feature, oldest first."""
    return [flag_detail(flag) for flag in catalog.store.flags() if flag.feature_id == feature_id]


def _preview(plan_row: PlanRow) -> dict[str, Any]:
    """PreviewObject / GenericPreviewObject of a plan."""
    return {"id": plan_row.id, "name": plan_row.name, "description": plan_row.description, "image_url": None}


def plan_summary(row: PlanRow) -> dict[str, Any]:
    """PlanResponseData."""
    summary: dict[str, Any] = {
        "id": row.id,
        "name": row.name,
        "description": row.description,
        "plan_type": row.plan_type,
        **_stamps(row),
    }
    if row.icon is not None:
        summary["icon"] = row.icon
    return summary


def plan(catalog: Catalog, row: PlanRow) -> dict[str, Any]:
    """PlanDetailResponseData: its entitlements and their features; no prices or billing here."""
    entitlements = catalog.entitlements("plan", [row.id])
    features = catalog.features([e.feature_id for e in entitlements])
    return {
        **plan_summary(row),
        "company_count": catalog.plan_company_count(row.id),
        "billing_strategy": "no_billing",
        "charge_type": "free",
        "controlled_by": "schematic",
        "is_default": False,
        "is_trialable": False,
        "entitlements": [entitlement(catalog, e) for e in entitlements],
        "features": [
            {
                **feature_summary(f),
                "flags": _feature_flags(catalog, f.id),
                "plans": [_preview(row)],
            }
            for f in features
        ],
    }


def credit(row: CreditRow) -> dict[str, Any]:
    """BillingCreditResponseData."""
    return {
        "id": row.id,
        "name": row.name,
        "description": row.description,
        "icon": row.icon,
        "plural_name": row.plural_name,
        "singular_name": row.singular_name,
        "burn_strategy": row.burn_strategy or "first_in_first_out",
        "default_expiry_unit": row.default_expiry_unit or "days",
        "default_expiry_unit_count": row.default_expiry_unit_count,
        "default_rollover_policy": row.default_rollover_policy or "none",
        "cost_editable": True,
        "currency_prices": [],
        **_stamps(row),
    }


def _value_fields(catalog: Catalog, row: EntitlementRow) -> dict[str, Any]:
    """The value fields plan entitlements and company overrides share."""
    fields: dict[str, Any] = {
        "id": row.id,
        "environment_id": ENVIRONMENT_ID,
        "feature_id": row.feature_id,
        "value_type": row.value_type,
        "value_bool": row.value_bool,
        "value_numeric": row.value_numeric,
        "value_trait_id": row.value_trait_id,
        "consumption_rate": row.consumption_rate,
        "metric_period": row.metric_period,
        "metric_period_month_reset": row.month_reset,
        "rule_id": row.rule_id,
        "rule_id_usage_exceeded": row.rule_id_usage_exceeded,
        **_stamps(row),
    }
    found = catalog.feature(row.feature_id)
    if found is not None:
        fields["feature"] = feature_summary(found)
    definition = catalog.store.definitions.trait(row.value_trait_id) if row.value_trait_id else None
    if definition is not None:
        fields["value_trait"] = trait_definition(definition)
    return fields


def entitlement(catalog: Catalog, row: EntitlementRow) -> dict[str, Any]:
    """PlanEntitlementResponseData (``kind`` plan) or CompanyOverrideResponseData (company)."""
    fields = _value_fields(catalog, row)
    if row.kind == "company":
        notes = []
        if row.note:
            author_id, author_name = _OVERRIDE_AUTHOR
            notes.append(
                {
                    "id": f"note_{row.id}",
                    "note": row.note,
                    "external_user_id": author_id,
                    "external_user_name": author_name,
                    **_stamps(row),
                }
            )
        expiry = None if row.expiration_date is None else isoformat(row.expiration_date)
        return {**fields, "company_id": row.owner_id, "expiration_date": expiry, "notes": notes}
    fields.update(plan_id=row.owner_id, soft_limit=row.soft_limit, currency_prices=[], warning_tiers=[])
    owner = catalog.plan(row.owner_id)
    if owner is not None:
        fields["plan"] = plan_summary(owner)
    if row.value_credit_id:
        found = catalog.credit(row.value_credit_id, deleted=True)
        if found is not None:
            fields["value_credit"] = credit(found)
    return fields


def grant(catalog: Catalog, row: GrantRow, used: float, remaining: float) -> dict[str, Any]:
    """BillingCreditGrantResponseData, with what the grant has burnt and has left."""
    company = catalog.store.entity("company", row.company_id)
    credit_row = catalog.credit(row.credit_id, deleted=True)
    return {
        "id": row.id,
        "company_id": row.company_id,
        "company_name": company.name if company is not None else "",
        "credit_id": row.credit_id,
        "credit_name": credit_row.name if credit_row is not None else "",
        "credit_icon": credit_row.icon if credit_row is not None else None,
        "grant_reason": row.reason,
        "quantity": row.quantity,
        "quantity_used": used,
        "quantity_remaining": remaining,
        "renewal_enabled": row.renewal_enabled,
        "expires_at": None if row.expires_at is None else isoformat(row.expires_at),
        "zeroed_out_date": None if row.zeroed_out_at is None else isoformat(row.zeroed_out_at),
        "zeroed_out_reason": row.zeroed_out_reason,
        "source_label": row.reason,
        "valid_from": isoformat(row.created_at),
        **_stamps(row),
    }


def balance(ledger: CreditLedger) -> dict[str, Any]:
    """CompanyCreditBalanceResponseData: nothing is reserved; what was burnt is settled."""
    return {
        "credit_id": ledger.credit_id,
        "total": ledger.total,
        "remaining": ledger.remaining,
        "settled": ledger.used,
        "reserved": 0.0,
        "source": "schematic",
    }


def feature_usage(catalog: Catalog, item: Entitled) -> dict[str, Any]:
    """FeatureUsageResponseData of one counting entitlement of a company."""
    row = item.entitlement
    usage: dict[str, Any] = {
        "access": item.access,
        "allocation": item.allocation,
        "allocation_type": row.value_type,
        "usage": item.usage,
        "is_unlimited": row.value_type == "unlimited",
        "soft_limit": row.soft_limit,
        "period": item.metric_period,
        "month_reset": item.month_reset,
        "metric_reset_at": None if item.reset_at is None else isoformat(item.reset_at),
        "entitlement_id": row.id,
        "entitlement_type": "plan_entitlement" if row.kind == "plan" else "company_override",
        "entitlement_source": "plan" if row.kind == "plan" else "company_override",
        "feature": {
            **feature_summary(item.feature),
            "flags": [flag_detail(flag) for flag in item.flags],
            "plans": [_preview(item.plan)] if item.plan is not None else [],
        },
    }
    if item.allocation is not None and item.usage is not None:
        usage["percent_used"] = 100.0 * item.usage / item.allocation if item.allocation else 0.0
        usage["overuse"] = max(item.usage - item.allocation, 0)
    if item.plan is not None:
        usage["plan"] = plan_summary(item.plan)
        usage["plan_entitlement"] = entitlement(catalog, row)
    else:
        usage["company_override"] = entitlement(catalog, row)
        if row.expiration_date is not None:
            usage["entitlement_expiration_date"] = isoformat(row.expiration_date)
    if row.value_type == "credit":
        ledger = item.ledger
        usage.update(
            credit_consumption_rate=row.credit_rate,
            credit_total=ledger.total if ledger else 0.0,
            credit_used=ledger.used if ledger else 0.0,
            credit_remaining=ledger.remaining if ledger else 0.0,
        )
    return usage


def _plan_view(plan_row: PlanRow, added_at: float) -> dict[str, Any]:
    """CompanyPlanWithBillingSubView of a plan the company is on."""
    return {
        "id": plan_row.id,
        "name": plan_row.name,
        "description": plan_row.description,
        "image_url": None,
        "added_on": isoformat(added_at),
        "included_credit_grants": [],
    }


def company_fields(store: Store, row: EntityRow, now: float) -> dict[str, Any]:
    """The plan, plans, add_ons, entitlements, rules and credit balances of a CompanyDetailResponseData."""
    catalog = Catalog(store)
    view = company_catalog_view(store, row.id, now)
    plans = [(found, cp) for cp in catalog.company_plans(row.id) if (found := catalog.plan(cp.plan_id))]
    fields: dict[str, Any] = {
        "plans": [_preview(plan_row) for plan_row, _ in plans],
        "add_ons": [_plan_view(plan_row, cp.added_at) for plan_row, cp in plans if not cp.is_base],
        "entitlements": view.entitlements,
        "rules": view.rules,
        "billing_credit_balances": view.credit_balances,
    }
    base = next(((plan_row, cp) for plan_row, cp in plans if cp.is_base), None)
    if base is not None:
        fields["plan"] = _plan_view(base[0], base[1].added_at)
    return fields


def company_usage(store: Store, row: EntityRow, now: float) -> list[dict[str, Any]]:
    """FeatureUsageResponseData for every feature the company is entitled to."""
    entitled, _ = company_entitlements(store, row, now)
    catalog = Catalog(store)
    return [feature_usage(catalog, item) for item in entitled]
