"""File > Export report, Save scan, Open saved scan (read-only) and Copy for ticket in the window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton
from window_helpers import select
from wizard_helpers import audit_in

from core.audit import AuditLog, ok_result
from gui.main_window import MainWindow
from gui.report_dialog import ExportChoice, ExportDialog


def test_copy_for_ticket_puts_the_vm_summary_on_the_clipboard(qtbot: Any, demo_window: MainWindow) -> None:
    reports = demo_window.reports
    select(demo_window, "vm-dev-lnx01")
    assert reports.copy_action.isEnabled()
    QGuiApplication.clipboard().clear()
    demo_window.activateWindow()
    qtbot.keyClick(
        demo_window.tree.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Virtual machine: vm-dev-lnx01 (rg-dev,")
    assert "UserErrorGuestAgentStatusUnavailable" in text and "Next step:" in text
    assert "Documented causes, in the article's order:" in text and ": confirmed" in text
    assert "Agent status shown by Azure: Not Ready" in text  # evidence as labelled fields
    assert "Changes made:" in text

    QGuiApplication.clipboard().clear()
    button = demo_window.diagnostics.findChild(QPushButton, "copyForTicketButton")
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text


def test_export_report_of_the_whole_scan_or_the_selection_in_either_language(
    demo_window: MainWindow, tmp_path: Path
) -> None:
    reports = demo_window.reports
    assert reports.export_action.isEnabled()
    whole = tmp_path / "whole.html"
    assert reports.export_report(whole, ExportChoice("pt-PT"))
    html = whole.read_text(encoding="utf-8")
    assert '<html lang="pt-PT">' in html
    assert all(n.name in html for n in demo_window.model.vm_nodes())

    select(demo_window, "vm-dev-lnx01")
    group = demo_window.tree.current_node().parent  # type: ignore[union-attr]
    demo_window.select(group.key)  # type: ignore[union-attr]
    part = tmp_path / "part"
    assert reports.export_report(part, ExportChoice("en", selection_only=True))
    html = (tmp_path / "part.html").read_text(encoding="utf-8")
    assert "vm-dev-lnx01" in html and "vm-erp-app01" not in html

    dialog = ExportDialog("pt-PT", group.name, demo_window)  # type: ignore[union-attr]
    assert dialog.choice() == ExportChoice("pt-PT", selection_only=False, redact=False)
    dialog.selection.setChecked(True)
    dialog.language_buttons["en"].setChecked(True)
    dialog.redact.setChecked(True)
    assert dialog.choice() == ExportChoice("en", selection_only=True, redact=True)


def test_changes_made_in_the_session_reach_the_report(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    audit_in(tmp_path, monkeypatch)
    node = select(demo_window, "vm-dev-lnx01")
    AuditLog.default(simulated=True).record(
        who="demo",
        action="trigger-backup",
        operation="Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems/backup/action",
        target=node.facts.id,  # type: ignore[union-attr]
        parameters={"expiry": "2026-12-30"},
        result=ok_result(),
        vm=node.facts.id,  # type: ignore[union-attr]
        tenant=demo_window.session.target.label,  # type: ignore[union-attr]
    )
    path = tmp_path / "report.html"
    assert demo_window.reports.export_report(path, ExportChoice("en"))
    audit = path.read_text(encoding="utf-8").split('id="audit"')[1]
    assert "expiry: 2026-12-30" in audit and "vm-dev-lnx01" in audit
    assert "Changes made:\n  - " in (demo_window.reports.ticket() or "")


def test_a_saved_scan_opens_read_only_with_the_same_findings(
    qtbot: Any, demo_window: MainWindow, make_window: Any, tmp_path: Path
) -> None:
    saved = tmp_path / "scan.json"
    assert demo_window.reports.save_scan(saved)
    before = {n.name: (n.status, [f.check for f in n.result.findings]) for n in demo_window.model.vm_nodes()}  # type: ignore[union-attr]

    window = make_window()
    assert window.reports.open_saved(saved)
    assert window.session is None and window.stack.currentWidget() is window.workspace
    assert window.banner.isVisible()
    assert "nothing is read from Azure" in window.banner.text.text()
    after = {n.name: (n.status, [f.check for f in n.result.findings]) for n in window.model.vm_nodes()}  # type: ignore[union-attr]
    assert after == before
    assert not window.reports.save_action.isEnabled() and window.reports.export_action.isEnabled()

    exported = tmp_path / "from-saved.html"
    assert window.reports.export_report(exported, ExportChoice("en"))
    html = exported.read_text(encoding="utf-8")
    assert "scan.json" in html and "vm-dev-lnx01" in html
    select(window, "vm-dev-lnx01")
    assert (window.reports.ticket() or "").startswith("Virtual machine: vm-dev-lnx01")


def test_a_malformed_file_gets_a_clear_message_and_changes_nothing(
    qtbot: Any, demo_window: MainWindow, tmp_path: Path
) -> None:
    bad = tmp_path / "notes.json"
    bad.write_text('{"vms": [1, 2', encoding="utf-8")
    session = demo_window.session
    assert not demo_window.reports.open_saved(bad)
    box = demo_window.findChild(QMessageBox, "savedScanError")
    assert box is not None and box.isVisible()
    assert "notes.json" in box.text() and "not valid JSON" in box.text() and "Traceback" not in box.text()
    box.close()
    assert demo_window.session is session


def test_tenant_subscription_and_group_pages_offer_export_report(
    qtbot: Any, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(demo_window.reports, "choose_export", lambda: opened.append("export"))
    node = select(demo_window, "vm-dev-lnx01")
    group = node.parent
    assert group is not None and group.parent is not None and group.parent.parent is not None
    for scope in (group, group.parent, group.parent.parent):  # resource group, subscription, tenant
        demo_window.select(scope.key)
        button = demo_window.diagnostics.findChild(QPushButton, "exportReportButton")
        assert button is not None and button.isVisible(), scope.name
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == ["export"] * 3
