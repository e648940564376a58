from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model, as_model_list

if TYPE_CHECKING:
    from ..models.company_detail_response_data import CompanyDetailResponseData
    from ..models.list_companies_params import ListCompaniesParams


T = TypeVar("T", bound="ListCompaniesResponse")


def _convert_data(
    value: list[CompanyDetailResponseData] | Sequence[CompanyDetailResponseData | Mapping[str, Any]],
) -> list[CompanyDetailResponseData]:
    return cast(
        "list[CompanyDetailResponseData]",
        as_model_list(value, ".company_detail_response_data", "CompanyDetailResponseData", __package__),
    )


def _convert_params(value: ListCompaniesParams | Mapping[str, Any]) -> ListCompaniesParams:
    return cast("ListCompaniesParams", as_model(value, ".list_companies_params", "ListCompaniesParams", __package__))


@_attrs_define
class ListCompaniesResponse:
    """What listCompanies returns

    Attributes:
        data (list[CompanyDetailResponseData])
        params (ListCompaniesParams): The parameters listCompanies was called with
    """

    data: list[CompanyDetailResponseData] = _attrs_field(converter=_convert_data)

    params: ListCompaniesParams = _attrs_field(converter=_convert_params)

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
        from ..models.company_detail_response_data import CompanyDetailResponseData  # noqa: PLC0415
        from ..models.list_companies_params import ListCompaniesParams  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = CompanyDetailResponseData.from_dict(data_item_data)

            data.append(data_item)

        params = ListCompaniesParams.from_dict(d.pop("params"))

        list_companies_response = cls(
            data=data,
            params=params,
        )

        list_companies_response.additional_properties = d
        return list_companies_response

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
