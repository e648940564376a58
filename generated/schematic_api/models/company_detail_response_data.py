from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, as_model_list, parse_datetime

if TYPE_CHECKING:
    from ..models.company_detail_response_data_traits import CompanyDetailResponseDataTraits
    from ..models.company_event_period_metrics_response_data import CompanyEventPeriodMetricsResponseData
    from ..models.entity_key_detail_response_data import EntityKeyDetailResponseData
    from ..models.entity_trait_detail_response_data import EntityTraitDetailResponseData
    from ..models.feature_entitlement import FeatureEntitlement
    from ..models.rule import Rule


T = TypeVar("T", bound="CompanyDetailResponseData")


def _convert_entitlements(
    value: list[FeatureEntitlement] | Sequence[FeatureEntitlement | Mapping[str, Any]],
) -> list[FeatureEntitlement]:
    return cast(
        "list[FeatureEntitlement]", as_model_list(value, ".feature_entitlement", "FeatureEntitlement", __package__)
    )


def _convert_entity_traits(
    value: list[EntityTraitDetailResponseData] | Sequence[EntityTraitDetailResponseData | Mapping[str, Any]],
) -> list[EntityTraitDetailResponseData]:
    return cast(
        "list[EntityTraitDetailResponseData]",
        as_model_list(value, ".entity_trait_detail_response_data", "EntityTraitDetailResponseData", __package__),
    )


def _convert_keys(
    value: list[EntityKeyDetailResponseData] | Sequence[EntityKeyDetailResponseData | Mapping[str, Any]],
) -> list[EntityKeyDetailResponseData]:
    return cast(
        "list[EntityKeyDetailResponseData]",
        as_model_list(value, ".entity_key_detail_response_data", "EntityKeyDetailResponseData", __package__),
    )


def _convert_metrics(
    value: list[CompanyEventPeriodMetricsResponseData]
    | Sequence[CompanyEventPeriodMetricsResponseData | Mapping[str, Any]],
) -> list[CompanyEventPeriodMetricsResponseData]:
    return cast(
        "list[CompanyEventPeriodMetricsResponseData]",
        as_model_list(
            value, ".company_event_period_metrics_response_data", "CompanyEventPeriodMetricsResponseData", __package__
        ),
    )


def _convert_rules(value: list[Rule] | Sequence[Rule | Mapping[str, Any]]) -> list[Rule]:
    return cast("list[Rule]", as_model_list(value, ".rule", "Rule", __package__))


def _convert_traits(
    value: CompanyDetailResponseDataTraits | Unset | Mapping[str, Any],
) -> CompanyDetailResponseDataTraits | Unset:
    return cast(
        "CompanyDetailResponseDataTraits | Unset",
        as_model(value, ".company_detail_response_data_traits", "CompanyDetailResponseDataTraits", __package__),
    )


