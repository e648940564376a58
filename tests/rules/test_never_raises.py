"""The engine answers every input the schemas allow (and junk besides) without raising.

Generated checks are mangled field by field: lists become `null` (Go's empty list), strings become any
text, integers any size, floats any value, optional keys vanish; references then point at nothing.
"""

from __future__ import annotations

import json
import random
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rules_builders import NOW
from rules_builders import company as company_of
from rules_builders import flag as flag_of
from rules_builders import rule as rule_of
from rules_builders import user as user_of
from rules_oracle import OfficialEngine, differences
from rules_strategies import cases

from schematic_ext._rules import CheckFlagResult, check_flag

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=12,
)
REQUIRED = {"id", "key", "rule_type", "condition_type", "operator", "value", "conditions", "rules"}
ODD_TEXT = [
    "",
    "0" * 5000 + "1",
    "9" * 5000,
    "+99999-01-01 00:00:00",
    "\u00a0",
    "😀",
    "2024-02-30T00:00:00Z",
    "Z",
]
ODD_INTS = [2**63, -(2**63) - 1, 10**400, -1, 0]
ODD_FLOATS = [1e308, -0.0, 5e-324, float("inf"), float("nan")]
ODD_ANY = [None, [], {}, "x", 7, 1.5, True, [None], {"id": None}]


def mangle(value: Any, rng: random.Random, depth: int = 0) -> Any:
    """`value` with some parts swapped for other values of the same JSON kind, for null, or for anything."""
    roll = rng.random()
    if depth and roll < 0.05:
        return None
    if depth and roll < 0.07:
        return rng.choice(ODD_ANY)
    if isinstance(value, dict):
        return {
            key: mangle(item, rng, depth + 1)
            for key, item in value.items()
            if key in REQUIRED or rng.random() > 0.08
        }
    if isinstance(value, list):
        return [mangle(item, rng, depth + 1) for item in value]
    if isinstance(value, bool) or roll > 0.25:
        return value
    if isinstance(value, str):
        return rng.choice(ODD_TEXT)
    if isinstance(value, int):
        return rng.choice(ODD_INTS)
    if isinstance(value, float):
        return rng.choice(ODD_FLOATS)
    return value


@st.composite
def mangled_cases(draw: st.DrawFn) -> tuple[Any, Any, Any, Any]:
    flag, company, user, now = draw(cases())
    rng = random.Random(draw(st.integers(0, 2**32)))
    return (
        mangle(flag, rng),
        None if company is None else mangle(company, rng),
        None if user is None else mangle(user, rng),
        now,
    )


def answers(flag: Any, company: Any, user: Any, now: Any) -> None:
    result = check_flag(flag, company, user, now=now)
    assert isinstance(result, CheckFlagResult)
    json.dumps(result.to_dict())


@settings(
    max_examples=1500, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck)
)
@given(case=mangled_cases())
def test_mangled_checks_answer(case: tuple[Any, Any, Any, Any]) -> None:
    answers(*case)


@settings(max_examples=500, deadline=None, derandomize=True, database=None)
@given(
    flag=st.dictionaries(st.text(max_size=8), JSON),
    company=st.dictionaries(st.text(max_size=8), JSON),
    user=st.dictionaries(st.text(max_size=8), JSON),
)
def test_arbitrary_json_answers(flag: dict[str, Any], company: dict[str, Any], user: dict[str, Any]) -> None:
    answers(flag, company, user, None)


def test_null_lists_read_as_empty(official: OfficialEngine) -> None:
    flag = {**flag_of(), "rules": None}
    company = {
        **company_of(),
        "plan_ids": None,
        "traits": None,
        "metrics": None,
        "rules": None,
        "entitlements": None,
    }
    user = {**user_of(), "traits": None, "rules": None}
    result = check_flag(flag, company, user, now=NOW)
    assert differences(result, official.check_raw(flag, company, user, NOW)) == {}
    assert (result.value, result.company_id, result.user_id, result.entitlement) == (False, "co1", "u1", None)
    rule = {**rule_of("r"), "conditions": None, "condition_groups": None}
    result = check_flag({**flag, "rules": [rule]}, company, user, now=NOW)
    assert differences(result, official.check_raw({**flag, "rules": [rule]}, company, user, NOW)) == {}
    assert result.rule_id == "r"
