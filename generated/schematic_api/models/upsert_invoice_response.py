from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.invoice_response_data import InvoiceResponseData
    from ..models.upsert_invoice_response_params import UpsertInvoiceResponseParams


T = TypeVar("T", bound="UpsertInvoiceResponse")


def _convert_data(value: InvoiceResponseData | Mapping[str, Any]) -> InvoiceResponseData:
    return cast("InvoiceResponseData", as_model(value, ".invoice_response_data", "InvoiceResponseData", __package__))


def _convert_params(value: UpsertInvoiceResponseParams | Mapping[str, Any]) -> UpsertInvoiceResponseParams:
    return cast(
        "UpsertInvoiceResponseParams",
        as_model(value, ".upsert_invoice_response_params", "UpsertInvoiceResponseParams", __package__),
    )


@_attrs_define
class UpsertInvoiceResponse:
    """What upsertInvoice returns

    Attributes:
        data (InvoiceResponseData)
        params (UpsertInvoiceResponseParams)
    """

    data: InvoiceResponseData = _attrs_field(converter=_convert_data)

    params: UpsertInvoiceResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.invoice_response_data import InvoiceResponseData  # noqa: PLC0415
        from ..models.upsert_invoice_response_params import UpsertInvoiceResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = InvoiceResponseData.from_dict(d.pop("data"))

        params = UpsertInvoiceResponseParams.from_dict(d.pop("params"))

        upsert_invoice_response = cls(
            data=data,
            params=params,
        )

        upsert_invoice_response.additional_properties = d
        return upsert_invoice_response

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
