"""The semantics of each operation of openapi.yaml, keyed by operationId.

Handlers receive an already authenticated and validated ``Call`` and return a
``Reply``; they raise ``ApiError`` (or the store's NotFound/Conflict) for errors.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from schematic_devserver import render
from schematic_devserver.auth import Authenticator, Credential
from schematic_devserver.clock import from_epoch, isoformat, parse_time
from schematic_devserver.faults import Stats
from schematic_devserver.ingest import ingest_events
from schematic_devserver.rules import Entity, evaluate_flag
from schematic_devserver.store import Conflict, EntityRow, FlagRow, NotFound, Store

__all__ = [
    "CAPTURE_MAX_BATCH",
    "HANDLERS",
    "ApiError",
    "Call",
    "NotImplementedByDevserver",
    "Reply",
    "dispatch",
]

CAPTURE_MAX_BATCH = 100
"""Largest batch the capture endpoint accepts (as Schematic's capture service)."""

_DEFAULT_LIMIT = 100


class ApiError(Exception):
    """An error answer: status and ``{"error": message, **extra}``."""

    def __init__(self, status: int, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.extra = extra

    def payload(self) -> dict[str, Any]:
        """The JSON error body."""
        return {"error": str(self), **self.extra}


class NotImplementedByDevserver(ApiError):
    """A valid request for an operation of the spec whose semantics the devserver does not implement."""

    def __init__(self, operation_id: str) -> None:
        super().__init__(501, f"{operation_id} is not implemented by the devserver")


@dataclass
class Call:
    """A validated request as a handler sees it."""

    store: Store
    auth: Authenticator
    stats: Stats
    params: dict[str, Any]
    body: Any
    credential: Credential | None
    client_ip: str
    user_agent: str


@dataclass
class Reply:
    """A handler's answer."""

    status: int
    payload: Any
    headers: list[tuple[str, str]] = field(default_factory=list)


Handler = Callable[[Call], Reply]


def _ok(call: Call, data: Any, status: int = 200) -> Reply:
    """The ``{"data": …, "params": …}`` envelope of the Schematic API."""
    return Reply(status, {"data": data, "params": dict(call.params)})


def _page(call: Call) -> tuple[int, int]:
    return int(call.params.get("limit", _DEFAULT_LIMIT)), int(call.params.get("offset", 0))


def _seen_at(body: Mapping[str, Any]) -> float | None:
    raw = body.get("last_seen_at")
    return parse_time(raw) if isinstance(raw, str) else None


def _required_entity(store: Store, entity_type: str, entity_id: str) -> EntityRow:
    row = store.entity(entity_type, entity_id)
    if row is None:
        raise NotFound(f"{entity_type} not found: {entity_id}")
    return row


# -- companies -------------------------------------------------------------------------------


def list_companies(call: Call) -> Reply:
    """listCompanies: oldest first; ``ids`` and ``q`` filter, billing filters are not modelled."""
    limit, offset = _page(call)
    rows = call.store.list_entities(
        "company", ids=call.params.get("ids"), q=call.params.get("q"), limit=limit, offset=offset
    )
    return _ok(call, [render.company(call.store, row) for row in rows])


def upsert_company(call: Call) -> Reply:
    """upsertCompany: create or merge by keys (or id), honouring update_only and remove_keys."""
    body = call.body
    row = call.store.upsert_entity(
        "company",
        body["keys"],
        name=body.get("name"),
        traits=body.get("traits"),
        entity_id=body.get("id"),
        remove_keys=body.get("remove_keys") or (),
        update_only=bool(body.get("update_only")),
        prevent_key_remap=bool(body.get("prevent_key_remap")),
        last_seen_at=_seen_at(body),
    )
    return _ok(call, render.company(call.store, row))


def get_company(call: Call) -> Reply:
    """getCompany."""
    return _ok(
        call, render.company(call.store, _required_entity(call.store, "company", call.params["company_id"]))
    )


def _delete_entity(call: Call, entity_type: str) -> Reply:
    entity_id = call.params[f"{entity_type}_id"]
    if not call.store.delete_entity(entity_type, entity_id):
        raise NotFound(f"{entity_type} not found: {entity_id}")
    return _ok(call, {"deleted": True})


def _entity_by_keys(call: Call, entity_type: str) -> EntityRow:
    row = call.store.entity_by_keys(entity_type, call.params["keys"])
    if row is None:
        raise NotFound(f"{entity_type} not found for keys")
    return row


def delete_company(call: Call) -> Reply:
    """deleteCompany: removes the company, its keys and memberships (its events stay)."""
    return _delete_entity(call, "company")


def lookup_company(call: Call) -> Reply:
    """lookupCompany: the company owning any of the keys."""
    return _ok(call, render.company(call.store, _entity_by_keys(call, "company")))


def _trait(call: Call, entity_type: str) -> EntityRow:
    body = call.body
    return call.store.set_trait(
        entity_type,
        body["keys"],
        body["trait"],
        value=body.get("set"),
        incr=body.get("incr"),
        set_value="set" in body and body.get("incr") is None,
        update_only=bool(body.get("update_only")),
    )


def upsert_company_trait(call: Call) -> Reply:
    """upsertCompanyTrait: ``set`` a trait (null removes it) or ``incr`` it by an integer."""
    return _ok(call, render.company(call.store, _trait(call, "company")))


# -- users -----------------------------------------------------------------------------------


def list_users(call: Call) -> Reply:
    """listUsers: oldest first, filtered by ids, q and company membership."""
    limit, offset = _page(call)
    rows = call.store.list_entities(
        "user",
        ids=call.params.get("ids"),
        q=call.params.get("q"),
        company_id=call.params.get("company_id"),
        limit=limit,
        offset=offset,
    )
    return _ok(call, [render.user(call.store, row) for row in rows])


def upsert_user(call: Call) -> Reply:
    """upsertUser: like upsertCompany, plus memberships from company/companies/company_id(s).

    Companies named by keys are created when missing; companies named by id must exist.
    """
    body = call.body
    store = call.store
    key_sets: list[Mapping[str, str]] = [
        k for k in [body.get("company"), *(body.get("companies") or [])] if k
    ]
    company_ids = [i for i in [body.get("company_id"), *(body.get("company_ids") or [])] if i]
    missing = sorted(set(company_ids) - set(store.existing_entity_ids("company", company_ids)))
    if missing:
        raise NotFound(f"company not found: {missing[0]}")
    now = time.time()
    with store.transaction() as conn:
        user_id = store.upsert_entity_tx(
            "user",
            body["keys"],
            name=body.get("name"),
            traits=body.get("traits"),
            entity_id=body.get("id"),
            remove_keys=body.get("remove_keys") or (),
            update_only=bool(body.get("update_only")),
            last_seen_at=_seen_at(body),
            now=now,
        )
        company_ids += [store.upsert_entity_tx("company", keys, now=now) for keys in key_sets]
        store.add_memberships_tx(conn, user_id, company_ids, now)
    return _ok(call, render.user(store, _required_entity(store, "user", user_id)))


def get_user(call: Call) -> Reply:
    """getUser."""
    return _ok(call, render.user(call.store, _required_entity(call.store, "user", call.params["user_id"])))


def delete_user(call: Call) -> Reply:
    """deleteUser: removes the user, its keys and memberships (its events stay)."""
    return _delete_entity(call, "user")


def lookup_user(call: Call) -> Reply:
    """lookupUser: the user owning any of the keys."""
    return _ok(call, render.user(call.store, _entity_by_keys(call, "user")))


def upsert_user_trait(call: Call) -> Reply:
    """upsertUserTrait."""
    return _ok(call, render.user(call.store, _trait(call, "user")))


# -- flags -----------------------------------------------------------------------------------


def _required_flag(store: Store, flag_id: str) -> FlagRow:
    flag = store.flag(flag_id)
    if flag is None:
        raise NotFound(f"flag not found: {flag_id}")
    return flag


def list_flags(call: Call) -> Reply:
    """listFlags: oldest first, filtered by ids, feature_id and q (key or name)."""
    flags = call.store.flags()
    ids = call.params.get("ids")
    if ids is not None:
        flags = [flag for flag in flags if flag.id in ids]
    feature_id = call.params.get("feature_id")
    if feature_id is not None:
        flags = [flag for flag in flags if flag.feature_id == feature_id]
    q = call.params.get("q")
    if q:
        flags = [flag for flag in flags if q.lower() in flag.key.lower() or q.lower() in flag.name.lower()]
    limit, offset = _page(call)
    return _ok(call, [render.flag_detail(flag) for flag in flags[offset : offset + limit]])


def create_flag(call: Call) -> Reply:
    """createFlag: keys are unique (a taken key is a 400); default_value and flag_type have defaults."""
    return _ok(call, render.flag_detail(call.store.save_flag(call.body)), 201)


def get_flag(call: Call) -> Reply:
    """getFlag."""
    return _ok(call, render.flag_detail(_required_flag(call.store, call.params["flag_id"])))


def update_flag(call: Call) -> Reply:
    """updateFlag: replaces the fields given, keeps the others and the rules."""
    return _ok(call, render.flag_detail(call.store.save_flag(call.body, call.params["flag_id"])))


def delete_flag(call: Call) -> Reply:
    """deleteFlag."""
    if not call.store.delete_flag(call.params["flag_id"]):
        raise NotFound(f"flag not found: {call.params['flag_id']}")
    return _ok(call, {"deleted": True})


def update_flag_rules(call: Call) -> Reply:
    """updateFlagRules: replaces every rule of the flag."""
    flag = _required_flag(call.store, call.params["flag_id"])
    rules = render.rules_from_request(call.store, flag.id, call.body["rules"], time.time())
    flag = call.store.save_rules(flag.id, rules)
    return _ok(call, {"flag": render.flag_summary(flag), "rules": flag.rules})


def _context(store: Store, body: Mapping[str, Any] | None) -> tuple[EntityRow | None, EntityRow | None]:
    """The stored company and user a check context's keys name (None when unknown)."""
    body = body or {}
    company_keys, user_keys = body.get("company") or {}, body.get("user") or {}
    company = store.entity_by_keys("company", company_keys) if company_keys else None
    user = store.entity_by_keys("user", user_keys) if user_keys else None
    return company, user


def _evaluate(store: Store, flags: Sequence[FlagRow], body: Mapping[str, Any] | None) -> list[dict[str, Any]]:
    """CheckFlagResponseData for each flag in one context."""
    company, user = _context(store, body)
    company_entity: Entity | None = company.as_rule_entity() if company else None
    user_entity: Entity | None = user.as_rule_entity() if user else None

    def usage(company_id: str, event_subtype: str, start: datetime | None) -> int:
        return store.usage(company_id, event_subtype, start.timestamp() if start is not None else None)

    now = from_epoch(time.time())
    return [
        render.check_result(
            flag,
            evaluate_flag(render.flag_detail(flag), company_entity, user_entity, usage, now),
            company.id if company else None,
            user.id if user else None,
        )
        for flag in flags
    ]


def check_flag(call: Call) -> Reply:
    """checkFlag: an unknown flag key is a 404."""
    flag = call.store.flag_by_key(call.params["key"])
    if flag is None:
        raise NotFound(f"flag not found: {call.params['key']}")
    return _ok(call, _evaluate(call.store, [flag], call.body)[0])


def check_flags(call: Call) -> Reply:
    """checkFlags: every flag for one context."""
    return _ok(call, {"flags": _evaluate(call.store, call.store.flags(), call.body)}, 201)


def check_flags_bulk(call: Call) -> Reply:
    """checkFlagsBulk: every flag for each context, in order."""
    flags = call.store.flags()
    results = [{"flags": _evaluate(call.store, flags, context)} for context in call.body["contexts"]]
    return _ok(call, {"data": results}, 201)


# -- events ----------------------------------------------------------------------------------


def _receipts(call: Call, events: Sequence[Mapping[str, Any]], type_field: str) -> list[dict[str, Any]]:
    """Ingest and build one RawEventResponseData per event."""
    ids, stored, captured = ingest_events(call.store, events, type_field=type_field)
    call.stats.add("events_stored", stored)
    stamp = isoformat(captured)
    return [
        {
            "event_id": event_id,
            "captured_at": stamp,
            "remote_ip": call.client_ip,
            "remote_addr": call.client_ip,
            "user_agent": call.user_agent,
        }
        for event_id in ids
    ]


def create_event(call: Call) -> Reply:
    """createEvent."""
    return _ok(call, _receipts(call, [call.body], "event_type")[0], 201)


def create_event_batch(call: Call) -> Reply:
    """createEventBatch: at most 1000 events (the schema says so)."""
    return _ok(call, {"events": _receipts(call, call.body["events"], "event_type")}, 201)


def capture_event_batch(call: Call) -> Reply:
    """captureEventBatch: the capture format of Schematic's own SDKs (``type`` for ``event_type``)."""
    return _ok(call, {"events": _receipts(call, call.body["events"], "type")})


def list_events(call: Call) -> Reply:
    """listEvents: newest first."""
    limit, offset = _page(call)
    params = call.params
    rows = call.store.list_events(
        company_id=params.get("company_id"),
        user_id=params.get("user_id"),
        event_subtype=params.get("event_subtype"),
        event_types=params.get("event_types"),
        flag_id=params.get("flag_id"),
        idempotency_key=params.get("idempotency_key"),
        limit=limit,
        offset=offset,
    )
    return _ok(call, [render.event_detail(call.store, row) for row in rows])


def get_event(call: Call) -> Reply:
    """getEvent."""
    row = call.store.event(call.params["event_id"])
    if row is None:
        raise NotFound(f"event not found: {call.params['event_id']}")
    return _ok(call, render.event_detail(call.store, row))


# -- tokens and sessions ---------------------------------------------------------------------


def issue_temporary_access_token(call: Call) -> Reply:
    """issueTemporaryAccessToken: a one-hour token for an existing company (not checked anywhere)."""
    if call.store.entity_by_keys("company", call.body["lookup"]) is None:
        raise NotFound("company not found for lookup keys")
    now = time.time()
    return _ok(
        call,
        {
            "id": f"tat_{secrets.token_hex(8)}",
            "token": f"token_{secrets.token_urlsafe(24)}",
            "api_key_id": "ak_devserver",
            "environment_id": render.ENVIRONMENT_ID,
            "resource_type": call.body.get("resource_type", "company"),  # schematichq may omit it.
            "created_at": isoformat(now),
            "updated_at": isoformat(now),
            "expired_at": isoformat(now + 3600),
            "issuer_type": "api_key",
        },
        201,
    )


def create_session(call: Call) -> Reply:
    """createSession: mint a bearer token for a pk_ key (response not enveloped)."""
    minted = call.auth.mint(call.body or {})
    call.stats.add("mints")
    return Reply(200, minted)


HANDLERS: dict[str, Handler] = {
    "listCompanies": list_companies,
    "upsertCompany": upsert_company,
    "getCompany": get_company,
    "deleteCompany": delete_company,
    "lookupCompany": lookup_company,
    "upsertCompanyTrait": upsert_company_trait,
    "listUsers": list_users,
    "upsertUser": upsert_user,
    "getUser": get_user,
    "deleteUser": delete_user,
    "lookupUser": lookup_user,
    "upsertUserTrait": upsert_user_trait,
    "listFlags": list_flags,
    "createFlag": create_flag,
    "getFlag": get_flag,
    "updateFlag": update_flag,
    "deleteFlag": delete_flag,
    "updateFlagRules": update_flag_rules,
    "checkFlag": check_flag,
    "checkFlags": check_flags,
    "checkFlagsBulk": check_flags_bulk,
    "createEvent": create_event,
    "createEventBatch": create_event_batch,
    "captureEventBatch": capture_event_batch,
    "listEvents": list_events,
    "getEvent": get_event,
    "issueTemporaryAccessToken": issue_temporary_access_token,
    "createSession": create_session,
}


def dispatch(call: Call, operation_id: str) -> Reply:
    """Run an operation's handler, mapping store errors to API errors; 501 without a handler."""
    handler = HANDLERS.get(operation_id)
    if handler is None:
        raise NotImplementedByDevserver(operation_id)
    try:
        return handler(call)
    except NotFound as exc:
        raise ApiError(404, str(exc)) from exc
    except Conflict as exc:
        raise ApiError(400, str(exc)) from exc
