"""What the actions refuse, and how they say it: no confirmation, 403, 409 ScopeLocked, a resource already
gone, a state that changed after the preview, a cancel, prerequisites that are missing."""

from __future__ import annotations

import pytest

from core.audit import AuditLog
from core.session import Session
from core.simulator import FaultKind, FaultRule
from core.simulator.providers.vm_state import remove_extension
from core.wizards import ACTIONS, CancelToken, Outcome, PreviewState, Progress

from .helpers import context, mutations, server, vm_id

EXTENSION = "/virtualMachines/vm-erp-app03/extensions/VMSnapshot"


def test_nothing_is_sent_or_audited_without_confirmation(session: Session, audit: AuditLog) -> None:
    ctx = context(session, "vm-erp-app03", audit)
    result = ACTIONS["remove-backup-extension"].run(session.gateway, ctx)  # confirm defaults to False
    assert result.outcome is Outcome.REFUSED
    assert "Not confirmed" in result.message.render()
    assert mutations(session) == []
    assert audit.read().entries == []


def test_forbidden_names_the_permission_and_a_role_and_is_audited(session: Session, audit: AuditLog) -> None:
    server(session).add_fault(FaultRule(FaultKind.FORBIDDEN, path_regex="/extensions/VMSnapshot$", method="DELETE"))
    ctx = context(session, "vm-erp-app03", audit)
    result = ACTIONS["remove-backup-extension"].run(session.gateway, ctx, confirm=True)

    assert result.outcome is Outcome.FAILED
    text = result.message.render()
    assert "Microsoft.Compute/virtualMachines/extensions/delete" in text
    assert "Virtual Machine Contributor" in text
    assert result.problem is not None and result.problem.status == 403
    (entry,) = audit.read().entries
    assert entry.result["status"] == "error" and entry.result["code"] == "AuthorizationFailed"
    assert entry.target.endswith(EXTENSION)
    assert server(session).store.get(vm_id(session, "vm-erp-app03") + "/extensions/VMSnapshot") is not None


def test_a_delete_under_a_lock_is_refused_naming_the_lock_then_succeeds_without_it(
    session: Session, audit: AuditLog
) -> None:
    ctx = context(session, "vm-ftp01", audit)
    preview = ACTIONS["delete-restore-point-collection"].preview(session.gateway, ctx)
    assert preview.state is PreviewState.READY
    assert any("bloqueio-governanca" in n.render() for n in preview.notes)  # warned before confirming

    refused = ACTIONS["delete-restore-point-collection"].run(session.gateway, ctx, confirm=True, preview=preview)
    assert refused.outcome is Outcome.FAILED
    assert refused.problem is not None and refused.problem.code == "ScopeLocked"
    assert "bloqueio-governanca" in refused.message.render()
    assert [e.result["code"] for e in audit.read().entries] == ["ScopeLocked"]

    assert ACTIONS["remove-rp-lock"].run(session.gateway, context(session, "vm-ftp01", audit), confirm=True).ok
    done = ACTIONS["delete-restore-point-collection"].run(
        session.gateway, context(session, "vm-ftp01", audit), confirm=True
    )
    assert done.outcome is Outcome.DONE, done.message.render()


def test_a_resource_already_gone_is_nothing_to_do(session: Session, audit: AuditLog) -> None:
    ctx = context(session, "vm-erp-app03", audit)
    preview = ACTIONS["remove-backup-extension"].preview(session.gateway, ctx)
    # Someone else removes the extension between the preview and the run (as the simulator's delete does).
    remove_extension(server(session).store, vm_id(session, "vm-erp-app03") + "/extensions/VMSnapshot")
    result = ACTIONS["remove-backup-extension"].run(session.gateway, ctx, confirm=True, preview=preview)
    assert result.outcome is Outcome.NOTHING_TO_DO
    assert "already gone" in result.message.render()
    assert mutations(session) == []


