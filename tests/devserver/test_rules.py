"""Tests for the devserver's flag rule engine (devserver/rules.py).

Every case pairs a matching and a non-matching input so a wrong evaluation fails.
"""

from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from schematic_devserver.rules import (
    REASON_NO_RULES_MATCHED,
    RULE_TYPE_ORDER,
    Entitlement,
    Entity,
    FlagEvaluation,
    evaluate_flag,
    matched_reason,
    period_bounds,
)

UTC = timezone(timedelta(0))
NOW = datetime(2024, 5, 15, 12, 30, tzinfo=UTC)  # a Wednesday

ACME = Entity(
    id="co_acme",
    keys={"domain": "acme.test"},
    traits={
        "seats": 10,
        "tier": "gold",
        "beta": True,
        "score": "7.5",
        "blank": "",
        "nothing": None,
        "shared": "from-company",
    },
)
GLOBEX = Entity(id="co_globex", keys={"domain": "globex.test"}, traits={})
ALICE = Entity(
    id="user_alice",
    keys={"email": "alice@acme.test"},
    traits={"role": "admin", "age": 30, "shared": "from-user"},
)
BOB = Entity(id="user_bob", keys={"email": "bob@acme.test"}, traits={})


class UsageRecorder:
    """Usage callback that answers from a table and records every lookup."""

    def __init__(self, counts: Mapping[str, int] | None = None, default: int = 0) -> None:
        """Answer ``counts[event_subtype]``, or ``default`` for other events."""
        self.counts = dict(counts or {})
        self.default = default
        self.calls: list[tuple[str, str, datetime | None]] = []

    def __call__(self, company_id: str, event_subtype: str, period_start: datetime | None) -> int:
        """Record the lookup and return the configured count."""
        self.calls.append((company_id, event_subtype, period_start))
        return self.counts.get(event_subtype, self.default)


def no_usage(company_id: str, event_subtype: str, period_start: datetime | None) -> int:
    """Usage callback for flags without metric conditions: it must not be called."""
    raise AssertionError("usage looked up for a flag without metric conditions")


def cond(condition_type: str, operator: str = "eq", **fields: Any) -> dict[str, Any]:
    """Build a condition dict shaped like RuleConditionDetailResponseData."""
    return {
        "condition_type": condition_type,
        "operator": operator,
        "resource_ids": [],
        **fields,
    }


def company_is(*ids: str, operator: str = "eq") -> dict[str, Any]:
    """Company condition on the given company ids."""
    return cond("company", operator, resource_ids=list(ids))


def user_is(*ids: str, operator: str = "eq") -> dict[str, Any]:
    """User condition on the given user ids."""
    return cond("user", operator, resource_ids=list(ids))


def trait(name: str, operator: str, value: str = "", **fields: Any) -> dict[str, Any]:
    """Trait condition on the trait called ``name``."""
    return cond("trait", operator, trait_id=name, trait_value=value, **fields)


def metric(
    event: str,
    operator: str,
    value: int,
    period: str | None = "all_time",
    month_reset: str | None = None,
) -> dict[str, Any]:
    """Metric condition on the company's usage of ``event``."""
    return cond(
        "metric",
        operator,
        event_subtype=event,
        metric_value=value,
        metric_period=period,
        metric_period_month_reset=month_reset,
    )


_rule_counter = 0


def rule(
    *conditions: dict[str, Any],
    value: bool = True,
    rule_type: str | None = "standard",
    priority: int = 0,
    groups: tuple[list[dict[str, Any]], ...] = (),
    rule_id: str | None = None,
    name: str | None = None,
) -> dict[str, Any]:
    """Build a rule dict shaped like RuleDetailResponseData."""
    global _rule_counter
    _rule_counter += 1
    rid = rule_id or f"rule_{_rule_counter}"
    built: dict[str, Any] = {
        "id": rid,
        "name": name or f"Rule {rid}",
        "priority": priority,
        "value": value,
        "conditions": list(conditions),
        "condition_groups": [{"conditions": list(group)} for group in groups],
    }
    if rule_type is not None:
        built["rule_type"] = rule_type
    return built


def flag(*rules: dict[str, Any], default: bool = False) -> dict[str, Any]:
    """Build a flag dict with the given rules."""
    return {
        "id": "flag_1",
        "key": "feature-x",
        "default_value": default,
        "rules": list(rules),
    }


def evaluate(
    the_flag: Mapping[str, Any],
    company: Entity | None = ACME,
    user: Entity | None = ALICE,
    usage: Any = no_usage,
    now: datetime = NOW,
) -> FlagEvaluation:
    """Evaluate with the usual test context."""
    return evaluate_flag(the_flag, company, user, usage, now)


