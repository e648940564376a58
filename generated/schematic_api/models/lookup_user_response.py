from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.lookup_user_params import LookupUserParams
    from ..models.user_detail_response_data import UserDetailResponseData


T = TypeVar("T", bound="LookupUserResponse")


def _convert_data(value: UserDetailResponseData | Mapping[str, Any]) -> UserDetailResponseData:
    return cast(
        "UserDetailResponseData", as_model(value, ".user_detail_response_data", "UserDetailResponseData", __package__)
    )


def _convert_params(value: LookupUserParams | Mapping[str, Any]) -> LookupUserParams:
    return cast("LookupUserParams", as_model(value, ".lookup_user_params", "LookupUserParams", __package__))


@_attrs_define
class LookupUserResponse:
    """What lookupUser returns

    Attributes:
        data (UserDetailResponseData): A user with its keys, traits and company memberships
        params (LookupUserParams): The parameters lookupUser was called with
    """

    data: UserDetailResponseData = _attrs_field(converter=_convert_data)

    params: LookupUserParams = _attrs_field(converter=_convert_params)

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
        from ..models.lookup_user_params import LookupUserParams  # noqa: PLC0415
        from ..models.user_detail_response_data import UserDetailResponseData  # noqa: PLC0415

        d = dict(src_dict)
        data = UserDetailResponseData.from_dict(d.pop("data"))

        params = LookupUserParams.from_dict(d.pop("params"))

        lookup_user_response = cls(
            data=data,
            params=params,
        )

        lookup_user_response.additional_properties = d
        return lookup_user_response

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
