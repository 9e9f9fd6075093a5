"""`backup-doctor guest` and the in-guest fixes on the demo tenant: consent, JSON, audit, verification, idempotence."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from core.audit import AuditLog
from core.cli import main
from core.guest.outcome import ANSWERED
from core.guest.service import check_inside
from core.session import demo_session
from core.wizards.guest_fixes import DONE, FIXES, NOT_CONFIRMED, NOTHING_TO_DO, fixes_for, run_fix

PROD = "8f3c2a51-6b7e-4d19-a0c4-5e2f9b7d1c36"  # the demo's production subscription


def _cli(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err, stdin=io.StringIO(stdin))
    return code, out.getvalue(), err.getvalue()


def test_without_consent_nothing_runs() -> None:
    code, out, _ = _cli("guest", "--demo", "--vm", "vm-erp-app08", "--lang", "en", stdin="n\n")
    assert code == 1
    assert "Microsoft.Compute/virtualMachines/runCommand/action" in out
    assert "Not confirmed: nothing was run." in out


@pytest.mark.slow
def test_json_output_carries_the_guests_evidence() -> None:
    code, out, _ = _cli("guest", "--demo", "--vm", "vm-erp-app08", "--yes", "--format", "json", "--lang", "en")
    assert code == 1  # a finding fails
    document = json.loads(out)
    assert document["inspection"]["outcome"] == "answered"
    blocked = next(f for f in document["findings"] if f["check"] == "app-control")
    assert blocked["status"] == "fail"
    assert blocked["evidence"]["rules"][0]["path"] == "%OSDRIVE%\\Packages\\*"


def test_show_script_prints_the_exact_script_and_runs_nothing() -> None:
    code, out, _ = _cli("guest", "--demo", "--vm", "vm-erp-app09", "--show-script")
    assert code == 0 and out.startswith("# Backup Doctor: read-only check")


def test_a_windows_fix_is_audited_verified_and_idempotent(tmp_path: Path) -> None:
    audit = AuditLog(tmp_path / "audit.jsonl")
    with demo_session() as session:
        assert session.server is not None
        session.server.arm.settings.run_command_seconds = 0
        vm_id = (
            f"/subscriptions/{PROD}/resourceGroups/rg-erp-prod/providers/Microsoft.Compute/virtualMachines/vm-erp-app09"
        )
        first = check_inside(session.gateway, vm_id)
        assert first.inspection.outcome == ANSWERED
        assert [f.id for f in fixes_for(first.inspection.report)] == ["windows-agent-services"]
        fix = FIXES["windows-agent-services"]
        refused = run_fix(session.gateway, vm_id, fix, confirm=False, audit=audit, actor="demo")
        assert refused.outcome == NOT_CONFIRMED and audit.entries() == []
        done = run_fix(session.gateway, vm_id, fix, confirm=True, audit=audit, actor="demo")
        assert done.outcome == DONE and done.verification is not None
        entries = audit.entries()
        assert len(entries) == 1 and entries[0].operation == "Microsoft.Compute/virtualMachines/runCommand/action"
        assert entries[0].parameters["scriptFile"] == "windows-agent-services.ps1"
        again = run_fix(session.gateway, vm_id, fix, confirm=True, audit=audit, actor="demo")
        assert again.outcome == NOTHING_TO_DO and len(audit.entries()) == 1
        after = check_inside(session.gateway, vm_id)
        services = next(
            f for f in after.guest_findings() if f.check == "inside-guest" and "services" in f.title.render()
        )
        assert services.status.value == "pass"
