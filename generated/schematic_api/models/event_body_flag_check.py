from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.event_body_flag_check_req_company_type_0 import EventBodyFlagCheckReqCompanyType0
    from ..models.event_body_flag_check_req_user_type_0 import EventBodyFlagCheckReqUserType0


T = TypeVar("T", bound="EventBodyFlagCheck")


def _convert_req_company(
    value: EventBodyFlagCheckReqCompanyType0 | None | Unset | Mapping[str, Any],
) -> EventBodyFlagCheckReqCompanyType0 | None | Unset:
    return cast(
        "EventBodyFlagCheckReqCompanyType0 | None | Unset",
        as_model(value, ".event_body_flag_check_req_company_type_0", "EventBodyFlagCheckReqCompanyType0", __package__),
    )


def _convert_req_user(
    value: EventBodyFlagCheckReqUserType0 | None | Unset | Mapping[str, Any],
) -> EventBodyFlagCheckReqUserType0 | None | Unset:
    return cast(
        "EventBodyFlagCheckReqUserType0 | None | Unset",
        as_model(value, ".event_body_flag_check_req_user_type_0", "EventBodyFlagCheckReqUserType0", __package__),
    )


@_attrs_define
class EventBodyFlagCheck:
    """Body of a flag_check event

    Attributes:
        flag_key (str)
        reason (str)
        value (bool)
        company_id (None | str | Unset)
        error (None | str | Unset)
        flag_id (None | str | Unset)
        preflight (bool | Unset)
        req_company (EventBodyFlagCheckReqCompanyType0 | None | Unset)
        req_user (EventBodyFlagCheckReqUserType0 | None | Unset)
        rule_id (None | str | Unset)
        user_id (None | str | Unset)
    """

    flag_key: str

    reason: str

    value: bool

    company_id: None | str | Unset = UNSET

    error: None | str | Unset = UNSET

    flag_id: None | str | Unset = UNSET

    preflight: bool | Unset = UNSET

    req_company: EventBodyFlagCheckReqCompanyType0 | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_req_company
    )

    req_user: EventBodyFlagCheckReqUserType0 | None | Unset = _attrs_field(default=UNSET, converter=_convert_req_user)

    rule_id: None | str | Unset = UNSET

    user_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_body_flag_check_req_company_type_0 import EventBodyFlagCheckReqCompanyType0  # noqa: PLC0415
        from ..models.event_body_flag_check_req_user_type_0 import EventBodyFlagCheckReqUserType0  # noqa: PLC0415

        flag_key = self.flag_key

        reason = self.reason

        value = self.value

        company_id: None | str | Unset
        if isinstance(self.company_id, Unset):
            company_id = UNSET
        else:
            company_id = self.company_id

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        flag_id: None | str | Unset
        if isinstance(self.flag_id, Unset):
            flag_id = UNSET
        else:
            flag_id = self.flag_id

        preflight = self.preflight

        req_company: dict[str, Any] | None | Unset
        if isinstance(self.req_company, Unset):
            req_company = UNSET
        elif isinstance(self.req_company, EventBodyFlagCheckReqCompanyType0):
            req_company = self.req_company.to_dict()
        else:
            req_company = self.req_company

        req_user: dict[str, Any] | None | Unset
        if isinstance(self.req_user, Unset):
            req_user = UNSET
        elif isinstance(self.req_user, EventBodyFlagCheckReqUserType0):
            req_user = self.req_user.to_dict()
        else:
            req_user = self.req_user

        rule_id: None | str | Unset
        if isinstance(self.rule_id, Unset):
            rule_id = UNSET
        else:
            rule_id = self.rule_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flag_key": flag_key,
                "reason": reason,
                "value": value,
            }
        )
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if error is not UNSET:
            field_dict["error"] = error
        if flag_id is not UNSET:
            field_dict["flag_id"] = flag_id
        if preflight is not UNSET:
            field_dict["preflight"] = preflight
        if req_company is not UNSET:
            field_dict["req_company"] = req_company
        if req_user is not UNSET:
            field_dict["req_user"] = req_user
        if rule_id is not UNSET:
            field_dict["rule_id"] = rule_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_body_flag_check_req_company_type_0 import EventBodyFlagCheckReqCompanyType0  # noqa: PLC0415
        from ..models.event_body_flag_check_req_user_type_0 import EventBodyFlagCheckReqUserType0  # noqa: PLC0415

        d = dict(src_dict)
        flag_key = d.pop("flag_key")

        reason = d.pop("reason")

        value = d.pop("value")

        def _parse_company_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_id = _parse_company_id(d.pop("company_id", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_flag_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flag_id = _parse_flag_id(d.pop("flag_id", UNSET))

        preflight = d.pop("preflight", UNSET)

        def _parse_req_company(data: object) -> EventBodyFlagCheckReqCompanyType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                return EventBodyFlagCheckReqCompanyType0.from_dict(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventBodyFlagCheckReqCompanyType0 | None | Unset, data)

        req_company = _parse_req_company(d.pop("req_company", UNSET))

        def _parse_req_user(data: object) -> EventBodyFlagCheckReqUserType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                return EventBodyFlagCheckReqUserType0.from_dict(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventBodyFlagCheckReqUserType0 | None | Unset, data)

        req_user = _parse_req_user(d.pop("req_user", UNSET))

        def _parse_rule_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rule_id = _parse_rule_id(d.pop("rule_id", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        event_body_flag_check = cls(
            flag_key=flag_key,
            reason=reason,
            value=value,
            company_id=company_id,
            error=error,
            flag_id=flag_id,
            preflight=preflight,
            req_company=req_company,
            req_user=req_user,
            rule_id=rule_id,
            user_id=user_id,
        )

        event_body_flag_check.additional_properties = d
        return event_body_flag_check

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
