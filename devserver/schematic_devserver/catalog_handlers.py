"""The catalog's operations (features, plans, entitlements, overrides, usage, credits), keyed by operationId.

Filters of the public API that only billing data could answer (managed_by, plan versions, billing
products, …) are accepted and not applied; the README's catalog section lists them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from schematic_devserver import catalog_render
from schematic_devserver.catalog import Catalog, CreditRow, EntitlementRow, FeatureRow, GrantRow, PlanRow
from schematic_devserver.clock import isoformat, parse_time
from schematic_devserver.entitlements import CreditLedger, company_entitlements
from schematic_devserver.handlers import ApiError, Call, Handler, Reply, ok, page
from schematic_devserver.render import company as render_company
from schematic_devserver.store import FLAG_DEFAULTS, EntityRow, NotFound, Store
from schematic_ext._rules.credits import DEFAULT_CONSUMPTION_RATE

__all__ = ["HANDLERS", "credit_values", "entitlement_values", "feature_values", "plan_values"]

_T = TypeVar("_T")
_METERED_VALUES = ("numeric", "trait", "unlimited")
_FEATURE_FIELDS = (
    "name",
    "description",
    "feature_type",
    "event_subtype",
    "trait_id",
    "icon",
    "lifecycle_phase",
    "maintainer_account_member_id",
    "plural_name",
    "singular_name",
)
_CREDIT_FIELDS = (
    "name",
    "description",
    "icon",
    "plural_name",
    "singular_name",
    "burn_strategy",
    "default_expiry_unit",
    "default_expiry_unit_count",
    "default_rollover_policy",
)


def _paged(call: Call, items: Sequence[_T]) -> list[_T]:
    """The page of items that ``limit`` and ``offset`` ask for."""
    limit, offset = page(call)
    return list(items[offset : offset + limit])


def _required(found: _T | None, what: str, ident: str) -> _T:
    """The found row, or a NotFound (404) naming what is missing."""
    if found is None:
        raise NotFound(f"{what} not found: {ident}")
    return found


def _time(value: Any, field_name: str) -> float | None:
    """An optional RFC 3339 body field as epoch seconds; 400 naming the field when it cannot be rendered back."""
    if value is None:
        return None
    parsed = parse_time(value) if isinstance(value, str) else None
    if parsed is not None:
        try:
            isoformat(parsed)  # Years the answers could not carry are refused here, not at render time.
        except (ValueError, OverflowError, OSError):
            parsed = None
    if parsed is None:
        raise ApiError(400, f"{field_name}: not a usable timestamp: {value!r}")
    return parsed


def _matches(q: str | None, *texts: str | None) -> bool:
    """Whether the search string ``q`` (case-insensitive) is in any of the texts; no ``q`` matches all."""
    return not q or any(q.lower() in text.lower() for text in texts if text)


# -- features --------------------------------------------------------------------------------


def feature_values(
    store: Store, body: Mapping[str, Any], current: FeatureRow | None = None
) -> dict[str, Any]:
    """A feature's stored fields from a create/update body over its current ones; 400 naming a bad field."""
    values = {name: getattr(current, name) for name in _FEATURE_FIELDS} if current else {}
    values.update({name: body[name] for name in _FEATURE_FIELDS if body.get(name) is not None})
    values.setdefault("description", "")
    for name in _FEATURE_FIELDS:
        values.setdefault(name, None)
    feature_type = values["feature_type"]
    if feature_type == "event":
        if not values["event_subtype"]:
            raise ApiError(400, "event_subtype: required when feature_type is event")
        values["trait_id"] = None
    elif feature_type == "trait":
        trait_id = values["trait_id"]
        if not trait_id:
            raise ApiError(400, "trait_id: required when feature_type is trait")
        if store.definitions.trait(trait_id) is None:
            raise ApiError(400, f"trait_id: no trait definition {trait_id}")
        values["event_subtype"] = None
    else:
        values["event_subtype"] = values["trait_id"] = None
    return values


