"""What every check shares: the evaluation context and helpers to build findings."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any

from core.catalog import load_catalog
from core.facts import VmFacts
from core.findings import Evidence, Finding, Problem, Status
from core.i18n import QT_TRANSLATE_NOOP, Msg
from core.locator import resource
from core.times import iso, shown_time  # re-exported: the checks write times through their shared helpers

AGENT_VERSIONS_FILE = "agent-versions.json"


@lru_cache(maxsize=1)
def agent_minimum_versions() -> Mapping[str, str]:
    """Minimum supported guest agent version per OS type, from resources/agent-versions.json."""
    data = json.loads(resource(AGENT_VERSIONS_FILE).read_text(encoding="utf-8"))
    minimum = data["minimum"]
    return {str(os_type): str(version) for os_type, version in minimum.items()}


@dataclass(frozen=True)
class CheckContext:
    """What a check may depend on besides the VM's facts: the clock and tunable thresholds."""

    now: datetime = field(default_factory=lambda: datetime.now(UTC))
    # The guest agent reports its status every few minutes; this long without a report means it has
    # stopped talking to Azure even if the last report said Ready.
    agent_status_stale_after: timedelta = timedelta(hours=1)
    # Minimum supported agent version per OS type ("Windows", "Linux").
    agent_minimum_versions: Mapping[str, str] = field(default_factory=agent_minimum_versions)


CheckFunction = Callable[[VmFacts, CheckContext], Iterable[Finding]]


@dataclass(frozen=True)
class Check:
    id: str
    function: CheckFunction
    # False for the checks that read only the vault's item and its jobs, so they also speak about a
    # protected item whose VM no longer exists (core/orphans.py). The others look at the VM itself; for
    # a deleted VM they have nothing to look at, and "could not be read" would wrongly make the scan
    # incomplete.
    needs_the_vm: bool = True

    def run(self, vm: VmFacts, context: CheckContext) -> list[Finding]:
        return list(self.function(vm, context))


def codes_for(check_id: str) -> tuple[str, ...]:
    """The documented error codes that `check_id` can explain, as the catalog maps causes to checks."""
    return load_catalog().codes_for_check(check_id)


def unknown(
    check_id: str,
    title: Msg,
    problem: Problem | None,
    error_codes: tuple[str, ...] = (),
    detail: Msg | None = None,
    evidence: Evidence | None = None,
) -> Finding:
    """A check that could not decide: says why instead of passing.

    `detail` replaces the generic reason when there is no Problem (the data exists but cannot decide);
    `evidence` adds what was read to the reason.
    """
    reason = (
        problem.message
        if problem is not None
        else detail or Msg("Checks", QT_TRANSLATE_NOOP("Checks", "Azure did not return the data this check needs."))
    )
    found: dict[str, Any] = {"reason": problem.code, "scope": problem.scope} if problem is not None else {}
    found.update(evidence or {})
    return Finding(check_id, Status.UNKNOWN, title, reason, error_codes, found)


def not_applicable(check_id: str, title: Msg, detail: Msg | None = None, evidence: Evidence | None = None) -> Finding:
    return Finding(check_id, Status.NOT_APPLICABLE, title, detail, (), dict(evidence or {}))


def is_not_protected(vm: VmFacts) -> bool:
    """True only when the vaults were read and none protects the VM (None means unknown)."""
    return vm.protection is not None and len(vm.protection) == 0


def quoted(text: str | None) -> str:
    """Text from Azure to quote inside a sentence: trimmed, without its final full stop ("—" if empty)."""
    cleaned = (text or "").strip().rstrip(".").rstrip()
    return cleaned or "—"


__all__ = [
    "Check",
    "CheckContext",
    "CheckFunction",
    "agent_minimum_versions",
    "codes_for",
    "is_not_protected",
    "iso",
    "not_applicable",
    "quoted",
    "shown_time",
    "unknown",
]
