"""The store's change feed: committed writes are published once, after commit; rolled-back ones never."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from schematic_devserver.changes import Change
from schematic_devserver.store import Conflict, Store


@pytest.fixture
def store(tmp_path) -> Store:  # type: ignore[no-untyped-def]
    store = Store(tmp_path / "db.sqlite")
    yield store
    store.close()


def _record(store: Store) -> list[Change]:
    seen: list[Change] = []

    def subscriber(changes: Sequence[Change]) -> None:
        seen.extend(changes)

    store.changes.subscribe(subscriber)
    return seen


def test_entity_and_flag_writes_are_published(store: Store) -> None:
    seen = _record(store)
    company = store.upsert_entity("company", {"id": "acme"}, traits={"plan": "pro"})
    store.set_trait("company", {"id": "acme"}, "seats", incr=2)
    flag = store.save_flag({"key": "f", "name": "F"})
    store.save_rules(flag.id, [])
    store.delete_flag(flag.id)
    assert store.delete_entity("company", company.id)
    assert seen == [
        Change("company", company.id),
        Change("company", company.id),
        Change("flag", flag.id, "created"),
        Change("flag", flag.id),
        Change("flag", flag.id, "deleted"),
        Change("company", company.id, "deleted"),
    ]


def test_a_rolled_back_write_publishes_nothing(store: Store) -> None:
    store.save_flag({"key": "taken", "name": "T"})
    seen = _record(store)
    with pytest.raises(Conflict):
        store.save_flag({"key": "taken", "name": "again"})
    assert seen == []


def test_a_failing_subscriber_does_not_stop_the_others(store: Store) -> None:
    def broken(changes: Sequence[Change]) -> None:
        raise RuntimeError("boom")

    store.changes.subscribe(broken)
    seen = _record(store)
    store.upsert_entity("user", {"email": "a@example.com"})
    assert [change.kind for change in seen] == ["user"]


def test_unsubscribe_stops_delivery(store: Store) -> None:
    seen: list[Change] = []
    unsubscribe = store.changes.subscribe(seen.extend)
    unsubscribe()
    store.upsert_entity("user", {"email": "a@example.com"})
    assert seen == []
