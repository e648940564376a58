from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_feature_usage_export_metadata_export_type import (
    CompanyFeatureUsageExportMetadataExportType,
    check_company_feature_usage_export_metadata_export_type,
)
from ..models.company_feature_usage_export_metadata_sort_order_direction import (
    CompanyFeatureUsageExportMetadataSortOrderDirection,
    check_company_feature_usage_export_metadata_sort_order_direction,
)
from ..models.company_feature_usage_export_metadata_visible_columns_type_0_item import (
    CompanyFeatureUsageExportMetadataVisibleColumnsType0Item,
    check_company_feature_usage_export_metadata_visible_columns_type_0_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyFeatureUsageExportMetadata")


@_attrs_define
class CompanyFeatureUsageExportMetadata:
    """The `CompanyFeatureUsageExportMetadata` object of the API.

    Attributes:
        export_type (CompanyFeatureUsageExportMetadataExportType)
        company_ids (list[str] | None | Unset)
        credit_type_ids (list[str] | None | Unset)
        entity_key_definition_ids (list[str] | None | Unset)
        entity_trait_definition_ids (list[str] | None | Unset)
        feature_ids (list[str] | Unset)
        has_scheduled_downgrade (bool | None | Unset)
        monetized_subscriptions (bool | None | Unset)
        notification_email_recipient_email_addresses (list[str] | Unset)
        plan_id (None | str | Unset)
        plan_ids (list[str] | None | Unset)
        plan_version_id (None | str | Unset)
        plan_version_unpublished (bool | None | Unset)
        q (None | str | Unset)
        sort_order_column (None | str | Unset)
        sort_order_direction (CompanyFeatureUsageExportMetadataSortOrderDirection | Unset)
        subscription_statuses (list[str] | None | Unset)
        subscription_types (list[str] | None | Unset)
        visible_columns (list[CompanyFeatureUsageExportMetadataVisibleColumnsType0Item] | None | Unset)
        with_entitlement_for (None | str | Unset)
        with_subscription (bool | None | Unset)
        without_feature_override_for (None | str | Unset)
        without_plan (bool | None | Unset)
        without_subscription (bool | None | Unset)
    """

    export_type: CompanyFeatureUsageExportMetadataExportType

    company_ids: list[str] | None | Unset = UNSET

    credit_type_ids: list[str] | None | Unset = UNSET

    entity_key_definition_ids: list[str] | None | Unset = UNSET

    entity_trait_definition_ids: list[str] | None | Unset = UNSET

    feature_ids: list[str] | Unset = UNSET

    has_scheduled_downgrade: bool | None | Unset = UNSET

    monetized_subscriptions: bool | None | Unset = UNSET

    notification_email_recipient_email_addresses: list[str] | Unset = UNSET

    plan_id: None | str | Unset = UNSET

    plan_ids: list[str] | None | Unset = UNSET

    plan_version_id: None | str | Unset = UNSET

    plan_version_unpublished: bool | None | Unset = UNSET

    q: None | str | Unset = UNSET

    sort_order_column: None | str | Unset = UNSET

    sort_order_direction: CompanyFeatureUsageExportMetadataSortOrderDirection | Unset = UNSET

    subscription_statuses: list[str] | None | Unset = UNSET

    subscription_types: list[str] | None | Unset = UNSET

    visible_columns: list[CompanyFeatureUsageExportMetadataVisibleColumnsType0Item] | None | Unset = UNSET

    with_entitlement_for: None | str | Unset = UNSET

    with_subscription: bool | None | Unset = UNSET

    without_feature_override_for: None | str | Unset = UNSET

    without_plan: bool | None | Unset = UNSET

    without_subscription: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        export_type: str = self.export_type

        company_ids: list[str] | None | Unset
        if isinstance(self.company_ids, Unset):
            company_ids = UNSET
        elif isinstance(self.company_ids, list):
            company_ids = self.company_ids

        else:
            company_ids = self.company_ids

        credit_type_ids: list[str] | None | Unset
        if isinstance(self.credit_type_ids, Unset):
            credit_type_ids = UNSET
        elif isinstance(self.credit_type_ids, list):
            credit_type_ids = self.credit_type_ids

        else:
            credit_type_ids = self.credit_type_ids

        entity_key_definition_ids: list[str] | None | Unset
        if isinstance(self.entity_key_definition_ids, Unset):
            entity_key_definition_ids = UNSET
        elif isinstance(self.entity_key_definition_ids, list):
            entity_key_definition_ids = self.entity_key_definition_ids

        else:
            entity_key_definition_ids = self.entity_key_definition_ids

        entity_trait_definition_ids: list[str] | None | Unset
        if isinstance(self.entity_trait_definition_ids, Unset):
            entity_trait_definition_ids = UNSET
        elif isinstance(self.entity_trait_definition_ids, list):
            entity_trait_definition_ids = self.entity_trait_definition_ids

        else:
            entity_trait_definition_ids = self.entity_trait_definition_ids

        feature_ids: list[str] | Unset = UNSET
        if not isinstance(self.feature_ids, Unset):
            feature_ids = self.feature_ids

        has_scheduled_downgrade: bool | None | Unset
        if isinstance(self.has_scheduled_downgrade, Unset):
            has_scheduled_downgrade = UNSET
        else:
            has_scheduled_downgrade = self.has_scheduled_downgrade

        monetized_subscriptions: bool | None | Unset
        if isinstance(self.monetized_subscriptions, Unset):
            monetized_subscriptions = UNSET
        else:
            monetized_subscriptions = self.monetized_subscriptions

        notification_email_recipient_email_addresses: list[str] | Unset = UNSET
        if not isinstance(self.notification_email_recipient_email_addresses, Unset):
            notification_email_recipient_email_addresses = self.notification_email_recipient_email_addresses

        plan_id: None | str | Unset
        if isinstance(self.plan_id, Unset):
            plan_id = UNSET
        else:
            plan_id = self.plan_id

        plan_ids: list[str] | None | Unset
        if isinstance(self.plan_ids, Unset):
            plan_ids = UNSET
        elif isinstance(self.plan_ids, list):
            plan_ids = self.plan_ids

        else:
            plan_ids = self.plan_ids

        plan_version_id: None | str | Unset
        if isinstance(self.plan_version_id, Unset):
            plan_version_id = UNSET
        else:
            plan_version_id = self.plan_version_id

        plan_version_unpublished: bool | None | Unset
        if isinstance(self.plan_version_unpublished, Unset):
            plan_version_unpublished = UNSET
        else:
            plan_version_unpublished = self.plan_version_unpublished

        q: None | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        else:
            q = self.q

        sort_order_column: None | str | Unset
        if isinstance(self.sort_order_column, Unset):
            sort_order_column = UNSET
        else:
            sort_order_column = self.sort_order_column

        sort_order_direction: str | Unset = UNSET
        if not isinstance(self.sort_order_direction, Unset):
            sort_order_direction = self.sort_order_direction

        subscription_statuses: list[str] | None | Unset
        if isinstance(self.subscription_statuses, Unset):
            subscription_statuses = UNSET
        elif isinstance(self.subscription_statuses, list):
            subscription_statuses = self.subscription_statuses

        else:
            subscription_statuses = self.subscription_statuses

        subscription_types: list[str] | None | Unset
        if isinstance(self.subscription_types, Unset):
            subscription_types = UNSET
        elif isinstance(self.subscription_types, list):
            subscription_types = self.subscription_types

        else:
            subscription_types = self.subscription_types

        visible_columns: list[str] | None | Unset
        if isinstance(self.visible_columns, Unset):
            visible_columns = UNSET
        elif isinstance(self.visible_columns, list):
            visible_columns = []
            for visible_columns_type_0_item_data in self.visible_columns:
                visible_columns_type_0_item: str = visible_columns_type_0_item_data
                visible_columns.append(visible_columns_type_0_item)

        else:
            visible_columns = self.visible_columns

        with_entitlement_for: None | str | Unset
        if isinstance(self.with_entitlement_for, Unset):
            with_entitlement_for = UNSET
        else:
            with_entitlement_for = self.with_entitlement_for

        with_subscription: bool | None | Unset
        if isinstance(self.with_subscription, Unset):
            with_subscription = UNSET
        else:
            with_subscription = self.with_subscription

        without_feature_override_for: None | str | Unset
        if isinstance(self.without_feature_override_for, Unset):
            without_feature_override_for = UNSET
        else:
            without_feature_override_for = self.without_feature_override_for

        without_plan: bool | None | Unset
        if isinstance(self.without_plan, Unset):
            without_plan = UNSET
        else:
            without_plan = self.without_plan

        without_subscription: bool | None | Unset
        if isinstance(self.without_subscription, Unset):
            without_subscription = UNSET
        else:
            without_subscription = self.without_subscription

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "export_type": export_type,
            }
        )
        if company_ids is not UNSET:
            field_dict["company_ids"] = company_ids
        if credit_type_ids is not UNSET:
            field_dict["credit_type_ids"] = credit_type_ids
        if entity_key_definition_ids is not UNSET:
            field_dict["entity_key_definition_ids"] = entity_key_definition_ids
        if entity_trait_definition_ids is not UNSET:
            field_dict["entity_trait_definition_ids"] = entity_trait_definition_ids
        if feature_ids is not UNSET:
            field_dict["feature_ids"] = feature_ids
        if has_scheduled_downgrade is not UNSET:
            field_dict["has_scheduled_downgrade"] = has_scheduled_downgrade
        if monetized_subscriptions is not UNSET:
            field_dict["monetized_subscriptions"] = monetized_subscriptions
        if notification_email_recipient_email_addresses is not UNSET:
            field_dict["notification_email_recipient_email_addresses"] = notification_email_recipient_email_addresses
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if plan_ids is not UNSET:
            field_dict["plan_ids"] = plan_ids
        if plan_version_id is not UNSET:
            field_dict["plan_version_id"] = plan_version_id
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
        if visible_columns is not UNSET:
            field_dict["visible_columns"] = visible_columns
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
        export_type = check_company_feature_usage_export_metadata_export_type(d.pop("export_type"))

        def _parse_company_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                return cast(list[str], data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        company_ids = _parse_company_ids(d.pop("company_ids", UNSET))

        def _parse_credit_type_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                return cast(list[str], data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        credit_type_ids = _parse_credit_type_ids(d.pop("credit_type_ids", UNSET))

        def _parse_entity_key_definition_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                return cast(list[str], data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        entity_key_definition_ids = _parse_entity_key_definition_ids(d.pop("entity_key_definition_ids", UNSET))

        def _parse_entity_trait_definition_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                return cast(list[str], data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        entity_trait_definition_ids = _parse_entity_trait_definition_ids(d.pop("entity_trait_definition_ids", UNSET))

        feature_ids = cast(list[str], d.pop("feature_ids", UNSET))

        def _parse_has_scheduled_downgrade(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_scheduled_downgrade = _parse_has_scheduled_downgrade(d.pop("has_scheduled_downgrade", UNSET))

        def _parse_monetized_subscriptions(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        monetized_subscriptions = _parse_monetized_subscriptions(d.pop("monetized_subscriptions", UNSET))

        notification_email_recipient_email_addresses = cast(
            list[str], d.pop("notification_email_recipient_email_addresses", UNSET)
        )

        def _parse_plan_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plan_id = _parse_plan_id(d.pop("plan_id", UNSET))

        def _parse_plan_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                return cast(list[str], data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        plan_ids = _parse_plan_ids(d.pop("plan_ids", UNSET))

        def _parse_plan_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plan_version_id = _parse_plan_version_id(d.pop("plan_version_id", UNSET))

        def _parse_plan_version_unpublished(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        plan_version_unpublished = _parse_plan_version_unpublished(d.pop("plan_version_unpublished", UNSET))

        def _parse_q(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        q = _parse_q(d.pop("q", UNSET))

        def _parse_sort_order_column(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sort_order_column = _parse_sort_order_column(d.pop("sort_order_column", UNSET))

        _sort_order_direction = d.pop("sort_order_direction", UNSET)
        sort_order_direction: CompanyFeatureUsageExportMetadataSortOrderDirection | Unset
        if isinstance(_sort_order_direction, Unset):
            sort_order_direction = UNSET
        else:
            sort_order_direction = check_company_feature_usage_export_metadata_sort_order_direction(
                _sort_order_direction
            )

        def _parse_subscription_statuses(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                return cast(list[str], data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        subscription_statuses = _parse_subscription_statuses(d.pop("subscription_statuses", UNSET))

        def _parse_subscription_types(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                return cast(list[str], data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        subscription_types = _parse_subscription_types(d.pop("subscription_types", UNSET))

        def _parse_visible_columns(
            data: object,
        ) -> list[CompanyFeatureUsageExportMetadataVisibleColumnsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                visible_columns_type_0 = []
                _visible_columns_type_0 = data
                for visible_columns_type_0_item_data in _visible_columns_type_0:
                    visible_columns_type_0_item = (
                        check_company_feature_usage_export_metadata_visible_columns_type_0_item(
                            visible_columns_type_0_item_data
                        )
                    )

                    visible_columns_type_0.append(visible_columns_type_0_item)

                return visible_columns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CompanyFeatureUsageExportMetadataVisibleColumnsType0Item] | None | Unset, data)

        visible_columns = _parse_visible_columns(d.pop("visible_columns", UNSET))

        def _parse_with_entitlement_for(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        with_entitlement_for = _parse_with_entitlement_for(d.pop("with_entitlement_for", UNSET))

        def _parse_with_subscription(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        with_subscription = _parse_with_subscription(d.pop("with_subscription", UNSET))

        def _parse_without_feature_override_for(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        without_feature_override_for = _parse_without_feature_override_for(d.pop("without_feature_override_for", UNSET))

        def _parse_without_plan(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        without_plan = _parse_without_plan(d.pop("without_plan", UNSET))

        def _parse_without_subscription(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        without_subscription = _parse_without_subscription(d.pop("without_subscription", UNSET))

        company_feature_usage_export_metadata = cls(
            export_type=export_type,
            company_ids=company_ids,
            credit_type_ids=credit_type_ids,
            entity_key_definition_ids=entity_key_definition_ids,
            entity_trait_definition_ids=entity_trait_definition_ids,
            feature_ids=feature_ids,
            has_scheduled_downgrade=has_scheduled_downgrade,
            monetized_subscriptions=monetized_subscriptions,
            notification_email_recipient_email_addresses=notification_email_recipient_email_addresses,
            plan_id=plan_id,
            plan_ids=plan_ids,
            plan_version_id=plan_version_id,
            plan_version_unpublished=plan_version_unpublished,
            q=q,
            sort_order_column=sort_order_column,
            sort_order_direction=sort_order_direction,
            subscription_statuses=subscription_statuses,
            subscription_types=subscription_types,
            visible_columns=visible_columns,
            with_entitlement_for=with_entitlement_for,
            with_subscription=with_subscription,
            without_feature_override_for=without_feature_override_for,
            without_plan=without_plan,
            without_subscription=without_subscription,
        )

        company_feature_usage_export_metadata.additional_properties = d
        return company_feature_usage_export_metadata

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
