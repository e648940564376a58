"""The answer to a flag check, field for field a `RulesengineCheckFlagResult`."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

__all__ = ["REASON_NO_RULES_MATCHED", "CheckFlagResult"]

REASON_NO_RULES_MATCHED = "No rules matched; default value for flag"


@attrs.frozen(slots=True, kw_only=True)
class CheckFlagResult:
    """`entitlement` is the company's entitlement for the flag's feature (a shared dict: do not mutate)."""

    value: bool
    reason: str
    flag_key: str
    flag_id: str | None = None
    company_id: str | None = None
    user_id: str | None = None
    rule_id: str | None = None
    rule_type: str | None = None
    err: str | None = None
    entitlement: dict[str, Any] | None = None
    feature_allocation: int | None = None
    feature_usage: int | None = None
    feature_usage_event: str | None = None
    feature_usage_period: str | None = None
    feature_usage_reset_at: datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: the reset time as RFC 3339, absent fields as None."""
        data = attrs.asdict(self, recurse=False)
        if self.feature_usage_reset_at is not None:
            data["feature_usage_reset_at"] = self.feature_usage_reset_at.isoformat()
        if self.entitlement is not None:
            data["entitlement"] = dict(self.entitlement)
        return data
