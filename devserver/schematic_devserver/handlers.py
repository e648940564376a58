"""The core operations (companies, users, traits, flags, checks, events, sessions), keyed by operationId.

The types every area's handlers share live here too; ``operations`` merges the areas' tables.
Handlers receive an already authenticated and validated ``Call`` and return a
``Reply``; they raise ``ApiError`` (or the store's NotFound/Conflict) for errors.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from schematic_devserver import engine_view, render
from schematic_devserver.auth import Authenticator, Credential
from schematic_devserver.catalog import Catalog
from schematic_devserver.clock import from_epoch, isoformat, parse_time
from schematic_devserver.definitions import KeyDefinitionRow, TraitDefinitionRow
from schematic_devserver.faults import Stats
from schematic_devserver.ingest import ingest_events
from schematic_devserver.store import EntityRow, FlagRow, NotFound, Store
from schematic_ext import _rules as rules_engine

__all__ = [
    "CAPTURE_MAX_BATCH",
    "HANDLERS",
    "ApiError",
    "Call",
    "Handler",
    "NotImplementedByDevserver",
    "Reply",
    "ok",
    "page",
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


def ok(call: Call, data: Any, status: int = 200) -> Reply:
    """The ``{"data": …, "params": …}`` envelope of the Schematic API."""
    return Reply(status, {"data": data, "params": dict(call.params)})


def page(call: Call) -> tuple[int, int]:
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


def _entity_filters(call: Call) -> dict[str, Any]:
    """The list/count filters the devserver models (billing and plan filters are accepted, not applied)."""
    names = ("ids", "q", "company_id")
    return {name: call.params[name] for name in names if name in call.params}


def list_companies(call: Call) -> Reply:
    """listCompanies: oldest first; ``ids`` and ``q`` filter, billing filters are not modelled."""
    limit, offset = page(call)
    rows = call.store.list_entities("company", **_entity_filters(call), limit=limit, offset=offset)
    return ok(call, [render.company(call.store, row) for row in rows])


def count_companies(call: Call) -> Reply:
    """countCompanies: how many companies listCompanies would page through."""
    return ok(call, {"count": call.store.count_entities("company", **_entity_filters(call))})


def _upsert_company(call: Call) -> EntityRow:
    body = call.body
    return call.store.upsert_entity(
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


def upsert_company(call: Call) -> Reply:
    """upsertCompany: create or merge by keys (or id), honouring update_only and remove_keys."""
    return ok(call, render.company(call.store, _upsert_company(call)))


def create_company(call: Call) -> Reply:
    """createCompany: the same body and matching as upsertCompany, answered 201."""
    return ok(call, render.company(call.store, _upsert_company(call)), 201)


def get_company(call: Call) -> Reply:
    """getCompany."""
    return ok(
        call, render.company(call.store, _required_entity(call.store, "company", call.params["company_id"]))
    )


def _delete_entity(call: Call, entity_type: str) -> Reply:
    entity_id = call.params[f"{entity_type}_id"]
    if not call.store.delete_entity(entity_type, entity_id):
        raise NotFound(f"{entity_type} not found: {entity_id}")
    return ok(call, {"deleted": True})


def _entity_by_keys(call: Call, entity_type: str) -> EntityRow:
    row = call.store.entity_by_keys(entity_type, call.params["keys"])
    if row is None:
        raise NotFound(f"{entity_type} not found for keys")
    return row


def delete_company(call: Call) -> Reply:
    """deleteCompany: removes the company, its keys and memberships (its events stay)."""
    return _delete_entity(call, "company")


def _delete_by_keys(call: Call, entity_type: str) -> EntityRow:
    row = call.store.entity_by_keys(entity_type, call.body["keys"])
    if row is None or not call.store.delete_entity(entity_type, row.id):
        raise NotFound(f"{entity_type} not found for keys")
    return row


def delete_company_by_keys(call: Call) -> Reply:
    """deleteCompanyByKeys: deleteCompany for the company owning any of the keys; answers its summary."""
    return ok(call, render.company_summary(_delete_by_keys(call, "company")))


def lookup_company(call: Call) -> Reply:
    """lookupCompany: the company owning any of the keys."""
    return ok(call, render.company(call.store, _entity_by_keys(call, "company")))


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
    return ok(call, render.company(call.store, _trait(call, "company")))


# -- users -----------------------------------------------------------------------------------


def list_users(call: Call) -> Reply:
    """listUsers: oldest first, filtered by ids, q and company membership."""
    limit, offset = page(call)
    rows = call.store.list_entities("user", **_entity_filters(call), limit=limit, offset=offset)
    return ok(call, [render.user(call.store, row) for row in rows])


def count_users(call: Call) -> Reply:
    """countUsers: how many users listUsers would page through."""
    return ok(call, {"count": call.store.count_entities("user", **_entity_filters(call))})


def _upsert_user(call: Call) -> EntityRow:
    """Upsert like upsertCompany, plus memberships from company/companies/company_id(s).

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
    return _required_entity(store, "user", user_id)


