from typing import Literal, cast

MigrationErrorCode = Literal[
    "ambiguous_subscription_item",
    "multiple_subscriptions",
    "no_price_for_interval",
    "not_on_origin_version",
    "operation_item_not_found",
    "permanent_config",
    "permanent_decline",
    "transient_decline",
    "transient_infra",
    "transient_stripe",
    "unknown",
    "would_leave_empty_subscription",
]

MIGRATION_ERROR_CODE_VALUES: set[MigrationErrorCode] = {
    "ambiguous_subscription_item",
    "multiple_subscriptions",
    "no_price_for_interval",
    "not_on_origin_version",
    "operation_item_not_found",
    "permanent_config",
    "permanent_decline",
    "transient_decline",
    "transient_infra",
    "transient_stripe",
    "unknown",
    "would_leave_empty_subscription",
}


def check_migration_error_code(value: str) -> MigrationErrorCode:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(MigrationErrorCode, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MIGRATION_ERROR_CODE_VALUES!r}")
