"""The official rules engine, loaded once per session in its own event loop."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from rules_oracle import OfficialEngine


@pytest.fixture(scope="session")
def official() -> Iterator[OfficialEngine]:
    loop = asyncio.new_event_loop()
    try:
        yield OfficialEngine(loop)
    finally:
        loop.close()
