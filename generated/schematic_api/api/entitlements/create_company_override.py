"""`POST /company-overrides` (create_company_override): Override a feature entitlement for one company."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.create_company_override_response import CreateCompanyOverrideResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.entitlement_value_type import EntitlementValueType
    from ...models.metric_period import MetricPeriod
    from ...models.metric_period_month_reset import MetricPeriodMonthReset


def build_request(
    *,
    company_id: str,
    feature_id: str,
    value_type: EntitlementValueType,
    credit_consumption_rate: float | None | Unset = UNSET,
    expiration_date: datetime.datetime | None | Unset = UNSET,
    metric_period: MetricPeriod | None | Unset = UNSET,
    metric_period_month_reset: MetricPeriodMonthReset | None | Unset = UNSET,
    note: str | None | Unset = UNSET,
    value_bool: bool | None | Unset = UNSET,
    value_credit_id: str | None | Unset = UNSET,
    value_numeric: int | None | Unset = UNSET,
    value_trait_id: str | None | Unset = UNSET,
) -> PreparedRequest:
    """Override a feature entitlement for one company: the request, described but not sent.

    `POST /company-overrides`

    Args:
        company_id (str)
        feature_id (str)
        value_type (EntitlementValueType)
        credit_consumption_rate (float | None, optional)
        expiration_date (datetime.datetime | None, optional)
        metric_period (MetricPeriod | None, optional)
        metric_period_month_reset (MetricPeriodMonthReset | None, optional)
        note (str | None, optional)
        value_bool (bool | None, optional)
        value_credit_id (str | None, optional)
        value_numeric (int | None, optional)
        value_trait_id (str | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "company_id": company_id,
        "feature_id": feature_id,
        "value_type": value_type,
    }
    if not isinstance(credit_consumption_rate, Unset):
        _json["credit_consumption_rate"] = credit_consumption_rate
    if not isinstance(expiration_date, Unset):
        _json["expiration_date"] = expiration_date
    if not isinstance(metric_period, Unset):
        _json["metric_period"] = metric_period
    if not isinstance(metric_period_month_reset, Unset):
        _json["metric_period_month_reset"] = metric_period_month_reset
    if not isinstance(note, Unset):
        _json["note"] = note
    if not isinstance(value_bool, Unset):
        _json["value_bool"] = value_bool
    if not isinstance(value_credit_id, Unset):
        _json["value_credit_id"] = value_credit_id
    if not isinstance(value_numeric, Unset):
        _json["value_numeric"] = value_numeric
    if not isinstance(value_trait_id, Unset):
        _json["value_trait_id"] = value_trait_id
    return PreparedRequest(
        method="POST",
        path="/company-overrides",
        operation="createCompanyOverride",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> CreateCompanyOverrideResponse:
    """Parse a successful `create_company_override` response into its typed model, CreateCompanyOverrideResponse."""
    return CreateCompanyOverrideResponse.from_dict(response.json())