def upsert_user(call: Call) -> Reply:
    """upsertUser: see _upsert_user."""
    return ok(call, render.user(call.store, _upsert_user(call)))


def create_user(call: Call) -> Reply:
    """createUser: the same body and matching as upsertUser, answered 201."""
    return ok(call, render.user(call.store, _upsert_user(call)), 201)


def get_user(call: Call) -> Reply:
    """getUser."""
    return ok(call, render.user(call.store, _required_entity(call.store, "user", call.params["user_id"])))


def delete_user(call: Call) -> Reply:
    """deleteUser: removes the user, its keys and memberships (its events stay)."""
    return _delete_entity(call, "user")


def delete_user_by_keys(call: Call) -> Reply:
    """deleteUserByKeys: deleteUser for the user owning any of the keys; answers its summary."""
    return ok(call, render.user_summary(_delete_by_keys(call, "user")))


def lookup_user(call: Call) -> Reply:
    """lookupUser: the user owning any of the keys."""
    return ok(call, render.user(call.store, _entity_by_keys(call, "user")))


def upsert_user_trait(call: Call) -> Reply:
    """upsertUserTrait."""
    return ok(call, render.user(call.store, _trait(call, "user")))


# -- memberships -----------------------------------------------------------------------------


def _membership(call: Call, found: tuple[str, str, str, float]) -> dict[str, Any]:
    """CompanyMembershipDetailResponseData of a (membership id, user id, company id, created_at) row."""
    return render.membership(call.store, *found)


def list_company_memberships(call: Call) -> Reply:
    """listCompanyMemberships: oldest first, filtered by company_id and user_id."""
    limit, offset = page(call)
    found = call.store.list_memberships(
        company_id=call.params.get("company_id"),
        user_id=call.params.get("user_id"),
        limit=limit,
        offset=offset,
    )
    return ok(call, [_membership(call, row) for row in found])


def get_or_create_company_membership(call: Call) -> Reply:
    """getOrCreateCompanyMembership: both the user and the company must exist."""
    store = call.store
    user_id, company_id = call.body["user_id"], call.body["company_id"]
    _required_entity(store, "user", user_id)
    _required_entity(store, "company", company_id)
    store.add_memberships(user_id, [company_id])
    (found,) = store.list_memberships(user_id=user_id, company_id=company_id)
    return ok(call, _membership(call, found))


def delete_company_membership(call: Call) -> Reply:
    """deleteCompanyMembership."""
    if not call.store.delete_membership(call.params["company_membership_id"]):
        raise NotFound(f"company membership not found: {call.params['company_membership_id']}")
    return ok(call, {"deleted": True})


# -- trait and key definitions ---------------------------------------------------------------


def _required_trait_definition(call: Call) -> TraitDefinitionRow:
    definition_id = call.params["entity_trait_definition_id"]
    found = call.store.definitions.trait(definition_id)
    if found is None:
        raise NotFound(f"entity trait definition not found: {definition_id}")
    return found


def _trait_definition_filters(call: Call) -> dict[str, Any]:
    params = call.params
    trait_types = params.get("trait_types")
    if "trait_type" in params:
        trait_types = [*(trait_types or []), params["trait_type"]]
    return {
        "entity_type": params.get("entity_type"),
        "ids": params.get("ids"),
        "q": params.get("q"),
        "trait_types": trait_types,
    }