def matches(
    *conditions: dict[str, Any],
    company: Entity | None = ACME,
    user: Entity | None = ALICE,
    usage: Any = no_usage,
) -> bool:
    """True when a single true-valued rule with these conditions decides the flag."""
    result = evaluate(flag(rule(*conditions)), company, user, usage)
    assert result.value == (result.rule_id is not None)
    return result.value


# --- period_bounds -----------------------------------------------------------


def test_period_bounds_all_time_has_no_bounds() -> None:
    assert period_bounds("all_time", NOW) == (None, None)


def test_period_bounds_current_day() -> None:
    assert period_bounds("current_day", NOW) == (
        datetime(2024, 5, 15, tzinfo=UTC),
        datetime(2024, 5, 16, tzinfo=UTC),
    )


def test_period_bounds_current_week_starts_monday() -> None:
    start, reset = period_bounds("current_week", NOW)
    assert start == datetime(2024, 5, 13, tzinfo=UTC)
    assert reset == datetime(2024, 5, 20, tzinfo=UTC)
    assert start is not None and start.weekday() == 0


def test_period_bounds_week_on_sunday_night_is_the_weeks_last_minute() -> None:
    sunday = datetime(2024, 5, 19, 23, 59, 59, tzinfo=UTC)
    assert period_bounds("current_week", sunday) == (
        datetime(2024, 5, 13, tzinfo=UTC),
        datetime(2024, 5, 20, tzinfo=UTC),
    )


def test_period_bounds_week_on_monday_midnight_starts_now() -> None:
    monday = datetime(2024, 5, 20, tzinfo=UTC)
    assert period_bounds("current_week", monday) == (
        monday,
        datetime(2024, 5, 27, tzinfo=UTC),
    )


def test_period_bounds_week_spanning_new_year() -> None:
    new_year = datetime(2025, 1, 1, 8, tzinfo=UTC)  # a Wednesday
    assert period_bounds("current_week", new_year) == (
        datetime(2024, 12, 30, tzinfo=UTC),
        datetime(2025, 1, 6, tzinfo=UTC),
    )


def test_period_bounds_on_december_31() -> None:
    eve = datetime(2024, 12, 31, 23, 59, 59, tzinfo=UTC)
    assert period_bounds("current_month", eve) == (
        datetime(2024, 12, 1, tzinfo=UTC),
        datetime(2025, 1, 1, tzinfo=UTC),
    )
    assert period_bounds("current_day", eve) == (
        datetime(2024, 12, 31, tzinfo=UTC),
        datetime(2025, 1, 1, tzinfo=UTC),
    )


def test_period_bounds_month_mid_year_and_leap_day() -> None:
    assert period_bounds("current_month", NOW) == (
        datetime(2024, 5, 1, tzinfo=UTC),
        datetime(2024, 6, 1, tzinfo=UTC),
    )
    leap = datetime(2024, 2, 29, 10, tzinfo=UTC)
    assert period_bounds("current_month", leap) == (
        datetime(2024, 2, 1, tzinfo=UTC),
        datetime(2024, 3, 1, tzinfo=UTC),
    )
    assert period_bounds("current_day", leap)[1] == datetime(2024, 3, 1, tzinfo=UTC)


def test_period_bounds_billing_cycle_resets_like_first_of_month() -> None:
    expected = period_bounds("current_month", NOW, "first_of_month")
    assert period_bounds("current_month", NOW, "billing_cycle") == expected
    assert period_bounds("current_month", NOW, None) == expected


def test_period_bounds_uses_utc_for_other_timezones() -> None:
    # Monday 01:00 at UTC+2 is still Sunday 23:00 in UTC: the previous week.
    local = datetime(2024, 5, 20, 1, tzinfo=timezone(timedelta(hours=2)))
    start, reset = period_bounds("current_week", local)
    assert (start, reset) == (
        datetime(2024, 5, 13, tzinfo=UTC),
        datetime(2024, 5, 20, tzinfo=UTC),
    )
    assert start is not None and start.utcoffset() == timedelta(0)
    # The 1st at 01:00 UTC+2 is still the previous month in UTC.
    first = datetime(2024, 6, 1, 1, tzinfo=timezone(timedelta(hours=2)))
    assert period_bounds("current_month", first)[0] == datetime(2024, 5, 1, tzinfo=UTC)


def test_period_bounds_treats_naive_now_as_utc() -> None:
    naive = datetime(2024, 5, 15, 12, 30)
    assert period_bounds("current_day", naive) == period_bounds("current_day", NOW)


