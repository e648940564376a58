from typing import Literal, cast

CompanyMatchingCriteria = Literal["billing_meta_object", "manual_upsert"]

COMPANY_MATCHING_CRITERIA_VALUES: set[CompanyMatchingCriteria] = {
    "billing_meta_object",
    "manual_upsert",
}


def check_company_matching_criteria(value: str) -> CompanyMatchingCriteria:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(CompanyMatchingCriteria, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPANY_MATCHING_CRITERIA_VALUES!r}")
