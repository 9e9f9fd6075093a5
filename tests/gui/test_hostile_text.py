"""A window opened on a hostile tenant shows every name and message as text: no tag of it is ever rendered.

Qt renders a label's text, a tooltip or a message box as HTML when it merely looks like HTML (auto-detected
format). A VM named `<img src=x width=20000 height=20000>` then makes a tooltip 20,000 px wide. This walks
every widget, tooltip, item tooltip and status text of the window (and of the change log) and fails on any
place where a hostile tag would be rendered instead of shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtGui import Qt as QtGui_Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QMessageBox, QTextEdit, QWidget
from wizard_helpers import next_step, open_wizard, wait_idle

from core.audit import AuditLog, error_result
from core.session import simulated_session
from gui.audit_view import AuditDialog
from gui.main_window import MainWindow
from tests.hostile_tenant import ESCAPES, HOSTILE_TAGS, IMG, LINK, hostile_tenant


def _rich(text: str) -> bool:
    return bool(text) and QtGui_Qt.mightBeRichText(text)


def _raw_tag(text: str) -> str | None:
    """A hostile tag left unescaped in text that Qt treats as rich text."""
    if not _rich(text):
        return None
    return next((tag for tag in HOSTILE_TAGS if tag in text), None)


def _label_renders(label: QLabel) -> bool:
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.PlainText:
        return False
    return fmt in (Qt.TextFormat.RichText, Qt.TextFormat.MarkdownText) or _rich(label.text())


def _model_tips(model: QAbstractItemModel, where: str) -> list[str]:
    found = []

    def walk(parent: QModelIndex) -> None:
        try:
            columns = model.columnCount(parent)
        except TypeError:  # a list model (QListWidget's) keeps it private: one column
            columns = 1
        for row in range(model.rowCount(parent)):
            for column in range(columns):
                index = model.index(row, column, parent)
                tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str) and (tag := _raw_tag(tip)):
                    found.append(f"{where}: item tooltip renders {tag}: {tip[:80]!r}")
            walk(model.index(row, 0, parent))

    walk(QModelIndex())
    return found


def rendered_tags(top: QWidget) -> list[str]:
    """Every place under `top` (and `top` itself) where a hostile tag would be rendered."""
    found: list[str] = []
    for widget in [top, *top.findChildren(QWidget)]:
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        for kind, text in (
            ("tooltip", widget.toolTip()),
            ("status tip", widget.statusTip()),
            ("what's this", widget.whatsThis()),
        ):
            if tag := _raw_tag(text):
                found.append(f"{where}: {kind} renders {tag}: {text[:80]!r}")
        tag = next((t for t in HOSTILE_TAGS if t in widget.text()), None) if isinstance(widget, QLabel) else None
        if tag and isinstance(widget, QLabel) and _label_renders(widget):
            found.append(f"{where}: label renders {tag}: {widget.text()[:80]!r}")
        if isinstance(widget, QTextEdit):
            html = widget.toHtml()
            if '<img src="x"' in html or ("xn--evil" in html and "<a href" in html):
                found.append(f"{where}: text edit holds a rendered image or link")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found.extend(_model_tips(widget.model(), where))
    for action in top.findChildren(QAction):
        if tag := _raw_tag(action.toolTip()) or _raw_tag(action.statusTip()):
            found.append(f"action {action.objectName()!r} renders {tag}")
    return found


def test_no_tenant_text_is_rendered_as_html_anywhere_in_the_window(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    tenant = hostile_tenant(tmp_path / "<b>tenant.json")
    window: MainWindow = make_window()
    window.open_tenant_file(tenant)
    problems = rendered_tags(window)  # while it opens: the status line names the file
    qtbot.waitUntil(lambda: window.session is not None, timeout=30_000)
    window.set_session(None)
    with qtbot.waitSignal(window.scan_finished, timeout=30_000):
        window.set_session(simulated_session(tenant))

    problems += rendered_tags(window)
    nodes = window.model.scope_nodes() + window.model.vm_nodes()
    assert any(node.name == IMG for node in nodes) and any(node.name == LINK for node in nodes)
    for node in nodes:
        assert window.select(node.key)
        QApplication.processEvents()
        problems += [f"{node.name!r}: {p}" for p in rendered_tags(window)]

    # The fix wizard of the VM whose name is terminal escapes, blocked by the lock named "<u>lock": every step.
    panel = open_wizard(qtbot, window, ESCAPES)
    for _ in range(12):
        wait_idle(qtbot, window)
        problems += [f"wizard step {panel.step_id}: {p}" for p in rendered_tags(window)]
        if not (panel.next_button.isVisibleTo(panel) and panel.next_button.isEnabled()):
            break
        next_step(qtbot, window)

    assert not problems, "\n".join(sorted(set(problems)))


def test_the_change_log_shows_hostile_targets_and_messages_as_text(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    audit = AuditLog(tmp_path / "audit.jsonl")
    target = f"/subscriptions/s/resourceGroups/rg/providers/Microsoft.Authorization/locks/{IMG}"
    audit.record(
        who="demo",
        action="remove-lock",
        operation="Microsoft.Authorization/locks/delete",
        target=target,
        parameters={"notes": LINK},
        result=error_result("ScopeLocked", f"The lock {LINK} {IMG} refused it"),
        vm=f"/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/{IMG}",
        tenant=LINK,
    )
    window: MainWindow = make_window()
    dialog = AuditDialog(audit, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reload()
    QApplication.processEvents()

    problems = rendered_tags(dialog)
    assert not problems, "\n".join(problems)


def test_a_tenant_file_that_cannot_be_opened_is_described_as_text(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    broken = tmp_path / f"{IMG}.json"
    broken.write_text("{", encoding="utf-8")
    shown: list[tuple[Qt.TextFormat, str]] = []

    def answer_the_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append((box.textFormat(), box.text()))
            box.done(0)
        else:
            QTimer.singleShot(20, answer_the_box)

    window: MainWindow = make_window()
    QTimer.singleShot(20, answer_the_box)
    window.open_tenant_file(broken)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)

    text_format, text = shown[0]
    assert IMG in text
    assert text_format == Qt.TextFormat.PlainText or not _raw_tag(text)
