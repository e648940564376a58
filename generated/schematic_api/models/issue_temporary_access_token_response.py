from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.issue_temporary_access_token_response_data import IssueTemporaryAccessTokenResponseData
    from ..models.issue_temporary_access_token_response_params import IssueTemporaryAccessTokenResponseParams


T = TypeVar("T", bound="IssueTemporaryAccessTokenResponse")


def _convert_data(
    value: IssueTemporaryAccessTokenResponseData | Mapping[str, Any],
) -> IssueTemporaryAccessTokenResponseData:
    return cast(
        "IssueTemporaryAccessTokenResponseData",
        as_model(
            value, ".issue_temporary_access_token_response_data", "IssueTemporaryAccessTokenResponseData", __package__
        ),
    )


def _convert_params(
    value: IssueTemporaryAccessTokenResponseParams | Mapping[str, Any],
) -> IssueTemporaryAccessTokenResponseParams:
    return cast(
        "IssueTemporaryAccessTokenResponseParams",
        as_model(
            value,
            ".issue_temporary_access_token_response_params",
            "IssueTemporaryAccessTokenResponseParams",
            __package__,
        ),
    )


@_attrs_define
class IssueTemporaryAccessTokenResponse:
    """What issueTemporaryAccessToken returns

    Attributes:
        data (IssueTemporaryAccessTokenResponseData)
        params (IssueTemporaryAccessTokenResponseParams)
    """

    data: IssueTemporaryAccessTokenResponseData = _attrs_field(converter=_convert_data)

    params: IssueTemporaryAccessTokenResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.issue_temporary_access_token_response_data import IssueTemporaryAccessTokenResponseData  # noqa: PLC0415
        from ..models.issue_temporary_access_token_response_params import IssueTemporaryAccessTokenResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = IssueTemporaryAccessTokenResponseData.from_dict(d.pop("data"))

        params = IssueTemporaryAccessTokenResponseParams.from_dict(d.pop("params"))

        issue_temporary_access_token_response = cls(
            data=data,
            params=params,
        )

        issue_temporary_access_token_response.additional_properties = d
        return issue_temporary_access_token_response

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
