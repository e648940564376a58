from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.actor_type import ActorType, check_actor_type
from ..types import UNSET, Unset, as_model_list

if TYPE_CHECKING:
    from ..models.environment_response_data import EnvironmentResponseData


T = TypeVar("T", bound="WhoAmIResponseData")


def _convert_environments(
    value: list[EnvironmentResponseData] | Sequence[EnvironmentResponseData | Mapping[str, Any]],
) -> list[EnvironmentResponseData]:
    return cast(
        "list[EnvironmentResponseData]",
        as_model_list(value, ".environment_response_data", "EnvironmentResponseData", __package__),
    )


@_attrs_define
class WhoAmIResponseData:
    """The `WhoAmIResponseData` object of the API.

    Attributes:
        account_id (str)
        account_name (str)
        actor_type (ActorType)
        environments (list[EnvironmentResponseData])
        onboarding_complete (bool)
        api_key_id (None | str | Unset)
        environment_id (None | str | Unset)
        stripe_user_id (str | Unset)
        user_id (str | Unset)
        user_name (str | Unset)
    """

    account_id: str

    account_name: str

    actor_type: ActorType

    environments: list[EnvironmentResponseData] = _attrs_field(converter=_convert_environments)

    onboarding_complete: bool

    api_key_id: None | str | Unset = UNSET

    environment_id: None | str | Unset = UNSET

    stripe_user_id: str | Unset = UNSET

    user_id: str | Unset = UNSET

    user_name: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        account_name = self.account_name

        actor_type: str = self.actor_type

        environments = []
        for environments_item_data in self.environments:
            environments_item = environments_item_data.to_dict()
            environments.append(environments_item)

        onboarding_complete = self.onboarding_complete

        api_key_id: None | str | Unset
        if isinstance(self.api_key_id, Unset):
            api_key_id = UNSET
        else:
            api_key_id = self.api_key_id

        environment_id: None | str | Unset
        if isinstance(self.environment_id, Unset):
            environment_id = UNSET
        else:
            environment_id = self.environment_id

        stripe_user_id = self.stripe_user_id

        user_id = self.user_id

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "account_name": account_name,
                "actor_type": actor_type,
                "environments": environments,
                "onboarding_complete": onboarding_complete,
            }
        )
        if api_key_id is not UNSET:
            field_dict["api_key_id"] = api_key_id
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if stripe_user_id is not UNSET:
            field_dict["stripe_user_id"] = stripe_user_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.environment_response_data import EnvironmentResponseData  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("account_id")

        account_name = d.pop("account_name")

        actor_type = check_actor_type(d.pop("actor_type"))

        environments = []
        _environments = d.pop("environments")
        for environments_item_data in _environments:
            environments_item = EnvironmentResponseData.from_dict(environments_item_data)

            environments.append(environments_item)

        onboarding_complete = d.pop("onboarding_complete")

        def _parse_api_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_key_id = _parse_api_key_id(d.pop("api_key_id", UNSET))

        def _parse_environment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        environment_id = _parse_environment_id(d.pop("environment_id", UNSET))

        stripe_user_id = d.pop("stripe_user_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        user_name = d.pop("user_name", UNSET)

        who_am_i_response_data = cls(
            account_id=account_id,
            account_name=account_name,
            actor_type=actor_type,
            environments=environments,
            onboarding_complete=onboarding_complete,
            api_key_id=api_key_id,
            environment_id=environment_id,
            stripe_user_id=stripe_user_id,
            user_id=user_id,
            user_name=user_name,
        )

        who_am_i_response_data.additional_properties = d
        return who_am_i_response_data

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
