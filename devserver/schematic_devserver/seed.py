"""Seed files: a known starting state of companies, users, flags (with rules) and events.

YAML or JSON, every section optional::

    companies: [{keys: {domain: acme.test}, name: Acme, traits: {plan: pro}}]
    users:     [{keys: {email: ada@acme.test}, name: Ada, traits: {}, company: {keys: {domain: acme.test}}}]
    flags:     [{key: new-dashboard, name: New dashboard, description: "", default_value: false,
                 flag_type: boolean, rules: [<CreateOrUpdateRuleRequestBody>, ...]}]
    events:    [<CreateEventRequestBody>, ...]
    webhooks:  [{name: local receiver, url: "http://127.0.0.1:9000/webhooks",
                 request_types: [company.created], secret: whsec_local, status: active}]

Each entry is validated against the matching request schema of openapi.yaml. Applying a
seed is idempotent: companies and users upsert by keys, flags by key (rules replaced),
and events are deduplicated by their ``idempotency_key``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jsonschema_rs
import yaml

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


def apply_seed(store: Store, spec: Spec, seed: Mapping[str, Any]) -> None:
    """Upsert a seed's companies, users, flags and events into the store."""
    unknown = set(seed) - {"companies", "users", "flags", "events", "webhooks"}
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
