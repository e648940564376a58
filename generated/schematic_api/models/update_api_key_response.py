from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.api_key_response_data import ApiKeyResponseData
    from ..models.update_api_key_response_params import UpdateApiKeyResponseParams


T = TypeVar("T", bound="UpdateApiKeyResponse")


def _convert_data(value: ApiKeyResponseData | Mapping[str, Any]) -> ApiKeyResponseData:
    return cast("ApiKeyResponseData", as_model(value, ".api_key_response_data", "ApiKeyResponseData", __package__))


def _convert_params(value: UpdateApiKeyResponseParams | Mapping[str, Any]) -> UpdateApiKeyResponseParams:
    return cast(
        "UpdateApiKeyResponseParams",
        as_model(value, ".update_api_key_response_params", "UpdateApiKeyResponseParams", __package__),
    )


@_attrs_define
class UpdateApiKeyResponse:
    """What updateApiKey returns

    Attributes:
        data (ApiKeyResponseData)
        params (UpdateApiKeyResponseParams)
    """

    data: ApiKeyResponseData = _attrs_field(converter=_convert_data)

    params: UpdateApiKeyResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.api_key_response_data import ApiKeyResponseData  # noqa: PLC0415
        from ..models.update_api_key_response_params import UpdateApiKeyResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = ApiKeyResponseData.from_dict(d.pop("data"))

        params = UpdateApiKeyResponseParams.from_dict(d.pop("params"))

        update_api_key_response = cls(
            data=data,
            params=params,
        )

        update_api_key_response.additional_properties = d
        return update_api_key_response

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