@pytest.mark.parametrize(
    ("period", "month_reset"),
    [("fortnight", None), ("", None), ("current_month", "quarterly")],
)
def test_period_bounds_rejects_unknown_values(period: str, month_reset: str | None) -> None:
    with pytest.raises(ValueError, match="unknown metric"):
        period_bounds(period, NOW, month_reset)


# --- company and user conditions ---------------------------------------------


def test_company_eq() -> None:
    assert matches(company_is("co_other", "co_acme"))
    assert not matches(company_is("co_globex"))


def test_company_ne() -> None:
    assert matches(company_is("co_globex", operator="ne"))
    assert not matches(company_is("co_globex", "co_acme", operator="ne"))


def test_company_conditions_need_a_company() -> None:
    assert not matches(company_is("co_acme"), company=None)
    assert not matches(company_is("co_acme", operator="ne"), company=None)


def test_company_condition_rejects_other_operators() -> None:
    assert not matches(company_is("co_acme", operator="gt"))
    assert not matches(company_is("co_acme", operator="is_empty"))


def test_user_eq() -> None:
    assert matches(user_is("user_alice"))
    assert not matches(user_is("user_alice"), user=BOB)


def test_user_ne() -> None:
    assert matches(user_is("user_alice", operator="ne"), user=BOB)
    assert not matches(user_is("user_alice", operator="ne"))


def test_user_conditions_need_a_user() -> None:
    assert not matches(user_is("user_alice"), user=None)
    assert not matches(user_is("user_alice", operator="ne"), user=None)


def test_user_condition_does_not_look_at_the_company() -> None:
    assert not matches(user_is("co_acme"))


# --- trait conditions ----------------------------------------------------------


@pytest.mark.parametrize(
    ("operator", "value", "expected"),
    [
        ("eq", "10", True),
        ("eq", "10.0", True),
        ("eq", "9", False),
        ("ne", "9", True),
        ("ne", "10", False),
        # "10" > "9" is false as strings, so these prove numeric comparison.
        ("gt", "9", True),
        ("gt", "10", False),
        ("gte", "10", True),
        ("gte", "9", True),
        ("gte", "11", False),
        ("lt", "11", True),
        ("lt", "100", True),
        ("lt", "10", False),
        ("lte", "10", True),
        ("lte", "9", False),
    ],
)
def test_trait_numeric_comparison(operator: str, value: str, expected: bool) -> None:
    assert matches(trait("seats", operator, value)) is expected


@pytest.mark.parametrize(
    ("operator", "value", "expected"),
    [
        ("lt", "10", True),  # 7.5 < 10, although "7.5" > "10" as strings
        ("gt", "7", True),
        ("gt", "7.5", False),
        ("gte", "7.50", True),
        ("eq", "7.50", True),
        ("lte", "7.49", False),
    ],
)
def test_trait_numeric_string_and_float_values(operator: str, value: str, expected: bool) -> None:
    assert matches(trait("score", operator, value)) is expected


@pytest.mark.parametrize(
    ("operator", "value", "expected"),
    [
        ("eq", "gold", True),
        ("eq", "Gold", False),
        ("eq", "silver", False),
        ("ne", "silver", True),
        ("ne", "gold", False),
        ("gt", "apple", True),
        ("gt", "zebra", False),
        ("gt", "gold", False),
        ("gte", "gold", True),
        ("gte", "golden", False),
        ("lt", "silver", True),
        ("lt", "gold", False),
        ("lte", "gold", True),
        ("lte", "gol", False),
        ("gt", "10", True),  # one side is not a number: "gold" > "10" as strings
    ],
)
def test_trait_string_comparison(operator: str, value: str, expected: bool) -> None:
    assert matches(trait("tier", operator, value)) is expected


@pytest.mark.parametrize(
    ("operator", "value", "expected"),
    [
        ("eq", "true", True),
        ("eq", "TRUE", True),
        ("eq", "True", True),
        ("eq", "false", False),
        ("ne", "false", True),
        ("ne", "true", False),
    ],
)
def test_trait_boolean_values_compare_as_caseless_strings(operator: str, value: str, expected: bool) -> None:
    assert matches(trait("beta", operator, value)) is expected


@pytest.mark.parametrize(
    ("name", "empty"),
    [("missing", True), ("nothing", True), ("blank", True), ("tier", False)],
)
def test_trait_is_empty_and_not_empty(name: str, empty: bool) -> None:
    assert matches(trait(name, "is_empty")) is empty
    assert matches(trait(name, "not_empty")) is not empty


@pytest.mark.parametrize(
    ("operator", "expected"),
    [
        ("eq", False),
        ("gt", False),
        ("gte", False),
        ("lt", False),
        ("lte", False),
        ("ne", True),
    ],
)
def test_trait_missing_only_matches_ne(operator: str, expected: bool) -> None:
    assert matches(trait("missing", operator, "1")) is expected
    assert matches(trait("nothing", operator, "1")) is expected


