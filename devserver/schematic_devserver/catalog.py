"""The catalog's data: features, plans and add-ons, plan entitlements and company overrides, company
plan assignments, credit types and grants, as rows over the tables of ``catalog_tables``.

Plan entitlements and company overrides share one table and one row type (``EntitlementRow``, its
``kind`` ``plan`` or ``company``), so their values are read, checked and turned into rules one way.
Every write is one store transaction and records the changes the datastream and webhooks follow:
the resource itself, each company whose view it changes, each flag whose rules it changes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any, TypeVar

from schematic_devserver.store import Conflict, NotFound, Store, new_id
from schematic_ext._rules.credits import DEFAULT_CONSUMPTION_RATE

__all__ = [
    "Catalog",
    "CompanyPlanRow",
    "CreditRow",
    "EntitlementRow",
    "FeatureRow",
    "GrantRow",
    "PlanRow",
]


@dataclass(frozen=True)
class FeatureRow:
    """A stored feature."""

    id: str
    name: str
    description: str
    feature_type: str
    event_subtype: str | None
    trait_id: str | None
    icon: str | None
    lifecycle_phase: str | None
    maintainer_account_member_id: str | None
    plural_name: str | None
    singular_name: str | None
    created_at: float
    updated_at: float


@dataclass(frozen=True)
class PlanRow:
    """A stored plan or add-on (``plan_type``)."""

    id: str
    name: str
    description: str
    plan_type: str
    icon: str | None
    created_at: float
    updated_at: float


@dataclass(frozen=True)
class EntitlementRow:
    """A plan entitlement (``kind`` plan, ``owner_id`` the plan) or company override (company, the company)."""

    id: str
    kind: str
    owner_id: str
    feature_id: str
    rule_id: str
    rule_id_usage_exceeded: str
    value_type: str
    value_bool: bool | None
    value_numeric: int | None
    value_trait_id: str | None
    value_credit_id: str | None
    consumption_rate: float | None
    metric_period: str | None
    month_reset: str | None
    soft_limit: int | None
    expiration_date: float | None
    note: str | None
    created_at: float
    updated_at: float

    @property
    def credit_rate(self) -> float:
        """The credits one unit burns (the engine's default when the entitlement names no rate)."""
        return DEFAULT_CONSUMPTION_RATE if self.consumption_rate is None else self.consumption_rate


@dataclass(frozen=True)
class CompanyPlanRow:
    """A plan a company is on: its base plan (``is_base``) or an add-on."""

    company_id: str
    plan_id: str
    is_base: bool
    added_at: float


@dataclass(frozen=True)
class CreditRow:
    """A stored credit type; ``deleted_at`` is set by a soft delete."""

    id: str
    name: str
    description: str
    currency: str
    icon: str | None
    plural_name: str | None
    singular_name: str | None
    burn_strategy: str | None
    default_expiry_unit: str | None
    default_expiry_unit_count: int | None
    default_rollover_policy: str | None
    deleted_at: float | None
    created_at: float
    updated_at: float


@dataclass(frozen=True)
class GrantRow:
    """Credits granted to a company; ``zeroed_used`` is what it had burnt when it was zeroed out."""

    id: str
    company_id: str
    credit_id: str
    quantity: float
    reason: str
    expires_at: float | None
    renewal_enabled: bool
    zeroed_out_at: float | None
    zeroed_out_reason: str | None
    zeroed_used: float | None
    created_at: float
    updated_at: float


_Row = TypeVar("_Row", FeatureRow, PlanRow, EntitlementRow, CompanyPlanRow, CreditRow, GrantRow)
_TABLES: dict[type[Any], str] = {
    FeatureRow: "features",
    PlanRow: "plans",
    EntitlementRow: "catalog_entitlements",
    CompanyPlanRow: "company_plans",
    CreditRow: "credits",
    GrantRow: "credit_grants",
}
_BOOLEAN_COLUMNS = frozenset(("value_bool", "is_base", "renewal_enabled"))
_VALUE_COLUMNS = (
    "value_type",
    "value_bool",
    "value_numeric",
    "value_trait_id",
    "value_credit_id",
    "consumption_rate",
    "metric_period",
    "month_reset",
    "soft_limit",
    "expiration_date",
    "note",
)
"""The columns of an entitlement a create or update sets."""


_COLUMNS: dict[type[Any], tuple[str, ...]] = {
    row_type: tuple(f.name for f in fields(row_type)) for row_type in _TABLES
}
"""Each row type's column names, in its table's order."""
_SAVED: dict[type[Any], tuple[str, str]] = {
    FeatureRow: ("feature", "feat"),
    PlanRow: ("plan", "plan"),
    CreditRow: ("credit", "bcrd"),
}
"""The change kind and id prefix of each row type saved whole by `Catalog._save_tx`."""
_BOOLEANS: dict[type[Any], frozenset[int]] = {
    row_type: frozenset(i for i, name in enumerate(names) if name in _BOOLEAN_COLUMNS)
    for row_type, names in _COLUMNS.items()
}
"""Where each row type's 0/1 columns sit in its rows."""


def _make(row_type: type[_Row], raw: Sequence[Any]) -> _Row:
    """A row type from a fetched row, 0/1 columns turned into booleans."""
    booleans = _BOOLEANS[row_type]
    values: list[Any] = [
        (None if value is None else bool(value)) if index in booleans else value
        for index, value in enumerate(raw)
    ]
    return row_type(*values)


_LIVE_COMPANY = "IN (SELECT id FROM entities WHERE entity_type = 'company')"
"""A deleted company leaves its plan assignments, overrides and grants behind: they are read past."""


def _placeholders(values: Sequence[Any]) -> str:
    """``?,?,…`` for an IN list of the values."""
    return ",".join("?" * len(values))


class Catalog:
    """The catalog's reads and writes over a Store (cheap to build: it holds only the store)."""

    def __init__(self, store: Store) -> None:
        """Bind the catalog to the store it reads and writes."""
        self.store = store

    # -- reading -----------------------------------------------------------------------------

    def _select(self, row_type: type[_Row], where: str = "", params: Sequence[Any] = ()) -> list[_Row]:
        """Rows of a type matching a WHERE clause, oldest first (company plans by when they were added)."""
        columns = ", ".join(_COLUMNS[row_type])
        table = _TABLES[row_type]
        order = "added_at, plan_id" if row_type is CompanyPlanRow else "created_at, id"
        rows = self.store.read(f"SELECT {columns} FROM {table} {where} ORDER BY {order}", params)
        return [_make(row_type, row) for row in rows]

    def _one(self, row_type: type[_Row], row_id: str) -> _Row | None:
        """The row of a type with an id, None if there is none."""
        found = self._select(row_type, "WHERE id = ?", (row_id,))
        return found[0] if found else None

    def feature(self, feature_id: str) -> FeatureRow | None:
        """One feature by id."""
        return self._one(FeatureRow, feature_id)

    def features(self, ids: Sequence[str] | None = None) -> list[FeatureRow]:
        """Every feature (or those of ``ids``), oldest first."""
        if ids is None:
            return self._select(FeatureRow)
        return self._select(FeatureRow, f"WHERE id IN ({_placeholders(ids)})", ids) if ids else []

    def plan(self, plan_id: str) -> PlanRow | None:
        """One plan or add-on by id."""
        return self._one(PlanRow, plan_id)

    def plans(self) -> list[PlanRow]:
        """Every plan and add-on, oldest first."""
        return self._select(PlanRow)

    def entitlement(self, kind: str, entitlement_id: str) -> EntitlementRow | None:
        """One plan entitlement (``kind`` plan) or company override (company) by id."""
        found = self._select(EntitlementRow, "WHERE id = ? AND kind = ?", (entitlement_id, kind))
        return found[0] if found else None

    def entitlements(
        self, kind: str, owner_ids: Sequence[str] | None = None, feature_id: str | None = None
    ) -> list[EntitlementRow]:
        """Plan entitlements or company overrides, oldest first, of some plans/companies and a feature."""
        where, params = ["kind = ?"], [kind]
        if kind == "company":
            where.append(f"owner_id {_LIVE_COMPANY}")
        if owner_ids is not None:
            if not owner_ids:
                return []
            where.append(f"owner_id IN ({_placeholders(owner_ids)})")
            params.extend(owner_ids)
        if feature_id is not None:
            where.append("feature_id = ?")
            params.append(feature_id)
        return self._select(EntitlementRow, f"WHERE {' AND '.join(where)}", params)

    def company_plans(self, company_id: str) -> list[CompanyPlanRow]:
        """The company's base plan (first) and add-ons, in the order they were added."""
        rows = self._select(CompanyPlanRow, "WHERE company_id = ?", (company_id,))
        return sorted(rows, key=lambda row: not row.is_base)

    def plan_company_count(self, plan_id: str) -> int:
        """How many companies are on a plan or add-on."""
        sql = f"SELECT COUNT(*) FROM company_plans WHERE plan_id = ? AND company_id {_LIVE_COMPANY}"
        return int(self.store.read(sql, (plan_id,))[0][0])

    def plan_company_ids(self, plan_ids: Sequence[str]) -> list[str]:
        """The companies on any of the plans."""
        if not plan_ids:
            return []
        sql = (
            f"SELECT DISTINCT company_id FROM company_plans WHERE plan_id IN ({_placeholders(plan_ids)}) "
            f"AND company_id {_LIVE_COMPANY}"
        )
        return sorted(row[0] for row in self.store.read(sql, plan_ids))

    def feature_plan_ids(self, feature_id: str) -> list[str]:
        """The plans with an entitlement to the feature."""
        return [row.owner_id for row in self.entitlements("plan", feature_id=feature_id)]

    def credit(self, credit_id: str, *, deleted: bool = False) -> CreditRow | None:
        """One credit type by id (soft-deleted ones only when ``deleted``)."""
        found = self._one(CreditRow, credit_id)
        return found if found is not None and (deleted or found.deleted_at is None) else None

    def credits(self) -> list[CreditRow]:
        """Every credit type not soft-deleted, oldest first."""
        return self._select(CreditRow, "WHERE deleted_at IS NULL")

    def grant(self, grant_id: str) -> GrantRow | None:
        """One grant by id."""
        return self._one(GrantRow, grant_id)

    def grants(self, company_id: str | None = None, credit_id: str | None = None) -> list[GrantRow]:
        """Grants, oldest first, of a company and/or a credit type."""
        where, params = [f"company_id {_LIVE_COMPANY}"], []
        for column, value in (("company_id", company_id), ("credit_id", credit_id)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        return self._select(GrantRow, f"WHERE {' AND '.join(where)}", params)

    def trait_usage(self, definition_id: str) -> dict[str, int]:
        """How many features meter a trait, and plan entitlements and overrides take their allocation from it."""
        features = self.store.read("SELECT COUNT(*) FROM features WHERE trait_id = ?", (definition_id,))
        by_kind = dict(
            self.store.read(
                "SELECT kind, COUNT(*) FROM catalog_entitlements WHERE value_trait_id = ? "
                f"AND (kind = 'plan' OR owner_id {_LIVE_COMPANY}) GROUP BY kind",
                (definition_id,),
            )
        )
        return {
            "feature_count": int(features[0][0]),
            "plan_entitlement_count": int(by_kind.get("plan", 0)),
            "company_override_count": int(by_kind.get("company", 0)),
        }

    def linked_flag_ids(self, feature_ids: Iterable[str]) -> list[str]:
        """The flags linked to any of the features."""
        wanted = set(feature_ids)
        return [flag.id for flag in self.store.flags() if flag.feature_id in wanted]

    # -- writing -----------------------------------------------------------------------------

    def _changed_flags_tx(self, feature_ids: Iterable[str]) -> None:
        """Record a change of every flag linked to the features (inside a transaction)."""
        for flag_id in self.linked_flag_ids(feature_ids):
            self.store.changed_tx("flag", flag_id)

    def _changed_companies_tx(self, company_ids: Iterable[str]) -> None:
        """Record a change of each company, once (inside a transaction)."""
        for company_id in sorted(set(company_ids)):
            self.store.changed_tx("company", company_id)

    def _owner_companies(self, kind: str, owner_id: str) -> list[str]:
        """The companies an entitlement's owner covers: the company itself, or those on the plan."""
        return [owner_id] if kind == "company" else self.plan_company_ids([owner_id])

    @staticmethod
    def _insert(conn: sqlite3.Connection, row_type: type[Any], values: Mapping[str, Any]) -> None:
        """INSERT one row of a type from a column → value mapping."""
        names = list(values)
        conn.execute(
            f"INSERT INTO {_TABLES[row_type]} ({', '.join(names)}) VALUES ({_placeholders(names)})",
            [values[name] for name in names],
        )

    @staticmethod
    def _update(
        conn: sqlite3.Connection, row_type: type[Any], row_id: str, values: Mapping[str, Any]
    ) -> None:
        """UPDATE the given columns of one row of a type."""
        assignments = ", ".join(f"{name} = ?" for name in values)
        conn.execute(f"UPDATE {_TABLES[row_type]} SET {assignments} WHERE id = ?", [*values.values(), row_id])

    def _save_tx(
        self,
        conn: sqlite3.Connection,
        row_type: type[Any],
        values: Mapping[str, Any],
        now: float,
        row_id: str | None,
    ) -> tuple[str, bool]:
        """Insert a row under a new id, or update ``row_id``'s columns, and record the change.

        Returns the row's id and whether it was created.
        """
        kind, prefix = _SAVED[row_type]
        if row_id is None:
            row_id = new_id(prefix)
            self._insert(conn, row_type, {"id": row_id, **values, "created_at": now, "updated_at": now})
            self.store.changed_tx(kind, row_id, "created")
            return row_id, True
        self._update(conn, row_type, row_id, {**values, "updated_at": now})
        self.store.changed_tx(kind, row_id)
        return row_id, False

    def save_feature(
        self, values: Mapping[str, Any], now: float, feature_id: str | None = None
    ) -> FeatureRow:
        """Create a feature, or replace ``feature_id``'s fields with ``values``."""
        with self.store.transaction() as conn:
            feature_id, created = self._save_tx(conn, FeatureRow, values, now, feature_id)
            if not created:
                self._changed_flags_tx([feature_id])
                overrides = self.entitlements("company", feature_id=feature_id)
                self._changed_companies_tx(
                    [row.owner_id for row in overrides]
                    + self.plan_company_ids(self.feature_plan_ids(feature_id))
                )
        found = self.feature(feature_id)
        assert found is not None  # Written just now.
        return found

    def delete_feature(self, feature_id: str) -> bool:
        """Delete a feature with its plan entitlements and company overrides; False if it did not exist."""
        with self.store.transaction() as conn:
            affected = [row.owner_id for row in self.entitlements("company", feature_id=feature_id)]
            affected += self.plan_company_ids(self.feature_plan_ids(feature_id))
            if not conn.execute("DELETE FROM features WHERE id = ?", (feature_id,)).rowcount:
                return False
            conn.execute("DELETE FROM catalog_entitlements WHERE feature_id = ?", (feature_id,))
            self.store.changed_tx("feature", feature_id, "deleted")
            self._changed_flags_tx([feature_id])
            self._changed_companies_tx(affected)
        return True

    def save_plan(self, values: Mapping[str, Any], now: float, plan_id: str | None = None) -> PlanRow:
        """Create a plan or add-on, or replace ``plan_id``'s fields with ``values``."""
        with self.store.transaction() as conn:
            plan_id, created = self._save_tx(conn, PlanRow, values, now, plan_id)
            if not created:
                self._changed_companies_tx(self.plan_company_ids([plan_id]))
        found = self.plan(plan_id)
        assert found is not None  # Written just now.
        return found

    def delete_plan(self, plan_id: str) -> bool:
        """Delete a plan with its entitlements, taking it off every company; False if it did not exist."""
        with self.store.transaction() as conn:
            companies = self.plan_company_ids([plan_id])
            features = [row.feature_id for row in self.entitlements("plan", [plan_id])]
            if not conn.execute("DELETE FROM plans WHERE id = ?", (plan_id,)).rowcount:
                return False
            conn.execute("DELETE FROM catalog_entitlements WHERE kind = 'plan' AND owner_id = ?", (plan_id,))
            conn.execute("DELETE FROM company_plans WHERE plan_id = ?", (plan_id,))
            self.store.changed_tx("plan", plan_id, "deleted")
            self._changed_flags_tx(features)
            self._changed_companies_tx(companies)
        return True

    def set_company_plans(
        self, company_id: str, base_plan_id: str | None, add_on_ids: Sequence[str], now: float
    ) -> None:
        """Replace the company's base plan and add-ons (kept plans keep when they were added)."""
        wanted = [(base_plan_id, True)] if base_plan_id else []
        wanted += [(plan_id, False) for plan_id in dict.fromkeys(add_on_ids) if plan_id != base_plan_id]
        with self.store.transaction() as conn:
            added = {row.plan_id: row.added_at for row in self.company_plans(company_id)}
            conn.execute("DELETE FROM company_plans WHERE company_id = ?", (company_id,))
            conn.executemany(
                "INSERT INTO company_plans (company_id, plan_id, is_base, added_at) VALUES (?, ?, ?, ?)",
                [(company_id, plan_id, int(is_base), added.get(plan_id, now)) for plan_id, is_base in wanted],
            )
            self.store.changed_tx("company", company_id)

    def save_entitlement(
        self,
        kind: str,
        owner_id: str,
        feature_id: str,
        values: Mapping[str, Any],
        now: float,
        entitlement_id: str | None = None,
    ) -> EntitlementRow:
        """Create a plan entitlement/company override, or replace ``entitlement_id``'s value columns.

        A second entitlement of one plan (or override of one company) to a feature is a Conflict.
        """
        values = {name: values.get(name) for name in _VALUE_COLUMNS}
        values["value_bool"] = None if values["value_bool"] is None else int(values["value_bool"])
        with self.store.transaction() as conn:
            if entitlement_id is None:
                taken = self.entitlements(kind, [owner_id], feature_id)
                if taken:
                    owner = "plan" if kind == "plan" else "company"
                    what = "an entitlement" if kind == "plan" else "an override"
                    raise Conflict(
                        f"feature_id: {owner} {owner_id} already has {what} for feature {feature_id}"
                    )
                entitlement_id = new_id("pltl" if kind == "plan" else "cmov")
                self._insert(
                    conn,
                    EntitlementRow,
                    {
                        "id": entitlement_id,
                        "kind": kind,
                        "owner_id": owner_id,
                        "feature_id": feature_id,
                        "rule_id": new_id("rule"),
                        "rule_id_usage_exceeded": new_id("rule"),
                        **values,
                        "created_at": now,
                        "updated_at": now,
                    },
                )
                action = "created"
            else:
                self._update(conn, EntitlementRow, entitlement_id, {**values, "updated_at": now})
                action = "updated"
            self.store.changed_tx(
                "plan_entitlement" if kind == "plan" else "company_override", entitlement_id, action
            )
            self._changed_flags_tx([feature_id])
            self._changed_companies_tx(self._owner_companies(kind, owner_id))
        found = self.entitlement(kind, entitlement_id)
        assert found is not None  # Written just now.
        return found

    def delete_entitlement(self, kind: str, entitlement_id: str) -> bool:
        """Delete a plan entitlement or company override; False if it did not exist."""
        with self.store.transaction() as conn:
            found = self.entitlement(kind, entitlement_id)
            if found is None:
                return False
            conn.execute("DELETE FROM catalog_entitlements WHERE id = ?", (entitlement_id,))
            self.store.changed_tx(
                "plan_entitlement" if kind == "plan" else "company_override", entitlement_id, "deleted"
            )
            self._changed_flags_tx([found.feature_id])
            self._changed_companies_tx(self._owner_companies(kind, found.owner_id))
        return True

    def save_credit(self, values: Mapping[str, Any], now: float, credit_id: str | None = None) -> CreditRow:
        """Create a credit type, or replace ``credit_id``'s fields with ``values``."""
        with self.store.transaction() as conn:
            credit_id, _ = self._save_tx(conn, CreditRow, values, now, credit_id)
        found = self.credit(credit_id)
        assert found is not None  # Written just now.
        return found

    def soft_delete_credit(self, credit_id: str, now: float) -> bool:
        """Hide a credit type (its grants stay on record); False if there was none to delete."""
        with self.store.transaction() as conn:
            if not conn.execute(
                "UPDATE credits SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL",
                (now, now, credit_id),
            ).rowcount:
                return False
            self.store.changed_tx("credit", credit_id, "deleted")
            holders = self.store.read(
                "SELECT DISTINCT company_id FROM credit_grants WHERE credit_id = ?", (credit_id,)
            )
            self._changed_companies_tx(row[0] for row in holders)
        return True

    def add_grant(self, values: Mapping[str, Any], now: float) -> GrantRow:
        """Grant credits to a company."""
        grant_id = new_id("cgrt")
        with self.store.transaction() as conn:
            self._insert(
                conn,
                GrantRow,
                {"id": grant_id, **values, "created_at": now, "updated_at": now},
            )
            self.store.changed_tx("credit", values["credit_id"])
            self.store.changed_tx("company", values["company_id"])
        found = self.grant(grant_id)
        assert found is not None  # Written just now.
        return found

    def zero_out_grant(self, grant_id: str, used: float, reason: str | None, now: float) -> GrantRow:
        """End a grant: what it had burnt (``used``) stays burnt, the rest is gone."""
        with self.store.transaction() as conn:
            found = self.grant(grant_id)
            if found is None:
                raise NotFound(f"grant not found: {grant_id}")
            if found.zeroed_out_at is None:
                self._update(
                    conn,
                    GrantRow,
                    grant_id,
                    {
                        "zeroed_out_at": now,
                        "zeroed_out_reason": reason,
                        "zeroed_used": used,
                        "updated_at": now,
                    },
                )
                self.store.changed_tx("company", found.company_id)
        zeroed = self.grant(grant_id)
        assert zeroed is not None
        return zeroed
