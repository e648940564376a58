"""Rows to API JSON: the response shapes of openapi.yaml built from stored data."""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from schematic_devserver.clock import UTC, isoformat
from schematic_devserver.definitions import (
    KeyDefinitionRow,
    TraitDefinitionRow,
    key_definition_id,
    trait_definition_id,
)
from schematic_devserver.store import EntityRow, EventRow, FlagRow, Store, new_id
from schematic_ext._rules import CheckFlagResult

__all__ = [
    "ACCOUNT_ID",
    "ENVIRONMENT_ID",
    "check_result",
    "company",
    "company_summary",
    "event_detail",
    "flag_detail",
    "flag_summary",
    "key_definition",
    "membership",
    "rules_from_request",
    "trait_definition",
    "trait_text",
    "user",
    "user_summary",
]

ENVIRONMENT_ID = "env_devserver"
"""The single environment the devserver serves."""
ACCOUNT_ID = "acc_devserver"
"""The single account the devserver serves."""

_TRAIT_ENTITY_TYPES = ("company", "user")
_PREVIEW_LIMIT = 200


def _keys(row: EntityRow) -> list[dict[str, Any]]:
    """EntityKeyDetailResponseData for each key of an entity."""
    return [
        {
            "id": key_id,
            "key": key,
            "value": value,
            "entity_id": row.id,
            "entity_type": row.entity_type,
            "definition_id": key_definition_id(row.entity_type, key),
            "environment_id": ENVIRONMENT_ID,
            "created_at": isoformat(created),
            "updated_at": isoformat(created),
        }
        for key, (value, key_id, created) in row.keys.items()
    ]


def trait_text(value: Any) -> str:
    """A trait value as the string EntityTraitDetailResponseData carries."""
    if isinstance(value, str):
        return value
    return json.dumps(value)


def _entity_traits(row: EntityRow) -> list[dict[str, Any]]:
    """EntityTraitDetailResponseData for each trait of an entity."""
    stamp = isoformat(row.updated_at)
    return [
        {
            "id": f"etr_{row.id}_{name}",
            "definition_id": trait_definition_id(row.entity_type, name),
            "environment_id": ENVIRONMENT_ID,
            "value": trait_text(value),
            "created_at": stamp,
            "updated_at": stamp,
        }
        for name, value in row.traits.items()
    ]


def company_summary(row: EntityRow) -> dict[str, Any]:
    """CompanyResponseData."""
    return {
        "id": row.id,
        "name": row.name,
        "environment_id": ENVIRONMENT_ID,
        "created_at": isoformat(row.created_at),
        "updated_at": isoformat(row.updated_at),
        "last_seen_at": isoformat(row.last_seen_at) if row.last_seen_at is not None else None,
        "logo_url": None,
    }


def company(store: Store, row: EntityRow) -> dict[str, Any]:
    """CompanyDetailResponseData, with all-time track usage per event as metrics."""
    from schematic_devserver import catalog_render  # Imports this module: imported here, not at the top.

    created = isoformat(row.created_at)
    metrics = [
        {
            "account_id": ACCOUNT_ID,
            "company_id": row.id,
            "environment_id": ENVIRONMENT_ID,
            "event_subtype": subtype,
            "period": "all_time",
            "month_reset": "first_of_month",
            "value": value,
            "captured_at_min": isoformat(first),
            "captured_at_max": isoformat(last),
            "created_at": created,
            "valid_until": None,
        }
        for subtype, value, first, last in store.company_metrics(row.id)
    ]
    return {
        **company_summary(row),
        "keys": _keys(row),
        "traits": dict(row.traits),
        "entity_traits": _entity_traits(row),
        "entitlements": [],
        "metrics": metrics,
        "rules": [],
        "user_count": store.user_count(row.id),
        # No plans or billing in the devserver: the lists the public description requires are empty.
        "plans": [],
        "add_ons": [],
        "billing_subscriptions": [],
        "custom_plan_billings": [],
        "payment_methods": [],
        **catalog_render.company_fields(store, row, time.time()),
    }


def user_summary(row: EntityRow) -> dict[str, Any]:
    """UserResponseData."""
    return {
        "id": row.id,
        "name": row.name,
        "environment_id": ENVIRONMENT_ID,
        "created_at": isoformat(row.created_at),
        "updated_at": isoformat(row.updated_at),
        "last_seen_at": isoformat(row.last_seen_at) if row.last_seen_at is not None else None,
    }


