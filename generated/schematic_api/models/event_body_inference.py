from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.event_body_inference_company import EventBodyInferenceCompany
    from ..models.event_body_inference_user import EventBodyInferenceUser


T = TypeVar("T", bound="EventBodyInference")


def _convert_company(value: EventBodyInferenceCompany | Mapping[str, Any]) -> EventBodyInferenceCompany:
    return cast(
        "EventBodyInferenceCompany",
        as_model(value, ".event_body_inference_company", "EventBodyInferenceCompany", __package__),
    )


def _convert_user(value: EventBodyInferenceUser | Unset | Mapping[str, Any]) -> EventBodyInferenceUser | Unset:
    return cast(
        "EventBodyInferenceUser | Unset",
        as_model(value, ".event_body_inference_user", "EventBodyInferenceUser", __package__),
    )


@_attrs_define
class EventBodyInference:
    """Body of an inference (LLM usage) event

    Attributes:
        company (EventBodyInferenceCompany)
        input_tokens (int)
        output_tokens (int)
        provider (str)
        response_model (str)
        cached_input_tokens (int | Unset)
        cost (str | Unset)
        currency (str | Unset)
        event (str | Unset)
        operation (str | Unset)
        reasoning_tokens (int | Unset)
        request_model (str | Unset)
        requests (int | Unset)
        user (EventBodyInferenceUser | Unset)
    """

    company: EventBodyInferenceCompany = _attrs_field(converter=_convert_company)

    input_tokens: int

    output_tokens: int

    provider: str

    response_model: str

    cached_input_tokens: int | Unset = UNSET

    cost: str | Unset = UNSET

    currency: str | Unset = UNSET

    event: str | Unset = UNSET

    operation: str | Unset = UNSET

    reasoning_tokens: int | Unset = UNSET

    request_model: str | Unset = UNSET

    requests: int | Unset = UNSET

    user: EventBodyInferenceUser | Unset = _attrs_field(default=UNSET, converter=_convert_user)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company = self.company.to_dict()

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        provider = self.provider

        response_model = self.response_model

        cached_input_tokens = self.cached_input_tokens

        cost = self.cost

        currency = self.currency

        event = self.event

        operation = self.operation

        reasoning_tokens = self.reasoning_tokens

        request_model = self.request_model

        requests = self.requests

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company": company,
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
                "provider": provider,
                "response_model": response_model,
            }
        )
        if cached_input_tokens is not UNSET:
            field_dict["cached_input_tokens"] = cached_input_tokens
        if cost is not UNSET:
            field_dict["cost"] = cost
        if currency is not UNSET:
            field_dict["currency"] = currency
        if event is not UNSET:
            field_dict["event"] = event
        if operation is not UNSET:
            field_dict["operation"] = operation
        if reasoning_tokens is not UNSET:
            field_dict["reasoning_tokens"] = reasoning_tokens
        if request_model is not UNSET:
            field_dict["request_model"] = request_model
        if requests is not UNSET:
            field_dict["requests"] = requests
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_body_inference_company import EventBodyInferenceCompany  # noqa: PLC0415
        from ..models.event_body_inference_user import EventBodyInferenceUser  # noqa: PLC0415

        d = dict(src_dict)
        company = EventBodyInferenceCompany.from_dict(d.pop("company"))

        input_tokens = d.pop("input_tokens")

        output_tokens = d.pop("output_tokens")

        provider = d.pop("provider")

        response_model = d.pop("response_model")

        cached_input_tokens = d.pop("cached_input_tokens", UNSET)

        cost = d.pop("cost", UNSET)

        currency = d.pop("currency", UNSET)

        event = d.pop("event", UNSET)

        operation = d.pop("operation", UNSET)

        reasoning_tokens = d.pop("reasoning_tokens", UNSET)

        request_model = d.pop("request_model", UNSET)

        requests = d.pop("requests", UNSET)

        _user = d.pop("user", UNSET)
        user: EventBodyInferenceUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = EventBodyInferenceUser.from_dict(_user)

        event_body_inference = cls(
            company=company,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            provider=provider,
            response_model=response_model,
            cached_input_tokens=cached_input_tokens,
            cost=cost,
            currency=currency,
            event=event,
            operation=operation,
            reasoning_tokens=reasoning_tokens,
            request_model=request_model,
            requests=requests,
            user=user,
        )

        event_body_inference.additional_properties = d
        return event_body_inference

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
