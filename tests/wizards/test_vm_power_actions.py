"""Restart and resize, where Microsoft documents them as the fix: a VM in the Failed state
(UserErrorVmNotInDesirableState) and a backup that failed for lack of resources (the vm-resources wizard).
Preview, apply and verify on the simulator, doing it twice, and what Azure refuses (403, 404, 409, no
capacity)."""

from __future__ import annotations

from typing import Any

import pytest

from core.audit import AuditLog
from core.session import Session
from core.simulator import FaultKind, FaultRule
from core.simulator.tenant_shapes import management_lock
from core.wizards import ACTIONS, WIZARDS, Outcome, PreviewState, start, verify_checks

from .helpers import context, mutations, server, vm_id

FAILED_VM = "vm-dev-app05"  # Failed: "Allocation failed ... for the requested VM size" (Standard_D4s_v5)
SHORT_VM = "vm-fin-app05"  # latest backup failed with ExtensionFailedVssWriterInBadState
RESTART, RESIZE = "restart-vm", "resize-vm"


def stored(session: Session, name: str) -> dict[str, Any]:
    return server(session).store.get(vm_id(session, name)) or {}


def power(session: Session, name: str) -> str:
    statuses = stored(session, name)["properties"]["instanceView"]["statuses"]
    return next(s["code"] for s in statuses if s["code"].startswith("PowerState/"))


def test_both_wizards_offer_restart_and_resize_as_optional_actions(session: Session) -> None:
    for wizard in ("vm-state-not-allowed", "vm-resources"):
        assert {RESTART, RESIZE} <= set(WIZARDS[wizard].actions())
    ctx = context(session, FAILED_VM, wizard_id="vm-state-not-allowed")
    (finding,) = ctx.findings_of(["vm-backup-state"])
    views = {v.id: v for v in start(finding, ctx).views()}
    assert views["restart"].optional and views["resize"].optional
    assert "Virtual Machine Contributor" in views["restart"].text.render()


def test_a_failed_allocation_is_resized_then_the_state_check_passes_and_nothing_runs_twice(
    session: Session, audit: AuditLog
) -> None:
    ctx = context(session, FAILED_VM, audit=audit)
    restart = ACTIONS[RESTART].preview(session.gateway, ctx)
    assert restart.state is PreviewState.READY
    assert "unavailable for a few minutes" in restart.summary.render()
    assert any("no capacity for the size Standard_D4s_v5" in n.render() for n in restart.notes)

    # Restarting on the same size fails the way Azure does: no capacity. In a sentence, and audited.
    failed = ACTIONS[RESTART].run(session.gateway, ctx, confirm=True, preview=restart)
    assert failed.outcome is Outcome.FAILED
    assert "Resize the VM to another size" in failed.message.render() and "Traceback" not in failed.message.render()
    assert stored(session, FAILED_VM)["properties"]["provisioningState"] == "Failed"

    resize = ACTIONS[RESIZE].preview(session.gateway, ctx)
    assert resize.state is PreviewState.READY, resize.summary.render()
    (operation,) = resize.operations
    assert (operation.method, operation.target) == ("PATCH", vm_id(session, FAILED_VM))
    assert operation.parameters == {"hardwareProfile": {"vmSize": "Standard_D4as_v5"}}  # same series, as large
    change = operation.changes[0].render()
    assert (
        change["before"] == "Standard_D4s_v5 (4 vCPU, 16 GiB)"
        and change["after"] == "Standard_D4as_v5 (4 vCPU, 16 GiB)"
    )
    summary = resize.summary.render()
    assert "Azure restarts the VM" in summary and "billed at the price of Standard_D4as_v5" in summary
    assert any("Standard_D4s_v3" in n.render() for n in resize.notes)  # the other sizes, to choose by hand

    done = ACTIONS[RESIZE].run(session.gateway, ctx, confirm=True, preview=resize)
    assert done.outcome is Outcome.DONE, done.message.render()
    vm = stored(session, FAILED_VM)["properties"]
    assert vm["hardwareProfile"]["vmSize"] == "Standard_D4as_v5" and vm["provisioningState"] == "Succeeded"
    verification, _ = verify_checks(session.gateway, ctx, ("vm-backup-state",))
    assert verification.passed, verification.message.render()

    entries = audit.read().entries
    assert [(e.action, e.ok) for e in entries] == [(RESTART, False), (RESIZE, True)]
    assert entries[1].operation == "Microsoft.Compute/virtualMachines/write"
    for action in (RESTART, RESIZE):
        again = ACTIONS[action].run(session.gateway, ctx, confirm=True)
        assert again.outcome is Outcome.NOTHING_TO_DO, again.message.render()
    assert [e.method for e in mutations(session)] == ["POST", "PATCH"]
    assert len(audit.read().entries) == 2