def _feature_flag_id(call: Call, raw: Mapping[str, Any], feature_id: str | None) -> str | None:
    """The flag a feature body's ``flag`` updates (its ``id``, or the feature's own flag of that key), if any.

    400 naming the field for an unknown ``id`` or a key another flag holds; nothing is written before.
    """
    store = call.store
    flag_id = raw.get("id")
    if flag_id is not None and store.flag(flag_id) is None:
        raise ApiError(400, f"flag.id: no flag {flag_id}")
    holder = store.flag_by_key(raw["key"])
    if holder is not None and holder.id != flag_id:
        if flag_id is None and feature_id is not None and holder.feature_id == feature_id:
            return holder.id
        raise ApiError(400, f"flag.key: a flag with key {raw['key']!r} already exists")
    return flag_id


def _save_feature_flag(call: Call, feature_id: str, raw: Mapping[str, Any], flag_id: str | None) -> None:
    """Create or update the flag a feature body carries, linked to the feature."""
    call.store.save_flag({**FLAG_DEFAULTS, **raw, "feature_id": feature_id}, flag_id)


def _filtered_features(call: Call) -> list[FeatureRow]:
    """Features, oldest first, filtered as listFeatures and countFeatures are."""
    params = call.params
    catalog = Catalog(call.store)
    rows = catalog.features(params.get("ids"))
    types = params.get("feature_type")
    if types:
        rows = [row for row in rows if row.feature_type in types]
    rows = [row for row in rows if _matches(params.get("q"), row.name, row.id, row.description)]
    company_id = params.get("without_company_override_for")
    if company_id:
        overridden = {e.feature_id for e in catalog.entitlements("company", [company_id])}
        rows = [row for row in rows if row.id not in overridden]
    plan_id = params.get("without_plan_entitlement_for")
    if plan_id:
        entitled = {e.feature_id for e in catalog.entitlements("plan", [plan_id])}
        rows = [row for row in rows if row.id not in entitled]
    return rows


def list_features(call: Call) -> Reply:
    """listFeatures: oldest first, filtered by ids, feature_type, q and the without_* filters."""
    catalog = Catalog(call.store)
    return ok(call, [catalog_render.feature(catalog, row) for row in _paged(call, _filtered_features(call))])


def count_features(call: Call) -> Reply:
    """countFeatures."""
    return ok(call, {"count": len(_filtered_features(call))})


def create_feature(call: Call) -> Reply:
    """createFeature: with the flag the body may carry, created (or updated) and linked to it."""
    values = feature_values(call.store, call.body)
    flag = call.body.get("flag")
    flag_id = _feature_flag_id(call, flag, None) if flag is not None else None
    catalog = Catalog(call.store)
    row = catalog.save_feature(values, time.time())
    if flag is not None:
        try:
            _save_feature_flag(call, row.id, flag, flag_id)
        except BaseException:
            catalog.delete_feature(row.id)
            raise
    return ok(call, catalog_render.feature(catalog, row), 201)


def _required_feature(call: Call) -> FeatureRow:
    """The feature of the path's ``feature_id`` (404 if none)."""
    feature_id = call.params["feature_id"]
    return _required(Catalog(call.store).feature(feature_id), "feature", feature_id)


def get_feature(call: Call) -> Reply:
    """getFeature."""
    return ok(call, catalog_render.feature(Catalog(call.store), _required_feature(call)))


def update_feature(call: Call) -> Reply:
    """updateFeature: the fields given replace the stored ones; a flag in the body is saved and linked."""
    current = _required_feature(call)
    values = feature_values(call.store, call.body, current)
    flag = call.body.get("flag")
    flag_id = _feature_flag_id(call, flag, current.id) if flag is not None else None
    catalog = Catalog(call.store)
    row = catalog.save_feature(values, time.time(), current.id)
    if flag is not None:
        _save_feature_flag(call, row.id, flag, flag_id)
    return ok(call, catalog_render.feature(catalog, row))


def delete_feature(call: Call) -> Reply:
    """deleteFeature: its entitlements and overrides go with it; its flags stay, unlinked."""
    store = call.store
    row = _required_feature(call)
    linked = [flag for flag in store.flags() if flag.feature_id == row.id]
    if not Catalog(store).delete_feature(row.id):
        raise NotFound(f"feature not found: {row.id}")
    for flag in linked:
        store.save_flag(
            {
                "key": flag.key,
                "name": flag.name,
                "feature_id": None,
                "maintainer_account_member_id": flag.maintainer_account_member_id,
            },
            flag.id,
        )
    return ok(call, {"deleted": True})


