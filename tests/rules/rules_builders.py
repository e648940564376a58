"""Small builders for rules-engine inputs in the public description's shapes, and a two-engine check."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from rules_oracle import OfficialEngine, differences

from schematic_ext._rules import CheckFlagResult, check_flag

NOW = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)  # a Saturday
BASE = {"account_id": "acc", "environment_id": "env"}


def flag(*rules: dict[str, Any], default: bool = False, key: str = "feature") -> dict[str, Any]:
    return {**BASE, "id": "flag-1", "key": key, "rules": list(rules), "default_value": default}


def rule(
    rule_id: str,
    rule_type: str = "standard",
    *conditions: dict[str, Any],
    groups: tuple[tuple[dict[str, Any], ...], ...] = (),
    value: bool = True,
    priority: int = 0,
    flag_id: str | None = None,
) -> dict[str, Any]:
    built = {
        **BASE,
        "id": rule_id,
        "rule_type": rule_type,
        "name": f"name of {rule_id}",
        "priority": priority,
        "conditions": list(conditions),
        "condition_groups": [{"conditions": list(group)} for group in groups],
        "value": value,
    }
    if flag_id is not None:
        built["flag_id"] = flag_id
    return built


def condition(
    kind: str, operator: str = "eq", ids: tuple[str, ...] = (), value: str = "", **fields: Any
) -> dict[str, Any]:
    return {
        **BASE,
        "id": "cond",
        "condition_type": kind,
        "operator": operator,
        "resource_ids": list(ids),
        "trait_value": value,
        **fields,
    }


def definition(trait_id: str, comparable_type: str = "string", entity: str = "company") -> dict[str, Any]:
    return {"id": trait_id, "comparable_type": comparable_type, "entity_type": entity}


def trait(
    trait_id: str, value: str, comparable_type: str = "string", entity: str = "company"
) -> dict[str, Any]:
    return {"trait_definition": definition(trait_id, comparable_type, entity), "value": value}


def metric(
    subtype: str, value: int, period: str = "all_time", month_reset: str = "first_of_month"
) -> dict[str, Any]:
    return {
        **BASE,
        "company_id": "co1",
        "event_subtype": subtype,
        "period": period,
        "month_reset": month_reset,
        "value": value,
        "created_at": "2024-01-01T00:00:00Z",
    }


def company(**fields: Any) -> dict[str, Any]:
    return {
        **BASE,
        "id": "co1",
        "billing_product_ids": [],
        "credit_balances": {},
        "keys": {"domain": "example.com"},
        "metrics": [],
        "plan_ids": [],
        "plan_version_ids": [],
        "rules": [],
        "traits": [],
        **fields,
    }


def user(**fields: Any) -> dict[str, Any]:
    return {**BASE, "id": "u1", "keys": {"email": "a@example.com"}, "rules": [], "traits": [], **fields}


def agreed(
    official: OfficialEngine,
    flag_data: dict[str, Any],
    company_data: dict[str, Any] | None = None,
    user_data: dict[str, Any] | None = None,
    now: datetime = NOW,
) -> CheckFlagResult:
    """Our answer, after checking that the official engine gives the same one."""
    ours = check_flag(flag_data, company_data, user_data, now=now)
    assert differences(ours, official.check(flag_data, company_data, user_data, now)) == {}
    return ours