def test_trait_of_the_user() -> None:
    assert matches(trait("role", "eq", "admin", trait_entity_type="user"))
    assert not matches(trait("role", "eq", "member", trait_entity_type="user"))
    assert matches(trait("age", "gte", "18", trait_entity_type="user"))
    assert not matches(trait("age", "gte", "31", trait_entity_type="user"))


def test_trait_entity_type_is_respected() -> None:
    # "seats" exists only on the company, "role" only on the user.
    assert not matches(trait("seats", "eq", "10", trait_entity_type="user"))
    assert not matches(trait("role", "eq", "admin", trait_entity_type="company"))
    assert matches(trait("role", "is_empty", trait_entity_type="company"))


def test_trait_without_entity_type_falls_back_to_the_user() -> None:
    assert matches(trait("role", "eq", "admin"))
    assert not matches(trait("role", "eq", "member"))
    assert matches(trait("role", "eq", "admin"), company=None)


def test_trait_null_on_the_company_falls_back_to_the_user() -> None:
    user = Entity(id="user_x", keys={}, traits={"nothing": "set"})
    assert matches(trait("nothing", "eq", "set"), user=user)
    assert not matches(trait("nothing", "eq", "set", trait_entity_type="company"), user=user)


def test_trait_without_entity_type_prefers_the_company() -> None:
    assert matches(trait("shared", "eq", "from-company"))
    assert not matches(trait("shared", "eq", "from-user"))
    assert matches(trait("shared", "eq", "from-user", trait_entity_type="user"))


def test_trait_without_the_entity_never_matches() -> None:
    for operator in ("eq", "ne", "is_empty", "not_empty"):
        condition = trait("role", operator, "x", trait_entity_type="user")
        assert not matches(condition, user=None)
    assert not matches(trait("seats", "ne", "1"), company=None, user=None)


# --- metric conditions ---------------------------------------------------------


@pytest.mark.parametrize(
    ("period", "expected_start"),
    [
        ("all_time", None),
        (None, None),
        ("current_day", datetime(2024, 5, 15, tzinfo=UTC)),
        ("current_week", datetime(2024, 5, 13, tzinfo=UTC)),
        ("current_month", datetime(2024, 5, 1, tzinfo=UTC)),
    ],
)
def test_metric_asks_usage_for_the_period_start(period: str | None, expected_start: datetime | None) -> None:
    usage = UsageRecorder({"api_call": 3})
    assert matches(metric("api_call", "lt", 5, period), usage=usage)
    assert usage.calls == [("co_acme", "api_call", expected_start)]
    usage = UsageRecorder({"api_call": 5})
    assert not matches(metric("api_call", "lt", 5, period), usage=usage)
    assert usage.calls == [("co_acme", "api_call", expected_start)]


def test_metric_billing_cycle_month_counts_from_the_first() -> None:
    usage = UsageRecorder({"api_call": 1})
    condition = metric("api_call", "lt", 5, "current_month", "billing_cycle")
    assert matches(condition, usage=usage)
    assert usage.calls == [("co_acme", "api_call", datetime(2024, 5, 1, tzinfo=UTC))]


@pytest.mark.parametrize(
    ("operator", "allocation", "expected"),
    [
        ("eq", 5, True),
        ("eq", 6, False),
        ("ne", 6, True),
        ("ne", 5, False),
        ("gt", 4, True),
        ("gt", 5, False),
        ("gte", 5, True),
        ("gte", 6, False),
        ("lt", 6, True),
        ("lt", 5, False),
        ("lte", 5, True),
        ("lte", 4, False),
    ],
)
def test_metric_operators(operator: str, allocation: int, expected: bool) -> None:
    usage = UsageRecorder({"api_call": 5})
    assert matches(metric("api_call", operator, allocation), usage=usage) is expected


def test_metric_counts_the_right_event() -> None:
    usage = UsageRecorder({"api_call": 50, "export": 1})
    assert matches(metric("export", "lt", 5), usage=usage)
    assert not matches(metric("api_call", "lt", 5), usage=usage)


def test_metric_needs_a_company() -> None:
    usage = UsageRecorder()
    assert not matches(metric("api_call", "lt", 5), company=None, usage=usage)
    assert not matches(metric("api_call", "gte", 0), company=None, usage=usage)
    assert usage.calls == []


@pytest.mark.parametrize("operator", ["is_empty", "not_empty", "between", None])
def test_metric_rejects_other_operators(operator: str | None) -> None:
    condition = metric("api_call", "eq", 0)
    condition["operator"] = operator
    assert not matches(condition, usage=UsageRecorder())


