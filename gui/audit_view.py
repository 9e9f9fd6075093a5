"""The change log: every change Backup Doctor asked Azure to make, read back from the audit log (core.audit).

A modeless window with a table (when, who, VM, what, target, Azure operation, result), newest first, and the
selected entry in full (its parameters and result, as the file holds them). It reads the file of the current
session: `audit-demo.jsonl` for a simulated tenant, `audit.jsonl` for Azure. The window reads it again when
it is opened, when Refresh is clicked, and when a fix action finishes.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core import ids
from core.audit import RESULT_ACCEPTED, RESULT_ERROR, RESULT_OK, RESULT_UNKNOWN, AuditEntry, AuditLog
from core.wizards import ACTIONS
from gui import icons, widgets
from gui.finding_card import evidence_form
from gui.i18n import translate

ModelIndex = QModelIndex | QPersistentModelIndex

# The result comes before the long ids, so that it is in view without scrolling sideways.
COLUMN_WHEN, COLUMN_WHO, COLUMN_VM, COLUMN_ACTION, COLUMN_RESULT, COLUMN_TARGET, COLUMN_OPERATION = range(7)
# Sorts by the entry's own time (ISO 8601 UTC sorts as text), not by the local time shown.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def local_time(stamp: str) -> str:
    """An audit time (UTC, ISO 8601) in local time, to the second; the text as written when it is not a time."""
    moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return stamp
    return moment.toLocalTime().toString("yyyy-MM-dd HH:mm:ss")


def result_text(entry: AuditEntry) -> str:
    result = entry.result
    if entry.status == RESULT_OK and entry.reconciled:
        return QCoreApplication.translate("AuditLog", "Done (found when read again after an interruption)")
    if entry.status == RESULT_OK:
        return QCoreApplication.translate("AuditLog", "Done")
    if entry.status == RESULT_ERROR and entry.reconciled:
        return QCoreApplication.translate("AuditLog", "Not made (found when read again after an interruption)")
    if entry.status == RESULT_UNKNOWN and entry.reconciled:
        return QCoreApplication.translate("AuditLog", "Outcome unknown (read again after an interruption)")
    if entry.status == RESULT_UNKNOWN:
        return QCoreApplication.translate("AuditLog", "Outcome unknown: the run was interrupted")
    if entry.status == RESULT_ERROR:
        code = str(result.get("code") or "")
        status = result.get("httpStatus")
        if status:
            return (
                QCoreApplication.translate("AuditLog", "Refused: %1 (HTTP %2)")
                .replace("%1", code)
                .replace("%2", str(status))
            )
        return QCoreApplication.translate("AuditLog", "Refused: %1").replace("%1", code)
    if entry.status == RESULT_ACCEPTED:
        return QCoreApplication.translate("AuditLog", "Accepted; not followed to the end")
    return entry.status


def action_text(action_id: str) -> str:
    action = ACTIONS.get(action_id)
    return action.title_msg.render(translate) if action is not None else action_id


class AuditModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[AuditEntry] = []

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> AuditEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            COLUMN_WHEN: self.tr("When"),
            COLUMN_WHO: self.tr("Who"),
            COLUMN_VM: self.tr("VM"),
            COLUMN_ACTION: self.tr("What"),
            COLUMN_RESULT: self.tr("Result"),
            COLUMN_TARGET: self.tr("Target"),
            COLUMN_OPERATION: self.tr("Azure operation"),
        }
        return headers.get(section)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row())
        if entry is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, column)
        if role == SORT_ROLE:
            return entry.time if column == COLUMN_WHEN else self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = {
                COLUMN_WHEN: self.tr("%1 (UTC)").replace("%1", entry.time),
                COLUMN_VM: entry.vm or "",
                COLUMN_TARGET: entry.target,
                COLUMN_OPERATION: entry.operation,
                COLUMN_RESULT: str(entry.result.get("message") or ""),
            }
            tip = tips.get(column)
            return widgets.tooltip_text(tip) if tip else None  # targets and messages come from Azure
        if role == Qt.ItemDataRole.DecorationRole and column == COLUMN_RESULT:
            return self._icon(entry)
        return None

    def _text(self, entry: AuditEntry, column: int) -> str:
        if column == COLUMN_WHEN:
            return local_time(entry.time)
        if column == COLUMN_WHO:
            return entry.who
        if column == COLUMN_VM:
            return (ids.parse_id(entry.vm).name or entry.vm) if entry.vm else "—"
        if column == COLUMN_ACTION:
            return action_text(entry.action)
        if column == COLUMN_TARGET:
            return entry.target
        if column == COLUMN_OPERATION:
            return entry.operation
        if column == COLUMN_RESULT:
            return result_text(entry)
        return ""

    def _icon(self, entry: AuditEntry) -> QIcon:
        if entry.status == RESULT_OK:
            return icons.icon("pass")
        if entry.status == RESULT_ERROR:
            return icons.icon("fail")
        return icons.icon("warn")

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        if self._entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, 6))


class AuditDialog(QDialog):
    """The change log window (modeless). `audit` is the log it shows; `reload()` reads it again."""

    def __init__(self, audit: AuditLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.setWindowIcon(icons.icon("audit"))
        self.setModal(False)
        self.audit = audit
        self._skipped = 0

        self.intro = widgets.text_label()
        self.intro.setObjectName("auditIntro")
        self.file_label = widgets.muted(widgets.text_label())
        self.file_label.setObjectName("auditFile")
        self.count_label = widgets.text_label()
        self.count_label.setObjectName("auditCount")
        self.skipped_label = widgets.text_label()
        self.skipped_label.setObjectName("auditSkipped")

        self.model = AuditModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMN_WHEN, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setIconSize(QSize(16, 16))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)

        self.details = QPlainTextEdit()
        self.details.setObjectName("auditDetails")
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        self.details.setVisible(False)  # the raw JSON, one click away
        self.fields_area = QScrollArea()
        self.fields_area.setObjectName("auditFields")
        self.fields_area.setWidgetResizable(True)
        self.fields_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.json_toggle = QToolButton()
        self.json_toggle.setObjectName("auditJsonToggle")
        self.json_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.json_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.json_toggle.setCheckable(True)
        self.json_toggle.setAutoRaise(True)
        self.json_toggle.toggled.connect(self._show_json)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.fields_area, 1)
        below_layout.addWidget(self.json_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        below_layout.addWidget(self.details, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 1)  # the selected change's fields need room to be read
        splitter.setStretchFactor(1, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.refresh_button = QPushButton(icons.icon("scan"), "")
        self.refresh_button.setObjectName("auditRefresh")
        self.buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.refresh_button.clicked.connect(self.reload)
        self.buttons.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.file_label)
        layout.addWidget(self.count_label)
        layout.addWidget(self.skipped_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.resize(960, 520)
        self.retranslate()
        self.reload()

    # --- public ----------------------------------------------------------------------------------------

    def set_audit(self, audit: AuditLog) -> None:
        self.audit = audit
        self.reload()

    def reload(self) -> None:
        """Read the file again (a small local file: one line per change), keeping the selected entry."""
        selected = self._selected()
        reading = self.audit.read()
        self._skipped = reading.skipped_lines
        self.model.set_entries(reading.entries)
        self._update_texts()
        row = self._row_of(selected) if selected is not None else -1
        if row < 0 and self.proxy.rowCount() > 0:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.details.setPlainText("")
        self.table.resizeColumnsToContents()
        self._cap_columns()

    def entries_shown(self) -> list[AuditEntry]:
        """The entries in the order the table shows them."""
        rows = range(self.proxy.rowCount())
        found = [self.model.entry(self.proxy.mapToSource(self.proxy.index(row, 0)).row()) for row in rows]
        return [entry for entry in found if entry is not None]

    def row_texts(self) -> list[list[str]]:
        """What each row shows, column by column (for tests)."""
        return [
            [str(self.proxy.index(row, column).data()) for column in range(self.proxy.columnCount())]
            for row in range(self.proxy.rowCount())
        ]

    # --- internals ---------------------------------------------------------------------------------------

    def _selected(self) -> AuditEntry | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.entry(self.proxy.mapToSource(index).row())

    def _row_of(self, entry: AuditEntry) -> int:
        for row, shown in enumerate(self.entries_shown()):
            if shown == entry:
                return row
        return -1

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.model.entry(self.proxy.mapToSource(current).row()) if current.isValid() else None
        text = json.dumps(entry.to_json(), indent=2, ensure_ascii=False) if entry is not None else ""
        self.details.setPlainText(text)
        self._show_fields(entry)

    def _show_fields(self, entry: AuditEntry | None) -> None:
        """The selected change as labelled fields, as the diagnostics pane shows evidence."""
        old = self.fields_area.takeWidget()
        if old is not None:
            old.deleteLater()
        if entry is None:
            self.fields_area.setWidget(QWidget())
            return
        shown = entry.to_json()
        shown["action"] = action_text(entry.action)  # the action's name, not its id
        self.fields_area.setWidget(evidence_form(shown))

    def _show_json(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.json_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _cap_columns(self) -> None:
        """Long ids are elided in the middle past this width; the details below show them whole."""
        unit = self.fontMetrics().horizontalAdvance("M")
        for column in (COLUMN_ACTION, COLUMN_TARGET, COLUMN_OPERATION):
            if self.table.columnWidth(column) > unit * 24:
                self.table.setColumnWidth(column, unit * 24)

    def _update_texts(self) -> None:
        self.file_label.setText(self.tr("File: %1").replace("%1", str(self.audit.path)))
        total = self.model.rowCount()
        if total == 0:
            count = self.tr("No change has been made yet.")
        else:
            count = self.tr("%n change(s), newest first.", "", total)
        self.count_label.setText(count)
        self.skipped_label.setVisible(self._skipped > 0)
        self.skipped_label.setText(
            self.tr("%n line(s) of the file could not be read and are not shown.", "", self._skipped)
        )

    # --- language ----------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change log"))
        self.intro.setText(
            self.tr(
                "Every change Backup Doctor asked Azure to make, whether Azure accepted it or not. Previews and "
                "steps that were not confirmed change nothing and are not listed."
            )
        )
        self.refresh_button.setText(self.tr("Refresh"))
        self.table.setAccessibleName(self.tr("Changes"))
        self.details.setAccessibleName(self.tr("The selected change in full"))
        self.json_toggle.setText(self.tr("Details (JSON)"))
        self._show_fields(self._selected())
        self.model.retranslate()
        self._update_texts()


__all__ = ["AuditDialog", "AuditModel", "local_time", "result_text"]
