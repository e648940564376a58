"""Companies the server does not know: a refusal is remembered for a short while, so checks for them go to
REST (and its result cache) without asking the stream again on every check; it lapses, so a company created
later is picked up, and a full message for it clears it at once."""

from __future__ import annotations

from datastream_helpers import eventually
from schematic_devserver import DevServer

from schematic_ext import DataStreamConfig
from schematic_ext._datastream.protocol import COMPANY, ERROR, Message
from schematic_ext._datastream.store import Snapshot

CHECKS = 200


def received(server: DevServer) -> int:
    """Frames the devserver's datastream received from clients (its ``start`` and ``stop`` requests)."""
    return int(server.stats()["datastream"]["messages_received"])


def rest_checks(server: DevServer) -> int:
    return int(server.stats()["requests"].get("checkFlag", 0))


def test_checking_an_unknown_company_in_a_loop_asks_the_stream_at_most_twice(make_client, server, world):
    client = make_client(flag_check_timeout=2.0)
    rest = make_client(use_datastream=False, cache_providers=[])
    client.check_flag("plain")  # connected, flags loaded
    unknown = {"domain": "nobody.test"}
    expected = rest.check_flag_with_entitlement("by-trait", company=unknown)
    before, rest_before = received(server), rest_checks(server)
    answers = [client.check_flag_with_entitlement("by-trait", company=unknown) for _ in range(CHECKS)]
    assert answers == [expected] * CHECKS
    assert received(server) - before <= 2  # one start, and one more if the refusal lapsed mid-loop
    assert client.datastream_stats().server_errors <= 2
    assert rest_checks(server) - rest_before <= 2  # the rest from the result cache


def test_a_company_created_after_a_refusal_is_answered_locally_once_the_refusal_lapses(
    make_client, server, api, world
):
    client = make_client(flag_check_timeout=2.0, datastream=DataStreamConfig(cache_ttl=500))
    client.check_flag("plain")
    newco = {"domain": "newco.test"}
    assert client.check_flag("by-trait", company=newco) is False  # not there yet: refused, asked over REST
    assert client.datastream_stats().server_errors == 1
    api.company("newco", seats=500)

    def answered_locally() -> bool:
        checks = rest_checks(server)
        return client.check_flag("by-trait", company=newco) is True and rest_checks(server) == checks

    eventually(answered_locally)
    assert client.datastream_stats().companies == 1


def test_refusals_are_bounded_like_the_snapshot_and_name_every_key_of_the_check():
    snapshot = Snapshot(max_entities=2, ttl=60.0)
    for name in ("one", "two", "three"):
        error = {"error": "not found", "entity_type": COMPANY, "keys": {"domain": f"{name}.TEST"}}
        snapshot.apply(Message(COMPANY, ERROR, error))
    assert not snapshot.refused(COMPANY, {"domain": "one.test"})  # the oldest, dropped past the bound
    assert snapshot.refused(COMPANY, {"domain": "two.test"})
    assert snapshot.refused(COMPANY, {"Domain": "Three.test"})  # looked up lower-cased
    assert not snapshot.refused(COMPANY, {"domain": "three.test", "slug": "three"})  # a key not refused


def test_a_refusal_lapses_after_the_snapshot_ttl():
    snapshot = Snapshot(max_entities=10, ttl=0.05)
    keys = {"domain": "gone.test"}
    snapshot.apply(Message(COMPANY, ERROR, {"error": "not found", "entity_type": COMPANY, "keys": keys}))
    assert snapshot.refused(COMPANY, keys)
    eventually(lambda: not snapshot.refused(COMPANY, keys))