def test_usage_is_looked_up_once_per_event_and_period() -> None:
    usage = UsageRecorder({"api_call": 2})
    the_flag = flag(
        rule(metric("api_call", "gt", 10, "current_day"), value=True),
        rule(metric("api_call", "gt", 5, "current_day"), value=True),
        rule(metric("api_call", "lt", 5, "current_month"), value=True),
    )
    assert evaluate(the_flag, usage=usage).value
    assert [call[2] for call in usage.calls] == [
        datetime(2024, 5, 15, tzinfo=UTC),
        datetime(2024, 5, 1, tzinfo=UTC),
    ]


# --- AND across conditions, OR within groups ------------------------------------


def test_conditions_are_anded() -> None:
    assert matches(company_is("co_acme"), user_is("user_alice"), trait("tier", "eq", "gold"))
    assert not matches(company_is("co_acme"), user_is("user_alice"), trait("tier", "eq", "x"))
    assert not matches(company_is("co_acme"), user_is("user_bob"))
    assert not matches(company_is("co_globex"), user_is("user_alice"))


def test_condition_group_ors_its_conditions() -> None:
    group = [company_is("co_globex"), user_is("user_alice")]
    assert evaluate(flag(rule(groups=(group,)))).value
    assert not evaluate(flag(rule(groups=(group,))), user=BOB).value
    assert evaluate(flag(rule(groups=(group,))), company=GLOBEX, user=BOB).value


def test_every_condition_group_must_match() -> None:
    by_company = [company_is("co_acme"), company_is("co_globex")]
    by_user = [user_is("user_bob"), trait("role", "eq", "admin", trait_entity_type="user")]
    the_flag = flag(rule(groups=(by_company, by_user)))
    assert evaluate(the_flag).value
    assert not evaluate(the_flag, user=Entity("user_carol", {}, {})).value
    assert evaluate(the_flag, company=GLOBEX, user=BOB).value
    assert not evaluate(the_flag, company=Entity("co_other", {}, {}), user=BOB).value


def test_conditions_and_groups_combine() -> None:
    the_flag = flag(rule(trait("tier", "eq", "gold"), groups=([user_is("user_alice"), user_is("x")],)))
    assert evaluate(the_flag).value
    assert not evaluate(the_flag, user=BOB).value
    assert not evaluate(the_flag, company=GLOBEX).value


def test_an_empty_condition_group_never_matches() -> None:
    assert not evaluate(flag(rule(groups=([],)))).value


def test_a_rule_without_conditions_matches_everyone() -> None:
    the_flag = flag(rule(value=True))
    assert evaluate(the_flag).value
    assert evaluate(the_flag, company=None, user=None).value


# --- precedence ------------------------------------------------------------------


def test_rule_type_precedence() -> None:
    rules = [
        rule(rule_type=rule_type, value=index % 2 == 0, rule_id=rule_type, priority=-index)
        for index, rule_type in enumerate(RULE_TYPE_ORDER)
        if rule_type != "default"
    ]
    expected_order = [r["id"] for r in rules]
    remaining = list(reversed(rules))  # input order must not matter
    for expected in expected_order:
        result = evaluate(flag(*remaining, default=True))
        assert result.rule_id == expected
        assert result.rule_type == expected
        remaining = [r for r in remaining if r["id"] != expected]
    assert evaluate(flag(*remaining, default=True)).rule_id is None


def test_global_override_beats_an_earlier_standard_rule() -> None:
    result = evaluate(
        flag(
            rule(company_is("co_acme"), value=False, priority=0),
            rule(rule_type="global_override", value=True, priority=99),
        )
    )
    assert result.value is True
    assert result.rule_type == "global_override"


def test_company_override_beats_plan_entitlement_and_standard() -> None:
    result = evaluate(
        flag(
            rule(value=False, rule_type="standard", rule_id="std"),
            rule(value=False, rule_type="plan_entitlement", rule_id="plan"),
            rule(company_is("co_acme"), value=True, rule_type="company_override"),
        )
    )
    assert (result.value, result.rule_type) == (True, "company_override")


def test_missing_rule_type_is_standard() -> None:
    untyped = rule(value=False, rule_type=None, rule_id="untyped")
    result = evaluate(flag(untyped, rule(value=True, rule_type="company_override")))
    assert result.rule_type == "company_override"
    result = evaluate(flag(untyped, rule(value=True, rule_type="standard", priority=1)))
    assert (result.rule_id, result.rule_type, result.value) == ("untyped", "standard", False)


