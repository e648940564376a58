"""The Redis layout the replicator writes and replicator-mode processes read (README: "Replicator mode").

Entity keys are schematichq's, so its replicator-mode SDK reads what ours writes: under ``<prefix>:``,
``flags:<version>:<flag key, lower>`` holds a ``RulesengineFlag``, ``company:<version>:<id>`` a
``RulesengineCompany`` and ``company:<version>:<key name, lower>:<key value, lower>`` that company's id
as a JSON string (``user:`` likewise). Two names are this SDK's own: the marker
``replicator:<version>``, written once the whole flag set is in (so a reader can tell "no such flag"
from "not loaded yet"), and the channel ``changes`` on which the replicator publishes a `Notice` after
each write, so readers that hold an entity in memory re-read it at once.
"""

from __future__ import annotations

import json
from typing import Any

import attrs

from .._datastream.protocol import COMPANY, FLAG, FLAGS, USER

__all__ = ["DEFAULT_PREFIX", "KeyLayout", "Notice", "channel", "parse_notice"]

DEFAULT_PREFIX = "schematic"  # schematichq's RedisCache prefix
KINDS = {COMPANY: "company", USER: "user"}


@attrs.frozen
class KeyLayout:
    """The keys of one cache version under one prefix."""

    prefix: str
    version: str

    def flag(self, key: str) -> str:
        return f"{self.prefix}:flags:{self.version}:{key.lower()}"

    def flag_pattern(self) -> str:
        """A SCAN pattern matching every flag of this version."""
        return f"{_glob_escape(self.prefix)}:flags:{_glob_escape(self.version)}:*"

    def entity_pattern(self, entity_type: str) -> str:
        """A SCAN pattern matching every key (entities and lookups) of one kind of this version."""
        return f"{_glob_escape(self.prefix)}:{KINDS[entity_type]}:{_glob_escape(self.version)}:*"

    def entity(self, entity_type: str, entity_id: str) -> str:
        return f"{self.prefix}:{KINDS[entity_type]}:{self.version}:{entity_id}"

    def lookup(self, entity_type: str, name: str, value: str) -> str:
        return f"{self.prefix}:{KINDS[entity_type]}:{self.version}:{name.lower()}:{value.lower()}"

    def marker(self) -> str:
        return f"{self.prefix}:replicator:{self.version}"

    def channel(self) -> str:
        return channel(self.prefix)


def channel(prefix: str) -> str:
    """The channel the replicator publishes a `Notice` on after each write (every version's)."""
    return f"{prefix}:changes"


def _glob_escape(text: str) -> str:
    return "".join(f"\\{char}" if char in "*?[]\\" else char for char in text)


@attrs.frozen
class Notice:
    """What changed: a flag (its key, lower-cased), the whole flag set (no id), a company or a user (its
    id). Readers re-read the key rather than trust a payload, so a notice is never larger than a key."""

    cache_version: str
    entity_type: str
    id: str | None = None

    def encode(self) -> str:
        body: dict[str, Any] = {"cache_version": self.cache_version, "entity_type": self.entity_type}
        if self.id is not None:
            body["id"] = self.id
        return json.dumps(body, separators=(",", ":"))


def parse_notice(raw: str | bytes) -> Notice | None:
    """The notice a channel message holds, or None if it is not one."""
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(body, dict):
        return None
    version, entity_type, entity_id = body.get("cache_version"), body.get("entity_type"), body.get("id")
    if not isinstance(version, str) or entity_type not in (FLAGS, FLAG, COMPANY, USER):
        return None
    if entity_type != FLAGS and (not isinstance(entity_id, str) or not entity_id):
        return None
    return Notice(version, entity_type, entity_id if entity_type != FLAGS else None)
