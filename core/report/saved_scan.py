"""Save a scan as its documented JSON (docs/scan-output.md) and open it again, read-only.

The saved file is the `scan --format json` document with a few additions that let it be shown again
in either language and reported on later: `savedBy`, `account`, `audit` (the session's changes), per
VM `facts` and `unavailable`, and per finding / problem the untranslated text (`titleMsg`,
`detailMsg`, `messageMsg`). A plain `scan --format json` output opens too (its text stays in the
language it was written in). A file that is not JSON, or not a scan, is refused with a sentence that
names what is wrong (`SavedScanError.message`), never a traceback.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from core.audit import AuditEntry
from core.findings import Finding, Problem, Status
from core.i18n import QT_TRANSLATE_NOOP, Msg
from core.report.msg_json import msg_from_json, msg_to_json
from core.report.snapshot import ScanSnapshot, SubscriptionSnapshot, VmSnapshot

_CTX = "SavedScan"
FORMAT = "backup-doctor-scan"
FORMAT_VERSION = 1
# A saved scan is small (about 5 KB a VM); anything far larger is not one.
MAX_BYTES = 512 * 1024 * 1024


def _msg(source: str, **args: Any) -> Msg:
    return Msg(_CTX, source, args)


class SavedScanError(Exception):
    """A file that cannot be opened as a saved scan; `message` says why, for people."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message.render())
        self.message = message


# --- writing -------------------------------------------------------------------------------------


def problem_json(problem: Problem) -> dict[str, Any]:
    return {**problem.to_json(), "status": problem.status, "messageMsg": msg_to_json(problem.message)}


def finding_json(finding: Finding) -> dict[str, Any]:
    document = finding.to_json()
    document["titleMsg"] = msg_to_json(finding.title)
    document["detailMsg"] = msg_to_json(finding.detail) if finding.detail else None
    return document


def vm_json(vm: VmSnapshot) -> dict[str, Any]:
    return {
        "id": vm.id,
        "name": vm.name,
        "subscriptionId": vm.subscription_id,
        "resourceGroup": vm.resource_group,
        "location": vm.location,
        "osType": vm.os_type,
        "powerState": vm.power_state,
        "status": vm.status.value,
        "findings": [finding_json(f) for f in vm.findings],
        "facts": {
            "size": vm.size,
            "osName": vm.os_name,
            "agentVersion": vm.agent_version,
            "agentStatus": vm.agent_status,
            "tags": dict(vm.tags),
        },
        "unavailable": [problem_json(p) for p in vm.unavailable],
    }


def to_json(snapshot: ScanSnapshot) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "formatVersion": FORMAT_VERSION,
        "scannedAt": snapshot.scanned_at.astimezone(UTC).isoformat().replace("+00:00", "Z"),
        "target": snapshot.target,
        "subscriptions": [
            {"id": s.id, "displayName": s.display_name, "state": s.state} for s in snapshot.subscriptions
        ],
        "vms": [vm_json(v) for v in snapshot.vms],
        "problems": [problem_json(p) for p in snapshot.problems],
        "cancelled": snapshot.cancelled,
        "savedBy": {"app": "Backup Doctor", "version": snapshot.app_version},
        "account": snapshot.account,
        "audit": [e.to_json() for e in snapshot.audit],
    }


def save(snapshot: ScanSnapshot, path: Path) -> None:
    """Write the file whole (a temporary file renamed into place), so a failed save leaves no half file."""
    text = json.dumps(to_json(snapshot), ensure_ascii=False, separators=(",", ":"))
    partial = path.with_name(path.name + ".partial")
    partial.write_text(text + "\n", encoding="utf-8")
    partial.replace(path)


# --- reading -------------------------------------------------------------------------------------


class _Shape(Exception):
    def __init__(self, where: str, expected: Msg) -> None:
        super().__init__(where)
        self.where = where
        self.expected = expected


_OBJECT = QT_TRANSLATE_NOOP("SavedScan", "an object")
_LIST = QT_TRANSLATE_NOOP("SavedScan", "a list")
_TEXT = QT_TRANSLATE_NOOP("SavedScan", "text")


