from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.get_single_license_response_params import GetSingleLicenseResponseParams
    from ..models.license_response_data import LicenseResponseData


T = TypeVar("T", bound="GetSingleLicenseResponse")


def _convert_data(value: LicenseResponseData | Mapping[str, Any]) -> LicenseResponseData:
    return cast("LicenseResponseData", as_model(value, ".license_response_data", "LicenseResponseData", __package__))


def _convert_params(value: GetSingleLicenseResponseParams | Mapping[str, Any]) -> GetSingleLicenseResponseParams:
    return cast(
        "GetSingleLicenseResponseParams",
        as_model(value, ".get_single_license_response_params", "GetSingleLicenseResponseParams", __package__),
    )


@_attrs_define
class GetSingleLicenseResponse:
    """What getSingleLicense returns

    Attributes:
        data (LicenseResponseData)
        params (GetSingleLicenseResponseParams)
    """

    data: LicenseResponseData = _attrs_field(converter=_convert_data)

    params: GetSingleLicenseResponseParams = _attrs_field(converter=_convert_params)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

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
        from ..models.get_single_license_response_params import GetSingleLicenseResponseParams  # noqa: PLC0415
        from ..models.license_response_data import LicenseResponseData  # noqa: PLC0415

        d = dict(src_dict)
        data = LicenseResponseData.from_dict(d.pop("data"))

        params = GetSingleLicenseResponseParams.from_dict(d.pop("params"))

        get_single_license_response = cls(
            data=data,
            params=params,
        )

        get_single_license_response.additional_properties = d
        return get_single_license_response

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
