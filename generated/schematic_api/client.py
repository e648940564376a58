"""Request primitives shared by the generated operations.

An operation module only *describes* a request (`PreparedRequest`) and how to parse its answer; sending it
is the job of whatever implements `SyncRequester` / `AsyncRequester` (the hand-written SDK client, which
owns auth, retries, timeouts and errors).
"""

import datetime
import enum
from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar

import httpx
from attrs import frozen

from .types import RequestOptions, Unset

T = TypeVar("T")


@frozen
class PreparedRequest:
    """One API call, ready to send: method, path (already formatted), query pairs and JSON body."""

    method: str
    path: str
    operation: str  # the spec's operationId, e.g. "checkFlag"
    params: tuple[tuple[str, str], ...] = ()
    json: Any = None
    has_body: bool = False


class SyncRequester(Protocol):
    """Sends a prepared request and returns the parsed result, raising on failure."""

    def request(
        self,
        prepared: PreparedRequest,
        parse: Callable[[httpx.Response], T],
        request_options: RequestOptions | None = None,
    ) -> T: ...


class AsyncRequester(Protocol):
    """The asyncio twin of `SyncRequester`."""

    async def request(
        self,
        prepared: PreparedRequest,
        parse: Callable[[httpx.Response], T],
        request_options: RequestOptions | None = None,
    ) -> T: ...


def to_jsonable(value: Any) -> Any:
    """Turn models, mappings, sequences, dates and enums into plain JSON values; drop UNSET fields."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items() if not isinstance(v, Unset)}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return to_jsonable(value.value)
    return value


def _query_scalar(value: Any) -> str:
    value = to_jsonable(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def query_pairs(name: str, value: Any) -> list[tuple[str, str]]:
    """Encode one query parameter as the API expects: arrays repeated, maps as ``name[key]=value``."""
    if isinstance(value, Unset) or value is None:
        return []
    if isinstance(value, Mapping) or callable(getattr(value, "to_dict", None)):
        return [(f"{name}[{k}]", _query_scalar(v)) for k, v in to_jsonable(value).items() if v is not None]
    if isinstance(value, (list, tuple)):
        return [(name, _query_scalar(v)) for v in value]
    return [(name, _query_scalar(value))]
