"""Shared types of the generated layer: the UNSET sentinel and per-request options."""

from collections.abc import Mapping
from typing import IO, BinaryIO, Literal, TypedDict

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


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "RequestOptions", "Unset"]
