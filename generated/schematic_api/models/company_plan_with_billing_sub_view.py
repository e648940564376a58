from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model_list, parse_datetime

if TYPE_CHECKING:
    from ..models.company_plan_credit_grant_view import CompanyPlanCreditGrantView


T = TypeVar("T", bound="CompanyPlanWithBillingSubView")


def _convert_included_credit_grants(
    value: list[CompanyPlanCreditGrantView] | Sequence[CompanyPlanCreditGrantView | Mapping[str, Any]],
) -> list[CompanyPlanCreditGrantView]:
    return cast(
        "list[CompanyPlanCreditGrantView]",
        as_model_list(value, ".company_plan_credit_grant_view", "CompanyPlanCreditGrantView", __package__),
    )


@_attrs_define
class CompanyPlanWithBillingSubView:
    """The `CompanyPlanWithBillingSubView` object of the API.

    Attributes:
        id (str)
        included_credit_grants (list[CompanyPlanCreditGrantView])
        name (str)
        added_on (datetime.datetime | None | Unset)
        billing_product_external_id (None | str | Unset)
        billing_product_id (None | str | Unset)
        description (None | str | Unset)
        image_url (None | str | Unset)
        plan_period (None | str | Unset)
        plan_price (int | None | Unset)
        plan_version_id (None | str | Unset)
    """

    id: str

    included_credit_grants: list[CompanyPlanCreditGrantView] = _attrs_field(converter=_convert_included_credit_grants)

    name: str

    added_on: datetime.datetime | None | Unset = UNSET

    billing_product_external_id: None | str | Unset = UNSET

    billing_product_id: None | str | Unset = UNSET

    description: None | str | Unset = UNSET

    image_url: None | str | Unset = UNSET

    plan_period: None | str | Unset = UNSET

    plan_price: int | None | Unset = UNSET

    plan_version_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        included_credit_grants = []
        for included_credit_grants_item_data in self.included_credit_grants:
            included_credit_grants_item = included_credit_grants_item_data.to_dict()
            included_credit_grants.append(included_credit_grants_item)

        name = self.name

        added_on: None | str | Unset
        if isinstance(self.added_on, Unset):
            added_on = UNSET
        elif isinstance(self.added_on, datetime.datetime):
            added_on = self.added_on.isoformat()
        else:
            added_on = self.added_on

        billing_product_external_id: None | str | Unset
        if isinstance(self.billing_product_external_id, Unset):
            billing_product_external_id = UNSET
        else:
            billing_product_external_id = self.billing_product_external_id

        billing_product_id: None | str | Unset
        if isinstance(self.billing_product_id, Unset):
            billing_product_id = UNSET
        else:
            billing_product_id = self.billing_product_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        plan_period: None | str | Unset
        if isinstance(self.plan_period, Unset):
            plan_period = UNSET
        else:
            plan_period = self.plan_period

        plan_price: int | None | Unset
        if isinstance(self.plan_price, Unset):
            plan_price = UNSET
        else:
            plan_price = self.plan_price

        plan_version_id: None | str | Unset
        if isinstance(self.plan_version_id, Unset):
            plan_version_id = UNSET
        else:
            plan_version_id = self.plan_version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "included_credit_grants": included_credit_grants,
                "name": name,
            }
        )
        if added_on is not UNSET:
            field_dict["added_on"] = added_on
        if billing_product_external_id is not UNSET:
            field_dict["billing_product_external_id"] = billing_product_external_id
        if billing_product_id is not UNSET:
            field_dict["billing_product_id"] = billing_product_id
        if description is not UNSET:
            field_dict["description"] = description
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if plan_period is not UNSET:
            field_dict["plan_period"] = plan_period
        if plan_price is not UNSET:
            field_dict["plan_price"] = plan_price
        if plan_version_id is not UNSET:
            field_dict["plan_version_id"] = plan_version_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_plan_credit_grant_view import CompanyPlanCreditGrantView  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        included_credit_grants = []
        _included_credit_grants = d.pop("included_credit_grants")
        for included_credit_grants_item_data in _included_credit_grants:
            included_credit_grants_item = CompanyPlanCreditGrantView.from_dict(included_credit_grants_item_data)

            included_credit_grants.append(included_credit_grants_item)

        name = d.pop("name")

        def _parse_added_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return parse_datetime(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        added_on = _parse_added_on(d.pop("added_on", UNSET))

        def _parse_billing_product_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_product_external_id = _parse_billing_product_external_id(d.pop("billing_product_external_id", UNSET))

        def _parse_billing_product_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_product_id = _parse_billing_product_id(d.pop("billing_product_id", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("image_url", UNSET))

        def _parse_plan_period(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plan_period = _parse_plan_period(d.pop("plan_period", UNSET))

        def _parse_plan_price(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        plan_price = _parse_plan_price(d.pop("plan_price", UNSET))

        def _parse_plan_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plan_version_id = _parse_plan_version_id(d.pop("plan_version_id", UNSET))

        company_plan_with_billing_sub_view = cls(
            id=id,
            included_credit_grants=included_credit_grants,
            name=name,
            added_on=added_on,
            billing_product_external_id=billing_product_external_id,
            billing_product_id=billing_product_id,
            description=description,
            image_url=image_url,
            plan_period=plan_period,
            plan_price=plan_price,
            plan_version_id=plan_version_id,
        )

        company_plan_with_billing_sub_view.additional_properties = d
        return company_plan_with_billing_sub_view

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
