"""Our engine against Schematic's own (the WASM build in schematichq): every field of every answer.

The default run compares 5,000 generated checks (flags, rules, condition groups, companies, users, traits
of each comparable type, metrics, plans, credit balances, entitlements, subscriptions, a pinned `now`).
A second run compares 2,500 preflighted checks (the same cases, evaluated against usage not recorded
yet). Set `RULES_ORACLE_CASES=100000` for the long run (and 50,000 preflighted).
"""

from __future__ import annotations

import os
from collections import Counter
from datetime import datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from rules_oracle import OfficialEngine, differences
from rules_strategies import RULE_TYPES, cases, preflights

from schematic_ext._rules import check_flag

CASES = int(os.environ.get("RULES_ORACLE_CASES", "5000"))
PREFLIGHT_CASES = CASES // 2
# The build of rulesengine.wasm in schematichq 1.4.6 that these answers were checked against.
ORACLE_VERSION = "fde6dba2"

Case = tuple[dict[str, Any], "dict[str, Any] | None", "dict[str, Any] | None", datetime]


def test_the_oracle_is_the_wasm_build_we_agree_with(official: OfficialEngine) -> None:
    assert official.version() == ORACLE_VERSION


@pytest.mark.timeout(max(300, CASES // 40))
def test_every_answer_matches_the_official_engine(official: OfficialEngine) -> None:
    outcomes: Counter[str] = Counter()

    @settings(
        max_examples=CASES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(cases())
    def agrees(case: Case) -> None:
        flag, company, user, now = case
        ours = check_flag(flag, company, user, now=now)
        theirs = official.check(flag, company, user, now)
        assert differences(ours, theirs) == {}, (flag, company, user, now)
        outcomes[ours.rule_type or "default value"] += 1
        outcomes["usage fields"] += ours.feature_usage is not None
        outcomes["reset time"] += ours.feature_usage_reset_at is not None
        outcomes["entitlement"] += ours.entitlement is not None

    agrees()
    assert sum(outcomes[t] for t in (*RULE_TYPES, "default value")) >= CASES
    # The generated cases reach every rule type and every kind of result field.
    assert all(
        outcomes[t] for t in (*RULE_TYPES, "default value", "usage fields", "reset time", "entitlement")
    )


@pytest.mark.timeout(max(300, PREFLIGHT_CASES // 40))
def test_every_preflighted_answer_matches_the_official_engine(official: OfficialEngine) -> None:
    """Usage, event usage and credit costs not recorded yet move metric, int trait and credit conditions
    as in Schematic's engine; a negative one answers the default with its `err`."""
    outcomes: Counter[str] = Counter()

    @settings(
        max_examples=PREFLIGHT_CASES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(cases(), preflights())
    def agrees(case: Case, preflight: dict[str, Any]) -> None:
        flag, company, user, now = case
        ours = check_flag(flag, company, user, now=now, preflight=preflight)
        theirs = official.check_preflight(flag, company, user, now, preflight)
        assert differences(ours, theirs) == {}, (flag, company, user, now, preflight)
        plain = check_flag(flag, company, user, now=now)
        outcomes["error"] += ours.err is not None
        outcomes["moved"] += ours.err is None and (ours.value, ours.rule_id) != (plain.value, plain.rule_id)

    agrees()
    # Some preflights change the answer, and some are refused; the rest ask what a plain check does.
    assert outcomes["moved"] >= PREFLIGHT_CASES // 50, outcomes
    assert outcomes["error"] > 0, outcomes
