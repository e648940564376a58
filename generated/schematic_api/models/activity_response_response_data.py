from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model_list

if TYPE_CHECKING:
    from ..models.activity_entry_response_data import ActivityEntryResponseData


T = TypeVar("T", bound="ActivityResponseResponseData")


def _convert_entries(
    value: list[ActivityEntryResponseData] | Sequence[ActivityEntryResponseData | Mapping[str, Any]],
) -> list[ActivityEntryResponseData]:
    return cast(
        "list[ActivityEntryResponseData]",
        as_model_list(value, ".activity_entry_response_data", "ActivityEntryResponseData", __package__),
    )


@_attrs_define
class ActivityResponseResponseData:
    """The `ActivityResponseResponseData` object of the API.

    Attributes:
        entries (list[ActivityEntryResponseData])
    """

    entries: list[ActivityEntryResponseData] = _attrs_field(converter=_convert_entries)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entries": entries,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_entry_response_data import ActivityEntryResponseData  # noqa: PLC0415

        d = dict(src_dict)
        entries = []
        _entries = d.pop("entries")
        for entries_item_data in _entries:
            entries_item = ActivityEntryResponseData.from_dict(entries_item_data)

            entries.append(entries_item)

        activity_response_response_data = cls(
            entries=entries,
        )

        activity_response_response_data.additional_properties = d
        return activity_response_response_data

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
