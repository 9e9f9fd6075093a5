"""The main window: VM tree on the left, diagnostics on the right, scans with progress and cancel."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core import __version__, ids
from core.azure.target import Target
from core.scan import ScanReport, VmResult
from core.scan_scope import ScanScope
from core.session import Session, TargetKind
from core.simulator import SimulatorServer
from gui import icons, widgets
from gui.account_settings import AccountSettings
from gui.azure_account import AzureAccount
from gui.banner import Banner
from gui.diagnostics_pane import DiagnosticsPane
from gui.error_dialog import ExceptionHook
from gui.fix_wizards import FixWizards
from gui.guest_check import GuestChecks
from gui.i18n import LanguageManager, translate
from gui.report_actions import ReportActions
from gui.scan_controller import ScanController
from gui.scan_events import ScanEvent, VmEvaluated, VmsListed
from gui.scan_status import ScanStatus
from gui.settings import AppSettings
from gui.settings_dialog import SettingsDialog
from gui.tasks import start_task
from gui.time_boxed import Step, TimeBoxedSteps, once
from gui.tree_nodes import Kind, Node, scan_scope_of
from gui.tree_panel import TreePanel
from gui.triage_panel import Matcher, TriagePanel
from gui.vm_tree_model import VmTreeModel
from gui.welcome_page import WelcomePage
from gui.window_actions import WindowActions

# Opens a session (as a background task); the label says what is being opened.
SessionFactory = Callable[[], Session]

# The diagnostics of a changing selection are redrawn at most this often while a scan runs (the pane
# is rebuilt from widgets, which costs the GUI thread more than anything else in a batch).
PANE_REFRESH_MS = 1000
# How often the tree and the progress bar show what a running scan has changed.
TREE_REFRESH_MS = 250
# The end of a scan is shown in slices of at most this long (as the controller applies events), yielding
# to the event loop in between; rows changed during the scan are announced this many at a time.
FINISH_SLICE_SECONDS = 0.012
FINISH_ROWS = 25


class MainWindow(QMainWindow):
    session_opened = Signal()
    scan_finished = Signal(object)  # ScanReport | None

    def __init__(
        self,
        settings: AppSettings,
        languages: LanguageManager,
        *,
        matcher: Matcher | None = None,
        exception_hook: ExceptionHook | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(icons.icon("app"))
        self.setMinimumSize(QSize(860, 520))
        self.settings = settings
        self.languages = languages
        self.session: Session | None = None
        self.last_report: ScanReport | None = None
        # What the running (or last) scan covers.
        self._scope = ScanScope.tenant()
        self._hook = exception_hook or ExceptionHook(self)
        self._hook.set_window(self)
        self._wanted_selection = settings.last_selection
        self._opening = False

        self.model = VmTreeModel(self)
        self.scans = ScanController(self, self)
        self.menus = WindowActions(
            self,
            language=languages.language,
            scan_all=self.scan_all,
            scan_selected=self.scan_selected,
            cancel=self.cancel_scan,
            settings=self.open_settings,
            about=self.show_about,
            quit=self.close,
            open_demo=self.open_demo,
            open_file=self.choose_tenant_file,
            find=self._focus_filter,
            lookup=self.show_lookup,
            set_language=self.set_language,
        )
        self.scan_all_action = self.menus.scan_all_action
        self.scan_selected_action = self.menus.scan_selected_action
        self.cancel_action = self.menus.cancel_action
        self.language_actions = self.menus.language_actions
        self.file_menu = self.menus.file_menu
        self.view_menu = self.menus.view_menu
        self.toolbar = self.menus.toolbar
        self._build_central(matcher)
        self.status = ScanStatus(self, self.model, target_name=self._target_name, cancel=self.cancel_scan)
        self.status_label = self.status.label
        self.progress = self.status.progress
        self.cancel_button = self.status.cancel_button
        self._connect()
        self._build_helpers()
        self.retranslate()
        self._set_scanning(False)
        self._restore_layout()

    # --- construction ----------------------------------------------------------------------------------

    def _build_central(self, matcher: Matcher | None) -> None:
        self.banner = Banner("demo")
        self.banner.setVisible(False)
        self.tree = TreePanel(self.model)
        self.diagnostics = DiagnosticsPane()
        self.triage = TriagePanel(matcher)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("rightTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.diagnostics, icons.icon("scan"), "")
        self.tabs.addTab(self.triage, icons.icon("lookup"), "")
        self.splitter = widgets.PersistentSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([430, 670])
        workspace = QWidget()
        layout = QVBoxLayout(workspace)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(8)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.welcome = WelcomePage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(workspace)
        self.workspace = workspace
        self.setCentralWidget(self.stack)

    def _connect(self) -> None:
        self.tree.current_changed.connect(self._on_current_changed)
        self.diagnostics.vm_requested.connect(self.select)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.tenant_file_requested.connect(self.choose_tenant_file)
        self.model.rowsRemoved.connect(lambda *_: self._schedule_pane_refresh())
        self._pane_timer = QTimer(self)
        self._pane_timer.setSingleShot(True)
        self._pane_timer.setInterval(PANE_REFRESH_MS)
        self._pane_timer.timeout.connect(self._refresh_pane)
        # While a scan runs, the model announces changed rows only when it ends; meanwhile the tree
        # and the progress bar are repainted this often (see _show_scan_state).
        self._flush_timer = QTimer(self)
        self._flush_timer.setInterval(TREE_REFRESH_MS)
        self._flush_timer.timeout.connect(self._show_scan_state)
        # The end of a scan, shown in time-boxed steps (see on_scan_finished).
        self._finishing = TimeBoxedSteps(FINISH_SLICE_SECONDS, self)

    def _build_helpers(self) -> None:
        """The Fix page and its wizards, "Check inside the VM…", the report and saved-scan actions: each gets
        the parts of the window it works with, and the window connects them to its own signals."""
        self.fixes = FixWizards(
            tabs=self.tabs,
            diagnostics=self.diagnostics,
            model=self.model,
            session=lambda: self.session,
            show_result=self.show_vm_result,
            parent=self,
        )
        self.guest_checks = GuestChecks(
            model=self.model,
            session=lambda: self.session,
            show_result=self.show_vm_result,
            audit_log=self.fixes.audit_log,
            parent=self,
        )
        self.reports = ReportActions(
            model=self.model,
            tree=self.tree,
            banner=self.banner,
            session=lambda: self.session,
            last_report=lambda: self.last_report,
            audit_log=self.fixes.audit_log,
            language=lambda: self.languages.language,
            close_session=lambda: self.set_session(None),
            show_saved=self._show_saved_scan,
            status_message=self.statusBar().showMessage,
            parent=self,
        )
        # Azure sign-in (gui/azure_account.py), made by `sign_in_with` (gui/app.py calls it).
        self.account: AzureAccount | None = None
        self.menus.place_change_log(self.fixes.audit_action)
        self.menus.place_reports(self.reports.menu_actions())
        self.addAction(self.reports.copy_action)  # its shortcut works wherever the focus is in the window
        diagnostics = self.diagnostics
        diagnostics.wizard_requested.connect(self.fixes.open_wizard)
        # A VM's page: report buttons, wizards under way, then "Check inside the VM…".
        diagnostics.vm_extras = lambda node: [
            *self.reports.vm_extras(node),
            *self.fixes.under_way(node),
            *self.guest_checks.extras(node),
        ]
        diagnostics.scope_extras = self.reports.scope_extras
        self.scan_finished.connect(self.fixes.on_scan_finished)
        self.scan_finished.connect(lambda _report: self.reports.update_actions())
        self.session_opened.connect(self.fixes.on_session_opened)
        self.session_opened.connect(self.reports.on_session_opened)
        self.tree.current_changed.connect(lambda _node: self.reports.update_actions())
        self.languages.changed.connect(lambda _language: self.reports.retranslate())
        self.fixes.vm_updated.connect(lambda _result: self.refresh_status_counts())

    def sign_in_with(
        self, target: Target, *, server: SimulatorServer | None = None, remembered: AccountSettings | None = None
    ) -> AzureAccount:
        """Sign-in to `target` for this window: its actions first in the File menu, its chip in the status bar."""
        account = AzureAccount(
            target,
            open_session=self.open_session,
            close_session=lambda: self.set_session(None),
            show_notice=self.status_label.setText,
            parent=self,
            server=server,
            remembered=remembered,
        )
        self.menus.place_account(account.menu_actions())
        self.welcome.sign_in_requested.connect(account.show_sign_in)
        self.statusBar().insertPermanentWidget(1, account.chip)  # after the status text, before the progress
        self.account = account
        return account

    def show_vm_result(self, result: VmResult) -> bool:
        """Put a VM read again (by a fix wizard, or inside the guest) into the tree and its pane, as a scan's
        result would arrive; False when the tree no longer has that VM."""
        node = self.model.find(ids.key(result.facts.id))
        if node is None:
            return False
        batch = self.model.apply([VmEvaluated(result)])
        self.tree.after_batch(batch)
        if self.diagnostics.node is node:
            self.diagnostics.refresh()
        return True

    def _show_saved_scan(self, report: ScanReport) -> None:
        """A saved scan is in the tree (no session): it is the scan the window shows."""
        self.last_report = report
        self.stack.setCurrentWidget(self.workspace)

    def _target_name(self) -> str:
        return self.session.target.display(translate) if self.session is not None else ""

    # --- sessions --------------------------------------------------------------------------------------

    def open_demo(self) -> None:
        from core.session import served_demo_session

        self.open_session(served_demo_session, self.tr("Opening the demo tenant…"))

    def choose_tenant_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a tenant file"), "", self.tr("Tenant files (*.json);;All files (*)")
        )
        if path:
            self.open_tenant_file(Path(path))

    def open_tenant_file(self, path: Path) -> None:
        from core.session import served_session

        self.open_session(lambda: served_session(path), self.tr("Opening %1…").replace("%1", path.name))

    def open_session(self, factory: SessionFactory, message: str) -> None:
        """Open a session off the GUI thread (loading a large tenant file takes a while)."""
        if self._opening or self.scans.running:
            return
        self._opening = True
        self.welcome.set_busy(message)
        self.status_label.setText(message)
        start_task(
            lambda _report: factory(),
            name="open-session",
            on_done=self._on_session_opened,
            on_error=self._on_session_failed,
            context=self,
        )

    def _on_session_opened(self, session: Session) -> None:
        self._opening = False
        self.welcome.set_busy("")
        self.set_session(session)

    def _on_session_failed(self, error: Exception, details: str) -> None:
        self._opening = False
        self.welcome.set_busy("")
        self.status_label.setText("")
        from core.served_tenant import ServedTenantError
        from core.simulator.tenant import TenantFileError

        if isinstance(error, ServedTenantError):
            # The simulator's process could not start or ended at once: a sentence, the window stays as it was.
            QMessageBox.warning(self, self.tr("Could not open the tenant"), error.message.render(translate))
        elif isinstance(error, TenantFileError | OSError):
            # Plain text although the message quotes the file's name and contents: a message box detects rich
            # text from its first line only (Qt::mightBeRichText), and that line is always this sentence.
            QMessageBox.warning(
                self,
                self.tr("Could not open the tenant"),
                self.tr("This tenant file could not be opened:") + "\n\n" + str(error),
            )
        else:
            self._hook.show_error(f"{type(error).__name__}: {error}", details)

    def set_session(self, session: Session | None) -> None:
        """Show a tenant (scanning it when the settings say so), or the sign-in notice for None."""
        self._complete_finish()
        self.scans.cancel()
        self.fixes.abandon()
        if self.session is not None and self.session is not session:
            self.session.close()  # before waiting: a closed session ends the scan's calls in flight
        self.scans.abandon()
        self.session = session
        self.last_report = None
        self.model.reset(session.target.display(translate) if session is not None else None)
        self.diagnostics.show_node(None)
        self._update_banner()
        self.stack.setCurrentWidget(self.workspace if session is not None else self.welcome)
        self._set_scanning(False)
        self.status_label.setText("")
        if session is not None:
            self.tree.view.setFocus()
            self.session_opened.emit()
            if self.settings.scan_on_open:
                self.scan_all()

    def _update_banner(self) -> None:
        target = self.session.target if self.session is not None else None
        self.banner.setVisible(bool(target and target.simulated))
        if target is None or not target.simulated:
            return
        if target.kind is TargetKind.DEMO:
            self.banner.set_text(
                self.tr("Demo tenant"),
                self.tr("Simulated subscriptions and VMs for practice. Nothing in Azure is read or changed."),
            )
        else:
            self.banner.set_text(
                self.tr("Simulated tenant"),
                self.tr("%1. Nothing in Azure is read or changed.").replace("%1", target.display(translate)),
            )

    # --- scans -----------------------------------------------------------------------------------------

    def scan_all(self) -> None:
        if self.session is not None:
            self.scans.start(self.session.gateway)

    def scan_selected(self) -> None:
        """Scan what is selected: a VM, a resource group, a subscription, or the whole tenant."""
        if self.session is not None:
            self.scans.start(self.session.gateway, scan_scope_of(self.tree.current_node()))

    def cancel_scan(self) -> None:
        if self.scans.running and not self.scans.cancelling:
            self.scans.cancel()
            self.cancel_action.setEnabled(False)
            self.status.cancelling()

    def on_scan_started(self, scope: ScanScope) -> None:
        self._complete_finish()
        self._scope = scope
        self.model.begin_scan(scope)
        self._flush_timer.start()
        self._set_scanning(True)
        self.status.started(scope)

    def adds_rows(self, listing: VmsListed) -> bool:
        return self.model.adds_rows(listing.vms)

    def rows(self) -> int:
        return self.model.row_total()

    def on_scan_events(self, events: list[ScanEvent]) -> None:
        batch = self.model.apply(events)
        self.tree.after_batch(batch)
        shown = self.diagnostics.node
        if shown is not None and any(node is shown for node in batch.changed):
            self._schedule_pane_refresh()
        if self._wanted_selection and self.tree.select_key(self._wanted_selection):
            self._wanted_selection = None

    def on_scan_progress(self, done: int, total: int) -> None:
        self.status.note_progress(done, total)  # shown by _show_scan_state, a few times a second

    def _show_scan_state(self) -> None:
        """What a running scan changed, shown in one go: rows of the tree, the progress bar.

        Each dataChanged signal would go through the filter model's mapping, calling into Python
        (and taking the GIL back from the scan's threads) several times; only the rows on screen
        that changed are repainted instead.
        """
        self.tree.repaint_rows(self.model.take_recent_changes())
        self.status.show_progress()

    def on_scan_finished(self, report: ScanReport | None) -> None:
        """The scan has ended: the tree's nodes and the status bar are final at once; the rest (announcing
        the rows changed during the scan, the status column's width, the pane's rebuild) follows in
        time-boxed slices, and `scan_finished` is emitted after the last one."""
        self._complete_finish()  # a previous scan's, if any (not expected: scans do not overlap)
        self._flush_timer.stop()
        self.status.finished()
        self.model.end_scan(report, announce=False)
        self.last_report = report
        self._set_scanning(False)
        self.status_label.setText(self._report_sentence(report))
        self._finishing.start([
            lambda: self.model.flush_changes(FINISH_ROWS),
            once(self._finish_tree),
            once(lambda: self.triage.learn(report)),
            *self._pane_rebuild_steps(),
            once(lambda: self.scan_finished.emit(report)),
        ])

    def _pane_rebuild_steps(self) -> list[Step]:
        """The pane's rebuild at the end of a scan, as three steps: build its content, lay it out, show it
        (unless the selection changed in between: selecting shows the new node's pane at once)."""
        prepared: list[tuple[Node | None, QWidget]] = []

        def build() -> None:
            self._pane_timer.stop()
            node = self.tree.current_node()
            prepared.append((node, self.diagnostics.prepare(node)))

        def lay_out() -> None:
            self.diagnostics.lay_out(prepared[0][1])

        def show() -> None:
            node, content = prepared.pop()
            if node is self.tree.current_node():
                self.diagnostics.install(node, content)
            else:
                content.deleteLater()

        return [once(build), once(lay_out), once(show)]

    @property
    def finishing(self) -> bool:
        """Whether the end of the last scan is still being shown (scan_finished not emitted yet)."""
        return self._finishing.pending

    def _complete_finish(self) -> None:
        """Show the end of the last scan at once (another scan or session starts, the window closes)."""
        self._finishing.complete()

    def _finish_tree(self) -> None:
        self.tree.fit_status_column()
        if self._wanted_selection and self.tree.select_key(self._wanted_selection):
            self._wanted_selection = None
        if self.tree.current_node() is None:
            tenant = self.model.tenant()
            if tenant is not None:
                self.tree.select_key(tenant.key)

    def on_scan_failed(self, summary: str, details: str) -> None:
        self._hook.show_error(summary, details)

    def _report_sentence(self, report: ScanReport | None) -> str:
        return self.status.report_sentence(report, self._scope)

    def refresh_status_counts(self) -> None:
        """After a fix changed a VM in the tree, the status bar's counts follow it."""
        if self.last_report is not None and not self.last_report.cancelled and not self.scans.running:
            self.status_label.setText(self._report_sentence(self.last_report))

    def _set_scanning(self, scanning: bool) -> None:
        self.menus.set_scanning(has_session=self.session is not None, scanning=scanning)
        self.status.set_scanning(scanning)

    # --- selection and the diagnostics pane ------------------------------------------------------------

    def select(self, key: str) -> bool:
        return self.tree.select_key(key)

    def _on_current_changed(self, node: Node | None) -> None:
        # The view makes the tenant current by itself when it gets focus; that must not replace the
        # selection still to be restored from the last session.
        automatic = node is not None and node.kind is Kind.TENANT and self._wanted_selection is not None
        if node is not None and not automatic:
            self._wanted_selection = None
            self.settings.last_selection = node.key
        self._pane_timer.stop()
        self.diagnostics.show_node(node)
        if node is not None and self.tabs.currentWidget() is not self.diagnostics:
            self.tabs.setCurrentWidget(self.diagnostics)
        self._show_scan_selected_tip()

    def _show_scan_selected_tip(self) -> None:
        """The tooltip of Scan selected names what it will scan for the current selection."""
        scope = scan_scope_of(self.tree.current_node())
        roots = self.model.scope_roots(scope)
        self.menus.show_scan_selected_tip(scope.kind, roots[0].name if len(roots) == 1 else "")

    def _schedule_pane_refresh(self) -> None:
        if not self._pane_timer.isActive():
            self._pane_timer.start()

    def _refresh_pane(self) -> None:
        self._pane_timer.stop()
        if self.finishing:
            return  # the end of the scan rebuilds the pane, in slices (_pane_rebuild_steps)
        node = self.tree.current_node()
        if node is not self.diagnostics.node:
            self.diagnostics.show_node(node)
        elif self.scans.running and node is not None and not node.is_vm:
            # A scope's summary changes with every batch; its lists are rebuilt when the scan ends.
            self.diagnostics.refresh_summary()
        else:
            self.diagnostics.refresh()

    def _focus_filter(self) -> None:
        self.tree.filter_edit.setFocus()
        self.tree.filter_edit.selectAll()

    def show_lookup(self) -> None:
        if self.stack.currentWidget() is not self.workspace:
            return
        self.tabs.setCurrentWidget(self.triage)
        self.triage.input.setFocus()

    # --- settings, language, about ---------------------------------------------------------------------

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self.languages.language, self)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        if dialog.layout_reset:
            self.settings.forget_layout()
            self.splitter.setSizes([430, 670])
            self.resize(1100, 700)
        if dialog.chosen_language() != self.languages.language:
            self.set_language(dialog.chosen_language())

    def set_language(self, language: str) -> None:
        self.languages.set_language(language)
        self.settings.language = self.languages.language
        self.language_actions[self.languages.language].setChecked(True)

    def about_text(self) -> str:
        return self.tr(
            "<h3>Backup Doctor %1</h3><p>Finds why Azure VM Backup fails when the cause is the VM "
            "agent or the backup extension, and says what the documentation recommends.</p>"
            "<p>Diagnosis only reads from Azure. A fix wizard changes Azure only after it has shown a preview "
            "of exactly what will change and you have confirmed it; every change it asks for is written to the "
            "change log.</p>"
        ).replace("%1", html.escape(__version__))

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Backup Doctor"), self.about_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Backup Doctor"))
        self.menus.retranslate(self.languages.language)
        self._show_scan_selected_tip()
        self.tabs.setTabText(0, self.tr("Diagnostics"))
        self.tabs.setTabText(1, self.tr("Look up an error"))
        self.status.retranslate()
        self.splitter.setAccessibleName(self.tr("Tree and diagnostics"))
        tenant = self.model.tenant()
        if tenant is not None and self.session is not None:
            # The tenant node is named after the target ("Demo tenant"), which has a translation too.
            tenant.name = self.session.target.display(translate)
            if self.diagnostics.node is tenant:
                self.diagnostics.refresh()
        self.model.retranslate()
        self._update_banner()
        if not self.scans.running and self.session is not None and self.last_report is not None:
            self.status_label.setText(self._report_sentence(self.last_report))

    # --- layout persistence and closing ----------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 700)
        self.splitter.restore_when_shown(self.settings.splitter_state)

    def save_layout(self) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.splitter_state = self.splitter.saveState()
        node = self.tree.current_node()
        if node is not None:
            self.settings.last_selection = node.key
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._complete_finish()
        self.save_layout()
        self.scans.cancel()
        self.fixes.abandon()
        if self.session is not None:
            self.session.close()  # before waiting: a closed session ends the scan's calls in flight
            self.session = None
        self.scans.abandon()
        super().closeEvent(event)