# -- plans -----------------------------------------------------------------------------------


def plan_values(body: Mapping[str, Any], current: PlanRow | None = None) -> dict[str, Any]:
    """A plan's stored fields from a create/update body over its current ones."""
    return {
        "name": body["name"],
        "description": body.get("description") or (current.description if current else ""),
        "plan_type": current.plan_type if current else body["plan_type"],
        "icon": body.get("icon") or (current.icon if current else None),
    }


def _filtered_plans(call: Call) -> list[PlanRow]:
    """Plans, oldest first, filtered as listPlans and countPlans are."""
    params = call.params
    catalog = Catalog(call.store)
    rows = catalog.plans()
    if params.get("ids") is not None:
        rows = [row for row in rows if row.id in params["ids"]]
    if params.get("plan_type"):
        rows = [row for row in rows if row.plan_type == params["plan_type"]]
    rows = [row for row in rows if _matches(params.get("q"), row.name, row.id, row.description)]
    if params.get("company_id"):
        held = {cp.plan_id for cp in catalog.company_plans(params["company_id"])}
        rows = [row for row in rows if row.id in held]
    feature_id = params.get("without_entitlement_for")
    if feature_id:
        entitled = set(catalog.feature_plan_ids(feature_id))
        rows = [row for row in rows if row.id not in entitled]
    return rows


def list_plans(call: Call) -> Reply:
    """listPlans: oldest first, filtered by ids, plan_type, q, company_id and without_entitlement_for."""
    catalog = Catalog(call.store)
    return ok(call, [catalog_render.plan(catalog, row) for row in _paged(call, _filtered_plans(call))])


def count_plans(call: Call) -> Reply:
    """countPlans."""
    return ok(call, {"count": len(_filtered_plans(call))})


def create_plan(call: Call) -> Reply:
    """createPlan: a plan or an add-on (plan_type)."""
    catalog = Catalog(call.store)
    return ok(call, catalog_render.plan(catalog, catalog.save_plan(plan_values(call.body), time.time())), 201)


def _required_plan(call: Call) -> PlanRow:
    """The plan of the path's ``plan_id`` (404 if none)."""
    plan_id = call.params["plan_id"]
    return _required(Catalog(call.store).plan(plan_id), "plan", plan_id)


def get_plan(call: Call) -> Reply:
    """getPlan (plan_version_id is accepted; plans have no versions here)."""
    return ok(call, catalog_render.plan(Catalog(call.store), _required_plan(call)))


def update_plan(call: Call) -> Reply:
    """updatePlan: name, description and icon (a plan's type stays)."""
    current = _required_plan(call)
    catalog = Catalog(call.store)
    row = catalog.save_plan(plan_values(call.body, current), time.time(), current.id)
    return ok(call, catalog_render.plan(catalog, row))


def delete_plan(call: Call) -> Reply:
    """deletePlan: its entitlements go with it and every company on it loses it."""
    if not Catalog(call.store).delete_plan(_required_plan(call).id):
        raise NotFound(f"plan not found: {call.params['plan_id']}")
    return ok(call, {"deleted": True})


def _plan_of_type(catalog: Catalog, plan_id: str, plan_type: str, field_name: str) -> None:
    """400 naming the field unless ``plan_id`` is an existing plan of ``plan_type``."""
    found = catalog.plan(plan_id)
    if found is None:
        raise ApiError(400, f"{field_name}: no plan {plan_id}")
    if found.plan_type != plan_type:
        wanted = "a plan" if plan_type == "plan" else "an add-on"
        raise ApiError(400, f"{field_name}: {plan_id} is not {wanted} (its plan_type is {found.plan_type})")


def update_company_plans(call: Call) -> Reply:
    """updateCompanyPlans: replace the company's base plan (null for none) and add-ons."""
    store = call.store
    company_id = call.params["company_id"]
    company = _required(store.entity("company", company_id), "company", company_id)
    catalog = Catalog(store)
    base_plan_id = call.body.get("base_plan_id")
    if base_plan_id:
        _plan_of_type(catalog, base_plan_id, "plan", "base_plan_id")
    for index, add_on_id in enumerate(call.body["add_on_ids"]):
        _plan_of_type(catalog, add_on_id, "add_on", f"add_on_ids[{index}]")
    catalog.set_company_plans(company.id, base_plan_id, call.body["add_on_ids"], time.time())
    return ok(call, render_company(store, company))


