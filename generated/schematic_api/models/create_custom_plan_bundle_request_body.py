from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, as_model_list

if TYPE_CHECKING:
    from ..models.create_custom_plan_bundle_plan_request_body import CreateCustomPlanBundlePlanRequestBody
    from ..models.plan_bundle_credit_grant_request_body import PlanBundleCreditGrantRequestBody
    from ..models.plan_bundle_entitlement_request_body import PlanBundleEntitlementRequestBody
    from ..models.upsert_billing_product_request_body import UpsertBillingProductRequestBody


T = TypeVar("T", bound="CreateCustomPlanBundleRequestBody")


def _convert_billing_product(
    value: UpsertBillingProductRequestBody | Mapping[str, Any],
) -> UpsertBillingProductRequestBody:
    return cast(
        "UpsertBillingProductRequestBody",
        as_model(value, ".upsert_billing_product_request_body", "UpsertBillingProductRequestBody", __package__),
    )


def _convert_entitlements(
    value: list[PlanBundleEntitlementRequestBody] | Sequence[PlanBundleEntitlementRequestBody | Mapping[str, Any]],
) -> list[PlanBundleEntitlementRequestBody]:
    return cast(
        "list[PlanBundleEntitlementRequestBody]",
        as_model_list(value, ".plan_bundle_entitlement_request_body", "PlanBundleEntitlementRequestBody", __package__),
    )


def _convert_plan(
    value: CreateCustomPlanBundlePlanRequestBody | Mapping[str, Any],
) -> CreateCustomPlanBundlePlanRequestBody:
    return cast(
        "CreateCustomPlanBundlePlanRequestBody",
        as_model(
            value, ".create_custom_plan_bundle_plan_request_body", "CreateCustomPlanBundlePlanRequestBody", __package__
        ),
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
class CreateCustomPlanBundleRequestBody:
    """The `CreateCustomPlanBundleRequestBody` object of the API.

    Attributes:
        billing_product (UpsertBillingProductRequestBody)
        entitlements (list[PlanBundleEntitlementRequestBody])
        plan (CreateCustomPlanBundlePlanRequestBody)
        credit_grants (list[PlanBundleCreditGrantRequestBody] | Unset)
    """

    billing_product: UpsertBillingProductRequestBody = _attrs_field(converter=_convert_billing_product)

    entitlements: list[PlanBundleEntitlementRequestBody] = _attrs_field(converter=_convert_entitlements)

    plan: CreateCustomPlanBundlePlanRequestBody = _attrs_field(converter=_convert_plan)

    credit_grants: list[PlanBundleCreditGrantRequestBody] | Unset = _attrs_field(
        default=UNSET, converter=_convert_credit_grants
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_product = self.billing_product.to_dict()

        entitlements = []
        for entitlements_item_data in self.entitlements:
            entitlements_item = entitlements_item_data.to_dict()
            entitlements.append(entitlements_item)

        plan = self.plan.to_dict()

        credit_grants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credit_grants, Unset):
            credit_grants = []
            for credit_grants_item_data in self.credit_grants:
                credit_grants_item = credit_grants_item_data.to_dict()
                credit_grants.append(credit_grants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "billing_product": billing_product,
                "entitlements": entitlements,
                "plan": plan,
            }
        )
        if credit_grants is not UNSET:
            field_dict["credit_grants"] = credit_grants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_custom_plan_bundle_plan_request_body import CreateCustomPlanBundlePlanRequestBody  # noqa: PLC0415
        from ..models.plan_bundle_credit_grant_request_body import PlanBundleCreditGrantRequestBody  # noqa: PLC0415
        from ..models.plan_bundle_entitlement_request_body import PlanBundleEntitlementRequestBody  # noqa: PLC0415
        from ..models.upsert_billing_product_request_body import UpsertBillingProductRequestBody  # noqa: PLC0415

        d = dict(src_dict)
        billing_product = UpsertBillingProductRequestBody.from_dict(d.pop("billing_product"))

        entitlements = []
        _entitlements = d.pop("entitlements")
        for entitlements_item_data in _entitlements:
            entitlements_item = PlanBundleEntitlementRequestBody.from_dict(entitlements_item_data)

            entitlements.append(entitlements_item)

        plan = CreateCustomPlanBundlePlanRequestBody.from_dict(d.pop("plan"))

        _credit_grants = d.pop("credit_grants", UNSET)
        credit_grants: list[PlanBundleCreditGrantRequestBody] | Unset = UNSET
        if _credit_grants is not UNSET:
            credit_grants = []
            for credit_grants_item_data in _credit_grants:
                credit_grants_item = PlanBundleCreditGrantRequestBody.from_dict(credit_grants_item_data)

                credit_grants.append(credit_grants_item)

        create_custom_plan_bundle_request_body = cls(
            billing_product=billing_product,
            entitlements=entitlements,
            plan=plan,
            credit_grants=credit_grants,
        )

        create_custom_plan_bundle_request_body.additional_properties = d
        return create_custom_plan_bundle_request_body

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
