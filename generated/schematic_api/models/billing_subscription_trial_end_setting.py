from typing import Literal, cast

BillingSubscriptionTrialEndSetting = Literal["cancel", "subscribe"]

BILLING_SUBSCRIPTION_TRIAL_END_SETTING_VALUES: set[BillingSubscriptionTrialEndSetting] = {
    "cancel",
    "subscribe",
}


def check_billing_subscription_trial_end_setting(value: str) -> BillingSubscriptionTrialEndSetting:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(BillingSubscriptionTrialEndSetting, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_SUBSCRIPTION_TRIAL_END_SETTING_VALUES!r}")
