"""The left-hand pane: filter box, status filter and the VM tree."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from core.findings import Status
from gui import icons
from gui.tree_nodes import Node
from gui.vm_filter import StatusFilter, VmFilterProxyModel
from gui.vm_tree_model import COLUMN_NAME, COLUMN_SUMMARY, Batch, VmTreeModel

# Typing in the filter box waits this long for the next key before filtering.
FILTER_DELAY_MS = 120
# While a scan changes statuses under an active filter, the tree is filtered again this often.
REFILTER_MS = 300


class TreePanel(QWidget):
    current_changed = Signal(object)  # Node | None

    def __init__(self, model: VmTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = VmFilterProxyModel(self)
        self.proxy.setSourceModel(model)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filterEdit")
        self.filter_edit.setClearButtonEnabled(True)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for status, icon_name in (
            (StatusFilter.ALL, None),
            (StatusFilter.FAILING, Status.FAIL.value),
            (StatusFilter.WARNING, Status.WARN.value),
            (StatusFilter.NOT_CHECKED, Status.UNKNOWN.value),
            (StatusFilter.HEALTHY, Status.PASS.value),
        ):
            if icon_name is None:
                self.status_combo.addItem("", status.value)
            else:
                self.status_combo.addItem(icons.icon(icon_name), "", status.value)

        self.view = QTreeView()
        self.view.setObjectName("vmTree")
        self.view.setModel(self.proxy)
        self.view.setUniformRowHeights(True)
        self.view.setIconSize(QSize(18, 18))
        self.view.setAllColumnsShowFocus(True)
        self.view.setSelectionMode(QTreeView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QTreeView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMN_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMN_SUMMARY, QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("M") * 6)
        # A long subscription or group name loses its middle, not its end (the tooltip has it whole).
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_text_filter)
        self._refilter_timer = QTimer(self)
        self._refilter_timer.setSingleShot(True)
        self._refilter_timer.setInterval(REFILTER_MS)
        self._refilter_timer.timeout.connect(self._refilter)
        self.filter_edit.textChanged.connect(self._filter_timer.start)
        self.filter_edit.returnPressed.connect(self._apply_text_filter)
        self.status_combo.currentIndexChanged.connect(self._apply_status_filter)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.proxy.modelReset.connect(self._on_reset)

        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.status_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        self.setMinimumWidth(300)
        self.retranslate()

    # --- selection -------------------------------------------------------------------------------------

    def current_node(self) -> Node | None:
        index = self.proxy.mapToSource(self.view.currentIndex())
        return self.model.node(index)

    def select_key(self, key: str) -> bool:
        """Select and reveal the node with this key; False when it is not in the tree or filtered out."""
        index = self.proxy.mapFromSource(self.model.index_for_key(key))
        if not index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)
        return True

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(self.model.node(self.proxy.mapToSource(current)))

    def _on_reset(self) -> None:
        self.view.expand(self.proxy.index(0, 0))  # the tenant, open from the start
        self.current_changed.emit(None)

    # --- filtering and expansion -------------------------------------------------------------------------

    def set_filter_text(self, text: str) -> None:
        """Type into the filter box and filter at once."""
        self.filter_edit.setText(text)
        self._apply_text_filter()

    def set_status_filter(self, status: StatusFilter) -> None:
        self.status_combo.setCurrentIndex(self.status_combo.findData(status.value))

    def _apply_text_filter(self) -> None:
        self._filter_timer.stop()
        self.proxy.set_text(self.filter_edit.text())
        self._after_filter()

    def _apply_status_filter(self) -> None:
        self.proxy.set_status(StatusFilter(self.status_combo.currentData()))
        self._after_filter()

    def _after_filter(self) -> None:
        if self.proxy.active:
            self.view.expandAll()
        current = self.view.currentIndex()
        if current.isValid():
            self.view.scrollTo(current)

    def after_batch(self, batch: Batch) -> None:
        """Follow a batch of model changes: open new scopes, keep an active filter up to date."""
        for node in batch.new_scopes:
            index = self.proxy.mapFromSource(self.model.index_of(node))
            if index.isValid():
                self.view.expand(index)
        if self.proxy.active and batch.changed and not self._refilter_timer.isActive():
            self._refilter_timer.start()

    def _refilter(self) -> None:
        self.proxy.refilter()
        self._after_filter()

    def repaint_rows(self, node_ids: set[int]) -> None:
        """Repaint the rows on screen whose nodes are among `node_ids` (changed without dataChanged)."""
        if not node_ids:
            return
        view = self.view
        index = view.indexAt(view.viewport().rect().topLeft())
        bottom = view.viewport().height()
        while index.isValid():
            rect = view.visualRect(index)
            if rect.top() > bottom:
                break
            node = self.model.node(self.proxy.mapToSource(index))
            if node is not None and id(node) in node_ids:
                view.viewport().update(0, rect.top(), view.viewport().width(), rect.height())
            index = view.indexBelow(index)

    def fit_status_column(self) -> None:
        """Widen the status column to its longest scope summary, within reason (tooltips show the rest),
        but never so far that the Name column cuts a VM's name: names tell VMs apart, summaries elide."""
        metrics = self.view.fontMetrics()
        widths = [
            metrics.horizontalAdvance(self.model.summary(node))
            for node in self.model.scope_nodes()
        ]
        unit = metrics.horizontalAdvance("M")
        wanted = min(max([unit * 10, *widths]) + unit * 2, unit * 22)
        room = self.view.viewport().width() - self._name_width()
        header = self.view.header()
        self.view.header().resizeSection(COLUMN_SUMMARY, max(header.minimumSectionSize(), min(wanted, room)))

    def _name_width(self) -> int:
        """What the Name column needs to show every VM name whole: indentation, icon, text and margins."""
        metrics = self.view.fontMetrics()
        needed = 0
        for node in self.model.vm_nodes():
            depth, parent = 0, node.parent
            while parent is not None:
                depth, parent = depth + 1, parent.parent
            indent = self.view.indentation() * (depth + (1 if self.view.rootIsDecorated() else 0))
            needed = max(needed, indent + self.view.iconSize().width() + metrics.horizontalAdvance(node.name))
        return needed + metrics.horizontalAdvance("M") * 2

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_status_column()

    # --- language --------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.fit_status_column()
        self.filter_edit.setPlaceholderText(self.tr("Filter by name or error code"))
        self.filter_edit.setAccessibleName(self.tr("Filter the tree by name or error code"))
        self.status_combo.setAccessibleName(self.tr("Show VMs with this status"))
        self.view.setAccessibleName(self.tr("Subscriptions, resource groups and virtual machines"))
        texts = {
            StatusFilter.ALL: self.tr("All statuses"),
            StatusFilter.FAILING: self.tr("Failing"),
            StatusFilter.WARNING: self.tr("Warnings"),
            StatusFilter.NOT_CHECKED: self.tr("Not fully checked"),
            StatusFilter.HEALTHY: self.tr("Healthy"),
        }
        for row in range(self.status_combo.count()):
            self.status_combo.setItemText(row, texts[StatusFilter(self.status_combo.itemData(row))])
