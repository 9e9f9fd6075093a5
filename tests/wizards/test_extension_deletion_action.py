"""Deleting a backup extension stuck in deletion (ExtensionStuckInDeletionState): preview, apply, verify on
the simulator, and what Azure refuses (403, 404, 409 ScopeLocked)."""

from __future__ import annotations

from core import ids
from core.audit import AuditLog
from core.session import Session
from core.simulator import FaultKind, FaultRule
from core.simulator.shapes import management_lock
from core.wizards import ACTIONS, WIZARDS, Outcome, PreviewState, verify_checks

from .helpers import context, findings_by_check, mutations, server, vm_id

VM = "vm-erp-app11"
ACTION = "delete-stuck-backup-extension"


def test_the_wizard_deletes_the_stuck_extension_and_the_check_then_passes(session: Session, audit: AuditLog) -> None:
    assert ACTION in WIZARDS["extension-stuck-deleting"].actions()
    assert findings_by_check(context(session, VM))["extension-deleting"] == "fail"

    preview = ACTIONS[ACTION].preview(session.gateway, context(session, VM, audit))
    assert preview.state is PreviewState.READY
    (operation,) = preview.operations
    assert (operation.method, operation.target) == ("DELETE", vm_id(session, VM) + "/extensions/VMSnapshot")
    assert "keeps running" in preview.summary.render()
    assert mutations(session) == []  # a preview changes nothing

    result = ACTIONS[ACTION].run(session.gateway, context(session, VM, audit), confirm=True, preview=preview)
    assert result.outcome is Outcome.DONE, result.message.render()
    (entry,) = audit.read().entries
    assert entry.target.endswith("/extensions/VMSnapshot") and entry.result["status"] == "ok"

    verification, _ = verify_checks(session.gateway, context(session, VM), ("extension-deleting",))
    assert verification.passed, verification.message.render()

    again = ACTIONS[ACTION].run(session.gateway, context(session, VM, audit), confirm=True)
    assert again.outcome is Outcome.NOTHING_TO_DO  # idempotent: nothing left to delete
    assert len(audit.read().entries) == 1


def test_a_healthy_extension_is_never_deleted(session: Session) -> None:
    preview = ACTIONS[ACTION].preview(session.gateway, context(session, "vm-erp-app01"))
    assert preview.state is PreviewState.NOTHING_TO_DO


def test_forbidden_names_the_permission_and_the_role(session: Session, audit: AuditLog) -> None:
    server(session).add_fault(FaultRule(FaultKind.FORBIDDEN, path_regex="/extensions/VMSnapshot$", method="DELETE"))
    result = ACTIONS[ACTION].run(session.gateway, context(session, VM, audit), confirm=True)
    assert result.outcome is Outcome.FAILED
    text = result.message.render()
    assert "Microsoft.Compute/virtualMachines/extensions/delete" in text and "Virtual Machine Contributor" in text
    assert server(session).store.get(vm_id(session, VM) + "/extensions/VMSnapshot") is not None


def test_a_lock_on_the_resource_group_is_refused_with_409_and_named(session: Session, audit: AuditLog) -> None:
    parsed = ids.parse_id(vm_id(session, VM))
    group = f"/subscriptions/{parsed.subscription_id}/resourceGroups/{parsed.resource_group}"
    server(session).store.put(management_lock(group, "congelado", "ReadOnly", "Auditoria."))
    result = ACTIONS[ACTION].run(session.gateway, context(session, VM, audit), confirm=True)
    assert result.outcome is Outcome.FAILED
    assert result.problem is not None and result.problem.status == 409 and result.problem.code == "ScopeLocked"
    assert "congelado" in result.message.render()


def test_a_vm_that_no_longer_exists_is_blocked_not_sent(session: Session, audit: AuditLog) -> None:
    ctx = context(session, VM, audit)
    server(session).store.delete(vm_id(session, VM))
    preview = ACTIONS[ACTION].preview(session.gateway, ctx)
    assert preview.state is PreviewState.BLOCKED
    assert preview.problem is not None and preview.problem.status == 404
    assert mutations(session) == []