# -- plan entitlements and company overrides ---------------------------------------------------


def _metered(feature: FeatureRow, value_type: str) -> bool:
    """Whether a value of the type meters the feature's event (an event feature, numeric/trait/unlimited)."""
    return feature.feature_type == "event" and value_type in _METERED_VALUES


def entitlement_values(
    store: Store, feature: FeatureRow, body: Mapping[str, Any], current: EntitlementRow | None = None
) -> dict[str, Any]:
    """An entitlement's value columns from a create/update body; 400 naming the field that is wrong.

    Plan entitlements and company overrides take the same values; fields the value type does not
    use are cleared, so the stored row says exactly what counts.
    """
    values: dict[str, Any] = {
        "value_bool": body.get("value_bool"),
        "value_numeric": body.get("value_numeric"),
        "value_trait_id": body.get("value_trait_id"),
        "value_credit_id": body.get("value_credit_id"),
        "consumption_rate": body.get("credit_consumption_rate"),
        "metric_period": body.get("metric_period"),
        "month_reset": body.get("metric_period_month_reset"),
        "soft_limit": body.get("soft_limit", current.soft_limit if current else None),
        "note": body.get("note", current.note if current else None),
        "expiration_date": _time(body.get("expiration_date"), "expiration_date"),
    }
    value_type = body["value_type"]
    values["value_type"] = value_type
    kind = feature.feature_type
    if value_type == "unknown":
        raise ApiError(400, "value_type: one of boolean, numeric, unlimited, trait or credit")
    if value_type != "boolean" and kind not in ("event", "trait"):
        raise ApiError(
            400, f"value_type: {value_type} needs an event or trait feature; {feature.id} is {kind}"
        )
    if value_type == "boolean" and values["value_bool"] is None:
        raise ApiError(400, "value_bool: required when value_type is boolean")
    if value_type == "numeric":
        if values["value_numeric"] is None:
            raise ApiError(400, "value_numeric: required when value_type is numeric")
        if values["value_numeric"] < 0:
            raise ApiError(400, "value_numeric: must not be negative")
    if value_type == "trait":
        trait_id = values["value_trait_id"]
        if not trait_id:
            raise ApiError(400, "value_trait_id: required when value_type is trait")
        definition = store.definitions.trait(trait_id)
        if definition is None or definition.entity_type != "company":
            raise ApiError(400, f"value_trait_id: no company trait definition {trait_id}")
    if value_type == "credit":
        credit_id = values["value_credit_id"]
        if kind != "event":
            raise ApiError(400, f"value_type: credit needs an event feature; {feature.id} is {kind}")
        if not credit_id:
            raise ApiError(400, "value_credit_id: required when value_type is credit")
        if Catalog(store).credit(credit_id) is None:
            raise ApiError(400, f"value_credit_id: no credit {credit_id}")
        rate = values["consumption_rate"]
        if rate is not None and rate < 0:
            raise ApiError(400, "credit_consumption_rate: must not be negative")
        values["consumption_rate"] = DEFAULT_CONSUMPTION_RATE if rate is None else float(rate)
    if _metered(feature, value_type):
        values["metric_period"] = values["metric_period"] or "all_time"
        values["month_reset"] = values["month_reset"] or "first_of_month"
    else:
        for name, field_name in (
            ("metric_period", "metric_period"),
            ("month_reset", "metric_period_month_reset"),
        ):
            if values[name] is not None:
                raise ApiError(
                    400,
                    f"{field_name}: only numeric, trait or unlimited values of event features are metered",
                )
    keep = {
        "boolean": ("value_bool",),
        "numeric": ("value_numeric",),
        "trait": ("value_trait_id",),
        "credit": ("value_credit_id", "consumption_rate"),
        "unlimited": (),
    }[value_type]
    for name in ("value_bool", "value_numeric", "value_trait_id", "value_credit_id", "consumption_rate"):
        if name not in keep:
            values[name] = None
    return values


