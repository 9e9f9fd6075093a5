"""The audit log: one JSON line for every change Backup Doctor asks Azure to make.

Each fix action appends a line per mutating request, whether Azure accepted it or not: when (UTC, ISO
8601), who (the signed-in account, or "demo" for a simulated tenant), the target resource id, the
operation (the Azure permission it needs, e.g. `Microsoft.Compute/virtualMachines/extensions/delete`),
its parameters and the result (`{"status": "ok"}`, or the error code and message). A preview, or an
action the user did not confirm, changes nothing and writes nothing.

Values from Azure are stored as JSON data (`json.dumps`), never formatted into text. The file is
append-only: a line is written whole and flushed before the call returns, under a lock, so threads of
one process never interleave lines. Reading it back skips lines that are not valid entries and counts
them instead of failing.

The default file is `audit.jsonl` in the user data directory (`platformdirs.user_data_dir("Backup Doctor",
"BackupDoctor")`); actions on a simulated tenant (demo mode, tenant files) default to `audit-demo.jsonl`
next to it, so practice runs never mix with changes made to Azure.

Write-ahead: a change is recorded before it is sent. `begin` appends an *intent* line (`"phase":
"intent"`, a fresh `"id"`, the full `"before"` state the preview read, and `result` `{"status":
"pending"}`); if that line cannot be written, `AuditWriteError` is raised and nothing is sent. When the
request returns (or fails), `finish` appends the *outcome* line with the same `"id"` (`"phase":
"outcome"`). Reading pairs them into one entry, at the intent's place. An intent left without an
outcome (the process was killed, Ctrl-C during the request) reads as status `"unknown"`; the next run
against the same tenant reads the target again and appends the outcome it finds (`"reconciled": true`,
see core/wizards/reconcile.py). Lines written before write-ahead (no `"id"`) read as they always did.
"""

from __future__ import annotations

import json
import os
import threading
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, ClassVar

from platformdirs import user_data_dir

from core import ids

APP_NAME = "Backup Doctor"
APP_AUTHOR = "BackupDoctor"
AUDIT_FILE = "audit.jsonl"
DEMO_AUDIT_FILE = "audit-demo.jsonl"



class AuditStatus(StrEnum):
    """`result.status` of an audit line (written as its value: the file's bytes are unchanged)."""

    OK = "ok"
    ERROR = "error"
    # Azure accepted a long-running request but Backup Doctor stopped waiting for it (the user cancelled).
    ACCEPTED = "accepted"
    # On an intent line only: the request is about to be sent.
    PENDING = "pending"
    # When read: an intent without an outcome (the run was interrupted), or a reconciled change whose
    # effect could not be told from the target as read again.
    UNKNOWN = "unknown"


class AuditPhase(StrEnum):
    """`phase` of a write-ahead line."""

    INTENT = "intent"
    OUTCOME = "outcome"


RESULT_OK = AuditStatus.OK
RESULT_ERROR = AuditStatus.ERROR
RESULT_ACCEPTED = AuditStatus.ACCEPTED
RESULT_PENDING = AuditStatus.PENDING
RESULT_UNKNOWN = AuditStatus.UNKNOWN

PHASE_INTENT = AuditPhase.INTENT
PHASE_OUTCOME = AuditPhase.OUTCOME


