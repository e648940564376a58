from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model_list

if TYPE_CHECKING:
    from ..models.check_flag_response_data import CheckFlagResponseData


T = TypeVar("T", bound="CheckFlagsResponseData")


def _convert_flags(
    value: list[CheckFlagResponseData] | Sequence[CheckFlagResponseData | Mapping[str, Any]],
) -> list[CheckFlagResponseData]:
    return cast(
        "list[CheckFlagResponseData]",
        as_model_list(value, ".check_flag_response_data", "CheckFlagResponseData", __package__),
    )


@_attrs_define
class CheckFlagsResponseData:
    """Results of checking all flags for one context

    Attributes:
        flags (list[CheckFlagResponseData])
    """

    flags: list[CheckFlagResponseData] = _attrs_field(converter=_convert_flags)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flags = []
        for flags_item_data in self.flags:
            flags_item = flags_item_data.to_dict()
            flags.append(flags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flags": flags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.check_flag_response_data import CheckFlagResponseData  # noqa: PLC0415

        d = dict(src_dict)
        flags = []
        _flags = d.pop("flags")
        for flags_item_data in _flags:
            flags_item = CheckFlagResponseData.from_dict(flags_item_data)

            flags.append(flags_item)

        check_flags_response_data = cls(
            flags=flags,
        )

        check_flags_response_data.additional_properties = d
        return check_flags_response_data

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
