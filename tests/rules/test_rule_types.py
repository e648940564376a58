"""Rule types: which rule answers, in Schematic's order, and what the answer carries."""

from __future__ import annotations

import pytest
from rules_builders import agreed, company, condition, flag, metric, rule, user
from rules_oracle import OfficialEngine

from schematic_ext._rules import REASON_NO_RULES_MATCHED, RULE_TYPE_ORDER

MATCHING_PLAN = condition("plan", ids=("p1",))
MISSING_PLAN = condition("plan", ids=("p9",))


def test_no_rules_answers_the_default(official: OfficialEngine) -> None:
    result = agreed(official, flag(default=True), company(), user())
    assert (result.value, result.reason, result.rule_id, result.rule_type) == (
        True,
        REASON_NO_RULES_MATCHED,
        None,
        None,
    )
    assert (result.flag_id, result.flag_key, result.company_id, result.user_id) == (
        "flag-1",
        "feature",
        "co1",
        "u1",
    )


@pytest.mark.parametrize("rule_type", RULE_TYPE_ORDER)
def test_each_rule_type_answers_with_its_value_and_reason(official: OfficialEngine, rule_type: str) -> None:
    result = agreed(
        official,
        flag(rule("r1", rule_type, MATCHING_PLAN, value=False), default=True),
        company(plan_ids=["p1"]),
    )
    assert (result.value, result.rule_id, result.rule_type) == (False, "r1", rule_type)
    assert result.reason == f'Matched {rule_type.replace("_", " ")} rule "name of r1" (r1)'


@pytest.mark.parametrize("rule_type", ["global_override", "default"])
def test_overrides_and_defaults_ignore_their_conditions(official: OfficialEngine, rule_type: str) -> None:
    result = agreed(official, flag(rule("r1", rule_type, MISSING_PLAN)))
    assert result.rule_id == "r1"


def test_rule_types_are_tried_in_schematics_order(official: OfficialEngine) -> None:
    remaining = list(reversed(RULE_TYPE_ORDER))
    answered = []
    while remaining:
        result = agreed(official, flag(*(rule(t, t) for t in remaining)), company())
        answered.append(result.rule_id)
        remaining.remove(result.rule_id)
    assert answered == list(RULE_TYPE_ORDER)


def test_standard_rules_go_by_ascending_priority_ties_in_order(official: OfficialEngine) -> None:
    rules = [rule("late", priority=2), rule("first-of-tie", priority=-1), rule("second-of-tie", priority=-1)]
    assert agreed(official, flag(*rules)).rule_id == "first-of-tie"
    assert agreed(official, flag(*reversed(rules))).rule_id == "second-of-tie"


@pytest.mark.parametrize(
    "rule_type", ["company_override", "plan_entitlement", "plan_entitlement_usage_exceeded"]
)
def test_entitlement_rules_that_grant_go_first(official: OfficialEngine, rule_type: str) -> None:
    rules = [
        rule("deny", rule_type, value=False, priority=-5),
        rule("grant", rule_type, value=True, priority=5),
    ]
    assert agreed(official, flag(*rules), company()).rule_id == "grant"


def test_company_and_user_rules_join_for_their_flag_only(official: OfficialEngine) -> None:
    theirs = company(
        rules=[rule("c-other", "global_override", flag_id="flag-2"), rule("c-none", "global_override")]
    )
    assert agreed(official, flag(rule("f", priority=1)), theirs).rule_id == "f"
    ours = company(rules=[rule("c", priority=1, flag_id="flag-1")])
    person = user(rules=[rule("u", priority=1, flag_id="flag-1")])
    assert (
        agreed(official, flag(rule("f", priority=1)), ours, person).rule_id == "f"
    )  # ties: flag, company, user
    assert agreed(official, flag(), ours, person).rule_id == "c"
    earlier = user(rules=[rule("u", priority=0, flag_id="flag-1")])
    assert agreed(official, flag(rule("f", priority=1)), ours, earlier).rule_id == "u"
    override = company(rules=[rule("c", "company_override", flag_id="flag-1", value=False)])
    assert agreed(official, flag(rule("f", priority=-9)), override).rule_id == "c"


def test_entitlement_rules_report_usage_and_allocation(official: OfficialEngine) -> None:
    usage = condition("metric", "lt", event_subtype="calls", metric_value=10, metric_period="current_month")
    data = company(metrics=[metric("calls", 3, "current_month")])
    result = agreed(official, flag(rule("r1", "plan_entitlement", usage)), data)
    assert (result.feature_usage, result.feature_allocation, result.feature_usage_event) == (3, 10, "calls")
    assert result.feature_usage_period == "current_month"
    assert (
        result.feature_usage_reset_at is not None
        and result.feature_usage_reset_at.isoformat() == "2024-07-01T00:00:00+00:00"
    )


def test_other_rules_and_company_less_checks_report_no_usage(official: OfficialEngine) -> None:
    usage = condition("metric", "lt", event_subtype="calls", metric_value=10)
    standard = agreed(official, flag(rule("r1", "standard", usage)), company())
    assert standard.feature_usage is None and standard.feature_allocation is None
    person = agreed(
        official, flag(rule("r1", "plan_entitlement", condition("user", ids=("u1",)))), None, user()
    )
    assert person.rule_type == "plan_entitlement" and person.feature_usage is None


def test_the_companys_entitlement_for_the_feature_rides_along(official: OfficialEngine) -> None:
    entitlements = [
        {"feature_id": "f0", "feature_key": "other", "value_type": "boolean"},
        {
            "feature_id": "f1",
            "feature_key": "feature",
            "value_type": "numeric",
            "allocation": 5,
            "warning_tiers": [],
        },
        {"feature_id": "f2", "feature_key": "feature", "value_type": "numeric", "allocation": 9},
    ]
    result = agreed(official, flag(), company(entitlements=entitlements))
    assert result.entitlement == {
        "feature_id": "f1",
        "feature_key": "feature",
        "value_type": "numeric",
        "allocation": 5,
    }
