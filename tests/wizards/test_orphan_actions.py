"""Stopping the protection of a protected item whose VM no longer exists (ResourceNotFound 320001,
BCMV2VMNotFound 400094): keep or delete the backup data. Preview, apply and verify on the simulator, doing it
twice, and what Azure refuses (403, 404, 409 ScopeLocked)."""

from __future__ import annotations

from io import StringIO
from pathlib import Path
from typing import Any

import pytest

from core import cli, ids
from core.audit import AuditLog
from core.scan import run_scan
from core.session import Session
from core.simulator import FaultKind, FaultRule
from core.simulator.shapes import management_lock
from core.wizards import ACTIONS, WIZARDS, Outcome, PreviewState, WizardContext, read_context, start, verify_checks

from .helpers import context, mutations, server

VM = "vm-erp-old01"
KEEP = "stop-protection-keep-data"
DELETE = "stop-protection-delete-data"
ITEM_TYPE = "Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems"


def orphan_context(session: Session, audit: AuditLog | None = None) -> WizardContext:
    """The orphan as the window has it: from a scan, where the deleted VM is reported after the others."""
    report = run_scan(session.gateway)
    (result,) = [vm for vm in report.vms if vm.facts.name == VM]
    assert not result.facts.exists
    return WizardContext.for_result(result.facts, result.findings, "orphaned-protection", audit=audit)


def item(session: Session) -> dict[str, Any] | None:
    found = [i for i in server(session).store.of_type(ITEM_TYPE) if str(i["properties"].get("friendlyName")) == VM]
    return found[0] if found else None


def vault_of(session: Session) -> dict[str, Any]:
    current = item(session)
    assert current is not None
    return server(session).store.get(str(current["id"]).split("/backupFabrics/")[0]) or {}


def scanned_names(session: Session) -> set[str]:
    return {vm.facts.name for vm in run_scan(session.gateway).vms}


def test_the_scan_offers_the_wizard_with_both_choices(session: Session) -> None:
    ctx = orphan_context(session)
    (found,) = ctx.findings_of(["source-vm-exists"])
    assert found.status.value == "fail" and found.wizard == "orphaned-protection"
    assert ctx.finding is not None
    wizard = WIZARDS["orphaned-protection"]
    assert {KEEP, DELETE} <= set(wizard.actions())
    views = {v.id: v for v in start(ctx.finding, ctx).views()}
    assert views["stop-keep"].optional and views["stop-delete"].optional  # the user chooses one
    assert "rsv-contoso-prod-weu" in views["why"].text.render()


def test_keep_the_data_stops_protection_verifies_and_the_rescan_no_longer_fails(
    session: Session, audit: AuditLog
) -> None:
    ctx = orphan_context(session, audit)
    preview = ACTIONS[KEEP].preview(session.gateway, ctx)
    assert preview.state is PreviewState.READY, preview.summary.render()
    (operation,) = preview.operations
    assert operation.method == "PUT" and operation.target == item(session)["id"]  # type: ignore[index]
    assert operation.parameters == {
        "protectedItemType": "Microsoft.Compute/virtualMachines",
        "sourceResourceId": ctx.vm.id,
        "protectionState": "ProtectionStopped",
        "policyId": "",
    }
    summary = preview.summary.render()
    assert "No backup of it runs any more" in summary and "kept, with no expiry, until you delete them" in summary
    assert mutations(session) == []

    result = ACTIONS[KEEP].run(session.gateway, ctx, confirm=True, preview=preview)
    assert result.outcome is Outcome.DONE, result.message.render()
    stored = item(session)
    assert stored is not None and stored["properties"]["protectionState"] == "ProtectionStopped"
    assert stored["properties"]["policyId"] == ""
    (entry,) = audit.read().entries
    assert entry.action == KEEP and entry.ok and entry.operation.endswith("/protectedItems/write")

    # The check is run again from the vault item: the VM is gone, and reading it must not stop the check.
    verification, fresh = verify_checks(session.gateway, ctx, ("source-vm-exists",))
    assert verification.passed, verification.message.render()
    assert [f.check for f in fresh.findings] == ["source-vm-exists"]  # no "resume protection" for a deleted VM
    assert "recovery points already taken are kept" in fresh.findings[0].detail.render()  # type: ignore[union-attr]
    # A re-scan no longer reports the item: the vault stopped looking for the VM.
    assert VM not in scanned_names(session)

    again = ACTIONS[KEEP].run(session.gateway, ctx, confirm=True)
    assert again.outcome is Outcome.NOTHING_TO_DO and "already" in again.message.render()
    assert len(audit.read().entries) == 1


