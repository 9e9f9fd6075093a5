"""What the server was asked and what it answered, for tests, benchmarks and the demo's traffic view."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class RequestLogEntry:
    method: str
    path: str
    """The path as sent, still percent-encoded."""
    query: Mapping[str, str]
    """Decoded query parameters, names as sent."""
    status: int | None
    """None when no answer was sent (timeout and reset faults)."""
    duration_ms: float
    fault: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict, repr=False)
    """Request headers, names lower-cased."""


class RequestLog:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: list[RequestLogEntry] = []

    def add(self, entry: RequestLogEntry) -> None:
        with self._lock:
            self._entries.append(entry)

    def entries(self) -> list[RequestLogEntry]:
        with self._lock:
            return list(self._entries)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
