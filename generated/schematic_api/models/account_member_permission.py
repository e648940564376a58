from typing import Literal, cast

AccountMemberPermission = Literal[
    "companies_edit",
    "company_users_edit",
    "components_edit",
    "custom_plans_edit",
    "data_exports_edit",
    "features_edit",
    "flag_rules_edit",
    "flags_edit",
    "overrides_edit",
    "plan_billing_edit",
    "plan_entitlements_edit",
    "plan_versions_edit",
    "plans_edit",
    "webhooks_edit",
    "webhooks_reveal_secret",
]

ACCOUNT_MEMBER_PERMISSION_VALUES: set[AccountMemberPermission] = {
    "companies_edit",
    "company_users_edit",
    "components_edit",
    "custom_plans_edit",
    "data_exports_edit",
    "features_edit",
    "flag_rules_edit",
    "flags_edit",
    "overrides_edit",
    "plan_billing_edit",
    "plan_entitlements_edit",
    "plan_versions_edit",
    "plans_edit",
    "webhooks_edit",
    "webhooks_reveal_secret",
}


def check_account_member_permission(value: str) -> AccountMemberPermission:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(AccountMemberPermission, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACCOUNT_MEMBER_PERMISSION_VALUES!r}")
