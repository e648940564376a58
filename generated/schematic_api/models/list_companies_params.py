from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sort_direction import SortDirection, check_sort_direction
from ..models.subscription_status import SubscriptionStatus, check_subscription_status
from ..models.subscription_type import SubscriptionType, check_subscription_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListCompaniesParams")


@_attrs_define
class ListCompaniesParams:
    """The parameters listCompanies was called with

    Attributes:
        credit_type_ids (list[str] | Unset)
        has_scheduled_downgrade (bool | Unset)
        ids (list[str] | Unset)
        limit (int | Unset)
        monetized_subscriptions (bool | Unset)
        offset (int | Unset)
        plan_id (str | Unset)
        plan_ids (list[str] | Unset)
        plan_version_id (str | Unset)
        plan_version_ids (list[str] | Unset)
        plan_version_unpublished (bool | Unset)
        q (str | Unset)
        sort_order_column (str | Unset)
        sort_order_direction (SortDirection | Unset)
        subscription_statuses (list[SubscriptionStatus] | Unset)
        subscription_types (list[SubscriptionType] | Unset)
        with_entitlement_for (str | Unset)
        with_subscription (bool | Unset)
        without_feature_override_for (str | Unset)
        without_plan (bool | Unset)
        without_subscription (bool | Unset)
    """

    credit_type_ids: list[str] | Unset = UNSET

    has_scheduled_downgrade: bool | Unset = UNSET

    ids: list[str] | Unset = UNSET

    limit: int | Unset = UNSET

    monetized_subscriptions: bool | Unset = UNSET

    offset: int | Unset = UNSET

    plan_id: str | Unset = UNSET

    plan_ids: list[str] | Unset = UNSET

    plan_version_id: str | Unset = UNSET

    plan_version_ids: list[str] | Unset = UNSET

    plan_version_unpublished: bool | Unset = UNSET

    q: str | Unset = UNSET

    sort_order_column: str | Unset = UNSET

    sort_order_direction: SortDirection | Unset = UNSET

    subscription_statuses: list[SubscriptionStatus] | Unset = UNSET

    subscription_types: list[SubscriptionType] | Unset = UNSET

    with_entitlement_for: str | Unset = UNSET

    with_subscription: bool | Unset = UNSET

    without_feature_override_for: str | Unset = UNSET

    without_plan: bool | Unset = UNSET

    without_subscription: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credit_type_ids: list[str] | Unset = UNSET
        if not isinstance(self.credit_type_ids, Unset):
            credit_type_ids = self.credit_type_ids

        has_scheduled_downgrade = self.has_scheduled_downgrade

        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        limit = self.limit

        monetized_subscriptions = self.monetized_subscriptions

        offset = self.offset

        plan_id = self.plan_id

        plan_ids: list[str] | Unset = UNSET
        if not isinstance(self.plan_ids, Unset):
            plan_ids = self.plan_ids

        plan_version_id = self.plan_version_id

        plan_version_ids: list[str] | Unset = UNSET
        if not isinstance(self.plan_version_ids, Unset):
            plan_version_ids = self.plan_version_ids

        plan_version_unpublished = self.plan_version_unpublished

        q = self.q

        sort_order_column = self.sort_order_column

        sort_order_direction: str | Unset = UNSET
        if not isinstance(self.sort_order_direction, Unset):
            sort_order_direction = self.sort_order_direction

        subscription_statuses: list[str] | Unset = UNSET
        if not isinstance(self.subscription_statuses, Unset):
            subscription_statuses = []
            for subscription_statuses_item_data in self.subscription_statuses:
                subscription_statuses_item: str = subscription_statuses_item_data
                subscription_statuses.append(subscription_statuses_item)

        subscription_types: list[str] | Unset = UNSET
        if not isinstance(self.subscription_types, Unset):
            subscription_types = []
            for subscription_types_item_data in self.subscription_types:
                subscription_types_item: str = subscription_types_item_data
                subscription_types.append(subscription_types_item)

        with_entitlement_for = self.with_entitlement_for

        with_subscription = self.with_subscription

        without_feature_override_for = self.without_feature_override_for

        without_plan = self.without_plan

        without_subscription = self.without_subscription

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credit_type_ids is not UNSET:
            field_dict["credit_type_ids"] = credit_type_ids
        if has_scheduled_downgrade is not UNSET:
            field_dict["has_scheduled_downgrade"] = has_scheduled_downgrade
        if ids is not UNSET:
            field_dict["ids"] = ids
        if limit is not UNSET:
            field_dict["limit"] = limit
        if monetized_subscriptions is not UNSET:
            field_dict["monetized_subscriptions"] = monetized_subscriptions
        if offset is not UNSET:
            field_dict["offset"] = offset
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if plan_ids is not UNSET:
            field_dict["plan_ids"] = plan_ids
        if plan_version_id is not UNSET:
            field_dict["plan_version_id"] = plan_version_id
        if plan_version_ids is not UNSET:
            field_dict["plan_version_ids"] = plan_version_ids
        if plan_version_unpublished is not UNSET:
            field_dict["plan_version_unpublished"] = plan_version_unpublished
        if q is not UNSET:
            field_dict["q"] = q
        if sort_order_column is not UNSET:
            field_dict["sort_order_column"] = sort_order_column
        if sort_order_direction is not UNSET:
            field_dict["sort_order_direction"] = sort_order_direction
        if subscription_statuses is not UNSET:
            field_dict["subscription_statuses"] = subscription_statuses
        if subscription_types is not UNSET:
            field_dict["subscription_types"] = subscription_types
        if with_entitlement_for is not UNSET:
            field_dict["with_entitlement_for"] = with_entitlement_for
        if with_subscription is not UNSET:
            field_dict["with_subscription"] = with_subscription
        if without_feature_override_for is not UNSET:
            field_dict["without_feature_override_for"] = without_feature_override_for
        if without_plan is not UNSET:
            field_dict["without_plan"] = without_plan
        if without_subscription is not UNSET:
            field_dict["without_subscription"] = without_subscription

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credit_type_ids = cast(list[str], d.pop("credit_type_ids", UNSET))

        has_scheduled_downgrade = d.pop("has_scheduled_downgrade", UNSET)

        ids = cast(list[str], d.pop("ids", UNSET))

        limit = d.pop("limit", UNSET)

        monetized_subscriptions = d.pop("monetized_subscriptions", UNSET)

        offset = d.pop("offset", UNSET)

        plan_id = d.pop("plan_id", UNSET)

        plan_ids = cast(list[str], d.pop("plan_ids", UNSET))

        plan_version_id = d.pop("plan_version_id", UNSET)

        plan_version_ids = cast(list[str], d.pop("plan_version_ids", UNSET))

        plan_version_unpublished = d.pop("plan_version_unpublished", UNSET)

        q = d.pop("q", UNSET)

        sort_order_column = d.pop("sort_order_column", UNSET)

        _sort_order_direction = d.pop("sort_order_direction", UNSET)
        sort_order_direction: SortDirection | Unset
        if isinstance(_sort_order_direction, Unset):
            sort_order_direction = UNSET
        else:
            sort_order_direction = check_sort_direction(_sort_order_direction)

        _subscription_statuses = d.pop("subscription_statuses", UNSET)
        subscription_statuses: list[SubscriptionStatus] | Unset = UNSET
        if _subscription_statuses is not UNSET:
            subscription_statuses = []
            for subscription_statuses_item_data in _subscription_statuses:
                subscription_statuses_item = check_subscription_status(subscription_statuses_item_data)

                subscription_statuses.append(subscription_statuses_item)

        _subscription_types = d.pop("subscription_types", UNSET)
        subscription_types: list[SubscriptionType] | Unset = UNSET
        if _subscription_types is not UNSET:
            subscription_types = []
            for subscription_types_item_data in _subscription_types:
                subscription_types_item = check_subscription_type(subscription_types_item_data)

                subscription_types.append(subscription_types_item)

        with_entitlement_for = d.pop("with_entitlement_for", UNSET)

        with_subscription = d.pop("with_subscription", UNSET)

        without_feature_override_for = d.pop("without_feature_override_for", UNSET)

        without_plan = d.pop("without_plan", UNSET)

        without_subscription = d.pop("without_subscription", UNSET)

        list_companies_params = cls(
            credit_type_ids=credit_type_ids,
            has_scheduled_downgrade=has_scheduled_downgrade,
            ids=ids,
            limit=limit,
            monetized_subscriptions=monetized_subscriptions,
            offset=offset,
            plan_id=plan_id,
            plan_ids=plan_ids,
            plan_version_id=plan_version_id,
            plan_version_ids=plan_version_ids,
            plan_version_unpublished=plan_version_unpublished,
            q=q,
            sort_order_column=sort_order_column,
            sort_order_direction=sort_order_direction,
            subscription_statuses=subscription_statuses,
            subscription_types=subscription_types,
            with_entitlement_for=with_entitlement_for,
            with_subscription=with_subscription,
            without_feature_override_for=without_feature_override_for,
            without_plan=without_plan,
            without_subscription=without_subscription,
        )

        list_companies_params.additional_properties = d
        return list_companies_params

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
