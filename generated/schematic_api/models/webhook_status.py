from typing import Literal, cast

WebhookStatus = Literal["active", "inactive"]

WEBHOOK_STATUS_VALUES: set[WebhookStatus] = {
    "active",
    "inactive",
}


def check_webhook_status(value: str) -> WebhookStatus:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(WebhookStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_STATUS_VALUES!r}")
