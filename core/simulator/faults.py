"""Fault injection: rules that make chosen requests fail the ways Azure and networks fail.

A rule matches on method and on either a regular expression searched in the decoded request path or
an ARM scope prefix; it fires with a probability drawn from one seeded RNG (so a run repeats) and at
most `max_count` times.

Command-line form (``--fault SPEC``)::

    KIND[@RATE][,max=N][,after=N][,method=VERB][,hold=SECONDS]:TARGET

    KIND    500 | 503 | 403 | 401 | 404 | 429 | timeout | reset, or a 200 answer that is unusable:
            html (a proxy's sign-in page) | empty (no body) | shape (a JSON list, not an object) |
            truncated (the real answer cut off half-way)
    RATE    probability from 0 to 1 (default 1)
    max     fire at most N times
    after   let the first N matching requests through (after=2 on a list: its third page fails)
    method  only for this HTTP method
    hold    for timeout: seconds to hold the connection before closing it (default 30)
    TARGET  '/subscriptions/...' is an ARM scope prefix (whole segments, any casing); anything else
            is a regular expression searched in the decoded path (case-insensitive); empty = all.
            'scope=...' or 're=...' force one reading.

Examples: ``503@0.2:/virtualMachines/``, ``timeout,hold=5:/instanceView$``, ``reset,max=1:backupJobs``,
``403:/subscriptions/<id>/resourceGroups/rg-prod``.
"""

from __future__ import annotations

import random
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from core.simulator import ids


class FaultKind(StrEnum):
    HTTP_500 = "500"
    HTTP_503 = "503"
    FORBIDDEN = "403"
    # The token is no longer accepted (expired or revoked part-way through a run).
    UNAUTHORIZED = "401"
    NOT_FOUND = "404"
    THROTTLED = "429"
    TIMEOUT = "timeout"
    RESET = "reset"
    HTML = "html"
    EMPTY = "empty"
    SHAPE = "shape"
    TRUNCATED = "truncated"


@dataclass(frozen=True)
class FaultRule:
    kind: FaultKind
    path_regex: str | None = None
    scope: str | None = None
    method: str | None = None
    rate: float = 1.0
    max_count: int | None = None
    hold_seconds: float = 30.0
    # The first `after` matching requests are let through (the nth page of a list: every page has its path).
    after: int = 0
    _pattern: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not 0.0 <= self.rate <= 1.0:
            raise ValueError(f"fault rate must be between 0 and 1, not {self.rate}")
        if self.max_count is not None and self.max_count < 0:
            raise ValueError("fault max count must not be negative")
        if self.after < 0:
            raise ValueError("fault 'after' must not be negative")
        if self.path_regex is not None and self.scope is not None:
            raise ValueError("a fault rule matches a path regex or a scope, not both")
        pattern = re.compile(self.path_regex, re.IGNORECASE) if self.path_regex is not None else None
        object.__setattr__(self, "kind", FaultKind(self.kind))
        object.__setattr__(self, "_pattern", pattern)

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method.upper() != method.upper():
            return False
        if self._pattern is not None:
            return self._pattern.search(path) is not None
        if self.scope is not None:
            return ids.is_under(path, self.scope)
        return True


class FaultInjector:
    """The active rules and how often each fired; thread-safe, seeded for repeatable runs."""

    def __init__(self, rules: Iterable[FaultRule] = (), seed: int = 0) -> None:
        self._lock = threading.Lock()
        self._rng = random.Random(seed)
        self._rules: list[FaultRule] = []
        self._fired: list[int] = []
        self._matched: list[int] = []
        for rule in rules:
            self.add(rule)

    def add(self, rule: FaultRule) -> None:
        with self._lock:
            self._rules.append(rule)
            self._fired.append(0)
            self._matched.append(0)

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()
            self._fired.clear()
            self._matched.clear()

    def rules(self) -> list[FaultRule]:
        with self._lock:
            return list(self._rules)

    def fired(self) -> list[int]:
        with self._lock:
            return list(self._fired)

    def pick(self, method: str, path: str) -> FaultRule | None:
        """The first matching rule that fires for this request, counting it; None if none does."""
        with self._lock:
            for index, rule in enumerate(self._rules):
                if not rule.matches(method, path):
                    continue
                self._matched[index] += 1
                if self._matched[index] <= rule.after:
                    continue
                if rule.max_count is not None and self._fired[index] >= rule.max_count:
                    continue
                if rule.rate < 1.0 and self._rng.random() >= rule.rate:
                    continue
                self._fired[index] += 1
                return rule
        return None


def parse_fault_spec(spec: str) -> FaultRule:
    """A FaultRule from the command-line form described in this module's docstring."""
    head, sep, target = spec.partition(":")
    if not sep:
        raise ValueError(f"bad fault {spec!r}: expected KIND[@RATE][,OPTION=VALUE...]:TARGET")
    options = [part.strip() for part in head.split(",")]
    kind_text, _, rate_text = options[0].partition("@")
    try:
        kind = FaultKind(kind_text.strip().lower())
    except ValueError:
        kinds = ", ".join(k.value for k in FaultKind)
        raise ValueError(f"bad fault {spec!r}: kind must be one of {kinds}") from None
    values: dict[str, str] = {}
    for option in options[1:]:
        name, eq, value = option.partition("=")
        if not eq or name.strip().lower() not in {"max", "after", "method", "hold"}:
            raise ValueError(f"bad fault {spec!r}: unknown option {option!r} (max=, after=, method=, hold=)")
        values[name.strip().lower()] = value.strip()
    try:
        rate = float(rate_text) if rate_text else 1.0
        max_count = int(values["max"]) if "max" in values else None
        after = int(values["after"]) if "after" in values else 0
        hold = float(values["hold"]) if "hold" in values else 30.0
    except ValueError:
        raise ValueError(f"bad fault {spec!r}: rate, max, after and hold must be numbers") from None
    path_regex, scope = _target(target.strip())
    try:
        return FaultRule(
            kind=kind,
            path_regex=path_regex,
            scope=scope,
            method=values.get("method") or None,
            rate=rate,
            max_count=max_count,
            hold_seconds=hold,
            after=after,
        )
    except (ValueError, re.error) as exc:
        raise ValueError(f"bad fault {spec!r}: {exc}") from None


def _target(target: str) -> tuple[str | None, str | None]:
    if target.lower().startswith("scope="):
        return None, target[len("scope=") :]
    if target.lower().startswith("re="):
        return target[len("re=") :], None
    if target.lower().startswith("/subscriptions/"):
        return None, target
    return (target or None), None
