"""Event ingestion: what each event type does to the data, then storage with idempotency.

* ``identify`` upserts the user in ``body.keys`` (name, traits) and the company in
  ``body.company`` (keys, name, traits), and makes the user a member of it.
* ``track`` counts towards metrics: subtype ``body.event``, ``quantity`` (default 1),
  for the company in ``body.company``. An unknown company is created from those keys,
  the way a later identify or upsert would, so usage recorded before the company was
  identified is not lost. ``body.user`` is resolved but never created.
* ``flag_check`` and ``inference`` are stored for the history (``listEvents``).

An event's time for metric periods is ``sent_at`` when the client clock is trusted
(``trusted_client_clock`` or ``backfill``), else the capture time.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from typing import Any

from schematic_devserver.clock import parse_time
from schematic_devserver.store import NewEvent, Store

__all__ = ["ingest_events"]


def _string_map(value: Any) -> dict[str, str]:
    """A keys object with only its string values (anything else is not a key)."""
    if not isinstance(value, Mapping):
        return {}
    return {str(k): v for k, v in value.items() if isinstance(v, str)}


def _as_dict(value: Any) -> dict[str, Any]:
    return dict(value) if isinstance(value, Mapping) else {}


_Resolved = dict[tuple[str, tuple[tuple[str, str], ...]], str | None]


def _resolve(
    store: Store, entity_type: str, keys: Mapping[str, str], create: bool, now: float, resolved: _Resolved
) -> str | None:
    """Id of the entity owning any of ``keys``; created from them when ``create``.

    ``resolved`` memoises lookups within one batch (events of a batch mostly share a company);
    identify events clear it, since they can move keys between entities.
    """
    if not keys:
        return None
    memo = (entity_type, tuple(keys.items()))
    if memo in resolved:
        return resolved[memo]
    found = store.entity_id_by_keys_tx(entity_type, keys)
    if found is None and create:
        found = store.upsert_entity_tx(entity_type, keys, now=now)
    resolved[memo] = found
    return found


def _identify_entity(store: Store, entity_type: str, part: Mapping[str, Any], now: float) -> str | None:
    """Upsert the company or user an identify event names (its keys, name, traits); None without keys."""
    keys = _string_map(part.get("keys"))
    if not keys:
        return None
    return store.upsert_entity_tx(
        entity_type,
        keys,
        name=part.get("name") if isinstance(part.get("name"), str) else None,
        traits=_as_dict(part.get("traits")),
        last_seen_at=now,
        now=now,
    )


def _prepare(
    store: Store, raw: Mapping[str, Any], event_type: str, now: float, resolved: _Resolved
) -> NewEvent:
    """Apply an event's side effects (inside the open transaction) and describe what to store."""
    body = _as_dict(raw.get("body"))
    company_id: str | None = None
    user_id: str | None = None
    subtype: str | None = None
    quantity = 1
    if event_type == "identify":
        resolved.clear()
        company_id = _identify_entity(store, "company", _as_dict(body.get("company")), now)
        user_id = _identify_entity(store, "user", body, now)
        if user_id is not None and company_id is not None:
            store.add_memberships_tx(store.connection, user_id, [company_id], now)
    elif event_type == "track":
        subtype = body.get("event") if isinstance(body.get("event"), str) else None
        given = body.get("quantity")
        if isinstance(given, int) and not isinstance(given, bool):
            quantity = given
        company_id = _resolve(store, "company", _string_map(body.get("company")), True, now, resolved)
        user_id = _resolve(store, "user", _string_map(body.get("user")), False, now, resolved)
    elif event_type == "flag_check":
        subtype = body.get("flag_key") if isinstance(body.get("flag_key"), str) else None
        company_id = body.get("company_id") if isinstance(body.get("company_id"), str) else None
        user_id = body.get("user_id") if isinstance(body.get("user_id"), str) else None
    else:
        subtype = body.get("event") if isinstance(body.get("event"), str) else None
        company_id = _resolve(store, "company", _string_map(body.get("company")), True, now, resolved)
        user_id = _resolve(store, "user", _string_map(body.get("user")), False, now, resolved)
    sent_at = raw.get("sent_at") if isinstance(raw.get("sent_at"), str) else None
    occurred_at = None
    if sent_at is not None and (raw.get("trusted_client_clock") or raw.get("backfill")):
        occurred_at = parse_time(sent_at)
    key = raw.get("idempotency_key")
    return NewEvent(
        type=event_type,
        subtype=subtype,
        body=body,
        company_id=company_id,
        user_id=user_id,
        quantity=quantity,
        idempotency_key=key if isinstance(key, str) and key else None,
        occurred_at=occurred_at,
        sent_at=sent_at,
    )


def ingest_events(
    store: Store, events: Sequence[Mapping[str, Any]], *, type_field: str = "event_type"
) -> tuple[list[str], int, float]:
    """Ingest validated events in one transaction; ``type_field`` is ``type`` for the capture format.

    Returns (event id per input event, number newly stored, capture time). A repeated
    ``idempotency_key`` has no side effects and is not stored again.
    """
    now = time.time()
    with store.transaction() as conn:
        seen = store.seen_idempotency_keys_tx([e.get("idempotency_key") for e in events], now)
        prepared = []
        in_batch: set[str] = set()
        resolved: _Resolved = {}
        for raw in events:
            key = raw.get("idempotency_key")
            if isinstance(key, str) and key:
                if key in seen or key in in_batch:  # A repeat later in the same batch too.
                    prepared.append(_duplicate(raw, type_field))
                    continue
                in_batch.add(key)
            prepared.append(_prepare(store, raw, str(raw[type_field]), now, resolved))
        ids, stored = store.ingest_tx(conn, prepared, now, seen)
    return ids, stored, now


def _duplicate(raw: Mapping[str, Any], type_field: str) -> NewEvent:
    """A placeholder for a repeated event: ``ingest_tx`` maps it to the earlier event's id."""
    return NewEvent(
        type=str(raw[type_field]),
        subtype=None,
        body={},
        company_id=None,
        user_id=None,
        quantity=0,
        idempotency_key=str(raw["idempotency_key"]),
        occurred_at=None,
        sent_at=None,
    )
