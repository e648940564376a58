"""Trait and key definitions: what each company or user trait and key is, and its trait type.

A trait definition is created when a trait is first set (its type inferred from the value:
``boolean``, ``number`` or ``string``) or explicitly by getOrCreateEntityTraitDefinition, which
can also declare ``date``, ``currency`` or ``url``. The type is stored so trait conditions can
compare by it. Definition ids are derived from the entity type and the trait's name (its
``hierarchy`` joined by dots), as the devserver's entity traits already name them.

Key definitions are not stored: they are the distinct key names of the stored keys.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol

__all__ = [
    "SCHEMA",
    "Definitions",
    "KeyDefinitionRow",
    "TraitDefinitionRow",
    "ensure_trait_definitions_tx",
    "key_definition_id",
    "trait_definition_id",
    "trait_type_of",
]

SCHEMA = """
CREATE TABLE IF NOT EXISTS trait_definitions (
    id TEXT PRIMARY KEY,
    entity_type TEXT NOT NULL,
    hierarchy TEXT NOT NULL,
    trait_type TEXT NOT NULL,
    display_name TEXT NOT NULL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
"""

_TRAIT_COLUMNS = "id, entity_type, hierarchy, trait_type, display_name, created_at, updated_at"


class _Database(Protocol):
    """What definitions need of the Store: its write transaction and locked reads."""

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]: ...

    def changed_tx(self, kind: str, entity_id: str, action: str = "updated") -> None: ...

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...


@dataclass(frozen=True)
class TraitDefinitionRow:
    """A stored trait definition."""

    id: str
    entity_type: str
    hierarchy: list[str]
    trait_type: str
    display_name: str
    created_at: float
    updated_at: float

    @property
    def name(self) -> str:
        """The trait's name in an entity's traits (nested names joined by dots)."""
        return ".".join(self.hierarchy)


@dataclass(frozen=True)
class KeyDefinitionRow:
    """A key name in use by companies or users, with when it was first and last written."""

    id: str
    entity_type: str
    key: str
    created_at: float
    updated_at: float


def trait_definition_id(entity_type: str, name: str) -> str:
    """The id of the definition of a trait, e.g. ``etd_company_seats``."""
    return f"etd_{entity_type}_{name}"


def key_definition_id(entity_type: str, key: str) -> str:
    """The id of the definition of a key name, e.g. ``ekd_company_domain``."""
    return f"ekd_{entity_type}_{key}"


def trait_type_of(value: Any) -> str:
    """The trait type a first value implies: boolean, number, else string."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return "string"


def ensure_trait_definitions_tx(
    conn: sqlite3.Connection, entity_type: str, traits: Mapping[str, Any], now: float
) -> None:
    """Define each trait not defined yet, typed by its value (inside an open transaction)."""
    conn.executemany(
        f"INSERT OR IGNORE INTO trait_definitions ({_TRAIT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                trait_definition_id(entity_type, name),
                entity_type,
                json.dumps([name]),
                trait_type_of(value),
                name,
                now,
                now,
            )
            for name, value in traits.items()
            if value is not None
        ],
    )


def _trait_row(row: Sequence[Any]) -> TraitDefinitionRow:
    return TraitDefinitionRow(row[0], row[1], json.loads(row[2]), row[3], row[4], row[5], row[6])


def _json_path(hierarchy: Sequence[str]) -> str:
    """The SQLite JSON path of a nested trait: ``$."address"."city"``."""
    return "$" + "".join(f".{json.dumps(part)}" for part in hierarchy)


