"""Keyboard use and accessible names: everything reachable and named without a mouse."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
    QWidgetAction,
)

from gui.main_window import MainWindow
from gui.tree_nodes import Kind


def _focus_chain(window: MainWindow) -> list[QWidget]:
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not window and widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def test_every_control_has_a_name_for_screen_readers(demo_window: MainWindow) -> None:
    controls = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit)
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in demo_window.findChildren(QWidget)
        if isinstance(w, controls)
        and w.isVisibleTo(demo_window)
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not w.accessibleName()
        and not (isinstance(w, QAbstractButton) and w.text().strip())
    ]
    assert unnamed == []
    for action in demo_window.toolbar.actions():
        if not action.isSeparator() and action.isVisible() and not isinstance(action, QWidgetAction):
            assert action.text() and action.toolTip(), action.objectName()


def test_the_main_controls_are_in_the_tab_order(demo_window: MainWindow) -> None:
    chain = [w for w in _focus_chain(demo_window) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    for widget in (demo_window.tree.filter_edit, demo_window.tree.status_combo, demo_window.tree.view):
        assert widget in chain, widget.objectName()
    assert any(isinstance(w, QTabBar) for w in chain)
    assert chain.index(demo_window.tree.filter_edit) < chain.index(demo_window.tree.view)


def test_arrow_keys_move_through_the_tree_and_update_the_pane(qtbot: Any, demo_window: MainWindow) -> None:
    view = demo_window.tree.view
    tenant = demo_window.model.tenant()
    assert tenant is not None
    demo_window.select(tenant.key)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    node = demo_window.tree.current_node()
    assert node is not None and node.kind is Kind.SUBSCRIPTION
    assert demo_window.diagnostics.node is node
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    node = demo_window.tree.current_node()
    assert node is not None and node.is_vm
    assert demo_window.diagnostics.node is node
    assert node.name in demo_window.diagnostics.text()


def test_shortcuts_for_the_main_actions(demo_window: MainWindow) -> None:
    assert demo_window.scan_all_action.shortcut().toString() == "F5"
    assert demo_window.scan_selected_action.shortcut().toString() == "Ctrl+F5"
    assert demo_window.menus.find_action.shortcut().toString() == "Ctrl+F"
    demo_window.menus.find_action.trigger()
    assert demo_window.focusWidget() is demo_window.tree.filter_edit


def test_the_window_has_a_sensible_minimum_size(demo_window: MainWindow) -> None:
    minimum = demo_window.minimumSize()
    assert 800 <= minimum.width() <= 1024 and 480 <= minimum.height() <= 600
    hint = demo_window.minimumSizeHint()
    assert hint.width() <= minimum.width() and hint.height() <= minimum.height()