def list_entity_trait_definitions(call: Call) -> Reply:
    """listEntityTraitDefinitions: oldest first, filtered by entity type, ids, q and trait type(s)."""
    limit, offset = page(call)
    rows = call.store.definitions.traits(**_trait_definition_filters(call), limit=limit, offset=offset)
    return ok(call, [render.trait_definition(row) for row in rows])


def count_entity_trait_definitions(call: Call) -> Reply:
    """countEntityTraitDefinitions."""
    return ok(call, {"count": call.store.definitions.count_traits(**_trait_definition_filters(call))})


def get_or_create_entity_trait_definition(call: Call) -> Reply:
    """getOrCreateEntityTraitDefinition: an existing definition is answered as it is (its type kept)."""
    body = call.body
    if not body["hierarchy"]:
        raise ApiError(400, "hierarchy: the trait's name path must not be empty")
    row = call.store.definitions.get_or_create_trait(
        body["entity_type"], body["hierarchy"], body["trait_type"], body.get("display_name"), time.time()
    )
    return ok(call, render.trait_definition(row))


def get_entity_trait_definition(call: Call) -> Reply:
    """getEntityTraitDefinition."""
    return ok(call, render.trait_definition(_required_trait_definition(call)))


def update_entity_trait_definition(call: Call) -> Reply:
    """updateEntityTraitDefinition: its trait type, and display name when given."""
    definition = _required_trait_definition(call)
    row = call.store.definitions.update_trait(
        definition.id, call.body["trait_type"], call.body.get("display_name"), time.time()
    )
    assert row is not None  # Just read; definitions are only deleted by this server thread.
    return ok(call, render.trait_definition(row))


def delete_entity_trait_definition(call: Call) -> Reply:
    """deleteEntityTraitDefinition: the values stay on the entities (setting the trait defines it again)."""
    if not call.store.definitions.delete_trait(_required_trait_definition(call).id):
        raise NotFound(f"entity trait definition not found: {call.params['entity_trait_definition_id']}")
    return ok(call, {"deleted": True})


def _names_trait(condition: Mapping[str, Any], field_name: str, definition: TraitDefinitionRow) -> bool:
    """Whether a condition's trait field names the definition, by id or by (entity type and) name."""
    named = condition.get(field_name)
    if named == definition.id:
        return True
    return named == definition.name and condition.get("trait_entity_type") in (None, definition.entity_type)


def get_entity_trait_definition_usage(call: Call) -> Reply:
    """getEntityTraitDefinitionUsage: flag rule conditions, features, entitlements and overrides on the trait."""
    definition = _required_trait_definition(call)
    conditions = [
        condition
        for flag in call.store.flags()
        for rule in flag.rules
        for condition in [
            *rule["conditions"],
            *(c for g in rule["condition_groups"] for c in g["conditions"]),
        ]
    ]
    used = sum(
        1
        for c in conditions
        if c["condition_type"] == "trait"
        and (_names_trait(c, "trait_id", definition) or _names_trait(c, "comparison_trait_id", definition))
    )
    return ok(
        call,
        {
            "rule_condition_count": used,
            **Catalog(call.store).trait_usage(definition.id),
            "checkout_field_config_count": 0,
            "plan_trait_count": 0,
        },
    )


def get_entity_trait_values(call: Call) -> Reply:
    """getEntityTraitValues: the distinct values of a trait, filtered by ``q`` (a substring)."""
    definition_id = call.params["definition_id"]
    definition = call.store.definitions.trait(definition_id)
    if definition is None:
        raise NotFound(f"entity trait definition not found: {definition_id}")
    q = (call.params.get("q") or "").lower()
    texts = [render.trait_text(value) for value in call.store.definitions.trait_values(definition)]
    limit, offset = page(call)
    matching = [text for text in texts if q in text.lower()][offset : offset + limit]
    return ok(call, [{"definition_id": definition_id, "value": text} for text in matching])


