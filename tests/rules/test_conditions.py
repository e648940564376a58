"""Condition types and condition groups, each checked against the official engine as well."""

from __future__ import annotations

from typing import Any

import pytest
from rules_builders import agreed, company, condition, definition, flag, metric, rule, trait, user
from rules_oracle import OfficialEngine

OPERATORS = ("eq", "ne", "gt", "gte", "lt", "lte", "is_empty", "not_empty")


def holds(
    official: OfficialEngine, cond: dict[str, Any], company_data: Any = None, user_data: Any = None
) -> bool:
    """Whether a standard rule with just `cond` matches."""
    return agreed(official, flag(rule("r", "standard", cond)), company_data, user_data).rule_id == "r"


@pytest.mark.parametrize(
    ("kind", "field", "owned"),
    [
        ("plan", "plan_ids", ["p1", "p2"]),
        ("plan_version", "plan_version_ids", ["v1"]),
        ("billing_product", "billing_product_ids", ["b1"]),
    ],
)
def test_id_conditions_ask_for_any_shared_id_and_ne_negates(
    official: OfficialEngine, kind: str, field: str, owned: list[str]
) -> None:
    data = company(**{field: owned})
    assert holds(official, condition(kind, "eq", (owned[0], "x")), data)
    assert not holds(official, condition(kind, "eq", ("x",)), data)
    assert holds(official, condition(kind, "ne", ("x",)), data)
    assert not holds(official, condition(kind, "ne", (owned[0],)), data)
    assert holds(official, condition(kind, "gt", (owned[0],)), data)  # any other operator tests membership
    assert not holds(official, condition(kind, "ne", ("x",)), None, user())  # no company, no match


def test_company_and_user_conditions_name_the_entity(official: OfficialEngine) -> None:
    assert holds(official, condition("company", ids=("co1",)), company())
    assert holds(official, condition("company", "ne", ("co2",)), company())
    assert not holds(official, condition("company", "ne", ("co2",)), None, user())
    assert holds(official, condition("user", ids=("u1",)), None, user())
    assert not holds(official, condition("user", "ne", ("u2",)), company())


@pytest.mark.parametrize("operator", OPERATORS)
@pytest.mark.parametrize("base_plan", ["p1", None])
def test_base_plan_conditions(official: OfficialEngine, operator: str, base_plan: str | None) -> None:
    expected = {
        "eq": base_plan == "p1",
        "ne": base_plan != "p1",
        "is_empty": base_plan is None,
        "not_empty": base_plan is not None,
    }.get(operator, False)
    data = company(base_plan_id=base_plan) if base_plan else company()
    assert holds(official, condition("base_plan", operator, ("p1",)), data) is expected


@pytest.mark.parametrize(
    ("rate", "balance", "covered"),
    [
        (None, 1.0, True),
        (None, 0.99, False),
        (2.0, 2.0, True),
        (0.0, 0.0, False),
        (0.0, 1e-300, True),
        (-1.0, -1.0, True),
        (1.0, None, False),
    ],
)
def test_credit_conditions_ask_whether_the_balance_covers_a_unit(
    official: OfficialEngine, rate: float | None, balance: float | None, covered: bool
) -> None:
    fields = {"credit_id": "cr1"} if rate is None else {"credit_id": "cr1", "consumption_rate": rate}
    data = company(credit_balances={} if balance is None else {"cr1": balance})
    assert holds(official, condition("credit", "lt", **fields), data) is covered
    assert holds(official, condition("credit", "gte", **fields), data) is not covered  # the "exceeded" rule
    assert not holds(official, condition("credit", "lt"), data)  # no credit named


@pytest.mark.parametrize("operator", OPERATORS)
def test_metric_conditions_compare_the_period_count(official: OfficialEngine, operator: str) -> None:
    data = company(
        metrics=[metric("calls", 5, "current_day"), metric("calls", 50, "current_day", "billing_cycle")]
    )
    cond = condition("metric", operator, event_subtype="calls", metric_value=5, metric_period="current_day")
    expected = {
        "eq": True,
        "ne": False,
        "gt": False,
        "gte": True,
        "lt": False,
        "lte": True,
        "is_empty": False,
        "not_empty": True,
    }
    assert holds(official, cond, data) is expected[operator]


def test_metric_conditions_read_a_comparison_trait_as_an_integer(official: OfficialEngine) -> None:
    limit = definition("limit", "int")
    cond = condition(
        "metric", "lt", event_subtype="calls", metric_value=100, comparison_trait_definition=limit
    )
    data = company(metrics=[metric("calls", 5)], traits=[trait("limit", "6", "int")])
    assert holds(official, cond, data)
    assert not holds(
        official, cond, company(metrics=[metric("calls", 5)], traits=[trait("limit", "6.5", "int")])
    )
    assert not holds(official, cond, company(metrics=[metric("calls", 5)]))  # a missing trait reads as 0


