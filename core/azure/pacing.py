"""Client-side pacing of ARM reads: a token bucket per subscription, mirroring Azure's own.

Azure Resource Manager throttles with token buckets per subscription, per principal and per region
instance: 250 read tokens refilled at 25 per second ("Understand how Azure Resource Manager
throttles requests", learn.microsoft.com/azure/azure-resource-manager/management/request-limits-and-throttling).
Answers carry `x-ms-ratelimit-remaining-subscription-reads`. Reading as fast as the bucket allows,
and no faster, lets every subscription's lists run at once without 429s being what paces the scan:
a 429 costs its Retry-After (whole seconds), a wait here costs only what the budget requires.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class PacingSettings:
    # A little under Azure's 250 / 25 per second, so a retry or another tool sharing the principal
    # still finds tokens.
    burst: int = 240
    per_second: float = 24.0


class _Bucket:
    def __init__(self, settings: PacingSettings, now: float) -> None:
        self.capacity = float(settings.burst)
        self.rate = settings.per_second
        self.tokens = self.capacity
        self.stamp = now

    def refill(self, now: float) -> None:
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now


class ReadPacer:
    """Hands out read tokens per subscription; `take` waits (outside any lock) until one is there."""

    def __init__(
        self,
        settings: PacingSettings | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings or PacingSettings()
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._buckets: dict[str, _Bucket] = {}
        self.waited = 0.0

    def _bucket(self, key: str, now: float) -> _Bucket:
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = _Bucket(self.settings, now)
        return bucket

    def take(self, subscription_id: str) -> None:
        key = subscription_id.lower()
        while True:
            with self._lock:
                now = self._clock()
                bucket = self._bucket(key, now)
                bucket.refill(now)
                if bucket.tokens >= 1:
                    bucket.tokens -= 1
                    return
                wait = (1 - bucket.tokens) / bucket.rate if bucket.rate > 0 else 1.0
                self.waited += wait
            self._sleep(wait)

    def observe(self, subscription_id: str, remaining: str | None) -> None:
        """Align with what Azure says is left (`x-ms-ratelimit-remaining-subscription-reads`)."""
        if remaining is None:
            return
        try:
            left = float(remaining)
        except ValueError:
            return
        with self._lock:
            now = self._clock()
            bucket = self._bucket(subscription_id.lower(), now)
            bucket.refill(now)
            bucket.tokens = min(bucket.tokens, left)


__all__ = ["PacingSettings", "ReadPacer"]