def membership(
    store: Store, membership_id: str, user_id: str, company_id: str, created: float
) -> dict[str, Any]:
    """CompanyMembershipDetailResponseData, with the company's summary while it exists."""
    entry: dict[str, Any] = {
        "id": membership_id,
        "company_id": company_id,
        "user_id": user_id,
        "created_at": isoformat(created),
        "updated_at": isoformat(created),
    }
    member_of = store.entity("company", company_id)
    if member_of is not None:
        entry["company"] = company_summary(member_of)
    return entry


def user(store: Store, row: EntityRow) -> dict[str, Any]:
    """UserDetailResponseData with the user's company memberships."""
    return {
        **user_summary(row),
        "keys": _keys(row),
        "traits": dict(row.traits),
        "entity_traits": _entity_traits(row),
        "company_memberships": [
            membership(store, membership_id, row.id, company_id, created)
            for membership_id, company_id, created in store.memberships(row.id)
        ],
    }


def trait_definition(row: TraitDefinitionRow) -> dict[str, Any]:
    """EntityTraitDefinitionResponseData."""
    return {
        "id": row.id,
        "entity_type": row.entity_type,
        "hierarchy": list(row.hierarchy),
        "trait_type": row.trait_type,
        "display_name": row.display_name,
        "created_at": isoformat(row.created_at),
        "updated_at": isoformat(row.updated_at),
    }


def key_definition(row: KeyDefinitionRow) -> dict[str, Any]:
    """EntityKeyDefinitionResponseData."""
    return {
        "id": row.id,
        "entity_type": row.entity_type,
        "key": row.key,
        "created_at": isoformat(row.created_at),
        "updated_at": isoformat(row.updated_at),
    }


def flag_summary(flag: FlagRow) -> dict[str, Any]:
    """FlagResponseData."""
    return {
        "id": flag.id,
        "key": flag.key,
        "name": flag.name,
        "description": flag.description,
        "default_value": flag.default_value,
        "flag_type": flag.flag_type,
        "feature_id": flag.feature_id,
        "maintainer_account_member_id": flag.maintainer_account_member_id,
        "created_at": isoformat(flag.created_at),
        "updated_at": isoformat(flag.updated_at),
    }


def flag_detail(flag: FlagRow) -> dict[str, Any]:
    """FlagDetailResponseData."""
    return {**flag_summary(flag), "rules": flag.rules, "last_checked_at": None}


def _condition(
    raw: Mapping[str, Any],
    *,
    flag_id: str,
    rule_id: str,
    group_id: str | None,
    stamp: str,
    names: Mapping[str, str],
) -> dict[str, Any]:
    """RuleConditionDetailResponseData from a CreateOrUpdateConditionRequestBody."""
    resource_ids = list(raw.get("resource_ids") or [])
    condition = {
        "id": raw.get("id") or new_id("cond"),
        "rule_id": rule_id,
        "flag_id": flag_id,
        "condition_group_id": group_id,
        "environment_id": ENVIRONMENT_ID,
        "created_at": stamp,
        "updated_at": stamp,
        "condition_type": raw["condition_type"],
        "operator": raw["operator"],
        "resource_ids": resource_ids,
        "resources": [{"id": rid, "name": names[rid]} for rid in resource_ids if rid in names],
        "trait_id": raw.get("trait_id"),
        "trait_value": raw.get("trait_value") or "",
        "comparison_trait_id": raw.get("comparison_trait_id"),
        "event_subtype": raw.get("event_subtype"),
        "metric_value": raw.get("metric_value"),
        "metric_period": raw.get("metric_period"),
        "metric_period_month_reset": raw.get("metric_period_month_reset"),
        "trait_entity_type": None,
    }
    # Not in the request schema, but the rule engine honours it: pass a valid one through.
    if raw.get("trait_entity_type") in _TRAIT_ENTITY_TYPES:
        condition["trait_entity_type"] = raw["trait_entity_type"]
    # Beyond RuleConditionDetailResponseData: the credit a credit condition burns, kept for the engine view.
    if raw["condition_type"] == "credit":
        condition["credit_id"] = raw.get("credit_id")
        condition["consumption_rate"] = raw.get("credit_cost")
    return condition


