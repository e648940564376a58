"""The official SDK (schematichq) against the devserver: every answer parses and carries the right values.

Each test drives one area through ``schematic.client.Schematic`` pointed at a seeded devserver
(both its API and its event capture URL). The SDK's own logger must stay free of errors (its
high-level checks log a parse failure and quietly return the default), every successful answer
is checked against the public API description (public_schema.py), and the devserver must not
have answered 501 or broken its contract (the fixtures check ``server.errors``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from public_schema import PublicSchema
from schematic.client import Schematic, SchematicConfig
from schematic.types import CreateOrUpdateConditionRequestBody, CreateOrUpdateRuleRequestBody
from schematic_devserver import DEFAULT_SECRET_KEY, DevServer

SEED = Path(__file__).resolve().parents[2] / "devserver" / "seed_example.yaml"
ACME = {"domain": "acme.test"}
GLOBEX = {"domain": "globex.test"}


class _Errors(logging.Handler):
    """Keeps the SDK's ERROR records."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@dataclass
class Session:
    """The SDK client and the devserver it talks to."""

    client: Schematic
    server: DevServer


@pytest.fixture
def session(devserver_factory: Callable[..., DevServer]) -> Iterator[Session]:
    """A schematichq client on a seeded devserver, its answers checked against the public description."""
    server = devserver_factory(seed=SEED)
    public = PublicSchema.load(server.spec)
    errors = _Errors()
    logger = logging.getLogger(f"schematichq-contract-{id(errors)}")
    logger.addHandler(errors)
    hooks = {"response": [public.check]} if public is not None else {}
    with httpx.Client(timeout=10, event_hooks=hooks) as http:
        config = SchematicConfig(
            base_url=server.url,
            event_capture_url=server.url,
            httpx_client=http,
            logger=logger,
            flag_defaults={"sso": False, "new-dashboard": False, "api-access": False},
        )
        client = Schematic(DEFAULT_SECRET_KEY, config)
        try:
            yield Session(client, server)
        finally:
            client.shutdown()
    assert errors.messages == []
    assert server.stats()["not_implemented"] == 0
    if public is not None:
        assert public.problems == []
        assert public.checked > 0


def test_companies(session: Session) -> None:
    companies = session.client.companies
    created = companies.upsert_company(
        keys={"domain": "umbrella.test"}, name="Umbrella", traits={"seats": 80}
    )
    company = created.data
    assert (company.name, company.traits, company.plans, company.billing_subscriptions) == (
        "Umbrella",
        {"seats": 80},
        [],
        [],
    )
    assert {key.key: key.value for key in company.keys} == {"domain": "umbrella.test"}
    assert companies.get_company(company.id).data.name == "Umbrella"
    assert companies.lookup_company(keys=ACME).data.name == "Acme"
    assert [c.name for c in companies.list_companies().data] == ["Acme", "Globex", "Initech", "Umbrella"]
    assert [c.name for c in companies.list_companies(limit=2, offset=1).data] == ["Globex", "Initech"]
    assert companies.count_companies().data.count == 4
    assert companies.count_companies(q="umbr").data.count == 1
    other = companies.create_company(keys={"domain": "hooli.test"}, name="Hooli").data
    assert companies.count_companies().data.count == 5
    assert companies.delete_company(other.id).data.deleted is True
    assert companies.delete_company_by_keys(keys={"domain": "umbrella.test"}).data.name == "Umbrella"
    assert companies.count_companies().data.count == 3


def test_users_and_memberships(session: Session) -> None:
    companies = session.client.companies
    acme = companies.lookup_company(keys=ACME).data
    user = companies.upsert_user(keys={"email": "grace@acme.test"}, name="Grace", company=ACME).data
    assert [m.company_id for m in user.company_memberships] == [acme.id]
    assert companies.get_user(user.id).data.name == "Grace"
    assert companies.lookup_user(keys={"email": "ada@acme.test"}).data.name == "Ada"
    assert sorted(u.name for u in companies.list_users(company_id=acme.id).data) == ["Ada", "Grace"]
    assert companies.count_users().data.count == 3
    assert companies.count_users(company_id=acme.id).data.count == 2
    memberships = companies.list_company_memberships(user_id=user.id).data
    assert [(m.company_id, m.company.name if m.company else None) for m in memberships] == [(acme.id, "Acme")]
    globex = companies.lookup_company(keys=GLOBEX).data
    added = companies.get_or_create_company_membership(user_id=user.id, company_id=globex.id).data
    assert companies.count_users(company_id=globex.id).data.count == 2
    assert companies.delete_company_membership(added.id).data.deleted is True
    created = companies.create_user(keys={"email": "temp@acme.test"}, name="Temp").data
    assert companies.delete_user_by_keys(keys={"email": "temp@acme.test"}).data.id == created.id
    assert companies.delete_user(user.id).data.deleted is True
    assert companies.count_users().data.count == 2


