from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_bundle_action import PlanBundleAction, check_plan_bundle_action
from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.create_billing_plan_credit_grant_request_body import CreateBillingPlanCreditGrantRequestBody
    from ..models.delete_billing_plan_credit_grant_request_body import DeleteBillingPlanCreditGrantRequestBody
    from ..models.update_billing_plan_credit_grant_request_body import UpdateBillingPlanCreditGrantRequestBody


T = TypeVar("T", bound="PlanBundleCreditGrantRequestBody")


def _convert_create_req(
    value: CreateBillingPlanCreditGrantRequestBody | Unset | Mapping[str, Any],
) -> CreateBillingPlanCreditGrantRequestBody | Unset:
    return cast(
        "CreateBillingPlanCreditGrantRequestBody | Unset",
        as_model(
            value,
            ".create_billing_plan_credit_grant_request_body",
            "CreateBillingPlanCreditGrantRequestBody",
            __package__,
        ),
    )


def _convert_delete_req(
    value: DeleteBillingPlanCreditGrantRequestBody | Unset | Mapping[str, Any],
) -> DeleteBillingPlanCreditGrantRequestBody | Unset:
    return cast(
        "DeleteBillingPlanCreditGrantRequestBody | Unset",
        as_model(
            value,
            ".delete_billing_plan_credit_grant_request_body",
            "DeleteBillingPlanCreditGrantRequestBody",
            __package__,
        ),
    )


def _convert_update_req(
    value: UpdateBillingPlanCreditGrantRequestBody | Unset | Mapping[str, Any],
) -> UpdateBillingPlanCreditGrantRequestBody | Unset:
    return cast(
        "UpdateBillingPlanCreditGrantRequestBody | Unset",
        as_model(
            value,
            ".update_billing_plan_credit_grant_request_body",
            "UpdateBillingPlanCreditGrantRequestBody",
            __package__,
        ),
    )


@_attrs_define
class PlanBundleCreditGrantRequestBody:
    """The `PlanBundleCreditGrantRequestBody` object of the API.

    Attributes:
        action (PlanBundleAction)
        create_req (CreateBillingPlanCreditGrantRequestBody | Unset)
        credit_grant_id (None | str | Unset)
        delete_req (DeleteBillingPlanCreditGrantRequestBody | Unset)
        update_req (UpdateBillingPlanCreditGrantRequestBody | Unset)
    """

    action: PlanBundleAction

    create_req: CreateBillingPlanCreditGrantRequestBody | Unset = _attrs_field(
        default=UNSET, converter=_convert_create_req
    )

    credit_grant_id: None | str | Unset = UNSET

    delete_req: DeleteBillingPlanCreditGrantRequestBody | Unset = _attrs_field(
        default=UNSET, converter=_convert_delete_req
    )

    update_req: UpdateBillingPlanCreditGrantRequestBody | Unset = _attrs_field(
        default=UNSET, converter=_convert_update_req
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        create_req: dict[str, Any] | Unset = UNSET
        if not isinstance(self.create_req, Unset):
            create_req = self.create_req.to_dict()

        credit_grant_id: None | str | Unset
        if isinstance(self.credit_grant_id, Unset):
            credit_grant_id = UNSET
        else:
            credit_grant_id = self.credit_grant_id

        delete_req: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delete_req, Unset):
            delete_req = self.delete_req.to_dict()

        update_req: dict[str, Any] | Unset = UNSET
        if not isinstance(self.update_req, Unset):
            update_req = self.update_req.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if create_req is not UNSET:
            field_dict["create_req"] = create_req
        if credit_grant_id is not UNSET:
            field_dict["credit_grant_id"] = credit_grant_id
        if delete_req is not UNSET:
            field_dict["delete_req"] = delete_req
        if update_req is not UNSET:
            field_dict["update_req"] = update_req

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_billing_plan_credit_grant_request_body import CreateBillingPlanCreditGrantRequestBody  # noqa: PLC0415
        from ..models.delete_billing_plan_credit_grant_request_body import DeleteBillingPlanCreditGrantRequestBody  # noqa: PLC0415
        from ..models.update_billing_plan_credit_grant_request_body import UpdateBillingPlanCreditGrantRequestBody  # noqa: PLC0415

        d = dict(src_dict)
        action = check_plan_bundle_action(d.pop("action"))

        _create_req = d.pop("create_req", UNSET)
        create_req: CreateBillingPlanCreditGrantRequestBody | Unset
        if isinstance(_create_req, Unset):
            create_req = UNSET
        else:
            create_req = CreateBillingPlanCreditGrantRequestBody.from_dict(_create_req)

        def _parse_credit_grant_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credit_grant_id = _parse_credit_grant_id(d.pop("credit_grant_id", UNSET))

        _delete_req = d.pop("delete_req", UNSET)
        delete_req: DeleteBillingPlanCreditGrantRequestBody | Unset
        if isinstance(_delete_req, Unset):
            delete_req = UNSET
        else:
            delete_req = DeleteBillingPlanCreditGrantRequestBody.from_dict(_delete_req)

        _update_req = d.pop("update_req", UNSET)
        update_req: UpdateBillingPlanCreditGrantRequestBody | Unset
        if isinstance(_update_req, Unset):
            update_req = UNSET
        else:
            update_req = UpdateBillingPlanCreditGrantRequestBody.from_dict(_update_req)

        plan_bundle_credit_grant_request_body = cls(
            action=action,
            create_req=create_req,
            credit_grant_id=credit_grant_id,
            delete_req=delete_req,
            update_req=update_req,
        )

        plan_bundle_credit_grant_request_body.additional_properties = d
        return plan_bundle_credit_grant_request_body

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
