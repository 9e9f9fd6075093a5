"""ARM request throttling: a token bucket per subscription and per kind (reads, writes).

Azure Resource Manager documents its limits as buckets: reads hold 250 tokens refilled at 25/s,
writes 200 refilled at 10/s, per subscription and principal. A request takes one token; an empty
bucket answers 429 SubscriptionRequestsThrottled with Retry-After.
"""

from __future__ import annotations

import math
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class ThrottleConfig:
    reads_burst: int = 250
    reads_per_second: float = 25.0
    writes_burst: int = 200
    writes_per_second: float = 10.0

    @classmethod
    def azure(cls) -> ThrottleConfig:
        return cls()

    @classmethod
    def parse(cls, text: str) -> ThrottleConfig | None:
        """'off' -> None, 'azure' -> the defaults, 'R_BURST/R_PER_S,W_BURST/W_PER_S' -> custom."""
        value = text.strip().lower()
        if value == "off":
            return None
        if value == "azure":
            return cls.azure()
        number = r"(\d+(?:\.\d+)?)"
        match = re.fullmatch(rf"(\d+)/{number},(\d+)/{number}", value.replace(" ", ""))
        if not match:
            raise ValueError(
                f"bad throttle {text!r}: use off, azure or READS_BURST/READS_PER_S,WRITES_BURST/WRITES_PER_S"
            )
        config = cls(int(match[1]), float(match[2]), int(match[3]), float(match[4]))
        if min(config.reads_burst, config.writes_burst) < 1:
            raise ValueError(f"bad throttle {text!r}: a bucket must hold at least 1 request")
        return config


@dataclass(frozen=True)
class ThrottleDecision:
    allowed: bool
    header: str
    remaining: int
    retry_after: int


class _Bucket:
    def __init__(self, capacity: int, rate: float, now: float) -> None:
        self.capacity = capacity
        self.rate = rate
        self.tokens = float(capacity)
        self.stamp = now

    def take(self, now: float) -> tuple[bool, int, int]:
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True, int(self.tokens), 0
        # Retry-After is whole seconds and at least 1, as ARM sends it.
        wait = (1 - self.tokens) / self.rate if self.rate > 0 else 3600.0
        return False, 0, max(1, math.ceil(wait))


class Throttler:
    def __init__(self, config: ThrottleConfig, clock: Callable[[], float] = time.monotonic) -> None:
        self.config = config
        self._clock = clock
        self._lock = threading.Lock()
        self._buckets: dict[tuple[str, str], _Bucket] = {}

    def check(self, scope: str, write: bool) -> ThrottleDecision:
        kind = "writes" if write else "reads"
        capacity, rate = (
            (self.config.writes_burst, self.config.writes_per_second)
            if write
            else (self.config.reads_burst, self.config.reads_per_second)
        )
        with self._lock:
            now = self._clock()
            bucket = self._buckets.get((scope.lower(), kind))
            if bucket is None:
                bucket = self._buckets[(scope.lower(), kind)] = _Bucket(capacity, rate, now)
            allowed, remaining, retry_after = bucket.take(now)
        return ThrottleDecision(allowed, f"x-ms-ratelimit-remaining-subscription-{kind}", remaining, retry_after)
