"""Webhook deliveries: what a committed change is called, the payload, the signature, and the retrying worker.

``WebhookDispatcher`` subscribes to the store's change feed while it runs. On the writer's thread,
and only while an active webhook exists, it names each change's ``WebhookRequestType`` (a few
indexed reads) and, when an active webhook subscribes to that type, renders the resource as that
commit left it, then appends it to an in-memory intake (no I/O, no waiting); its scheduler thread
completes each body as its API answer is completed, stores one pending webhook event per subscribed
active webhook and hands them to sender threads (one attempt in flight per webhook). Each attempt POSTs the payload signed as Schematic signs (``X-Schematic-Webhook-Signature`` =
hex(HMAC-SHA256(secret, body + "+" + timestamp)), ``X-Schematic-Webhook-Timestamp`` = unix seconds).
Connection errors, timeouts, 408, 429 and 5xx are retried with exponential backoff (``Retry-After``
honoured) up to ``max_attempts``; any other status is final. ``stop()`` stores what is still in the
intake, lets attempts in flight finish (at most the timeout), and leaves unfinished deliveries
pending in the table, logged; the next ``start()`` resumes them.
"""

from __future__ import annotations

import heapq
import itertools
import json
import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from schematic_devserver import catalog_render, render
from schematic_devserver.catalog import Catalog
from schematic_devserver.changes import Change
from schematic_devserver.completion import Completer
from schematic_devserver.faults import Stats
from schematic_devserver.spec import Spec
from schematic_devserver.store import Store
from schematic_devserver.webhooks import WebhookEventRow, WebhookRow
from schematic_ext._retry import RetryPolicy, read_retry_after
from schematic_ext.webhook_utils import (
    WEBHOOK_SIGNATURE_HEADER,
    WEBHOOK_TIMESTAMP_HEADER,
    compute_hex_signature,
)

__all__ = [
    "DEFAULT_MAX_ATTEMPTS",
    "DEFAULT_TIMEOUT",
    "AttemptResult",
    "WebhookDispatcher",
    "new_client",
    "payload_text",
    "send_attempt",
]

_LOG = logging.getLogger("devserver.webhooks")

DEFAULT_MAX_ATTEMPTS = 5
"""Attempts of one delivery before it is a failure."""
DEFAULT_TIMEOUT = 5.0
"""Seconds one attempt may take (connect, send and read the answer)."""
_SENDERS = 4  # Attempts in flight at once, so one slow receiver does not hold up the others.
_USER_AGENT = "schematic-devserver-webhooks"
_ENTITY_KINDS = ("company", "user")
_RENAMED_KINDS = {"plan_entitlement": "plan.entitlement", "company_override": "company.override"}
_CATALOG_KINDS = ("feature", "plan", "plan_entitlement", "company_override")
_ACTIONS = ("created", "updated", "deleted")
# The operation whose answer's ``data`` each object type's body is, completed as that answer is.
_BODY_OPERATIONS = {
    "company": "getCompany",
    "user": "getUser",
    "flag": "getFlag",
    "flag_rules": "updateFlagRules",
    "feature": "getFeature",
    "plan": "getPlan",
    "plan_entitlement": "getPlanEntitlement",
    "company_override": "getCompanyOverride",
}


@dataclass(frozen=True)
class _Occurrence:
    """A change named by its request type (``flag_id``: the flag of a deleted rule)."""

    request_type: str
    kind: str
    entity_id: str
    flag_id: str | None = None


@dataclass(frozen=True)
class AttemptResult:
    """How one attempt went: the status code (None without an answer) and why it failed."""

    response_code: int | None
    failure_reason: str | None
    retry_after: float | None = None

    @property
    def success(self) -> bool:
        """A 2xx answer."""
        return self.response_code is not None and 200 <= self.response_code <= 299

    @property
    def retryable(self) -> bool:
        """No answer, 408, 429 or 5xx: another attempt may succeed."""
        return self.response_code is None or RetryPolicy.is_retryable_status(self.response_code)


def payload_text(request_type: str, object_type: str, body: Any) -> str:
    """The JSON Schematic posts: ``{"action", "account_id", "environment_id", "object_type", "body"}``."""
    return json.dumps(
        {
            "action": request_type,
            "account_id": render.ACCOUNT_ID,
            "environment_id": render.ENVIRONMENT_ID,
            "object_type": object_type,
            "body": body,
        },
        separators=(",", ":"),
    )


