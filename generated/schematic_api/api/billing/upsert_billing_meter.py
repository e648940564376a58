"""`POST /billing/meter/upsert` (upsert_billing_meter): Upsert billing meter."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.upsert_billing_meter_response import UpsertBillingMeterResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.billing_provider_type import BillingProviderType


def build_request(
    *,
    display_name: str,
    event_name: str,
    event_payload_key: str,
    external_id: str,
    provider_type: BillingProviderType | None | Unset = UNSET,
) -> PreparedRequest:
    """Upsert billing meter: the request, described but not sent.

    `POST /billing/meter/upsert`

    Args:
        display_name (str)
        event_name (str)
        event_payload_key (str)
        external_id (str)
        provider_type (BillingProviderType | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "display_name": display_name,
        "event_name": event_name,
        "event_payload_key": event_payload_key,
        "external_id": external_id,
    }
    if not isinstance(provider_type, Unset):
        _json["provider_type"] = provider_type
    return PreparedRequest(
        method="POST",
        path="/billing/meter/upsert",
        operation="upsertBillingMeter",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpsertBillingMeterResponse:
    """Parse a successful `upsert_billing_meter` response into its typed model, UpsertBillingMeterResponse."""
    return UpsertBillingMeterResponse.from_dict(response.json())
