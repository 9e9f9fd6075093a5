"""Every automated action end to end: real SDK, demo tenant in the simulator, verification by the checks."""

from __future__ import annotations

from core.audit import AuditLog
from core.scan import run_scan
from core.session import Session
from core.wizards import ACTIONS, Outcome, PreviewState, verify_checks

from .helpers import context, findings_by_check, mutations, server, vm_id


def _run(session: Session, audit: AuditLog, vm: str, action_id: str) -> Outcome:
    ctx = context(session, vm, audit)
    preview = ACTIONS[action_id].preview(session.gateway, ctx)
    assert preview.state is PreviewState.READY, preview.summary.render()
    result = ACTIONS[action_id].run(session.gateway, ctx, confirm=True, preview=preview)
    assert result.ok, result.message.render()
    return result.outcome


def _run_again_changes_nothing(session: Session, audit: AuditLog, vm: str, action_id: str) -> str:
    before = len(mutations(session))
    ctx = context(session, vm, audit)
    assert ACTIONS[action_id].preview(session.gateway, ctx).state is PreviewState.NOTHING_TO_DO
    result = ACTIONS[action_id].run(session.gateway, ctx, confirm=True)
    assert result.outcome is Outcome.NOTHING_TO_DO
    assert len(mutations(session)) == before  # no mutating request the second time
    return result.message.render()


def test_failed_backup_extension_removed_then_backup_reinstalls_it_and_the_vm_is_green(
    session: Session, audit: AuditLog
) -> None:
    vm = "vm-erp-app03"
    before = findings_by_check(context(session, vm))
    assert before["backup-extension"] == "fail" and before["vm-provisioning-state"] == "fail"

    assert _run(session, audit, vm, "remove-backup-extension") is Outcome.DONE
    removed, _ = verify_checks(session.gateway, context(session, vm), ("backup-extension", "vm-provisioning-state"))
    assert removed.passed, removed.message.render()
    assert "already gone" in _run_again_changes_nothing(session, audit, vm, "remove-backup-extension")

    assert _run(session, audit, vm, "trigger-backup") is Outcome.DONE
    after = findings_by_check(context(session, vm))
    assert after["backup-extension"] == "pass"  # VMSnapshot installed afresh by the backup
    assert after["vm-provisioning-state"] == "pass"
    assert after["last-backup-job"] == "pass"  # the new Completed job is the newest
    assert "no need" in _run_again_changes_nothing(session, audit, vm, "trigger-backup")

    # A whole re-scan shows the VM green.
    report = run_scan(session.gateway)
    result = next(r for r in report.vms if r.facts.name == vm)
    assert result.status.value == "pass", [(f.check, f.status.value) for f in result.findings]


def test_restore_point_limit_lock_removed_collections_deleted_and_lock_put_back_exactly(
    session: Session, audit: AuditLog
) -> None:
    vm = "vm-ftp01"
    lock_id = (
        "/subscriptions/c4e81b6f-3a2d-47e9-b5f0-91d6a8c27e43/resourceGroups/AzureBackupRG_westeurope_1"
        "/providers/Microsoft.Authorization/locks/bloqueio-governanca"
    )
    original = server(session).store.get(lock_id)
    assert original is not None
    assert findings_by_check(context(session, vm))["restore-point-limit"] == "fail"

    _run(session, audit, vm, "remove-rp-lock")
    assert server(session).store.get(lock_id) is None
    _run_again_changes_nothing(session, audit, vm, "remove-rp-lock")

    _run(session, audit, vm, "delete-restore-point-collection")
    verification, _ = verify_checks(session.gateway, context(session, vm), ("restore-point-limit",))
    assert verification.passed, verification.message.render()
    _run_again_changes_nothing(session, audit, vm, "delete-restore-point-collection")

    _run(session, audit, vm, "restore-rp-lock")
    assert server(session).store.get(lock_id) == original  # name, level, notes: exactly as before
    assert "already back" in _run_again_changes_nothing(session, audit, vm, "restore-rp-lock")
    assert findings_by_check(context(session, vm))["restore-point-limit"] == "pass"