def send_attempt(client: httpx.Client, webhook: WebhookRow, payload: str) -> AttemptResult:
    """POST ``payload`` to the webhook, signed with its secret and the current timestamp."""
    body = payload.encode()
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        "User-Agent": _USER_AGENT,
        WEBHOOK_SIGNATURE_HEADER: compute_hex_signature(body, timestamp, webhook.secret),
        WEBHOOK_TIMESTAMP_HEADER: timestamp,
    }
    try:
        response = client.post(webhook.url, content=body, headers=headers)
    except httpx.HTTPError as exc:
        return AttemptResult(None, f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)
    code = response.status_code
    if 200 <= code <= 299:
        return AttemptResult(code, None)
    return AttemptResult(code, f"the receiver answered {code}", read_retry_after(response.headers))


def new_client(timeout: float) -> httpx.Client:
    """The HTTP client deliveries go out on: no redirects followed, every attempt bounded by ``timeout``."""
    return httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False)


class _Classifier:
    """Names committed changes as request types, on the writer's thread right after the commit.

    The feed says a company or user was written, not whether it was created, and a track event's
    usage writes it too. So the entity's ``created_at``/``updated_at`` are read while the writer
    still holds the store's lock: ``updated_at`` not moved since the last time it was seen (or,
    unseen, older than when watching began: the later of the last reset and the moment every active
    webhook had been written) is a usage change and not a webhook; a row never updated since its
    creation is ``*.created``, and a company whose plans differ from the last seen is
    ``company.plan_changed``. A flag's ``updated`` is ``flag.updated`` when its fields changed and
    ``flag_rules.updated`` (plus ``rule.deleted`` per rule removed) when its rules did; neither (an
    entitlement of its feature changed) is no webhook of the flag's.
    """

    def __init__(self, store: Store) -> None:
        self._store = store
        self._floor = time.time()
        self._since: float | None = None
        self._entities: dict[str, float] = {}
        self._flags: dict[str, tuple[str, list[dict[str, Any]]]] = {}
        self._plans: dict[str, tuple[tuple[str, bool], ...]] = {}

    def reset(self) -> None:
        """Forget what was seen: the next change starts watching anew (after a wipe, or no webhooks)."""
        self._floor = time.time()
        self._since = None
        self._entities.clear()
        self._flags.clear()
        self._plans.clear()

    def classify(self, changes: Sequence[Change]) -> list[_Occurrence]:
        """The request types a committed batch amounts to, in commit order, one per resource and type."""
        if any(change.kind == "all" for change in changes):
            self.reset()
        active_since = self._store.webhooks.active_since()
        if active_since is None:
            self.reset()
            return []
        if self._since is None:
            self._since = max(self._floor, active_since)
            self._flags = {flag.id: _flag_state(flag) for flag in self._store.flags()}
            catalog = Catalog(self._store)
            on_plans = catalog.plan_company_ids([plan.id for plan in catalog.plans()])
            self._plans = {company_id: self._company_plans(company_id) for company_id in on_plans}
        found: list[_Occurrence] = []
        for change in dict.fromkeys(changes):
            found.extend(self._classify(change))
        return list(dict.fromkeys(found))

    def _classify(self, change: Change) -> list[_Occurrence]:
        kind, entity_id, action = change.kind, change.entity_id, change.action
        if kind in _ENTITY_KINDS:
            return self._entity(kind, entity_id, action)
        if kind == "flag":
            return self._flag(entity_id, action)
        if kind in _CATALOG_KINDS and action in _ACTIONS:
            return [_Occurrence(f"{_RENAMED_KINDS.get(kind, kind)}.{action}", kind, entity_id)]
        return []

    def _company_plans(self, company_id: str) -> tuple[tuple[str, bool], ...]:
        """The company's (plan id, is base) pairs, sorted."""
        return tuple(
            sorted((row.plan_id, row.is_base) for row in Catalog(self._store).company_plans(company_id))
        )

    def _entity(self, kind: str, entity_id: str, action: str) -> list[_Occurrence]:
        if action == "deleted":
            self._entities.pop(entity_id, None)
            self._plans.pop(entity_id, None)
            return [_Occurrence(f"{kind}.deleted", kind, entity_id)]
        found = self._entity_written(kind, entity_id)
        if kind == "company":
            plans = self._company_plans(entity_id)
            if plans != self._plans.get(entity_id, ()):
                found.append(_Occurrence("company.plan_changed", kind, entity_id))
            self._plans[entity_id] = plans
        return found

    def _entity_written(self, kind: str, entity_id: str) -> list[_Occurrence]:
        """``*.created`` or ``*.updated`` when the entity's own row was written, else nothing."""
        rows = self._store.read("SELECT created_at, updated_at FROM entities WHERE id = ?", (entity_id,))
        if not rows:
            return []
        created_at, updated_at = float(rows[0][0]), float(rows[0][1])
        seen = self._entities.get(entity_id)
        self._entities[entity_id] = updated_at
        if seen is not None:
            return [] if updated_at == seen else [_Occurrence(f"{kind}.updated", kind, entity_id)]
        assert self._since is not None
        if updated_at < self._since:
            return []
        verb = "created" if created_at == updated_at else "updated"
        return [_Occurrence(f"{kind}.{verb}", kind, entity_id)]

    def _flag(self, flag_id: str, action: str) -> list[_Occurrence]:
        if action == "deleted":
            self._flags.pop(flag_id, None)
            return [_Occurrence("flag.deleted", "flag", flag_id)]
        flag = self._store.flag(flag_id)
        if flag is None:
            return []
        state = _flag_state(flag)
        before = self._flags.get(flag_id)
        self._flags[flag_id] = state
        if action == "created" or before is None:
            return [_Occurrence(f"flag.{'created' if action == 'created' else 'updated'}", "flag", flag_id)]
        found: list[_Occurrence] = []
        if state[0] != before[0]:
            found.append(_Occurrence("flag.updated", "flag", flag_id))
        if state[1] != before[1]:
            found.append(_Occurrence("flag_rules.updated", "flag", flag_id))
            kept = {rule["id"] for rule in state[1]}
            found.extend(
                _Occurrence("rule.deleted", "rule", rule["id"], flag_id)
                for rule in before[1]
                if rule["id"] not in kept
            )
        return found


