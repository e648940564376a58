from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag_type import FlagType, check_flag_type
from ..types import UNSET, Unset, as_model, as_model_list, parse_datetime

if TYPE_CHECKING:
    from ..models.feature_response_data import FeatureResponseData
    from ..models.rule_detail_response_data import RuleDetailResponseData


T = TypeVar("T", bound="FlagInPlanResponseData")


def _convert_rules(
    value: list[RuleDetailResponseData] | Sequence[RuleDetailResponseData | Mapping[str, Any]],
) -> list[RuleDetailResponseData]:
    return cast(
        "list[RuleDetailResponseData]",
        as_model_list(value, ".rule_detail_response_data", "RuleDetailResponseData", __package__),
    )


def _convert_feature(value: FeatureResponseData | Unset | Mapping[str, Any]) -> FeatureResponseData | Unset:
    return cast(
        "FeatureResponseData | Unset", as_model(value, ".feature_response_data", "FeatureResponseData", __package__)
    )


@_attrs_define
class FlagInPlanResponseData:
    """The `FlagInPlanResponseData` object of the API.

    Attributes:
        created_at (datetime.datetime)
        default_value (bool)
        description (str)
        flag_type (FlagType)
        id (str)
        key (str)
        name (str)
        rules (list[RuleDetailResponseData])
        updated_at (datetime.datetime)
        feature (FeatureResponseData | Unset)
        feature_id (None | str | Unset)
        last_checked_at (datetime.datetime | None | Unset)
        maintainer_account_member_id (None | str | Unset)
    """

    created_at: datetime.datetime

    default_value: bool

    description: str

    flag_type: FlagType

    id: str

    key: str

    name: str

    rules: list[RuleDetailResponseData] = _attrs_field(converter=_convert_rules)

    updated_at: datetime.datetime

    feature: FeatureResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_feature)

    feature_id: None | str | Unset = UNSET

    last_checked_at: datetime.datetime | None | Unset = UNSET

    maintainer_account_member_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        default_value = self.default_value

        description = self.description

        flag_type: str = self.flag_type

        id = self.id

        key = self.key

        name = self.name

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        updated_at = self.updated_at.isoformat()

        feature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feature, Unset):
            feature = self.feature.to_dict()

        feature_id: None | str | Unset
        if isinstance(self.feature_id, Unset):
            feature_id = UNSET
        else:
            feature_id = self.feature_id

        last_checked_at: None | str | Unset
        if isinstance(self.last_checked_at, Unset):
            last_checked_at = UNSET
        elif isinstance(self.last_checked_at, datetime.datetime):
            last_checked_at = self.last_checked_at.isoformat()
        else:
            last_checked_at = self.last_checked_at

        maintainer_account_member_id: None | str | Unset
        if isinstance(self.maintainer_account_member_id, Unset):
            maintainer_account_member_id = UNSET
        else:
            maintainer_account_member_id = self.maintainer_account_member_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "default_value": default_value,
                "description": description,
                "flag_type": flag_type,
                "id": id,
                "key": key,
                "name": name,
                "rules": rules,
                "updated_at": updated_at,
            }
        )
        if feature is not UNSET:
            field_dict["feature"] = feature
        if feature_id is not UNSET:
            field_dict["feature_id"] = feature_id
        if last_checked_at is not UNSET:
            field_dict["last_checked_at"] = last_checked_at
        if maintainer_account_member_id is not UNSET:
            field_dict["maintainer_account_member_id"] = maintainer_account_member_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.feature_response_data import FeatureResponseData  # noqa: PLC0415
        from ..models.rule_detail_response_data import RuleDetailResponseData  # noqa: PLC0415

        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        default_value = d.pop("default_value")

        description = d.pop("description")

        flag_type = check_flag_type(d.pop("flag_type"))

        id = d.pop("id")

        key = d.pop("key")

        name = d.pop("name")

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = RuleDetailResponseData.from_dict(rules_item_data)

            rules.append(rules_item)

        updated_at = parse_datetime(d.pop("updated_at"))

        _feature = d.pop("feature", UNSET)
        feature: FeatureResponseData | Unset
        if isinstance(_feature, Unset):
            feature = UNSET
        else:
            feature = FeatureResponseData.from_dict(_feature)

        def _parse_feature_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        feature_id = _parse_feature_id(d.pop("feature_id", UNSET))

        def _parse_last_checked_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return parse_datetime(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_checked_at = _parse_last_checked_at(d.pop("last_checked_at", UNSET))

        def _parse_maintainer_account_member_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        maintainer_account_member_id = _parse_maintainer_account_member_id(d.pop("maintainer_account_member_id", UNSET))

        flag_in_plan_response_data = cls(
            created_at=created_at,
            default_value=default_value,
            description=description,
            flag_type=flag_type,
            id=id,
            key=key,
            name=name,
            rules=rules,
            updated_at=updated_at,
            feature=feature,
            feature_id=feature_id,
            last_checked_at=last_checked_at,
            maintainer_account_member_id=maintainer_account_member_id,
        )

        flag_in_plan_response_data.additional_properties = d
        return flag_in_plan_response_data

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
