"""Preflighted checks ("would this action be allowed?") through both clients, answered over REST by the
devserver and locally from the datastream snapshot: the same answers, never cached, never stale."""

from __future__ import annotations

from typing import Any

import pytest
from datastream_helpers import Api, metric, rule, trait
from schematic_devserver import DevServer

from schematic_ext import CheckFlagOptions, EventUsage, Schematic


@pytest.fixture
def metered(api: Api) -> dict[str, Any]:
    """Acme has used 1 of 3 API calls (`calls-left`: usage below 3) and has 5 seats (`big-team`: 50+)."""
    acme = api.company("acme", seats=5)
    api.flag("calls-left", rule(metric("api-call", "lt", 3)))
    api.flag("big-team", rule(trait("seats", "gte", "50")))
    api.track(acme, "api-call", 1)
    return acme


def checks(server: DevServer) -> int:
    requests = server.stats()["requests"]
    return int(requests.get("checkFlag", 0)) + int(requests.get("checkFlags", 0))


MODES = pytest.mark.parametrize("local", [True, False], ids=["local", "rest"])


@MODES
def test_a_preflight_asks_against_usage_not_recorded_yet(make_client, server, metered, local):
    client = make_client(use_datastream=local)
    assert client.check_flag("calls-left", company=metered) is True

    def allowed(**preflight: Any) -> bool:
        return client.check_flag("calls-left", company=metered, options=CheckFlagOptions(**preflight))

    assert allowed(usage=1) is True  # 1 + 1 < 3
    assert allowed(usage=2) is False
    assert allowed(usage=1.2) is False  # rounded up to 2
    assert allowed(event_usage=EventUsage("api-call", 2)) is False
    assert allowed(event_usage=EventUsage("other-event", 2)) is True  # only its own event's conditions
    assert allowed(usage=2, event_usage=EventUsage("api-call", 1)) is True  # the event's usage wins
    # An int trait moves too: 5 seats and 45 more are 50.
    assert client.check_flag("big-team", company=metered, options=CheckFlagOptions(usage=45)) is True
    assert client.check_flag("big-team", company=metered) is False


@MODES
def test_preflighted_checks_skip_the_cache_and_plain_ones_still_use_it(make_client, server, metered, local):
    client = make_client(use_datastream=local)
    assert client.check_flag("calls-left", company=metered) is True
    before = checks(server)
    for _ in range(3):
        assert client.check_flag("calls-left", company=metered, options=CheckFlagOptions(usage=2)) is False
        assert client.check_flag("calls-left", company=metered) is True  # the cache (or snapshot) is intact
    # Locally nothing goes to the API; over REST each preflight is a request and no plain check is.
    assert checks(server) - before == (0 if local else 3)


@MODES
def test_check_flags_takes_a_preflight_too(make_client, metered, local):
    client = make_client(use_datastream=local)
    plain = {r.flag: r.value for r in client.check_flags(["calls-left", "big-team"], company=metered)}
    options = CheckFlagOptions(usage=45)
    moved = {
        r.flag: r.value
        for r in client.check_flags(["calls-left", "big-team"], company=metered, options=options)
    }
    assert plain == {"calls-left": True, "big-team": False}
    assert moved == {"calls-left": False, "big-team": True}


def test_a_preflighted_check_falls_back_to_the_default_not_a_stale_plain_answer(make_client, server, metered):
    client = make_client(use_datastream=False, cache_providers=[])
    assert client.check_flag("calls-left", company=metered) is True  # remembered for stale-if-error
    server.faults.add(path="/flags/*/check", status=503, count=None)
    plain = client.check_flag_with_entitlement("calls-left", company=metered)
    assert (plain.value, plain.reason) == (True, "stale value (API error (HTTP 503))")
    options = CheckFlagOptions(usage=1, default_value=False)
    asked = client.check_flag_with_entitlement("calls-left", company=metered, options=options)
    assert (asked.value, asked.reason) == (False, "default value (API error (HTTP 503))")


def test_the_devserver_refuses_a_negative_preflight_with_a_400(api: Api) -> None:
    api.flag("calls-left", rule(metric("api-call", "lt", 3)))
    response = api.client.post(
        "/flags/calls-left/check", json={"company": {"id": "x"}, "preflight": {"usage": -1}}
    )
    assert response.status_code == 400
    assert "usage" in response.text


@pytest.mark.parametrize(
    ("build", "error", "names"),
    [
        (lambda: CheckFlagOptions(usage=-1), ValueError, "usage"),
        (lambda: CheckFlagOptions(usage=float("nan")), ValueError, "usage"),
        (lambda: CheckFlagOptions(usage=float("inf")), ValueError, "usage"),
        (lambda: CheckFlagOptions(usage=2**64), ValueError, "usage"),
        (lambda: CheckFlagOptions(usage="5"), ValueError, "usage"),
        (
            lambda: CheckFlagOptions(event_usage={"event_subtype": "x", "quantity": 1}),
            TypeError,
            "event_usage",
        ),
        (lambda: EventUsage("", 1), ValueError, "event_subtype"),
        (lambda: EventUsage("x" * 129, 1), ValueError, "event_subtype"),
        (lambda: EventUsage(7, 1), TypeError, "event_subtype"),  # type: ignore[arg-type]
        (lambda: EventUsage("api-call", -2), ValueError, "quantity"),
        (lambda: CheckFlagOptions(credit_cost=[("c", 1)]), TypeError, "credit_cost"),
        (lambda: CheckFlagOptions(credit_cost={"c": -1}), ValueError, "credit_cost['c']"),
        (lambda: CheckFlagOptions(credit_cost={"": 1}), TypeError, "credit_cost"),
    ],
)
def test_bad_preflights_raise_naming_the_argument(build, error, names) -> None:
    with pytest.raises(error, match=names.replace("[", r"\[")):
        build()


def test_credit_costs_are_copied_and_sent_as_given(server: DevServer) -> None:
    costs = {"credit-1": 2.5}
    options = CheckFlagOptions(credit_cost=costs, usage=3)
    costs["credit-1"] = 99.0
    assert options.preflight() == {"usage": 3, "credit_cost": {"credit-1": 2.5}}
    with Schematic(base_url=server.url, api_key="sk_test_devserver") as client:
        assert client.check_flag("missing-flag", options=options) is False  # a 404 answers the default
