from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model_list

if TYPE_CHECKING:
    from ..models.check_flags_response_data import CheckFlagsResponseData


T = TypeVar("T", bound="CheckFlagsBulkResponseData")


def _convert_data(
    value: list[CheckFlagsResponseData] | Sequence[CheckFlagsResponseData | Mapping[str, Any]],
) -> list[CheckFlagsResponseData]:
    return cast(
        "list[CheckFlagsResponseData]",
        as_model_list(value, ".check_flags_response_data", "CheckFlagsResponseData", __package__),
    )


@_attrs_define
class CheckFlagsBulkResponseData:
    """The `CheckFlagsBulkResponseData` object of the API.

    Attributes:
        data (list[CheckFlagsResponseData])
    """

    data: list[CheckFlagsResponseData] = _attrs_field(converter=_convert_data)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.check_flags_response_data import CheckFlagsResponseData  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = CheckFlagsResponseData.from_dict(data_item_data)

            data.append(data_item)

        check_flags_bulk_response_data = cls(
            data=data,
        )

        check_flags_bulk_response_data.additional_properties = d
        return check_flags_bulk_response_data

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
