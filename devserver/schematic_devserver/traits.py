"""Trait definitions as the rules engine reads them: comparable types, references and values.

`engine_view` (entity traits, rule conditions) and `entitlements` (the catalog's trait-valued
allocations and trait conditions) both read traits through these, so a definition means one thing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from schematic_devserver.definitions import TraitDefinitionRow

__all__ = ["COMPARABLE_TYPES", "definition_ref", "trait_value", "undefined_ref"]

COMPARABLE_TYPES: Mapping[str, str] = {
    "boolean": "bool",
    "number": "int",
    "currency": "int",
    "date": "date",
    "string": "string",
    "url": "string",
}
"""The engine's comparable type of each trait type (an unknown type compares as a string)."""


def definition_ref(row: TraitDefinitionRow) -> dict[str, Any]:
    """The `RulesengineTraitDefinition` of a stored definition."""
    return {
        "id": row.id,
        "comparable_type": COMPARABLE_TYPES.get(row.trait_type, "string"),
        "entity_type": row.entity_type,
    }


def undefined_ref(definition_id: str, entity_type: str) -> dict[str, Any]:
    """A `RulesengineTraitDefinition` naming a trait no one defined: a string the entity never holds."""
    return {"id": definition_id, "comparable_type": "string", "entity_type": entity_type}


def trait_value(traits: Mapping[str, Any], definition: TraitDefinitionRow) -> Any:
    """The value at a definition's name path in an entity's (possibly nested) traits; None if absent."""
    value: Any = traits
    for part in definition.hierarchy:
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value
