"""`backup-doctor fix`: preview, confirmation on standard input, --yes, --save, exit codes."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest

from core import cli
from core.audit import AuditLog
from core.session import demo_tenant_path

FTP01 = "vm-ftp01"
LOCK = "bloqueio-governanca"


def _fix(args: list[str], answer: str = "") -> tuple[int, str, str]:
    stdout, stderr = StringIO(), StringIO()
    code = cli.main(["fix", *args, "--lang", "en"], stdout, stderr, StringIO(answer))
    return code, stdout.getvalue(), stderr.getvalue()


def _lock_ids(tenant: Path) -> list[str]:
    data = json.loads(tenant.read_text(encoding="utf-8"))
    return [r["id"] for r in data["resources"] if r["type"] == "Microsoft.Authorization/locks"]


def test_the_preview_is_printed_and_nothing_changes_without_a_yes(tmp_path: Path) -> None:
    saved, log = tmp_path / "after.json", tmp_path / "audit.jsonl"
    code, out, _ = _fix(
        ["remove-rp-lock", "--vm", FTP01, "--demo", "--save", str(saved), "--audit-log", str(log)], answer="n\n"
    )
    assert code == 1
    assert "DELETE /subscriptions/" in out and f"/locks/{LOCK}" in out
    assert "Microsoft.Authorization/locks/delete" in out
    assert "CanNotDelete" in out and "→ removed" in out
    assert "Proceed? [y/N]" in out
    assert "Not confirmed: nothing was changed." in out
    assert any(i.endswith(LOCK) for i in _lock_ids(saved))
    assert AuditLog(log).read().entries == []


@pytest.mark.slow
def test_yes_makes_the_change_and_save_writes_a_tenant_that_a_scan_reads(tmp_path: Path) -> None:
    first, second, log = tmp_path / "1.json", tmp_path / "2.json", tmp_path / "audit.jsonl"
    code, out, _ = _fix(
        ["remove-rp-lock", "--vm", FTP01, "--demo", "--yes", "--save", str(first), "--audit-log", str(log)]
    )
    assert code == 0, out
    assert "Proceed?" not in out and "Removed the lock" in out
    assert not any(i.endswith(LOCK) for i in _lock_ids(first))

    # The saved tenant carries the change into the next command: clean up, then put the lock back.
    code, out, _ = _fix(
        [
            "delete-restore-point-collection",
            "--vm",
            FTP01,
            "--tenant",
            str(first),
            "--save",
            str(second),
            "--audit-log",
            str(log),
        ],
        answer="y\n",
    )
    assert code == 0, out
    code, out, _ = _fix(
        [
            "restore-rp-lock",
            "--vm",
            FTP01,
            "--tenant",
            str(second),
            "--yes",
            "--save",
            str(second),
            "--audit-log",
            str(log),
        ]
    )
    assert code == 0, out
    assert any(i.endswith(LOCK) for i in _lock_ids(second))
    assert [e.action for e in AuditLog(log).read().entries] == [
        "remove-rp-lock",
        "delete-restore-point-collection",
        "delete-restore-point-collection",
        "restore-rp-lock",
    ]

    scan_out = StringIO()
    cli.main(["scan", "--tenant", str(second), "--format", "json", "--lang", "en"], scan_out, StringIO())
    report = json.loads(scan_out.getvalue())
    vm = next(v for v in report["vms"] if v["name"] == FTP01)
    limit = next(f for f in vm["findings"] if f["check"] == "restore-point-limit")
    assert limit["status"] == "pass"  # the scan sees the collections gone


def test_nothing_to_do_exits_zero_and_blocked_exits_one(tmp_path: Path) -> None:
    log = ["--audit-log", str(tmp_path / "audit.jsonl")]
    code, out, _ = _fix(["remove-backup-extension", "--vm", "vm-erp-app01", "--demo", *log])
    assert code == 0 and "nothing to remove" in out and "Proceed?" not in out
    code, out, _ = _fix(["trigger-backup", "--vm", "vm-dev-app04", "--demo", *log])
    assert code == 1 and "configure backup" in out


def test_a_resource_id_works_as_well_as_a_name(tmp_path: Path) -> None:
    tenant = json.loads(demo_tenant_path().read_text(encoding="utf-8"))
    vm_id = next(r["id"] for r in tenant["resources"] if r.get("name") == "vm-tst-lnx02")
    code, out, _ = _fix(["resume-protection", "--vm", vm_id, "--demo", "--yes", "--audit-log", str(tmp_path / "a")])
    assert code == 0 and "now Protected" in out


def test_what_cannot_run_exits_two(tmp_path: Path) -> None:
    code, _, err = _fix(["trigger-backup", "--vm", FTP01, "--tenant", "contoso.onmicrosoft.com"])
    assert code == 2 and "--tenant-id" in err
    code, _, err = _fix(["trigger-backup", "--vm", "vm-nowhere", "--demo", "--audit-log", str(tmp_path / "a")])
    assert code == 2 and "No VM named vm-nowhere" in err
    code, _, _ = _fix(["no-such-action", "--vm", FTP01, "--demo"])
    assert code == 2
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    code, _, err = _fix(["trigger-backup", "--vm", FTP01, "--tenant", str(broken)])
    assert code == 2 and "invalid tenant file" in err
