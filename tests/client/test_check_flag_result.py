"""`CheckFlagResult` stays a faithful subset of the generated `CheckFlagResponseData`, which parses it."""

from __future__ import annotations

import datetime

import attrs
from schematic_api.models import CheckFlagResponseData, FeatureEntitlement

from schematic_ext import CheckFlagResult


def test_every_field_is_a_field_of_the_generated_model() -> None:
    ours = {field.name for field in attrs.fields(CheckFlagResult)}
    generated = {field.name for field in attrs.fields(CheckFlagResponseData)}
    assert ours <= generated, ours - generated
    required = {f.name for f in attrs.fields(CheckFlagResponseData) if f.default is attrs.NOTHING}
    assert {f.name for f in attrs.fields(CheckFlagResult) if f.default is attrs.NOTHING} == required


def test_round_trip_through_the_api_json_shape() -> None:
    entitlement = FeatureEntitlement(
        feature_id="feat_1",
        feature_key="api-calls",
        value_type="numeric",
        allocation=100,
        usage=42,
        metric_reset_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc),
    )
    result = CheckFlagResult(
        flag="api-access",
        value=True,
        reason="Matched rule",
        flag_id="flag_1",
        rule_id="rule_1",
        rule_type="plan_entitlement",
        company_id="comp_1",
        entitlement=entitlement,
    )
    wire = result.to_dict()
    assert wire["entitlement"]["metric_reset_at"] == "2026-01-01T00:00:00+00:00"
    assert "user_id" not in wire and "error" not in wire
    assert CheckFlagResult.from_dict(wire) == result
    assert CheckFlagResult.from_model(CheckFlagResponseData.from_dict(wire)) == result
