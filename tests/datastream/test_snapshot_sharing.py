"""What the snapshot shares to stay small: field names, vocabulary values and trait definitions are one
object each, and an entity's traits are held once (compiled, in place of its trait list), while the
replicator's snapshot keeps each entity's data equal to the JSON it came from (it writes that to Redis);
partial merges still replace, never mutate."""

from __future__ import annotations

import copy
import json
from typing import Any

from schematic_ext._datastream.protocol import parse_message
from schematic_ext._datastream.store import Snapshot
from schematic_ext._replicator.mirror import MirroredSnapshot
from schematic_ext._rules.metrics import metric_key

SEATS = {"id": "etd_seats", "comparable_type": "int", "entity_type": "company"}


def company(company_id: str, seats: int) -> dict[str, Any]:
    return {
        "account_id": "acc",
        "environment_id": "env",
        "id": company_id,
        "keys": {"domain": f"{company_id}.test"},
        "traits": [{"value": str(seats), "trait_definition": dict(SEATS)}],
        "metrics": [{"event_subtype": "api-call", "period": "all_time", "month_reset": "", "value": 3}],
        "plan_ids": [],
        "rules": [],
    }


def full(data: dict[str, Any]) -> str:
    return json.dumps({"entity_type": "rulesengine.Company", "message_type": "full", "data": data})


def partial(entity_id: str, data: dict[str, Any]) -> str:
    message = {"entity_type": "rulesengine.Company", "message_type": "partial", "data": data}
    return json.dumps({**message, "entity_id": entity_id})


def test_entities_share_names_values_and_definitions_and_keep_their_json():
    snapshot = Snapshot(10, 60.0)
    sent = [company("acme", 250), company("globex", 5)]
    for data in sent:
        snapshot.apply(parse_message(full(data)))
    acme, globex = (snapshot.companies.get(name) for name in ("acme", "globex"))
    assert acme is not None and globex is not None
    for entry, data in ((acme, sent[0]), (globex, sent[1])):
        assert {**entry.data, "traits": data["traits"]} == data
        assert entry.data["traits"] is entry.compiled.traits  # each trait held once, compiled
    names = {id(name) for entry in (acme, globex) for name in entry.data}
    assert len(names) == len(sent[0])  # one object per field name, not one per entity
    assert acme.data["account_id"] is globex.data["account_id"]
    assert acme.data["metrics"][0]["event_subtype"] is globex.data["metrics"][0]["event_subtype"]
    assert acme.compiled.plan_ids is globex.compiled.plan_ids  # one shared empty set
    assert acme.compiled.rules is globex.compiled.rules  # one shared empty mapping
    assert acme.compiled.traits["etd_seats"].converted == 250


def test_the_replicators_snapshot_keeps_the_json_it_received_with_shared_definitions():
    mirror = MirroredSnapshot(lambda entity_type, entity_id: None)
    sent = [company("acme", 250), company("globex", 5)]
    for data in sent:
        mirror.apply(parse_message(full(data)))
    acme, globex = (mirror.companies.get(name) for name in ("acme", "globex"))
    assert acme is not None and globex is not None
    assert [acme.data, globex.data] == sent  # the replicator writes what it received
    assert acme.data["traits"][0]["trait_definition"] is globex.data["traits"][0]["trait_definition"]
    assert acme.compiled.traits["etd_seats"].converted == 250


def test_a_partial_merge_replaces_the_shared_data_and_leaves_the_other_entity_alone():
    snapshot = MirroredSnapshot(lambda entity_type, entity_id: None)
    for data in (company("acme", 250), company("globex", 5)):
        snapshot.apply(parse_message(full(data)))
    globex_before = copy.deepcopy(snapshot.companies.get("globex").data)  # type: ignore[union-attr]
    update = {
        "traits": [{"value": "9", "trait_definition": dict(SEATS)}],
        "metrics": [{"event_subtype": "api-call", "period": "all_time", "month_reset": "", "value": 7}],
    }
    snapshot.apply(parse_message(partial("acme", update)))
    acme = snapshot.companies.get("acme")
    globex = snapshot.companies.get("globex")
    assert acme is not None and globex is not None
    assert acme.data["traits"] == update["traits"] and acme.data["metrics"] == update["metrics"]
    assert acme.compiled.traits["etd_seats"].converted == 9
    assert globex.data == globex_before
    assert acme.data["traits"][0]["trait_definition"] is globex.data["traits"][0]["trait_definition"]


def test_a_partial_without_traits_keeps_the_compiled_traits_and_one_with_traits_replaces_them():
    snapshot = Snapshot(10, 60.0)
    snapshot.apply(parse_message(full(company("acme", 250))))
    before = snapshot.companies.get("acme")
    assert before is not None
    metrics = [{"event_subtype": "api-call", "period": "all_time", "month_reset": "", "value": 7}]
    snapshot.apply(parse_message(partial("acme", {"metrics": metrics})))
    kept = snapshot.companies.get("acme")
    assert kept is not None and kept is not before
    assert kept.compiled.traits is before.compiled.traits  # carried over, not rebuilt nor lost
    assert kept.compiled.metrics[metric_key("api-call", "all_time", "")] == 7
    update = [{"value": "9", "trait_definition": dict(SEATS)}]
    snapshot.apply(parse_message(partial("acme", {"traits": update})))
    replaced = snapshot.companies.get("acme")
    assert replaced is not None
    assert replaced.compiled.traits["etd_seats"].converted == 9
    assert before.compiled.traits["etd_seats"].converted == 250  # the old entry untouched
