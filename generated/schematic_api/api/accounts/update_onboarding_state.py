"""`POST /onboarding-state` (update_onboarding_state): Update onboarding state."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.update_onboarding_state_response import UpdateOnboardingStateResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.onboarding_path import OnboardingPath
    from ...models.onboarding_track import OnboardingTrack


def build_request(
    *,
    path: OnboardingPath | None | Unset = UNSET,
    pricing_page_url: str | None | Unset = UNSET,
    track: OnboardingTrack | None | Unset = UNSET,
    website_url: str | None | Unset = UNSET,
) -> PreparedRequest:
    """Update onboarding state: the request, described but not sent.

    `POST /onboarding-state`

    Args:
        path (OnboardingPath | None, optional)
        pricing_page_url (str | None, optional)
        track (OnboardingTrack | None, optional)
        website_url (str | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {}
    if not isinstance(path, Unset):
        _json["path"] = path
    if not isinstance(pricing_page_url, Unset):
        _json["pricing_page_url"] = pricing_page_url
    if not isinstance(track, Unset):
        _json["track"] = track
    if not isinstance(website_url, Unset):
        _json["website_url"] = website_url
    return PreparedRequest(
        method="POST",
        path="/onboarding-state",
        operation="updateOnboardingState",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpdateOnboardingStateResponse:
    """Parse a successful `update_onboarding_state` response into its typed model, UpdateOnboardingStateResponse."""
    return UpdateOnboardingStateResponse.from_dict(response.json())
