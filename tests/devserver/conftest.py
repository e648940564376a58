"""Fixtures for the devserver's own tests: an HTTP client authenticated with the secret key."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from schematic_devserver import DevServer


@pytest.fixture
def api(devserver: DevServer, secret_key: str) -> Iterator[httpx.Client]:
    """An httpx client for ``devserver`` sending the secret key."""
    with httpx.Client(
        base_url=devserver.url, headers={"X-Schematic-Api-Key": secret_key}, timeout=10
    ) as client:
        yield client
