"""Hypothesis strategies for the rules engine's inputs, in the public description's shapes.

Identifiers come from small pools so that conditions often name what the company or user has, and
trait values mix every comparable type's spellings (and misspellings) so that each type meets the
others' values too.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from hypothesis import strategies as st

PLANS = ("p1", "p2", "p3")
PLAN_VERSIONS = ("v1", "v2", "v3")
PRODUCTS = ("b1", "b2")
CREDITS = ("cr1", "cr2")
EVENTS = ("ev1", "ev2")
COMPANIES = ("co1", "co2")
USERS = ("u1", "u2")
FLAG_ID, FLAG_KEY = "flag-1", "my-flag"
COMPARABLE = ("string", "int", "bool", "date")
TRAIT_IDS = ("t1", "t2", "t3", "t4", "t5")
OPERATORS = ("eq", "ne", "gt", "gte", "lt", "lte", "is_empty", "not_empty")
RULE_TYPES = (
    "global_override",
    "company_override",
    "company_override_usage_exceeded",
    "plan_entitlement",
    "plan_entitlement_usage_exceeded",
    "standard",
    "default",
)
CONDITION_TYPES = (
    "base_plan",
    "billing_product",
    "company",
    "credit",
    "metric",
    "plan",
    "plan_version",
    "trait",
    "user",
)
PERIODS = ("all_time", "current_day", "current_week", "current_month")
MONTH_RESETS = ("first_of_month", "billing_cycle")
VALUE_TYPES = ("boolean", "credit", "numeric", "trait", "unknown", "unlimited")
BASE = {"account_id": "acc", "environment_id": "env"}

# Leaf strategies, built once (building them inside the composites below dominates generation time).
_BOOL = st.booleans()
_TENTH, _FIFTH, _SIXTH, _TWENTIETH = (
    st.integers(0, 9),
    st.integers(0, 4),
    st.integers(0, 5),
    st.integers(0, 19),
)
_YEAR = st.sampled_from([2024, 2024, 2025, 2023, 24, 1, 99999])
_MONTH, _DAY, _HOUR, _MINUTE = st.integers(1, 12), st.integers(1, 31), st.integers(0, 24), st.integers(0, 59)
_SECOND = st.sampled_from([0, 5, 59, 60, 61])
_FRACTION = st.sampled_from(["", ".5", ".123", ".123456789", ".1234567891", "."])
_OFFSET = st.sampled_from(["Z", "z", "+01:00", "-05:30", "+0100", "+00:00", "+24:00", "+01", "", "−01:00"])
_ZONE = st.sampled_from(["UTC", "EST", "GMT+0100", "Pacific Standard Time", ""])
_WEEKDAY = st.sampled_from(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "tue"])
_TRAIT_ID, _COMPARABLE, _ENTITY = (
    st.sampled_from(TRAIT_IDS),
    st.sampled_from(COMPARABLE),
    st.sampled_from(["company", "user"]),
)
_CONDITION_TYPE, _OPERATOR = st.sampled_from(CONDITION_TYPES), st.sampled_from(OPERATORS)
_CONDITION_ID = st.sampled_from(["c1", "c2", "c3"])
_MAYBE_CREDIT = st.none() | st.sampled_from(CREDITS)
_MAYBE_RATE = st.none() | st.sampled_from([0.0, 0.5, 1.0, 2.0, 10.0, 1.5])
_MAYBE_EVENT = st.none() | st.sampled_from(EVENTS)
_METRIC_VALUE = st.integers(0, 20)
_MAYBE_METRIC_VALUE = st.one_of(_METRIC_VALUE, st.none())
_EVENT, _PERIOD, _MONTH_RESET = (
    st.sampled_from(EVENTS),
    st.sampled_from(PERIODS),
    st.sampled_from(MONTH_RESETS),
)
_MAYBE_PERIOD, _MAYBE_MONTH_RESET = st.none() | _PERIOD, st.none() | _MONTH_RESET
_RULE_ID, _RULE_TYPE, _PRIORITY = (
    st.sampled_from(["r1", "r2", "r3", "r4", "r5", "r6"]),
    # The unconditional types (global_override, default) always match: rarer, so the others get tried.
    st.sampled_from([t for t in RULE_TYPES for _ in range(1 if t in ("global_override", "default") else 5)]),
    st.integers(-2, 3),
)
_COUNT = st.integers(0, 25)
_SHAPE = st.integers(0, 10)
_NAME = st.sampled_from(["Rule", 'quoted "name"', "ünï", "", None])
_IDS = {
    kind: st.lists(st.sampled_from(pool), max_size=3)
    for kind, pool in {
        "base_plan": ("p1", "p2", "p3"),
        "billing_product": ("b1", "b2"),
        "company": ("co1", "co2"),
        "plan": ("p1", "p2", "p3"),
        "plan_version": ("v1", "v2", "v3"),
        "user": ("u1", "u2"),
    }.items()
}
_COMPANY_ID, _USER_ID = st.sampled_from(COMPANIES), st.sampled_from(USERS)

# Instants a check runs at: ordinary days and the edges of days, weeks (Sunday) and months.
NOW = st.one_of(
    st.integers(1_704_067_200_000, 1_798_761_600_000),  # 2024-01-01 .. 2027-01-01
    st.sampled_from(
        [
            1_717_286_400_000,  # Sunday 2024-06-02 00:00
            1_717_286_399_999,  # Saturday 23:59:59.999
            1_709_164_800_000,  # 2024-02-29 00:00
            1_719_791_999_999,  # 2024-06-30 23:59:59.999
            1_735_689_599_000,  # 2024-12-31 23:59:59
            1_717_243_200_000,  # 2024-06-01 12:00
        ]
    ),
).map(lambda ms: datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(milliseconds=ms))

INT_SPELLINGS = st.sampled_from(
    [
        "0",
        "1",
        "2",
        "5",
        "10",
        "-3",
        "+5",
        "05",
        "-0",
        "5.0",
        "2.5",
        "1e3",
        "abc",
        "",
        " 5",
        "0x10",
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775809",
        "1_0",
        "inf",
        "nan",
        ".5",
        "5.",
    ]
) | st.integers(-20, 20).map(str)
BOOL_SPELLINGS = st.sampled_from(["true", "false", "1", "0", "True", "TRUE", "", "yes", "t"])
PLAIN_STRINGS = st.sampled_from(["a", "b", "abc", "B", "é", "z", "", "10", "9", "😀", "true"]) | st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=4
)


@st.composite
def date_spellings(draw: st.DrawFn) -> str:
    """A date in one of the spellings the engine reads, or a near miss of one."""
    year = draw(_YEAR)
    month, day = draw(_MONTH), draw(_DAY)
    hour, minute = draw(_HOUR), draw(_MINUTE)
    second = draw(_SECOND)
    fraction = draw(_FRACTION)
    offset = draw(_OFFSET)
    weekday = draw(_WEEKDAY)
    month_name = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")[
        month - 1
    ]
    date = f"{year:04d}-{month:02d}-{day:02d}"
    clock = f"{hour:02d}:{minute:02d}:{second:02d}"
    shapes = [
        f"{date}T{clock}{fraction}{offset}",
        f"{date}t{clock}{fraction}{offset}",
        f"{date} {clock}{fraction}{offset}",
        f"{date} {clock} {draw(_ZONE)}",
        f"{year}-{month}-{day} {hour}:{minute}:{second}",
        f"{year}-{month}-{day}T{hour}:{minute}:{second}{offset}",
        date,
        f"{weekday} {month_name} {day:02d} {year} {clock} GMT{offset}",
        f"{weekday} {month_name} {day:02d} {year} {clock} GMT+0100 (Central European Standard Time)",
        f"{weekday} {month_name} {day} {year} {clock}",
        f"{weekday} {month_name} {day:02d} {year}",
    ]
    spelled = shapes[draw(_SHAPE)]
    if draw(_TENTH) == 0:
        spelled = [f" {spelled}", f"{spelled} ", spelled.upper(), spelled.replace(" ", "  ")][
            draw(_FIFTH) % 4
        ]
    return spelled


TRAIT_VALUES = st.one_of(INT_SPELLINGS, BOOL_SPELLINGS, PLAIN_STRINGS, date_spellings())


@st.composite
def trait_definitions(draw: st.DrawFn, entity: str | None = None) -> dict[str, Any]:
    return {
        "id": draw(_TRAIT_ID),
        "comparable_type": draw(_COMPARABLE),
        "entity_type": entity or draw(_ENTITY),
    }


@st.composite
def traits(draw: st.DrawFn, entity: str) -> dict[str, Any]:
    trait: dict[str, Any] = {"value": draw(TRAIT_VALUES)}
    if draw(_TENTH):
        trait["trait_definition"] = draw(trait_definitions(entity))
    return trait


@st.composite
def conditions(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(_CONDITION_TYPE)
    condition: dict[str, Any] = {
        **BASE,
        "id": draw(_CONDITION_ID),
        "condition_type": kind,
        "operator": draw(_OPERATOR),
        "resource_ids": [],
        "trait_value": "",
    }
    if kind in _IDS:
        condition["resource_ids"] = draw(_IDS[kind])
    elif kind == "credit":
        condition["credit_id"] = draw(_MAYBE_CREDIT)
        condition["consumption_rate"] = draw(_MAYBE_RATE)
        if draw(_FIFTH) == 0:
            condition["event_subtype"] = draw(_EVENT)
    elif kind == "metric":
        condition["event_subtype"] = draw(_MAYBE_EVENT)
        condition["metric_value"] = draw(_MAYBE_METRIC_VALUE if draw(_TENTH) == 0 else _METRIC_VALUE)
        condition["metric_period"] = draw(_MAYBE_PERIOD)
        condition["metric_period_month_reset"] = draw(_MAYBE_MONTH_RESET)
        if draw(_FIFTH) == 0:
            condition["comparison_trait_definition"] = draw(trait_definitions("company"))
    elif kind == "trait":
        if draw(_TWENTIETH):
            condition["trait_definition"] = draw(trait_definitions())
        condition["trait_value"] = draw(TRAIT_VALUES)
        if draw(_FIFTH) == 0:
            condition["comparison_trait_definition"] = draw(trait_definitions())
    return {key: value for key, value in condition.items() if value is not None}


_CONDITIONS = st.lists(conditions(), max_size=2)
_GROUP_CONDITIONS = st.lists(conditions(), min_size=1, max_size=3)
_GROUPS = st.lists(st.fixed_dictionaries({"conditions": _GROUP_CONDITIONS}), max_size=2)
_LIMIT_OPERATOR = st.sampled_from(["lt", "lte", "gt", "gte"])


@st.composite
def usage_conditions(draw: st.DrawFn) -> dict[str, Any]:
    """A metered entitlement's condition: usage of an event (or an int trait) against an allowance."""
    condition: dict[str, Any] = {
        **BASE,
        "id": "usage",
        "operator": draw(_LIMIT_OPERATOR),
        "resource_ids": [],
        "trait_value": str(draw(_METRIC_VALUE)),
    }
    if draw(_FIFTH):
        condition["condition_type"] = "metric"
        condition["event_subtype"] = draw(_EVENT)
        condition["metric_value"] = draw(_METRIC_VALUE)
        period = draw(_MAYBE_PERIOD)
        month_reset = draw(_MAYBE_MONTH_RESET)
        if period is not None:
            condition["metric_period"] = period
        if month_reset is not None:
            condition["metric_period_month_reset"] = month_reset
    else:
        condition["condition_type"] = "trait"
        condition["trait_definition"] = {
            "id": draw(_TRAIT_ID),
            "comparable_type": "int",
            "entity_type": "company",
        }
    if draw(_FIFTH) == 0:
        condition["comparison_trait_definition"] = draw(trait_definitions("company"))
    return condition