def count_entity_traits(call: Call) -> Reply:
    """countEntityTraits: trait values held by companies and users, of one definition or of every trait."""
    definition_id = call.params.get("definition_id")
    definition = call.store.definitions.trait(definition_id) if definition_id is not None else None
    count = 0
    if definition_id is None or definition is not None:
        count = call.store.definitions.count_trait_values(definition, call.params.get("entity_type"))
    return ok(call, {"count": count})


def _key_definitions(call: Call) -> list[KeyDefinitionRow]:
    params = call.params
    return call.store.definitions.keys(
        entity_type=params.get("entity_type"), ids=params.get("ids"), q=params.get("q")
    )


def list_entity_key_definitions(call: Call) -> Reply:
    """listEntityKeyDefinitions: the key names in use, oldest first."""
    limit, offset = page(call)
    return ok(call, [render.key_definition(row) for row in _key_definitions(call)[offset : offset + limit]])


def count_entity_key_definitions(call: Call) -> Reply:
    """countEntityKeyDefinitions."""
    return ok(call, {"count": len(_key_definitions(call))})


def count_entity_keys(call: Call) -> Reply:
    """countEntityKeys: keys held by companies and users, of one key definition and/or entity type."""
    params = call.params
    count = call.store.definitions.count_keys(
        definition_id=params.get("definition_id"), entity_type=params.get("entity_type")
    )
    return ok(call, {"count": count})


# -- flags -----------------------------------------------------------------------------------


def _required_flag(store: Store, flag_id: str) -> FlagRow:
    flag = store.flag(flag_id)
    if flag is None:
        raise NotFound(f"flag not found: {flag_id}")
    return flag


def _filtered_flags(call: Call) -> list[FlagRow]:
    """Flags oldest first, filtered by ids, feature_id and q (key or name)."""
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
    return flags


def list_flags(call: Call) -> Reply:
    """listFlags: see _filtered_flags."""
    limit, offset = page(call)
    return ok(call, [render.flag_detail(flag) for flag in _filtered_flags(call)[offset : offset + limit]])


def count_flags(call: Call) -> Reply:
    """countFlags: how many flags listFlags would page through."""
    return ok(call, {"count": len(_filtered_flags(call))})


def create_flag(call: Call) -> Reply:
    """createFlag: keys are unique (a taken key is a 400); default_value and flag_type have defaults."""
    return ok(call, render.flag_detail(call.store.save_flag(call.body)), 201)


def get_flag(call: Call) -> Reply:
    """getFlag."""
    return ok(call, render.flag_detail(_required_flag(call.store, call.params["flag_id"])))


def update_flag(call: Call) -> Reply:
    """updateFlag: replaces the fields given, keeps the others and the rules."""
    return ok(call, render.flag_detail(call.store.save_flag(call.body, call.params["flag_id"])))


def delete_flag(call: Call) -> Reply:
    """deleteFlag."""
    if not call.store.delete_flag(call.params["flag_id"]):
        raise NotFound(f"flag not found: {call.params['flag_id']}")
    return ok(call, {"deleted": True})


def update_flag_rules(call: Call) -> Reply:
    """updateFlagRules: replaces every rule of the flag."""
    flag = _required_flag(call.store, call.params["flag_id"])
    rules = render.rules_from_request(call.store, flag.id, call.body["rules"], time.time())
    flag = call.store.save_rules(flag.id, rules)
    return ok(call, {"flag": render.flag_summary(flag), "rules": flag.rules})