def _existing_feature(catalog: Catalog, feature_id: str) -> FeatureRow:
    """The feature of a body's ``feature_id`` (400 naming the field if none)."""
    found = catalog.feature(feature_id)
    if found is None:
        raise ApiError(400, f"feature_id: no feature {feature_id}")
    return found


def _filtered_entitlements(call: Call, kind: str) -> list[EntitlementRow]:
    """Plan entitlements or overrides, oldest first, filtered as their list and count are."""
    params = call.params
    catalog = Catalog(call.store)
    owner_param = "plan" if kind == "plan" else "company"
    owners = [*(params.get(f"{owner_param}_ids") or []), *filter(None, [params.get(f"{owner_param}_id")])]
    rows = catalog.entitlements(kind, owners or None)
    features = [*(params.get("feature_ids") or []), *filter(None, [params.get("feature_id")])]
    if features:
        rows = [row for row in rows if row.feature_id in features]
    if params.get("ids") is not None:
        rows = [row for row in rows if row.id in params["ids"]]
    if kind == "company" and params.get("without_expired"):
        now = time.time()
        rows = [row for row in rows if row.expiration_date is None or row.expiration_date > now]
    q = params.get("q")
    if q:
        names = {row.id: row.name for row in catalog.features([r.feature_id for r in rows])}
        rows = [row for row in rows if _matches(q, names.get(row.feature_id), row.feature_id, row.id)]
    return rows


def _list_entitlements(kind: str) -> Handler:
    """The list handler of plan entitlements (``kind`` plan) or company overrides (company)."""

    def handler(call: Call) -> Reply:
        catalog = Catalog(call.store)
        rows = _paged(call, _filtered_entitlements(call, kind))
        return ok(call, [catalog_render.entitlement(catalog, row) for row in rows])

    handler.__doc__ = (
        f"list{'PlanEntitlements' if kind == 'plan' else 'CompanyOverrides'}: oldest first, filtered."
    )
    return handler


def _count_entitlements(kind: str) -> Handler:
    """The count handler of plan entitlements or company overrides."""

    def handler(call: Call) -> Reply:
        return ok(call, {"count": len(_filtered_entitlements(call, kind))})

    handler.__doc__ = f"count{'PlanEntitlements' if kind == 'plan' else 'CompanyOverrides'}."
    return handler


def _id_param(kind: str) -> str:
    """The path parameter naming a plan entitlement or a company override."""
    return "plan_entitlement_id" if kind == "plan" else "company_override_id"


def _required_entitlement(call: Call, kind: str) -> EntitlementRow:
    """The plan entitlement or override the path names (404 if none)."""
    entitlement_id = call.params[_id_param(kind)]
    what = "plan entitlement" if kind == "plan" else "company override"
    return _required(Catalog(call.store).entitlement(kind, entitlement_id), what, entitlement_id)


def create_plan_entitlement(call: Call) -> Reply:
    """createPlanEntitlement: one per plan and feature; the value checked against the feature's type."""
    catalog = Catalog(call.store)
    plan_id = call.body["plan_id"]
    if catalog.plan(plan_id) is None:
        raise ApiError(400, f"plan_id: no plan {plan_id}")
    feature = _existing_feature(catalog, call.body["feature_id"])
    values = entitlement_values(call.store, feature, {**call.body, "note": None, "expiration_date": None})
    row = catalog.save_entitlement("plan", plan_id, feature.id, values, time.time())
    return ok(call, catalog_render.entitlement(catalog, row), 201)


def create_company_override(call: Call) -> Reply:
    """createCompanyOverride: one per company and feature; it replaces the plans' entitlement."""
    store = call.store
    catalog = Catalog(store)
    company_id = call.body["company_id"]
    if store.entity("company", company_id) is None:
        raise ApiError(400, f"company_id: no company {company_id}")
    feature = _existing_feature(catalog, call.body["feature_id"])
    values = entitlement_values(store, feature, {**call.body, "soft_limit": None})
    row = catalog.save_entitlement("company", company_id, feature.id, values, time.time())
    return ok(call, catalog_render.entitlement(catalog, row), 201)


