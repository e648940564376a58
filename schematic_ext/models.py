"""Typed request and response models of the API, importable from one stable path.

``from schematic_ext.models import EventBodyIdentifyCompany, UpsertCompanyRequestBody``. Names load on
first access, so importing `schematic_ext` does not pay for every model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import schematic_api.models as _generated

if TYPE_CHECKING:
    from schematic_api.models import *  # noqa: F403

__all__ = list(_generated.__all__)


def __getattr__(name: str) -> Any:
    return getattr(_generated, name)


def __dir__() -> list[str]:
    return sorted(__all__)
