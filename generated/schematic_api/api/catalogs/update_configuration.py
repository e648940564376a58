"""`PUT /catalogs/{catalog_id}/configuration` (update_configuration): Update configuration."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.update_configuration_response import UpdateConfigurationResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.catalog_config_ordered_bundle import CatalogConfigOrderedBundle
    from ...models.catalog_config_ordered_plan import CatalogConfigOrderedPlan


def build_request(
    *,
    catalog_id: str,
    custom_plan_cta_text: str | None | Unset = UNSET,
    custom_plan_cta_url: str | None | Unset = UNSET,
    custom_plan_price_text: str | None | Unset = UNSET,
    custom_plans_visible: bool | None | Unset = UNSET,
    ordered_add_ons: Sequence[CatalogConfigOrderedPlan | Mapping[str, Any]] | None | Unset = UNSET,
    ordered_bundles: Sequence[CatalogConfigOrderedBundle | Mapping[str, Any]] | None | Unset = UNSET,
    ordered_plans: Sequence[CatalogConfigOrderedPlan | Mapping[str, Any]] | None | Unset = UNSET,
    pricing_model: str | None | Unset = UNSET,
    pricing_url: str | None | Unset = UNSET,
) -> PreparedRequest:
    """Update configuration: the request, described but not sent.

    `PUT /catalogs/{catalog_id}/configuration`

    Args:
        catalog_id (str)
        custom_plan_cta_text (str | None, optional)
        custom_plan_cta_url (str | None, optional)
        custom_plan_price_text (str | None, optional)
        custom_plans_visible (bool | None, optional)
        ordered_add_ons (Sequence[CatalogConfigOrderedPlan | Mapping[str, Any]] | None, optional)
        ordered_bundles (Sequence[CatalogConfigOrderedBundle | Mapping[str, Any]] | None, optional)
        ordered_plans (Sequence[CatalogConfigOrderedPlan | Mapping[str, Any]] | None, optional)
        pricing_model (str | None, optional)
        pricing_url (str | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {}
    if not isinstance(custom_plan_cta_text, Unset):
        _json["custom_plan_cta_text"] = custom_plan_cta_text
    if not isinstance(custom_plan_cta_url, Unset):
        _json["custom_plan_cta_url"] = custom_plan_cta_url
    if not isinstance(custom_plan_price_text, Unset):
        _json["custom_plan_price_text"] = custom_plan_price_text
    if not isinstance(custom_plans_visible, Unset):
        _json["custom_plans_visible"] = custom_plans_visible
    if not isinstance(ordered_add_ons, Unset):
        _json["ordered_add_ons"] = ordered_add_ons
    if not isinstance(ordered_bundles, Unset):
        _json["ordered_bundles"] = ordered_bundles
    if not isinstance(ordered_plans, Unset):
        _json["ordered_plans"] = ordered_plans
    if not isinstance(pricing_model, Unset):
        _json["pricing_model"] = pricing_model
    if not isinstance(pricing_url, Unset):
        _json["pricing_url"] = pricing_url
    return PreparedRequest(
        method="PUT",
        path="/catalogs/{catalog_id}/configuration".format(
            catalog_id=quote(str(catalog_id), safe=""),
        ),
        operation="updateConfiguration",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpdateConfigurationResponse:
    """Parse a successful `update_configuration` response into its typed model, UpdateConfigurationResponse."""
    return UpdateConfigurationResponse.from_dict(response.json())
