"""What a company's plans, add-ons, overrides and credits contribute to its rules-engine view."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from schematic_devserver.store import Store

__all__ = ["CompanyCatalogView", "company_catalog_view"]


@dataclass(frozen=True)
class CompanyCatalogView:
    """The catalog's part of a `RulesengineCompany` (see engine_view for the rest)."""

    base_plan_id: str | None = None
    plan_ids: list[str] = field(default_factory=list)
    """The base plan and every add-on."""
    credit_balances: dict[str, float] = field(default_factory=dict)
    entitlements: list[dict[str, Any]] = field(default_factory=list)
    """`RulesengineFeatureEntitlement` per feature the company is entitled to."""
    rules: list[dict[str, Any]] = field(default_factory=list)
    """`RulesengineRule`s (plan entitlements, overrides) for the flags of entitled features."""
    metrics: list[dict[str, Any]] = field(default_factory=list)
    """`RulesengineCompanyMetric` for every (event_subtype, period, month_reset) an entitlement meters."""


def company_catalog_view(store: Store, company_id: str, now: float) -> CompanyCatalogView:
    """The catalog's contribution for one company at `now` (epoch seconds)."""
    return CompanyCatalogView()
