"""The replicator's snapshot: the datastream's own, holding the whole environment, reporting each change.

It is `schematic_ext._datastream.store.Snapshot` (so frames are applied, and partials merged, exactly
as in direct mode), never bounded nor expired, that also keeps each flag's and entity's JSON as it
will be written and tells the Redis writer what an applied message changed.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable, Mapping
from typing import Any

from .._datastream.protocol import COMPANY, DELETE, ERROR, FLAG, FLAGS, USER, Message
from .._datastream.store import Entry, Snapshot, Waiter

__all__ = ["Changed", "MirroredSnapshot"]

Changed = Callable[[str, "str | None"], None]
"""Told ``(entity type, id)`` after each change: a flag's lower-cased key, a company's or user's id, or
``(FLAGS, None)`` for a whole new flag set."""


class MirroredSnapshot(Snapshot):
    """Everything the stream sent, as JSON-ready dicts next to the compiled snapshot (see module doc)."""

    keeps_json = True

    def __init__(self, on_change: Changed) -> None:
        super().__init__(max_entities=sys.maxsize, ttl=math.inf)
        self.flag_data: dict[str, dict[str, Any]] = {}
        self.entities: dict[str, dict[str, dict[str, Any]]] = {COMPANY: {}, USER: {}}
        self._on_change = on_change

    def apply(self, message: Message) -> tuple[list[Waiter], list[tuple[str, dict[str, str]]]]:
        """Apply `message` as the datastream's snapshot does, then record and report what it changed."""
        entity_type, kind, data = message.entity_type, message.message_type, message.data
        if kind == ERROR:
            entity_type = data.get("entity_type")
        named = self._named(entity_type, data) if kind in (DELETE, ERROR) else None
        result = super().apply(message)
        if entity_type == FLAGS and kind != ERROR:
            self.flag_data = {flag["key"].lower(): flag for flag in data}
            self._on_change(FLAGS, None)
        elif entity_type == FLAG and kind != ERROR:
            key = data["key"].lower()
            if kind == DELETE:
                self.flag_data.pop(key, None)
            else:
                self.flag_data[key] = data
            self._on_change(FLAG, key)
        elif entity_type in (COMPANY, USER):
            entity_id = named if kind in (DELETE, ERROR) else message.entity_id or data.get("id")
            if isinstance(entity_id, str):
                self._record(entity_type, entity_id)
        return result

    def _named(self, entity_type: Any, data: Mapping[str, Any]) -> str | None:
        """The id of the held company or user a delete or an error names (by id, else by its keys)."""
        if entity_type not in (COMPANY, USER):
            return None
        entity_id = data.get("id")
        if isinstance(entity_id, str):
            return entity_id
        keys = data.get("keys")
        if not isinstance(keys, Mapping) or not all(isinstance(v, str) for v in keys.values()):
            return None
        found = self.table(entity_type).find(keys)
        return found.data["id"] if isinstance(found, Entry) else None

    def _record(self, entity_type: str, entity_id: str) -> None:
        entry = self.table(entity_type).get(entity_id)
        if entry is None:
            self.entities[entity_type].pop(entity_id, None)
        else:
            self.entities[entity_type][entity_id] = entry.data
        self._on_change(entity_type, entity_id)
