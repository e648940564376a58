from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.create_migration_response_params import CreateMigrationResponseParams
    from ..models.plan_version_migration_response_data import PlanVersionMigrationResponseData


T = TypeVar("T", bound="CreateMigrationResponse")


def _convert_data(value: PlanVersionMigrationResponseData | Mapping[str, Any]) -> PlanVersionMigrationResponseData:
    return cast(
        "PlanVersionMigrationResponseData",
        as_model(value, ".plan_version_migration_response_data", "PlanVersionMigrationResponseData", __package__),
    )


def _convert_params(value: CreateMigrationResponseParams | Mapping[str, Any]) -> CreateMigrationResponseParams:
    return cast(
        "CreateMigrationResponseParams",
        as_model(value, ".create_migration_response_params", "CreateMigrationResponseParams", __package__),
    )


@_attrs_define
class CreateMigrationResponse:
    """What createMigration returns

    Attributes:
        data (PlanVersionMigrationResponseData)
        params (CreateMigrationResponseParams)
    """

    data: PlanVersionMigrationResponseData = _attrs_field(converter=_convert_data)

    params: CreateMigrationResponseParams = _attrs_field(converter=_convert_params)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "params": params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_migration_response_params import CreateMigrationResponseParams  # noqa: PLC0415
        from ..models.plan_version_migration_response_data import PlanVersionMigrationResponseData  # noqa: PLC0415

        d = dict(src_dict)
        data = PlanVersionMigrationResponseData.from_dict(d.pop("data"))

        params = CreateMigrationResponseParams.from_dict(d.pop("params"))

        create_migration_response = cls(
            data=data,
            params=params,
        )

        create_migration_response.additional_properties = d
        return create_migration_response

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
