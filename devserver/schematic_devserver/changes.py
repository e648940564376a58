"""A feed of committed changes: what the datastream pushes and what webhooks deliver.

The store records a ``Change`` inside a transaction and publishes the batch after COMMIT, so a
subscriber never sees a change that was rolled back and reads the committed state when it looks.
Subscribers run on the writer's thread: they must hand work off (a queue, a loop's
``call_soon_threadsafe``) rather than block or write to the store.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = ["Change", "ChangeFeed", "Subscriber"]

_LOG = logging.getLogger("devserver.changes")


@dataclass(frozen=True)
class Change:
    """One committed change: ``kind`` names the resource (``company``, ``user``, ``flag``, ``plan``,
    ``feature``, ``plan_entitlement``, ``company_override``, ``credit``, ``all`` for a wipe or a
    seed), ``action`` is ``created``, ``updated`` or ``deleted``."""

    kind: str
    entity_id: str
    action: str = "updated"


Subscriber = Callable[[Sequence[Change]], None]


class ChangeFeed:
    """Subscribers called with each committed batch of changes, in commit order."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscribers: tuple[Subscriber, ...] = ()

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Add a subscriber; the returned function removes it."""
        with self._lock:
            self._subscribers = (*self._subscribers, subscriber)

        def unsubscribe() -> None:
            with self._lock:
                self._subscribers = tuple(s for s in self._subscribers if s is not subscriber)

        return unsubscribe

    def publish(self, changes: Sequence[Change]) -> None:
        """Hand a committed batch to every subscriber; one that raises is logged and the rest still run."""
        if not changes:
            return
        for subscriber in self._subscribers:
            try:
                subscriber(changes)
            except Exception:
                _LOG.exception("change subscriber %r failed", subscriber)
