"""The main window's status bar: what a scan is doing and what it found, its progress bar and Cancel.

`ScanStatus` owns the status bar's widgets and the sentences about scans ("Scanning the VM vm-erp-app01…",
"Scan finished. VMs checked: 12, failing: 3."), named as the tree names things. The window tells it when a
scan starts, progresses, is cancelled and ends; the counts come from the tree, so they stay right after a
partial scan and after a fix.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QPushButton

from core.scan import ScanReport
from core.scan_scope import ScanScope, ScopeKind
from gui import icons
from gui.vm_tree_model import VmTreeModel


class ScanStatus(QObject):
    def __init__(
        self,
        window: QMainWindow,
        model: VmTreeModel,
        *,
        target_name: Callable[[], str],
        cancel: Callable[[], object],
    ) -> None:
        super().__init__(window)
        self._model = model
        self._target_name = target_name
        # The latest (done, total) of a running scan, shown by `show_progress` a few times a second.
        self._pending: tuple[int, int] | None = None
        status = window.statusBar()
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # it names tenant files and targets
        self.label.setObjectName("scanStatus")
        self.progress = QProgressBar()
        self.progress.setObjectName("scanProgress")
        self.progress.setMinimumWidth(window.fontMetrics().horizontalAdvance("M") * 18)
        self.progress.setMaximumWidth(window.fontMetrics().horizontalAdvance("M") * 26)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(icons.icon("cancel"), "")
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(cancel)
        status.addWidget(self.label, 1)
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.cancel_button)

    # --- a scan's course -------------------------------------------------------------------------------

    def set_scanning(self, scanning: bool) -> None:
        self.cancel_button.setEnabled(scanning)
        self.cancel_button.setVisible(scanning)
        self.progress.setVisible(scanning)

    def started(self, scope: ScanScope) -> None:
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Listing…"))
        self.label.setText(self.scope_sentence(scope, finished=False))

    def cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling: waiting for the requests already sent…"))

    def note_progress(self, done: int, total: int) -> None:
        if total > 0:
            self._pending = (done, total)

    def show_progress(self) -> None:
        """The latest progress noted, in one go (called a few times a second while a scan runs)."""
        if self._pending is None:
            return
        done, total = self._pending
        self._pending = None
        if self._model.still_listing():
            # More VMs are coming: the bar is never full and the total is said to be partial.
            self.progress.setRange(0, total + 1)
            text = self.tr("%1 of %2 VMs checked so far; still listing VMs…")
        else:
            self.progress.setRange(0, total)
            text = self.tr("%1 of %2 VMs checked")
        # QProgressBar.setValue repaints at once when the text changes (a synchronous paint of the bar and
        # what is behind it, 5–20 ms mid-scan); with updates off it is painted with the rest of the window.
        self.progress.setUpdatesEnabled(False)
        self.progress.setValue(done)
        self.progress.setFormat(text.replace("%1", str(done)).replace("%2", str(total)))
        self.progress.setUpdatesEnabled(True)

    def finished(self) -> None:
        self._pending = None

    # --- sentences -------------------------------------------------------------------------------------

    def scope_sentence(self, scope: ScanScope, *, finished: bool) -> str:
        """What is (or was) scanned, named as the tree names it: "Scanning the VM vm-erp-app01…"."""
        roots = self._model.scope_roots(scope)
        name = roots[0].name if len(roots) == 1 else ""
        if scope.kind is ScopeKind.VMS and name:
            text = self.tr("VM %1 scanned.") if finished else self.tr("Scanning the VM %1…")
        elif scope.kind is ScopeKind.RESOURCE_GROUP and name:
            text = self.tr("Resource group %1 scanned.") if finished else self.tr("Scanning the resource group %1…")
        elif scope.kind is ScopeKind.SUBSCRIPTIONS and name:
            text = self.tr("Subscription %1 scanned.") if finished else self.tr("Scanning the subscription %1…")
        elif finished:
            return ""
        else:
            text = self.tr("Scanning %1…")
            name = self._target_name()
        return text.replace("%1", name)

    def report_sentence(self, report: ScanReport | None, scope: ScanScope) -> str:
        if report is None:
            return self.tr("The scan stopped because of an unexpected error.")
        if report.cancelled:
            checked = str(len(report.vms))
            return self.tr("Scan cancelled. VMs checked so far: %1; the results are partial.").replace("%1", checked)
        sentence = self._tree_counts_sentence()
        scanned = self.scope_sentence(scope, finished=True)
        if scanned:
            # A narrower scan names what it re-checked; the counts are still those of the whole tree.
            sentence = f"{scanned} {sentence}"
        if report.problems:
            sentence += " " + self.tr("Some data could not be read: look for the ◆ marks in the tree.")
        return sentence

    def _tree_counts_sentence(self) -> str:
        """What the tree shows, counted from the tree: the same after a partial scan and after a fix."""
        tenant = self._model.tenant()
        counts = tenant.counts if tenant is not None else None
        checked = (counts.total - counts.checking) if counts is not None else 0
        failing = counts.failing if counts is not None else 0
        sentence = self.tr("Scan finished. VMs checked: %1, failing: %2.").replace("%1", str(checked))
        return sentence.replace("%2", str(failing))

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the scan"))
        self.progress.setAccessibleName(self.tr("Scan progress"))


__all__ = ["ScanStatus"]
