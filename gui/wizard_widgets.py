"""Pieces of the fix wizard panel: step states as icons and words, text that wraps anywhere, copyable commands.

Resource ids and commands have no spaces to wrap at, and the panel never scrolls sideways, so they are shown
in a read-only text box that wraps anywhere and grows to fit its text; the Copy button copies the exact text
(no invisible break characters).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon, QPalette, QResizeEvent, QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.findings import Status
from core.wizards import StepKind, StepState
from core.wizards.model import RenderedCommand, Shell
from gui import icons, widgets
from gui.i18n import translate

# How long a Copy button says "Copied" before it says "Copy" again.
COPIED_MS = 1500

_STATE_ICONS = {
    StepState.PENDING: icons.PENDING,
    StepState.DONE: "pass",
    StepState.NOTHING_TO_DO: "step-nothing",
    StepState.FAILED: "fail",
    StepState.SKIPPED: "step-skipped",
    StepState.NOT_APPLICABLE: "not-applicable",
}


def state_icon(state: StepState) -> QIcon:
    return icons.icon(_STATE_ICONS[state])


def state_text(state: StepState) -> str:
    texts = {
        StepState.PENDING: QCoreApplication.translate("WizardStep", "To do"),
        StepState.DONE: QCoreApplication.translate("WizardStep", "Done"),
        StepState.NOTHING_TO_DO: QCoreApplication.translate("WizardStep", "Nothing to do"),
        StepState.FAILED: QCoreApplication.translate("WizardStep", "Failed"),
        StepState.SKIPPED: QCoreApplication.translate("WizardStep", "Skipped"),
        StepState.NOT_APPLICABLE: QCoreApplication.translate("WizardStep", "Not for this VM"),
    }
    return texts[state]


def kind_text(kind: StepKind) -> str:
    texts = {
        StepKind.EXPLANATION: QCoreApplication.translate("WizardStep", "Explanation"),
        StepKind.MANUAL: QCoreApplication.translate("WizardStep", "Step to do by hand"),
        StepKind.ACTION: QCoreApplication.translate("WizardStep", "Automated step"),
        StepKind.VERIFICATION: QCoreApplication.translate("WizardStep", "Check"),
    }
    return texts[kind]


def check_status_text(status: Status) -> str:
    """A check's status after a verification, as a word before its title."""
    texts = {
        Status.PASS: QCoreApplication.translate("WizardStep", "Passes"),
        Status.FAIL: QCoreApplication.translate("WizardStep", "Fails"),
        Status.WARN: QCoreApplication.translate("WizardStep", "Warning"),
        Status.UNKNOWN: QCoreApplication.translate("WizardStep", "Could not be checked"),
        Status.NOT_APPLICABLE: QCoreApplication.translate("WizardStep", "Does not apply"),
    }
    return texts[status]


def shell_name(shell: str) -> str:
    names: dict[str, str] = {
        Shell.POWERSHELL: QCoreApplication.translate("WizardStep", "PowerShell"),
        Shell.BASH: QCoreApplication.translate("WizardStep", "Bash"),
        Shell.AZ_CLI: QCoreApplication.translate("WizardStep", "Azure CLI"),
    }
    return names.get(shell, shell)


class WrappedText(QTextEdit):
    """Read-only text that wraps anywhere (ids, commands) and is exactly as tall as its text at its width.

    Like a word-wrapped label, it tells the layout its height for a width (`heightForWidth`), measured on a
    copy of its document, so it never scrolls and never sets its own size from inside a resize.
    """

    def __init__(self, text: str, *, monospace: bool = True, margin: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[int, int] = {}
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setTabChangesFocus(True)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        if monospace:
            self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.document().setDocumentMargin(margin)
        self.setPlainText(text)

    def text(self) -> str:
        return self.toPlainText()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            frame = 2 * self.frameWidth()
            measure = self.document().clone()
            measure.setDefaultFont(self.font())
            measure.setTextWidth(max(1, width - frame))
            height = math.ceil(measure.size().height()) + frame
            if len(self._heights) > 16:
                self._heights.clear()
            self._heights[width] = height
        return height

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("M") * 8, self.fontMetrics().height())

    def sizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance("M") * 40
        return QSize(width, self.heightForWidth(width))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights = {}
            self.updateGeometry()
        super().changeEvent(event)

    def setFont(self, font: QFont) -> None:  # type: ignore[override]
        super().setFont(font)
        self.document().setDefaultFont(font)
        self._heights = {}


