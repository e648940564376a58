"""`GET /onboarding-state` (get_onboarding_state): Get onboarding state."""

from __future__ import annotations

import httpx

from ...client import PreparedRequest
from ...models.get_onboarding_state_response import GetOnboardingStateResponse


def build_request() -> PreparedRequest:
    """Get onboarding state: the request, described but not sent.

    `GET /onboarding-state`

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/onboarding-state",
        operation="getOnboardingState",
    )


def parse_response(response: httpx.Response) -> GetOnboardingStateResponse:
    """Parse a successful `get_onboarding_state` response into its typed model, GetOnboardingStateResponse."""
    return GetOnboardingStateResponse.from_dict(response.json())
