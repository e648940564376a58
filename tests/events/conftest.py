"""Fixtures for the event pipeline tests: pipelines pointed at a real devserver, shut down after each test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from event_helpers import FAST_RETRY, Failures, api_client
from schematic_devserver import DEFAULT_SECRET_KEY

from schematic_ext._events.pipeline import EventPipeline


@pytest.fixture
def failures() -> Failures:
    return Failures()


@pytest.fixture
def make_pipeline(failures: Failures) -> Iterator[Callable[..., EventPipeline]]:
    """Build pipelines for a server URL (fast retries, failures recorded); every one is shut down after."""
    made: list[EventPipeline] = []

    def make(url: str, *, api_key: str = DEFAULT_SECRET_KEY, **kwargs: Any) -> EventPipeline:
        kwargs.setdefault("on_error", failures)
        kwargs.setdefault("retry_policy", FAST_RETRY)
        kwargs.setdefault("close_api", True)
        pipeline = EventPipeline(api_client(url, api_key), **kwargs)
        made.append(pipeline)
        return pipeline

    yield make
    for pipeline in made:
        pipeline.shutdown(timeout=5)