def _get_entitlement(kind: str) -> Handler:
    """The get handler of plan entitlements or company overrides."""

    def handler(call: Call) -> Reply:
        return ok(call, catalog_render.entitlement(Catalog(call.store), _required_entitlement(call, kind)))

    handler.__doc__ = f"get{'PlanEntitlement' if kind == 'plan' else 'CompanyOverride'}."
    return handler


def _update_entitlement(kind: str) -> Handler:
    """The update handler: a new value over the entitlement's (an override keeps its expiry unless given)."""

    def handler(call: Call) -> Reply:
        catalog = Catalog(call.store)
        current = _required_entitlement(call, kind)
        feature = _existing_feature(catalog, current.feature_id)
        body = dict(call.body)
        if kind == "plan":
            body.update(note=None, expiration_date=None)
        else:
            body.setdefault("soft_limit", None)
            if "expiration_date" not in body and current.expiration_date is not None:
                body["expiration_date"] = isoformat(current.expiration_date)
        values = entitlement_values(call.store, feature, body, current)
        row = catalog.save_entitlement(kind, current.owner_id, feature.id, values, time.time(), current.id)
        return ok(call, catalog_render.entitlement(catalog, row))

    handler.__doc__ = f"update{'PlanEntitlement' if kind == 'plan' else 'CompanyOverride'}: a new value."
    return handler


def _delete_entitlement(kind: str) -> Handler:
    """The delete handler of plan entitlements or company overrides."""

    def handler(call: Call) -> Reply:
        row = _required_entitlement(call, kind)
        if not Catalog(call.store).delete_entitlement(kind, row.id):
            raise NotFound(f"not found: {row.id}")
        return ok(call, {"deleted": True})

    handler.__doc__ = f"delete{'PlanEntitlement' if kind == 'plan' else 'CompanyOverride'}."
    return handler


# -- usage -----------------------------------------------------------------------------------


def _usage_company(call: Call) -> EntityRow:
    """The company a usage request names by ``company_id``, ``company_keys`` or ``keys``."""
    store = call.store
    params = call.params
    if params.get("company_id"):
        return _required(store.entity("company", params["company_id"]), "company", params["company_id"])
    keys = params.get("company_keys") or params.get("keys")
    if not keys:
        raise ApiError(400, "company_id: required (or company_keys)")
    found = store.entity_by_keys("company", keys)
    if found is None:
        raise NotFound("company not found for keys")
    return found


def _filtered_usage(call: Call) -> list[dict[str, Any]]:
    """FeatureUsageResponseData of the request's company, filtered by feature_ids and q."""
    company = _usage_company(call)
    rows = catalog_render.company_usage(call.store, company, time.time())
    feature_ids = call.params.get("feature_ids")
    if feature_ids:
        rows = [row for row in rows if row["feature"]["id"] in feature_ids]
    q = call.params.get("q")
    return [row for row in rows if _matches(q, row["feature"]["name"], row["feature"]["id"])]


def get_feature_usage_by_company(call: Call) -> Reply:
    """getFeatureUsageByCompany: the usage of every feature the company (by keys) is entitled to."""
    return ok(call, {"features": _filtered_usage(call)})


def list_feature_usage(call: Call) -> Reply:
    """listFeatureUsage: by company_id or company_keys, filtered by feature_ids and q."""
    return ok(call, _paged(call, _filtered_usage(call)))


def count_feature_usage(call: Call) -> Reply:
    """countFeatureUsage."""
    return ok(call, {"count": len(_filtered_usage(call))})


# -- credits ---------------------------------------------------------------------------------


def credit_values(body: Mapping[str, Any], current: CreditRow | None = None) -> dict[str, Any]:
    """A credit type's stored fields from a create/update body over its current ones."""
    values = {name: getattr(current, name) for name in _CREDIT_FIELDS} if current else {}
    values.update({name: body.get(name) for name in _CREDIT_FIELDS if name in body})
    values["currency"] = body.get("currency") or (current.currency if current else "usd")
    return values


def _filtered_credits(call: Call) -> list[CreditRow]:
    """Credit types, oldest first, filtered by ids and name."""
    rows = Catalog(call.store).credits()
    if call.params.get("ids") is not None:
        rows = [row for row in rows if row.id in call.params["ids"]]
    return [row for row in rows if _matches(call.params.get("name"), row.name)]