def test_delete_the_data_with_soft_delete_keeps_it_14_days_and_says_so(session: Session, audit: AuditLog) -> None:
    ctx = orphan_context(session, audit)
    preview = ACTIONS[DELETE].preview(session.gateway, ctx)
    assert preview.state is PreviewState.READY
    (operation,) = preview.operations
    assert operation.method == "DELETE" and operation.operation.endswith("/protectedItems/delete")
    notes = " ".join(n.render() for n in preview.notes)
    assert "soft delete is on by default" in notes and "14 more days" in notes
    assert "soft-deleted for 14 days" in operation.changes[1].after.render()  # type: ignore[union-attr]

    result = ACTIONS[DELETE].run(session.gateway, ctx, confirm=True, preview=preview)
    assert result.outcome is Outcome.DONE, result.message.render()
    assert "soft-deleted for 14 days" in result.message.render()
    stored = item(session)
    assert stored is not None and stored["properties"]["isScheduledForDeferredDelete"] is True
    assert [e.method for e in mutations(session)] == ["DELETE"]

    verification, fresh = verify_checks(session.gateway, ctx, ("source-vm-exists",))
    assert verification.passed, verification.message.render()
    assert "soft-deleted" in fresh.findings[0].detail.render()  # type: ignore[union-attr]
    assert VM not in scanned_names(session)

    again = ACTIONS[DELETE].run(session.gateway, ctx, confirm=True)
    assert again.outcome is Outcome.NOTHING_TO_DO and "soft-deleted until" in again.message.render()
    assert ACTIONS[KEEP].preview(session.gateway, ctx).state is PreviewState.NOTHING_TO_DO
    assert len(audit.read().entries) == 1


def test_delete_the_data_with_soft_delete_off_removes_the_item(session: Session, audit: AuditLog) -> None:
    vault = vault_of(session)
    vault["properties"]["securitySettings"] = {
        "softDeleteSettings": {"softDeleteState": "Disabled", "softDeleteRetentionPeriodInDays": 14}
    }
    server(session).store.put(vault)
    ctx = orphan_context(session, audit)
    preview = ACTIONS[DELETE].preview(session.gateway, ctx)
    assert any("Soft delete is off" in n.render() for n in preview.notes)
    result = ACTIONS[DELETE].run(session.gateway, ctx, confirm=True, preview=preview)
    assert result.outcome is Outcome.DONE and "deleted for good" in result.message.render()
    assert item(session) is None

    verification, fresh = verify_checks(session.gateway, ctx, ("source-vm-exists",))
    assert verification.passed, verification.message.render()
    assert "No vault has a protected item for it any more" in fresh.findings[0].detail.render()  # type: ignore[union-attr]
    again = ACTIONS[DELETE].preview(session.gateway, ctx)
    assert again.state is PreviewState.NOTHING_TO_DO and "nothing to stop" in again.summary.render()


def test_a_vault_retention_of_30_days_is_the_one_stated(session: Session) -> None:
    vault = vault_of(session)
    vault["properties"]["securitySettings"] = {
        "softDeleteSettings": {"softDeleteState": "AlwaysON", "softDeleteRetentionPeriodInDays": 30}
    }
    server(session).store.put(vault)
    preview = ACTIONS[DELETE].preview(session.gateway, orphan_context(session))
    assert any(
        "Soft delete is on in rsv-contoso-prod-weu" in n.render() and "30 more days" in n.render()
        for n in preview.notes
    )


def test_kept_data_can_be_deleted_afterwards(session: Session, audit: AuditLog) -> None:
    ctx = orphan_context(session, audit)
    assert ACTIONS[KEEP].run(session.gateway, ctx, confirm=True).outcome is Outcome.DONE
    later = ACTIONS[DELETE].preview(session.gateway, ctx)
    assert later.state is PreviewState.READY
    assert ACTIONS[DELETE].run(session.gateway, ctx, confirm=True, preview=later).outcome is Outcome.DONE
    assert [e.action for e in audit.read().entries] == [KEEP, DELETE]