def test_a_vm_that_no_longer_exists_blocks_the_action(session: Session, audit: AuditLog) -> None:
    ctx = context(session, "vm-erp-app03", audit)
    server(session).store.delete(vm_id(session, "vm-erp-app03"))
    preview = ACTIONS["remove-backup-extension"].preview(session.gateway, ctx)
    assert preview.state is PreviewState.BLOCKED
    assert "no longer exists" in preview.summary.render()
    assert preview.problem is not None and preview.problem.status == 404


def test_a_state_changed_since_the_preview_is_not_acted_on(session: Session, audit: AuditLog) -> None:
    ctx = context(session, "vm-ftp01", audit)
    preview = ACTIONS["remove-rp-lock"].preview(session.gateway, ctx)
    lock_id = preview.operations[0].target

    def retitle(lock: dict) -> None:  # type: ignore[type-arg]
        lock["properties"]["notes"] = "changed by someone else"

    server(session).store.update(lock_id, retitle)
    result = ACTIONS["remove-rp-lock"].run(session.gateway, ctx, confirm=True, preview=preview)
    assert result.outcome is Outcome.REFUSED
    assert "changed" in result.message.render()
    assert mutations(session) == []


def test_cancelled_before_the_change(session: Session, audit: AuditLog) -> None:
    token = CancelToken()
    token.cancel()
    ctx = context(session, "vm-tst-lnx01", audit)
    result = ACTIONS["resume-protection"].run(session.gateway, ctx, confirm=True, cancel=token)
    assert result.outcome is Outcome.CANCELLED
    assert mutations(session) == []


def test_progress_is_reported_while_running(session: Session, audit: AuditLog) -> None:
    seen: list[str] = []
    ctx = context(session, "vm-tst-lnx02", audit)
    result = ACTIONS["resume-protection"].run(
        session.gateway, ctx, confirm=True, progress=lambda p: seen.append(p.message.render())
    )
    assert result.outcome is Outcome.DONE
    assert seen[0].startswith("Reading") and any("Resume the protection" in s for s in seen)


def test_prerequisites_that_are_missing_block_with_a_sentence(session: Session, audit: AuditLog) -> None:
    gateway = session.gateway
    rbac = ACTIONS["grant-keyvault-access"].preview(gateway, context(session, "vm-fin-lnx01", audit))
    assert rbac.state is PreviewState.BLOCKED and "Azure RBAC" in rbac.summary.render()

    never = ACTIONS["trigger-backup"].preview(gateway, context(session, "vm-dev-app04", audit))
    assert never.state is PreviewState.BLOCKED and "not backed up" in never.summary.render()

    stopped = ACTIONS["trigger-backup"].preview(gateway, context(session, "vm-tst-lnx01", audit))
    assert stopped.state is PreviewState.BLOCKED and "resume it" in stopped.summary.render()

    healthy = ACTIONS["remove-backup-extension"].preview(gateway, context(session, "vm-erp-app01", audit))
    assert healthy.state is PreviewState.NOTHING_TO_DO

    no_record = ACTIONS["restore-rp-lock"].preview(gateway, context(session, "vm-ftp01", audit))
    assert no_record.state is PreviewState.NOTHING_TO_DO and "audit log" in no_record.summary.render()

    # A backup that cannot start because another one runs is blocked, and the step says what to do.
    running = ACTIONS["trigger-backup"].preview(gateway, context(session, "vm-dev-app03", audit))
    assert running.state is PreviewState.BLOCKED
    assert "already running" in running.summary.render() and "cancel it" in running.summary.render()
    assert mutations(session) == []


def test_a_lock_on_the_vms_group_holding_old_collections_is_removed_too(session: Session, audit: AuditLog) -> None:
    preview = ACTIONS["remove-rp-lock"].preview(session.gateway, context(session, "vm-sql-legacy01", audit))
    assert preview.state is PreviewState.READY
    assert [op.target.rsplit("/", 1)[1] for op in preview.operations] == ["nao-eliminar"]
    assert "/resourceGroups/rg-sql-legacy/" in preview.operations[0].target


