from typing import Literal, cast

WebhookEventStatus = Literal["failure", "pending", "success"]

WEBHOOK_EVENT_STATUS_VALUES: set[WebhookEventStatus] = {
    "failure",
    "pending",
    "success",
}


def check_webhook_event_status(value: str) -> WebhookEventStatus:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(WebhookEventStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_EVENT_STATUS_VALUES!r}")
