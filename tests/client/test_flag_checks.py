"""Flag checks against the devserver, on both clients: values, caching, fallbacks, check_flags, bad input."""

from __future__ import annotations

import time

import pytest
from client_helpers import ACME, ADA, GLOBEX
from schematic_devserver import DevServer

from schematic_ext import CheckFlagOptions, LocalCache


def requests(server: DevServer, operation: str = "checkFlag") -> int:
    count: int = server.stats()["requests"].get(operation, 0)
    return count


def test_values_come_from_the_rules(server, make_client):
    client = make_client(base_url=server.url)
    assert client.check_flag("sso", company=ACME) is True
    assert client.check_flag("sso", company=GLOBEX) is False
    assert client.check_flag("always-on") is True
    assert client.check_flag("always-off", company=ACME, user=ADA) is False


def test_with_entitlement_carries_rule_and_ids(server, make_client):
    result = make_client(base_url=server.url).check_flag_with_entitlement("sso", company=ACME)
    assert result.value is True
    assert result.flag == "sso"
    assert result.rule_type == "standard"
    assert result.rule_id and result.rule_id.startswith("rule_")
    assert result.flag_id and result.company_id and result.company_id.startswith("comp_")
    assert "Large accounts" in result.reason


def test_a_hit_makes_no_request_whatever_the_key_order(server, make_client):
    client = make_client(base_url=server.url)
    company = {"domain": "acme.test", "plan": "x"}
    first = client.check_flag("sso", company=company, user=ADA)
    assert requests(server) == 1
    for _ in range(50):
        assert client.check_flag("sso", company={"plan": "x", "domain": "acme.test"}, user=ADA) is first
        assert client.check_flag_with_entitlement("sso", company=dict(company), user=ADA).value is first
    assert requests(server) == 1
    client.check_flag("sso", company=company)  # another context is another entry
    assert requests(server) == 2


def test_entries_expire_after_the_ttl(server, make_client):
    client = make_client(base_url=server.url, cache_providers=[LocalCache(100, 50)])
    client.check_flag("sso", company=ACME)
    client.check_flag("sso", company=ACME)
    assert requests(server) == 1
    time.sleep(0.08)
    client.check_flag("sso", company=ACME)
    assert requests(server) == 2


def test_an_empty_provider_list_disables_caching(server, make_client):
    client = make_client(base_url=server.url, cache_providers=[])
    for _ in range(3):
        assert client.check_flag("sso", company=ACME) is True
    assert requests(server) == 3


def test_unknown_flag_is_the_default_and_not_a_breaker_failure(server, make_client):
    client = make_client(base_url=server.url, flag_defaults={"ghost": True})
    result = client.check_flag_with_entitlement("ghost", company=ACME)
    assert (result.value, result.reason) == (True, "flag not found")
    assert client.check_flag("phantom", options=CheckFlagOptions(default_value=lambda: True)) is True
    for _ in range(5):
        client.check_flag("phantom", company=GLOBEX)
    assert client.target._flags.breaker.state == "closed"
    before = requests(server)
    assert client.check_flag("sso", company=ACME) is True
    assert requests(server) == before + 1


def test_fallback_order_when_the_api_is_down(server, make_client):
    client = make_client(
        base_url=server.url, flag_defaults={"a": True, "b": True, "c": True}, circuit_breaker_threshold=100
    )
    client.set_flag_defaults({"b": False, "c": False})
    client.set_flag_default("c", True)
    server.faults.add("POST", "/flags/*", status=503, count=None)
    assert client.check_flag_with_entitlement("a").reason == "default value (API error (HTTP 503))"
    assert client.check_flag("a") is True  # configured default
    assert client.check_flag("b") is False  # set_flag_defaults beats the configured default
    assert client.check_flag("c") is True  # set_flag_default, the latest call
    assert client.check_flag("b", options=CheckFlagOptions(default_value=True)) is True  # per call first
    assert client.check_flag("zzz") is False


def test_stale_value_wins_over_defaults(server, make_client):
    client = make_client(base_url=server.url, cache_providers=[LocalCache(100, 30)])
    assert client.check_flag("sso", company=ACME) is True
    time.sleep(0.05)
    server.faults.add("POST", "/flags/*", status=500, count=None)
    result = client.check_flag_with_entitlement(
        "sso", company=ACME, options=CheckFlagOptions(default_value=False)
    )
    assert result.value is True
    assert result.reason == "stale value (API error (HTTP 500))"
    assert result.rule_type == "standard"  # the stale answer keeps its details
    assert client.check_flag("sso", company=GLOBEX, options=CheckFlagOptions(default_value=True)) is True


