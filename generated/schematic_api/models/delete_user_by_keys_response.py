from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.delete_user_by_keys_response_params import DeleteUserByKeysResponseParams
    from ..models.user_response_data import UserResponseData


T = TypeVar("T", bound="DeleteUserByKeysResponse")


def _convert_data(value: UserResponseData | Mapping[str, Any]) -> UserResponseData:
    return cast("UserResponseData", as_model(value, ".user_response_data", "UserResponseData", __package__))


def _convert_params(value: DeleteUserByKeysResponseParams | Mapping[str, Any]) -> DeleteUserByKeysResponseParams:
    return cast(
        "DeleteUserByKeysResponseParams",
        as_model(value, ".delete_user_by_keys_response_params", "DeleteUserByKeysResponseParams", __package__),
    )


@_attrs_define
class DeleteUserByKeysResponse:
    """What deleteUserByKeys returns

    Attributes:
        data (UserResponseData)
        params (DeleteUserByKeysResponseParams)
    """

    data: UserResponseData = _attrs_field(converter=_convert_data)

    params: DeleteUserByKeysResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.delete_user_by_keys_response_params import DeleteUserByKeysResponseParams  # noqa: PLC0415
        from ..models.user_response_data import UserResponseData  # noqa: PLC0415

        d = dict(src_dict)
        data = UserResponseData.from_dict(d.pop("data"))

        params = DeleteUserByKeysResponseParams.from_dict(d.pop("params"))

        delete_user_by_keys_response = cls(
            data=data,
            params=params,
        )

        delete_user_by_keys_response.additional_properties = d
        return delete_user_by_keys_response

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
