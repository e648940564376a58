from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model_list

if TYPE_CHECKING:
    from ..models.update_plan_trait_trait_request_body import UpdatePlanTraitTraitRequestBody


T = TypeVar("T", bound="UpdatePlanTraitBulkRequestBody")


def _convert_traits(
    value: list[UpdatePlanTraitTraitRequestBody] | Sequence[UpdatePlanTraitTraitRequestBody | Mapping[str, Any]],
) -> list[UpdatePlanTraitTraitRequestBody]:
    return cast(
        "list[UpdatePlanTraitTraitRequestBody]",
        as_model_list(value, ".update_plan_trait_trait_request_body", "UpdatePlanTraitTraitRequestBody", __package__),
    )


@_attrs_define
class UpdatePlanTraitBulkRequestBody:
    """The `UpdatePlanTraitBulkRequestBody` object of the API.

    Attributes:
        apply_to_existing_companies (bool)
        plan_id (str)
        traits (list[UpdatePlanTraitTraitRequestBody])
    """

    apply_to_existing_companies: bool

    plan_id: str

    traits: list[UpdatePlanTraitTraitRequestBody] = _attrs_field(converter=_convert_traits)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apply_to_existing_companies = self.apply_to_existing_companies

        plan_id = self.plan_id

        traits = []
        for traits_item_data in self.traits:
            traits_item = traits_item_data.to_dict()
            traits.append(traits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apply_to_existing_companies": apply_to_existing_companies,
                "plan_id": plan_id,
                "traits": traits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_plan_trait_trait_request_body import UpdatePlanTraitTraitRequestBody  # noqa: PLC0415

        d = dict(src_dict)
        apply_to_existing_companies = d.pop("apply_to_existing_companies")

        plan_id = d.pop("plan_id")

        traits = []
        _traits = d.pop("traits")
        for traits_item_data in _traits:
            traits_item = UpdatePlanTraitTraitRequestBody.from_dict(traits_item_data)

            traits.append(traits_item)

        update_plan_trait_bulk_request_body = cls(
            apply_to_existing_companies=apply_to_existing_companies,
            plan_id=plan_id,
            traits=traits,
        )

        update_plan_trait_bulk_request_body.additional_properties = d
        return update_plan_trait_bulk_request_body

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
