from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model_list

if TYPE_CHECKING:
    from ..models.check_flag_request_body import CheckFlagRequestBody


T = TypeVar("T", bound="CheckFlagsBulkRequestBody")


def _convert_contexts(
    value: list[CheckFlagRequestBody] | Sequence[CheckFlagRequestBody | Mapping[str, Any]],
) -> list[CheckFlagRequestBody]:
    return cast(
        "list[CheckFlagRequestBody]",
        as_model_list(value, ".check_flag_request_body", "CheckFlagRequestBody", __package__),
    )


@_attrs_define
class CheckFlagsBulkRequestBody:
    """The `CheckFlagsBulkRequestBody` object of the API.

    Attributes:
        contexts (list[CheckFlagRequestBody])
    """

    contexts: list[CheckFlagRequestBody] = _attrs_field(converter=_convert_contexts)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contexts = []
        for contexts_item_data in self.contexts:
            contexts_item = contexts_item_data.to_dict()
            contexts.append(contexts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contexts": contexts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.check_flag_request_body import CheckFlagRequestBody  # noqa: PLC0415

        d = dict(src_dict)
        contexts = []
        _contexts = d.pop("contexts")
        for contexts_item_data in _contexts:
            contexts_item = CheckFlagRequestBody.from_dict(contexts_item_data)

            contexts.append(contexts_item)

        check_flags_bulk_request_body = cls(
            contexts=contexts,
        )

        check_flags_bulk_request_body.additional_properties = d
        return check_flags_bulk_request_body

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
