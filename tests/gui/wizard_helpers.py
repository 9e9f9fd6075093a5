"""Driving a fix wizard the way a user does: Fix… on a finding, Next, I understand, apply; read back what shows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QWidget
from window_helpers import node_named, select

from core.simulator import SimulatorServer
from core.simulator.requestlog import RequestLogEntry
from core.wizards import StepKind, StepState
from gui.finding_card import FindingCard
from gui.main_window import MainWindow
from gui.wizard_panel import WizardPanel
from gui.wizard_widgets import WrappedText

STEP_TIMEOUT_MS = 20_000
MUTATING = ("PUT", "POST", "DELETE", "PATCH")


def audit_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Send the demo audit log (platformdirs' user data folder) to a temporary folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data" / "Backup Doctor" / "audit-demo.jsonl"


def server(window: MainWindow) -> SimulatorServer:
    assert window.session is not None and window.session.server is not None
    return window.session.server


def mutations(window: MainWindow) -> list[RequestLogEntry]:
    """Requests that change something (backupStatus is a read sent as POST)."""
    return [
        e
        for e in server(window).request_log
        if e.method in MUTATING and not e.path.lower().endswith("/backupstatus")
    ]


def vm_id(window: MainWindow, name: str) -> str:
    node = node_named(window, name)
    assert node.facts is not None
    return node.facts.id


def click(qtbot: Any, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_idle(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.fixes.runner.busy, timeout=STEP_TIMEOUT_MS)


def fix_buttons(window: MainWindow) -> list[tuple[FindingCard, QPushButton]]:
    return [(card, card.fix_button) for card in window.diagnostics.finding_cards() if card.fix_button is not None]


def open_wizard(qtbot: Any, window: MainWindow, vm: str, wizard: str | None = None) -> WizardPanel:
    """Select the VM in the tree and click Fix… on its first finding that proposes `wizard` (or any)."""
    select(window, vm)
    window.tabs.setCurrentWidget(window.diagnostics)  # the user goes back to the findings
    buttons = [(card, button) for card, button in fix_buttons(window) if wizard in (None, card.finding.wizard)]
    assert buttons, f"no Fix… button on {vm} for {wizard}"
    click(qtbot, buttons[0][1])
    wait_idle(qtbot, window)
    panel = window.fixes.panel
    assert window.tabs.currentWidget() is panel
    return panel


def button(panel: WizardPanel, name: str) -> QPushButton | None:
    found = [b for b in panel.findChildren(QPushButton, name) if b.isVisibleTo(panel)]
    return found[0] if found else None


def next_step(qtbot: Any, window: MainWindow) -> None:
    click(qtbot, window.fixes.panel.next_button)
    wait_idle(qtbot, window)


def go_to(qtbot: Any, window: MainWindow, step_id: str) -> None:
    """Click Next until the step is shown."""
    panel = window.fixes.panel
    for _ in range(20):
        if panel.step_id == step_id:
            return
        next_step(qtbot, window)
    raise AssertionError(f"never reached {step_id}; at {panel.step_id}")


def apply(qtbot: Any, window: MainWindow) -> None:
    apply_button = button(window.fixes.panel, "applyButton")
    assert apply_button is not None, window.fixes.panel.text()
    click(qtbot, apply_button)
    wait_idle(qtbot, window)


def label(panel: WizardPanel, name: str) -> str:
    """The text of the visible label or paragraph with this object name ("" when none is shown)."""
    found = [w for w in texts(panel, name) if w.isVisibleTo(panel)]
    return found[0].text() if found else ""


def texts(panel: QWidget, name: str) -> list[QLabel | WrappedText]:
    """Labels and paragraphs (sentences that wrap anywhere) with this object name."""
    return [*panel.findChildren(QLabel, name), *panel.findChildren(WrappedText, name)]


def state_shown(panel: WizardPanel, step_id: str) -> str:
    """The state a step's row in the list says (its tooltip), as the user reads it."""
    for row in range(panel.steps.count()):
        item = panel.steps.item(row)
        if item.data(Qt.ItemDataRole.UserRole + 1) == step_id:
            return QTextDocumentFragment.fromHtml(item.toolTip()).toPlainText()  # as the tooltip shows it
    raise AssertionError(step_id)


def work_through(qtbot: Any, window: MainWindow, *, skip: tuple[str, ...] = ()) -> list[str]:
    """Do every step as a user would: read, do the manual steps, apply each action, look at each check.

    Steps in `skip` (optional ones) are skipped with their Skip button. Returns the result and check
    sentences shown, in order.
    """
    panel = window.fixes.panel
    said: list[str] = []
    for _ in range(30):
        view = panel.current_view()
        assert view is not None
        if view.id in skip:
            skip_button = button(panel, "skipButton")
            assert skip_button is not None, view.id
            click(qtbot, skip_button)
            wait_idle(qtbot, window)
            continue
        if view.kind is StepKind.MANUAL and view.state is StepState.PENDING:
            done = button(panel, "markDoneButton")
            assert done is not None
            click(qtbot, done)
            wait_idle(qtbot, window)
            continue
        if view.kind is StepKind.ACTION and button(panel, "applyButton") is not None:
            apply(qtbot, window)
            said.append(label(panel, "actionResult"))
        if view.kind is StepKind.VERIFICATION:
            said.append(label(panel, "verificationMessage"))
        if panel.finish_button.isVisible():
            click(qtbot, panel.finish_button)
            return said
        next_step(qtbot, window)
    raise AssertionError("the wizard never ended")
