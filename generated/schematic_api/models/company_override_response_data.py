from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entitlement_value_type import EntitlementValueType, check_entitlement_value_type
from ..models.metric_period import MetricPeriod, check_metric_period
from ..models.metric_period_month_reset import MetricPeriodMonthReset, check_metric_period_month_reset
from ..types import UNSET, Unset, as_model, as_model_list, parse_datetime

if TYPE_CHECKING:
    from ..models.company_detail_response_data import CompanyDetailResponseData
    from ..models.company_override_note_response_data import CompanyOverrideNoteResponseData
    from ..models.entity_trait_definition_response_data import EntityTraitDefinitionResponseData
    from ..models.feature_response_data import FeatureResponseData


T = TypeVar("T", bound="CompanyOverrideResponseData")


def _convert_notes(
    value: list[CompanyOverrideNoteResponseData] | Sequence[CompanyOverrideNoteResponseData | Mapping[str, Any]],
) -> list[CompanyOverrideNoteResponseData]:
    return cast(
        "list[CompanyOverrideNoteResponseData]",
        as_model_list(value, ".company_override_note_response_data", "CompanyOverrideNoteResponseData", __package__),
    )


def _convert_company(value: CompanyDetailResponseData | Unset | Mapping[str, Any]) -> CompanyDetailResponseData | Unset:
    return cast(
        "CompanyDetailResponseData | Unset",
        as_model(value, ".company_detail_response_data", "CompanyDetailResponseData", __package__),
    )


def _convert_feature(value: FeatureResponseData | Unset | Mapping[str, Any]) -> FeatureResponseData | Unset:
    return cast(
        "FeatureResponseData | Unset", as_model(value, ".feature_response_data", "FeatureResponseData", __package__)
    )


def _convert_value_trait(
    value: EntityTraitDefinitionResponseData | Unset | Mapping[str, Any],
) -> EntityTraitDefinitionResponseData | Unset:
    return cast(
        "EntityTraitDefinitionResponseData | Unset",
        as_model(value, ".entity_trait_definition_response_data", "EntityTraitDefinitionResponseData", __package__),
    )


