from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model, as_model_list

if TYPE_CHECKING:
    from ..models.credit_event_ledger_response_data import CreditEventLedgerResponseData
    from ..models.list_credit_event_ledger_params import ListCreditEventLedgerParams


T = TypeVar("T", bound="ListCreditEventLedgerResponse")


def _convert_data(
    value: list[CreditEventLedgerResponseData] | Sequence[CreditEventLedgerResponseData | Mapping[str, Any]],
) -> list[CreditEventLedgerResponseData]:
    return cast(
        "list[CreditEventLedgerResponseData]",
        as_model_list(value, ".credit_event_ledger_response_data", "CreditEventLedgerResponseData", __package__),
    )


def _convert_params(value: ListCreditEventLedgerParams | Mapping[str, Any]) -> ListCreditEventLedgerParams:
    return cast(
        "ListCreditEventLedgerParams",
        as_model(value, ".list_credit_event_ledger_params", "ListCreditEventLedgerParams", __package__),
    )


@_attrs_define
class ListCreditEventLedgerResponse:
    """What listCreditEventLedger returns

    Attributes:
        data (list[CreditEventLedgerResponseData])
        params (ListCreditEventLedgerParams): The parameters listCreditEventLedger was called with
    """

    data: list[CreditEventLedgerResponseData] = _attrs_field(converter=_convert_data)

    params: ListCreditEventLedgerParams = _attrs_field(converter=_convert_params)

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
        from ..models.credit_event_ledger_response_data import CreditEventLedgerResponseData  # noqa: PLC0415
        from ..models.list_credit_event_ledger_params import ListCreditEventLedgerParams  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = CreditEventLedgerResponseData.from_dict(data_item_data)

            data.append(data_item)

        params = ListCreditEventLedgerParams.from_dict(d.pop("params"))

        list_credit_event_ledger_response = cls(
            data=data,
            params=params,
        )

        list_credit_event_ledger_response.additional_properties = d
        return list_credit_event_ledger_response

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
