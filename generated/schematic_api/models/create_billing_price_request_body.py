from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_price_scheme import BillingPriceScheme, check_billing_price_scheme
from ..models.billing_price_usage_type import BillingPriceUsageType, check_billing_price_usage_type
from ..models.billing_provider_type import BillingProviderType, check_billing_provider_type
from ..models.billing_tiers_mode import BillingTiersMode, check_billing_tiers_mode
from ..types import UNSET, Unset, as_model_list

if TYPE_CHECKING:
    from ..models.create_billing_price_tier_request_body import CreateBillingPriceTierRequestBody


T = TypeVar("T", bound="CreateBillingPriceRequestBody")


def _convert_price_tiers(
    value: list[CreateBillingPriceTierRequestBody] | Sequence[CreateBillingPriceTierRequestBody | Mapping[str, Any]],
) -> list[CreateBillingPriceTierRequestBody]:
    return cast(
        "list[CreateBillingPriceTierRequestBody]",
        as_model_list(
            value, ".create_billing_price_tier_request_body", "CreateBillingPriceTierRequestBody", __package__
        ),
    )


@_attrs_define
class CreateBillingPriceRequestBody:
    """The `CreateBillingPriceRequestBody` object of the API.

    Attributes:
        billing_scheme (BillingPriceScheme)
        currency (str)
        external_account_id (str)
        interval (str)
        is_active (bool)
        price (int)
        price_external_id (str)
        price_tiers (list[CreateBillingPriceTierRequestBody])
        product_external_id (str)
        usage_type (BillingPriceUsageType)
        interval_count (int | None | Unset)
        meter_id (None | str | Unset)
        nickname (None | str | Unset)
        package_size (int | None | Unset)
        price_decimal (None | str | Unset)
        provider_type (BillingProviderType | None | Unset)
        tiers_mode (BillingTiersMode | None | Unset)
    """

    billing_scheme: BillingPriceScheme

    currency: str

    external_account_id: str

    interval: str

    is_active: bool

    price: int

    price_external_id: str

    price_tiers: list[CreateBillingPriceTierRequestBody] = _attrs_field(converter=_convert_price_tiers)

    product_external_id: str

    usage_type: BillingPriceUsageType

    interval_count: int | None | Unset = UNSET

    meter_id: None | str | Unset = UNSET

    nickname: None | str | Unset = UNSET

    package_size: int | None | Unset = UNSET

    price_decimal: None | str | Unset = UNSET

    provider_type: BillingProviderType | None | Unset = UNSET

    tiers_mode: BillingTiersMode | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_scheme: str = self.billing_scheme

        currency = self.currency

        external_account_id = self.external_account_id

        interval = self.interval

        is_active = self.is_active

        price = self.price

        price_external_id = self.price_external_id

        price_tiers = []
        for price_tiers_item_data in self.price_tiers:
            price_tiers_item = price_tiers_item_data.to_dict()
            price_tiers.append(price_tiers_item)

        product_external_id = self.product_external_id

        usage_type: str = self.usage_type

        interval_count: int | None | Unset
        if isinstance(self.interval_count, Unset):
            interval_count = UNSET
        else:
            interval_count = self.interval_count

        meter_id: None | str | Unset
        if isinstance(self.meter_id, Unset):
            meter_id = UNSET
        else:
            meter_id = self.meter_id

        nickname: None | str | Unset
        if isinstance(self.nickname, Unset):
            nickname = UNSET
        else:
            nickname = self.nickname

        package_size: int | None | Unset
        if isinstance(self.package_size, Unset):
            package_size = UNSET
        else:
            package_size = self.package_size

        price_decimal: None | str | Unset
        if isinstance(self.price_decimal, Unset):
            price_decimal = UNSET
        else:
            price_decimal = self.price_decimal

        provider_type: None | str | Unset
        if isinstance(self.provider_type, Unset):
            provider_type = UNSET
        elif isinstance(self.provider_type, str):
            provider_type = self.provider_type
        else:
            provider_type = self.provider_type

        tiers_mode: None | str | Unset
        if isinstance(self.tiers_mode, Unset):
            tiers_mode = UNSET
        elif isinstance(self.tiers_mode, str):
            tiers_mode = self.tiers_mode
        else:
            tiers_mode = self.tiers_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "billing_scheme": billing_scheme,
                "currency": currency,
                "external_account_id": external_account_id,
                "interval": interval,
                "is_active": is_active,
                "price": price,
                "price_external_id": price_external_id,
                "price_tiers": price_tiers,
                "product_external_id": product_external_id,
                "usage_type": usage_type,
            }
        )
        if interval_count is not UNSET:
            field_dict["interval_count"] = interval_count
        if meter_id is not UNSET:
            field_dict["meter_id"] = meter_id
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if package_size is not UNSET:
            field_dict["package_size"] = package_size
        if price_decimal is not UNSET:
            field_dict["price_decimal"] = price_decimal
        if provider_type is not UNSET:
            field_dict["provider_type"] = provider_type
        if tiers_mode is not UNSET:
            field_dict["tiers_mode"] = tiers_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_billing_price_tier_request_body import CreateBillingPriceTierRequestBody  # noqa: PLC0415

        d = dict(src_dict)
        billing_scheme = check_billing_price_scheme(d.pop("billing_scheme"))

        currency = d.pop("currency")

        external_account_id = d.pop("external_account_id")

        interval = d.pop("interval")

        is_active = d.pop("is_active")

        price = d.pop("price")

        price_external_id = d.pop("price_external_id")

        price_tiers = []
        _price_tiers = d.pop("price_tiers")
        for price_tiers_item_data in _price_tiers:
            price_tiers_item = CreateBillingPriceTierRequestBody.from_dict(price_tiers_item_data)

            price_tiers.append(price_tiers_item)

        product_external_id = d.pop("product_external_id")

        usage_type = check_billing_price_usage_type(d.pop("usage_type"))

        def _parse_interval_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        interval_count = _parse_interval_count(d.pop("interval_count", UNSET))

        def _parse_meter_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meter_id = _parse_meter_id(d.pop("meter_id", UNSET))

        def _parse_nickname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nickname = _parse_nickname(d.pop("nickname", UNSET))

        def _parse_package_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        package_size = _parse_package_size(d.pop("package_size", UNSET))

        def _parse_price_decimal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_decimal = _parse_price_decimal(d.pop("price_decimal", UNSET))

        def _parse_provider_type(data: object) -> BillingProviderType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_billing_provider_type(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingProviderType | None | Unset, data)

        provider_type = _parse_provider_type(d.pop("provider_type", UNSET))

        def _parse_tiers_mode(data: object) -> BillingTiersMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_billing_tiers_mode(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingTiersMode | None | Unset, data)

        tiers_mode = _parse_tiers_mode(d.pop("tiers_mode", UNSET))

        create_billing_price_request_body = cls(
            billing_scheme=billing_scheme,
            currency=currency,
            external_account_id=external_account_id,
            interval=interval,
            is_active=is_active,
            price=price,
            price_external_id=price_external_id,
            price_tiers=price_tiers,
            product_external_id=product_external_id,
            usage_type=usage_type,
            interval_count=interval_count,
            meter_id=meter_id,
            nickname=nickname,
            package_size=package_size,
            price_decimal=price_decimal,
            provider_type=provider_type,
            tiers_mode=tiers_mode,
        )

        create_billing_price_request_body.additional_properties = d
        return create_billing_price_request_body

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
