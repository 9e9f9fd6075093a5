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
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

from platformdirs import user_data_dir

from core.azure import ids

APP_NAME = "Backup Doctor"
APP_AUTHOR = "BackupDoctor"
AUDIT_FILE = "audit.jsonl"
DEMO_AUDIT_FILE = "audit-demo.jsonl"

RESULT_OK = "ok"
RESULT_ERROR = "error"
#: Azure accepted a long-running request but Backup Doctor stopped waiting for it (the user cancelled).
RESULT_ACCEPTED = "accepted"

#: Who made a change on a simulated tenant.
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
    #: The VM the change was made for (the wizard's VM), when there is one.
    vm: str | None = None
    #: Where the change was sent: "Azure (AzureCloud)", "Demo tenant", a simulated tenant file...
    tenant: str | None = None

    @property
    def ok(self) -> bool:
        return self.result.get("status") == RESULT_OK

    @property
    def status(self) -> str:
        return str(self.result.get("status", ""))

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


@dataclass
class AuditReading:
    """What reading the log found: the entries in file order, and how many lines were not entries."""

    entries: list[AuditEntry]
    skipped_lines: int = 0


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
        line = json.dumps(entry.to_json(), ensure_ascii=False, sort_keys=True)
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as handle:
                handle.write(line + "\n")
                handle.flush()

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
        for line in text.splitlines():
            if not line.strip():
                continue
            try:
                entries.append(AuditEntry.from_json(json.loads(line)))
            except ValueError:
                skipped += 1
        return AuditReading(entries, skipped)

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
    "AuditEntry",
    "AuditLog",
    "AuditReading",
    "accepted_result",
    "default_audit_path",
    "error_result",
    "ok_result",
]
