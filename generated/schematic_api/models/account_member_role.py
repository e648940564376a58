from typing import Literal, cast

AccountMemberRole = Literal["admin", "member"]

ACCOUNT_MEMBER_ROLE_VALUES: set[AccountMemberRole] = {
    "admin",
    "member",
}


def check_account_member_role(value: str) -> AccountMemberRole:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(AccountMemberRole, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACCOUNT_MEMBER_ROLE_VALUES!r}")
