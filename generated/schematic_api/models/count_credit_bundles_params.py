from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_credit_bundle_status import BillingCreditBundleStatus, check_billing_credit_bundle_status
from ..models.billing_credit_bundle_type import BillingCreditBundleType, check_billing_credit_bundle_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CountCreditBundlesParams")


@_attrs_define
class CountCreditBundlesParams:
    """The parameters countCreditBundles was called with

    Attributes:
        bundle_type (BillingCreditBundleType | Unset)
        credit_id (str | Unset)
        ids (list[str] | Unset)
        limit (int | Unset)
        offset (int | Unset)
        status (BillingCreditBundleStatus | Unset)
    """

    bundle_type: BillingCreditBundleType | Unset = UNSET

    credit_id: str | Unset = UNSET

    ids: list[str] | Unset = UNSET

    limit: int | Unset = UNSET

    offset: int | Unset = UNSET

    status: BillingCreditBundleStatus | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bundle_type: str | Unset = UNSET
        if not isinstance(self.bundle_type, Unset):
            bundle_type = self.bundle_type

        credit_id = self.credit_id

        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        limit = self.limit

        offset = self.offset

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bundle_type is not UNSET:
            field_dict["bundle_type"] = bundle_type
        if credit_id is not UNSET:
            field_dict["credit_id"] = credit_id
        if ids is not UNSET:
            field_dict["ids"] = ids
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _bundle_type = d.pop("bundle_type", UNSET)
        bundle_type: BillingCreditBundleType | Unset
        if isinstance(_bundle_type, Unset):
            bundle_type = UNSET
        else:
            bundle_type = check_billing_credit_bundle_type(_bundle_type)

        credit_id = d.pop("credit_id", UNSET)

        ids = cast(list[str], d.pop("ids", UNSET))

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        _status = d.pop("status", UNSET)
        status: BillingCreditBundleStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_billing_credit_bundle_status(_status)

        count_credit_bundles_params = cls(
            bundle_type=bundle_type,
            credit_id=credit_id,
            ids=ids,
            limit=limit,
            offset=offset,
            status=status,
        )

        count_credit_bundles_params.additional_properties = d
        return count_credit_bundles_params

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