def paragraph(text: str, name: str = "", *, bold: bool = False, muted: bool = False) -> WrappedText:
    """A sentence from core, shown like a label but wrapping anywhere: step texts and Azure's answers can hold
    a long path or resource id (C:\\Packages\\Plugins\\…, /subscriptions/…) that a label cannot break."""
    box = WrappedText(text, monospace=False, margin=0)
    if name:
        box.setObjectName(name)
    box.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # read like a label: not a stop for Tab
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.viewport().setAutoFillBackground(False)
    palette = box.palette()
    palette.setColor(QPalette.ColorRole.Base, Qt.GlobalColor.transparent)
    if muted:
        palette.setColor(QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.PlaceholderText))
    box.setPalette(palette)
    if bold:
        box.setFont(widgets.scaled_font(box, 1.0, bold=True))
    box.setAccessibleName(text)
    return box


def shaded(text: WrappedText) -> WrappedText:
    """Commands on the alternate background, to set them apart from the card they are on."""
    palette = text.palette()
    palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.AlternateBase))
    text.setPalette(palette)
    return text


class ButtonRow(QWidget):
    """Buttons side by side while they fit, on further rows when they do not (long translations).

    A widget that places its buttons itself (not a Python QLayout subclass, whose layout items C++ and
    Python would both own)."""

    def __init__(self, buttons: list[QPushButton], spacing: int = 8, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("buttonRow")
        self._buttons = list(buttons)
        self._spacing = spacing
        for button in self._buttons:
            button.setParent(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(width, move=False)

    def sizeHint(self) -> QSize:
        hints = [b.sizeHint() for b in self._buttons if not b.isHidden()]
        width = sum(h.width() for h in hints) + self._spacing * max(0, len(hints) - 1)
        return QSize(width, max((h.height() for h in hints), default=0))

    def minimumSizeHint(self) -> QSize:
        widest = max((b.sizeHint().width() for b in self._buttons if not b.isHidden()), default=0)
        return QSize(widest, self._arrange(widest, move=False))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(self.width(), move=True)

    def _arrange(self, width: int, *, move: bool) -> int:
        x = y = row_height = 0
        for button in self._buttons:
            if button.isHidden():
                continue
            hint = button.sizeHint()
            if x > 0 and x + hint.width() > width:
                x, y, row_height = 0, y + row_height + self._spacing, 0
            if move:
                button.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            row_height = max(row_height, hint.height())
        return y + row_height


class CopyButton(QPushButton):
    """Copies a text to the clipboard and says so for a moment."""

    def __init__(self, text: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(icons.icon("copy"), "", parent)
        self.setObjectName("copyButton")
        self._text = text
        self.setAccessibleName(accessible_name)
        self.setToolTip(widgets.tooltip_text(accessible_name))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COPIED_MS)
        self._timer.timeout.connect(self._reset)
        self.clicked.connect(self._copy)
        self._reset()

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self._text)
        self.setText(self.tr("Copied"))
        self._timer.start()

    def _reset(self) -> None:
        self.setText(self.tr("Copy"))


class CommandBox(QWidget):
    """One command: what it is for (shell and label), the command itself, and a Copy button."""

    def __init__(self, command: RenderedCommand, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commandBox")
        self.command = command
        shell = shell_name(command.shell)
        caption = (
            self.tr("%1 — %2").replace("%1", shell).replace("%2", command.label.render(translate))
            if command.label is not None
            else shell
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widgets.muted(widgets.text_label(caption)))
        row = QHBoxLayout()
        row.setSpacing(6)
        self.text = shaded(WrappedText(command.text))
        self.text.setObjectName("commandText")
        self.text.setAccessibleName(self.tr("%1 command").replace("%1", shell))
        row.addWidget(self.text, 1)
        self.copy = CopyButton(command.text, self.tr("Copy the %1 command").replace("%1", shell))
        row.addWidget(self.copy, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)


__all__ = [
    "ButtonRow",
    "CommandBox",
    "CopyButton",
    "WrappedText",
    "check_status_text",
    "kind_text",
    "paragraph",
    "shell_name",
    "state_icon",
    "state_text",
]
