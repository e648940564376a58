"""Reading trait values: integers, numbers, booleans and dates as the official engine reads them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rules_builders import agreed, company, condition, definition, flag, rule, trait
from rules_oracle import OfficialEngine
from rules_strategies import BOOL_SPELLINGS, INT_SPELLINGS, OPERATORS, date_spellings

from schematic_ext._rules.comparisons import parse_int64, to_bool, to_number
from schematic_ext._rules.dates import SECOND, parse_date, parse_timestamp

JAN_2_030405 = (19_724 * 86_400 + 3 * 3600 + 4 * 60 + 5) * SECOND


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5", 5),
        ("+5", 5),
        ("-0", 0),
        ("05", 5),
        (" 5", None),
        ("5.0", None),
        ("1_0", None),
        ("٣", None),
        ("9223372036854775807", 2**63 - 1),
        ("9223372036854775808", None),
        ("0" * 5000 + "1", 1),
        ("1" * 5000, None),
    ],
)
def test_int64(text: str, expected: int | None) -> None:
    assert parse_int64(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5", 5),
        ("2.5", 2.5),
        ("1e3", 1000.0),
        (".5", 0.5),
        ("5.", 5.0),
        ("1e400", 0),
        ("inf", 0),
        ("nan", 0),
        ("abc", 0),
        ("", 0),
        ("１", 0),
        ("1_0", 0),
        (" 1", 0),
    ],
)
def test_numbers(text: str, expected: float) -> None:
    assert to_number(text) == expected


def test_booleans() -> None:
    assert [to_bool(text) for text in ("true", "1", "True", "TRUE", "t", "yes", "01", "")] == [True, True] + [
        False
    ] * 6


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-01-02T03:04:05Z", JAN_2_030405),
        ("2024-01-02t04:04:05+01:00", JAN_2_030405),
        ("2024-01-02T04:04:05+0100", JAN_2_030405),  # the strftime reading takes an offset without a colon
        ("2024-1-2T4:4:5+01:00", JAN_2_030405),
        ("2024-01-02T04:04:05+24:00", JAN_2_030405 + 3600 * SECOND),  # out of range: read as wall time
        ("2024-01-02 04:04:05+01:00", JAN_2_030405 + 3600 * SECOND),  # a zone after a space is skipped
        ("2024-01-02 03:04:05 EST", JAN_2_030405),
        ("2024-01-0203:04:05", JAN_2_030405),
        ("Tue Jan 02 2024 04:04:05 GMT+0100", JAN_2_030405),
        ("tue jan 2 2024 03:04:05", JAN_2_030405),
        (
            "2024-01-02 03:04:60 UTC",
            JAN_2_030405 + 54 * SECOND + SECOND // 2,
        ),  # leap second: after :59, before :00
        ("Mon Jan 02 2024 03:04:05 UTC", None),  # wrong weekday
        ("Tue Jan 02 2024 03:04:05 GMT+0000 (UTC)", None),
        ("2024-01-02", None),
        ("2024-01-02T03:04:05", None),
        ("2023-02-29 00:00:00", None),
    ],
)
def test_dates(text: str, expected: int | None) -> None:
    assert parse_date(text) == expected


def test_leap_seconds_sort_between_their_neighbours() -> None:
    leap = parse_date("2024-01-02 03:04:60")
    assert leap is not None
    assert parse_date("2024-01-02 03:04:59.999999999") < leap < parse_date("2024-01-02 03:05:00")  # type: ignore[operator]


def test_timestamps() -> None:
    assert parse_timestamp("2024-01-15T10:00:00.123456789Z") == 1_705_312_800_123_456_789
    assert parse_timestamp("2024-01-15 15:00:00+05:00") == 1_705_312_800_000_000_000
    assert parse_timestamp("2024-01-15") is None


@settings(max_examples=1500, deadline=None, derandomize=True, database=None)
@given(
    comparable=st.sampled_from(["int", "date", "bool"]),
    left=st.one_of(date_spellings(), INT_SPELLINGS, BOOL_SPELLINGS),
    right=st.one_of(date_spellings(), INT_SPELLINGS, BOOL_SPELLINGS),
    operator=st.sampled_from(OPERATORS),
)
def test_value_readings_agree_with_the_official_engine(
    official: OfficialEngine, comparable: str, left: str, right: str, operator: str
) -> None:
    cond = condition("trait", operator, value=right, trait_definition=definition("t", comparable))
    agreed(official, flag(rule("r", "standard", cond)), company(traits=[trait("t", left, comparable)]))
