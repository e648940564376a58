from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_provider_type import BillingProviderType, check_billing_provider_type
from ..models.billing_strategy import BillingStrategy, check_billing_strategy
from ..models.charge_type import ChargeType, check_charge_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingProductPlanResponseData")


@_attrs_define
class BillingProductPlanResponseData:
    """The `BillingProductPlanResponseData` object of the API.

    Attributes:
        account_id (str)
        billing_product_id (str)
        billing_strategy (BillingStrategy)
        charge_type (ChargeType)
        controlled_by (BillingProviderType)
        environment_id (str)
        is_trialable (bool)
        plan_id (str)
        monthly_price_id (None | str | Unset)
        one_time_price_id (None | str | Unset)
        trial_days (int | None | Unset)
        yearly_price_id (None | str | Unset)
    """

    account_id: str

    billing_product_id: str

    billing_strategy: BillingStrategy

    charge_type: ChargeType

    controlled_by: BillingProviderType

    environment_id: str

    is_trialable: bool

    plan_id: str

    monthly_price_id: None | str | Unset = UNSET

    one_time_price_id: None | str | Unset = UNSET

    trial_days: int | None | Unset = UNSET

    yearly_price_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        billing_product_id = self.billing_product_id

        billing_strategy: str = self.billing_strategy

        charge_type: str = self.charge_type

        controlled_by: str = self.controlled_by

        environment_id = self.environment_id

        is_trialable = self.is_trialable

        plan_id = self.plan_id

        monthly_price_id: None | str | Unset
        if isinstance(self.monthly_price_id, Unset):
            monthly_price_id = UNSET
        else:
            monthly_price_id = self.monthly_price_id

        one_time_price_id: None | str | Unset
        if isinstance(self.one_time_price_id, Unset):
            one_time_price_id = UNSET
        else:
            one_time_price_id = self.one_time_price_id

        trial_days: int | None | Unset
        if isinstance(self.trial_days, Unset):
            trial_days = UNSET
        else:
            trial_days = self.trial_days

        yearly_price_id: None | str | Unset
        if isinstance(self.yearly_price_id, Unset):
            yearly_price_id = UNSET
        else:
            yearly_price_id = self.yearly_price_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "billing_product_id": billing_product_id,
                "billing_strategy": billing_strategy,
                "charge_type": charge_type,
                "controlled_by": controlled_by,
                "environment_id": environment_id,
                "is_trialable": is_trialable,
                "plan_id": plan_id,
            }
        )
        if monthly_price_id is not UNSET:
            field_dict["monthly_price_id"] = monthly_price_id
        if one_time_price_id is not UNSET:
            field_dict["one_time_price_id"] = one_time_price_id
        if trial_days is not UNSET:
            field_dict["trial_days"] = trial_days
        if yearly_price_id is not UNSET:
            field_dict["yearly_price_id"] = yearly_price_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        billing_product_id = d.pop("billing_product_id")

        billing_strategy = check_billing_strategy(d.pop("billing_strategy"))

        charge_type = check_charge_type(d.pop("charge_type"))

        controlled_by = check_billing_provider_type(d.pop("controlled_by"))

        environment_id = d.pop("environment_id")

        is_trialable = d.pop("is_trialable")

        plan_id = d.pop("plan_id")

        def _parse_monthly_price_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        monthly_price_id = _parse_monthly_price_id(d.pop("monthly_price_id", UNSET))

        def _parse_one_time_price_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        one_time_price_id = _parse_one_time_price_id(d.pop("one_time_price_id", UNSET))

        def _parse_trial_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        trial_days = _parse_trial_days(d.pop("trial_days", UNSET))

        def _parse_yearly_price_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        yearly_price_id = _parse_yearly_price_id(d.pop("yearly_price_id", UNSET))

        billing_product_plan_response_data = cls(
            account_id=account_id,
            billing_product_id=billing_product_id,
            billing_strategy=billing_strategy,
            charge_type=charge_type,
            controlled_by=controlled_by,
            environment_id=environment_id,
            is_trialable=is_trialable,
            plan_id=plan_id,
            monthly_price_id=monthly_price_id,
            one_time_price_id=one_time_price_id,
            trial_days=trial_days,
            yearly_price_id=yearly_price_id,
        )

        billing_product_plan_response_data.additional_properties = d
        return billing_product_plan_response_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
