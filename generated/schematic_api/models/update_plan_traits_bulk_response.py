from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model, as_model_list

if TYPE_CHECKING:
    from ..models.plan_trait_response_data import PlanTraitResponseData
    from ..models.update_plan_traits_bulk_response_params import UpdatePlanTraitsBulkResponseParams


T = TypeVar("T", bound="UpdatePlanTraitsBulkResponse")


def _convert_data(
    value: list[PlanTraitResponseData] | Sequence[PlanTraitResponseData | Mapping[str, Any]],
) -> list[PlanTraitResponseData]:
    return cast(
        "list[PlanTraitResponseData]",
        as_model_list(value, ".plan_trait_response_data", "PlanTraitResponseData", __package__),
    )


def _convert_params(
    value: UpdatePlanTraitsBulkResponseParams | Mapping[str, Any],
) -> UpdatePlanTraitsBulkResponseParams:
    return cast(
        "UpdatePlanTraitsBulkResponseParams",
        as_model(value, ".update_plan_traits_bulk_response_params", "UpdatePlanTraitsBulkResponseParams", __package__),
    )


@_attrs_define
class UpdatePlanTraitsBulkResponse:
    """What updatePlanTraitsBulk returns

    Attributes:
        data (list[PlanTraitResponseData])
        params (UpdatePlanTraitsBulkResponseParams)
    """

    data: list[PlanTraitResponseData] = _attrs_field(converter=_convert_data)

    params: UpdatePlanTraitsBulkResponseParams = _attrs_field(converter=_convert_params)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "params": params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plan_trait_response_data import PlanTraitResponseData  # noqa: PLC0415
        from ..models.update_plan_traits_bulk_response_params import UpdatePlanTraitsBulkResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = PlanTraitResponseData.from_dict(data_item_data)

            data.append(data_item)

        params = UpdatePlanTraitsBulkResponseParams.from_dict(d.pop("params"))

        update_plan_traits_bulk_response = cls(
            data=data,
            params=params,
        )

        update_plan_traits_bulk_response.additional_properties = d
        return update_plan_traits_bulk_response

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