def _flag_state(flag: Any) -> tuple[str, list[dict[str, Any]]]:
    """A flag's fields (as comparable JSON) and rules."""
    fields = render.flag_summary(flag)
    fields.pop("updated_at")
    return json.dumps(fields, sort_keys=True), flag.rules


def _body(store: Store, occurrence: _Occurrence) -> tuple[str, Any]:
    """The object type and body of a payload: the resource as its detail endpoint answers it.

    A deleted resource is gone once committed: its body is ``{"id": …}`` (a rule's adds its
    ``flag_id``).
    """
    kind, entity_id = occurrence.kind, occurrence.entity_id
    deleted = occurrence.request_type.endswith(".deleted")
    if kind in _ENTITY_KINDS and not deleted:
        row = store.entity(kind, entity_id)
        if row is not None:
            return kind, render.company(store, row) if kind == "company" else render.user(store, row)
    if kind == "flag" and not deleted:
        flag = store.flag(entity_id)
        if flag is not None:
            if occurrence.request_type == "flag_rules.updated":
                return "flag_rules", {"flag": render.flag_summary(flag), "rules": flag.rules}
            return kind, render.flag_detail(flag)
    if kind in _CATALOG_KINDS and not deleted:
        rendered = _catalog_body(Catalog(store), kind, entity_id)
        if rendered is not None:
            return kind, rendered
    if occurrence.flag_id is not None:
        return kind, {"id": entity_id, "flag_id": occurrence.flag_id}
    return kind, {"id": entity_id}


def _catalog_body(catalog: Catalog, kind: str, entity_id: str) -> dict[str, Any] | None:
    """A feature, plan, plan entitlement or company override as its get endpoint answers it."""
    if kind == "feature":
        feature = catalog.feature(entity_id)
        return None if feature is None else catalog_render.feature(catalog, feature)
    if kind == "plan":
        plan = catalog.plan(entity_id)
        return None if plan is None else catalog_render.plan(catalog, plan)
    entitlement = catalog.entitlement("plan" if kind == "plan_entitlement" else "company", entity_id)
    return None if entitlement is None else catalog_render.entitlement(catalog, entitlement)