def test_a_job_that_ends_just_before_the_cancel_request_is_nothing_to_do(session: Session, audit: AuditLog) -> None:
    store = server(session).store
    ctx = context(session, "vm-dev-app03", audit)
    job_id = ACTIONS["cancel-backup-job"].preview(session.gateway, ctx).operations[0].target

    def finish(job: dict) -> None:  # type: ignore[type-arg]
        job["properties"]["status"] = "Completed"

    def meanwhile(progress: Progress) -> None:
        if progress.message.render().startswith("Cancel the backup job"):
            store.update(job_id, finish)  # the job ends while the request is on its way

    result = ACTIONS["cancel-backup-job"].run(session.gateway, ctx, confirm=True, progress=meanwhile)
    assert result.outcome is Outcome.NOTHING_TO_DO
    assert "already ended" in result.message.render()
    (entry,) = audit.read().entries  # the refused request is in the audit log all the same
    assert entry.result["status"] == "error" and entry.result["code"] == "Conflict"


FORBIDDEN_CASES = [
    # action, VM, method and path of its change, actions run first to get there
    ("remove-backup-extension", "vm-erp-app03", "DELETE", "/extensions/", ()),
    ("trigger-backup", "vm-erp-app03", "POST", "/backup$", ()),
    ("remove-rp-lock", "vm-ftp01", "DELETE", "/locks/", ()),
    ("delete-restore-point-collection", "vm-ftp01", "DELETE", "/restorePointCollections/", ("remove-rp-lock",)),
    ("restore-rp-lock", "vm-ftp01", "PUT", "/locks/", ("remove-rp-lock",)),
    ("grant-keyvault-access", "vm-fin-app01", "PUT", "/accessPolicies/", ()),
    ("cancel-backup-job", "vm-dev-app03", "POST", "/cancel$", ()),
    ("resume-protection", "vm-tst-lnx01", "PUT", "/protectedItems/", ()),
]


@pytest.mark.parametrize(("action_id", "vm", "method", "path", "before"), FORBIDDEN_CASES)
def test_every_action_refused_with_403_names_its_permission_and_role(
    session: Session, audit: AuditLog, action_id: str, vm: str, method: str, path: str, before: tuple[str, ...]
) -> None:
    for earlier in before:
        assert ACTIONS[earlier].run(session.gateway, context(session, vm, audit), confirm=True).ok
    ctx = context(session, vm, audit)
    preview = ACTIONS[action_id].preview(session.gateway, ctx)
    assert preview.state is PreviewState.READY, preview.summary.render()
    server(session).add_fault(FaultRule(FaultKind.FORBIDDEN, path_regex=path, method=method))
    audited = len(audit.read().entries)

    result = ACTIONS[action_id].run(session.gateway, ctx, confirm=True, preview=preview)
    assert result.outcome is Outcome.FAILED
    text = result.message.render()
    assert preview.operations[0].operation in text  # the permission, as Azure names it
    assert ACTIONS[action_id].role in text  # and a role that grants it
    entry = audit.read().entries[audited]
    assert entry.action == action_id and entry.result["code"] == "AuthorizationFailed"
    assert entry.target == preview.operations[0].target


def test_a_lock_wider_than_the_restore_point_group_says_what_else_it_protects(
    session: Session, audit: AuditLog
) -> None:
    preview = ACTIONS["remove-rp-lock"].preview(session.gateway, context(session, "vm-sql-legacy01", audit))
    assert preview.state is PreviewState.READY
    first = preview.notes[0].render()
    assert first.startswith(
        "The lock nao-eliminar is not on a restore point resource group: it is on the resource group rg-sql-legacy, "
        "where it also protects every resource there (VMs: 2; managed disks: 3). "
    )  # vm-sql-legacy01 and vm-sql-legacy02 (unmanaged disks: not counted as managed disks)
    assert "AzureBackupRG_<region>_<number>" in first and "put it back" in first
    # A lock on the AzureBackupRG group itself needs no such warning.
    narrow = ACTIONS["remove-rp-lock"].preview(session.gateway, context(session, "vm-ftp01", audit))
    assert not any("is not on a restore point resource group" in n.render() for n in narrow.notes)
