"""Unexpected exceptions: a dialog with a sentence and copyable details; the application keeps running."""

from __future__ import annotations

import sys
import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from gui.error_dialog import ErrorDialog, ExceptionHook
from gui.main_window import MainWindow


def _raise_in_slot() -> None:
    raise ValueError("a bug in a slot")


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_qt_slot_opens_the_dialog(qtbot: Any, demo_window: MainWindow) -> None:
    hook = ExceptionHook(demo_window)
    hook.install()
    try:
        QTimer.singleShot(0, _raise_in_slot)
        qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
    finally:
        hook.uninstall()
    dialog = hook.dialog
    assert dialog is not None
    assert dialog.summary.text() == "ValueError: a bug in a slot"
    assert "_raise_in_slot" in dialog.details_text()
    # Details are folded away, one click shows them, another copies them.
    assert not dialog.details.isVisible()
    qtbot.mouseClick(dialog.toggle, Qt.MouseButton.LeftButton)
    assert dialog.details.isVisible()
    qtbot.mouseClick(dialog.copy, Qt.MouseButton.LeftButton)
    assert "Traceback" in QGuiApplication.clipboard().text()
    assert "_raise_in_slot" in QGuiApplication.clipboard().text()
    # The window is still alive and working.
    dialog.close()
    assert demo_window.isVisible()
    demo_window.tree.set_filter_text("lnx")
    assert demo_window.tree.proxy.active


def test_exceptions_from_other_threads_reach_the_gui_thread(qtbot: Any, qapp: QApplication) -> None:
    hook = ExceptionHook()
    hook.install()
    try:
        thread = threading.Thread(target=lambda: 1 / 0, name="worker")
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
    finally:
        hook.uninstall()
    assert hook.dialog is not None
    assert "ZeroDivisionError" in hook.dialog.summary.text()
    assert threading.excepthook is not hook._handle_thread and sys.excepthook is not hook.handle
    hook.dialog.close()


def test_a_second_error_joins_the_open_dialog(qtbot: Any, qapp: QApplication) -> None:
    hook = ExceptionHook()
    hook.show_error("First: one", "trace one")
    hook.show_error("Second: two", "trace two")
    assert isinstance(hook.dialog, ErrorDialog)
    qtbot.addWidget(hook.dialog)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()]
    assert dialogs == [hook.dialog]
    assert "trace one" in hook.dialog.details_text() and "trace two" in hook.dialog.details_text()
    assert "Second: two" in hook.dialog.summary.text()
