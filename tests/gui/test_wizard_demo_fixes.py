"""In --demo, a new user fixes every fixable VM from the window, step by step, and sees each turn green."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton
from window_helpers import node_named
from wizard_helpers import (
    apply,
    audit_in,
    click,
    go_to,
    label,
    mutations,
    open_wizard,
    server,
    state_shown,
    wait_idle,
    work_through,
)

from core.audit import AuditLog
from core.findings import Status
from gui.main_window import MainWindow

#: VM, its wizard, optional steps the user skips, and the changes the wizard makes (actions, in order).
FIXABLE = (
    ("vm-erp-app03", "backup-extension-failed", (), ["remove-backup-extension", "trigger-backup"]),
    ("vm-web-lnx03", "backup-extension-failed", (), ["remove-backup-extension", "trigger-backup"]),
    (
        "vm-ftp01",
        "rp-collection-limit",
        # Putting the lock back would stop the clean-up again; the wizard says so and makes it optional.
        ("restore-lock",),
        ["remove-rp-lock", "delete-restore-point-collection", "delete-restore-point-collection", "trigger-backup"],
    ),
    ("vm-fin-app01", "keyvault-permissions", (), ["grant-keyvault-access", "trigger-backup"]),
    ("vm-dev-app03", "backup-in-progress", (), ["cancel-backup-job", "trigger-backup"]),
    ("vm-tst-lnx01", "resume-protection", (), ["resume-protection", "trigger-backup"]),
    ("vm-tst-lnx02", "resume-protection", (), ["resume-protection", "trigger-backup"]),
)


@pytest.fixture
def audit_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return audit_in(tmp_path, monkeypatch)


@pytest.mark.slow
def test_every_fixable_demo_vm_turns_green_from_the_window(
    qtbot: Any, demo_window: MainWindow, audit_file: Path
) -> None:
    window = demo_window
    tenant = window.model.tenant()
    assert tenant is not None
    failing = tenant.counts.failing
    for vm, wizard, skip, actions in FIXABLE:
        node = node_named(window, vm)
        assert node.status is Status.FAIL, vm
        panel = open_wizard(qtbot, window, vm, wizard)
        said = work_through(qtbot, window, skip=skip)
        assert not any(sentence.startswith("Not fixed yet") for sentence in said), (vm, said)
        assert node.status is Status.PASS, (vm, said, [f.title.render() for f in node.result.findings])  # type: ignore[union-attr]
        assert window.model.summary(node) == "Healthy"
        assert panel.healthy_label.text() == f"{vm} is healthy now: every check that applies to it passes."
        entries = AuditLog(audit_file).entries(vm=node.facts.id)  # type: ignore[union-attr]
        assert [e.action for e in entries] == actions, vm
        assert all(e.ok and e.who == "demo" and e.tenant == "Demo tenant" for e in entries)
    # The tree's totals follow: these VMs are no longer counted as failing; so does the status bar.
    assert tenant.counts.failing == failing - len(FIXABLE)
    assert f"failing: {failing - len(FIXABLE)}." in window.status_label.text()
    assert all(node_named(window, vm).status is Status.PASS for vm, *_ in FIXABLE)


def test_putting_the_lock_back_restores_it_as_it_was_and_says_the_vm_still_fails(
    qtbot: Any, demo_window: MainWindow, audit_file: Path
) -> None:
    window = demo_window
    panel = open_wizard(qtbot, window, "vm-ftp01", "rp-collection-limit")
    lock_scope = "AzureBackupRG_westeurope_1".lower()
    store = server(window).store

    def locks() -> list[dict[str, Any]]:
        return [
            lock
            for lock in store.of_type("Microsoft.Authorization/locks")
            if f"/resourcegroups/{lock_scope}/" in str(lock["id"]).lower()
        ]

    (before,) = locks()
    go_to(qtbot, window, "remove-lock")
    apply(qtbot, window)
    assert locks() == []
    go_to(qtbot, window, "clean-up")
    apply(qtbot, window)
    go_to(qtbot, window, "restore-lock")
    assert "PUT" in panel.text() and before["name"] in panel.text()
    apply(qtbot, window)
    assert label(panel, "actionResult") == f"The lock {before['name']} is back, as it was."
    (after,) = locks()
    assert after["name"] == before["name"] and after["properties"] == before["properties"]
    assert state_shown(panel, "restore-lock") == "Done"
    assert [e.method for e in mutations(window)] == ["DELETE", "DELETE", "DELETE", "PUT"]
    # The lock is what made the restore points pile up: the VM is not healthy while it is there.
    node = node_named(window, "vm-ftp01")
    assert node.status is Status.FAIL and not panel.healthy.isVisible()
    assert any(f.check == "restore-point-locks" and f.status is Status.FAIL for f in node.result.findings)  # type: ignore[union-attr]


def test_the_optional_lock_step_offers_skip_first_and_says_what_applying_means(
    qtbot: Any, demo_window: MainWindow, audit_file: Path
) -> None:
    window = demo_window
    panel = open_wizard(qtbot, window, "vm-ftp01", "rp-collection-limit")
    go_to(qtbot, window, "remove-lock")
    apply(qtbot, window)
    go_to(qtbot, window, "restore-lock")
    assert state_shown(panel, "restore-lock") == "To do"
    row = [b for b in panel.findChildren(QPushButton) if b.isVisibleTo(panel) and b.parent() is not panel]
    names = [b.objectName() for b in row if b.objectName() in ("skipButton", "previewAgainButton", "applyButton")]
    assert names and names[0] == "skipButton"
    assert "This step is optional. Skipping it leaves things as they are now" in panel.text()


def test_a_finished_wizard_shows_its_result_and_can_start_again(
    qtbot: Any, demo_window: MainWindow, audit_file: Path
) -> None:
    window = demo_window
    panel = open_wizard(qtbot, window, "vm-tst-lnx02", "resume-protection")
    work_through(qtbot, window)
    first = panel.run
    assert first is not None and first.complete
    # Reopened from the VM (its Fix… button is gone once healthy: the wizard is reopened from the tree's card).
    window.fixes.open_wizard(node_named(window, "vm-tst-lnx02").key, "resume-protection")
    wait_idle(qtbot, window)
    assert panel.run is first and panel.restart_button.isVisible()
    assert panel.restart_button.text() == "Start again"
    click(qtbot, panel.restart_button)
    wait_idle(qtbot, window)
    again = panel.run
    assert again is not None and again is not first and not panel.restart_button.isVisible()
    assert panel.step_id == again.views()[0].id


@pytest.mark.parametrize(
    ("skip", "action", "method"),
    [(("stop-delete",), "stop-protection-keep-data", "PUT"), (("stop-keep",), "stop-protection-delete-data", "DELETE")],
)
def test_a_deleted_vm_still_protected_is_settled_from_the_window_keeping_or_deleting_its_data(
    qtbot: Any, demo_window: MainWindow, audit_file: Path, skip: tuple[str, ...], action: str, method: str
) -> None:
    window = demo_window
    node = node_named(window, "vm-erp-old01")
    assert node.facts is not None and not node.facts.exists and node.status is Status.FAIL
    panel = open_wizard(qtbot, window, "vm-erp-old01", "orphaned-protection")
    said = work_through(qtbot, window, skip=skip)
    assert not any(sentence.startswith("Not fixed yet") for sentence in said), said
    # The check ran again on the vault item (the VM itself answers 404): it passes, and so does the node.
    assert said[-1] == "Verified on vm-erp-old01: No vault backs up vm-erp-old01, which no longer exists", said
    assert node.status is Status.PASS, [f.title.render() for f in node.result.findings]  # type: ignore[union-attr]
    assert panel.healthy_label.text() == (
        "No vault backs up vm-erp-old01 any more, and the VM no longer exists: nothing left to fix."
    )
    assert [e.method for e in mutations(window)] == [method]
    assert [e.action for e in AuditLog(audit_file).entries(vm=node.facts.id)] == [action]
