from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, as_model_list

if TYPE_CHECKING:
    from ..models.compatible_plans import CompatiblePlans
    from ..models.component_capabilities import ComponentCapabilities
    from ..models.component_display_settings import ComponentDisplaySettings
    from ..models.plan_view_public_response_data import PlanViewPublicResponseData


T = TypeVar("T", bound="PublicPlansResponseData")


def _convert_active_add_ons(
    value: list[PlanViewPublicResponseData] | Sequence[PlanViewPublicResponseData | Mapping[str, Any]],
) -> list[PlanViewPublicResponseData]:
    return cast(
        "list[PlanViewPublicResponseData]",
        as_model_list(value, ".plan_view_public_response_data", "PlanViewPublicResponseData", __package__),
    )


def _convert_active_plans(
    value: list[PlanViewPublicResponseData] | Sequence[PlanViewPublicResponseData | Mapping[str, Any]],
) -> list[PlanViewPublicResponseData]:
    return cast(
        "list[PlanViewPublicResponseData]",
        as_model_list(value, ".plan_view_public_response_data", "PlanViewPublicResponseData", __package__),
    )


def _convert_add_on_compatibilities(
    value: list[CompatiblePlans] | Sequence[CompatiblePlans | Mapping[str, Any]],
) -> list[CompatiblePlans]:
    return cast("list[CompatiblePlans]", as_model_list(value, ".compatible_plans", "CompatiblePlans", __package__))


def _convert_display_settings(value: ComponentDisplaySettings | Mapping[str, Any]) -> ComponentDisplaySettings:
    return cast(
        "ComponentDisplaySettings",
        as_model(value, ".component_display_settings", "ComponentDisplaySettings", __package__),
    )


def _convert_capabilities(value: ComponentCapabilities | Unset | Mapping[str, Any]) -> ComponentCapabilities | Unset:
    return cast(
        "ComponentCapabilities | Unset",
        as_model(value, ".component_capabilities", "ComponentCapabilities", __package__),
    )


@_attrs_define
class PublicPlansResponseData:
    """The `PublicPlansResponseData` object of the API.

    Attributes:
        active_add_ons (list[PlanViewPublicResponseData])
        active_plans (list[PlanViewPublicResponseData])
        add_on_compatibilities (list[CompatiblePlans])
        display_settings (ComponentDisplaySettings)
        show_as_monthly_prices (bool)
        show_credits (bool)
        show_period_toggle (bool)
        show_zero_price_as_free (bool)
        capabilities (ComponentCapabilities | Unset)
    """

    active_add_ons: list[PlanViewPublicResponseData] = _attrs_field(converter=_convert_active_add_ons)

    active_plans: list[PlanViewPublicResponseData] = _attrs_field(converter=_convert_active_plans)

    add_on_compatibilities: list[CompatiblePlans] = _attrs_field(converter=_convert_add_on_compatibilities)

    display_settings: ComponentDisplaySettings = _attrs_field(converter=_convert_display_settings)

    show_as_monthly_prices: bool

    show_credits: bool

    show_period_toggle: bool

    show_zero_price_as_free: bool

    capabilities: ComponentCapabilities | Unset = _attrs_field(default=UNSET, converter=_convert_capabilities)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_add_ons = []
        for active_add_ons_item_data in self.active_add_ons:
            active_add_ons_item = active_add_ons_item_data.to_dict()
            active_add_ons.append(active_add_ons_item)

        active_plans = []
        for active_plans_item_data in self.active_plans:
            active_plans_item = active_plans_item_data.to_dict()
            active_plans.append(active_plans_item)

        add_on_compatibilities = []
        for add_on_compatibilities_item_data in self.add_on_compatibilities:
            add_on_compatibilities_item = add_on_compatibilities_item_data.to_dict()
            add_on_compatibilities.append(add_on_compatibilities_item)

        display_settings = self.display_settings.to_dict()

        show_as_monthly_prices = self.show_as_monthly_prices

        show_credits = self.show_credits

        show_period_toggle = self.show_period_toggle

        show_zero_price_as_free = self.show_zero_price_as_free

        capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active_add_ons": active_add_ons,
                "active_plans": active_plans,
                "add_on_compatibilities": add_on_compatibilities,
                "display_settings": display_settings,
                "show_as_monthly_prices": show_as_monthly_prices,
                "show_credits": show_credits,
                "show_period_toggle": show_period_toggle,
                "show_zero_price_as_free": show_zero_price_as_free,
            }
        )
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.compatible_plans import CompatiblePlans  # noqa: PLC0415
        from ..models.component_capabilities import ComponentCapabilities  # noqa: PLC0415
        from ..models.component_display_settings import ComponentDisplaySettings  # noqa: PLC0415
        from ..models.plan_view_public_response_data import PlanViewPublicResponseData  # noqa: PLC0415

        d = dict(src_dict)
        active_add_ons = []
        _active_add_ons = d.pop("active_add_ons")
        for active_add_ons_item_data in _active_add_ons:
            active_add_ons_item = PlanViewPublicResponseData.from_dict(active_add_ons_item_data)

            active_add_ons.append(active_add_ons_item)

        active_plans = []
        _active_plans = d.pop("active_plans")
        for active_plans_item_data in _active_plans:
            active_plans_item = PlanViewPublicResponseData.from_dict(active_plans_item_data)

            active_plans.append(active_plans_item)

        add_on_compatibilities = []
        _add_on_compatibilities = d.pop("add_on_compatibilities")
        for add_on_compatibilities_item_data in _add_on_compatibilities:
            add_on_compatibilities_item = CompatiblePlans.from_dict(add_on_compatibilities_item_data)

            add_on_compatibilities.append(add_on_compatibilities_item)

        display_settings = ComponentDisplaySettings.from_dict(d.pop("display_settings"))

        show_as_monthly_prices = d.pop("show_as_monthly_prices")

        show_credits = d.pop("show_credits")

        show_period_toggle = d.pop("show_period_toggle")

        show_zero_price_as_free = d.pop("show_zero_price_as_free")

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: ComponentCapabilities | Unset
        if isinstance(_capabilities, Unset):
            capabilities = UNSET
        else:
            capabilities = ComponentCapabilities.from_dict(_capabilities)

        public_plans_response_data = cls(
            active_add_ons=active_add_ons,
            active_plans=active_plans,
            add_on_compatibilities=add_on_compatibilities,
            display_settings=display_settings,
            show_as_monthly_prices=show_as_monthly_prices,
            show_credits=show_credits,
            show_period_toggle=show_period_toggle,
            show_zero_price_as_free=show_zero_price_as_free,
            capabilities=capabilities,
        )

        public_plans_response_data.additional_properties = d
        return public_plans_response_data

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
