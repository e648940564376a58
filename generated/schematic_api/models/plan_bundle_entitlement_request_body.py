from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_bundle_action import PlanBundleAction, check_plan_bundle_action
from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.create_entitlement_in_bundle_request_body import CreateEntitlementInBundleRequestBody


T = TypeVar("T", bound="PlanBundleEntitlementRequestBody")


def _convert_req(
    value: CreateEntitlementInBundleRequestBody | Unset | Mapping[str, Any],
) -> CreateEntitlementInBundleRequestBody | Unset:
    return cast(
        "CreateEntitlementInBundleRequestBody | Unset",
        as_model(
            value, ".create_entitlement_in_bundle_request_body", "CreateEntitlementInBundleRequestBody", __package__
        ),
    )


@_attrs_define
class PlanBundleEntitlementRequestBody:
    """The `PlanBundleEntitlementRequestBody` object of the API.

    Attributes:
        action (PlanBundleAction)
        entitlement_id (None | str | Unset)
        req (CreateEntitlementInBundleRequestBody | Unset)
    """

    action: PlanBundleAction

    entitlement_id: None | str | Unset = UNSET

    req: CreateEntitlementInBundleRequestBody | Unset = _attrs_field(default=UNSET, converter=_convert_req)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        entitlement_id: None | str | Unset
        if isinstance(self.entitlement_id, Unset):
            entitlement_id = UNSET
        else:
            entitlement_id = self.entitlement_id

        req: dict[str, Any] | Unset = UNSET
        if not isinstance(self.req, Unset):
            req = self.req.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if entitlement_id is not UNSET:
            field_dict["entitlement_id"] = entitlement_id
        if req is not UNSET:
            field_dict["req"] = req

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_entitlement_in_bundle_request_body import CreateEntitlementInBundleRequestBody  # noqa: PLC0415

        d = dict(src_dict)
        action = check_plan_bundle_action(d.pop("action"))

        def _parse_entitlement_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entitlement_id = _parse_entitlement_id(d.pop("entitlement_id", UNSET))

        _req = d.pop("req", UNSET)
        req: CreateEntitlementInBundleRequestBody | Unset
        if isinstance(_req, Unset):
            req = UNSET
        else:
            req = CreateEntitlementInBundleRequestBody.from_dict(_req)

        plan_bundle_entitlement_request_body = cls(
            action=action,
            entitlement_id=entitlement_id,
            req=req,
        )

        plan_bundle_entitlement_request_body.additional_properties = d
        return plan_bundle_entitlement_request_body

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
