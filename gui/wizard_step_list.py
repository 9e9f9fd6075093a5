"""The list of a fix wizard's steps, beside the step shown: numbered titles with their states.

Steps "not for this VM" are listed (greyed, unnumbered) but not counted. Choosing a row emits
`step_chosen`; filling the list does not.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from core.wizards import StepState, StepView
from gui import widgets
from gui.i18n import translate
from gui.wizard_widgets import state_icon, state_text

STEP_ROLE = Qt.ItemDataRole.UserRole + 1


class _StepDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped title at the list's current width (QListView measures a wrapped text
    at its unwrapped width, and then cuts it off with an ellipsis)."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)
        style = self._view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self._view) + 1
        icon = styled.decorationSize.width() if not styled.icon.isNull() else 0
        spacing = self._view.spacing()
        width = self._view.viewport().width() - icon - 4 * margin - 2 * spacing - 4
        if width <= 0:
            return hint
        bounds = styled.fontMetrics.boundingRect(0, 0, width, 100_000, Qt.TextFlag.TextWordWrap, styled.text)
        height = max(bounds.height(), styled.decorationSize.height()) + 2 * margin + 2
        return QSize(hint.width(), max(hint.height(), height))


class StepList(QListWidget):
    step_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizardSteps")
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setIconSize(QSize(16, 16))
        self.setSpacing(2)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.currentItemChanged.connect(self._on_current_changed)
        self.setItemDelegate(_StepDelegate(self))

    def fill(self, views: list[StepView], current: str | None) -> None:
        """One row per step, numbered among those that apply; `current` is selected (without `step_chosen`)."""
        self.blockSignals(True)
        try:
            if self.count() != len(views):
                self.clear()
                for _ in views:
                    self.addItem(QListWidgetItem())
            # Steps "not for this VM" are listed (greyed, unnumbered) but not counted.
            counted = [v.id for v in views if v.state is not StepState.NOT_APPLICABLE]
            total = len(counted)
            for row, view in enumerate(views):
                item = self.item(row)
                title = view.title.render(translate)
                state = state_text(view.state)
                number = counted.index(view.id) + 1 if view.id in counted else 0
                item.setText(self.tr("%1. %2").replace("%1", str(number)).replace("%2", title) if number else title)
                item.setIcon(state_icon(view.state))
                item.setData(STEP_ROLE, view.id)
                item.setToolTip(widgets.tooltip_text(state))
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    self.tr("Step %1 of %2: %3. %4")
                    .replace("%1", str(number))
                    .replace("%2", str(total))
                    .replace("%3", title)
                    .replace("%4", state),
                )
                flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                if view.state is StepState.NOT_APPLICABLE:
                    flags = Qt.ItemFlag.NoItemFlags
                item.setFlags(flags)
                if view.id == current:
                    self.setCurrentItem(item)
        finally:
            self.blockSignals(False)
        # Wrapped rows keep the height of their first text unless the view lays them out again.
        self.doItemsLayout()

    def _on_current_changed(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            step_id = item.data(STEP_ROLE)
            if isinstance(step_id, str):
                self.step_chosen.emit(step_id)


__all__ = ["StepList"]