def test_traits_and_their_definitions(session: Session) -> None:
    companies = session.client.companies
    assert companies.upsert_company_trait(keys=ACME, trait="seats", incr=5).data.traits["seats"] == 255
    assert (
        companies.upsert_company_trait(keys=GLOBEX, trait="region", set_="eu").data.traits["region"] == "eu"
    )
    user = companies.upsert_user_trait(keys={"email": "ada@acme.test"}, trait="logins", incr=1).data
    assert user.traits["logins"] == 1
    types = {d.id: d.trait_type for d in companies.list_entity_trait_definitions().data}
    assert types["etd_company_seats"] == "number" and types["etd_company_region"] == "string"
    renewal = companies.get_or_create_entity_trait_definition(
        entity_type="company", hierarchy=["renewal"], trait_type="date", display_name="Renewal"
    ).data
    assert (renewal.id, renewal.trait_type) == ("etd_company_renewal", "date")
    assert companies.get_entity_trait_definition(renewal.id).data.display_name == "Renewal"
    updated = companies.update_entity_trait_definition(renewal.id, trait_type="string").data
    assert updated.trait_type == "string"
    assert companies.count_entity_trait_definitions(entity_type="company").data.count == 4
    values = companies.get_entity_trait_values(definition_id="etd_company_plan").data
    assert sorted(v.value for v in values) == ["enterprise", "pro", "starter"]
    assert companies.count_entity_traits(definition_id="etd_company_seats").data.count == 3
    usage = companies.get_entity_trait_definition_usage("etd_company_seats").data
    assert usage.rule_condition_count == 1  # The seed's "sso" rule.
    assert companies.delete_entity_trait_definition(renewal.id).data.deleted is True
    assert companies.count_entity_keys(entity_type="company").data.count == 3
    assert companies.count_entity_key_definitions().data.count == 2
    assert [d.key for d in companies.list_entity_key_definitions(entity_type="user").data] == ["email"]


def test_flags_as_the_sdk_creates_them(session: Session) -> None:
    features = session.client.features
    flag = features.create_flag(key="beta", name="Beta", description="The beta").data
    assert (flag.default_value, flag.flag_type, flag.rules) == (False, "boolean", [])
    assert features.get_flag(flag.id).data.key == "beta"
    renamed = features.update_flag(flag.id, key="beta", name="Beta program", description="").data
    assert renamed.name == "Beta program"
    assert features.count_flags().data.count == 4
    assert [f.key for f in features.list_flags(q="bet").data] == ["beta"]
    acme = session.client.companies.lookup_company(keys=ACME).data
    rules = features.update_flag_rules(
        flag.id,
        rules=[
            CreateOrUpdateRuleRequestBody(
                name="Acme only",
                priority=1,
                value=True,
                conditions=[
                    CreateOrUpdateConditionRequestBody(
                        condition_type="company", operator="eq", resource_ids=[acme.id]
                    )
                ],
                condition_groups=[],
            )
        ],
    ).data
    assert [rule.name for rule in rules.rules] == ["Acme only"]
    assert rules.rules[0].conditions[0].resources[0].name == "Acme"
    assert features.check_flag("beta", company=ACME).data.value is True
    assert features.check_flag("beta", company=GLOBEX).data.value is False
    assert features.delete_flag(flag.id).data.deleted is True
    assert features.count_flags().data.count == 3


def test_every_check(session: Session) -> None:
    client = session.client
    sso = client.features.check_flag("sso", company=ACME).data
    assert (sso.value, sso.rule_type, sso.flag) == (True, "standard", "sso")
    checked = client.features.check_flags(company=GLOBEX).data
    assert checked.credit_spend_policies == []
    values = {f.flag: f.value for f in checked.flags}
    assert values == {"new-dashboard": True, "sso": False, "api-access": True}
    api_access = next(f for f in checked.flags if f.flag == "api-access")
    assert (api_access.feature_usage, api_access.feature_allocation) == (30, 100)
    bulk = client.features.check_flags_bulk(contexts=[{"company": ACME}, {"company": GLOBEX}]).data
    assert [{f.flag: f.value for f in context.flags}["sso"] for context in bulk.data] == [True, False]
    # The high-level checks return the API's values, not the client's defaults (all False here).
    assert client.check_flag("sso", company=ACME) is True
    assert client.check_flag("new-dashboard", company=GLOBEX) is True
    assert client.check_flag("sso", company=GLOBEX) is False
    detailed = client.check_flag_with_entitlement("api-access", company=GLOBEX)
    assert detailed.flag_id is not None and detailed.entitlement is not None
    assert [f.value for f in client.check_flags(["sso", "new-dashboard"], company=ACME)] == [True, True]


def test_events_through_the_capture_path(session: Session) -> None:
    client, server = session.client, session.server
    client.identify(
        keys={"email": "wile@umbrella.test"},
        company={"keys": {"domain": "umbrella.test"}, "name": "Umbrella", "traits": {"seats": 3}},
        name="Wile",
    )
    for _ in range(3):
        client.track("api-call", company={"domain": "umbrella.test"}, quantity=40)
    client.shutdown()  # Flushes the buffer through POST /batch.
    deadline = time.monotonic() + 10
    while server.store.count_events() < 5 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.stats()["requests"].get("captureEventBatch", 0) >= 1
    assert (server.store.count_events("identify"), server.store.count_events("track")) == (1, 4)
    companies = client.companies
    umbrella = companies.lookup_company(keys={"domain": "umbrella.test"}).data
    assert (umbrella.name, umbrella.traits, umbrella.user_count) == ("Umbrella", {"seats": 3}, 1)
    (free,) = client.plans.list_plans(q="Free", plan_type="plan").data
    client.plans.update_company_plans(umbrella.id, add_on_ids=[], base_plan_id=free.id)
    usage = client.features.check_flag("api-access", company={"domain": "umbrella.test"}).data
    assert (usage.feature_usage, usage.feature_allocation, usage.value) == (120, 100, False)
    assert companies.count_companies().data.count == 4
    tracked = client.events.list_events(event_types=["track"]).data
    assert len(tracked) == 4 and client.events.get_event(tracked[0].id).data.subtype == "api-call"
    receipt = client.events.create_event(event_type="track", body={"event": "api-call", "company": ACME}).data
    assert receipt.event_id


def test_temporary_access_token_without_resource_type(session: Session) -> None:
    token = session.client.accesstokens.issue_temporary_access_token(lookup=ACME).data
    assert (token.resource_type, token.issuer_type) == ("company", "api_key")
