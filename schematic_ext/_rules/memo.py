"""A bounded memo keyed by object identity, for compiled forms of the JSON-like inputs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

__all__ = ["IdentityMemo"]

K = TypeVar("K")
V = TypeVar("V")


class IdentityMemo(Generic[K, V]):
    """`build(obj)` computed once per live object; the memo holds `obj` so its id cannot be reused.

    Inputs are snapshots: the datastream replaces an entity with a new object rather than mutating it.
    When the memo is full it starts over, which costs a recompile, never a wrong answer.
    """

    __slots__ = ("_build", "_entries", "_limit")

    def __init__(self, build: Callable[[K], V], limit: int = 4096) -> None:
        self._build = build
        self._limit = limit
        self._entries: dict[int, tuple[K, V]] = {}

    def get(self, obj: K) -> V:
        entry = self._entries.get(id(obj))
        if entry is not None and entry[0] is obj:
            return entry[1]
        value = self._build(obj)
        if len(self._entries) >= self._limit:
            self._entries.clear()
        self._entries[id(obj)] = (obj, value)
        return value
