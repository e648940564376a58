"""Bad input fails at the call site with TypeError/ValueError naming the argument; good input is copied."""

from __future__ import annotations

import datetime
import enum
import math
from pathlib import Path
from typing import Any

import pytest
import yaml

from schematic_ext import EventBodyIdentifyCompany, Schematic
from schematic_ext._events.wire import MAX_BATCH_EVENTS, identify_event, new_idempotency_key, track_event


def test_a_request_stays_within_the_apis_batch_limit() -> None:
    # The API takes up to 1000 events a request; the SDK sends at most 100, the capture service's limit,
    # so one encoding and one bisection serve both endpoints.
    spec = yaml.safe_load((Path(__file__).parents[2] / "openapi.yaml").read_text())
    schema = spec["components"]["schemas"]["CreateEventBatchRequestBody"]
    assert MAX_BATCH_EVENTS == 100 <= schema["properties"]["events"]["maxItems"]


@pytest.mark.parametrize(
    ("kwargs", "error", "names"),
    [
        ({"event": ""}, ValueError, "event"),
        ({"event": "   "}, ValueError, "event"),
        ({"event": None}, TypeError, "event"),
        ({"event": 3}, TypeError, "event"),
        ({"event": "a", "company": {"id": 1}}, TypeError, "company"),
        ({"event": "a", "user": {1: "x"}}, TypeError, "user"),
        ({"event": "a", "user": ["user_id"]}, TypeError, "user"),
        ({"event": "a", "traits": {"x": object()}}, TypeError, "traits"),
        ({"event": "a", "traits": {"x": math.nan}}, ValueError, "traits"),
        ({"event": "a", "traits": {"x": {"y": [math.inf]}}}, ValueError, "traits"),
        ({"event": "a", "traits": {1: "x"}}, TypeError, "traits"),
        ({"event": "a", "traits": {"x": {2: "y"}}}, TypeError, "traits"),
        ({"event": "a", "traits": "x"}, TypeError, "traits"),
        ({"event": "a", "quantity": 1.5}, TypeError, "quantity"),
        ({"event": "a", "quantity": True}, TypeError, "quantity"),
        ({"event": "a", "quantity": -1}, ValueError, "quantity"),
        ({"event": "a", "company": {"id": "x", "n": 2}}, TypeError, "company"),
        ({"event": "a", "company": {"id": "x"}, "user": {"user_id": None}}, TypeError, "user"),
        ({"event": "a", "company": {"id": "x"}, "traits": []}, TypeError, "traits"),
    ],
)
@pytest.mark.parametrize("entry", ["track_event", "Schematic.track"])
def test_track_rejects_bad_input(
    kwargs: dict[str, Any], error: type[Exception], names: str, entry: str
) -> None:
    # Schematic.track checks plain arguments inline (its hot path) before falling back to track_item:
    # both must reject the same input with the same message.
    call = track_event if entry == "track_event" else Schematic(offline=True).track
    with pytest.raises(error, match=names):
        call(**kwargs)


def test_cyclic_traits_are_rejected() -> None:
    traits: dict[str, Any] = {}
    traits["self"] = traits
    with pytest.raises(ValueError, match="nested"):
        track_event("a", traits=traits)


@pytest.mark.parametrize(
    ("kwargs", "error", "names"),
    [
        ({"keys": {}}, ValueError, "keys"),
        ({"keys": {"id": 5}}, TypeError, "keys"),
        ({"keys": None}, TypeError, "keys"),
        ({"keys": {"id": "a"}, "name": 3}, TypeError, "name"),
        ({"keys": {"id": "a"}, "company": {"keys": {"id": 2}}}, TypeError, "company.keys"),
        ({"keys": {"id": "a"}, "company": {"plan": "x"}}, ValueError, "company"),
        ({"keys": {"id": "a"}, "company": "acme"}, TypeError, "company"),
        ({"keys": {"id": "a"}, "company": {"traits": {"t": {1, 2}}}}, TypeError, "company.traits"),
    ],
)
def test_identify_rejects_bad_input(kwargs: dict[str, Any], error: type[Exception], names: str) -> None:
    with pytest.raises(error, match=names):
        identify_event(**kwargs)


class Plan(enum.Enum):
    PRO = "pro"


def test_traits_are_copied_and_converted() -> None:
    traits: dict[str, Any] = {"tags": ["a"], "when": datetime.date(2024, 1, 2), "plan": Plan.PRO, "t": (1, 2)}
    event = track_event("a", traits=traits)
    traits["tags"].append("b")
    assert event["body"]["traits"] == {"tags": ["a"], "when": "2024-01-02", "plan": "pro", "t": [1, 2]}


def test_identify_accepts_the_model_and_a_mapping() -> None:
    model = EventBodyIdentifyCompany.from_dict(
        {"keys": {"id": "acme"}, "name": "Acme", "traits": {"city": "A"}}
    )
    from_model = identify_event({"user_id": "u"}, company=model, name="W", traits={"n": 1})
    from_mapping = identify_event(
        {"user_id": "u"},
        company={"keys": {"id": "acme"}, "name": "Acme", "traits": {"city": "A"}},
        name="W",
        traits={"n": 1},
    )
    assert from_model["body"] == from_mapping["body"]
    assert from_model["body"] == {
        "keys": {"user_id": "u"},
        "company": {"keys": {"id": "acme"}, "name": "Acme", "traits": {"city": "A"}},
        "name": "W",
        "traits": {"n": 1},
    }
    assert from_model["event_type"] == "identify"


def test_idempotency_keys_are_unique() -> None:
    keys = {new_idempotency_key() for _ in range(10_000)} | {
        track_event("a")["idempotency_key"] for _ in range(10)
    }
    assert len(keys) == 10_010
