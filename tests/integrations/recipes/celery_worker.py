"""The Celery app module the test's worker runs (`celery -A celery_worker worker`): README's tasks.py,
plus a warm-up in the worker's main process before the pool forks, so the children inherit a client
that has already opened connections, started flag-check and delivery threads and queued an event."""

from __future__ import annotations

from typing import Any

from celery.signals import worker_init
from tasks import app, schematic

__all__ = ["app"]


@worker_init.connect
def use_the_client_before_the_fork(**kwargs: Any) -> None:
    schematic.check_flag("api-access", company={"domain": "globex.test"})
    schematic.track("worker-started", company={"domain": "globex.test"})
