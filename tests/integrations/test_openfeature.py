"""The OpenFeature provider, driven through OpenFeature's own client against a seeded devserver."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from openfeature import api
from openfeature.evaluation_context import EvaluationContext
from openfeature.exception import ErrorCode
from openfeature.flag_evaluation import FlagEvaluationDetails, Reason
from openfeature.hook import Hook, HookContext
from openfeature.track import TrackingEventDetails
from schematic_devserver import DEFAULT_SECRET_KEY, DevServer

from schematic_ext import AsyncSchematic, Schematic
from schematic_ext.openfeature import SchematicProvider

SEED: dict[str, Any] = {
    "companies": [
        {"keys": {"id": "acme"}, "name": "Acme", "traits": {"seats": 250}},
        {"keys": {"id": "tiny"}, "name": "Tiny", "traits": {"seats": 2}},
    ],
    "users": [{"keys": {"user_id": "ada"}, "name": "Ada", "traits": {}, "company": {"keys": {"id": "acme"}}}],
    "flags": [
        {"key": "always-on", "name": "Always on", "default_value": True},
        {
            "key": "sso",
            "name": "SSO",
            "default_value": False,
            "rules": [
                {
                    "name": "Large accounts",
                    "priority": 1,
                    "value": True,
                    "conditions": [
                        {
                            "condition_type": "trait",
                            "trait_id": "seats",
                            "operator": "gte",
                            "trait_value": "50",
                            "resource_ids": [],
                        }
                    ],
                    "condition_groups": [],
                }
            ],
        },
    ],
}


@pytest.fixture
def server(devserver_factory: Callable[..., DevServer]) -> DevServer:
    return devserver_factory(seed=SEED)


@pytest.fixture
def provider(server: DevServer) -> Iterator[SchematicProvider]:
    provider = SchematicProvider(Schematic(DEFAULT_SECRET_KEY, base_url=server.url))
    api.set_provider_and_wait(provider)
    yield provider
    api.shutdown()
    api.clear_providers()


def test_boolean_flags_resolve_through_check_flag(provider: SchematicProvider) -> None:
    client = api.get_client()
    acme = EvaluationContext(attributes={"company.id": "acme"})
    assert client.get_boolean_value("sso", False, acme) is True
    details = client.get_boolean_details("sso", False, acme)
    assert (details.value, details.reason, details.variant, details.error_code) == (
        True,
        Reason.TARGETING_MATCH,
        "on",
        None,
    )
    assert details.flag_metadata["rule_type"] == "standard"
    small = client.get_boolean_details("sso", True, EvaluationContext(attributes={"company": {"id": "tiny"}}))
    assert (small.value, small.reason, small.variant) == (False, Reason.DEFAULT, "off")


def test_the_targeting_key_is_the_users_id_and_contexts_merge(provider: SchematicProvider) -> None:
    api.set_evaluation_context(EvaluationContext(attributes={"company.id": "acme"}))
    try:
        client = api.get_client()
        details = client.get_boolean_details("sso", False, EvaluationContext(targeting_key="ada"))
        assert details.value is True  # the company came from the global context
        assert details.flag_metadata.get("user_id") is not None
    finally:
        api.set_evaluation_context(EvaluationContext())


def test_an_unknown_flag_is_flag_not_found_with_the_default(provider: SchematicProvider) -> None:
    details = api.get_client().get_boolean_details("no-such-flag", True)
    assert (details.value, details.error_code, details.reason) == (
        True,
        ErrorCode.FLAG_NOT_FOUND,
        Reason.ERROR,
    )


def test_other_types_are_a_type_mismatch_with_the_default(provider: SchematicProvider) -> None:
    client = api.get_client()
    assert client.get_string_details("sso", "x").error_code == ErrorCode.TYPE_MISMATCH
    assert client.get_integer_value("sso", 7) == 7
    assert client.get_float_details("sso", 1.5).value == 1.5
    assert client.get_object_details("sso", {"a": 1}).error_code == ErrorCode.TYPE_MISMATCH


def test_the_api_down_is_general_with_the_default(devserver_factory: Callable[..., DevServer]) -> None:
    server = devserver_factory(seed=SEED)
    provider = SchematicProvider(Schematic(DEFAULT_SECRET_KEY, base_url=server.url, flag_check_timeout=0.5))
    api.set_provider_and_wait(provider)
    try:
        server.faults.add("POST", "/flags/*/check", status=503, count=None)
        details = api.get_client().get_boolean_details("always-on", False)
        assert (details.value, details.error_code, details.reason) == (False, ErrorCode.GENERAL, Reason.ERROR)
        assert "503" in (details.error_message or "")
    finally:
        api.shutdown()
        api.clear_providers()


def test_offline_is_general_with_the_default() -> None:
    api.set_provider_and_wait(SchematicProvider(Schematic(offline=True)))
    try:
        details = api.get_client().get_boolean_details("sso", True)
        assert (details.value, details.error_code) == (True, ErrorCode.GENERAL)
    finally:
        api.shutdown()
        api.clear_providers()


class Recorder(Hook):
    """A hook that records what OpenFeature passed through it."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, Any]] = []

    def before(self, hook_context: HookContext, hints: Any) -> None:
        self.seen.append(("before", hook_context.flag_key))

    def after(self, hook_context: HookContext, details: FlagEvaluationDetails[Any], hints: Any) -> None:
        self.seen.append(("after", details.value))

    def error(self, hook_context: HookContext, exception: Exception, hints: Any) -> None:
        self.seen.append(("error", type(exception).__name__))


def test_hooks_run_around_the_evaluation(provider: SchematicProvider) -> None:
    hook = Recorder()
    client = api.get_client()
    client.add_hooks([hook])
    assert client.get_boolean_value("always-on", False) is True
    assert hook.seen == [("before", "always-on"), ("after", True)]


def test_tracking_maps_to_track(server: DevServer, provider: SchematicProvider) -> None:
    client = api.get_client()
    context = EvaluationContext(targeting_key="ada", attributes={"company.id": "acme"})
    client.track("report-exported", context, TrackingEventDetails(value=3, attributes={"format": "csv"}))
    assert isinstance(provider.client, Schematic)
    provider.client.flush_events(timeout=10)
    (event,) = server.store.events()
    assert event["subtype"] == "report-exported"
    assert event["body"]["quantity"] == 3
    assert event["body"]["company"] == {"id": "acme"}
    assert event["body"]["user"] == {"user_id": "ada"}
    assert event["body"]["traits"] == {"format": "csv"}


def test_async_evaluation_with_both_clients(server: DevServer) -> None:
    async def run() -> tuple[bool, bool]:
        sync_provider = SchematicProvider(Schematic(DEFAULT_SECRET_KEY, base_url=server.url))
        async_client = AsyncSchematic(DEFAULT_SECRET_KEY, base_url=server.url)
        context = EvaluationContext(attributes={"company.id": "acme"})
        try:
            api.set_provider_and_wait(sync_provider, domain="sync")
            api.set_provider_and_wait(SchematicProvider(async_client), domain="async")
            via_sync = await api.get_client("sync").get_boolean_value_async("sso", False, context)
            via_async = await api.get_client("async").get_boolean_value_async("sso", False, context)
            return via_sync, via_async
        finally:
            await async_client.aclose()
            api.shutdown()
            api.clear_providers()

    assert asyncio.run(run()) == (True, True)


def test_bad_construction_names_the_argument() -> None:
    with pytest.raises(TypeError, match="client"):
        SchematicProvider("sk_x")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="targeting_key_name"):
        SchematicProvider(Schematic(offline=True), targeting_key_name="")
