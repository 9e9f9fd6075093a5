"""'Check inside the VM…' on the demo tenant: consent first, then the guest's evidence confirms the cause;
an in-guest fix, confirmed, turns the finding green; a VM with a dead agent says why it could not be checked."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton

from core.findings import Status
from gui.guest_check import GuestCheckDialog, GuestFixConfirm
from gui.main_window import MainWindow
from tests.gui.window_helpers import node_named, select

RUN_TIMEOUT_MS = 60_000


def _open(qtbot: Any, window: MainWindow, name: str) -> GuestCheckDialog:
    select(window, name)
    button = window.diagnostics.widget().findChild(QPushButton, "checkInsideVm")
    assert button is not None, f"{name} offers no 'Check inside the VM…'"
    button.click()
    dialog = window.guest_checks.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _run(qtbot: Any, dialog: GuestCheckDialog) -> None:
    dialog.run_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=RUN_TIMEOUT_MS)


def _texts(dialog: GuestCheckDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_the_script_and_permission_are_shown_and_nothing_runs_before_consent(
    qtbot: Any, demo_window: MainWindow
) -> None:
    dialog = _open(qtbot, demo_window, "vm-web-lnx06")
    script = dialog.findChild(QPlainTextEdit, "guestScript")
    assert script is not None and script.isReadOnly()
    assert script.toPlainText().startswith("#!/bin/sh") and "BD_GUEST_ROOT" in script.toPlainText()
    assert "Microsoft.Compute/virtualMachines/runCommand/action" in _texts(dialog)
    server = demo_window.session.server  # type: ignore[union-attr]
    assert not [e for e in server.request_log if "runCommand" in e.path]
    assert dialog.result is None


@pytest.mark.slow
def test_the_guest_confirms_the_waagent_cause_and_the_fix_turns_it_green(qtbot: Any, demo_window: MainWindow) -> None:
    demo_window.session.server.arm.settings.run_command_seconds = 0.3  # type: ignore[union-attr]  # demo: 3 s
    dialog = _open(qtbot, demo_window, "vm-web-lnx06")
    before = node_named(demo_window, "vm-web-lnx06").result
    assert before is not None
    waagent = [f for f in before.findings if f.check == "linux-waagent-conf"]
    assert waagent and waagent[0].evidence.get("unconfirmed")  # only suspected from outside
    _run(qtbot, dialog)
    after = node_named(demo_window, "vm-web-lnx06").result
    assert after is not None
    confirmed = next(f for f in after.findings if f.check == "linux-waagent-conf")
    assert confirmed.status is Status.FAIL and "unconfirmed" not in confirmed.evidence
    assert 'line 2: "Provisioning.Agent=waagent"' in _texts(dialog)
    fix = dialog.findChild(QPushButton, "guestFix-linux-waagent-conf")
    assert fix is not None
    fix.click()
    confirm = dialog.findChild(GuestFixConfirm)
    assert confirm is not None
    confirm_script = confirm.findChild(QPlainTextEdit, "guestScript")
    assert confirm_script is not None and "Provisioning.Agent auto" in confirm_script.toPlainText()
    confirm.yes.click()
    qtbot.waitUntil(lambda: not dialog.running and "verified" in dialog.status.text(), timeout=RUN_TIMEOUT_MS)
    fixed = node_named(demo_window, "vm-web-lnx06").result
    assert fixed is not None
    assert next(f for f in fixed.findings if f.check == "linux-waagent-conf").status is Status.PASS


@pytest.mark.slow
def test_a_dead_agent_explains_why_the_guest_could_not_be_checked(qtbot: Any, demo_window: MainWindow) -> None:
    dialog = _open(qtbot, demo_window, "vm-erp-app02")
    _run(qtbot, dialog)
    assert "could not be checked" in dialog.status.text()
    result = node_named(demo_window, "vm-erp-app02").result
    assert result is not None
    inside = next(f for f in result.findings if f.check == "inside-guest")
    assert inside.status is Status.FAIL and inside.evidence["errorCode"] == "VMAgentStatusCommunicationError"
    assert inside.wizard == "windows-agent-unresponsive"
    # What still works from outside: boot diagnostics are on, so Azure gives a link to the serial log.
    link = dialog.findChild(QPushButton, "serialLogLink")
    assert link is not None
    link.click()
    qtbot.waitUntil(lambda: dialog.findChild(QLabel, "serialLogUri") is not None, timeout=RUN_TIMEOUT_MS)
    uri = dialog.findChild(QLabel, "serialLogUri")
    assert uri is not None and ".serialconsole.log?" in uri.text()


def test_cancel_stops_waiting(qtbot: Any, demo_window: MainWindow) -> None:
    demo_window.session.server.arm.settings.run_command_seconds = 3600  # type: ignore[union-attr]
    dialog = _open(qtbot, demo_window, "vm-erp-app09")
    dialog.run_button.click()
    assert dialog.cancel_button.isEnabled()
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=RUN_TIMEOUT_MS)
    assert "may still finish" in dialog.status.text()


def test_healthy_vms_offer_no_check_inside(demo_window: MainWindow) -> None:
    select(demo_window, "vm-erp-app01")
    assert demo_window.diagnostics.widget().findChild(QPushButton, "checkInsideVm") is None
