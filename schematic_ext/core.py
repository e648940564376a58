"""Compatibility path for code written against ``schematic.core`` (``except schematic_ext.core.ApiError``)."""

from ._errors import ApiError

__all__ = ["ApiError"]