def _context(
    store: Store, body: Mapping[str, Any] | None, now: float
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """The engine views of the company and user a check context's keys name (None when unknown)."""
    body = body or {}
    company = engine_view.company_view_by_keys(store, body.get("company") or {}, now)
    user = engine_view.user_view_by_keys(store, body.get("user") or {})
    return company, user


def _evaluate(
    store: Store, flags: Sequence[Mapping[str, Any]], body: Mapping[str, Any] | None
) -> list[dict[str, Any]]:
    """CheckFlagResponseData for each flag view in one context, by the shared rules engine (against the
    body's ``preflight`` usage when it has one)."""
    now = time.time()
    company, user = _context(store, body, now)
    moment = from_epoch(now)
    preflight = (body or {}).get("preflight")
    return [
        render.check_result(rules_engine.check_flag(flag, company, user, now=moment, preflight=preflight))
        for flag in flags
    ]


def check_flag(call: Call) -> Reply:
    """checkFlag: an unknown flag key is a 404."""
    flag = call.store.flag_by_key(call.params["key"])
    if flag is None:
        raise NotFound(f"flag not found: {call.params['key']}")
    return ok(call, _evaluate(call.store, [engine_view.flag_view(call.store, flag)], call.body)[0])


def check_flags(call: Call) -> Reply:
    """checkFlags: every flag for one context."""
    return ok(call, {"flags": _evaluate(call.store, engine_view.flags_view(call.store), call.body)}, 201)


def check_flags_bulk(call: Call) -> Reply:
    """checkFlagsBulk: every flag for each context, in order."""
    flags = engine_view.flags_view(call.store)
    results = [{"flags": _evaluate(call.store, flags, context)} for context in call.body["contexts"]]
    return ok(call, {"data": results}, 201)


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
    return ok(call, _receipts(call, [call.body], "event_type")[0], 201)


def create_event_batch(call: Call) -> Reply:
    """createEventBatch: at most 1000 events (the schema says so)."""
    return ok(call, {"events": _receipts(call, call.body["events"], "event_type")}, 201)


def capture_event_batch(call: Call) -> Reply:
    """captureEventBatch: the capture format of Schematic's own SDKs (``type`` for ``event_type``)."""
    return ok(call, {"events": _receipts(call, call.body["events"], "type")})


def list_events(call: Call) -> Reply:
    """listEvents: newest first."""
    limit, offset = page(call)
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
    return ok(call, [render.event_detail(call.store, row) for row in rows])


def get_event(call: Call) -> Reply:
    """getEvent."""
    row = call.store.event(call.params["event_id"])
    if row is None:
        raise NotFound(f"event not found: {call.params['event_id']}")
    return ok(call, render.event_detail(call.store, row))


# -- tokens and sessions ---------------------------------------------------------------------


def issue_temporary_access_token(call: Call) -> Reply:
    """issueTemporaryAccessToken: a one-hour token for an existing company (not checked anywhere)."""
    if call.store.entity_by_keys("company", call.body["lookup"]) is None:
        raise NotFound("company not found for lookup keys")
    now = time.time()
    return ok(
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


HANDLERS: dict[str, Handler] = {  # The core area; operations.HANDLERS has every area.
    "listCompanies": list_companies,
    "countCompanies": count_companies,
    "upsertCompany": upsert_company,
    "createCompany": create_company,
    "deleteCompanyByKeys": delete_company_by_keys,
    "getCompany": get_company,
    "deleteCompany": delete_company,
    "lookupCompany": lookup_company,
    "upsertCompanyTrait": upsert_company_trait,
    "listUsers": list_users,
    "countUsers": count_users,
    "upsertUser": upsert_user,
    "createUser": create_user,
    "deleteUserByKeys": delete_user_by_keys,
    "getUser": get_user,
    "deleteUser": delete_user,
    "lookupUser": lookup_user,
    "upsertUserTrait": upsert_user_trait,
    "listCompanyMemberships": list_company_memberships,
    "getOrCreateCompanyMembership": get_or_create_company_membership,
    "deleteCompanyMembership": delete_company_membership,
    "listEntityTraitDefinitions": list_entity_trait_definitions,
    "countEntityTraitDefinitions": count_entity_trait_definitions,
    "getOrCreateEntityTraitDefinition": get_or_create_entity_trait_definition,
    "getEntityTraitDefinition": get_entity_trait_definition,
    "updateEntityTraitDefinition": update_entity_trait_definition,
    "deleteEntityTraitDefinition": delete_entity_trait_definition,
    "getEntityTraitDefinitionUsage": get_entity_trait_definition_usage,
    "getEntityTraitValues": get_entity_trait_values,
    "countEntityTraits": count_entity_traits,
    "listEntityKeyDefinitions": list_entity_key_definitions,
    "countEntityKeyDefinitions": count_entity_key_definitions,
    "countEntityKeys": count_entity_keys,
    "listFlags": list_flags,
    "countFlags": count_flags,
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