class Definitions:
    """Trait definitions (stored) and key definitions (derived), in the Store's database."""

    def __init__(self, database: _Database) -> None:
        self._db = database

    # -- trait definitions ---------------------------------------------------------------

    def get_or_create_trait(
        self,
        entity_type: str,
        hierarchy: Sequence[str],
        trait_type: str,
        display_name: str | None,
        now: float,
    ) -> TraitDefinitionRow:
        """The definition of the trait at ``hierarchy``; created with the given type when missing."""
        definition_id = trait_definition_id(entity_type, ".".join(hierarchy))
        with self._db.transaction() as conn:
            conn.execute(
                f"INSERT OR IGNORE INTO trait_definitions ({_TRAIT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    definition_id,
                    entity_type,
                    json.dumps(list(hierarchy)),
                    trait_type,
                    display_name or ".".join(hierarchy),
                    now,
                    now,
                ),
            )
        found = self.trait(definition_id)
        assert found is not None  # Inserted or already there.
        return found

    def trait(self, definition_id: str) -> TraitDefinitionRow | None:
        """One trait definition by id."""
        rows = self._db.read(f"SELECT {_TRAIT_COLUMNS} FROM trait_definitions WHERE id = ?", (definition_id,))
        return _trait_row(rows[0]) if rows else None

    def _trait_filter(
        self,
        entity_type: str | None,
        ids: Sequence[str] | None,
        q: str | None,
        trait_types: Sequence[str] | None,
    ) -> tuple[str, list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if entity_type is not None:
            where.append("entity_type = ?")
            params.append(entity_type)
        if ids is not None:
            where.append(f"id IN ({','.join('?' * len(ids))})")
            params.extend(ids)
        if q:
            where.append("(display_name LIKE ? OR hierarchy LIKE ?)")
            params.extend([f"%{q}%", f"%{q}%"])
        if trait_types is not None:
            where.append(f"trait_type IN ({','.join('?' * len(trait_types))})")
            params.extend(trait_types)
        return (f"WHERE {' AND '.join(where)}" if where else ""), params

    def traits(
        self,
        *,
        entity_type: str | None = None,
        ids: Sequence[str] | None = None,
        q: str | None = None,
        trait_types: Sequence[str] | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[TraitDefinitionRow]:
        """Trait definitions matching every given filter, oldest first."""
        clause, params = self._trait_filter(entity_type, ids, q, trait_types)
        rows = self._db.read(
            f"SELECT {_TRAIT_COLUMNS} FROM trait_definitions {clause} ORDER BY created_at, id LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
        return [_trait_row(row) for row in rows]

    def count_traits(
        self,
        *,
        entity_type: str | None = None,
        ids: Sequence[str] | None = None,
        q: str | None = None,
        trait_types: Sequence[str] | None = None,
    ) -> int:
        """Number of trait definitions matching every given filter."""
        clause, params = self._trait_filter(entity_type, ids, q, trait_types)
        return int(self._db.read(f"SELECT COUNT(*) FROM trait_definitions {clause}", params)[0][0])

    def update_trait(
        self, definition_id: str, trait_type: str, display_name: str | None, now: float
    ) -> TraitDefinitionRow | None:
        """Change a definition's type (and display name when given); None if it does not exist."""
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE trait_definitions SET trait_type = ?, display_name = COALESCE(?, display_name), "
                "updated_at = ? WHERE id = ?",
                (trait_type, display_name, now, definition_id),
            )
            self._db.changed_tx("trait_definition", definition_id)
        return self.trait(definition_id)

    def delete_trait(self, definition_id: str) -> bool:
        """Delete a definition (the trait values stay; setting the trait again defines it anew)."""
        with self._db.transaction() as conn:
            deleted = bool(
                conn.execute("DELETE FROM trait_definitions WHERE id = ?", (definition_id,)).rowcount
            )
            if deleted:
                self._db.changed_tx("trait_definition", definition_id, "deleted")
            return deleted

    def _trait_values(
        self, definition: TraitDefinitionRow | None, entity_type: str | None
    ) -> Iterator[tuple[str, str]]:
        """(definition id, value as JSON text) of every value of a trait, or of every top-level trait."""
        if definition is not None:
            path = _json_path(definition.hierarchy)
            sql = (
                "SELECT traits -> ? FROM entities WHERE entity_type = ? AND json_type(traits, ?) != 'null' "
                "ORDER BY created_at, id"
            )
            for (value,) in self._db.read(sql, (path, definition.entity_type, path)):
                yield definition.id, value
            return
        sql = (
            "SELECT e.entity_type, t.key, e.traits -> t.fullkey FROM entities e, json_each(e.traits) t "
            "WHERE t.type != 'null'"
        )
        params: list[Any] = []
        if entity_type is not None:
            sql += " AND e.entity_type = ?"
            params.append(entity_type)
        sql += " ORDER BY e.created_at, e.id"
        for kind, name, value in self._db.read(sql, params):
            yield trait_definition_id(kind, name), value

    def trait_values(self, definition: TraitDefinitionRow) -> list[Any]:
        """The distinct values of a trait among the entities of its type, oldest entity first."""
        return [json.loads(raw) for _, raw in dict.fromkeys(self._trait_values(definition, None))]

    def count_trait_values(self, definition: TraitDefinitionRow | None, entity_type: str | None) -> int:
        """Number of trait values held (of one trait, or of every top-level trait of a type)."""
        return sum(1 for _ in self._trait_values(definition, entity_type))

    # -- key definitions -----------------------------------------------------------------

    def keys(
        self,
        *,
        entity_type: str | None = None,
        ids: Sequence[str] | None = None,
        q: str | None = None,
    ) -> list[KeyDefinitionRow]:
        """The key names in use, oldest first, matching every given filter."""
        where, params = [], []
        if entity_type is not None:
            where.append("entity_type = ?")
            params.append(entity_type)
        if q:
            where.append("key LIKE ?")
            params.append(f"%{q}%")
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = self._db.read(
            f"SELECT entity_type, key, MIN(created_at), MAX(updated_at) FROM entity_keys {clause} "
            "GROUP BY entity_type, key ORDER BY MIN(created_at), entity_type, key",
            params,
        )
        found = [
            KeyDefinitionRow(key_definition_id(row[0], row[1]), row[0], row[1], row[2], row[3])
            for row in rows
        ]
        return [row for row in found if ids is None or row.id in ids]

    def count_keys(self, *, definition_id: str | None = None, entity_type: str | None = None) -> int:
        """Number of stored keys, of one key definition and/or of one entity type."""
        definition = next((d for d in self.keys() if d.id == definition_id), None)
        if definition_id is not None and definition is None:
            return 0
        where, params = [], []
        if definition is not None:
            where.extend(["entity_type = ?", "key = ?"])
            params.extend([definition.entity_type, definition.key])
        if entity_type is not None:
            where.append("entity_type = ?")
            params.append(entity_type)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        return int(self._db.read(f"SELECT COUNT(*) FROM entity_keys {clause}", params)[0][0])
