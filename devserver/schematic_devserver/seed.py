"""Seed files: a known starting state of companies, users, flags (with rules), the catalog, events and webhooks.

YAML or JSON, every section optional::

    companies: [{keys: {domain: acme.test}, name: Acme, traits: {plan: pro}}]
    users:     [{keys: {email: ada@acme.test}, name: Ada, traits: {}, company: {keys: {domain: acme.test}}}]
    flags:     [{key: new-dashboard, name: New dashboard, description: "", default_value: false,
                 flag_type: boolean, rules: [<CreateOrUpdateRuleRequestBody>, ...]}]
    features:  [{name: API access, feature_type: event, event_subtype: api-call, description: "",
                 flag: {key: api-access, ...}}]                          # CreateFeatureRequestBody
    credits:   [{name: AI tokens, description: "", currency: usd}]      # CreateBillingCreditRequestBody
    plans:     [{name: Free, plan_type: plan, description: "",          # CreatePlanRequestBody
                 entitlements: [{feature: API access, value_type: numeric, value_numeric: 100,
                                 metric_period: current_month}]}]     # CreatePlanEntitlementRequestBody
    company_plans: [{company: {domain: acme.test}, base_plan: Free, add_ons: [Boost]}]
    overrides: [{company: {domain: acme.test}, feature: API access, value_type: unlimited}]
    grants:    [{company: {domain: acme.test}, credit: AI tokens, quantity: 1000, reason: free}]
    events:    [<CreateEventRequestBody>, ...]
    webhooks:  [{name: local receiver, url: "http://127.0.0.1:9000/webhooks",
                 request_types: [company.created], secret: whsec_local, status: active}]

Each entry is validated against the matching request schema of openapi.yaml, with the names of the
features, plans and credits it refers to (``feature``, ``base_plan``, ``add_ons``, ``credit``, also
for a credit-valued entitlement's ``value_credit_id``) and a company's keys (``company``) in place
of ids, and then as the API checks it.
Applying a seed is idempotent: companies and users upsert by keys, flags by key (rules replaced),
features, credits and plans by name, entitlements by plan and feature, overrides by company and
feature, a company's plans are set, a grant is not given again when the company already holds one
of the same credit, quantity and reason, events are deduplicated by their ``idempotency_key``, and
webhooks upsert by name.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jsonschema_rs
import yaml

from schematic_devserver.catalog import Catalog
from schematic_devserver.catalog_handlers import (
    credit_values,
    entitlement_values,
    feature_values,
    plan_values,
)
from schematic_devserver.clock import parse_time
from schematic_devserver.handlers import ApiError
from schematic_devserver.ingest import ingest_events
from schematic_devserver.render import rules_from_request
from schematic_devserver.spec import Spec, to_json_schema
from schematic_devserver.store import FLAG_DEFAULTS, Store
from schematic_devserver.validation import first_error
from schematic_devserver.webhooks import WebhookInputError, check_url

__all__ = ["SeedError", "apply_seed", "load_seed"]


class SeedError(ValueError):
    """A seed file that cannot be read or breaks the request schemas; names the entry."""


def load_seed(source: str | Path | Mapping[str, Any]) -> Mapping[str, Any]:
    """Read a seed from a YAML/JSON file, or pass a mapping through."""
    if isinstance(source, Mapping):
        return source
    path = Path(source)
    text = path.read_text(encoding="utf-8")
    try:
        document = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as exc:
        raise SeedError(f"{path}: {exc}") from exc
    if document is None:
        return {}
    if not isinstance(document, Mapping):
        raise SeedError(f"{path}: a seed is a mapping with companies, users, flags and events")
    return document


def _check(spec: Spec, schema_name: str, entry: Any, where: str) -> None:
    """Validate one entry against a component schema of the spec."""
    schema = to_json_schema({"$ref": f"#/components/schemas/{schema_name}"}, spec.document)
    validator = jsonschema_rs.Draft202012Validator(schema, validate_formats=True)
    problem = first_error(validator, entry, where, (where,))
    if problem is not None:
        raise SeedError(f"seed {problem}")


def _entries(seed: Mapping[str, Any], section: str) -> list[Any]:
    entries = seed.get(section) or []
    if not isinstance(entries, list):
        raise SeedError(f"seed {section}: expected a list")
    return entries


def _company_keys(value: Any) -> Any:
    """Accept a user's company both as ``{keys: {...}}`` and as a bare keys map."""
    if isinstance(value, Mapping) and isinstance(value.get("keys"), Mapping):
        return dict(value["keys"])
    return value


