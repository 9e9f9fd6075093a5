"""Unexpected errors: a short sentence, copyable technical details, and the application keeps running.

`ExceptionHook` replaces sys.excepthook (exceptions escaping Qt slots and event handlers arrive
there) and threading.excepthook (plain Python threads); it forwards to the GUI thread through a
queued signal and shows one dialog at a time, collecting further errors into its details.
"""

from __future__ import annotations

import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core import __version__
from gui import icons


class ErrorDialog(QDialog):
    def __init__(self, summary: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setMinimumWidth(520)
        self._details_text = details

        icon = QLabel()
        icon.setPixmap(icons.icon("fail").pixmap(QSize(32, 32), self.devicePixelRatioF()))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(self.tr("Backup Doctor hit an unexpected error."))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        advice = QLabel(
            self.tr(
                "The application is still running and nothing was changed in Azure. If this happens "
                "again, copy the details and send them to whoever supports Backup Doctor."
            )
        )
        advice.setWordWrap(True)

        self.details = QPlainTextEdit(details)
        self.details.setObjectName("errorDetails")
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setAccessibleName(self.tr("Technical details"))
        self.details.setMinimumHeight(160)
        self.details.setVisible(False)

        self.toggle = QPushButton(self.tr("Show details"))
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._show_details)
        self.copy = QPushButton(self.tr("Copy details"))
        self.copy.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.toggle, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))  # Qt 6 ships no pt-PT text for its standard buttons
        close.setDefault(True)

        text = QVBoxLayout()
        text.addWidget(heading)
        text.addWidget(self.summary)
        text.addWidget(advice)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def add(self, summary: str, details: str) -> None:
        """Another error while this one is open: keep one dialog, append the details."""
        self._details_text += "\n" + "-" * 60 + "\n" + details
        self.details.setPlainText(self._details_text)
        self.summary.setText(self.summary.text() + "\n" + summary)

    def details_text(self) -> str:
        return f"Backup Doctor {__version__}\n{self._details_text}"

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
        self.copy.setText(self.tr("Copied"))

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.toggle.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.adjustSize()


def describe(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> tuple[str, str]:
    summary = f"{exc_type.__name__}: {exc}" if str(exc) else exc_type.__name__
    return summary, "".join(traceback.format_exception(exc_type, exc, tb))


class ExceptionHook(QObject):
    """Routes uncaught exceptions from any thread to one error dialog on the GUI thread."""

    caught = Signal(str, str)

    def __init__(self, parent_window: QWidget | None = None) -> None:
        super().__init__()
        self._window = parent_window
        self.dialog: ErrorDialog | None = None
        self._previous = (sys.excepthook, threading.excepthook)
        self.caught.connect(self.show_error, Qt.ConnectionType.QueuedConnection)

    def set_window(self, window: QWidget | None) -> None:
        self._window = window

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous[0](exc_type, exc, tb)
            return
        summary, details = describe(exc_type, exc, tb)
        sys.stderr.write(details)
        self.caught.emit(summary, details)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str, str)
    def show_error(self, summary: str, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add(summary, details)
            return
        self.dialog = ErrorDialog(summary, details, self._window)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
