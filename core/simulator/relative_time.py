"""Relative time placeholders in tenant files.

A tenant file cannot hard-code "fresh" timestamps: a check compares an agent's status time or a job's start
time with *now*, so a demo written today would look stale next month. Such values are written instead as

    "@now"            the load time
    "@now-PT15M"      15 minutes before the load time
    "@now-P2DT3H"     2 days and 3 hours before
    "@now+P1D"        one day after

where the part after the sign is an ISO-8601 duration made of weeks, days, hours, minutes and seconds
(`PnW`, `PnD`, `TnH`, `TnM`, `TnS`; decimals allowed). Years and months are refused because their length
depends on the calendar. `expand_relative_times` replaces every string *value* that is a placeholder by an
ISO-8601 UTC timestamp truncated to whole seconds, such as "2026-11-25T16:40:00Z". Keys are never touched,
and any other string is left alone. A string that starts like a placeholder ("@now+", "@now-") but whose
duration does not parse raises `ValueError`, so a typo in a tenant file is loud rather than silently stale.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import TypeVar, cast

__all__ = ["expand_relative_times", "format_timestamp", "placeholder", "resolve_placeholder"]

T = TypeVar("T")

# Strings that are placeholders: exactly "@now", or "@now" followed by a sign and anything (validated).
_CANDIDATE = re.compile(r"@now(?:(?P<sign>[+-])(?P<duration>.*))?\Z", re.DOTALL)

_NUMBER = r"\d+(?:[.,]\d+)?"
_DURATION = re.compile(
    rf"P(?:(?P<weeks>{_NUMBER})W)?(?:(?P<days>{_NUMBER})D)?"
    rf"(?:T(?:(?P<hours>{_NUMBER})H)?(?:(?P<minutes>{_NUMBER})M)?(?:(?P<seconds>{_NUMBER})S)?)?\Z"
)
_CALENDAR = re.compile(rf"P(?:{_NUMBER}Y)|P(?:[^T]*?)(?:{_NUMBER})M")


def _parse_duration(text: str) -> timedelta:
    match = _DURATION.fullmatch(text)
    if match is None or text in ("P", "PT") or text.endswith("T"):
        if _CALENDAR.match(text):
            raise ValueError(
                f"relative time {text!r}: years and months are not supported (their length depends on "
                "the calendar); use weeks or days"
            )
        raise ValueError(f"relative time {text!r} is not an ISO-8601 duration such as PT15M or P2DT3H")
    parts = {key: float(value.replace(",", ".")) for key, value in match.groupdict().items() if value}
    return timedelta(**parts)


def format_timestamp(moment: datetime) -> str:
    """`moment` as ISO-8601 UTC with a "Z", truncated to whole seconds: "2026-11-25T16:40:00Z"."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("a timezone-aware datetime is required (use datetime.now(UTC))")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def resolve_placeholder(value: str, now: datetime) -> str | None:
    """The timestamp a placeholder stands for, or None when `value` is not a placeholder."""
    match = _CANDIDATE.match(value)
    if match is None:
        return None
    moment = now
    sign = match.group("sign")
    if sign is not None:
        offset = _parse_duration(match.group("duration"))
        moment = now + offset if sign == "+" else now - offset
    return format_timestamp(moment)


def _expand(value: object, now: datetime) -> object:
    if isinstance(value, str):
        resolved = resolve_placeholder(value, now)
        return value if resolved is None else resolved
    if isinstance(value, dict):
        return {key: _expand(item, now) for key, item in value.items()}
    if isinstance(value, list):
        return [_expand(item, now) for item in value]
    return value


def expand_relative_times(data: T, now: datetime) -> T:
    """A copy of the JSON value `data` with every relative time placeholder replaced (see module doc).

    `now` must be timezone-aware. The input is not modified; dicts and lists are copied, other values
    are shared.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware (use datetime.now(UTC))")
    return cast(T, _expand(data, now))


def placeholder(offset: timedelta) -> str:
    """The placeholder for now + `offset` (negative for the past): timedelta(hours=-7) -> "@now-PT7H"."""
    if offset == timedelta(0):
        return "@now"
    sign = "-" if offset < timedelta(0) else "+"
    remaining = abs(offset)
    days = remaining.days
    seconds = remaining.seconds
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    text = "P"
    if days:
        text += f"{days}D"
    time_part = ""
    if hours:
        time_part += f"{hours}H"
    if minutes:
        time_part += f"{minutes}M"
    if seconds or remaining.microseconds:
        fraction = f"{seconds + remaining.microseconds / 1_000_000:.6f}".rstrip("0").rstrip(".")
        time_part += f"{fraction}S"
    if time_part:
        text += "T" + time_part
    return f"@now{sign}{text}"