_SECTIONS = frozenset(
    (
        "companies",
        "users",
        "flags",
        "features",
        "credits",
        "plans",
        "company_plans",
        "overrides",
        "grants",
        "events",
        "webhooks",
    )
)


def apply_seed(store: Store, spec: Spec, seed: Mapping[str, Any]) -> None:
    """Upsert a seed's companies, users, flags, catalog, events and webhooks into the store."""
    unknown = set(seed) - _SECTIONS
    if unknown:
        raise SeedError(f"seed: unknown sections {sorted(unknown)}")
    for index, company in enumerate(_entries(seed, "companies")):
        _check(spec, "UpsertCompanyRequestBody", company, f"companies[{index}]")
        store.upsert_entity(
            "company", company["keys"], name=company.get("name"), traits=company.get("traits")
        )
    for index, user in enumerate(_entries(seed, "users")):
        user = {**user}
        if "company" in user:
            user["company"] = _company_keys(user["company"])
        if user.get("companies"):
            user["companies"] = [_company_keys(c) for c in user["companies"]]
        _check(spec, "UpsertUserRequestBody", user, f"users[{index}]")
        row = store.upsert_entity("user", user["keys"], name=user.get("name"), traits=user.get("traits"))
        company_ids = [
            store.upsert_entity("company", keys).id
            for keys in [user.get("company"), *(user.get("companies") or [])]
            if keys
        ]
        store.add_memberships(row.id, company_ids)
    for index, flag in enumerate(_entries(seed, "flags")):
        if not isinstance(flag, Mapping):
            raise SeedError(f"seed flags[{index}]: expected a mapping")
        fields = {
            **FLAG_DEFAULTS,
            "name": flag.get("key"),
            **{k: v for k, v in flag.items() if k != "rules"},
        }
        _check(spec, "CreateFlagRequestBody", fields, f"flags[{index}]")
        rules = flag.get("rules") or []
        _check(spec, "UpdateFlagRulesRequestBody", {"rules": rules}, f"flags[{index}]")
        existing = store.flag_by_key(fields["key"])
        saved = store.save_flag(fields, existing.id if existing else None)
        store.save_rules(saved.id, rules_from_request(store, saved.id, rules, time.time()))
    try:
        _apply_catalog(store, spec, seed)
    except ApiError as exc:
        raise SeedError(f"seed {exc}") from exc
    events = _entries(seed, "events")
    for index, event in enumerate(events):
        _check(spec, "CreateEventRequestBody", event, f"events[{index}]")
    if events:
        ingest_events(store, events)
    apply_webhooks_seed(store, spec, _entries(seed, "webhooks"))


def apply_webhooks_seed(store: Store, spec: Spec, entries: list[Any]) -> None:
    """Upsert seeded webhooks by name, last (so the seed's own companies and users send nothing).

    An entry is a CreateWebhookRequestBody plus an optional ``status`` and ``secret``: a fixed
    secret lets a local receiver keep its configuration across restarts.
    """
    for index, entry in enumerate(entries):
        where = f"webhooks[{index}]"
        if not isinstance(entry, Mapping):
            raise SeedError(f"seed {where}: expected a mapping")
        fields = {k: v for k, v in entry.items() if k not in ("status", "secret")}
        _check(spec, "CreateWebhookRequestBody", fields, where)
        status = entry.get("status", "active")
        _check(spec, "WebhookStatus", status, f"{where}.status")
        secret = entry.get("secret")
        if secret is not None and (not isinstance(secret, str) or not secret):
            raise SeedError(f"seed {where}.secret: expected a non-empty string")
        try:
            check_url(fields["url"], f"{where}.url")
        except WebhookInputError as exc:
            raise SeedError(f"seed {exc}") from exc
        existing = store.webhooks.by_name(fields["name"])
        configs = {
            k: fields[k] for k in ("credit_trigger_configs", "entitlement_trigger_configs") if k in fields
        }
        if existing is None:
            store.webhooks.create(
                name=fields["name"],
                url=fields["url"],
                request_types=fields["request_types"],
                status=status,
                secret=secret,
                configs=configs,
            )
        else:
            update = {"url": fields["url"], "request_types": fields["request_types"], "status": status}
            store.webhooks.update(existing.id, {**update, "secret": secret, **configs})


