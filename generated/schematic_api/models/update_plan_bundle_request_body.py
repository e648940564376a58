from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, as_model_list

if TYPE_CHECKING:
    from ..models.plan_bundle_credit_grant_request_body import PlanBundleCreditGrantRequestBody
    from ..models.plan_bundle_entitlement_request_body import PlanBundleEntitlementRequestBody
    from ..models.update_plan_request_body import UpdatePlanRequestBody
    from ..models.upsert_billing_product_request_body import UpsertBillingProductRequestBody


T = TypeVar("T", bound="UpdatePlanBundleRequestBody")


def _convert_entitlements(
    value: list[PlanBundleEntitlementRequestBody] | Sequence[PlanBundleEntitlementRequestBody | Mapping[str, Any]],
) -> list[PlanBundleEntitlementRequestBody]:
    return cast(
        "list[PlanBundleEntitlementRequestBody]",
        as_model_list(value, ".plan_bundle_entitlement_request_body", "PlanBundleEntitlementRequestBody", __package__),
    )


def _convert_plan(value: UpdatePlanRequestBody | Mapping[str, Any]) -> UpdatePlanRequestBody:
    return cast(
        "UpdatePlanRequestBody", as_model(value, ".update_plan_request_body", "UpdatePlanRequestBody", __package__)
    )


def _convert_billing_product(
    value: UpsertBillingProductRequestBody | Unset | Mapping[str, Any],
) -> UpsertBillingProductRequestBody | Unset:
    return cast(
        "UpsertBillingProductRequestBody | Unset",
        as_model(value, ".upsert_billing_product_request_body", "UpsertBillingProductRequestBody", __package__),
    )


def _convert_credit_grants(
    value: list[PlanBundleCreditGrantRequestBody]
    | Unset
    | Sequence[PlanBundleCreditGrantRequestBody | Mapping[str, Any]],
) -> list[PlanBundleCreditGrantRequestBody] | Unset:
    return cast(
        "list[PlanBundleCreditGrantRequestBody] | Unset",
        as_model_list(value, ".plan_bundle_credit_grant_request_body", "PlanBundleCreditGrantRequestBody", __package__),
    )


@_attrs_define
class UpdatePlanBundleRequestBody:
    """The `UpdatePlanBundleRequestBody` object of the API.

    Attributes:
        entitlements (list[PlanBundleEntitlementRequestBody])
        plan (UpdatePlanRequestBody)
        billing_product (UpsertBillingProductRequestBody | Unset)
        credit_grants (list[PlanBundleCreditGrantRequestBody] | Unset)
        plan_version_id (None | str | Unset)
    """

    entitlements: list[PlanBundleEntitlementRequestBody] = _attrs_field(converter=_convert_entitlements)

    plan: UpdatePlanRequestBody = _attrs_field(converter=_convert_plan)

    billing_product: UpsertBillingProductRequestBody | Unset = _attrs_field(
        default=UNSET, converter=_convert_billing_product
    )

    credit_grants: list[PlanBundleCreditGrantRequestBody] | Unset = _attrs_field(
        default=UNSET, converter=_convert_credit_grants
    )

    plan_version_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entitlements = []
        for entitlements_item_data in self.entitlements:
            entitlements_item = entitlements_item_data.to_dict()
            entitlements.append(entitlements_item)

        plan = self.plan.to_dict()

        billing_product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_product, Unset):
            billing_product = self.billing_product.to_dict()

        credit_grants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credit_grants, Unset):
            credit_grants = []
            for credit_grants_item_data in self.credit_grants:
                credit_grants_item = credit_grants_item_data.to_dict()
                credit_grants.append(credit_grants_item)

        plan_version_id: None | str | Unset
        if isinstance(self.plan_version_id, Unset):
            plan_version_id = UNSET
        else:
            plan_version_id = self.plan_version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entitlements": entitlements,
                "plan": plan,
            }
        )
        if billing_product is not UNSET:
            field_dict["billing_product"] = billing_product
        if credit_grants is not UNSET:
            field_dict["credit_grants"] = credit_grants
        if plan_version_id is not UNSET:
            field_dict["plan_version_id"] = plan_version_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plan_bundle_credit_grant_request_body import PlanBundleCreditGrantRequestBody  # noqa: PLC0415
        from ..models.plan_bundle_entitlement_request_body import PlanBundleEntitlementRequestBody  # noqa: PLC0415
        from ..models.update_plan_request_body import UpdatePlanRequestBody  # noqa: PLC0415
        from ..models.upsert_billing_product_request_body import UpsertBillingProductRequestBody  # noqa: PLC0415

        d = dict(src_dict)
        entitlements = []
        _entitlements = d.pop("entitlements")
        for entitlements_item_data in _entitlements:
            entitlements_item = PlanBundleEntitlementRequestBody.from_dict(entitlements_item_data)

            entitlements.append(entitlements_item)

        plan = UpdatePlanRequestBody.from_dict(d.pop("plan"))

        _billing_product = d.pop("billing_product", UNSET)
        billing_product: UpsertBillingProductRequestBody | Unset
        if isinstance(_billing_product, Unset):
            billing_product = UNSET
        else:
            billing_product = UpsertBillingProductRequestBody.from_dict(_billing_product)

        _credit_grants = d.pop("credit_grants", UNSET)
        credit_grants: list[PlanBundleCreditGrantRequestBody] | Unset = UNSET
        if _credit_grants is not UNSET:
            credit_grants = []
            for credit_grants_item_data in _credit_grants:
                credit_grants_item = PlanBundleCreditGrantRequestBody.from_dict(credit_grants_item_data)

                credit_grants.append(credit_grants_item)

        def _parse_plan_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plan_version_id = _parse_plan_version_id(d.pop("plan_version_id", UNSET))

        update_plan_bundle_request_body = cls(
            entitlements=entitlements,
            plan=plan,
            billing_product=billing_product,
            credit_grants=credit_grants,
            plan_version_id=plan_version_id,
        )

        update_plan_bundle_request_body.additional_properties = d
        return update_plan_bundle_request_body

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
