"""Shared types of the generated layer: the UNSET sentinel and per-request options."""

import datetime
from collections.abc import Mapping
from importlib import import_module
from typing import IO, Any, BinaryIO, Literal, TypedDict

from attrs import define


class Unset:
    """Marks an argument or field the caller did not give (distinct from an explicit None)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


class RequestOptions(TypedDict, total=False):
    """Per-call overrides accepted by every operation as ``request_options``."""

    timeout_in_seconds: float
    max_retries: int
    additional_headers: Mapping[str, str]


# The types that `httpx.Client(files=)` accepts, for multipart bodies.
FileContent = IO[bytes] | bytes | str
FileTypes = tuple[str | None, FileContent, str | None] | tuple[str | None, FileContent, str | None, Mapping[str, str]]
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file to upload in a multipart body."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return the tuple httpx expects for multipart/form-data."""
        return self.file_name, self.payload, self.mime_type


def as_model(value: Any, module: str, name: str, package: str | None) -> Any:
    """attrs converter: a nested-model field given as a plain mapping is built with the model's from_dict."""
    if isinstance(value, Mapping):
        return getattr(import_module(module, package), name).from_dict(value)
    return value


def as_model_list(value: Any, module: str, name: str, package: str | None) -> Any:
    """Like `as_model`, for a list of nested models."""
    if isinstance(value, (list, tuple)):
        return [as_model(item, module, name, package) for item in value]
    return value


def parse_datetime(value: str) -> datetime.datetime:
    """An RFC 3339 / ISO 8601 date-time (``Z`` suffix and any fraction included, on every Python)."""
    from dateutil.parser import isoparse  # on first use: it costs ~15 ms at import time

    return isoparse(value)


def parse_date(value: str) -> datetime.date:
    """An ISO 8601 date."""
    return parse_datetime(value).date()


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "RequestOptions",
    "Unset",
    "as_model",
    "as_model_list",
    "parse_date",
    "parse_datetime",
]
