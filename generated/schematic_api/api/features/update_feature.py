"""`PUT /features/{feature_id}` (update_feature): Update a feature."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.update_feature_response import UpdateFeatureResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.create_or_update_flag_request_body import CreateOrUpdateFlagRequestBody
    from ...models.feature_lifecycle_phase import FeatureLifecyclePhase
    from ...models.feature_type import FeatureType


def build_request(
    *,
    feature_id: str,
    description: str | None | Unset = UNSET,
    event_subtype: str | None | Unset = UNSET,
    feature_type: FeatureType | None | Unset = UNSET,
    flag: CreateOrUpdateFlagRequestBody | Mapping[str, Any] | Unset = UNSET,
    icon: str | None | Unset = UNSET,
    lifecycle_phase: FeatureLifecyclePhase | None | Unset = UNSET,
    maintainer_account_member_id: str | None | Unset = UNSET,
    name: str | None | Unset = UNSET,
    plural_name: str | None | Unset = UNSET,
    singular_name: str | None | Unset = UNSET,
    trait_id: str | None | Unset = UNSET,
) -> PreparedRequest:
    """Update a feature: the request, described but not sent.

    `PUT /features/{feature_id}`

    Args:
        feature_id (str)
        description (str | None, optional)
        event_subtype (str | None, optional)
        feature_type (FeatureType | None, optional)
        flag (CreateOrUpdateFlagRequestBody | Mapping[str, Any], optional)
        icon (str | None, optional)
        lifecycle_phase (FeatureLifecyclePhase | None, optional)
        maintainer_account_member_id (str | None, optional)
        name (str | None, optional)
        plural_name (str | None, optional)
        singular_name (str | None, optional)
        trait_id (str | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {}
    if not isinstance(description, Unset):
        _json["description"] = description
    if not isinstance(event_subtype, Unset):
        _json["event_subtype"] = event_subtype
    if not isinstance(feature_type, Unset):
        _json["feature_type"] = feature_type
    if not isinstance(flag, Unset):
        _json["flag"] = flag
    if not isinstance(icon, Unset):
        _json["icon"] = icon
    if not isinstance(lifecycle_phase, Unset):
        _json["lifecycle_phase"] = lifecycle_phase
    if not isinstance(maintainer_account_member_id, Unset):
        _json["maintainer_account_member_id"] = maintainer_account_member_id
    if not isinstance(name, Unset):
        _json["name"] = name
    if not isinstance(plural_name, Unset):
        _json["plural_name"] = plural_name
    if not isinstance(singular_name, Unset):
        _json["singular_name"] = singular_name
    if not isinstance(trait_id, Unset):
        _json["trait_id"] = trait_id
    return PreparedRequest(
        method="PUT",
        path="/features/{feature_id}".format(
            feature_id=quote(str(feature_id), safe=""),
        ),
        operation="updateFeature",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpdateFeatureResponse:
    """Parse a successful `update_feature` response into its typed model, UpdateFeatureResponse."""
    return UpdateFeatureResponse.from_dict(response.json())