def test_priority_orders_rules_within_a_type() -> None:
    result = evaluate(
        flag(
            rule(value=False, priority=2, rule_id="second"),
            rule(value=True, priority=1, rule_id="first"),
            rule(value=False, priority=3, rule_id="third"),
        )
    )
    assert (result.rule_id, result.value) == ("first", True)


def test_priority_ties_keep_input_order() -> None:
    result = evaluate(
        flag(
            rule(value=False, priority=1, rule_id="a"),
            rule(value=True, priority=1, rule_id="b"),
        )
    )
    assert result.rule_id == "a"


def test_priority_does_not_cross_rule_types() -> None:
    result = evaluate(
        flag(
            rule(value=False, priority=-100, rule_type="standard"),
            rule(value=True, priority=100, rule_type="company_override"),
        )
    )
    assert result.rule_type == "company_override"


def test_non_matching_higher_precedence_rules_are_skipped() -> None:
    result = evaluate(
        flag(
            rule(company_is("co_globex"), value=False, rule_type="company_override"),
            rule(user_is("user_alice"), value=True, rule_id="std"),
        )
    )
    assert (result.rule_id, result.value) == ("std", True)


# --- default fall-through and reasons ----------------------------------------------


@pytest.mark.parametrize("default", [True, False])
def test_no_matching_rule_returns_the_default(default: bool) -> None:
    result = evaluate(flag(rule(company_is("co_globex"), value=not default), default=default))
    assert result == FlagEvaluation(
        value=default,
        reason=REASON_NO_RULES_MATCHED,
        rule_id=None,
        rule_type=None,
        entitlement=None,
    )


def test_flag_without_rules_returns_the_default() -> None:
    assert evaluate(flag(default=True)).value is True
    assert evaluate(flag(default=False)).reason == "No rules matched"


def test_default_rule_yields_the_flag_default_after_all_others() -> None:
    default_rule = rule(value=False, rule_type="default", rule_id="dflt", priority=-5)
    result = evaluate(flag(default_rule, rule(company_is("co_globex")), default=True))
    assert (result.value, result.rule_id, result.rule_type) == (True, "dflt", "default")
    result = evaluate(flag(default_rule, rule(company_is("co_acme"), value=False)))
    assert (result.value, result.rule_type) == (False, "standard")


def test_matched_reason_names_the_rule() -> None:
    the_rule = rule(rule_type="company_override", rule_id="rule_9", name="Acme beta")
    result = evaluate(flag(the_rule))
    assert result.reason == 'Matched company override rule "Acme beta" (rule_9)'
    assert result.reason == matched_reason(the_rule)
    assert matched_reason({"name": "x"}) == 'Matched standard rule "x"'


# --- entitlements -------------------------------------------------------------------


def test_entitlement_of_the_deciding_metric_rule() -> None:
    usage = UsageRecorder({"api_call": 7})
    result = evaluate(
        flag(
            rule(
                company_is("co_acme"),
                metric("api_call", "lt", 10, "current_month"),
                rule_type="company_override",
                rule_id="limit",
            )
        ),
        usage=usage,
    )
    assert (result.value, result.rule_id) == (True, "limit")
    assert result.entitlement == Entitlement(
        allocation=10,
        usage=7,
        event_name="api_call",
        metric_period="current_month",
        metric_reset_at=datetime(2024, 6, 1, tzinfo=UTC),
    )


@pytest.mark.parametrize(
    ("period", "reset_at"),
    [
        ("all_time", None),
        ("current_day", datetime(2024, 5, 16, tzinfo=UTC)),
        ("current_week", datetime(2024, 5, 20, tzinfo=UTC)),
        ("current_month", datetime(2024, 6, 1, tzinfo=UTC)),
    ],
)
def test_entitlement_period_and_reset(period: str, reset_at: datetime | None) -> None:
    result = evaluate(flag(rule(metric("e", "lt", 3, period))), usage=UsageRecorder())
    assert result.entitlement is not None
    assert result.entitlement.metric_period == period
    assert result.entitlement.metric_reset_at == reset_at


def test_entitlement_defaults_to_all_time() -> None:
    result = evaluate(flag(rule(metric("e", "lt", 3, None))), usage=UsageRecorder())
    assert result.entitlement is not None
    assert result.entitlement.metric_period == "all_time"


def test_entitlement_when_usage_reached_the_allocation_falls_through() -> None:
    usage = UsageRecorder({"api_call": 10})
    limited = rule(
        company_is("co_acme"),
        metric("api_call", "lt", 10, "current_week"),
        rule_type="company_override",
    )
    result = evaluate(flag(limited, default=False), usage=usage)
    assert (result.value, result.rule_id, result.reason) == (
        False,
        None,
        REASON_NO_RULES_MATCHED,
    )
    assert result.entitlement == Entitlement(
        allocation=10,
        usage=10,
        event_name="api_call",
        metric_period="current_week",
        metric_reset_at=datetime(2024, 5, 20, tzinfo=UTC),
    )


