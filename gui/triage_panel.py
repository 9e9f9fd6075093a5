""""Paste an error message": find the documented entry for text from the portal, a job or a ticket.

The matching itself is core's (a function from pasted text to catalog entries, best first); the
panel only shows what it returns, so it is given the matcher rather than importing one.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget

from core.catalog import CatalogEntry
from core.scan import ScanReport
from gui import widgets
from gui.i18n import translate

# Pasted text -> the documented entries it matches, best first.
Matcher = Callable[[str], Sequence[CatalogEntry]]

LOOKUP_DELAY_MS = 250


class EntryCard(QWidget):
    def __init__(self, entry: CatalogEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogEntry")
        self.entry = entry
        frame = widgets.card()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        body = QVBoxLayout(frame)
        body.setContentsMargins(12, 10, 12, 10)
        body.setSpacing(6)
        code = widgets.code_label("  ·  ".join(entry.codes))
        code.setObjectName("entryCode")
        code.setFont(widgets.scaled_font(code, 1.0, bold=True))
        body.addWidget(code)
        # Azure's message, quoted as the language quotes (“…” in English, «…» in Portuguese).
        message = widgets.text_label(self.tr("“%1”").replace("%1", entry.message_msg.render(translate)))
        message.setObjectName("entryMessage")
        body.addWidget(message)
        body.addWidget(widgets.text_label(entry.summary_msg.render(translate)))
        if entry.causes:
            body.addWidget(widgets.muted(widgets.text_label(self.tr("Possible causes, in the documented order:"))))
            for number, cause in enumerate(entry.causes, 1):
                line = {
                    "Windows": self.tr("%1. %2 (Windows only)"),
                    "Linux": self.tr("%1. %2 (Linux only)"),
                }.get(cause.applies_to or "", "%1. %2")
                title = cause.title_msg.render(translate)
                body.addWidget(widgets.text_label(line.replace("%1", str(number)).replace("%2", title)))
        read = self.tr("Read the documented entry")  # outside the f-string: lupdate reads no tr() inside one
        link = QLabel(f'<a href="{html.escape(entry.url)}">{html.escape(read)}</a>')
        link.setObjectName("entryLink")
        link.setTextFormat(Qt.TextFormat.RichText)
        link.setOpenExternalLinks(True)
        link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        link.setToolTip(widgets.tooltip_text(entry.url))
        body.addWidget(link)
        self.setAccessibleName(f"{entry.code}: {entry.message_msg.render(translate)}")


class TriagePanel(QWidget):
    def __init__(self, matcher: Matcher | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("triagePanel")
        self._matcher = matcher
        self.entries: list[CatalogEntry] = []
        self.intro = widgets.text_label("")
        self.input = QPlainTextEdit()
        self.input.setObjectName("pastedMessage")
        self.input.setTabChangesFocus(True)
        self.input.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.find_button = QPushButton()
        self.find_button.setObjectName("findEntry")
        self.find_button.clicked.connect(self.look_up)
        self.result_label = widgets.muted(widgets.text_label(""))
        self.result_label.setObjectName("lookupResult")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self.look_up)
        self.input.textChanged.connect(self._timer.start)
        self.input.installEventFilter(self)  # Ctrl+Enter looks up at once

        self._results = QWidget()
        self._results_layout = QVBoxLayout(self._results)
        self._results_layout.setContentsMargins(0, 0, 0, 0)
        self._results_layout.setSpacing(8)
        self._results_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._results)

        row = QHBoxLayout()
        row.addWidget(self.result_label, 1)
        row.addWidget(self.find_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(8)
        layout.addWidget(self.intro)
        layout.addWidget(self.input)
        layout.addLayout(row)
        layout.addWidget(scroll, 1)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.input
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.look_up()
            return True
        return super().eventFilter(watched, event)

    def learn(self, report: ScanReport | None) -> None:
        """Let a matcher that can (core's `EntryMatcher`) learn the error numbers the scan's jobs showed."""
        learn = getattr(self._matcher, "learn", None)
        if report is not None and callable(learn):
            learn(finding for vm in report.vms for finding in vm.findings)

    def set_text(self, text: str) -> None:
        self.input.setPlainText(text)
        self.look_up()

    def look_up(self) -> None:
        self._timer.stop()
        text = self.input.toPlainText().strip()
        if not text or self._matcher is None:
            self.entries = []
        else:
            self.entries = list(self._matcher(text))
        self._show(text)

    def _show(self, text: str) -> None:
        while self._results_layout.count() > 1:
            item = self._results_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # gone at once, not at the next event loop turn
                widget.deleteLater()
        for position, entry in enumerate(self.entries):
            self._results_layout.insertWidget(position, EntryCard(entry))
        if not text:
            message = ""
        elif self._matcher is None:
            message = self.tr("Looking up error messages is not available in this build.")
        elif not self.entries:
            message = self.tr(
                "No documented error matches this text. Paste the whole message, or just the error code."
            )
        else:
            message = self.tr("Documented errors that match: %1.").replace("%1", str(len(self.entries)))
        self.result_label.setText(message)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._show(self.input.toPlainText().strip())
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Paste an error message or error code from the Azure portal, a backup job or a ticket "
                "to find what it means and its documented causes."
            )
        )
        self.input.setPlaceholderText(
            self.tr("For example: VM Agent unable to communicate with Azure Backup")
        )
        self.input.setAccessibleName(self.tr("Error message to look up"))
        self.find_button.setText(self.tr("Find"))
        self.find_button.setToolTip(self.tr("Find the documented error (Ctrl+Enter)"))
