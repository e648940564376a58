from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, as_model_list

if TYPE_CHECKING:
    from ..models.check_flag_response_data import CheckFlagResponseData
    from ..models.check_flags_response_data_credit_balances import CheckFlagsResponseDataCreditBalances
    from ..models.datastream_company_plan import DatastreamCompanyPlan


T = TypeVar("T", bound="CheckFlagsResponseData")


def _convert_flags(
    value: list[CheckFlagResponseData] | Sequence[CheckFlagResponseData | Mapping[str, Any]],
) -> list[CheckFlagResponseData]:
    return cast(
        "list[CheckFlagResponseData]",
        as_model_list(value, ".check_flag_response_data", "CheckFlagResponseData", __package__),
    )


def _convert_credit_balances(
    value: CheckFlagsResponseDataCreditBalances | Unset | Mapping[str, Any],
) -> CheckFlagsResponseDataCreditBalances | Unset:
    return cast(
        "CheckFlagsResponseDataCreditBalances | Unset",
        as_model(
            value, ".check_flags_response_data_credit_balances", "CheckFlagsResponseDataCreditBalances", __package__
        ),
    )


def _convert_plan(value: DatastreamCompanyPlan | Unset | Mapping[str, Any]) -> DatastreamCompanyPlan | Unset:
    return cast(
        "DatastreamCompanyPlan | Unset",
        as_model(value, ".datastream_company_plan", "DatastreamCompanyPlan", __package__),
    )


@_attrs_define
class CheckFlagsResponseData:
    """Results of checking all flags for one context

    Attributes:
        flags (list[CheckFlagResponseData])
        credit_balances (CheckFlagsResponseDataCreditBalances | Unset)
        plan (DatastreamCompanyPlan | Unset)
    """

    flags: list[CheckFlagResponseData] = _attrs_field(converter=_convert_flags)

    credit_balances: CheckFlagsResponseDataCreditBalances | Unset = _attrs_field(
        default=UNSET, converter=_convert_credit_balances
    )

    plan: DatastreamCompanyPlan | Unset = _attrs_field(default=UNSET, converter=_convert_plan)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flags = []
        for flags_item_data in self.flags:
            flags_item = flags_item_data.to_dict()
            flags.append(flags_item)

        credit_balances: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_balances, Unset):
            credit_balances = self.credit_balances.to_dict()

        plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plan, Unset):
            plan = self.plan.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flags": flags,
            }
        )
        if credit_balances is not UNSET:
            field_dict["credit_balances"] = credit_balances
        if plan is not UNSET:
            field_dict["plan"] = plan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.check_flag_response_data import CheckFlagResponseData  # noqa: PLC0415
        from ..models.check_flags_response_data_credit_balances import CheckFlagsResponseDataCreditBalances  # noqa: PLC0415
        from ..models.datastream_company_plan import DatastreamCompanyPlan  # noqa: PLC0415

        d = dict(src_dict)
        flags = []
        _flags = d.pop("flags")
        for flags_item_data in _flags:
            flags_item = CheckFlagResponseData.from_dict(flags_item_data)

            flags.append(flags_item)

        _credit_balances = d.pop("credit_balances", UNSET)
        credit_balances: CheckFlagsResponseDataCreditBalances | Unset
        if isinstance(_credit_balances, Unset):
            credit_balances = UNSET
        else:
            credit_balances = CheckFlagsResponseDataCreditBalances.from_dict(_credit_balances)

        _plan = d.pop("plan", UNSET)
        plan: DatastreamCompanyPlan | Unset
        if isinstance(_plan, Unset):
            plan = UNSET
        else:
            plan = DatastreamCompanyPlan.from_dict(_plan)

        check_flags_response_data = cls(
            flags=flags,
            credit_balances=credit_balances,
            plan=plan,
        )

        check_flags_response_data.additional_properties = d
        return check_flags_response_data

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