def test_no_fall_through_entitlement_for_a_rule_failing_on_other_conditions() -> None:
    limited = rule(company_is("co_globex"), metric("api_call", "lt", 10))
    result = evaluate(flag(limited), usage=UsageRecorder({"api_call": 3}))
    assert result.rule_id is None
    assert result.entitlement is None
    result = evaluate(flag(limited), usage=UsageRecorder({"api_call": 30}))
    assert result.entitlement is None


def test_fall_through_entitlement_comes_from_the_first_blocked_rule() -> None:
    usage = UsageRecorder({"a": 5, "b": 50})
    result = evaluate(
        flag(
            rule(metric("b", "lt", 20), rule_type="standard"),
            rule(metric("a", "lt", 5), rule_type="company_override"),
        ),
        usage=usage,
    )
    assert result.entitlement is not None
    assert (result.entitlement.event_name, result.entitlement.allocation) == ("a", 5)


def test_fall_through_entitlement_survives_a_default_rule() -> None:
    result = evaluate(
        flag(rule(metric("a", "lt", 5)), rule(rule_type="default", value=True)),
        usage=UsageRecorder({"a": 9}),
    )
    assert result.rule_type == "default"
    assert result.entitlement is not None
    assert result.entitlement.usage == 9


def test_usage_exceeded_rule_decides_with_its_entitlement() -> None:
    the_flag = flag(
        rule(
            company_is("co_acme"),
            metric("seats_used", "lt", 10),
            rule_type="company_override",
            value=True,
            rule_id="within",
        ),
        rule(
            company_is("co_acme"),
            metric("seats_used", "gte", 10),
            rule_type="company_override_usage_exceeded",
            value=False,
            rule_id="exceeded",
        ),
        default=True,
    )
    within = evaluate(the_flag, usage=UsageRecorder({"seats_used": 9}))
    assert (within.value, within.rule_id) == (True, "within")
    exceeded = evaluate(the_flag, usage=UsageRecorder({"seats_used": 12}))
    assert (exceeded.value, exceeded.rule_id) == (False, "exceeded")
    assert exceeded.entitlement is not None
    assert (exceeded.entitlement.allocation, exceeded.entitlement.usage) == (10, 12)


def test_entitlement_from_a_group_metric_that_did_not_match() -> None:
    group = [metric("api_call", "lt", 10), user_is("user_alice")]
    result = evaluate(flag(rule(groups=(group,))), usage=UsageRecorder({"api_call": 40}))
    assert result.value is True
    assert result.entitlement is not None
    assert (result.entitlement.allocation, result.entitlement.usage) == (10, 40)


def test_entitlement_uses_the_first_metric_condition() -> None:
    result = evaluate(
        flag(
            rule(
                metric("first", "lt", 10),
                groups=([metric("second", "lt", 20)],),
            )
        ),
        usage=UsageRecorder({"first": 1, "second": 2}),
    )
    assert result.entitlement is not None
    assert result.entitlement.event_name == "first"


def test_no_entitlement_without_a_metric_rule_or_a_company() -> None:
    assert evaluate(flag(rule(company_is("co_acme")))).entitlement is None
    result = evaluate(
        flag(rule(metric("a", "lt", 5)), rule(value=True)),
        company=None,
        usage=UsageRecorder(),
    )
    assert (result.rule_type, result.entitlement) == ("standard", None)


def test_standard_rule_after_a_blocked_metric_rule_reports_no_entitlement() -> None:
    result = evaluate(
        flag(
            rule(metric("a", "lt", 5), rule_type="company_override"),
            rule(company_is("co_acme"), value=False, rule_id="std"),
        ),
        usage=UsageRecorder({"a": 5}),
    )
    assert (result.rule_id, result.entitlement) == ("std", None)


# --- unsupported conditions and robustness -------------------------------------------


@pytest.mark.parametrize(
    "condition_type",
    ["plan", "base_plan", "plan_version", "billing_product", "crm_product", "credit"],
)
@pytest.mark.parametrize("operator", ["eq", "ne", "is_empty", "not_empty"])
def test_plan_and_billing_conditions_never_match(condition_type: str, operator: str) -> None:
    condition = cond(condition_type, operator, resource_ids=["plan_1"], credit_id="c")
    assert not matches(condition)
    group = [condition, company_is("co_acme")]
    assert evaluate(flag(rule(groups=(group,)))).value