def test_stale_values_survive_with_caching_disabled(server, make_client):
    client = make_client(base_url=server.url, cache_providers=[])
    assert client.check_flag("sso", company=ACME) is True
    server.faults.add("POST", "/flags/*", drop=True, count=1)
    result = client.check_flag_with_entitlement("sso", company=ACME)
    assert (result.value, result.reason) == (True, "stale value (connection error)")


def test_check_flags_is_one_request_and_fills_the_cache(server, make_client):
    client = make_client(base_url=server.url)
    results = client.check_flags(company=ACME)
    assert {r.flag: r.value for r in results} == {"always-on": True, "always-off": False, "sso": True}
    assert requests(server, "checkFlags") == 1
    assert client.check_flag("sso", company=ACME) is True
    assert client.check_flag("always-off", company=ACME) is False
    assert requests(server) == 0
    # All requested keys cached: no request; one unknown key: one request, and it is "flag not found".
    assert [r.value for r in client.check_flags(["sso", "always-on"], company=ACME)] == [True, True]
    assert requests(server, "checkFlags") == 1
    mixed = client.check_flags(["sso", "ghost"], company=ACME)
    assert [(r.flag, r.value) for r in mixed] == [("sso", True), ("ghost", False)]
    assert mixed[1].reason == "flag not found"
    assert requests(server, "checkFlags") == 2


def test_check_flags_falls_back_per_key(server, make_client):
    client = make_client(base_url=server.url, flag_defaults={"always-off": True})
    client.check_flags(["sso"], company=GLOBEX)
    server.faults.add("POST", "/flags/check", status=503, count=None)
    results = client.check_flags(["sso", "always-off"], company=ACME)
    assert [(r.value, r.reason) for r in results] == [
        (False, "default value (API error (HTTP 503))"),
        (True, "default value (API error (HTTP 503))"),
    ]
    assert client.check_flags(company=ACME) == []


@pytest.mark.parametrize(
    ("args", "kwargs", "error", "message"),
    [
        ((1,), {}, TypeError, "flag_key must be a str"),
        (("",), {}, ValueError, "flag_key must not be empty"),
        (("sso",), {"company": ["domain"]}, TypeError, "company must be a mapping"),
        (("sso",), {"company": "acme"}, TypeError, "company must be a mapping"),
        (("sso",), {"user": {"id": 7}}, TypeError, "user must map str to str"),
        (("sso",), {"company": {1: "x"}}, TypeError, "company must map str to str"),
        (("sso",), {"options": {"default_value": True}}, TypeError, "options must be a CheckFlagOptions"),
    ],
)
def test_bad_arguments_raise_at_the_call_site(server, make_client, args, kwargs, error, message):
    client = make_client(base_url=server.url)
    client.check_flag("sso", company=ACME)  # a warm cache must not hide bad input
    with pytest.raises(error, match=message):
        client.check_flag(*args, **kwargs)
    with pytest.raises(error, match=message):
        client.check_flag_with_entitlement(*args, **kwargs)
    assert requests(server) == 1


def test_bad_check_flags_and_defaults_arguments(server, make_client):
    client = make_client(base_url=server.url)
    with pytest.raises(TypeError, match="flag_keys must be a list"):
        client.check_flags("sso")
    with pytest.raises(TypeError, match=r"flag_keys\[\] must be a str"):
        client.check_flags(["sso", 3])
    with pytest.raises(TypeError, match="value must be a bool"):
        client.set_flag_default("sso", "yes")
    with pytest.raises(TypeError, match="values must map str to bool"):
        client.set_flag_defaults({"sso": 1})


def test_check_flag_options_are_validated():
    with pytest.raises(TypeError, match="default_value must be a bool or a callable"):
        CheckFlagOptions(default_value="yes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="timeout must be a positive number"):
        CheckFlagOptions(timeout=0)


def test_a_raising_default_callable_falls_through(server, make_client, caplog):
    client = make_client(base_url=server.url, offline=True, flag_defaults={"x": True})

    def broken() -> bool:
        raise RuntimeError("boom")

    assert client.check_flag("x", options=CheckFlagOptions(default_value=broken)) is True
    assert "default_value callable" in caplog.text