def test_a_failed_vm_that_is_deallocated_is_started(session: Session, audit: AuditLog) -> None:
    def failed_and_deallocated(vm: dict[str, Any]) -> None:
        vm["properties"]["instanceView"]["statuses"] = [
            {"code": "ProvisioningState/failed/InternalExecutionError", "level": "Error", "message": "Internal error."},
            {"code": "PowerState/deallocated", "level": "Info"},
        ]

    server(session).store.update(vm_id(session, FAILED_VM), failed_and_deallocated)
    ctx = context(session, FAILED_VM, audit=audit)
    preview = ACTIONS[RESTART].preview(session.gateway, ctx)
    (operation,) = preview.operations
    assert operation.target == vm_id(session, FAILED_VM) and operation.operation.endswith("/start/action")
    assert "billed again" in preview.summary.render()
    result = ACTIONS[RESTART].run(session.gateway, ctx, confirm=True, preview=preview)
    assert result.outcome is Outcome.DONE, result.message.render()
    assert power(session, FAILED_VM) == "PowerState/running"
    verification, _ = verify_checks(session.gateway, ctx, ("vm-backup-state",))
    assert verification.passed


def test_short_of_resources_restart_once_then_nothing_until_a_backup_fails_again(
    session: Session, audit: AuditLog
) -> None:
    ctx = context(session, SHORT_VM, audit=audit)
    resize = ACTIONS[RESIZE].preview(session.gateway, ctx)
    assert resize.operations[0].parameters == {"hardwareProfile": {"vmSize": "Standard_D8as_v5"}}  # more memory
    preview = ACTIONS[RESTART].preview(session.gateway, ctx)
    assert preview.operations[0].operation == "Microsoft.Compute/virtualMachines/restart/action"
    assert any("ExtensionFailedVssWriterInBadState" in n.render() for n in preview.notes)
    result = ACTIONS[RESTART].run(session.gateway, ctx, confirm=True, preview=preview)
    assert result.outcome is Outcome.DONE, result.message.render()
    for action in (RESTART, RESIZE):
        assert ACTIONS[action].preview(session.gateway, ctx).state is PreviewState.NOTHING_TO_DO
    assert [e.method for e in mutations(session)] == ["POST"]
    (entry,) = audit.read().entries
    assert entry.ok and entry.operation == "Microsoft.Compute/virtualMachines/restart/action"


def test_a_healthy_vm_is_never_restarted(session: Session) -> None:
    for action in (RESTART, RESIZE):
        preview = ACTIONS[action].preview(session.gateway, context(session, "vm-dev-lnx01"))
        assert preview.state is PreviewState.NOTHING_TO_DO and "nothing to restart" in preview.summary.render()
    assert mutations(session) == []


@pytest.mark.parametrize(
    ("action", "method", "permission"), [(RESTART, "POST", "restart/action"), (RESIZE, "PATCH", "write")]
)
def test_forbidden_names_the_permission_and_the_role(
    session: Session, audit: AuditLog, action: str, method: str, permission: str
) -> None:
    server(session).add_fault(FaultRule(FaultKind.FORBIDDEN, path_regex="/virtualMachines/vm-fin-app05", method=method))
    result = ACTIONS[action].run(session.gateway, context(session, SHORT_VM, audit=audit), confirm=True)
    assert result.outcome is Outcome.FAILED
    text = result.message.render()
    assert f"virtualMachines/{permission}" in text and "Virtual Machine Contributor" in text
    (entry,) = audit.read().entries
    assert entry.result["code"] == "AuthorizationFailed"


def test_a_vm_deleted_meanwhile_is_a_404_in_a_sentence(session: Session, audit: AuditLog) -> None:
    server(session).add_fault(FaultRule(FaultKind.NOT_FOUND, path_regex="/vm-fin-app05/restart$", method="POST"))
    result = ACTIONS[RESTART].run(session.gateway, context(session, SHORT_VM, audit=audit), confirm=True)
    assert result.outcome is Outcome.FAILED and "no longer exists in Azure" in result.message.render()


def test_a_read_only_lock_stops_the_resize_with_409_and_names_it(session: Session, audit: AuditLog) -> None:
    group = "/".join(vm_id(session, SHORT_VM).split("/")[:5])
    server(session).store.put(management_lock(group, "so-leitura", "ReadOnly", "Auditoria."))
    result = ACTIONS[RESIZE].run(session.gateway, context(session, SHORT_VM, audit=audit), confirm=True)
    assert result.outcome is Outcome.FAILED and result.problem is not None and result.problem.code == "ScopeLocked"
    assert "so-leitura" in result.message.render()
    assert stored(session, SHORT_VM)["properties"]["hardwareProfile"]["vmSize"] == "Standard_D4s_v5"