@pytest.mark.parametrize(
    "the_flag",
    [
        {},
        {"default_value": "yes", "rules": "nope"},
        {"default_value": False, "rules": [None, 3, "rule", []]},
        {"default_value": False, "rules": [{"rule_type": "mystery", "value": True}]},
        {"default_value": False, "rules": [{"value": "true", "conditions": []}]},
        {"default_value": False, "rules": [{"value": True, "conditions": "all"}]},
        {"default_value": False, "rules": [{"value": True, "condition_groups": [5]}]},
        {"default_value": False, "rules": [{"value": True, "condition_groups": [{}]}]},
        {"default_value": False, "rules": [{"value": True, "condition_groups": "x"}]},
    ],
)
def test_junk_flags_fall_back_to_false_or_the_default(the_flag: dict[str, Any]) -> None:
    result = evaluate(the_flag, usage=UsageRecorder())
    assert result.value is False
    assert result.rule_id is None
    assert result.reason == REASON_NO_RULES_MATCHED


def test_non_mapping_flag_does_not_raise() -> None:
    junk: Any = ["not", "a", "flag"]
    assert evaluate(junk).value is False


@pytest.mark.parametrize(
    "condition",
    [
        None,
        "company",
        {},
        {"condition_type": "galaxy", "operator": "eq"},
        {"condition_type": "company", "operator": "eq"},
        {"condition_type": "company", "operator": "eq", "resource_ids": "co_acme"},
        {"condition_type": "company", "operator": "contains", "resource_ids": ["co_acme"]},
        {"condition_type": "user", "operator": None, "resource_ids": ["user_alice"]},
        {"condition_type": "company", "operator": "eq", "resource_ids": [None, 4]},
        trait("tier", "like", "gold"),
        trait("tier", "eq", "gold", trait_entity_type="organisation"),
        {"condition_type": "trait", "operator": "eq", "trait_value": "gold"},
        {"condition_type": "trait", "operator": "eq", "trait_id": 7, "trait_value": "1"},
        {"condition_type": "trait", "operator": "eq", "trait_id": "tier"},
        {"condition_type": "trait", "operator": "ne", "trait_id": "tier", "trait_value": None},
        trait("tier", "eq", "gold") | {"trait_value": {"nested": True}},
        metric("api_call", "lt", 5) | {"metric_value": "5"},
        metric("api_call", "lt", 5) | {"metric_value": True},
        metric("api_call", "lt", 5) | {"metric_value": None},
        metric("api_call", "lt", 5) | {"event_subtype": None},
        metric("api_call", "lt", 5) | {"event_subtype": ""},
        metric("api_call", "lt", 5) | {"metric_period": "fortnight"},
        metric("api_call", "lt", 5) | {"metric_period": 30},
        metric("api_call", "lt", 5, "current_month", "quarterly"),
    ],
)
def test_malformed_conditions_do_not_match(condition: Any) -> None:
    result = evaluate(flag(rule(condition)), usage=UsageRecorder({"api_call": 1}))
    assert result.value is False
    assert result.entitlement is None


def test_odd_trait_values_do_not_raise() -> None:
    odd = Entity(
        id="co_odd",
        keys={},
        traits={"obj": {"a": 1}, "arr": [1], "nan": float("nan"), "big": 10**30},
    )
    assert not matches(trait("obj", "eq", "{'a': 1}"), company=odd)
    assert not matches(trait("obj", "ne", "x"), company=odd)
    assert matches(trait("arr", "not_empty"), company=odd)
    assert matches(trait("nan", "eq", "nan"), company=odd)  # no number: plain strings
    assert not matches(trait("nan", "eq", "1"), company=odd)
    assert matches(trait("big", "gt", "999999999999999999999999999"), company=odd)
    assert not matches(trait("big", "lt", "1e3"), company=odd)


def test_non_numeric_trait_with_numeric_operator_compares_as_string() -> None:
    text = Entity(id="co_text", keys={}, traits={"plan": "ten"})
    assert not matches(trait("plan", "eq", "10"), company=text)
    assert matches(trait("plan", "gt", "10"), company=text)


def test_junk_priority_sorts_last_within_its_type() -> None:
    result = evaluate(
        flag(
            rule(value=False, rule_id="junk") | {"priority": "high"},
            rule(value=True, priority=50, rule_id="int"),
        )
    )
    assert result.rule_id == "int"


def test_usage_callback_returning_junk_is_a_non_match() -> None:
    def junk_usage(company_id: str, event: str, start: datetime | None) -> Any:
        return "many"

    result = evaluate(flag(rule(metric("a", "gte", 0))), usage=junk_usage)
    assert (result.value, result.entitlement) == (False, None)
