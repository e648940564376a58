from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.actor_type import ActorType, check_actor_type
from ..models.plan_change_action import PlanChangeAction, check_plan_change_action
from ..models.plan_change_base_plan_action import PlanChangeBasePlanAction, check_plan_change_base_plan_action
from ..models.plan_change_subscription_action import PlanChangeSubscriptionAction, check_plan_change_subscription_action
from ..models.trial_status import TrialStatus, check_trial_status
from ..types import UNSET, Unset, as_model, as_model_list, parse_datetime

if TYPE_CHECKING:
    from ..models.api_key_response_data import ApiKeyResponseData
    from ..models.audit_log_list_response_data import AuditLogListResponseData
    from ..models.company_response_data import CompanyResponseData
    from ..models.integration_response_data import IntegrationResponseData
    from ..models.plan_snapshot_view import PlanSnapshotView
    from ..models.plan_version_snapshot_view import PlanVersionSnapshotView
    from ..models.subscription_trait_update import SubscriptionTraitUpdate


T = TypeVar("T", bound="PlanChangeResponseData")


def _convert_add_ons_added(
    value: list[PlanSnapshotView] | Sequence[PlanSnapshotView | Mapping[str, Any]],
) -> list[PlanSnapshotView]:
    return cast("list[PlanSnapshotView]", as_model_list(value, ".plan_snapshot_view", "PlanSnapshotView", __package__))


def _convert_add_ons_removed(
    value: list[PlanSnapshotView] | Sequence[PlanSnapshotView | Mapping[str, Any]],
) -> list[PlanSnapshotView]:
    return cast("list[PlanSnapshotView]", as_model_list(value, ".plan_snapshot_view", "PlanSnapshotView", __package__))


def _convert_traits_updated(
    value: list[SubscriptionTraitUpdate] | Sequence[SubscriptionTraitUpdate | Mapping[str, Any]],
) -> list[SubscriptionTraitUpdate]:
    return cast(
        "list[SubscriptionTraitUpdate]",
        as_model_list(value, ".subscription_trait_update", "SubscriptionTraitUpdate", __package__),
    )


def _convert_api_key(value: ApiKeyResponseData | Unset | Mapping[str, Any]) -> ApiKeyResponseData | Unset:
    return cast(
        "ApiKeyResponseData | Unset", as_model(value, ".api_key_response_data", "ApiKeyResponseData", __package__)
    )


def _convert_audit_log(value: AuditLogListResponseData | Unset | Mapping[str, Any]) -> AuditLogListResponseData | Unset:
    return cast(
        "AuditLogListResponseData | Unset",
        as_model(value, ".audit_log_list_response_data", "AuditLogListResponseData", __package__),
    )


def _convert_base_plan(value: PlanSnapshotView | Unset | Mapping[str, Any]) -> PlanSnapshotView | Unset:
    return cast("PlanSnapshotView | Unset", as_model(value, ".plan_snapshot_view", "PlanSnapshotView", __package__))


def _convert_base_plan_version(
    value: PlanVersionSnapshotView | Unset | Mapping[str, Any],
) -> PlanVersionSnapshotView | Unset:
    return cast(
        "PlanVersionSnapshotView | Unset",
        as_model(value, ".plan_version_snapshot_view", "PlanVersionSnapshotView", __package__),
    )


def _convert_company(value: CompanyResponseData | Unset | Mapping[str, Any]) -> CompanyResponseData | Unset:
    return cast(
        "CompanyResponseData | Unset", as_model(value, ".company_response_data", "CompanyResponseData", __package__)
    )


def _convert_integration(value: IntegrationResponseData | Unset | Mapping[str, Any]) -> IntegrationResponseData | Unset:
    return cast(
        "IntegrationResponseData | Unset",
        as_model(value, ".integration_response_data", "IntegrationResponseData", __package__),
    )


def _convert_previous_base_plan(value: PlanSnapshotView | Unset | Mapping[str, Any]) -> PlanSnapshotView | Unset:
    return cast("PlanSnapshotView | Unset", as_model(value, ".plan_snapshot_view", "PlanSnapshotView", __package__))


def _convert_previous_base_plan_version(
    value: PlanVersionSnapshotView | Unset | Mapping[str, Any],
) -> PlanVersionSnapshotView | Unset:
    return cast(
        "PlanVersionSnapshotView | Unset",
        as_model(value, ".plan_version_snapshot_view", "PlanVersionSnapshotView", __package__),
    )