class WebhookDispatcher:
    """The background delivery of webhooks for one Store (see the module docstring)."""

    def __init__(
        self,
        store: Store,
        stats: Stats,
        spec: Spec,
        *,
        retry_delay: float = 1.0,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        if retry_delay < 0:
            raise ValueError(f"webhook_retry_delay must not be negative, got {retry_delay!r}")
        self._store = store
        self._stats = stats
        self._spec = spec
        self._completer = Completer(spec.document)
        self._policy = RetryPolicy(initial_delay=retry_delay, max_delay=max(30.0, retry_delay))
        self._max_attempts = max_attempts
        self._timeout = timeout
        self._classifier = _Classifier(store)
        self._cond = threading.Condition()
        self._intake: list[tuple[str, str, Any]] = []  # (request type, object type, body)
        self._due: list[tuple[float, int, str]] = []  # (when, tie-breaker, webhook event id), a heap.
        self._order = itertools.count()
        self._ready: queue.Queue[str | None] = queue.Queue()
        # One attempt in flight per webhook, so a slow receiver holds one sender, not all of them.
        self._busy: set[str] = set()
        self._parked: dict[str, deque[str]] = {}
        self._stopping = False
        # Which start() a thread belongs to, so a straggler of an earlier run schedules nothing.
        self._run = 0
        self._threads: list[threading.Thread] = []
        self._unsubscribe: Callable[[], None] | None = None
        self._client: httpx.Client | None = None

    @property
    def running(self) -> bool:
        """Whether the worker threads are up."""
        return bool(self._threads)

    def start(self) -> None:
        """Subscribe to the change feed, resume pending deliveries and start the threads."""
        if self._threads:
            return
        self._stopping = False
        self._run += 1
        self._classifier.reset()
        self._client = new_client(self._timeout)
        self._unsubscribe = self._store.changes.subscribe(self._on_changes)
        now = time.monotonic()
        with self._cond:
            for event_id in self._store.webhooks.pending_event_ids():
                heapq.heappush(self._due, (now, next(self._order), event_id))
        self._threads = [threading.Thread(target=self._schedule, name="webhooks-scheduler", daemon=True)]
        self._threads += [
            threading.Thread(target=self._send_loop, name=f"webhooks-sender-{n}", daemon=True)
            for n in range(_SENDERS)
        ]
        for thread in self._threads:
            thread.start()

    def stop(self) -> None:
        """Stop taking changes, store the intake, end the threads; unfinished deliveries stay pending."""
        if not self._threads:
            return
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        for _ in range(_SENDERS):
            self._ready.put(None)
        deadline = time.monotonic() + self._timeout + 1.0  # One attempt's timeout for all of them.
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
            if thread.is_alive():
                _LOG.warning(
                    "webhook thread %s still in an attempt at stop; left to finish alone", thread.name
                )
        self._threads = []
        with self._cond:
            self._due.clear()
            self._busy.clear()
            self._parked.clear()
        while not self._ready.empty():
            self._ready.get_nowait()
        pending = len(self._store.webhooks.pending_event_ids())
        if pending:
            _LOG.info("webhooks stopped with %d deliveries pending; start() resumes them", pending)
        if self._client is not None:
            self._client.close()
            self._client = None

    # -- the writer's side -----------------------------------------------------------------

    def _on_changes(self, changes: Sequence[Change]) -> None:
        """Feed subscriber (writer's thread, store lock held): name and render the changes, append, wake."""
        table = self._store.webhooks
        found = [
            (occurrence.request_type, *_body(self._store, occurrence))
            for occurrence in self._classifier.classify(changes)
            if table.subscribers(occurrence.request_type)
        ]
        if found:
            with self._cond:
                self._intake.extend(found)
                self._cond.notify()

    # -- the scheduler thread ----------------------------------------------------------------

    def _schedule(self) -> None:
        """Turn the intake into stored deliveries and release attempts when they are due, until stopped."""
        while True:
            with self._cond:
                while not self._stopping and not self._intake and not self._is_due():
                    wait = self._due[0][0] - time.monotonic() if self._due else None
                    self._cond.wait(wait)
                intake, self._intake = self._intake, []
                due = []
                while self._is_due():
                    due.append(heapq.heappop(self._due)[2])
                stopping = self._stopping
            try:
                self._enqueue(intake, release=not stopping)
            except Exception:  # Logged, and the worker goes on: the next changes still get delivered.
                _LOG.exception("webhooks: could not store %d deliveries", len(intake))
            if stopping:
                return
            for event_id in due:
                self._ready.put(event_id)

    def _is_due(self) -> bool:
        return bool(self._due) and self._due[0][0] <= time.monotonic()

    def _enqueue(self, rendered: Sequence[tuple[str, str, Any]], *, release: bool) -> None:
        """Store one pending delivery per (rendered change, subscribed active webhook); release them to send."""
        table = self._store.webhooks
        deliveries: list[tuple[str, str, str]] = []
        for request_type, object_type, body in rendered:
            webhooks = table.subscribers(request_type)
            if not webhooks:
                continue
            payload = payload_text(request_type, object_type, self._complete(object_type, body))
            deliveries.extend((webhook.id, request_type, payload) for webhook in webhooks)
        if not deliveries:
            return
        event_ids = table.add_events(deliveries)
        if release:
            for event_id in event_ids:
                self._ready.put(event_id)

    def _complete(self, object_type: str, body: Any) -> Any:
        """A rendered resource with the required fields its API answer would have filled in."""
        operation = self._spec.operations.get(_BODY_OPERATIONS.get(object_type, ""))
        if operation is None or set(body) <= {"id", "flag_id"}:
            return body  # A deleted resource's id is all there is.
        return self._completer.complete(operation, 200, {"data": body, "params": {}})["data"]

    def _retry_later(self, run: int, event_id: str, delay: float) -> None:
        """Schedule another attempt, unless the run it belongs to was stopped (start() resumes it then)."""
        with self._cond:
            if run != self._run or self._stopping:
                return
            heapq.heappush(self._due, (time.monotonic() + delay, next(self._order), event_id))
            self._cond.notify()

    # -- the sender threads ------------------------------------------------------------------

    def _send_loop(self) -> None:
        """Take released deliveries and attempt them, until a stop sentinel."""
        run = self._run
        while True:
            event_id = self._ready.get()
            if event_id is None or self._stopping:
                return
            try:
                event = self._store.webhooks.event(event_id)
                if event is None or event.status != "pending":
                    continue  # Its webhook was deleted (with its events), or the store wiped.
                if not self._claim(event.webhook_id, event_id):
                    continue
                try:
                    self._attempt(run, event)
                finally:
                    self._release(event.webhook_id)
            except Exception:  # Logged, and the sender goes on with the next delivery.
                _LOG.exception("webhooks: delivery %s failed unexpectedly", event_id)

    def _claim(self, webhook_id: str, event_id: str) -> bool:
        """Take the webhook's one attempt slot, or park the delivery until its attempt in flight ends."""
        with self._cond:
            if webhook_id in self._busy:
                self._parked.setdefault(webhook_id, deque()).append(event_id)
                return False
            self._busy.add(webhook_id)
            return True

    def _release(self, webhook_id: str) -> None:
        """Free the webhook's slot and send its next parked delivery."""
        with self._cond:
            self._busy.discard(webhook_id)
            parked = self._parked.get(webhook_id)
            if parked:
                self._ready.put(parked.popleft())
                if not parked:
                    del self._parked[webhook_id]

    def _attempt(self, run: int, event: WebhookEventRow) -> None:
        """One attempt of a delivery; records it, then retries later or ends it."""
        table = self._store.webhooks
        event_id = event.id
        webhook = table.get(event.webhook_id)
        if webhook is None:
            return
        if webhook.status != "active":
            table.fail_event(event_id)
            self._stats.add("webhooks_failed")
            return
        client = self._client
        if client is None:
            return
        sent_at = time.time()
        result = send_attempt(client, webhook, event.payload)
        attempts = event.attempt_count + 1
        if result.success:
            table.record_attempt(event_id, "success", result.response_code, sent_at)
            self._stats.add("webhooks_delivered")
            return
        if result.retryable and attempts < self._max_attempts:
            table.record_attempt(event_id, "pending", result.response_code, sent_at)
            self._stats.add("webhooks_retried")
            self._retry_later(run, event_id, self._policy.delay(attempts - 1, result.retry_after))
            return
        table.record_attempt(event_id, "failure", result.response_code, sent_at)
        self._stats.add("webhooks_failed")
        _LOG.warning(
            "webhook delivery %s to %s failed after %d attempts: %s",
            event_id,
            webhook.url,
            attempts,
            result.failure_reason,
        )
