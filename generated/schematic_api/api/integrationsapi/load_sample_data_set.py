"""`GET /integrations/stripe/dataset-sample-v2` (load_sample_data_set): Load sample data set."""

from __future__ import annotations

import httpx

from ...client import PreparedRequest
from ...models.load_sample_data_set_response import LoadSampleDataSetResponse


def build_request() -> PreparedRequest:
    """Load sample data set: the request, described but not sent.

    `GET /integrations/stripe/dataset-sample-v2`

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/integrations/stripe/dataset-sample-v2",
        operation="loadSampleDataSet",
    )


def parse_response(response: httpx.Response) -> LoadSampleDataSetResponse:
    """Parse a successful `load_sample_data_set` response into its typed model, LoadSampleDataSetResponse."""
    return LoadSampleDataSetResponse.from_dict(response.json())
