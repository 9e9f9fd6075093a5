"""The window opens the demo and tenant files with the simulator in a process of its own (core/served_tenant.py):
the user scans and fixes as before, closing ends the process, and a simulator that died is a plain sentence."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from window_helpers import SCAN_TIMEOUT_MS, WindowFactory, node_named
from wizard_helpers import audit_in, button, next_step, open_wizard, work_through

from core import served_tenant
from core.audit import AuditLog
from core.findings import Status
from core.served_tenant import ServedTenant
from core.wizards import StepKind
from gui.main_window import MainWindow


@pytest.fixture(autouse=True)
def simulator_process_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(served_tenant.IN_PROCESS_VARIABLE, raising=False)


def _open_demo(qtbot: Any, window: MainWindow) -> ServedTenant:
    window.set_session(None)
    with qtbot.waitSignal(window.scan_finished, timeout=SCAN_TIMEOUT_MS):
        qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert window.session is not None and window.session.server is None
    served = window.session.served
    assert isinstance(served, ServedTenant) and served.process.pid != os.getpid() and served.running()
    return served


@pytest.mark.slow
def test_the_demo_served_by_a_simulator_process_scans_fixes_and_ends_with_the_session(
    qtbot: Any, make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    audit_file = audit_in(tmp_path, monkeypatch)
    window = make_window()
    served = _open_demo(qtbot, window)
    assert window.banner.title.text() == "Demo tenant"
    tenant = window.model.tenant()
    assert tenant is not None and tenant.counts.failing > 0
    node = node_named(window, "vm-erp-app03")
    assert node.status is Status.FAIL

    open_wizard(qtbot, window, "vm-erp-app03", "backup-extension-failed")
    said = work_through(qtbot, window)
    assert not any(sentence.startswith("Not fixed yet") for sentence in said), said
    assert node.status is Status.PASS
    entries = AuditLog(audit_file).entries(vm=node.facts.id)  # type: ignore[union-attr]
    assert [e.action for e in entries] == ["remove-backup-extension", "trigger-backup"]

    window.close()
    qtbot.waitUntil(lambda: not served.running(), timeout=SCAN_TIMEOUT_MS)
    assert not served.folder.exists()


def test_a_malformed_tenant_file_says_what_it_said_before_and_starts_no_process(
    qtbot: Any, make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    started: list[object] = []
    monkeypatch.setattr(served_tenant, "start_served_tenant", lambda *a, **k: started.append(a))
    broken = tmp_path / "tenant.json"
    broken.write_text('{"tenantId": 5}', encoding="utf-8")
    window = make_window()
    window.set_session(None)
    window.open_tenant_file(broken)
    qtbot.waitUntil(lambda: bool(shown), timeout=SCAN_TIMEOUT_MS)
    assert shown[0].startswith("This tenant file could not be opened:") and "tenant.json" in shown[0]
    assert started == []
    assert window.stack.currentWidget() is window.welcome and window.welcome.demo_button.isEnabled()


def test_a_simulator_process_that_cannot_start_is_a_sentence_and_the_window_stays_usable(
    qtbot: Any, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(served_tenant, "child_command", lambda arguments: ["/nonexistent/backup-doctor"])
    window = make_window()
    window.set_session(None)
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=SCAN_TIMEOUT_MS)
    title, text = shown[0]
    assert title == "Could not open the tenant"
    assert text.startswith("The simulated tenant could not be started: ") and "Traceback" not in text
    assert window.stack.currentWidget() is window.welcome and window.welcome.demo_button.isEnabled()
    assert window.session is None


STOPPED = "The simulated tenant no longer answers: its simulator has stopped. Open it again."


def test_a_simulator_process_killed_mid_session_is_a_sentence_at_the_next_scan_and_wizard_step(
    qtbot: Any, make_window: WindowFactory
) -> None:
    window = make_window()
    served = _open_demo(qtbot, window)
    panel = open_wizard(qtbot, window, "vm-erp-app03", "backup-extension-failed")
    served.process.kill()
    served.process.wait()

    # The wizard's next automated step reads the VM again for its preview: it says why it cannot run.
    for _ in range(6):
        view = panel.current_view()
        if view is not None and view.kind is StepKind.ACTION:
            break
        next_step(qtbot, window)
    assert STOPPED in panel.text() and "Traceback" not in panel.text()
    assert button(panel, "applyButton") is None

    # A new scan: the tenant could not be read, and the tree says why where it says it for Azure.
    with qtbot.waitSignal(window.scan_finished, timeout=SCAN_TIMEOUT_MS) as finished:
        window.scan_all()
    report = finished.args[0]
    assert report is not None and [p.message.render() for p in report.problems] == [STOPPED]
    assert "Some data could not be read" in window.status_label.text()
    window.close()
    assert not served.folder.exists()
