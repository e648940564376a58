"""Local flag evaluation: schematic_ext's rules engine next to Schematic's own (WASM, in schematichq).

Both engines run in this process on the same inputs: flags of 1, 10, 100 and 1,000 rules of mixed
condition types (the last by priority answers) against a company with 20 traits. Ours takes the
datastream's dicts (compiled once, memoised by identity); the official one goes through
`RulesEngineClient.check_flag` with its models built once, as its datastream client calls it. Blocks of
ours and theirs alternate so both see the same machine.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

from _common import median, row, scaling_chart, write_results

from schematic_ext._rules import CheckFlagResult, check_flag

BASE = {"account_id": "acc", "environment_id": "env"}
RULE_COUNTS = (1, 10, 100, 1000)
ROUNDS = 15


def condition(
    kind: str, operator: str = "eq", ids: tuple[str, ...] = (), value: str = "", **fields: Any
) -> dict[str, Any]:
    return {
        **BASE,
        "id": f"c-{kind}",
        "condition_type": kind,
        "operator": operator,
        "resource_ids": list(ids),
        "trait_value": value,
        **fields,
    }


def definition(trait_id: str, comparable_type: str) -> dict[str, Any]:
    return {"id": trait_id, "comparable_type": comparable_type, "entity_type": "company"}


def rule(
    rule_id: str,
    rule_type: str,
    *conditions: dict[str, Any],
    priority: int = 0,
    groups: tuple[tuple[dict[str, Any], ...], ...] = (),
) -> dict[str, Any]:
    return {
        **BASE,
        "id": rule_id,
        "rule_type": rule_type,
        "name": rule_id,
        "priority": priority,
        "conditions": list(conditions),
        "condition_groups": [{"conditions": list(group)} for group in groups],
        "value": True,
    }


def missing_rules(count: int) -> list[dict[str, Any]]:
    """`count` rules of mixed condition types that this company does not match."""
    makers: list[Callable[[int], dict[str, Any]]] = [
        lambda i: rule(f"override-{i}", "company_override", condition("company", ids=(f"other-{i}",))),
        lambda i: rule(f"plan-{i}", "plan_entitlement", condition("plan", ids=(f"plan-{i}",))),
        lambda i: rule(
            f"metered-{i}",
            "plan_entitlement",
            condition("billing_product", ids=("prod-1",)),
            condition(
                "metric", "lt", event_subtype="api-call", metric_value=10, metric_period="current_month"
            ),
        ),
        lambda i: rule(
            f"version-{i}", "plan_entitlement_usage_exceeded", condition("plan_version", ids=(f"v-{i}",))
        ),
        lambda i: rule(
            f"tier-{i}",
            "standard",
            condition("trait", value="enterprise", trait_definition=definition("tier", "string")),
            priority=i,
        ),
        lambda i: rule(
            f"seats-{i}",
            "standard",
            condition("trait", "gt", value="500", trait_definition=definition("seats", "int")),
            priority=i,
        ),
        lambda i: rule(
            f"beta-{i}",
            "standard",
            groups=(
                (
                    condition("user", ids=("someone-else",)),
                    condition(
                        "trait",
                        "lt",
                        value="2020-01-01T00:00:00Z",
                        trait_definition=definition("signed_up", "date"),
                    ),
                ),
            ),
            priority=i,
        ),
        lambda i: rule(
            f"credits-{i}",
            "standard",
            condition("credit", "lt", credit_id="tokens", consumption_rate=50.0),
            priority=i,
        ),
        lambda i: rule(
            f"flagged-{i}",
            "standard",
            condition("trait", value="true", trait_definition=definition("beta", "bool")),
            priority=i,
        ),
    ]
    return [makers[i % len(makers)](i) for i in range(count)]


def flag_with(rule_count: int) -> dict[str, Any]:
    """A flag whose last rule (by priority) is the one this company matches."""
    answering = rule(
        "answers",
        "standard",
        condition("base_plan", ids=("plan-pro",)),
        condition("metric", "lt", event_subtype="api-call", metric_value=1000, metric_period="current_month"),
        priority=10_000,
    )
    return {
        **BASE,
        "id": "flag-1",
        "key": "feature",
        "rules": [*missing_rules(rule_count - 1), answering],
        "default_value": False,
    }


def company() -> dict[str, Any]:
    traits = [
        {"trait_definition": definition("tier", "string"), "value": "growth"},
        {"trait_definition": definition("seats", "int"), "value": "42"},
        {"trait_definition": definition("signed_up", "date"), "value": "2023-04-05T06:07:08Z"},
        {"trait_definition": definition("beta", "bool"), "value": "false"},
    ]
    traits += [
        {"trait_definition": definition(f"extra-{i}", "string"), "value": f"value-{i}"} for i in range(16)
    ]
    return {
        **BASE,
        "id": "acme",
        "base_plan_id": "plan-pro",
        "billing_product_ids": ["prod-2"],
        "credit_balances": {"tokens": 12.0},
        "keys": {"domain": "acme.com"},
        "metrics": [
            {
                **BASE,
                "company_id": "acme",
                "event_subtype": "api-call",
                "period": "current_month",
                "month_reset": "first_of_month",
                "value": 120,
                "created_at": "2024-01-01T00:00:00Z",
            }
        ],
        "plan_ids": ["plan-pro"],
        "plan_version_ids": ["v-pro-2"],
        "rules": [],
        "traits": traits,
    }


USER = {**BASE, "id": "user-1", "keys": {"email": "a@acme.com"}, "rules": [], "traits": []}


def official_engine() -> tuple[Any, Any] | None:
    """Schematic's engine and its model types, when schematichq and wasmtime are installed."""
    try:
        from schematic.datastream.rules_engine import RulesEngineClient
        from schematic.types import RulesengineCompany, RulesengineFlag, RulesengineUser
    except ImportError:
        return None
    engine = RulesEngineClient()
    asyncio.run(engine.initialize())
    return engine, (RulesengineFlag, RulesengineCompany, RulesengineUser)