def _mapping(entry: Any, where: str) -> Mapping[str, Any]:
    """A seed entry that must be a mapping (SeedError naming it otherwise)."""
    if not isinstance(entry, Mapping):
        raise SeedError(f"seed {where}: expected a mapping")
    return entry


def _named(rows: Mapping[str, str], name: Any, what: str, where: str) -> str:
    """The id of the feature, plan or credit a seed entry names."""
    if not isinstance(name, str) or name not in rows:
        raise SeedError(f"seed {where}: no {what} named {name!r} (define it in the seed's {what}s)")
    return rows[name]


def _company(store: Store, keys: Any, where: str) -> str:
    """The id of the company a seed entry names by keys (a bare keys map or ``{keys: ...}``)."""
    keys = _company_keys(keys)
    found = store.entity_by_keys("company", keys) if isinstance(keys, Mapping) and keys else None
    if found is None:
        raise SeedError(f"seed {where}.company: no company with keys {keys!r}")
    return found.id


def _apply_catalog(store: Store, spec: Spec, seed: Mapping[str, Any]) -> None:
    """Upsert the seed's features, credits, plans (with entitlements), company plans, overrides and grants."""
    now = time.time()
    features = _seed_features(store, spec, seed, now)
    credits = _seed_credits(store, spec, seed, now)
    plans = _seed_plans(store, spec, seed, (features, credits), now)
    for index, raw in enumerate(_entries(seed, "company_plans")):
        _seed_company_plans(
            store, spec, plans, _mapping(raw, f"company_plans[{index}]"), f"company_plans[{index}]", now
        )
    for index, raw in enumerate(_entries(seed, "overrides")):
        where = f"overrides[{index}]"
        entry = dict(_mapping(raw, where))
        company_id = _company(store, entry.pop("company", None), where)
        _seed_entitlement(store, spec, "company", company_id, (features, credits), entry, where, now)
    for index, raw in enumerate(_entries(seed, "grants")):
        _seed_grant(store, spec, credits, _mapping(raw, f"grants[{index}]"), f"grants[{index}]", now)


def _seed_features(store: Store, spec: Spec, seed: Mapping[str, Any], now: float) -> dict[str, str]:
    """Upsert the features by name, each with the flag it carries; every feature's id by name."""
    catalog = Catalog(store)
    features = {row.name: row.id for row in catalog.features()}
    for index, raw in enumerate(_entries(seed, "features")):
        where = f"features[{index}]"
        entry = {"description": "", **_mapping(raw, where)}
        flag = entry.get("flag")
        if isinstance(flag, Mapping):
            entry["flag"] = {**FLAG_DEFAULTS, "name": flag.get("key"), **flag}
        _check(spec, "CreateFeatureRequestBody", entry, where)
        current = catalog.feature(features[entry["name"]]) if entry["name"] in features else None
        saved = catalog.save_feature(
            feature_values(store, entry, current), now, current.id if current else None
        )
        features[saved.name] = saved.id
        if "flag" in entry:
            existing = store.flag_by_key(entry["flag"]["key"])
            store.save_flag({**entry["flag"], "feature_id": saved.id}, existing.id if existing else None)
    return features


def _seed_credits(store: Store, spec: Spec, seed: Mapping[str, Any], now: float) -> dict[str, str]:
    """Upsert the credit types by name; every credit type's id by name."""
    catalog = Catalog(store)
    credits = {row.name: row.id for row in catalog.credits()}
    for index, raw in enumerate(_entries(seed, "credits")):
        where = f"credits[{index}]"
        entry = {"description": "", "currency": "usd", **_mapping(raw, where)}
        _check(spec, "CreateBillingCreditRequestBody", entry, where)
        credit_id = credits.get(entry["name"])
        current = catalog.credit(credit_id) if credit_id else None
        credits[entry["name"]] = catalog.save_credit(credit_values(entry, current), now, credit_id).id
    return credits


def _seed_plans(
    store: Store,
    spec: Spec,
    seed: Mapping[str, Any],
    names: tuple[Mapping[str, str], Mapping[str, str]],
    now: float,
) -> dict[str, str]:
    """Upsert the plans and add-ons by name with their entitlements; every plan's id by name."""
    catalog = Catalog(store)
    plans = {row.name: row.id for row in catalog.plans()}
    for index, raw in enumerate(_entries(seed, "plans")):
        where = f"plans[{index}]"
        entry = {"description": "", **_mapping(raw, where)}
        entitlements = entry.pop("entitlements", None) or []
        _check(spec, "CreatePlanRequestBody", entry, where)
        current = catalog.plan(plans[entry["name"]]) if entry["name"] in plans else None
        saved = catalog.save_plan(plan_values(entry, current), now, current.id if current else None)
        plans[saved.name] = saved.id
        for position, raw_entitlement in enumerate(entitlements):
            at = f"{where}.entitlements[{position}]"
            _seed_entitlement(store, spec, "plan", saved.id, names, raw_entitlement, at, now)
    return plans