@st.composite
def rules(draw: st.DrawFn, flag_ids: st.SearchStrategy[str | None]) -> dict[str, Any]:
    rule_id = draw(_RULE_ID)
    rule_type = draw(_RULE_TYPE)
    conditions_drawn = draw(_CONDITIONS)
    if ("entitlement" in rule_type or "override" in rule_type) and draw(_BOOL):
        conditions_drawn.insert(draw(_FIFTH) % (len(conditions_drawn) + 1), draw(usage_conditions()))
    rule: dict[str, Any] = {
        **BASE,
        "id": rule_id,
        "rule_type": rule_type,
        "name": draw(_NAME) or rule_id,
        "priority": draw(_PRIORITY),
        "conditions": conditions_drawn,
        "condition_groups": draw(_GROUPS),
        "value": draw(_BOOL),
    }
    flag_id = draw(flag_ids)
    if flag_id is not None:
        rule["flag_id"] = flag_id
    return rule


def _timestamp(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


@st.composite
def subscriptions(draw: st.DrawFn, now: datetime) -> dict[str, Any]:
    start = now + timedelta(
        days=draw(st.integers(-800, 60)),
        seconds=draw(st.integers(-86_400, 86_400)),
        microseconds=draw(st.sampled_from([0, 0, 1000, 123_456])),
    )
    if draw(_FIFTH) == 0:
        last = (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        start = start.replace(day=min(draw(st.sampled_from([28, 29, 30, 31])), last.day))
    end = start + timedelta(days=draw(st.integers(1, 800)), seconds=draw(st.integers(0, 86_400)))
    return {"id": "sub", "period_start": _timestamp(start), "period_end": _timestamp(end)}


@st.composite
def metrics(draw: st.DrawFn, company_id: str) -> dict[str, Any]:
    return {
        **BASE,
        "company_id": company_id,
        "event_subtype": draw(_EVENT),
        "period": draw(_PERIOD),
        "month_reset": draw(_MONTH_RESET),
        "value": draw(_COUNT),
        "created_at": "2024-01-01T00:00:00Z",
    }


_ENTITLEMENT_FIELDS: dict[str, st.SearchStrategy[Any]] = {
    "allocation": st.integers(0, 100),
    "usage": st.integers(0, 100),
    "soft_limit": st.integers(0, 100),
    "metric_period": _PERIOD,
    "month_reset": _MONTH_RESET,
    "metric_reset_at": st.sampled_from(["2024-07-01T00:00:00Z", "2025-01-15T10:30:00.5+01:00"]),
    "event_name": st.sampled_from(["api-call"]),
    "event_subtype": _EVENT,
    "credit_id": st.sampled_from(CREDITS),
    "credit_total": st.floats(0, 100, allow_nan=False),
    "credit_used": st.floats(0, 100, allow_nan=False),
    "credit_remaining": st.floats(-10, 100, allow_nan=False),
    "credit_reserved": st.floats(0, 10, allow_nan=False),
    "credit_settled": st.floats(0, 10, allow_nan=False),
    "consumption_rate": st.sampled_from([0.5, 1.0, 2.0]),
    "warning_tiers": st.lists(
        st.fixed_dictionaries({"key": st.sampled_from(["w1"]), "value": _TENTH}), max_size=2
    ),
}
_ENTITLEMENT_NAMES = st.lists(st.sampled_from(sorted(_ENTITLEMENT_FIELDS)), max_size=6, unique=True)
_FEATURE_ID = st.sampled_from(["fe1", "fe2"])
_FEATURE_KEY = st.sampled_from([FLAG_KEY, FLAG_KEY, "other", FLAG_KEY.upper()])
_VALUE_TYPE = st.sampled_from(VALUE_TYPES)


@st.composite
def entitlements(draw: st.DrawFn) -> dict[str, Any]:
    entitlement: dict[str, Any] = {
        "feature_id": draw(_FEATURE_ID),
        "feature_key": draw(_FEATURE_KEY),
        "value_type": draw(_VALUE_TYPE),
    }
    for name in draw(_ENTITLEMENT_NAMES):
        entitlement[name] = draw(_ENTITLEMENT_FIELDS[name])
    return entitlement


# Company and user rules belong to this flag, to none, or to another; flag rules name this flag or none.
RULE_FLAG_IDS = st.sampled_from([FLAG_ID, FLAG_ID, None, "other-flag"])
FLAG_RULES = st.lists(rules(st.sampled_from([None, FLAG_ID, "other-flag"])), max_size=6)
ENTITY_RULES = st.lists(rules(RULE_FLAG_IDS), max_size=2)
_COMPANY_TRAITS, _USER_TRAITS = st.lists(traits("company"), max_size=5), st.lists(traits("user"), max_size=4)
_PRODUCT_IDS = st.lists(st.sampled_from(PRODUCTS), max_size=2)
_PLAN_IDS = st.lists(st.sampled_from(PLANS), max_size=2)
_VERSION_IDS = st.lists(st.sampled_from(PLAN_VERSIONS), max_size=2)
_BALANCES = st.dictionaries(
    st.sampled_from(CREDITS), st.sampled_from([0.0, 0.5, 1.0, 2.0, 5.0, 100.0, -1.0, 1.5])
)
_PLAN = st.sampled_from(PLANS)
_ENTITLEMENTS = st.lists(entitlements(), max_size=3)


@st.composite
def companies(draw: st.DrawFn, now: datetime) -> dict[str, Any]:
    company_id = draw(_COMPANY_ID)
    company: dict[str, Any] = {
        **BASE,
        "id": company_id,
        "billing_product_ids": draw(_PRODUCT_IDS),
        "credit_balances": draw(_BALANCES),
        "keys": {"domain": "example.com"},
        "metrics": draw(st.lists(metrics(company_id), max_size=4)),
        "plan_ids": draw(_PLAN_IDS),
        "plan_version_ids": draw(_VERSION_IDS),
        "rules": draw(ENTITY_RULES),
        "traits": draw(_COMPANY_TRAITS),
    }
    if draw(_BOOL):
        company["base_plan_id"] = draw(_PLAN)
    if draw(_BOOL):
        company["subscription"] = draw(subscriptions(now))
    if draw(_BOOL):
        company["entitlements"] = draw(_ENTITLEMENTS)
    return company


@st.composite
def users(draw: st.DrawFn) -> dict[str, Any]:
    return {
        **BASE,
        "id": draw(_USER_ID),
        "keys": {"email": "a@example.com"},
        "rules": draw(ENTITY_RULES),
        "traits": draw(_USER_TRAITS),
    }


@st.composite
def cases(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any] | None, dict[str, Any] | None, datetime]:
    """(flag, company or None, user or None, now) for one check."""
    now = draw(NOW)
    flag = {
        **BASE,
        "id": FLAG_ID,
        "key": FLAG_KEY,
        "rules": draw(FLAG_RULES),
        "default_value": draw(_BOOL),
    }
    company = draw(st.none() | companies(now)) if draw(_SIXTH) == 0 else draw(companies(now))
    user = draw(st.none() | users())
    return flag, company, user, now


# Preflight quantities: small ones near the allowances, a few at the edges of int64, and rarely a negative
# one (which the engine answers with its `err`).
_RARE_QUANTITY = st.sampled_from([2**62, 2**63 - 1, -1, -7])
_COSTS = st.dictionaries(
    st.sampled_from([*CREDITS, "other"]), st.sampled_from([0.0, 0.5, 1.0, 2.0, 5.0, 100.0, 1.5, -1.0])
)


@st.composite
def quantities(draw: st.DrawFn) -> int:
    return draw(_RARE_QUANTITY) if draw(_TWENTIETH) == 0 else draw(st.integers(0, 25))


@st.composite
def preflights(draw: st.DrawFn) -> dict[str, Any]:
    """A ``PreflightRequestBody``: usage, usage of one event subtype, credit costs, in any combination."""
    body: dict[str, Any] = {}
    if draw(_BOOL):
        body["usage"] = draw(quantities())
    if draw(_BOOL):
        body["event_usage"] = {"event_subtype": draw(_EVENT), "quantity": draw(quantities())}
    if draw(_FIFTH) == 0:
        body["credit_cost"] = draw(_COSTS)
    return body