@_attrs_define
class CompanyOverrideResponseData:
    """The `CompanyOverrideResponseData` object of the API.

    Attributes:
        company_id (str)
        created_at (datetime.datetime)
        environment_id (str)
        feature_id (str)
        id (str)
        notes (list[CompanyOverrideNoteResponseData])
        updated_at (datetime.datetime)
        value_type (EntitlementValueType)
        company (CompanyDetailResponseData | Unset): A company with its keys, traits, entitlements, metrics, plans and billing
        consumption_rate (float | None | Unset)
        expiration_date (datetime.datetime | None | Unset)
        feature (FeatureResponseData | Unset)
        metric_period (MetricPeriod | None | Unset)
        metric_period_month_reset (MetricPeriodMonthReset | None | Unset)
        rule_id (None | str | Unset)
        rule_id_usage_exceeded (None | str | Unset)
        value_bool (bool | None | Unset)
        value_numeric (int | None | Unset)
        value_trait (EntityTraitDefinitionResponseData | Unset)
        value_trait_id (None | str | Unset)
    """

    company_id: str

    created_at: datetime.datetime

    environment_id: str

    feature_id: str

    id: str

    notes: list[CompanyOverrideNoteResponseData] = _attrs_field(converter=_convert_notes)

    updated_at: datetime.datetime

    value_type: EntitlementValueType

    company: CompanyDetailResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_company)

    consumption_rate: float | None | Unset = UNSET

    expiration_date: datetime.datetime | None | Unset = UNSET

    feature: FeatureResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_feature)

    metric_period: MetricPeriod | None | Unset = UNSET

    metric_period_month_reset: MetricPeriodMonthReset | None | Unset = UNSET

    rule_id: None | str | Unset = UNSET

    rule_id_usage_exceeded: None | str | Unset = UNSET

    value_bool: bool | None | Unset = UNSET

    value_numeric: int | None | Unset = UNSET

    value_trait: EntityTraitDefinitionResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_value_trait)

    value_trait_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        created_at = self.created_at.isoformat()

        environment_id = self.environment_id

        feature_id = self.feature_id

        id = self.id

        notes = []
        for notes_item_data in self.notes:
            notes_item = notes_item_data.to_dict()
            notes.append(notes_item)

        updated_at = self.updated_at.isoformat()

        value_type: str = self.value_type

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        consumption_rate: float | None | Unset
        if isinstance(self.consumption_rate, Unset):
            consumption_rate = UNSET
        else:
            consumption_rate = self.consumption_rate

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        elif isinstance(self.expiration_date, datetime.datetime):
            expiration_date = self.expiration_date.isoformat()
        else:
            expiration_date = self.expiration_date

        feature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feature, Unset):
            feature = self.feature.to_dict()

        metric_period: None | str | Unset
        if isinstance(self.metric_period, Unset):
            metric_period = UNSET
        elif isinstance(self.metric_period, str):
            metric_period = self.metric_period
        else:
            metric_period = self.metric_period

        metric_period_month_reset: None | str | Unset
        if isinstance(self.metric_period_month_reset, Unset):
            metric_period_month_reset = UNSET
        elif isinstance(self.metric_period_month_reset, str):
            metric_period_month_reset = self.metric_period_month_reset
        else:
            metric_period_month_reset = self.metric_period_month_reset

        rule_id: None | str | Unset
        if isinstance(self.rule_id, Unset):
            rule_id = UNSET
        else:
            rule_id = self.rule_id

        rule_id_usage_exceeded: None | str | Unset
        if isinstance(self.rule_id_usage_exceeded, Unset):
            rule_id_usage_exceeded = UNSET
        else:
            rule_id_usage_exceeded = self.rule_id_usage_exceeded

        value_bool: bool | None | Unset
        if isinstance(self.value_bool, Unset):
            value_bool = UNSET
        else:
            value_bool = self.value_bool

        value_numeric: int | None | Unset
        if isinstance(self.value_numeric, Unset):
            value_numeric = UNSET
        else:
            value_numeric = self.value_numeric

        value_trait: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value_trait, Unset):
            value_trait = self.value_trait.to_dict()

        value_trait_id: None | str | Unset
        if isinstance(self.value_trait_id, Unset):
            value_trait_id = UNSET
        else:
            value_trait_id = self.value_trait_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
                "created_at": created_at,
                "environment_id": environment_id,
                "feature_id": feature_id,
                "id": id,
                "notes": notes,
                "updated_at": updated_at,
                "value_type": value_type,
            }
        )
        if company is not UNSET:
            field_dict["company"] = company
        if consumption_rate is not UNSET:
            field_dict["consumption_rate"] = consumption_rate
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if feature is not UNSET:
            field_dict["feature"] = feature
        if metric_period is not UNSET:
            field_dict["metric_period"] = metric_period
        if metric_period_month_reset is not UNSET:
            field_dict["metric_period_month_reset"] = metric_period_month_reset
        if rule_id is not UNSET:
            field_dict["rule_id"] = rule_id
        if rule_id_usage_exceeded is not UNSET:
            field_dict["rule_id_usage_exceeded"] = rule_id_usage_exceeded
        if value_bool is not UNSET:
            field_dict["value_bool"] = value_bool
        if value_numeric is not UNSET:
            field_dict["value_numeric"] = value_numeric
        if value_trait is not UNSET:
            field_dict["value_trait"] = value_trait
        if value_trait_id is not UNSET:
            field_dict["value_trait_id"] = value_trait_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_detail_response_data import CompanyDetailResponseData  # noqa: PLC0415
        from ..models.company_override_note_response_data import CompanyOverrideNoteResponseData  # noqa: PLC0415
        from ..models.entity_trait_definition_response_data import EntityTraitDefinitionResponseData  # noqa: PLC0415
        from ..models.feature_response_data import FeatureResponseData  # noqa: PLC0415

        d = dict(src_dict)
        company_id = d.pop("company_id")

        created_at = parse_datetime(d.pop("created_at"))

        environment_id = d.pop("environment_id")

        feature_id = d.pop("feature_id")

        id = d.pop("id")

        notes = []
        _notes = d.pop("notes")
        for notes_item_data in _notes:
            notes_item = CompanyOverrideNoteResponseData.from_dict(notes_item_data)

            notes.append(notes_item)

        updated_at = parse_datetime(d.pop("updated_at"))

        value_type = check_entitlement_value_type(d.pop("value_type"))

        _company = d.pop("company", UNSET)
        company: CompanyDetailResponseData | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = CompanyDetailResponseData.from_dict(_company)

        def _parse_consumption_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        consumption_rate = _parse_consumption_rate(d.pop("consumption_rate", UNSET))

        def _parse_expiration_date(data: object) -> datetime.datetime | None | Unset:
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

        expiration_date = _parse_expiration_date(d.pop("expiration_date", UNSET))

        _feature = d.pop("feature", UNSET)
        feature: FeatureResponseData | Unset
        if isinstance(_feature, Unset):
            feature = UNSET
        else:
            feature = FeatureResponseData.from_dict(_feature)

        def _parse_metric_period(data: object) -> MetricPeriod | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_metric_period(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetricPeriod | None | Unset, data)

        metric_period = _parse_metric_period(d.pop("metric_period", UNSET))

        def _parse_metric_period_month_reset(data: object) -> MetricPeriodMonthReset | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_metric_period_month_reset(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetricPeriodMonthReset | None | Unset, data)

        metric_period_month_reset = _parse_metric_period_month_reset(d.pop("metric_period_month_reset", UNSET))

        def _parse_rule_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rule_id = _parse_rule_id(d.pop("rule_id", UNSET))

        def _parse_rule_id_usage_exceeded(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rule_id_usage_exceeded = _parse_rule_id_usage_exceeded(d.pop("rule_id_usage_exceeded", UNSET))

        def _parse_value_bool(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        value_bool = _parse_value_bool(d.pop("value_bool", UNSET))

        def _parse_value_numeric(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        value_numeric = _parse_value_numeric(d.pop("value_numeric", UNSET))

        _value_trait = d.pop("value_trait", UNSET)
        value_trait: EntityTraitDefinitionResponseData | Unset
        if isinstance(_value_trait, Unset):
            value_trait = UNSET
        else:
            value_trait = EntityTraitDefinitionResponseData.from_dict(_value_trait)

        def _parse_value_trait_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value_trait_id = _parse_value_trait_id(d.pop("value_trait_id", UNSET))

        company_override_response_data = cls(
            company_id=company_id,
            created_at=created_at,
            environment_id=environment_id,
            feature_id=feature_id,
            id=id,
            notes=notes,
            updated_at=updated_at,
            value_type=value_type,
            company=company,
            consumption_rate=consumption_rate,
            expiration_date=expiration_date,
            feature=feature,
            metric_period=metric_period,
            metric_period_month_reset=metric_period_month_reset,
            rule_id=rule_id,
            rule_id_usage_exceeded=rule_id_usage_exceeded,
            value_bool=value_bool,
            value_numeric=value_numeric,
            value_trait=value_trait,
            value_trait_id=value_trait_id,
        )

        company_override_response_data.additional_properties = d
        return company_override_response_data

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
