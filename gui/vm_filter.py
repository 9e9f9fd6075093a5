"""Filtering the VM tree by text (VM, group or subscription name, error code) and by status.

Recursive filtering keeps the parents of every match visible, so a match deep in the tree is
shown with its subscription and resource group around it.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from core.findings import Status
from gui.tree_nodes import Kind, Node
from gui.vm_tree_model import VmTreeModel


class StatusFilter(StrEnum):
    ALL = "all"
    FAILING = "fail"
    WARNING = "warn"
    NOT_CHECKED = "unknown"  # not fully checked, or a scope that could not be read
    HEALTHY = "pass"


_STATUSES = {
    StatusFilter.FAILING: {Status.FAIL},
    StatusFilter.WARNING: {Status.WARN},
    StatusFilter.NOT_CHECKED: {Status.UNKNOWN},
    StatusFilter.HEALTHY: {Status.PASS, Status.NOT_APPLICABLE},
}


class VmFilterProxyModel(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        # Not re-filtered on every dataChanged: each re-filter calls filterAcceptsRow (Python) per row,
        # which costs the GUI thread the GIL while a scan runs. The tree panel re-filters after batches.
        self.setDynamicSortFilter(False)
        self._text = ""
        self._status = StatusFilter.ALL

    @property
    def active(self) -> bool:
        return bool(self._text) or self._status is not StatusFilter.ALL

    def set_text(self, text: str) -> None:
        text = text.strip().lower()
        if text != self._text:
            self._refilter(lambda: setattr(self, "_text", text))

    def set_status(self, status: StatusFilter) -> None:
        if status is not self._status:
            self._refilter(lambda: setattr(self, "_status", status))

    def refilter(self) -> None:
        """Filter again (statuses changed since the last filtering)."""
        if self.active:
            self._refilter(lambda: None)

    def _refilter(self, change: Callable[[], None]) -> None:
        begin = getattr(self, "beginFilterChange", None)
        if callable(begin):  # Qt >= 6.9
            begin()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.active:
            return True
        model = self.sourceModel()
        if not isinstance(model, VmTreeModel):
            return True
        node = model.node_at(source_row, source_parent)
        if node is None:
            return False
        return self.accepts(node)

    def accepts(self, node: Node) -> bool:
        if node.is_vm:
            return self._status_matches(node) and self._text_matches(node)
        # A container shows for its own sake only when it could not be read, or when it is an empty
        # one whose name matches; otherwise it shows because something below it matches.
        if node.problems and self._status in (StatusFilter.ALL, StatusFilter.NOT_CHECKED):
            return not self._text or self._text in node.name.lower() or self._problem_code_matches(node)
        if not node.children and self._status is StatusFilter.ALL:
            return not self._text or self._text in node.name.lower()
        return False

    def _status_matches(self, node: Node) -> bool:
        if self._status is StatusFilter.ALL:
            return True
        status = node.status
        return status is not None and status in _STATUSES[self._status]

    def _text_matches(self, node: Node) -> bool:
        text = self._text
        if not text:
            return True
        if text in node.name.lower() or text in node.codes:
            return True
        return any(
            text in ancestor.name.lower()
            for ancestor in node.ancestors()
            if ancestor.kind in (Kind.SUBSCRIPTION, Kind.GROUP)
        )

    def _problem_code_matches(self, node: Node) -> bool:
        return any(self._text in problem.code.lower() for problem in node.problems)