class AuditWriteError(OSError):
    """The audit log cannot be written: no change may be sent."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


# Who made a change on a simulated tenant.
DEMO_ACTOR = "demo"


def default_audit_path(*, simulated: bool = False) -> Path:
    """Where the audit log lives unless a path is given: the user data directory."""
    folder = Path(user_data_dir(APP_NAME, APP_AUTHOR))
    return folder / (DEMO_AUDIT_FILE if simulated else AUDIT_FILE)


def utc_now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class AuditEntry:
    """One mutating request and how it ended."""

    time: str
    who: str
    target: str
    operation: str
    action: str
    parameters: Mapping[str, Any] = field(default_factory=dict)
    result: Mapping[str, Any] = field(default_factory=lambda: {"status": RESULT_OK})
    # The VM the change was made for (the wizard's VM), when there is one.
    vm: str | None = None
    # Where the change was sent: "Azure (AzureCloud)", "Demo tenant", a simulated tenant file...
    tenant: str | None = None
    # Write-ahead: the id shared by a change's intent and outcome lines (None on older lines).
    id: str | None = None
    # "intent" or "outcome" on write-ahead lines; None on older lines and on paired entries read back.
    phase: AuditPhase | None = None
    # The target as the preview read it, before the change (JSON; None when there is none).
    before: Any = None
    # The outcome was found by reading the target again after an interrupted run.
    reconciled: bool = False

    @property
    def ok(self) -> bool:
        return self.result.get("status") == RESULT_OK

    @property
    def status(self) -> AuditStatus | str:
        """The result's status; a value this version does not know (a newer one's line) as it was written."""
        raw = str(self.result.get("status", ""))
        try:
            return AuditStatus(raw)
        except ValueError:
            return raw

    def to_json(self) -> dict[str, Any]:
        document: dict[str, Any] = {
            "time": self.time,
            "who": self.who,
            "tenant": self.tenant,
            "vm": self.vm,
            "action": self.action,
            "operation": self.operation,
            "target": self.target,
            "parameters": dict(self.parameters),
            "result": dict(self.result),
        }
        if self.id is not None:
            document["id"] = self.id
        if self.phase is not None:
            document["phase"] = self.phase
        if self.phase == PHASE_INTENT or self.before is not None:
            document["before"] = self.before
        if self.reconciled:
            document["reconciled"] = True
        return document

    @classmethod
    def from_json(cls, data: object) -> AuditEntry:
        """An entry from a parsed line; ValueError when it is not one."""
        if not isinstance(data, dict):
            raise ValueError("an audit entry is a JSON object")
        texts: dict[str, str] = {}
        for name in ("time", "who", "target", "operation", "action"):
            value = data.get(name)
            if not isinstance(value, str) or not value:
                raise ValueError(f"an audit entry needs a non-empty string {name!r}")
            texts[name] = value
        parameters = data.get("parameters", {})
        result = data.get("result", {})
        if not isinstance(parameters, dict) or not isinstance(result, dict) or "status" not in result:
            raise ValueError("an audit entry needs object 'parameters' and 'result' with a status")
        vm = data.get("vm")
        tenant = data.get("tenant")
        entry_id = data.get("id")
        phase = data.get("phase")
        return cls(
            time=texts["time"],
            who=texts["who"],
            target=texts["target"],
            operation=texts["operation"],
            action=texts["action"],
            parameters=parameters,
            result=result,
            vm=vm if isinstance(vm, str) else None,
            tenant=tenant if isinstance(tenant, str) else None,
            id=entry_id if isinstance(entry_id, str) and entry_id else None,
            phase=AuditPhase(phase) if phase in (PHASE_INTENT, PHASE_OUTCOME) else None,
            before=data.get("before"),
            reconciled=data.get("reconciled") is True,
        )


def ok_result(**details: Any) -> dict[str, Any]:
    return {"status": RESULT_OK, **details}


def error_result(code: str, message: str, status: int | None = None) -> dict[str, Any]:
    result: dict[str, Any] = {"status": RESULT_ERROR, "code": code, "message": message}
    if status is not None:
        result["httpStatus"] = status
    return result


def accepted_result(message: str) -> dict[str, Any]:
    return {"status": RESULT_ACCEPTED, "message": message}


def unknown_result(message: str, **details: Any) -> dict[str, Any]:
    return {"status": RESULT_UNKNOWN, "message": message, **details}


# What an intent without an outcome reads as.
INTERRUPTED = "The run was interrupted while this change was being sent: whether Azure made it is not known yet."


@dataclass
class AuditReading:
    """What reading the log found: the entries in file order, and how many lines were not entries."""

    entries: list[AuditEntry]
    skipped_lines: int = 0
    # Changes whose intent has no outcome yet (read as status "unknown"), in file order.
    interrupted: list[AuditEntry] = field(default_factory=list)


class AuditLog:
    """An append-only JSON-lines file of changes. Safe to share between threads of one process."""

    _locks: ClassVar[dict[Path, threading.Lock]] = {}
    _locks_guard: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        with AuditLog._locks_guard:
            self._lock = AuditLog._locks.setdefault(self.path.resolve(), threading.Lock())

    @classmethod
    def default(cls, *, simulated: bool = False) -> AuditLog:
        return cls(default_audit_path(simulated=simulated))

    def append(self, entry: AuditEntry) -> None:
        """Append one line, whole; AuditWriteError if the file cannot be written."""
        line = json.dumps(entry.to_json(), ensure_ascii=False, sort_keys=True, default=str)
        with self._lock:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with self.path.open("a", encoding="utf-8") as handle:
                    handle.write(line + "\n")
                    handle.flush()
                    os.fsync(handle.fileno())  # on disk before the request is sent
            except OSError as error:
                raise AuditWriteError(self.path, error.strerror or str(error)) from error

    def check_writable(self) -> None:
        """AuditWriteError unless a line could be appended now (nothing is written)."""
        with self._lock:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with self.path.open("a", encoding="utf-8"):
                    pass
            except OSError as error:
                raise AuditWriteError(self.path, error.strerror or str(error)) from error

    def begin(
        self,
        *,
        who: str,
        action: str,
        operation: str,
        target: str,
        parameters: Mapping[str, Any],
        before: Any,
        vm: str | None = None,
        tenant: str | None = None,
    ) -> AuditEntry:
        """Record a change about to be sent (write-ahead); AuditWriteError means: do not send it."""
        entry = AuditEntry(
            time=utc_now_iso(),
            who=who,
            target=target,
            operation=operation,
            action=action,
            parameters=dict(parameters),
            result={"status": RESULT_PENDING},
            vm=vm,
            tenant=tenant,
            id=uuid.uuid4().hex,
            phase=PHASE_INTENT,
            before=before,
        )
        self.append(entry)
        return entry

    def finish(self, intent: AuditEntry, result: Mapping[str, Any], *, reconciled: bool = False) -> AuditEntry:
        """Record how the change of `intent` ended."""
        entry = replace(
            intent, time=utc_now_iso(), result=dict(result), phase=PHASE_OUTCOME, before=None, reconciled=reconciled
        )
        self.append(entry)
        return entry

    def record(
        self,
        *,
        who: str,
        action: str,
        operation: str,
        target: str,
        parameters: Mapping[str, Any],
        result: Mapping[str, Any],
        vm: str | None = None,
        tenant: str | None = None,
    ) -> AuditEntry:
        entry = AuditEntry(
            time=utc_now_iso(),
            who=who,
            target=target,
            operation=operation,
            action=action,
            parameters=dict(parameters),
            result=dict(result),
            vm=vm,
            tenant=tenant,
        )
        self.append(entry)
        return entry

    def read(self) -> AuditReading:
        """Every entry in file order; a missing file is an empty log."""
        entries: list[AuditEntry] = []
        skipped = 0
        with self._lock:
            try:
                text = self.path.read_text(encoding="utf-8")
            except FileNotFoundError:
                return AuditReading([], 0)
        pending: dict[str, int] = {}  # id -> index in entries of its intent
        for line in text.splitlines():
            if not line.strip():
                continue
            try:
                entry = AuditEntry.from_json(json.loads(line))
            except (ValueError, RecursionError):  # not JSON, not an entry, or nested too deeply to read
                skipped += 1
                continue
            if entry.id is not None and entry.phase == PHASE_INTENT:
                pending[entry.id] = len(entries)
                entries.append(replace(entry, result=unknown_result(INTERRUPTED), phase=None))
            elif entry.id is not None and entry.phase == PHASE_OUTCOME and entry.id in pending:
                index = pending.pop(entry.id)
                entries[index] = replace(entry, phase=None, before=entries[index].before)
            else:
                entries.append(entry)
        return AuditReading(entries, skipped, interrupted=[entries[i] for i in pending.values()])

    def entries(
        self,
        *,
        vm: str | None = None,
        target: str | None = None,
        action: str | None = None,
    ) -> list[AuditEntry]:
        """Entries filtered by VM id, target id (ARM ids compare without regard to case) and action."""
        return list(_filtered(self.read().entries, vm=vm, target=target, action=action))


def _filtered(
    entries: list[AuditEntry], *, vm: str | None, target: str | None, action: str | None
) -> Iterator[AuditEntry]:
    for entry in entries:
        if vm is not None and not ids.same(entry.vm, vm):
            continue
        if target is not None and not ids.same(entry.target, target):
            continue
        if action is not None and entry.action != action:
            continue
        yield entry


__all__ = [
    "DEMO_ACTOR",
    "RESULT_ACCEPTED",
    "RESULT_ERROR",
    "RESULT_OK",
    "RESULT_PENDING",
    "RESULT_UNKNOWN",
    "AuditEntry",
    "AuditLog",
    "AuditReading",
    "AuditWriteError",
    "accepted_result",
    "default_audit_path",
    "error_result",
    "ok_result",
    "unknown_result",
]