@_attrs_define
class CompanyDetailResponseData:
    """A company with its keys, traits, entitlements and metrics (billing views omitted)

    Attributes:
        created_at (datetime.datetime)
        entitlements (list[FeatureEntitlement])
        entity_traits (list[EntityTraitDetailResponseData])
        environment_id (str)
        id (str)
        keys (list[EntityKeyDetailResponseData])
        metrics (list[CompanyEventPeriodMetricsResponseData])
        name (str)
        rules (list[Rule])
        updated_at (datetime.datetime)
        user_count (int)
        last_seen_at (datetime.datetime | None | Unset)
        logo_url (None | str | Unset)
        traits (CompanyDetailResponseDataTraits | Unset)
    """

    created_at: datetime.datetime

    entitlements: list[FeatureEntitlement] = _attrs_field(converter=_convert_entitlements)

    entity_traits: list[EntityTraitDetailResponseData] = _attrs_field(converter=_convert_entity_traits)

    environment_id: str

    id: str

    keys: list[EntityKeyDetailResponseData] = _attrs_field(converter=_convert_keys)

    metrics: list[CompanyEventPeriodMetricsResponseData] = _attrs_field(converter=_convert_metrics)

    name: str

    rules: list[Rule] = _attrs_field(converter=_convert_rules)

    updated_at: datetime.datetime

    user_count: int

    last_seen_at: datetime.datetime | None | Unset = UNSET

    logo_url: None | str | Unset = UNSET

    traits: CompanyDetailResponseDataTraits | Unset = _attrs_field(default=UNSET, converter=_convert_traits)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        entitlements = []
        for entitlements_item_data in self.entitlements:
            entitlements_item = entitlements_item_data.to_dict()
            entitlements.append(entitlements_item)

        entity_traits = []
        for entity_traits_item_data in self.entity_traits:
            entity_traits_item = entity_traits_item_data.to_dict()
            entity_traits.append(entity_traits_item)

        environment_id = self.environment_id

        id = self.id

        keys = []
        for keys_item_data in self.keys:
            keys_item = keys_item_data.to_dict()
            keys.append(keys_item)

        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = metrics_item_data.to_dict()
            metrics.append(metrics_item)

        name = self.name

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        updated_at = self.updated_at.isoformat()

        user_count = self.user_count

        last_seen_at: None | str | Unset
        if isinstance(self.last_seen_at, Unset):
            last_seen_at = UNSET
        elif isinstance(self.last_seen_at, datetime.datetime):
            last_seen_at = self.last_seen_at.isoformat()
        else:
            last_seen_at = self.last_seen_at

        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        traits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.traits, Unset):
            traits = self.traits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "entitlements": entitlements,
                "entity_traits": entity_traits,
                "environment_id": environment_id,
                "id": id,
                "keys": keys,
                "metrics": metrics,
                "name": name,
                "rules": rules,
                "updated_at": updated_at,
                "user_count": user_count,
            }
        )
        if last_seen_at is not UNSET:
            field_dict["last_seen_at"] = last_seen_at
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if traits is not UNSET:
            field_dict["traits"] = traits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_detail_response_data_traits import CompanyDetailResponseDataTraits  # noqa: PLC0415
        from ..models.company_event_period_metrics_response_data import CompanyEventPeriodMetricsResponseData  # noqa: PLC0415
        from ..models.entity_key_detail_response_data import EntityKeyDetailResponseData  # noqa: PLC0415
        from ..models.entity_trait_detail_response_data import EntityTraitDetailResponseData  # noqa: PLC0415
        from ..models.feature_entitlement import FeatureEntitlement  # noqa: PLC0415
        from ..models.rule import Rule  # noqa: PLC0415

        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        entitlements = []
        _entitlements = d.pop("entitlements")
        for entitlements_item_data in _entitlements:
            entitlements_item = FeatureEntitlement.from_dict(entitlements_item_data)

            entitlements.append(entitlements_item)

        entity_traits = []
        _entity_traits = d.pop("entity_traits")
        for entity_traits_item_data in _entity_traits:
            entity_traits_item = EntityTraitDetailResponseData.from_dict(entity_traits_item_data)

            entity_traits.append(entity_traits_item)

        environment_id = d.pop("environment_id")

        id = d.pop("id")

        keys = []
        _keys = d.pop("keys")
        for keys_item_data in _keys:
            keys_item = EntityKeyDetailResponseData.from_dict(keys_item_data)

            keys.append(keys_item)

        metrics = []
        _metrics = d.pop("metrics")
        for metrics_item_data in _metrics:
            metrics_item = CompanyEventPeriodMetricsResponseData.from_dict(metrics_item_data)

            metrics.append(metrics_item)

        name = d.pop("name")

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = Rule.from_dict(rules_item_data)

            rules.append(rules_item)

        updated_at = parse_datetime(d.pop("updated_at"))

        user_count = d.pop("user_count")

        def _parse_last_seen_at(data: object) -> datetime.datetime | None | Unset:
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

        last_seen_at = _parse_last_seen_at(d.pop("last_seen_at", UNSET))

        def _parse_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_url = _parse_logo_url(d.pop("logo_url", UNSET))

        _traits = d.pop("traits", UNSET)
        traits: CompanyDetailResponseDataTraits | Unset
        if isinstance(_traits, Unset):
            traits = UNSET
        else:
            traits = CompanyDetailResponseDataTraits.from_dict(_traits)

        company_detail_response_data = cls(
            created_at=created_at,
            entitlements=entitlements,
            entity_traits=entity_traits,
            environment_id=environment_id,
            id=id,
            keys=keys,
            metrics=metrics,
            name=name,
            rules=rules,
            updated_at=updated_at,
            user_count=user_count,
            last_seen_at=last_seen_at,
            logo_url=logo_url,
            traits=traits,
        )

        company_detail_response_data.additional_properties = d
        return company_detail_response_data

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