def per_call(fn: Callable[[], Any], calls: int) -> float:
    """µs per call over one block of `calls` calls."""
    start = time.perf_counter_ns()
    for _ in range(calls):
        fn()
    return (time.perf_counter_ns() - start) / calls / 1000


def block_size(fn: Callable[[], Any], seconds: float) -> int:
    """Calls that take about `seconds`, at least 3."""
    fn()
    start = time.perf_counter()
    fn()
    return max(3, int(seconds / max(time.perf_counter() - start, 1e-7)))


def compare(rule_count: int, official: tuple[Any, Any] | None) -> tuple[float, float | None]:
    """Median µs per check for ours and the official engine, on one flag of `rule_count` rules."""
    flag, data = flag_with(rule_count), company()

    def ours() -> CheckFlagResult:
        return check_flag(flag, data, USER)

    assert ours().rule_id == "answers"
    theirs: Callable[[], Any] | None = None
    if official is not None:
        engine, (flag_model, company_model, user_model) = official
        models = (
            flag_model.model_validate(flag),
            company_model.model_validate(data),
            user_model.model_validate(USER),
        )

        def theirs() -> Any:
            return engine.check_flag(*models)

        assert theirs().rule_id == "answers"
    ours_calls = block_size(ours, 0.02)
    theirs_calls = block_size(theirs, 0.05) if theirs is not None else 0
    ours_samples, theirs_samples = [], []
    for _ in range(ROUNDS):
        ours_samples.append(per_call(ours, ours_calls))
        if theirs is not None:
            theirs_samples.append(per_call(theirs, theirs_calls))
    return median(ours_samples), median(theirs_samples) if theirs_samples else None


def chart(growth: dict[int, tuple[float, float | None]]) -> None:
    """µs per check against the number of rules, both engines, log-log."""
    scaling_chart(
        "rules.png",
        "local flag check vs rules in the flag",
        "rules (the last one answers)",
        "µs per check (log)",
        {
            "schematic-ext": {n: ours for n, (ours, _) in growth.items()},
            "schematichq (WASM)": {n: theirs for n, (_, theirs) in growth.items() if theirs is not None},
        },
    )


def main() -> None:
    official = official_engine()
    growth = {count: compare(count, official) for count in RULE_COUNTS}
    note = "in-process; official: RulesEngineClient.check_flag on prebuilt models"
    rows = [
        row(
            f"rules: check, {count:,} mixed rule{'s' if count > 1 else ''} (last answers) x 20 traits, median",
            *growth[count],
            "µs",
            note if count == 10 else "",
        )
        for count in RULE_COUNTS
    ]
    write_results("rules", rows, growth={str(n): {"ours": o, "peer": p} for n, (o, p) in growth.items()})
    chart(growth)


if __name__ == "__main__":
    main()
