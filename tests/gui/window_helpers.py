"""What a user sees in the window, read back for assertions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex

from core.findings import Status
from core.scan import ScanReport
from core.session import Session
from gui.main_window import MainWindow
from gui.tree_nodes import Node

SCAN_TIMEOUT_MS = 30_000

#: The `make_window` fixture: a main window, shown, closed at the end of the test.
WindowFactory = Callable[..., MainWindow]


def open_and_scan(qtbot: Any, window: MainWindow, session: Session) -> MainWindow:
    with qtbot.waitSignal(window.scan_finished, timeout=SCAN_TIMEOUT_MS):
        window.set_session(session)
    return window


def visible_nodes(window: MainWindow) -> list[Node]:
    """Every node the tree shows through the filter (expanded or not), parents first."""
    proxy = window.tree.proxy
    found: list[Node] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            node = window.model.node(proxy.mapToSource(index))
            assert node is not None
            found.append(node)
            walk(index)

    walk(QModelIndex())
    return found


def visible_vm_names(window: MainWindow) -> set[str]:
    return {node.name for node in visible_nodes(window) if node.is_vm}


def node_named(window: MainWindow, name: str) -> Node:
    matches = [node for node in window.model.scope_nodes() + window.model.vm_nodes() if node.name == name]
    assert len(matches) == 1, f"{name!r}: {len(matches)} nodes"
    return matches[0]


def select(window: MainWindow, name: str) -> Node:
    node = node_named(window, name)
    assert window.select(node.key), f"{name} is not shown in the tree"
    return node


def names_with(report: ScanReport, *statuses: Status) -> set[str]:
    return {vm.facts.name for vm in report.vms if vm.status in statuses}


def first_vm_with(report: ScanReport, status: Status) -> str:
    return sorted(names_with(report, status))[0]
