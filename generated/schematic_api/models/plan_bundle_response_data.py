from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, as_model_list

if TYPE_CHECKING:
    from ..models.billing_plan_credit_grant_response_data import BillingPlanCreditGrantResponseData
    from ..models.billing_product_plan_response_data import BillingProductPlanResponseData
    from ..models.plan_entitlement_response_data import PlanEntitlementResponseData
    from ..models.plan_response_data import PlanResponseData
    from ..models.plan_version_response_data import PlanVersionResponseData


T = TypeVar("T", bound="PlanBundleResponseData")


def _convert_billing_product(
    value: BillingProductPlanResponseData | Unset | Mapping[str, Any],
) -> BillingProductPlanResponseData | Unset:
    return cast(
        "BillingProductPlanResponseData | Unset",
        as_model(value, ".billing_product_plan_response_data", "BillingProductPlanResponseData", __package__),
    )


def _convert_credit_grants(
    value: list[BillingPlanCreditGrantResponseData]
    | Unset
    | Sequence[BillingPlanCreditGrantResponseData | Mapping[str, Any]],
) -> list[BillingPlanCreditGrantResponseData] | Unset:
    return cast(
        "list[BillingPlanCreditGrantResponseData] | Unset",
        as_model_list(
            value, ".billing_plan_credit_grant_response_data", "BillingPlanCreditGrantResponseData", __package__
        ),
    )


def _convert_entitlements(
    value: list[PlanEntitlementResponseData] | Unset | Sequence[PlanEntitlementResponseData | Mapping[str, Any]],
) -> list[PlanEntitlementResponseData] | Unset:
    return cast(
        "list[PlanEntitlementResponseData] | Unset",
        as_model_list(value, ".plan_entitlement_response_data", "PlanEntitlementResponseData", __package__),
    )


def _convert_plan(value: PlanResponseData | Unset | Mapping[str, Any]) -> PlanResponseData | Unset:
    return cast("PlanResponseData | Unset", as_model(value, ".plan_response_data", "PlanResponseData", __package__))


def _convert_plan_version(
    value: PlanVersionResponseData | Unset | Mapping[str, Any],
) -> PlanVersionResponseData | Unset:
    return cast(
        "PlanVersionResponseData | Unset",
        as_model(value, ".plan_version_response_data", "PlanVersionResponseData", __package__),
    )


@_attrs_define
class PlanBundleResponseData:
    """The `PlanBundleResponseData` object of the API.

    Attributes:
        billing_product (BillingProductPlanResponseData | Unset)
        credit_grants (list[BillingPlanCreditGrantResponseData] | Unset)
        entitlements (list[PlanEntitlementResponseData] | Unset)
        plan (PlanResponseData | Unset)
        plan_version (PlanVersionResponseData | Unset)
    """

    billing_product: BillingProductPlanResponseData | Unset = _attrs_field(
        default=UNSET, converter=_convert_billing_product
    )

    credit_grants: list[BillingPlanCreditGrantResponseData] | Unset = _attrs_field(
        default=UNSET, converter=_convert_credit_grants
    )

    entitlements: list[PlanEntitlementResponseData] | Unset = _attrs_field(
        default=UNSET, converter=_convert_entitlements
    )

    plan: PlanResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_plan)

    plan_version: PlanVersionResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_plan_version)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_product, Unset):
            billing_product = self.billing_product.to_dict()

        credit_grants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credit_grants, Unset):
            credit_grants = []
            for credit_grants_item_data in self.credit_grants:
                credit_grants_item = credit_grants_item_data.to_dict()
                credit_grants.append(credit_grants_item)

        entitlements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entitlements, Unset):
            entitlements = []
            for entitlements_item_data in self.entitlements:
                entitlements_item = entitlements_item_data.to_dict()
                entitlements.append(entitlements_item)

        plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plan, Unset):
            plan = self.plan.to_dict()

        plan_version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plan_version, Unset):
            plan_version = self.plan_version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billing_product is not UNSET:
            field_dict["billing_product"] = billing_product
        if credit_grants is not UNSET:
            field_dict["credit_grants"] = credit_grants
        if entitlements is not UNSET:
            field_dict["entitlements"] = entitlements
        if plan is not UNSET:
            field_dict["plan"] = plan
        if plan_version is not UNSET:
            field_dict["plan_version"] = plan_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_plan_credit_grant_response_data import BillingPlanCreditGrantResponseData  # noqa: PLC0415
        from ..models.billing_product_plan_response_data import BillingProductPlanResponseData  # noqa: PLC0415
        from ..models.plan_entitlement_response_data import PlanEntitlementResponseData  # noqa: PLC0415
        from ..models.plan_response_data import PlanResponseData  # noqa: PLC0415
        from ..models.plan_version_response_data import PlanVersionResponseData  # noqa: PLC0415

        d = dict(src_dict)
        _billing_product = d.pop("billing_product", UNSET)
        billing_product: BillingProductPlanResponseData | Unset
        if isinstance(_billing_product, Unset):
            billing_product = UNSET
        else:
            billing_product = BillingProductPlanResponseData.from_dict(_billing_product)

        _credit_grants = d.pop("credit_grants", UNSET)
        credit_grants: list[BillingPlanCreditGrantResponseData] | Unset = UNSET
        if _credit_grants is not UNSET:
            credit_grants = []
            for credit_grants_item_data in _credit_grants:
                credit_grants_item = BillingPlanCreditGrantResponseData.from_dict(credit_grants_item_data)

                credit_grants.append(credit_grants_item)

        _entitlements = d.pop("entitlements", UNSET)
        entitlements: list[PlanEntitlementResponseData] | Unset = UNSET
        if _entitlements is not UNSET:
            entitlements = []
            for entitlements_item_data in _entitlements:
                entitlements_item = PlanEntitlementResponseData.from_dict(entitlements_item_data)

                entitlements.append(entitlements_item)

        _plan = d.pop("plan", UNSET)
        plan: PlanResponseData | Unset
        if isinstance(_plan, Unset):
            plan = UNSET
        else:
            plan = PlanResponseData.from_dict(_plan)

        _plan_version = d.pop("plan_version", UNSET)
        plan_version: PlanVersionResponseData | Unset
        if isinstance(_plan_version, Unset):
            plan_version = UNSET
        else:
            plan_version = PlanVersionResponseData.from_dict(_plan_version)

        plan_bundle_response_data = cls(
            billing_product=billing_product,
            credit_grants=credit_grants,
            entitlements=entitlements,
            plan=plan,
            plan_version=plan_version,
        )

        plan_bundle_response_data.additional_properties = d
        return plan_bundle_response_data

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
