"""The audit log: JSON lines appended whole, read back, filtered; a default file in the user data folder."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from platformdirs import user_data_dir

from core.audit import AuditLog, default_audit_path, error_result, ok_result

VM = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1"


def _record(log: AuditLog, target: str, **result: object) -> None:
    log.record(
        who="demo",
        action="remove-rp-lock",
        operation="Microsoft.Authorization/locks/delete",
        target=target,
        parameters={"lock": {"properties": {"level": "CanNotDelete", "notes": 'x\ny "quoted"'}}},
        result=ok_result() if not result else error_result("ScopeLocked", "locked", 409),
        vm=VM,
        tenant="Demo tenant",
    )


def test_entries_are_json_lines_read_back_in_order(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "sub" / "audit.jsonl")
    _record(log, "/a")
    _record(log, "/B", failed=True)
    lines = (tmp_path / "sub" / "audit.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert set(first) == {"time", "who", "tenant", "vm", "action", "operation", "target", "parameters", "result"}
    assert first["parameters"]["lock"]["properties"]["notes"] == 'x\ny "quoted"'  # data stays data
    entries = log.read().entries
    assert [e.target for e in entries] == ["/a", "/B"]
    assert entries[0].ok and not entries[1].ok
    assert entries[1].result == {"status": "error", "code": "ScopeLocked", "message": "locked", "httpStatus": 409}
    assert log.entries(target="/b") == [entries[1]]  # ids compare without regard to case
    assert log.entries(vm=VM.upper(), action="remove-rp-lock") == entries


def test_bad_lines_are_skipped_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    log = AuditLog(path)
    _record(log, "/a")
    with path.open("a", encoding="utf-8") as handle:
        handle.write('not json\n{"time": 1}\n\n')
    _record(log, "/b")
    reading = log.read()
    assert [e.target for e in reading.entries] == ["/a", "/b"]
    assert reading.skipped_lines == 2
    assert AuditLog(tmp_path / "missing.jsonl").read().entries == []


def test_threads_never_interleave_lines(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.jsonl")
    threads = [threading.Thread(target=lambda: [_record(log, f"/t{i}") for i in range(20)]) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    reading = log.read()
    assert len(reading.entries) == 80 and reading.skipped_lines == 0


def test_default_files_are_in_the_user_data_folder() -> None:
    real, demo = default_audit_path(), default_audit_path(simulated=True)
    assert real.name == "audit.jsonl" and demo.name == "audit-demo.jsonl"
    assert real.parent == demo.parent == Path(user_data_dir("Backup Doctor", "BackupDoctor"))


def test_statuses_are_typed_and_written_as_before(tmp_path: Path) -> None:
    from core.audit import AuditStatus

    log = AuditLog(tmp_path / "audit.jsonl")
    _record(log, "/a")
    line = (tmp_path / "audit.jsonl").read_text(encoding="utf-8")
    assert '"result": {"status": "ok"}' in line  # the enum is written as its value: the file is unchanged
    entry = log.read().entries[0]
    assert entry.status is AuditStatus.OK
    # A status this version does not know (a newer version's line) is kept as written, not dropped.
    newer = json.loads(line)
    newer["result"] = {"status": "rolledBack"}
    (tmp_path / "audit.jsonl").write_text(json.dumps(newer) + "\n", encoding="utf-8")
    assert log.read().entries[0].status == "rolledBack"
