"""What a check concludes: findings with status, documented error codes, evidence and a wizard."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from core.i18n import Msg, Translate, english

# Evidence values are plain JSON (str, int, float, bool, None, lists and dicts of them) so that
# findings serialize to the scan JSON and the report without special cases.
Evidence = Mapping[str, Any]

# Evidence flag of a warning that points to a cause without proving it (only the guest, or data Backup
# Doctor does not read, can confirm it). The last-backup check ranks such causes after the ones Azure shows.
UNCONFIRMED = "unconfirmed"


class Status(StrEnum):
    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"
    UNKNOWN = "unknown"
    NOT_APPLICABLE = "not-applicable"

    @property
    def severity(self) -> int:
        """Ordering for "worst first": fail > unknown > warn > pass > not-applicable."""
        return _SEVERITY[self]


_SEVERITY = {
    Status.FAIL: 4,
    Status.UNKNOWN: 3,
    Status.WARN: 2,
    Status.PASS: 1,
    Status.NOT_APPLICABLE: 0,
}


@dataclass(frozen=True)
class Problem:
    """Something that could not be read: the scope it concerns, a code and a plain sentence.

    `code` is the ARM error code when Azure gave one (AuthorizationFailed, ResourceNotFound...), or
    one of the gateway's own (Timeout, ConnectionFailed, Throttled, UnexpectedResponse).
    """

    scope: str
    code: str
    message: Msg
    status: int | None = None

    def to_json(self, translate: Translate = english) -> dict[str, Any]:
        return {"scope": self.scope, "code": self.code, "message": self.message.render(translate)}


@dataclass(frozen=True)
class Finding:
    check: str
    status: Status
    title: Msg
    detail: Msg | None = None
    error_codes: tuple[str, ...] = ()
    evidence: Evidence = field(default_factory=dict)
    wizard: str | None = None
    # The catalog causes this finding's evidence confirms (or, with the UNCONFIRMED evidence flag, points
    # to), when its check tests several causes that share a wizard (disk-size: the 32 TB and the
    # encrypted 4 TB limit; vm-agent-ready: no agent at all or an installed agent not Ready). Empty: the
    # finding speaks for the causes whose wizard it proposes.
    causes: tuple[str, ...] = ()

    def to_json(self, translate: Translate = english) -> dict[str, Any]:
        return {
            "check": self.check,
            "status": self.status.value,
            "errorCodes": list(self.error_codes),
            "title": self.title.render(translate),
            "detail": self.detail.render(translate) if self.detail else "",
            "evidence": dict(self.evidence),
            "wizard": self.wizard,
        }