def _obj(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Shape(where, _msg(_OBJECT))
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise _Shape(where, _msg(_LIST))
    return value


def _text(data: dict[str, Any], key: str, where: str, *, required: bool = True) -> str | None:
    value = data.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise _Shape(f"{where}.{key}", _msg(_TEXT))
    return value


def load(path: Path) -> ScanSnapshot:
    """The snapshot saved in `path`; SavedScanError with a plain sentence when it cannot be one."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise SavedScanError(_msg(QT_TRANSLATE_NOOP("SavedScan", "The file is too large to be a saved scan.")))
        raw = path.read_bytes()
    except OSError as error:
        raise SavedScanError(
            _msg(QT_TRANSLATE_NOOP("SavedScan", "The file could not be read: {reason}"), reason=error.strerror or "—")
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SavedScanError(
            _msg(QT_TRANSLATE_NOOP("SavedScan", "The file is not text (UTF-8): it is not a saved scan."))
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise SavedScanError(
            _msg(
                QT_TRANSLATE_NOOP(
                    "SavedScan", "The file is not valid JSON: {problem} at line {line}, column {column}."
                ),
                problem=error.msg,
                line=error.lineno,
                column=error.colno,
            )
        ) from None
    snapshot = from_json(data)
    return ScanSnapshot(**{**snapshot.__dict__, "saved_file": path.name})


def from_json(data: object) -> ScanSnapshot:
    if not isinstance(data, dict) or not {"vms", "scannedAt"} <= data.keys():
        raise SavedScanError(
            _msg(
                QT_TRANSLATE_NOOP(
                    "SavedScan",
                    'This is not a Backup Doctor scan: a saved scan is a JSON object with "scannedAt" and '
                    '"vms" (save one with File > Save scan, or `backup-doctor scan --format json`).',
                )
            )
        )
    version = data.get("formatVersion", FORMAT_VERSION)
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise SavedScanError(
            _msg(
                QT_TRANSLATE_NOOP(
                    "SavedScan", "This scan was saved by a newer Backup Doctor (format {version}); update to open it."
                ),
                version=version,
            )
        )
    try:
        return _snapshot(data)
    except _Shape as shape:
        raise SavedScanError(
            _msg(
                QT_TRANSLATE_NOOP("SavedScan", 'The saved scan is damaged: "{where}" should be {expected}.'),
                where=shape.where,
                expected=shape.expected,
            )
        ) from None


def _snapshot(data: dict[str, Any]) -> ScanSnapshot:
    scanned_text = _text(data, "scannedAt", "")
    try:
        scanned_at = datetime.fromisoformat(str(scanned_text).replace("Z", "+00:00"))
    except ValueError:
        raise _Shape("scannedAt", _msg(QT_TRANSLATE_NOOP("SavedScan", "a date and time"))) from None
    if scanned_at.tzinfo is None:
        scanned_at = scanned_at.replace(tzinfo=UTC)
    subscriptions = []
    for index, item in enumerate(_list(data.get("subscriptions", []), "subscriptions")):
        where = f"subscriptions[{index}]"
        sub = _obj(item, where)
        sub_id = _text(sub, "id", where) or ""
        subscriptions.append(
            SubscriptionSnapshot(sub_id, _text(sub, "displayName", where, required=False) or sub_id, _opt(sub, "state"))
        )
    vms = tuple(_vm(item, f"vms[{i}]") for i, item in enumerate(_list(data["vms"], "vms")))
    problems = tuple(
        _problem(item, f"problems[{i}]") for i, item in enumerate(_list(data.get("problems", []), "problems"))
    )
    audit = []
    for index, item in enumerate(_list(data.get("audit", []), "audit")):
        try:
            audit.append(AuditEntry.from_json(item))
        except ValueError:
            raise _Shape(f"audit[{index}]", _msg(QT_TRANSLATE_NOOP("SavedScan", "an audit log entry"))) from None
    saved_by = data.get("savedBy")
    version = saved_by.get("version") if isinstance(saved_by, dict) else None
    return ScanSnapshot(
        target=_text(data, "target", "", required=False) or "—",
        scanned_at=scanned_at,
        subscriptions=tuple(subscriptions),
        vms=vms,
        problems=problems,
        cancelled=data.get("cancelled") is True,
        app_version=version if isinstance(version, str) else "—",
        account=_opt(data, "account"),
        audit=tuple(audit),
    )


def _opt(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    return value if isinstance(value, str) else None


def _problem(item: Any, where: str) -> Problem:
    data = _obj(item, where)
    message = _text(data, "message", where, required=False) or ""
    status = data.get("status")
    return Problem(
        _text(data, "scope", where, required=False) or "",
        _text(data, "code", where, required=False) or "",
        msg_from_json(data.get("messageMsg"), message),
        status if isinstance(status, int) else None,
    )


def _finding(item: Any, where: str) -> Finding:
    data = _obj(item, where)
    status_text = _text(data, "status", where)
    try:
        status = Status(status_text or "")
    except ValueError:
        raise _Shape(
            f"{where}.status", _msg(QT_TRANSLATE_NOOP("SavedScan", "pass, warn, fail, unknown or not-applicable"))
        ) from None
    codes = _list(data.get("errorCodes", []), f"{where}.errorCodes")
    evidence = data.get("evidence", {})
    detail_text = _text(data, "detail", where, required=False) or ""
    detail_msg = data.get("detailMsg")
    detail = msg_from_json(detail_msg, detail_text) if detail_msg or detail_text else None
    return Finding(
        check=_text(data, "check", where) or "",
        status=status,
        title=msg_from_json(data.get("titleMsg"), _text(data, "title", where) or ""),
        detail=detail,
        error_codes=tuple(str(c) for c in codes),
        evidence=_obj(evidence, f"{where}.evidence"),
        wizard=_opt(data, "wizard"),
    )


def _vm(item: Any, where: str) -> VmSnapshot:
    data = _obj(item, where)
    facts = _obj(data.get("facts", {}), f"{where}.facts")
    tags = _obj(facts.get("tags") or {}, f"{where}.facts.tags")
    findings = tuple(
        _finding(f, f"{where}.findings[{i}]")
        for i, f in enumerate(_list(data.get("findings", []), f"{where}.findings"))
    )
    unavailable = tuple(
        _problem(p, f"{where}.unavailable[{i}]")
        for i, p in enumerate(_list(data.get("unavailable", []), f"{where}.unavailable"))
    )
    vm_id = _text(data, "id", where) or ""
    return VmSnapshot(
        id=vm_id,
        name=_text(data, "name", where, required=False) or vm_id.rsplit("/", 1)[-1],
        subscription_id=_text(data, "subscriptionId", where, required=False) or "",
        resource_group=_text(data, "resourceGroup", where, required=False) or "",
        location=_text(data, "location", where, required=False) or "",
        os_type=_opt(data, "osType"),
        power_state=_opt(data, "powerState"),
        size=_opt(facts, "size"),
        os_name=_opt(facts, "osName"),
        agent_version=_opt(facts, "agentVersion"),
        agent_status=_opt(facts, "agentStatus"),
        tags={str(k): str(v) for k, v in tags.items()},
        findings=findings,
        unavailable=unavailable,
    )


__all__ = ["SavedScanError", "from_json", "load", "save", "to_json"]
