"""What the window remembers (QSettings in a temporary file) and what it shows without a tenant."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from window_helpers import SCAN_TIMEOUT_MS, WindowFactory, first_vm_with, open_and_scan, select

from core.findings import Status
from core.session import demo_session
from gui.settings import AppSettings


def test_layout_selection_and_language_are_remembered(
    qtbot: Any, make_window: WindowFactory, settings_file: Path
) -> None:
    first = open_and_scan(qtbot, make_window(), demo_session())
    report = first.last_report
    assert report is not None
    name = first_vm_with(report, Status.WARN)
    selected = select(first, name)
    first.resize(1000, 640)
    qtbot.waitUntil(lambda: first.splitter.width() > 900)
    first.splitter.setSizes([300, 700])
    sizes = first.splitter.sizes()
    first.set_language("pt-PT")
    first.close()

    stored = QSettings(str(settings_file), QSettings.Format.IniFormat)
    assert stored.value("tree/selection") == selected.key
    assert stored.value("language") == "pt-PT"

    second = make_window(app_settings=AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat)))
    assert second.size().width() == 1000 and second.size().height() == 640
    open_and_scan(qtbot, second, demo_session())
    qtbot.waitUntil(lambda: second.splitter.sizes() == sizes)
    current = second.tree.current_node()
    assert current is not None and current.name == name
    assert second.diagnostics.node is current


def test_without_a_tenant_the_window_offers_sign_in_and_the_demo(
    qtbot: Any, make_window: WindowFactory
) -> None:
    window = make_window()
    window.set_session(None)
    assert window.stack.currentWidget() is window.welcome
    assert "Sign in" in window.welcome.heading.text() and window.welcome.sign_in_button.isVisible()
    assert not window.scan_all_action.isEnabled() and not window.scan_selected_action.isEnabled()
    assert not window.banner.isVisible()

    with qtbot.waitSignal(window.scan_finished, timeout=SCAN_TIMEOUT_MS):
        qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.workspace
    assert window.banner.isVisible() and window.banner.title.text() == "Demo tenant"
    assert window.model.vm_nodes()


def test_a_broken_tenant_file_is_reported_in_a_sentence(
    qtbot: Any, make_window: WindowFactory, tmp_path: Path, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    broken = tmp_path / "tenant.json"
    broken.write_text('{"tenantId": 5}', encoding="utf-8")
    window = make_window()
    window.set_session(None)
    window.open_tenant_file(broken)
    qtbot.waitUntil(lambda: bool(shown), timeout=SCAN_TIMEOUT_MS)
    assert shown[0].startswith("This tenant file could not be opened:")
    assert "tenant.json" in shown[0]
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.demo_button.isVisible()


def test_about_says_diagnosis_reads_and_fixes_change_only_after_preview_and_confirmation(
    make_window: WindowFactory,
) -> None:
    text = make_window().about_text()
    assert "only reads from Azure" in text and "Diagnosis" in text
    assert "preview" in text and "confirmed" in text and "change log" in text
    assert "It only reads from Azure." not in text
