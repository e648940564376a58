from typing import Literal, cast

BillingCreditLedgerAuthority = Literal["external_mirror", "external_rated", "schematic_authoritative"]

BILLING_CREDIT_LEDGER_AUTHORITY_VALUES: set[BillingCreditLedgerAuthority] = {
    "external_mirror",
    "external_rated",
    "schematic_authoritative",
}


def check_billing_credit_ledger_authority(value: str) -> BillingCreditLedgerAuthority:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(BillingCreditLedgerAuthority, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_CREDIT_LEDGER_AUTHORITY_VALUES!r}")
