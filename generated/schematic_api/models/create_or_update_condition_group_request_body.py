from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model_list

if TYPE_CHECKING:
    from ..models.create_or_update_condition_request_body import CreateOrUpdateConditionRequestBody


T = TypeVar("T", bound="CreateOrUpdateConditionGroupRequestBody")


def _convert_conditions(
    value: list[CreateOrUpdateConditionRequestBody] | Sequence[CreateOrUpdateConditionRequestBody | Mapping[str, Any]],
) -> list[CreateOrUpdateConditionRequestBody]:
    return cast(
        "list[CreateOrUpdateConditionRequestBody]",
        as_model_list(
            value, ".create_or_update_condition_request_body", "CreateOrUpdateConditionRequestBody", __package__
        ),
    )


@_attrs_define
class CreateOrUpdateConditionGroupRequestBody:
    """The `CreateOrUpdateConditionGroupRequestBody` object of the API.

    Attributes:
        conditions (list[CreateOrUpdateConditionRequestBody])
        flag_id (None | str | Unset)
        id (None | str | Unset)
    """

    conditions: list[CreateOrUpdateConditionRequestBody] = _attrs_field(converter=_convert_conditions)

    flag_id: None | str | Unset = UNSET

    id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item = conditions_item_data.to_dict()
            conditions.append(conditions_item)

        flag_id: None | str | Unset
        if isinstance(self.flag_id, Unset):
            flag_id = UNSET
        else:
            flag_id = self.flag_id

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conditions": conditions,
            }
        )
        if flag_id is not UNSET:
            field_dict["flag_id"] = flag_id
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_or_update_condition_request_body import CreateOrUpdateConditionRequestBody  # noqa: PLC0415

        d = dict(src_dict)
        conditions = []
        _conditions = d.pop("conditions")
        for conditions_item_data in _conditions:
            conditions_item = CreateOrUpdateConditionRequestBody.from_dict(conditions_item_data)

            conditions.append(conditions_item)

        def _parse_flag_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flag_id = _parse_flag_id(d.pop("flag_id", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        create_or_update_condition_group_request_body = cls(
            conditions=conditions,
            flag_id=flag_id,
            id=id,
        )

        create_or_update_condition_group_request_body.additional_properties = d
        return create_or_update_condition_group_request_body

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
