"""Shared by the client tests: the seed, and a facade that drives both client flavours the same way."""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

ACME = {"domain": "acme.test"}
GLOBEX = {"domain": "globex.test"}
ADA = {"email": "ada@acme.test"}

SEED: dict[str, Any] = {
    "companies": [
        {"keys": ACME, "name": "Acme", "traits": {"seats": 250}},
        {"keys": GLOBEX, "name": "Globex", "traits": {"seats": 5}},
    ],
    "users": [{"keys": ADA, "name": "Ada", "traits": {}, "company": {"keys": ACME}}],
    "flags": [
        {"key": "always-on", "name": "Always on", "default_value": True},
        {"key": "always-off", "name": "Always off", "default_value": False},
        {
            "key": "sso",
            "name": "SSO",
            "default_value": False,
            "rules": [
                {
                    "name": "Large accounts",
                    "priority": 1,
                    "value": True,
                    "conditions": [
                        {
                            "condition_type": "trait",
                            "trait_id": "seats",
                            "operator": "gte",
                            "trait_value": "50",
                            "resource_ids": [],
                        }
                    ],
                    "condition_groups": [],
                }
            ],
        },
    ],
}


class Facade:
    """Calls a sync or async client through the same sync interface, so one test covers both twins.

    Coroutines run on one event loop owned by the facade (an AsyncSchematic's connections belong to it).
    """

    def __init__(self, target: Any, loop: asyncio.AbstractEventLoop | None) -> None:
        self._target = target
        self._loop = loop

    @property
    def target(self) -> Any:
        return self._target

    def run(self, awaitable: Any) -> Any:
        assert self._loop is not None
        return self._loop.run_until_complete(awaitable)

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if self._loop is None:
            return value
        if inspect.iscoroutinefunction(value):
            return lambda *args, **kwargs: self.run(value(*args, **kwargs))
        if type(value).__module__.startswith("schematic_api.api."):
            return Facade(value, self._loop)  # a resource: wrap its coroutine methods too
        return value
