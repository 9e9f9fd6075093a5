"""Relative time placeholders ("@now-PT15M") in tenant files."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta, timezone

import pytest

from core.simulator.relative_time import (
    expand_relative_times,
    format_timestamp,
    placeholder,
    resolve_placeholder,
)

NOW = datetime(2026, 11, 25, 16, 40, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("@now", "2026-11-25T16:40:00Z"),
        ("@now-PT15M", "2026-11-25T16:25:00Z"),
        ("@now-P2D", "2026-11-23T16:40:00Z"),
        ("@now+P1D", "2026-11-26T16:40:00Z"),
        ("@now-P1DT2H30M15S", "2026-11-24T14:09:45Z"),
        ("@now-P1W", "2026-11-18T16:40:00Z"),
        ("@now-PT7H", "2026-11-25T09:40:00Z"),
        ("@now-PT1.5H", "2026-11-25T15:10:00Z"),
        ("@now-PT0,5M", "2026-11-25T16:39:30Z"),
        ("@now-P30D", "2026-10-26T16:40:00Z"),
    ],
)
def test_placeholders_resolve_relative_to_now(value: str, expected: str) -> None:
    assert resolve_placeholder(value, NOW) == expected


@pytest.mark.parametrize("value", ["now", "@nowhere", "@NOW", " @now", "@now ", "x@now-PT1M", "2026-01-01T00:00:00Z"])
def test_other_strings_are_not_placeholders(value: str) -> None:
    assert resolve_placeholder(value, NOW) is None


@pytest.mark.parametrize("value", ["@now-", "@now+", "@now-PT", "@now-P", "@now-P1DT", "@now-15M", "@now-PT15X"])
def test_malformed_placeholders_raise(value: str) -> None:
    with pytest.raises(ValueError, match="not an ISO-8601 duration"):
        resolve_placeholder(value, NOW)


@pytest.mark.parametrize("value", ["@now-P1Y", "@now-P2M", "@now-P1Y2M3D"])
def test_calendar_units_are_refused(value: str) -> None:
    with pytest.raises(ValueError, match="years and months"):
        resolve_placeholder(value, NOW)


def test_expansion_walks_nested_values_and_leaves_the_rest_alone() -> None:
    data = {
        "time": "@now-PT15M",
        "@now": "key is not expanded, value is: @now",
        "list": ["@now", 3, None, True, 1.5, {"deep": ["@now-P2D"]}],
        "plain": "VM running",
    }
    original = copy.deepcopy(data)
    expanded = expand_relative_times(data, NOW)
    assert expanded == {
        "time": "2026-11-25T16:25:00Z",
        "@now": "key is not expanded, value is: @now",
        "list": ["2026-11-25T16:40:00Z", 3, None, True, 1.5, {"deep": ["2026-11-23T16:40:00Z"]}],
        "plain": "VM running",
    }
    assert data == original, "the input must not be modified"


def test_scalars_expand_too() -> None:
    assert expand_relative_times("@now", NOW) == "2026-11-25T16:40:00Z"
    assert expand_relative_times(42, NOW) == 42


def test_now_in_another_zone_is_converted_to_utc() -> None:
    lisbon_summer = datetime(2026, 7, 1, 10, 0, 0, tzinfo=timezone(timedelta(hours=1)))
    assert expand_relative_times(["@now"], lisbon_summer) == ["2026-07-01T09:00:00Z"]


def test_subseconds_are_truncated() -> None:
    assert expand_relative_times("@now", NOW.replace(microsecond=999_999)) == "2026-11-25T16:40:00Z"


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        expand_relative_times({"t": "@now"}, datetime(2026, 11, 25, 16, 40))
    with pytest.raises(ValueError, match="timezone-aware"):
        format_timestamp(datetime(2026, 11, 25, 16, 40))


@pytest.mark.parametrize(
    ("offset", "text"),
    [
        (timedelta(0), "@now"),
        (timedelta(minutes=-15), "@now-PT15M"),
        (timedelta(hours=-7), "@now-PT7H"),
        (timedelta(days=-2), "@now-P2D"),
        (timedelta(days=1), "@now+P1D"),
        (-timedelta(days=1, hours=2, minutes=3, seconds=4), "@now-P1DT2H3M4S"),
        (timedelta(seconds=-1.5), "@now-PT1.5S"),
    ],
)
def test_placeholder_builds_the_text_and_round_trips(offset: timedelta, text: str) -> None:
    assert placeholder(offset) == text
    resolved = resolve_placeholder(text, NOW)
    assert resolved == format_timestamp(NOW + offset)
