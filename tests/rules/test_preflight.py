"""Preflighted checks, case by case: each answer is asserted, and the official engine gives the same."""

from __future__ import annotations

from typing import Any

import pytest
from rules_builders import NOW, company, condition, definition, flag, metric, rule, trait, user
from rules_oracle import OfficialEngine, differences

from schematic_ext._rules import check_flag


def agreed_preflight(
    official: OfficialEngine,
    flag_data: dict[str, Any],
    company_data: dict[str, Any] | None,
    preflight: dict[str, Any],
    user_data: dict[str, Any] | None = None,
) -> bool:
    ours = check_flag(flag_data, company_data, user_data, now=NOW, preflight=preflight)
    theirs = official.check_preflight(flag_data, company_data, user_data, NOW, preflight)
    assert differences(ours, theirs) == {}
    return ours.value


def calls_below(limit: int, operator: str = "lt") -> dict[str, Any]:
    return flag(
        rule(
            "r1", "plan_entitlement", condition("metric", operator, event_subtype="calls", metric_value=limit)
        )
    )


USED_5 = company(metrics=[metric("calls", 5)])


@pytest.mark.parametrize(
    ("preflight", "allowed"),
    [
        ({}, True),
        ({"usage": 0}, True),
        ({"usage": 4}, True),  # 5 + 4 < 10
        ({"usage": 5}, False),  # 5 + 5 is not below 10
        ({"event_usage": {"event_subtype": "calls", "quantity": 5}}, False),
        ({"event_usage": {"event_subtype": "other", "quantity": 5}}, True),  # another event's usage
        # The event usage of the condition's subtype wins over `usage`; another subtype's leaves it.
        ({"usage": 1, "event_usage": {"event_subtype": "calls", "quantity": 5}}, False),
        ({"usage": 5, "event_usage": {"event_subtype": "calls", "quantity": 1}}, True),
        ({"usage": 5, "event_usage": {"event_subtype": "other", "quantity": 1}}, False),
        (
            {"usage": 5, "event_usage": {"event_subtype": "calls", "quantity": 0}},
            False,
        ),  # zero: `usage` counts
        ({"usage": 2**63 - 1}, True),  # wraps past int64, as Schematic's engine does
    ],
)
def test_usage_moves_metric_conditions(
    official: OfficialEngine, preflight: dict[str, Any], allowed: bool
) -> None:
    assert agreed_preflight(official, calls_below(10), USED_5, preflight) is allowed


def test_the_usage_fields_report_recorded_usage_not_the_preflight(official: OfficialEngine) -> None:
    result = check_flag(calls_below(10), USED_5, None, now=NOW, preflight={"usage": 1})
    assert (result.value, result.feature_usage, result.feature_allocation) == (True, 5, 10)
    agreed_preflight(official, calls_below(10), USED_5, {"usage": 1})


@pytest.mark.parametrize("entity", ["company", "user"])
def test_usage_moves_int_trait_conditions_on_companies_and_users(
    official: OfficialEngine, entity: str
) -> None:
    seats = flag(
        rule(
            "r1",
            "standard",
            condition("trait", "lt", value="10", trait_definition=definition("seats", "int", entity)),
        )
    )
    held = [trait("seats", "5", "int", entity)]
    company_data = company(traits=held) if entity == "company" else company()
    user_data = user(traits=held) if entity == "user" else None
    assert agreed_preflight(official, seats, company_data, {"usage": 4}, user_data) is True
    assert agreed_preflight(official, seats, company_data, {"usage": 5}, user_data) is False
    # Event usage never moves a trait.
    event = {"event_usage": {"event_subtype": "calls", "quantity": 50}}
    assert agreed_preflight(official, seats, company_data, event, user_data) is True


def test_usage_leaves_string_trait_conditions_alone(official: OfficialEngine) -> None:
    named = flag(
        rule(
            "r1", "standard", condition("trait", "eq", value="5", trait_definition=definition("t", "string"))
        )
    )
    assert agreed_preflight(official, named, company(traits=[trait("t", "5")]), {"usage": 3}) is True


def credit_gate(rate: float, **fields: Any) -> dict[str, Any]:
    return flag(
        rule("r1", "standard", condition("credit", "lt", credit_id="cr1", consumption_rate=rate, **fields))
    )


@pytest.mark.parametrize(
    ("balance", "rate", "preflight", "allowed"),
    [
        (10.0, 2.0, {"usage": 5}, True),  # 5 units cost 10
        (10.0, 2.0, {"usage": 6}, False),  # 6 units cost 12
        (0.5, 2.0, {"usage": 0}, False),  # no usage prices one unit
        (0.5, 0.0, {"usage": 3}, True),  # free units need a positive balance
        (0.0, 0.0, {"usage": 3}, False),
        (10.0, 2.0, {"credit_cost": {"cr1": 10.0}}, True),  # a cost is compared as is
        (10.0, 2.0, {"credit_cost": {"cr1": 11.0}}, False),
        (0.0, 2.0, {"credit_cost": {"cr1": 0.0}}, True),
        (10.0, 2.0, {"usage": 6, "credit_cost": {"cr1": 1.0}}, True),  # the cost wins over usage
        (10.0, 2.0, {"usage": 6, "credit_cost": {"other": 1.0}}, False),  # another credit's cost
        (10.0, 2.0, {"event_usage": {"event_subtype": "calls", "quantity": 6}}, True),  # no subtype here
    ],
)
def test_usage_and_costs_price_credit_conditions(
    official: OfficialEngine, balance: float, rate: float, preflight: dict[str, Any], allowed: bool
) -> None:
    funded = company(credit_balances={"cr1": balance})
    assert agreed_preflight(official, credit_gate(rate), funded, preflight) is allowed


def test_event_usage_prices_a_credit_condition_of_its_subtype(official: OfficialEngine) -> None:
    gate = credit_gate(2.0, event_subtype="calls")
    funded = company(credit_balances={"cr1": 10.0})
    assert (
        agreed_preflight(official, gate, funded, {"event_usage": {"event_subtype": "calls", "quantity": 6}})
        is False
    )
    assert (
        agreed_preflight(
            official, gate, funded, {"usage": 1, "event_usage": {"event_subtype": "calls", "quantity": 6}}
        )
        is False
    )
    assert (
        agreed_preflight(
            official, gate, funded, {"usage": 6, "event_usage": {"event_subtype": "calls", "quantity": 1}}
        )
        is True
    )


@pytest.mark.parametrize(
    ("preflight", "error"),
    [
        ({"usage": -1}, "preflight usage cannot be negative"),
        ({"event_usage": {"event_subtype": "calls", "quantity": -1}}, "preflight usage cannot be negative"),
        ({"credit_cost": {"cr1": -1.0}}, "preflight credit cost cannot be negative"),
    ],
)
def test_a_negative_preflight_answers_the_default_with_the_engines_error(
    official: OfficialEngine, preflight: dict[str, Any], error: str
) -> None:
    gated = flag(
        rule("r1", "standard", condition("metric", "lt", event_subtype="calls", metric_value=10)),
        default=True,
    )
    result = check_flag(gated, USED_5, None, now=NOW, preflight=preflight)
    assert (result.value, result.rule_id, result.err) == (True, None, error)
    agreed_preflight(official, gated, USED_5, preflight)
