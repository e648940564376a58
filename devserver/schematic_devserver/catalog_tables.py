"""The catalog's SQLite tables (features, plans, entitlements, company plans, credits, grants).

Kept apart from ``catalog`` so the Store can create them without importing the catalog's code.
"""

from __future__ import annotations

__all__ = ["SCHEMA", "TABLES"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS features (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    feature_type TEXT NOT NULL,
    event_subtype TEXT,
    trait_id TEXT,
    icon TEXT,
    lifecycle_phase TEXT,
    maintainer_account_member_id TEXT,
    plural_name TEXT,
    singular_name TEXT,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS plans (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    plan_type TEXT NOT NULL,
    icon TEXT,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS catalog_entitlements (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    feature_id TEXT NOT NULL,
    rule_id TEXT NOT NULL,
    rule_id_usage_exceeded TEXT NOT NULL,
    value_type TEXT NOT NULL,
    value_bool INTEGER,
    value_numeric INTEGER,
    value_trait_id TEXT,
    value_credit_id TEXT,
    consumption_rate REAL,
    metric_period TEXT,
    month_reset TEXT,
    soft_limit INTEGER,
    expiration_date REAL,
    note TEXT,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    UNIQUE (kind, owner_id, feature_id)
);
CREATE INDEX IF NOT EXISTS catalog_entitlements_feature ON catalog_entitlements (feature_id);
CREATE TABLE IF NOT EXISTS company_plans (
    company_id TEXT NOT NULL,
    plan_id TEXT NOT NULL,
    is_base INTEGER NOT NULL,
    added_at REAL NOT NULL,
    PRIMARY KEY (company_id, plan_id)
);
CREATE INDEX IF NOT EXISTS company_plans_plan ON company_plans (plan_id);
CREATE TABLE IF NOT EXISTS credits (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    currency TEXT NOT NULL,
    icon TEXT,
    plural_name TEXT,
    singular_name TEXT,
    burn_strategy TEXT,
    default_expiry_unit TEXT,
    default_expiry_unit_count INTEGER,
    default_rollover_policy TEXT,
    deleted_at REAL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS credit_grants (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL,
    credit_id TEXT NOT NULL,
    quantity REAL NOT NULL,
    reason TEXT NOT NULL,
    expires_at REAL,
    renewal_enabled INTEGER NOT NULL,
    zeroed_out_at REAL,
    zeroed_out_reason TEXT,
    zeroed_used REAL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS credit_grants_company ON credit_grants (company_id, credit_id);
"""

TABLES = ("features", "plans", "catalog_entitlements", "company_plans", "credits", "credit_grants")
"""Every catalog table, for ``Store.wipe``."""