def rules_from_request(
    store: Store, flag_id: str, raw_rules: list[Mapping[str, Any]], now: float
) -> list[dict[str, Any]]:
    """RuleDetailResponseData for each CreateOrUpdateRuleRequestBody, ids assigned, input order kept."""
    stamp = isoformat(now)
    resource_ids = {
        rid
        for rule in raw_rules
        for condition in [
            *rule["conditions"],
            *(c for g in rule["condition_groups"] for c in g["conditions"]),
        ]
        for rid in condition.get("resource_ids") or []
    }
    names = store.entity_names(sorted(resource_ids))
    rules = []
    for raw in raw_rules:
        rule_id = raw.get("id") or new_id("rule")
        groups = []
        for raw_group in raw["condition_groups"]:
            group_id = raw_group.get("id") or new_id("cgrp")
            groups.append(
                {
                    "id": group_id,
                    "rule_id": rule_id,
                    "flag_id": flag_id,
                    "environment_id": ENVIRONMENT_ID,
                    "created_at": stamp,
                    "updated_at": stamp,
                    "conditions": [
                        _condition(
                            c, flag_id=flag_id, rule_id=rule_id, group_id=group_id, stamp=stamp, names=names
                        )
                        for c in raw_group["conditions"]
                    ],
                }
            )
        rules.append(
            {
                "id": rule_id,
                "flag_id": flag_id,
                "name": raw["name"],
                "priority": raw["priority"],
                "rule_type": raw.get("rule_type") or "standard",
                "value": raw["value"],
                "environment_id": ENVIRONMENT_ID,
                "created_at": stamp,
                "updated_at": stamp,
                "conditions": [
                    _condition(c, flag_id=flag_id, rule_id=rule_id, group_id=None, stamp=stamp, names=names)
                    for c in raw["conditions"]
                ],
                "condition_groups": groups,
            }
        )
    return rules


def _reset_time(moment: datetime | None) -> str | None:
    """A usage period's reset as RFC 3339 UTC, at the precision the engine computed it."""
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def check_result(result: CheckFlagResult) -> dict[str, Any]:
    """CheckFlagResponseData of the shared engine's answer, its entitlement as a FeatureEntitlement."""
    data: dict[str, Any] = {
        "flag": result.flag_key,
        "flag_id": result.flag_id,
        "value": result.value,
        "reason": result.reason,
        "rule_id": result.rule_id,
        "rule_type": result.rule_type,
        "company_id": result.company_id,
        "user_id": result.user_id,
        "error": result.err,
        "feature_allocation": result.feature_allocation,
        "feature_usage": result.feature_usage,
        "feature_usage_event": result.feature_usage_event,
        "feature_usage_period": result.feature_usage_period,
        "feature_usage_reset_at": _reset_time(result.feature_usage_reset_at),
    }
    if result.entitlement is not None:
        data["entitlement"] = dict(result.entitlement)
    return data


def event_detail(store: Store, row: EventRow) -> dict[str, Any]:
    """EventDetailResponseData of a stored event."""
    preview = json.dumps(row.body, separators=(",", ":"))
    detail: dict[str, Any] = {
        "id": row.id,
        "type": row.type,
        "subtype": row.subtype,
        "body": row.body,
        "body_preview": preview[:_PREVIEW_LIMIT],
        "quantity": row.quantity,
        "status": "processed",
        "company_id": row.company_id,
        "user_id": row.user_id,
        "idempotency_key": row.idempotency_key,
        "captured_at": isoformat(row.captured_at),
        "processed_at": isoformat(row.captured_at),
        "updated_at": isoformat(row.captured_at),
        "sent_at": row.sent_at,
        "environment_id": ENVIRONMENT_ID,
        "feature_ids": [],
        "features": [],
        "api_key": None,
        "error_message": None,
    }
    names = store.entity_names([i for i in (row.company_id, row.user_id) if i])
    if row.company_id in names:
        detail["company"] = {"id": row.company_id, "name": names[row.company_id]}
    if row.user_id in names:
        detail["user"] = {"id": row.user_id, "name": names[row.user_id]}
    return detail
