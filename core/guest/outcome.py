"""What came of one run of the read-only check inside a VM (see core.guest.inspection for how it runs)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from core.guest.evidence import report_json
from core.guest.report import GuestReport
from core.i18n import Msg, Translate, english


class GuestOutcome(StrEnum):
    """How a run inside the guest ended (its value is what the JSON says: `"outcome": "answered"`)."""

    ANSWERED = "answered"
    AGENT_DOWN = "agent-down"
    NO_ANSWER = "no-answer"
    UNREADABLE = "unreadable"
    REFUSED = "refused"
    BUSY = "busy"
    NOT_RUNNING = "vm-not-running"
    FAILED = "failed"
    CANCELLED = "cancelled"


ANSWERED = GuestOutcome.ANSWERED
AGENT_DOWN = GuestOutcome.AGENT_DOWN
NO_ANSWER = GuestOutcome.NO_ANSWER
UNREADABLE = GuestOutcome.UNREADABLE
REFUSED = GuestOutcome.REFUSED
BUSY = GuestOutcome.BUSY
NOT_RUNNING = GuestOutcome.NOT_RUNNING
FAILED = GuestOutcome.FAILED
CANCELLED = GuestOutcome.CANCELLED


@dataclass(frozen=True)
class GuestInspection:
    vm_id: str
    outcome: GuestOutcome
    time: datetime
    report: GuestReport | None = None
    # Why there is no report, in a plain sentence (for every outcome but ANSWERED).
    reason: Msg | None = None
    # The ARM error code, when Azure gave one.
    error_code: str | None = None
    # Whether the agent reported Ready when the run was asked for.
    agent_ready: bool = True
    # Whether the VM has boot diagnostics on (its serial log can be read from outside); None: unknown.
    boot_diagnostics: bool | None = None

    def to_json(self, translate: Translate = english) -> dict[str, Any]:
        return {
            "outcome": self.outcome,
            "time": self.time.isoformat(),
            "errorCode": self.error_code,
            "reason": self.reason.render(translate) if self.reason else None,
            "report": report_json(self.report) if self.report else None,
        }
