"""A local rules engine that answers flag checks exactly as Schematic's own engine does.

Inputs are the datastream's JSON shapes (`RulesengineFlag`, `RulesengineCompany`, `RulesengineUser`);
each is compiled once into slotted lookups and memoised by identity, so repeated checks allocate only
their result. Fields the public description does not carry (the SDK models' `credit_postpaid`, credit
spend policies, `quantity_rates`) are not read. A preflight (`Preflight`, from a ``PreflightRequestBody``)
asks the same question against usage an action has not recorded yet.
"""

from __future__ import annotations

from .engine import check_flag
from .entities import Company, User, compile_company, compile_user
from .preflight import Preflight, compile_preflight
from .result import REASON_NO_RULES_MATCHED, CheckFlagResult
from .rules import RULE_TYPE_ORDER, Flag, compile_flag

__all__ = [
    "REASON_NO_RULES_MATCHED",
    "RULE_TYPE_ORDER",
    "CheckFlagResult",
    "Company",
    "Flag",
    "Preflight",
    "User",
    "check_flag",
    "compile_company",
    "compile_flag",
    "compile_preflight",
    "compile_user",
]
