"""How times are written: ISO 8601 in evidence and JSON, UTC to the minute in sentences."""

from __future__ import annotations

from datetime import UTC, datetime


def iso(moment: datetime | None) -> str | None:
    """A time for evidence and JSON: ISO 8601 with a Z for UTC (None stays None)."""
    return moment.isoformat().replace("+00:00", "Z") if moment is not None else None


def shown_time(moment: datetime | None) -> str:
    """A time as shown in titles and details (UTC, to the minute; "—" when unknown)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if moment is not None else "—"


__all__ = ["iso", "shown_time"]
