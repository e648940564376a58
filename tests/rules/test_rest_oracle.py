"""The devserver's REST checks against Schematic's own engine, end to end.

Each generated case (a flag with rules and condition groups, a company and a user with typed traits,
tracked usage, and a catalog: plans and an add-on entitling the flag's feature, the company's plans, an
override, credit grants) is created through the devserver's REST API: trait definitions with their
types, the company and user by upsert, the catalog's operations, the flag and its rules, usage as
track events spread over the metric periods. The flag is then checked over REST, and the answer must equal, field for field, both the
WASM engine's and our engine's answer on the devserver's own `Rulesengine*` view of the same data.

The default run takes 300 cases; set `RULES_REST_ORACLE_CASES` for a longer one.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rules_oracle import OfficialEngine, differences
from rules_strategies import CREDITS, EVENTS, FLAG_KEY, PLANS, RULE_TYPES, cases
from schematic_devserver import DEFAULT_SECRET_KEY, DevServer, engine_view

from schematic_ext._rules import CheckFlagResult, check_flag

CASES = int(os.environ.get("RULES_REST_ORACLE_CASES", "300"))

Case = tuple[dict[str, Any], "dict[str, Any] | None", "dict[str, Any] | None", datetime]
Usage = dict[str, tuple[int, int, int]]
"""Per event: the quantity tracked now, three days ago and forty days ago."""

# The devserver's trait type for each comparable type the generated definitions name.
TRAIT_TYPES = {"int": "number", "bool": "boolean", "date": "date", "string": "string"}
_QUANTITY = st.integers(0, 12)
USAGE = st.fixed_dictionaries({event: st.tuples(_QUANTITY, _QUANTITY, _QUANTITY) for event in EVENTS})


# The catalog: PLANS[:2] are base plans and PLANS[2] an add-on; the flag's feature is metered by an event,
# a company trait or not at all; an entitlement's trait allocation is the company's ALLOWANCE trait.
BASE_PLANS, ADD_ON = PLANS[:2], PLANS[2]
ALLOWANCE, FEATURE_TRAIT = "allowance", "usage_trait"
_FEATURE_TYPE = st.sampled_from(["event", "event", "trait", "boolean"])
_PERIOD = st.none() | st.sampled_from(["all_time", "current_day", "current_week", "current_month"])
_MONTH_RESET = st.none() | st.sampled_from(["first_of_month", "billing_cycle"])
_VALUE_TYPES = {
    "event": ("boolean", "numeric", "numeric", "unlimited", "trait", "credit"),
    "trait": ("boolean", "numeric", "unlimited", "trait"),
    "boolean": ("boolean",),
}


@st.composite
def entitlements(draw: st.DrawFn, feature_type: str) -> dict[str, Any]:
    """The value fields of a plan entitlement or company override, valid for the feature's type."""
    value_type = draw(st.sampled_from(_VALUE_TYPES[feature_type]))
    body: dict[str, Any] = {"value_type": value_type}
    if value_type == "boolean":
        body["value_bool"] = draw(st.booleans())
    elif value_type == "numeric":
        body["value_numeric"] = draw(st.integers(0, 15))
    elif value_type == "trait":
        body["value_trait_id"] = f"etd_company_{ALLOWANCE}"
    elif value_type == "credit":
        body["value_credit_id"] = draw(st.sampled_from(CREDITS))
        body["credit_consumption_rate"] = draw(st.sampled_from([0.5, 1.0, 2.0]))
    if feature_type == "event" and value_type in ("numeric", "trait", "unlimited"):
        body["metric_period"] = draw(_PERIOD)
        body["metric_period_month_reset"] = draw(_MONTH_RESET)
    return body


@st.composite
def catalogs(draw: st.DrawFn) -> dict[str, Any]:
    """A feature (linked to the flag two times in three), each plan's entitlement to it (or none), an
    override, credit grants, and the company's allowance and usage traits."""
    feature_type = draw(_FEATURE_TYPE)
    maybe = st.none() | entitlements(feature_type)
    return {
        "feature_type": feature_type,
        "event": draw(st.sampled_from(EVENTS)),
        "plans": {plan: draw(maybe) for plan in PLANS},
        "override": draw(maybe),
        "linked": draw(st.integers(0, 2)) > 0,
        "grants": draw(st.dictionaries(st.sampled_from(CREDITS), st.integers(1, 12))),
        "traits": {ALLOWANCE: str(draw(st.integers(0, 15))), FEATURE_TRAIT: str(draw(st.integers(0, 15)))},
    }