def list_billing_credits(call: Call) -> Reply:
    """listBillingCredits: oldest first, filtered by ids and name (a substring)."""
    return ok(call, [catalog_render.credit(row) for row in _paged(call, _filtered_credits(call))])


def count_billing_credits(call: Call) -> Reply:
    """countBillingCredits."""
    return ok(call, {"count": len(_filtered_credits(call))})


def _required_credit(call: Call) -> CreditRow:
    """The credit type of the path's ``credit_id`` (404 if none or soft-deleted)."""
    credit_id = call.params["credit_id"]
    return _required(Catalog(call.store).credit(credit_id), "credit", credit_id)


def create_billing_credit(call: Call) -> Reply:
    """createBillingCredit: a credit type (prices are accepted, not applied)."""
    row = Catalog(call.store).save_credit(credit_values(call.body), time.time())
    return ok(call, catalog_render.credit(row), 201)


def get_single_billing_credit(call: Call) -> Reply:
    """getSingleBillingCredit."""
    return ok(call, catalog_render.credit(_required_credit(call)))


def update_billing_credit(call: Call) -> Reply:
    """updateBillingCredit."""
    current = _required_credit(call)
    row = Catalog(call.store).save_credit(credit_values(call.body, current), time.time(), current.id)
    return ok(call, catalog_render.credit(row))


def soft_delete_billing_credit(call: Call) -> Reply:
    """softDeleteBillingCredit: hidden from then on; its grants stay on record and stop counting."""
    if not Catalog(call.store).soft_delete_credit(_required_credit(call).id, time.time()):
        raise NotFound(f"credit not found: {call.params['credit_id']}")
    return ok(call, {"deleted": True})


def _ledgers(store: Store, company_id: str) -> dict[str, CreditLedger]:
    """A company's credit ledgers now (none for an unknown company)."""
    company = store.entity("company", company_id)
    return company_entitlements(store, company, time.time())[1] if company is not None else {}


def _rendered_grants(call: Call, rows: Sequence[GrantRow]) -> list[dict[str, Any]]:
    """BillingCreditGrantResponseData of each grant, with what it has burnt per its company's ledger."""
    catalog = Catalog(call.store)
    ledgers: dict[str, dict[str, CreditLedger]] = {}
    rendered = []
    for row in rows:
        if row.company_id not in ledgers:
            ledgers[row.company_id] = _ledgers(call.store, row.company_id)
        ledger = ledgers[row.company_id].get(row.credit_id)
        burnt = {grant.id: (used, left) for grant, used, left in ledger.grants} if ledger else {}
        used, left = burnt.get(row.id, (0.0, 0.0 if row.zeroed_out_at is not None else row.quantity))
        rendered.append(catalog_render.grant(catalog, row, used, left))
    return rendered


def grant_billing_credits_to_company(call: Call) -> Reply:
    """grantBillingCreditsToCompany: a positive quantity of an existing credit to an existing company."""
    store = call.store
    body = call.body
    catalog = Catalog(store)
    if store.entity("company", body["company_id"]) is None:
        raise ApiError(400, f"company_id: no company {body['company_id']}")
    if catalog.credit(body["credit_id"]) is None:
        raise ApiError(400, f"credit_id: no credit {body['credit_id']}")
    if body["quantity"] <= 0:
        raise ApiError(400, "quantity: must be positive")
    row = catalog.add_grant(
        {
            "company_id": body["company_id"],
            "credit_id": body["credit_id"],
            "quantity": float(body["quantity"]),
            "reason": body["reason"],
            "expires_at": _time(body.get("expires_at"), "expires_at"),
            "renewal_enabled": int(bool(body.get("renewal_enabled"))),
        },
        time.time(),
    )
    return ok(call, _rendered_grants(call, [row])[0], 201)


_GRANT_ORDER: dict[str, Callable[[dict[str, Any]], Any]] = {
    "created_at": lambda grant: grant["created_at"],
    "expires_at": lambda grant: grant["expires_at"] or "",
    "quantity": lambda grant: grant["quantity"],
    "quantity_remaining": lambda grant: grant["quantity_remaining"],
}