def test_read_context_reads_the_orphan_from_its_vault_item(session: Session) -> None:
    ctx = read_context(session.gateway, orphan_context(session).vm.id)
    assert not ctx.vm.exists and ctx.vm.name == VM
    assert any(f.check == "source-vm-exists" and f.status.value == "fail" for f in ctx.findings)


def test_a_vm_that_exists_is_never_stopped(session: Session) -> None:
    for action in (KEEP, DELETE):
        preview = ACTIONS[action].preview(session.gateway, context(session, "vm-erp-app01"))
        assert preview.state is PreviewState.BLOCKED and "exists in Azure" in preview.summary.render()
    assert mutations(session) == []


@pytest.mark.parametrize(("action", "method", "permission"), [(KEEP, "PUT", "write"), (DELETE, "DELETE", "delete")])
def test_forbidden_names_the_permission_and_backup_contributor(
    session: Session, audit: AuditLog, action: str, method: str, permission: str
) -> None:
    server(session).add_fault(FaultRule(FaultKind.FORBIDDEN, path_regex="/protectedItems/[^/]*old01$", method=method))
    result = ACTIONS[action].run(session.gateway, orphan_context(session, audit), confirm=True)
    assert result.outcome is Outcome.FAILED
    text = result.message.render()
    assert f"protectedItems/{permission}" in text and "Backup Contributor" in text
    assert item(session)["properties"]["protectionState"] == "Protected"  # type: ignore[index]
    (entry,) = audit.read().entries
    assert entry.result["code"] == "AuthorizationFailed"


def test_a_lock_on_the_vault_is_refused_with_409_and_explained(session: Session, audit: AuditLog) -> None:
    group = "/".join(str(vault_of(session)["id"]).split("/")[:5])
    server(session).store.put(management_lock(group, "nao-apagar", "CanNotDelete", "Cofre de produção."))
    ctx = orphan_context(session, audit)
    result = ACTIONS[DELETE].run(session.gateway, ctx, confirm=True)
    assert result.outcome is Outcome.FAILED and result.problem is not None and result.problem.code == "ScopeLocked"
    assert "remove the lock first" in result.message.render()
    assert item(session) is not None
    # Keeping the data is a write, which a delete lock allows.
    assert ACTIONS[KEEP].run(session.gateway, ctx, confirm=True).outcome is Outcome.DONE


def test_an_item_deleted_meanwhile_is_nothing_to_do(session: Session, audit: AuditLog) -> None:
    ctx = orphan_context(session, audit)
    preview = ACTIONS[DELETE].preview(session.gateway, ctx)
    # Azure answers 404 to the DELETE: someone removed the item between the re-read and the request.
    server(session).add_fault(FaultRule(FaultKind.NOT_FOUND, path_regex="/protectedItems/[^/]*old01$", method="DELETE"))
    result = ACTIONS[DELETE].run(session.gateway, ctx, confirm=True, preview=preview)
    assert result.outcome is Outcome.NOTHING_TO_DO and "already gone" in result.message.render()
    # And once it is really gone, both choices have nothing left to do.
    server(session).store.delete(str(item(session)["id"]))  # type: ignore[index]
    for action in (KEEP, DELETE):
        assert ACTIONS[action].preview(session.gateway, ctx).state is PreviewState.NOTHING_TO_DO


def test_the_item_id_names_the_vault_it_changes(session: Session) -> None:
    preview = ACTIONS[KEEP].preview(session.gateway, orphan_context(session))
    assert ids.parse_id(preview.operations[0].target.split("/backupFabrics/")[0]).name == "rsv-contoso-prod-weu"


def test_backup_doctor_fix_stops_it_from_the_command_line_by_the_vm_id(tmp_path: Path, session: Session) -> None:
    vm = orphan_context(session).vm.id
    stdout, stderr = StringIO(), StringIO()
    log = tmp_path / "audit.jsonl"
    args = ["fix", KEEP, "--vm", vm, "--demo", "--yes", "--audit-log", str(log), "--lang", "en"]
    assert cli.main(args, stdout, stderr, StringIO()) == 0, stderr.getvalue()
    out = stdout.getvalue()
    assert "PUT /subscriptions/" in out and "→ Stopped, no policy" in out
    assert "kept, with no expiry, until you delete it" in out
    assert "is now ProtectionStopped" in out
    assert [e.action for e in AuditLog(log).read().entries] == [KEEP]
