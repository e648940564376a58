"""Checks answered from the streamed snapshot: the same answers as REST, without REST requests, kept
current by the stream (rule changes, deletions) and by track()."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
from datastream_helpers import eventually, rule, trait
from schematic_devserver import DevServer

from schematic_ext import CheckFlagOptions, DataStreamConfig
from schematic_ext._flags import REASON_NOT_FOUND


def rest_checks(server: DevServer) -> int:
    requests = server.stats()["requests"]
    return int(requests.get("checkFlag", 0) + requests.get("checkFlags", 0))


def test_local_answers_equal_rest_answers_and_send_no_check_requests(make_client, server, world):
    local = make_client()
    rest = make_client(use_datastream=False, cache_providers=[])
    contexts = [(c, u) for c in world["companies"] for u in world["users"]] + [(world["companies"][0], None)]
    expected = {
        (flag, str(c), str(u)): rest.check_flag_with_entitlement(flag, company=c, user=u)
        for flag in world["flags"]
        for c, u in contexts
    }
    assert {r.value for r in expected.values()} == {True, False}  # the rules do decide something
    local.check_flag("plain", company=world["companies"][0], user=world["users"][0])  # the first asks
    before = rest_checks(server)
    for (flag, c, u), answer in expected.items():
        company = next(x for x in world["companies"] if str(x) == c)
        user = next((x for x in world["users"] if str(x) == u), None)
        assert local.check_flag_with_entitlement(flag, company=company, user=user) == answer
    bulk = local.check_flags(list(world["flags"]), company=world["companies"][1], user=world["users"][1])
    assert [r.value for r in bulk] == [
        expected[(flag, str(world["companies"][1]), str(world["users"][1]))].value for flag in world["flags"]
    ]
    everything = local.check_flags(company=world["companies"][1], user=world["users"][1])
    assert sorted(r.flag for r in everything) == sorted(world["flags"])
    assert rest_checks(server) == before  # every answer above was local
    stats = local.datastream_stats()
    assert (stats.state, stats.connections, stats.flags) == ("connected", 1, len(world["flags"]))
    assert (stats.companies, stats.users) == (2, 2)


def test_a_rule_changed_over_rest_is_seen(make_client, server, api, world):
    client = make_client()
    acme = world["companies"][0]
    assert client.check_flag("by-trait", company=acme) is True
    before = rest_checks(server)
    api.rules(world["flags"]["by-trait"], rule(trait("seats", "gte", "500")))
    eventually(lambda: client.check_flag("by-trait", company=acme) is False)
    api.rules(world["flags"]["by-trait"], rule(trait("tier", "eq", "gold")))
    eventually(lambda: client.check_flag("by-trait", company=acme) is True)
    assert rest_checks(server) == before


def test_a_trait_changed_over_rest_is_seen(make_client, server, api, world):
    client = make_client()
    globex = world["companies"][1]
    assert client.check_flag("by-trait", company=globex) is False
    api.company("globex", seats=80)
    eventually(lambda: client.check_flag("by-trait", company=globex) is True)
    assert server.stats()["datastream"]["partials_sent"] >= 1  # sent as a partial, merged by the client


def test_track_flips_a_metric_rule_locally_at_once(make_client, server, world):
    client = make_client(event_flush_interval=60.0)  # the events stay queued: only the local count moves
    acme = world["companies"][0]
    assert client.check_flag("by-metric", company=acme) is True
    client.track("api-call", company=acme)
    client.track("api-call", company=acme, quantity=1)
    assert client.check_flag("by-metric", company=acme) is True  # 2 < 3
    client.track("api-call", company=acme, quantity=1)
    assert client.check_flag("by-metric", company=acme) is False  # 3, without a round trip
    assert server.store.count_events("track") == 1  # only the fixture's; ours are still queued
    client.track("other-event", company=acme, quantity=100)
    assert client.check_flag("by-metric", company=acme) is False


def test_a_flag_deleted_over_the_stream_answers_not_found_with_the_default(make_client, api, world):
    client = make_client(flag_defaults={"plain": False})
    assert client.check_flag("plain") is True
    api.delete_flag(world["flags"]["plain"])
    result = eventually(
        lambda: (r := client.check_flag_with_entitlement("plain")).reason == REASON_NOT_FOUND and r
    )
    assert result.value is False  # the configured default
    options = CheckFlagOptions(default_value=True)
    assert client.check_flag_with_entitlement("plain", options=options).value is True
    assert client.check_flag_with_entitlement("never-existed").reason == REASON_NOT_FOUND


def test_an_unknown_company_falls_back_to_rest(make_client, server, world):
    client = make_client(flag_check_timeout=2.0)
    client.check_flag("plain")  # connected, flags loaded
    rest = make_client(use_datastream=False, cache_providers=[])
    unknown = {"domain": "nobody.test"}
    before = rest_checks(server)
    assert client.check_flag_with_entitlement(
        "by-trait", company=unknown
    ) == rest.check_flag_with_entitlement("by-trait", company=unknown)
    assert rest_checks(server) == before + 2  # ours after the stream said "not found", and the REST client's
    assert client.datastream_stats().server_errors == 1


def test_flag_check_events_are_queued_unless_turned_off(make_client, server, world):
    acme = world["companies"][0]
    on = make_client()
    on.check_flag("by-trait", company=acme)
    on.flush_events()
    stored = eventually(lambda: server.store.count_events("flag_check"))
    assert stored == 1
    off = make_client(datastream=DataStreamConfig(flag_check_events=False))
    off.check_flag("by-trait", company=acme)
    off.flush_events()
    assert server.store.count_events("flag_check") == 1


def test_bad_arguments_still_raise_naming_them(make_client, world):
    client = make_client()
    assert client.check_flag("plain") is True
    with pytest.raises(TypeError, match="company must be a mapping"):
        client.check_flag("plain", company="acme")
    with pytest.raises(TypeError, match="flag_key must be a str"):
        client.check_flag(3)
    with pytest.raises(ValueError, match="flag_key must not be empty"):
        client.check_flag_with_entitlement("")
    with pytest.raises(TypeError, match="user must map str to str"):
        client.check_flag_with_entitlement("plain", user={"id": 1})
    with pytest.raises(TypeError, match="options must be a CheckFlagOptions"):
        client.check_flag("plain", options={"timeout": 1})


def test_a_publishable_key_is_refused_for_the_datastream(server):
    from schematic_devserver import DEFAULT_PUBLISHABLE_KEY

    from schematic_ext import AsyncSchematic, Schematic

    for kind in (Schematic, AsyncSchematic):
        with pytest.raises(ValueError, match=r"use_datastream=True needs a secret key \(sk_"):
            kind(DEFAULT_PUBLISHABLE_KEY, base_url=server.url, use_datastream=True, get_user=lambda: None)


def test_a_company_is_asked_for_again_once_its_cache_ttl_passes(make_client, server, world):
    client = make_client(datastream=DataStreamConfig(cache_ttl=300))
    acme = world["companies"][0]
    assert client.check_flag("by-trait", company=acme) is True
    asked = server.stats()["datastream"]["messages_received"]  # the flag set and acme
    assert client.check_flag("by-trait", company=acme) is True
    assert server.stats()["datastream"]["messages_received"] == asked  # held: nothing asked
    time.sleep(0.4)  # past its TTL, with no message about it meanwhile
    assert client.check_flag("by-trait", company=acme) is True
    assert server.stats()["datastream"]["messages_received"] == asked + 1


def test_without_websockets_use_datastream_names_the_extra(server):
    code = (
        "import sys; sys.modules['websockets'] = None\n"
        "from schematic_ext import Schematic\n"
        f"Schematic('sk_x', base_url={server.url!r}, use_datastream=True)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "use_datastream=True needs the websockets library: pip install 'schematic-ext[datastream]'" in (
        result.stderr
    )
