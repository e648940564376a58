from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model, as_model_list

if TYPE_CHECKING:
    from ..models.list_company_migrations_params import ListCompanyMigrationsParams
    from ..models.plan_version_company_migration_response_data import PlanVersionCompanyMigrationResponseData


T = TypeVar("T", bound="ListCompanyMigrationsResponse")


def _convert_data(
    value: list[PlanVersionCompanyMigrationResponseData]
    | Sequence[PlanVersionCompanyMigrationResponseData | Mapping[str, Any]],
) -> list[PlanVersionCompanyMigrationResponseData]:
    return cast(
        "list[PlanVersionCompanyMigrationResponseData]",
        as_model_list(
            value,
            ".plan_version_company_migration_response_data",
            "PlanVersionCompanyMigrationResponseData",
            __package__,
        ),
    )


def _convert_params(value: ListCompanyMigrationsParams | Mapping[str, Any]) -> ListCompanyMigrationsParams:
    return cast(
        "ListCompanyMigrationsParams",
        as_model(value, ".list_company_migrations_params", "ListCompanyMigrationsParams", __package__),
    )


@_attrs_define
class ListCompanyMigrationsResponse:
    """What listCompanyMigrations returns

    Attributes:
        data (list[PlanVersionCompanyMigrationResponseData])
        params (ListCompanyMigrationsParams): The parameters listCompanyMigrations was called with
    """

    data: list[PlanVersionCompanyMigrationResponseData] = _attrs_field(converter=_convert_data)

    params: ListCompanyMigrationsParams = _attrs_field(converter=_convert_params)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

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
        from ..models.list_company_migrations_params import ListCompanyMigrationsParams  # noqa: PLC0415
        from ..models.plan_version_company_migration_response_data import PlanVersionCompanyMigrationResponseData  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = PlanVersionCompanyMigrationResponseData.from_dict(data_item_data)

            data.append(data_item)

        params = ListCompanyMigrationsParams.from_dict(d.pop("params"))

        list_company_migrations_response = cls(
            data=data,
            params=params,
        )

        list_company_migrations_response.additional_properties = d
        return list_company_migrations_response

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
