from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.account_member_response_data import AccountMemberResponseData
    from ..models.get_account_member_response_params import GetAccountMemberResponseParams


T = TypeVar("T", bound="GetAccountMemberResponse")


def _convert_data(value: AccountMemberResponseData | Mapping[str, Any]) -> AccountMemberResponseData:
    return cast(
        "AccountMemberResponseData",
        as_model(value, ".account_member_response_data", "AccountMemberResponseData", __package__),
    )


def _convert_params(value: GetAccountMemberResponseParams | Mapping[str, Any]) -> GetAccountMemberResponseParams:
    return cast(
        "GetAccountMemberResponseParams",
        as_model(value, ".get_account_member_response_params", "GetAccountMemberResponseParams", __package__),
    )


@_attrs_define
class GetAccountMemberResponse:
    """What getAccountMember returns

    Attributes:
        data (AccountMemberResponseData): A member of the Schematic account
        params (GetAccountMemberResponseParams)
    """

    data: AccountMemberResponseData = _attrs_field(converter=_convert_data)

    params: GetAccountMemberResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.account_member_response_data import AccountMemberResponseData  # noqa: PLC0415
        from ..models.get_account_member_response_params import GetAccountMemberResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = AccountMemberResponseData.from_dict(d.pop("data"))

        params = GetAccountMemberResponseParams.from_dict(d.pop("params"))

        get_account_member_response = cls(
            data=data,
            params=params,
        )

        get_account_member_response.additional_properties = d
        return get_account_member_response

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