def _company_grants(call: Call) -> list[dict[str, Any]]:
    """A company's grants (or every grant), rendered and ordered by ``order`` and ``dir``."""
    rows = Catalog(call.store).grants(company_id=call.params.get("company_id"))
    rendered = _rendered_grants(call, rows)
    order = call.params.get("order", "created_at")
    rendered.sort(key=_GRANT_ORDER[order], reverse=call.params.get("dir") == "desc")
    return rendered


def list_company_grants(call: Call) -> Reply:
    """listCompanyGrants: by company_id, ordered by ``order`` (created_at by default) and ``dir``."""
    return ok(call, _paged(call, _company_grants(call)))


def count_company_grants(call: Call) -> Reply:
    """countCompanyGrants."""
    return ok(call, {"count": len(_company_grants(call))})


def list_grants_for_credit(call: Call) -> Reply:
    """listGrantsForCredit: the grants of a credit type (or of every one), filtered by ids."""
    rows = Catalog(call.store).grants(credit_id=call.params.get("credit_id"))
    if call.params.get("ids") is not None:
        rows = [row for row in rows if row.id in call.params["ids"]]
    return ok(call, _rendered_grants(call, _paged(call, rows)))


def zero_out_grant(call: Call) -> Reply:
    """zeroOutGrant: what the grant has burnt stays burnt, the rest is gone (again: no change)."""
    grant_id = call.params["grant_id"]
    catalog = Catalog(call.store)
    row = _required(catalog.grant(grant_id), "grant", grant_id)
    (before,) = _rendered_grants(call, [row])
    reason = (call.body or {}).get("reason")
    zeroed = catalog.zero_out_grant(grant_id, before["quantity_used"], reason, time.time())
    return ok(call, _rendered_grants(call, [zeroed])[0])


def list_company_credit_balances(call: Call) -> Reply:
    """listCompanyCreditBalances: one balance per credit type the company holds grants of."""
    company_id = call.params.get("company_id")
    if not company_id:
        raise ApiError(400, "company_id: required")
    _required(call.store.entity("company", company_id), "company", company_id)
    return ok(call, [catalog_render.balance(ledger) for ledger in _ledgers(call.store, company_id).values()])


HANDLERS: dict[str, Handler] = {  # The catalog area; operations.HANDLERS has every area.
    "listFeatures": list_features,
    "countFeatures": count_features,
    "createFeature": create_feature,
    "getFeature": get_feature,
    "updateFeature": update_feature,
    "deleteFeature": delete_feature,
    "listPlans": list_plans,
    "countPlans": count_plans,
    "createPlan": create_plan,
    "getPlan": get_plan,
    "updatePlan": update_plan,
    "deletePlan": delete_plan,
    "updateCompanyPlans": update_company_plans,
    "listPlanEntitlements": _list_entitlements("plan"),
    "countPlanEntitlements": _count_entitlements("plan"),
    "createPlanEntitlement": create_plan_entitlement,
    "getPlanEntitlement": _get_entitlement("plan"),
    "updatePlanEntitlement": _update_entitlement("plan"),
    "deletePlanEntitlement": _delete_entitlement("plan"),
    "listCompanyOverrides": _list_entitlements("company"),
    "countCompanyOverrides": _count_entitlements("company"),
    "createCompanyOverride": create_company_override,
    "getCompanyOverride": _get_entitlement("company"),
    "updateCompanyOverride": _update_entitlement("company"),
    "deleteCompanyOverride": _delete_entitlement("company"),
    "getFeatureUsageByCompany": get_feature_usage_by_company,
    "listFeatureUsage": list_feature_usage,
    "countFeatureUsage": count_feature_usage,
    "listBillingCredits": list_billing_credits,
    "countBillingCredits": count_billing_credits,
    "createBillingCredit": create_billing_credit,
    "getSingleBillingCredit": get_single_billing_credit,
    "updateBillingCredit": update_billing_credit,
    "softDeleteBillingCredit": soft_delete_billing_credit,
    "grantBillingCreditsToCompany": grant_billing_credits_to_company,
    "listCompanyGrants": list_company_grants,
    "countCompanyGrants": count_company_grants,
    "listGrantsForCredit": list_grants_for_credit,
    "zeroOutGrant": zero_out_grant,
    "listCompanyCreditBalances": list_company_credit_balances,
}
