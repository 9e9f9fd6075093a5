"""Fix wizards in the main window: the Fix page in the right pane, runs kept per VM, the change log.

`FixWizards` gets what it works with, not the window: the right-hand tabs (it adds the wizard panel as a
page there, shown while a wizard is open), the diagnostics pane, the tree's model, the current session and a
way to show a VM read again. The window places its "Change log…" action in the View menu and connects the
diagnostics pane's "Fix…" buttons, the end of a scan and a new session to it. Runs are kept in memory per
VM and wizard for the session, so closing and opening a wizard again, or a re-scan, keeps what was done
(`WizardRun.resume`).

After a step that read the VM again (an action, a check), the VM's new result goes into the tree and the
diagnostics pane through `show_result` (the same model update a scan uses), so the user sees the VM turn
green at once.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QGridLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from core import ids
from core.audit import AuditLog
from core.findings import Status
from core.scan import ScanReport, VmResult
from core.session import Session
from core.wizards import WIZARDS, StepState, WizardRun, context_for_result, start
from gui import icons, widgets
from gui.audit_view import AuditDialog
from gui.diagnostics_pane import DiagnosticsPane
from gui.i18n import translate
from gui.tree_nodes import Node
from gui.vm_tree_model import VmTreeModel
from gui.wizard_jobs import Job, JobKind, WizardRunner
from gui.wizard_panel import WizardPanel

RunKey = tuple[str, str]  # (VM key, wizard id)
# Puts a VM read again into the tree and its pane; False when the tree no longer has that VM.
ShowResult = Callable[[VmResult], bool]


class FixWizards(QObject):
    """`open_wizard(vm_key, wizard_id)` is what a "Fix…" button does; `on_scan_finished` and
    `on_session_opened` follow the window's scans and sessions."""

    # A VM's result changed because of a wizard step (its tree node and pane are updated already).
    vm_updated = Signal(object)  # VmResult
    # A fix action finished (the change log was read again).
    action_finished = Signal(object)  # Job

    def __init__(
        self,
        *,
        tabs: QTabWidget,
        diagnostics: DiagnosticsPane,
        model: VmTreeModel,
        session: Callable[[], Session | None],
        show_result: ShowResult,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._tabs = tabs
        self._diagnostics = diagnostics
        self._model = model
        self._session = session
        self._show_vm = show_result
        self.runs: dict[RunKey, WizardRun] = {}
        self.runner = WizardRunner(self)
        self.panel = WizardPanel(self.runner)
        self.audit_dialog: AuditDialog | None = None
        # When set (the self-test), fix actions log to this file instead of the user's audit log.
        self.audit_path: Path | None = None

        tabs.addTab(self.panel, icons.icon("fix"), "")
        tabs.setTabVisible(tabs.indexOf(self.panel), False)

        # View > Change log… (the window puts it in its menu).
        self.audit_action = QAction(icons.icon("audit"), "", parent)
        self.audit_action.setObjectName("changeLog")
        self.audit_action.triggered.connect(self.show_change_log)

        self.panel.close_requested.connect(self.close_wizard)
        self.panel.restart_requested.connect(self.restart_wizard)
        self.panel.retranslated.connect(self.retranslate)
        self.runner.finished.connect(self._on_job_finished)
        self.retranslate()

    # --- wizards ---------------------------------------------------------------------------------------

    def open_wizard(self, vm_key: str, wizard_id: str) -> WizardRun | None:
        """Show the wizard for a VM of the tree, resuming its run if it was opened before."""
        session = self._session()
        node = self._model.find(vm_key)
        if session is None or node is None or node.result is None or wizard_id not in WIZARDS:
            return None
        result = node.result
        key = (vm_key, wizard_id)
        run = self.runs.get(key)
        if run is None:
            context = context_for_result(
                session.gateway, result.facts, result.findings, wizard_id, audit=self.audit_log()
            )
            run = start(wizard_id, context)
            self.runs[key] = run
        else:
            run.resume(run.context.with_facts(result.facts, result.findings))
        self.panel.show_run(run, session.gateway, session.target.display(translate))
        tabs = self._tabs
        index = tabs.indexOf(self.panel)
        tabs.setTabVisible(index, True)
        self._update_tab()
        tabs.setCurrentIndex(index)
        self.panel.steps.setFocus()
        return run

    def restart_wizard(self) -> WizardRun | None:
        """Forget the shown run (its changes stay in the change log) and start it again on fresh facts."""
        run = self.panel.run
        key = next((k for k, v in self.runs.items() if v is run), None)
        if key is None:
            return None
        del self.runs[key]
        return self.open_wizard(*key)

    def close_wizard(self) -> None:
        """Hide the Fix page (the run is kept; a step still running goes on and is shown when reopened)."""
        tabs = self._tabs
        index = tabs.indexOf(self.panel)
        if tabs.currentIndex() == index:
            tabs.setCurrentWidget(self._diagnostics)
        tabs.setTabVisible(index, False)
        run = self.panel.run
        shown = self._diagnostics.node
        if run is not None and shown is not None and shown.key == ids.key(run.context.vm.id):
            self._diagnostics.refresh()  # it offers to continue the wizard now

    @property
    def panel_shown(self) -> bool:
        return self._tabs.isTabVisible(self._tabs.indexOf(self.panel))

    def abandon(self) -> None:
        """The tenant is going away: stop a running step, forget the runs, hide the panel."""
        self.runner.abandon()
        self.runs.clear()
        self.panel.clear()
        self.close_wizard()

    def on_session_opened(self) -> None:
        if self.audit_dialog is not None:
            self.audit_dialog.set_audit(self.audit_log())

    def under_way(self, node: Node) -> list[QWidget]:
        """Cards for the wizards started for this VM and not finished, that no finding offers any more (after
        a fix, the finding that proposed the wizard may be gone while steps remain, such as backing up)."""
        result = node.result
        offered = {
            f.wizard
            for f in (result.findings if result else [])
            if f.status not in (Status.PASS, Status.NOT_APPLICABLE)
        }
        cards: list[QWidget] = []
        for (vm_key, wizard_id), run in self.runs.items():
            if vm_key != node.key or wizard_id in offered or run.complete:
                continue
            views = run.views()
            if all(v.state in (StepState.PENDING, StepState.NOT_APPLICABLE) for v in views):
                continue
            cards.append(UnderWayCard(run, functools.partial(self.open_wizard, vm_key, wizard_id)))
        return cards

    # --- the change log --------------------------------------------------------------------------------

    def audit_log(self) -> AuditLog:
        """The audit log of the current session: the demo file for a simulated tenant, the user's otherwise."""
        if self.audit_path is not None:
            return AuditLog(self.audit_path)
        session = self._session()
        return AuditLog.default(simulated=bool(session is not None and session.target.simulated))

    def show_change_log(self) -> AuditDialog:
        if self.audit_dialog is None:
            self.audit_dialog = AuditDialog(self.audit_log(), self._parent)
        else:
            self.audit_dialog.set_audit(self.audit_log())
        self.audit_dialog.show()
        self.audit_dialog.raise_()
        self.audit_dialog.activateWindow()
        return self.audit_dialog

    # --- results ---------------------------------------------------------------------------------------

    def _on_job_finished(self, job: Job) -> None:
        outcome = job.outcome
        if outcome is not None and outcome.refreshed is not None:
            self._show_result(outcome.refreshed, job.run)
        if job.kind is JobKind.ACTION:
            if self.audit_dialog is not None:
                self.audit_dialog.reload()
            self.action_finished.emit(job)
        self._update_tab()

    def _show_result(self, result: VmResult, source: WizardRun) -> None:
        """Put a VM read again into the tree, as a scan's result would arrive, and redraw its pane."""
        if not self._show_vm(result):
            return
        key = ids.key(result.facts.id)
        for (vm_key, _), run in self.runs.items():
            if vm_key == key and run is not source:
                run.resume(run.context.with_facts(result.facts, result.findings))
        self.vm_updated.emit(result)

    def on_scan_finished(self, report: ScanReport | None) -> None:
        """Runs continue on the re-scan's facts; their steps keep their states."""
        if report is None:
            return
        for (vm_key, _), run in self.runs.items():
            node = self._model.find(vm_key)
            if node is not None and node.result is not None:
                run.resume(run.context.with_facts(node.result.facts, node.result.findings))
        if self.panel.run is not None:
            self.panel.refresh()

    # --- language --------------------------------------------------------------------------------------

    def _update_tab(self) -> None:
        run = self.panel.run
        tabs = self._tabs
        index = tabs.indexOf(self.panel)
        name = run.context.vm.name if run is not None else ""
        tabs.setTabText(index, self.tr("Fix %1").replace("%1", name) if name else self.tr("Fix"))
        tabs.setTabToolTip(index, run.title.render(translate) if run is not None else "")

    def retranslate(self) -> None:
        self.audit_action.setText(self.tr("Change log…"))
        self.audit_action.setToolTip(self.tr("Every change Backup Doctor asked Azure to make"))
        self.audit_action.setStatusTip(self.tr("Every change Backup Doctor asked Azure to make"))
        self._update_tab()


class UnderWayCard(QWidget):
    """In a VM's diagnostics: a fix wizard started and not finished, with a button to continue it."""

    def __init__(self, run: WizardRun, on_continue: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizardUnderWay")
        views = [v for v in run.views() if v.state is not StepState.NOT_APPLICABLE]
        finished = sum(1 for v in views if v.state.finished)
        title = run.title.render(translate)
        frame = widgets.card()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        grid = QGridLayout(frame)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setHorizontalSpacing(10)
        grid.addWidget(widgets.icon_label(icons.icon("fix")), 0, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(4)
        heading = widgets.heading(self.tr("Fix under way: %1").replace("%1", title))
        heading.setObjectName("underWayTitle")
        column.addWidget(heading)
        progress = self.tr("Steps finished: %1 of %2.").replace("%1", str(finished)).replace("%2", str(len(views)))
        column.addWidget(widgets.muted(widgets.text_label(progress)))
        self.button = QPushButton(icons.icon("fix"), self.tr("Continue…"))
        self.button.setObjectName("continueButton")
        self.button.setAccessibleName(self.tr("Continue the fix wizard: %1").replace("%1", title))
        self.button.clicked.connect(lambda _checked=False: on_continue())
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        grid.addLayout(column, 0, 1)
        grid.setColumnStretch(1, 1)


__all__ = ["FixWizards", "UnderWayCard"]
