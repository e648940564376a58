from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.check_flag_request_body_company_type_0 import CheckFlagRequestBodyCompanyType0
    from ..models.check_flag_request_body_user_type_0 import CheckFlagRequestBodyUserType0
    from ..models.preflight_request_body import PreflightRequestBody


T = TypeVar("T", bound="CheckFlagRequestBody")


def _convert_company(
    value: CheckFlagRequestBodyCompanyType0 | None | Unset | Mapping[str, Any],
) -> CheckFlagRequestBodyCompanyType0 | None | Unset:
    return cast(
        "CheckFlagRequestBodyCompanyType0 | None | Unset",
        as_model(value, ".check_flag_request_body_company_type_0", "CheckFlagRequestBodyCompanyType0", __package__),
    )


def _convert_preflight(value: PreflightRequestBody | Unset | Mapping[str, Any]) -> PreflightRequestBody | Unset:
    return cast(
        "PreflightRequestBody | Unset", as_model(value, ".preflight_request_body", "PreflightRequestBody", __package__)
    )


def _convert_user(
    value: CheckFlagRequestBodyUserType0 | None | Unset | Mapping[str, Any],
) -> CheckFlagRequestBodyUserType0 | None | Unset:
    return cast(
        "CheckFlagRequestBodyUserType0 | None | Unset",
        as_model(value, ".check_flag_request_body_user_type_0", "CheckFlagRequestBodyUserType0", __package__),
    )


@_attrs_define
class CheckFlagRequestBody:
    """Evaluation context of a flag check

    Attributes:
        company (CheckFlagRequestBodyCompanyType0 | None | Unset): Keys identifying the company, e.g. {"id": "acme"}
        preflight (PreflightRequestBody | Unset)
        user (CheckFlagRequestBodyUserType0 | None | Unset): Keys identifying the user, e.g. {"email": "wcoyote@acme.net"}
    """

    company: CheckFlagRequestBodyCompanyType0 | None | Unset = _attrs_field(default=UNSET, converter=_convert_company)

    preflight: PreflightRequestBody | Unset = _attrs_field(default=UNSET, converter=_convert_preflight)

    user: CheckFlagRequestBodyUserType0 | None | Unset = _attrs_field(default=UNSET, converter=_convert_user)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.check_flag_request_body_company_type_0 import CheckFlagRequestBodyCompanyType0  # noqa: PLC0415
        from ..models.check_flag_request_body_user_type_0 import CheckFlagRequestBodyUserType0  # noqa: PLC0415

        company: dict[str, Any] | None | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        elif isinstance(self.company, CheckFlagRequestBodyCompanyType0):
            company = self.company.to_dict()
        else:
            company = self.company

        preflight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preflight, Unset):
            preflight = self.preflight.to_dict()

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, CheckFlagRequestBodyUserType0):
            user = self.user.to_dict()
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company is not UNSET:
            field_dict["company"] = company
        if preflight is not UNSET:
            field_dict["preflight"] = preflight
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.check_flag_request_body_company_type_0 import CheckFlagRequestBodyCompanyType0  # noqa: PLC0415
        from ..models.check_flag_request_body_user_type_0 import CheckFlagRequestBodyUserType0  # noqa: PLC0415
        from ..models.preflight_request_body import PreflightRequestBody  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_company(data: object) -> CheckFlagRequestBodyCompanyType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                return CheckFlagRequestBodyCompanyType0.from_dict(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CheckFlagRequestBodyCompanyType0 | None | Unset, data)

        company = _parse_company(d.pop("company", UNSET))

        _preflight = d.pop("preflight", UNSET)
        preflight: PreflightRequestBody | Unset
        if isinstance(_preflight, Unset):
            preflight = UNSET
        else:
            preflight = PreflightRequestBody.from_dict(_preflight)

        def _parse_user(data: object) -> CheckFlagRequestBodyUserType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                return CheckFlagRequestBodyUserType0.from_dict(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CheckFlagRequestBodyUserType0 | None | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        check_flag_request_body = cls(
            company=company,
            preflight=preflight,
            user=user,
        )

        check_flag_request_body.additional_properties = d
        return check_flag_request_body

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