def test_a_metric_condition_without_a_value_fails_its_rule_even_in_a_group(official: OfficialEngine) -> None:
    broken = condition("metric", "lt", event_subtype="calls")
    fine = condition("company", ids=("co1",))
    assert agreed(official, flag(rule("r", "standard", groups=((broken, fine),))), company()).rule_id is None
    assert agreed(official, flag(rule("r", "standard", groups=((fine, broken),))), company()).rule_id == "r"
    assert (
        agreed(official, flag(rule("r", "standard", broken), rule("next", priority=1)), company()).rule_id
        == "next"
    )


def test_groups_are_ors_of_conditions_and_all_groups_must_hold(official: OfficialEngine) -> None:
    yes, no = condition("company", ids=("co1",)), condition("company", ids=("co2",))
    data = company()
    assert agreed(official, flag(rule("r", groups=((no, yes), (yes,)))), data).rule_id == "r"
    assert agreed(official, flag(rule("r", groups=((no, yes), (no,)))), data).rule_id is None
    assert agreed(official, flag(rule("r", groups=((),))), data).rule_id is None  # an empty group never holds
    assert agreed(official, flag(rule("r", "standard", yes, groups=((yes,),))), data).rule_id == "r"
    assert agreed(official, flag(rule("r", "standard", no, groups=((yes,),))), data).rule_id is None


@pytest.mark.parametrize(
    ("comparable", "left", "operator", "right", "expected"),
    [
        ("string", "b", "gt", "a", True),
        ("string", "10", "gt", "9", False),
        ("string", "", "is_empty", "", True),
        ("int", "10", "gt", "9", True),
        ("int", "1.9", "gt", "1", True),  # not both integers: compared as numbers
        ("int", "9223372036854775807", "gt", "9223372036854775806", True),
        ("int", "abc", "eq", "0", True),
        ("int", "-1", "not_empty", "", False),
        ("bool", "1", "eq", "true", True),
        ("bool", "True", "eq", "true", False),
        ("bool", "false", "not_empty", "", True),
        ("date", "2024-01-02T04:04:05+01:00", "eq", "2024-01-02 03:04:05 UTC", True),
        ("date", "2024-01-02", "is_empty", "", True),  # a bare date is not one the engine reads
        ("date", "Tue Jan 02 2024 04:04:05 GMT+0100", "lt", "2024-01-02T03:04:06Z", True),
        ("date", "garbage", "lt", "2024-01-01T00:00:00Z", True),
    ],
)
def test_trait_conditions_compare_by_the_traits_type(
    official: OfficialEngine, comparable: str, left: str, operator: str, right: str, expected: bool
) -> None:
    cond = condition("trait", operator, value=right, trait_definition=definition("t", comparable))
    assert holds(official, cond, company(traits=[trait("t", left, comparable)])) is expected


def test_trait_conditions_use_the_stored_traits_type_and_entity(official: OfficialEngine) -> None:
    as_int = condition("trait", "gt", value="9", trait_definition=definition("t", "int"))
    assert not holds(official, as_int, company(traits=[trait("t", "10", "string")]))  # stored as a string
    on_user = condition("trait", "gt", value="9", trait_definition=definition("t", "int", "user"))
    assert holds(official, on_user, company(), user(traits=[trait("t", "10", "int", "user")]))
    assert not holds(official, on_user, company(traits=[trait("t", "10", "int", "user")]), user())
    assert holds(
        official, condition("trait", "lt", value="9", trait_definition=definition("t", "int")), company()
    )


def test_comparison_traits_replace_the_condition_value(official: OfficialEngine) -> None:
    cond = condition(
        "trait",
        "lt",
        value="0",
        trait_definition=definition("used", "int"),
        comparison_trait_definition=definition("cap", "int"),
    )
    assert holds(official, cond, company(traits=[trait("used", "3", "int"), trait("cap", "5", "int")]))
    assert not holds(official, cond, company(traits=[trait("used", "3", "int")]))  # missing: compared with ""


def test_unknown_condition_types_and_missing_definitions_never_hold(official: OfficialEngine) -> None:
    assert not holds(official, condition("crm_product", ids=("co1",)), company())
    assert not holds(official, condition("trait", "is_empty"), company())
    assert not holds(official, condition("metric", "is_empty", metric_value=0), company())