def test_key_vault_access_policy_is_granted(session: Session, audit: AuditLog) -> None:
    vm = "vm-fin-app01"
    vault_id = (
        "/subscriptions/8f3c2a51-6b7e-4d19-a0c4-5e2f9b7d1c36/resourceGroups/rg-security-prod"
        "/providers/Microsoft.KeyVault/vaults/kv-contoso-fin-prod"
    )
    ctx = context(session, vm, audit)
    assert findings_by_check(ctx)["keyvault-permissions"] == "fail"
    preview = ACTIONS["grant-keyvault-access"].preview(session.gateway, ctx)
    sent = preview.operations[0].parameters["accessPolicies"][0]
    assert sent["objectId"] == ctx.vm.backup_service_object_id == "f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b"
    assert sent["permissions"] == {"keys": ["backup", "get", "list"], "secrets": ["backup", "get", "list"]}

    _run(session, audit, vm, "grant-keyvault-access")
    vault = server(session).store.get(vault_id)
    assert vault is not None
    policy = next(p for p in vault["properties"]["accessPolicies"] if p["objectId"] == sent["objectId"])
    assert policy["permissions"]["keys"] == ["backup", "get", "list"]
    assert len(vault["properties"]["accessPolicies"]) == 3  # the two others are untouched
    verification, _ = verify_checks(session.gateway, context(session, vm), ("keyvault-permissions",))
    assert verification.passed, verification.message.render()
    _run_again_changes_nothing(session, audit, vm, "grant-keyvault-access")


def test_running_backup_is_cancelled(session: Session, audit: AuditLog) -> None:
    vm = "vm-dev-app03"
    ctx = context(session, vm, audit)
    preview = ACTIONS["cancel-backup-job"].preview(session.gateway, ctx)
    job_id = preview.operations[0].target
    assert "7 h" in preview.summary.render()  # the job's age is shown

    _run(session, audit, vm, "cancel-backup-job")
    job = server(session).store.get(job_id)
    assert job is not None and job["properties"]["status"] == "Cancelled"
    verification, _ = verify_checks(session.gateway, context(session, vm), ("backup-in-progress",))
    assert verification.passed, verification.message.render()
    assert "already ended" in _run_again_changes_nothing(session, audit, vm, "cancel-backup-job")


def test_stopped_and_paused_protection_is_resumed(session: Session, audit: AuditLog) -> None:
    for vm in ("vm-tst-lnx01", "vm-tst-lnx02"):
        assert findings_by_check(context(session, vm))["backup-protection-active"] == "fail"
        _run(session, audit, vm, "resume-protection")
        verification, _ = verify_checks(session.gateway, context(session, vm), ("backup-protection-active",))
        assert verification.passed, verification.message.render()
        assert "already active" in _run_again_changes_nothing(session, audit, vm, "resume-protection")
    items = server(session).store.of_type(
        "Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems"
    )
    resumed = [i for i in items if i["properties"]["friendlyName"] in ("vm-tst-lnx01", "vm-tst-lnx02")]
    assert {i["properties"]["protectionState"] for i in resumed} == {"Protected"}


def test_every_mutation_is_audited_with_its_fields(session: Session, audit: AuditLog) -> None:
    _run(session, audit, "vm-erp-app03", "remove-backup-extension")
    _run(session, audit, "vm-erp-app03", "trigger-backup")
    _run(session, audit, "vm-ftp01", "remove-rp-lock")
    entries = audit.read().entries
    assert [e.action for e in entries] == ["remove-backup-extension", "trigger-backup", "remove-rp-lock"]
    assert len(entries) == len(mutations(session))  # one line per mutating request
    for entry in entries:
        data = entry.to_json()
        assert set(data) >= {"time", "who", "target", "operation", "parameters", "result", "vm", "action"}
        assert data["time"].endswith("Z") and "T" in data["time"]
        assert data["who"] == "demo"
        assert data["result"]["status"] == "ok"
    extension, backup, lock = entries
    assert extension.operation == "Microsoft.Compute/virtualMachines/extensions/delete"
    assert extension.target.endswith("/virtualMachines/vm-erp-app03/extensions/VMSnapshot")
    assert extension.parameters["provisioningState"] == "Failed"
    assert backup.result["jobId"].startswith(backup.target.split("/backupFabrics/")[0] + "/backupJobs/")
    assert lock.parameters["lock"]["properties"]["level"] == "CanNotDelete"
    assert lock.vm == vm_id(session, "vm-ftp01")
    assert audit.entries(vm=vm_id(session, "vm-ftp01")) == [lock]