def _seed_company_plans(
    store: Store, spec: Spec, plans: Mapping[str, str], entry: Mapping[str, Any], where: str, now: float
) -> None:
    """Set a company's base plan and add-ons, named by plan name."""
    catalog = Catalog(store)
    company_id = _company(store, entry.get("company"), where)
    base = entry.get("base_plan")
    base_id = _named(plans, base, "plan", f"{where}.base_plan") if base is not None else None
    add_ons = [
        _named(plans, name, "plan", f"{where}.add_ons[{i}]")
        for i, name in enumerate(entry.get("add_ons") or [])
    ]
    _check(spec, "UpdateCompanyPlansRequestBody", {"base_plan_id": base_id, "add_on_ids": add_ons}, where)
    wanted = [(base_id, "plan", "base_plan"), *((plan_id, "add_on", "add_ons") for plan_id in add_ons)]
    for plan_id, plan_type, field_name in wanted:
        found = catalog.plan(plan_id) if plan_id else None
        if found is not None and found.plan_type != plan_type:
            raise SeedError(f"seed {where}.{field_name}: {found.name} is not a {plan_type}")
    catalog.set_company_plans(company_id, base_id, add_ons, now)


def _seed_grant(
    store: Store, spec: Spec, credits: Mapping[str, str], entry: Mapping[str, Any], where: str, now: float
) -> None:
    """Grant credits to a company unless it already holds a grant of that credit, quantity and reason."""
    catalog = Catalog(store)
    body = dict(entry)
    company_id = _company(store, body.pop("company", None), where)
    credit_id = _named(credits, body.pop("credit", None), "credit", f"{where}.credit")
    body.update(company_id=company_id, credit_id=credit_id)
    _check(spec, "CreateCompanyCreditGrant", body, where)
    if body["quantity"] <= 0:
        raise SeedError(f"seed {where}.quantity: must be positive")
    held = {
        (grant.credit_id, grant.quantity, grant.reason) for grant in catalog.grants(company_id=company_id)
    }
    if (credit_id, body["quantity"], body["reason"]) in held:
        return
    catalog.add_grant(
        {
            "company_id": company_id,
            "credit_id": credit_id,
            "quantity": float(body["quantity"]),
            "reason": body["reason"],
            "expires_at": parse_time(body["expires_at"]) if body.get("expires_at") else None,
            "renewal_enabled": int(bool(body.get("renewal_enabled"))),
        },
        now,
    )


def _seed_entitlement(
    store: Store,
    spec: Spec,
    kind: str,
    owner_id: str,
    names: tuple[Mapping[str, str], Mapping[str, str]],
    raw: Any,
    where: str,
    now: float,
) -> None:
    """Upsert a plan's entitlement (``kind`` plan) or a company's override to the feature the entry names.

    ``names`` are the features' and the credits' ids by name; ``credit`` names a credit-valued one's credit.
    """
    features, credits = names
    entry = dict(_mapping(raw, where))
    feature_id = _named(features, entry.pop("feature", None), "feature", f"{where}.feature")
    if "credit" in entry:
        entry["value_credit_id"] = _named(credits, entry.pop("credit"), "credit", f"{where}.credit")
    owner_field, schema = ("plan_id", "CreatePlanEntitlementRequestBody")
    if kind == "company":
        owner_field, schema = ("company_id", "CreateCompanyOverrideRequestBody")
    body = {**entry, owner_field: owner_id, "feature_id": feature_id}
    _check(spec, schema, body, where)
    catalog = Catalog(store)
    feature = catalog.feature(feature_id)
    assert feature is not None  # Named by the seed's own features.
    try:
        values = entitlement_values(store, feature, body)
    except ApiError as exc:
        raise SeedError(f"seed {where}.{exc}") from exc
    existing = catalog.entitlements(kind, [owner_id], feature_id)
    catalog.save_entitlement(kind, owner_id, feature_id, values, now, existing[0].id if existing else None)