def definition_id(definition: dict[str, Any]) -> str:
    """The devserver's id of a generated trait definition: its name qualified by its entity type."""
    return f"etd_{definition['entity_type']}_{definition['id']}"


def _all_conditions(rules: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for rule in rules:
        yield from rule["conditions"]
        for group in rule["condition_groups"]:
            yield from group["conditions"]


def trait_types(case: Case) -> dict[tuple[str, str], str]:
    """(entity type, name) -> trait type of every definition the case names; the first naming decides."""
    flag, company, user, _ = case
    found: dict[tuple[str, str], str] = {}
    definitions = [
        t.get("trait_definition") for entity in (company, user) if entity for t in entity["traits"]
    ]
    for condition in _all_conditions(flag["rules"]):
        definitions += [condition.get("trait_definition"), condition.get("comparison_trait_definition")]
    for definition in definitions:
        if definition is not None:
            found.setdefault(
                (definition["entity_type"], definition["id"]), TRAIT_TYPES[definition["comparable_type"]]
            )
    return found


def condition_request(condition: dict[str, Any], ids: dict[str, str]) -> dict[str, Any]:
    """CreateOrUpdateConditionRequestBody of a generated `RulesengineCondition`, plans and credits by `ids`."""
    request: dict[str, Any] = {
        "id": condition["id"],
        "condition_type": condition["condition_type"],
        "operator": condition["operator"],
        "resource_ids": [ids.get(resource, resource) for resource in condition["resource_ids"]],
        "trait_value": condition["trait_value"],
    }
    for name in ("event_subtype", "metric_value", "metric_period", "metric_period_month_reset"):
        if condition.get(name) is not None:
            request[name] = condition[name]
    if condition.get("credit_id") is not None:
        request["credit_id"] = ids.get(condition["credit_id"], condition["credit_id"])
    if condition.get("consumption_rate") is not None:
        request["credit_cost"] = condition["consumption_rate"]
    if condition.get("trait_definition") is not None:
        request["trait_id"] = definition_id(condition["trait_definition"])
    if condition.get("comparison_trait_definition") is not None:
        request["comparison_trait_id"] = definition_id(condition["comparison_trait_definition"])
    return request


def rule_request(rule: dict[str, Any], ids: dict[str, str]) -> dict[str, Any]:
    """CreateOrUpdateRuleRequestBody of a generated `RulesengineRule`."""
    return {
        "id": rule["id"],
        "name": rule["name"],
        "priority": rule["priority"],
        "rule_type": rule["rule_type"],
        "value": rule["value"],
        "conditions": [condition_request(c, ids) for c in rule["conditions"]],
        "condition_groups": [
            {"conditions": [condition_request(c, ids) for c in g["conditions"]]}
            for g in rule["condition_groups"]
        ],
    }


def entity_traits(entity: dict[str, Any]) -> dict[str, str]:
    """The entity's defined traits by name, the first of each name kept (as the engine keeps it)."""
    traits: dict[str, str] = {}
    for trait in entity["traits"]:
        definition = trait.get("trait_definition")
        if definition is not None:
            traits.setdefault(definition["id"], trait["value"])
    return traits


def _stamp(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


class Rest:
    """Creates a case through the devserver's REST API and checks its flag there."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def send(self, method: str, path: str, body: Any) -> Any:
        response = self.client.request(method, path, json=body)
        assert response.status_code in (200, 201), (method, path, body, response.text)
        return response.json()["data"]

    def load(self, case: Case, usage: Usage, catalog: dict[str, Any]) -> dict[str, Any]:
        """Create everything the case holds; the check context (keys of the company and user) to check in."""
        flag, company, user, _ = case
        self.define("company", ALLOWANCE, "number")
        self.define("company", FEATURE_TRAIT, "number")
        for (entity_type, name), trait_type in trait_types(case).items():
            self.define(entity_type, name, trait_type)
        ids = self.catalog(catalog)
        context: dict[str, Any] = {}
        if company is not None:
            traits = {**catalog["traits"], **entity_traits(company)}
            self.send("POST", "/companies", {"id": company["id"], "keys": company["keys"], "traits": traits})
            context["company"] = company["keys"]
            self.company_catalog(company, catalog, ids)
            self.track(company["keys"], usage)
        if user is not None:
            body = {"id": user["id"], "keys": user["keys"], "traits": entity_traits(user)}
            self.send("POST", "/users", body)
            context["user"] = user["keys"]
        created = self.send(
            "POST",
            "/flags",
            {
                "key": flag["key"],
                "name": "Generated",
                "description": "",
                "default_value": flag["default_value"],
                "feature_id": ids["feature"] if catalog["linked"] else None,
            },
        )
        rules = [rule_request(rule, ids) for rule in flag["rules"]]
        self.send("PUT", f"/flags/{created['id']}/rules", {"rules": rules})
        return context

    def define(self, entity_type: str, name: str, trait_type: str) -> None:
        body = {"entity_type": entity_type, "hierarchy": [name], "trait_type": trait_type}
        self.send("POST", "/entity-trait-definitions", body)

    def catalog(self, catalog: dict[str, Any]) -> dict[str, str]:
        """Create the credits, plans, the feature and the plans' entitlements; the devserver's ids by name."""
        ids: dict[str, str] = {}
        for credit in CREDITS:
            body = {"name": credit, "description": "", "currency": "usd"}
            ids[credit] = self.send("POST", "/billing/credits", body)["id"]
        for plan in PLANS:
            body = {"name": plan, "description": "", "plan_type": "add_on" if plan == ADD_ON else "plan"}
            ids[plan] = self.send("POST", "/plans", body)["id"]
        feature: dict[str, Any] = {
            "name": "Generated",
            "description": "",
            "feature_type": catalog["feature_type"],
        }
        if catalog["feature_type"] == "event":
            feature["event_subtype"] = catalog["event"]
        elif catalog["feature_type"] == "trait":
            feature["trait_id"] = f"etd_company_{FEATURE_TRAIT}"
        ids["feature"] = self.send("POST", "/features", feature)["id"]
        for plan, entitlement in catalog["plans"].items():
            if entitlement is not None:
                body = {**self.named(entitlement, ids), "plan_id": ids[plan], "feature_id": ids["feature"]}
                self.send("POST", "/plan-entitlements", body)
        return ids

    @staticmethod
    def named(entitlement: dict[str, Any], ids: dict[str, str]) -> dict[str, Any]:
        """An entitlement body with its credit by the devserver's id."""
        credit = entitlement.get("value_credit_id")
        return entitlement if credit is None else {**entitlement, "value_credit_id": ids[credit]}

    def company_catalog(self, company: dict[str, Any], catalog: dict[str, Any], ids: dict[str, str]) -> None:
        """The company's base plan and add-on as the case names them, its override and credit grants."""
        base = company.get("base_plan_id")
        body = {
            "base_plan_id": ids[base] if base in BASE_PLANS else None,
            "add_on_ids": [ids[ADD_ON]] if ADD_ON in company["plan_ids"] else [],
        }
        self.send("PUT", f"/company-plans/{company['id']}", body)
        if catalog["override"] is not None:
            override = {**self.named(catalog["override"], ids), "company_id": company["id"]}
            self.send("POST", "/company-overrides", {**override, "feature_id": ids["feature"]})
        for credit, quantity in catalog["grants"].items():
            grant = {
                "company_id": company["id"],
                "credit_id": ids[credit],
                "quantity": quantity,
                "reason": "free",
            }
            self.send("POST", "/billing/credits/grants/company", grant)

    def track(self, keys: dict[str, str], usage: Usage) -> None:
        now = datetime.now(timezone.utc)
        events: list[dict[str, Any]] = [
            {
                "event_type": "track",
                "body": {"event": event, "company": dict(keys), "quantity": quantity},
                "sent_at": _stamp(now - timedelta(days=days_ago)),
                "trusted_client_clock": True,
            }
            for event, quantities in usage.items()
            for quantity, days_ago in zip(quantities, (0, 3, 40), strict=True)
            if quantity
        ]
        if events:
            self.send("POST", "/event-batch", {"events": events})

    def check(self, context: dict[str, Any]) -> CheckFlagResult:
        """The REST answer, read back into the engine's result type; checkFlags and checkFlagsBulk agree."""
        data = self.send("POST", f"/flags/{FLAG_KEY}/check", context)
        assert self.send("POST", "/flags/check", context)["flags"] == [data]
        bulk = self.send("POST", "/flags/check-bulk", {"contexts": [context, context]})["data"]
        assert [answers["flags"] for answers in bulk] == [[data], [data]]
        reset = data.get("feature_usage_reset_at")
        return CheckFlagResult(
            value=data["value"],
            reason=data["reason"],
            flag_key=data["flag"],
            flag_id=data.get("flag_id"),
            company_id=data.get("company_id"),
            user_id=data.get("user_id"),
            rule_id=data.get("rule_id"),
            rule_type=data.get("rule_type"),
            err=data.get("error"),
            entitlement=data.get("entitlement"),
            feature_allocation=data.get("feature_allocation"),
            feature_usage=data.get("feature_usage"),
            feature_usage_event=data.get("feature_usage_event"),
            feature_usage_period=data.get("feature_usage_period"),
            feature_usage_reset_at=None
            if reset is None
            else datetime.fromisoformat(reset.replace("Z", "+00:00")),
        )


def _day(epoch: float) -> int:
    return int(epoch // 86_400)


@pytest.mark.timeout(max(300, CASES // 2))
def test_rest_checks_answer_as_the_official_engine_on_the_devservers_view(
    official: OfficialEngine, devserver_factory: Callable[..., DevServer]
) -> None:
    server = devserver_factory()
    outcomes: Counter[str] = Counter()
    with httpx.Client(
        base_url=server.url, headers={"X-Schematic-Api-Key": DEFAULT_SECRET_KEY}, timeout=10
    ) as client:
        rest = Rest(client)

        @settings(
            max_examples=CASES,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        )
        @given(cases(), USAGE, catalogs())
        def agrees(case: Case, usage: Usage, catalog: dict[str, Any]) -> None:
            server.store.wipe()
            context = rest.load(case, usage, catalog)
            _, company, user, _ = case
            while True:  # The check and the views must see one UTC day (so one set of periods).
                before = time.time()
                answer = rest.check(context)
                after = time.time()
                if _day(before) == _day(after):
                    break
            store = server.store
            flag_row = store.flag_by_key(FLAG_KEY)
            assert flag_row is not None
            flag_view = engine_view.flag_view(store, flag_row)
            company_view = (
                None if company is None else engine_view.company_view(store, company["id"], now=before)
            )
            user_view = None if user is None else engine_view.user_view(store, user["id"])
            moment = datetime.fromtimestamp(before, timezone.utc)
            theirs = official.check(flag_view, company_view, user_view, moment)
            ours = check_flag(flag_view, company_view, user_view, now=moment)
            assert differences(ours, theirs) == {}, (flag_view, company_view, user_view, moment)
            assert differences(answer, theirs) == {}, (flag_view, company_view, user_view, moment)
            outcomes[answer.rule_type or "default value"] += 1
            outcomes["usage fields"] += answer.feature_usage is not None
            outcomes["usage counted"] += bool(answer.feature_usage)
            outcomes["reset time"] += answer.feature_usage_reset_at is not None
            outcomes["entitlement"] += answer.entitlement is not None
            outcomes["credit"] += bool(answer.entitlement and answer.entitlement.get("credit_id"))

        agrees()
    assert sum(outcomes[t] for t in (*RULE_TYPES, "default value")) >= CASES
    # The cases reach every rule type, and answers that report tracked usage, a period's reset, an
    # entitlement and a credit balance.
    assert all(
        outcomes[t]
        for t in (
            *RULE_TYPES,
            "default value",
            "usage fields",
            "usage counted",
            "reset time",
            "entitlement",
            "credit",
        )
    ), str(dict(outcomes))
