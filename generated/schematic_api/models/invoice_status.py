from typing import Literal, cast

InvoiceStatus = Literal["draft", "open", "paid", "uncollectible", "void"]

INVOICE_STATUS_VALUES: set[InvoiceStatus] = {
    "draft",
    "open",
    "paid",
    "uncollectible",
    "void",
}


def check_invoice_status(value: str) -> InvoiceStatus:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(InvoiceStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVOICE_STATUS_VALUES!r}")