@_attrs_define
class PlanChangeResponseData:
    """The `PlanChangeResponseData` object of the API.

    Attributes:
        action (PlanChangeAction)
        actor_type (ActorType)
        add_ons_added (list[PlanSnapshotView])
        add_ons_removed (list[PlanSnapshotView])
        company_id (str)
        created_at (datetime.datetime)
        environment_id (str)
        id (str)
        is_version_upgrade (bool)
        traits_updated (list[SubscriptionTraitUpdate])
        updated_at (datetime.datetime)
        api_key (ApiKeyResponseData | Unset)
        audit_log (AuditLogListResponseData | Unset)
        base_plan (PlanSnapshotView | Unset)
        base_plan_action (None | PlanChangeBasePlanAction | Unset)
        base_plan_version (PlanVersionSnapshotView | Unset)
        company (CompanyResponseData | Unset): Summary of a company
        integration (IntegrationResponseData | Unset)
        previous_base_plan (PlanSnapshotView | Unset)
        previous_base_plan_version (PlanVersionSnapshotView | Unset)
        request_id (None | str | Unset)
        subscription_change_action (None | PlanChangeSubscriptionAction | Unset)
        trial_converted_at (datetime.datetime | None | Unset)
        trial_expires_at (datetime.datetime | None | Unset)
        trial_status (None | TrialStatus | Unset)
        user_id (None | str | Unset)
        user_name (None | str | Unset)
    """

    action: PlanChangeAction

    actor_type: ActorType

    add_ons_added: list[PlanSnapshotView] = _attrs_field(converter=_convert_add_ons_added)

    add_ons_removed: list[PlanSnapshotView] = _attrs_field(converter=_convert_add_ons_removed)

    company_id: str

    created_at: datetime.datetime

    environment_id: str

    id: str

    is_version_upgrade: bool

    traits_updated: list[SubscriptionTraitUpdate] = _attrs_field(converter=_convert_traits_updated)

    updated_at: datetime.datetime

    api_key: ApiKeyResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_api_key)

    audit_log: AuditLogListResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_audit_log)

    base_plan: PlanSnapshotView | Unset = _attrs_field(default=UNSET, converter=_convert_base_plan)

    base_plan_action: None | PlanChangeBasePlanAction | Unset = UNSET

    base_plan_version: PlanVersionSnapshotView | Unset = _attrs_field(
        default=UNSET, converter=_convert_base_plan_version
    )

    company: CompanyResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_company)

    integration: IntegrationResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_integration)

    previous_base_plan: PlanSnapshotView | Unset = _attrs_field(default=UNSET, converter=_convert_previous_base_plan)

    previous_base_plan_version: PlanVersionSnapshotView | Unset = _attrs_field(
        default=UNSET, converter=_convert_previous_base_plan_version
    )

    request_id: None | str | Unset = UNSET

    subscription_change_action: None | PlanChangeSubscriptionAction | Unset = UNSET

    trial_converted_at: datetime.datetime | None | Unset = UNSET

    trial_expires_at: datetime.datetime | None | Unset = UNSET

    trial_status: None | TrialStatus | Unset = UNSET

    user_id: None | str | Unset = UNSET

    user_name: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        actor_type: str = self.actor_type

        add_ons_added = []
        for add_ons_added_item_data in self.add_ons_added:
            add_ons_added_item = add_ons_added_item_data.to_dict()
            add_ons_added.append(add_ons_added_item)

        add_ons_removed = []
        for add_ons_removed_item_data in self.add_ons_removed:
            add_ons_removed_item = add_ons_removed_item_data.to_dict()
            add_ons_removed.append(add_ons_removed_item)

        company_id = self.company_id

        created_at = self.created_at.isoformat()

        environment_id = self.environment_id

        id = self.id

        is_version_upgrade = self.is_version_upgrade

        traits_updated = []
        for traits_updated_item_data in self.traits_updated:
            traits_updated_item = traits_updated_item_data.to_dict()
            traits_updated.append(traits_updated_item)

        updated_at = self.updated_at.isoformat()

        api_key: dict[str, Any] | Unset = UNSET
        if not isinstance(self.api_key, Unset):
            api_key = self.api_key.to_dict()

        audit_log: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audit_log, Unset):
            audit_log = self.audit_log.to_dict()

        base_plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base_plan, Unset):
            base_plan = self.base_plan.to_dict()

        base_plan_action: None | str | Unset
        if isinstance(self.base_plan_action, Unset):
            base_plan_action = UNSET
        elif isinstance(self.base_plan_action, str):
            base_plan_action = self.base_plan_action
        else:
            base_plan_action = self.base_plan_action

        base_plan_version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base_plan_version, Unset):
            base_plan_version = self.base_plan_version.to_dict()

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        integration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integration, Unset):
            integration = self.integration.to_dict()

        previous_base_plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.previous_base_plan, Unset):
            previous_base_plan = self.previous_base_plan.to_dict()

        previous_base_plan_version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.previous_base_plan_version, Unset):
            previous_base_plan_version = self.previous_base_plan_version.to_dict()

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        subscription_change_action: None | str | Unset
        if isinstance(self.subscription_change_action, Unset):
            subscription_change_action = UNSET
        elif isinstance(self.subscription_change_action, str):
            subscription_change_action = self.subscription_change_action
        else:
            subscription_change_action = self.subscription_change_action

        trial_converted_at: None | str | Unset
        if isinstance(self.trial_converted_at, Unset):
            trial_converted_at = UNSET
        elif isinstance(self.trial_converted_at, datetime.datetime):
            trial_converted_at = self.trial_converted_at.isoformat()
        else:
            trial_converted_at = self.trial_converted_at

        trial_expires_at: None | str | Unset
        if isinstance(self.trial_expires_at, Unset):
            trial_expires_at = UNSET
        elif isinstance(self.trial_expires_at, datetime.datetime):
            trial_expires_at = self.trial_expires_at.isoformat()
        else:
            trial_expires_at = self.trial_expires_at

        trial_status: None | str | Unset
        if isinstance(self.trial_status, Unset):
            trial_status = UNSET
        elif isinstance(self.trial_status, str):
            trial_status = self.trial_status
        else:
            trial_status = self.trial_status

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "actor_type": actor_type,
                "add_ons_added": add_ons_added,
                "add_ons_removed": add_ons_removed,
                "company_id": company_id,
                "created_at": created_at,
                "environment_id": environment_id,
                "id": id,
                "is_version_upgrade": is_version_upgrade,
                "traits_updated": traits_updated,
                "updated_at": updated_at,
            }
        )
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if audit_log is not UNSET:
            field_dict["audit_log"] = audit_log
        if base_plan is not UNSET:
            field_dict["base_plan"] = base_plan
        if base_plan_action is not UNSET:
            field_dict["base_plan_action"] = base_plan_action
        if base_plan_version is not UNSET:
            field_dict["base_plan_version"] = base_plan_version
        if company is not UNSET:
            field_dict["company"] = company
        if integration is not UNSET:
            field_dict["integration"] = integration
        if previous_base_plan is not UNSET:
            field_dict["previous_base_plan"] = previous_base_plan
        if previous_base_plan_version is not UNSET:
            field_dict["previous_base_plan_version"] = previous_base_plan_version
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if subscription_change_action is not UNSET:
            field_dict["subscription_change_action"] = subscription_change_action
        if trial_converted_at is not UNSET:
            field_dict["trial_converted_at"] = trial_converted_at
        if trial_expires_at is not UNSET:
            field_dict["trial_expires_at"] = trial_expires_at
        if trial_status is not UNSET:
            field_dict["trial_status"] = trial_status
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_key_response_data import ApiKeyResponseData  # noqa: PLC0415
        from ..models.audit_log_list_response_data import AuditLogListResponseData  # noqa: PLC0415
        from ..models.company_response_data import CompanyResponseData  # noqa: PLC0415
        from ..models.integration_response_data import IntegrationResponseData  # noqa: PLC0415
        from ..models.plan_snapshot_view import PlanSnapshotView  # noqa: PLC0415
        from ..models.plan_version_snapshot_view import PlanVersionSnapshotView  # noqa: PLC0415
        from ..models.subscription_trait_update import SubscriptionTraitUpdate  # noqa: PLC0415

        d = dict(src_dict)
        action = check_plan_change_action(d.pop("action"))

        actor_type = check_actor_type(d.pop("actor_type"))

        add_ons_added = []
        _add_ons_added = d.pop("add_ons_added")
        for add_ons_added_item_data in _add_ons_added:
            add_ons_added_item = PlanSnapshotView.from_dict(add_ons_added_item_data)

            add_ons_added.append(add_ons_added_item)

        add_ons_removed = []
        _add_ons_removed = d.pop("add_ons_removed")
        for add_ons_removed_item_data in _add_ons_removed:
            add_ons_removed_item = PlanSnapshotView.from_dict(add_ons_removed_item_data)

            add_ons_removed.append(add_ons_removed_item)

        company_id = d.pop("company_id")

        created_at = parse_datetime(d.pop("created_at"))

        environment_id = d.pop("environment_id")

        id = d.pop("id")

        is_version_upgrade = d.pop("is_version_upgrade")

        traits_updated = []
        _traits_updated = d.pop("traits_updated")
        for traits_updated_item_data in _traits_updated:
            traits_updated_item = SubscriptionTraitUpdate.from_dict(traits_updated_item_data)

            traits_updated.append(traits_updated_item)

        updated_at = parse_datetime(d.pop("updated_at"))

        _api_key = d.pop("api_key", UNSET)
        api_key: ApiKeyResponseData | Unset
        if isinstance(_api_key, Unset):
            api_key = UNSET
        else:
            api_key = ApiKeyResponseData.from_dict(_api_key)

        _audit_log = d.pop("audit_log", UNSET)
        audit_log: AuditLogListResponseData | Unset
        if isinstance(_audit_log, Unset):
            audit_log = UNSET
        else:
            audit_log = AuditLogListResponseData.from_dict(_audit_log)

        _base_plan = d.pop("base_plan", UNSET)
        base_plan: PlanSnapshotView | Unset
        if isinstance(_base_plan, Unset):
            base_plan = UNSET
        else:
            base_plan = PlanSnapshotView.from_dict(_base_plan)

        def _parse_base_plan_action(data: object) -> None | PlanChangeBasePlanAction | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_plan_change_base_plan_action(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PlanChangeBasePlanAction | Unset, data)

        base_plan_action = _parse_base_plan_action(d.pop("base_plan_action", UNSET))

        _base_plan_version = d.pop("base_plan_version", UNSET)
        base_plan_version: PlanVersionSnapshotView | Unset
        if isinstance(_base_plan_version, Unset):
            base_plan_version = UNSET
        else:
            base_plan_version = PlanVersionSnapshotView.from_dict(_base_plan_version)

        _company = d.pop("company", UNSET)
        company: CompanyResponseData | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = CompanyResponseData.from_dict(_company)

        _integration = d.pop("integration", UNSET)
        integration: IntegrationResponseData | Unset
        if isinstance(_integration, Unset):
            integration = UNSET
        else:
            integration = IntegrationResponseData.from_dict(_integration)

        _previous_base_plan = d.pop("previous_base_plan", UNSET)
        previous_base_plan: PlanSnapshotView | Unset
        if isinstance(_previous_base_plan, Unset):
            previous_base_plan = UNSET
        else:
            previous_base_plan = PlanSnapshotView.from_dict(_previous_base_plan)

        _previous_base_plan_version = d.pop("previous_base_plan_version", UNSET)
        previous_base_plan_version: PlanVersionSnapshotView | Unset
        if isinstance(_previous_base_plan_version, Unset):
            previous_base_plan_version = UNSET
        else:
            previous_base_plan_version = PlanVersionSnapshotView.from_dict(_previous_base_plan_version)

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        def _parse_subscription_change_action(data: object) -> None | PlanChangeSubscriptionAction | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_plan_change_subscription_action(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PlanChangeSubscriptionAction | Unset, data)

        subscription_change_action = _parse_subscription_change_action(d.pop("subscription_change_action", UNSET))

        def _parse_trial_converted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return parse_datetime(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        trial_converted_at = _parse_trial_converted_at(d.pop("trial_converted_at", UNSET))

        def _parse_trial_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return parse_datetime(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        trial_expires_at = _parse_trial_expires_at(d.pop("trial_expires_at", UNSET))

        def _parse_trial_status(data: object) -> None | TrialStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_trial_status(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrialStatus | Unset, data)

        trial_status = _parse_trial_status(d.pop("trial_status", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_user_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_name = _parse_user_name(d.pop("user_name", UNSET))

        plan_change_response_data = cls(
            action=action,
            actor_type=actor_type,
            add_ons_added=add_ons_added,
            add_ons_removed=add_ons_removed,
            company_id=company_id,
            created_at=created_at,
            environment_id=environment_id,
            id=id,
            is_version_upgrade=is_version_upgrade,
            traits_updated=traits_updated,
            updated_at=updated_at,
            api_key=api_key,
            audit_log=audit_log,
            base_plan=base_plan,
            base_plan_action=base_plan_action,
            base_plan_version=base_plan_version,
            company=company,
            integration=integration,
            previous_base_plan=previous_base_plan,
            previous_base_plan_version=previous_base_plan_version,
            request_id=request_id,
            subscription_change_action=subscription_change_action,
            trial_converted_at=trial_converted_at,
            trial_expires_at=trial_expires_at,
            trial_status=trial_status,
            user_id=user_id,
            user_name=user_name,
        )

        plan_change_response_data.additional_properties = d
        return plan_change_response_data

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
