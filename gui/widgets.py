"""Small building blocks shared by the panes; colours come from the palette, never hard-coded."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QFont, QFontDatabase, QIcon, QPalette, QResizeEvent, QShowEvent
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import QFrame, QLabel, QSplitter, QWidget


def text_label(text: str = "", *, selectable: bool = True, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def tooltip_text(text: str) -> str:
    """A tooltip that shows `text` as it is, whatever it holds.

    Qt renders a tooltip as HTML whenever it merely looks like HTML (`Qt::mightBeRichText`): a VM named
    `<img src=x width=20000 height=20000>` made a 20,000 px tooltip. Converted here to rich text that
    displays the characters themselves (escaped, in a paragraph), so no text from Azure, a file or the
    user is ever rendered. Use it for every tooltip that holds such text.
    """
    if not text:
        return ""
    return str(QtGuiNamespace.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal))


def button_text(text: str) -> str:
    """`text` for a button or a tab, where "&" would make the next character a shortcut: shown as "&"."""
    return text.replace("&", "&&")


def muted(label: QLabel) -> QLabel:
    """Secondary text: the palette's placeholder colour, which follows light and dark themes."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def scaled_font(widget: QWidget, factor: float = 1.0, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def heading(text: str, factor: float = 1.0) -> QLabel:
    label = text_label(text)
    label.setFont(scaled_font(label, factor, bold=True))
    return label


def code_label(text: str) -> QLabel:
    label = text_label(text, wrap=False)
    label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    return label


def icon_label(icon: QIcon, side: int = 20) -> QLabel:
    label = QLabel()
    label.setPixmap(icon.pixmap(QSize(side, side), label.devicePixelRatioF()))
    label.setFixedSize(side, side)
    label.setAlignment(Qt.AlignmentFlag.AlignTop)
    return label


def card() -> QFrame:
    """A framed panel on the view background (Base), to set findings apart from the window."""
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setAutoFillBackground(True)
    frame.setBackgroundRole(QPalette.ColorRole.Base)
    return frame


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class PersistentSplitter(QSplitter):
    """A splitter whose saved state is applied once it is shown at its real size.

    Restored earlier (hidden, or before the first layout), the saved sizes would be squeezed into
    a provisional width and then stretched by the stretch factors, not kept.
    """

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self._pending: QByteArray | None = None

    def restore_when_shown(self, state: QByteArray | None) -> None:
        self._pending = state
        if state is not None and self.isVisible() and self.width() > 0:
            self._apply()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._pending is not None and self.isVisible():
            self._apply()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending is not None and self.width() > 0:
            self._apply()

    def _apply(self) -> None:
        state, self._pending = self._pending, None
        if state is not None:
            self.restoreState(state)
