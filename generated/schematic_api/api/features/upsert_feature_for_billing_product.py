"""`POST /features/billing-linked` (upsert_feature_for_billing_product): Upsert feature for billing product."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.upsert_feature_for_billing_product_response import UpsertFeatureForBillingProductResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.billing_provider_type import BillingProviderType
    from ...models.create_or_update_flag_request_body import CreateOrUpdateFlagRequestBody
    from ...models.feature_lifecycle_phase import FeatureLifecyclePhase
    from ...models.feature_type import FeatureType


def build_request(
    *,
    billing_provider: BillingProviderType,
    description: str,
    external_resource_id: str,
    feature_type: FeatureType,
    name: str,
    event_subtype: str | None | Unset = UNSET,
    flag: CreateOrUpdateFlagRequestBody | Mapping[str, Any] | Unset = UNSET,
    icon: str | None | Unset = UNSET,
    lifecycle_phase: FeatureLifecyclePhase | None | Unset = UNSET,
    maintainer_account_member_id: str | None | Unset = UNSET,
    plural_name: str | None | Unset = UNSET,
    singular_name: str | None | Unset = UNSET,
    trait_id: str | None | Unset = UNSET,
) -> PreparedRequest:
    """Upsert feature for billing product: the request, described but not sent.

    `POST /features/billing-linked`

    Args:
        billing_provider (BillingProviderType)
        description (str)
        external_resource_id (str)
        feature_type (FeatureType)
        name (str)
        event_subtype (str | None, optional)
        flag (CreateOrUpdateFlagRequestBody | Mapping[str, Any], optional)
        icon (str | None, optional)
        lifecycle_phase (FeatureLifecyclePhase | None, optional)
        maintainer_account_member_id (str | None, optional)
        plural_name (str | None, optional)
        singular_name (str | None, optional)
        trait_id (str | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "billing_provider": billing_provider,
        "description": description,
        "external_resource_id": external_resource_id,
        "feature_type": feature_type,
        "name": name,
    }
    if not isinstance(event_subtype, Unset):
        _json["event_subtype"] = event_subtype
    if not isinstance(flag, Unset):
        _json["flag"] = flag
    if not isinstance(icon, Unset):
        _json["icon"] = icon
    if not isinstance(lifecycle_phase, Unset):
        _json["lifecycle_phase"] = lifecycle_phase
    if not isinstance(maintainer_account_member_id, Unset):
        _json["maintainer_account_member_id"] = maintainer_account_member_id
    if not isinstance(plural_name, Unset):
        _json["plural_name"] = plural_name
    if not isinstance(singular_name, Unset):
        _json["singular_name"] = singular_name
    if not isinstance(trait_id, Unset):
        _json["trait_id"] = trait_id
    return PreparedRequest(
        method="POST",
        path="/features/billing-linked",
        operation="upsertFeatureForBillingProduct",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpsertFeatureForBillingProductResponse:
    """Parse a successful `upsert_feature_for_billing_product` response into its typed model, UpsertFeatureForBillingProductResponse."""
    return UpsertFeatureForBillingProductResponse.from_dict(response.json())
