"""The main window: VM tree on the left, diagnostics on the right, scans with progress and cancel."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core import __version__
from core.scan import ScanReport
from core.scan_scope import ScanScope, ScopeKind
from core.session import Session, TargetKind
from gui import icons, widgets
from gui.banner import Banner
from gui.diagnostics_pane import DiagnosticsPane
from gui.error_dialog import ExceptionHook
from gui.fix_wizards import FixWizards
from gui.guest_check import GuestChecks
from gui.i18n import LANGUAGES, NATIVE_NAMES, LanguageManager, translate
from gui.report_actions import ReportActions
from gui.scan_controller import ScanController
from gui.scan_events import ScanEvent
from gui.settings import AppSettings
from gui.settings_dialog import SettingsDialog
from gui.tasks import start_task
from gui.tree_nodes import Kind, Node, scan_scope_of
from gui.tree_panel import TreePanel
from gui.triage_panel import Matcher, TriagePanel
from gui.vm_tree_model import VmTreeModel
from gui.welcome_page import WelcomePage
from gui.widgets import tooltip_text

if TYPE_CHECKING:
    from gui.azure_account import AzureAccount

#: Opens a session (as a background task); the label says what is being opened.
SessionFactory = Callable[[], Session]

#: The diagnostics of a changing selection are redrawn at most this often while a scan runs (the pane
#: is rebuilt from widgets, which costs the GUI thread more than anything else in a batch).
PANE_REFRESH_MS = 1000
#: How often the tree and the progress bar show what a running scan has changed.
TREE_REFRESH_MS = 250


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
        #: What the running (or last) scan covers.
        self._scope = ScanScope.tenant()
        self._hook = exception_hook or ExceptionHook(self)
        self._hook.set_window(self)
        self._wanted_selection = settings.last_selection
        self._opening = False

        self.model = VmTreeModel(self)
        self.scans = ScanController(self, self)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_central(matcher)
        self._build_status_bar()
        self._connect()
        self.retranslate()
        self._set_scanning(False)
        self._restore_layout()
        self.fixes = FixWizards(self)  # the Fix page, the "Fix…" buttons' wizards, View > Change log
        self.guest_checks = GuestChecks(self)  # "Check inside the VM…" (after FixWizards: it extends vm_extras)
        self.reports = ReportActions(self)  # File > Export report, Save / Open saved scan, Copy for ticket
        self.account: AzureAccount | None = None  # Azure sign-in (gui/azure_account.py), set by gui/app.py
        self.fixes.vm_updated.connect(lambda _result: self.refresh_status_counts())

    # --- construction ----------------------------------------------------------------------------------

    def _action(self, name: str, icon_name: str | None, slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if icon_name:
            action.setIcon(icons.icon(icon_name))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.scan_all_action = self._action("scanAll", "scan", self.scan_all)
        self.scan_all_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.scan_selected_action = self._action("scanSelected", "scan-selected", self.scan_selected)
        self.scan_selected_action.setShortcut(QKeySequence("Ctrl+F5"))
        self.cancel_action = self._action("cancelScan", "cancel", self.cancel_scan)
        self.cancel_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.settings_action = self._action("settings", "settings", self.open_settings)
        self.settings_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Preferences), QKeySequence("Ctrl+,")])
        self.about_action = self._action("about", "about", self.show_about)
        self.quit_action = self._action("quit", None, self.close)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.open_demo_action = self._action("openDemo", "demo", self.open_demo)
        self.open_file_action = self._action("openTenantFile", None, self.choose_tenant_file)
        self.open_file_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.find_action = self._action("focusFilter", None, self._focus_filter)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.lookup_action = self._action("lookUpMessage", "lookup", self.show_lookup)
        self.lookup_action.setShortcut(QKeySequence("Ctrl+L"))
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            action = QAction(NATIVE_NAMES[code], self)
            action.setObjectName(f"language-{code}")
            action.setCheckable(True)
            action.setChecked(code == self.languages.language)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.open_demo_action, self.open_file_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.scan_menu = bar.addMenu("")
        self.scan_menu.addActions([self.scan_all_action, self.scan_selected_action, self.cancel_action])
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([self.find_action, self.lookup_action])
        self.language_menu = bar.addMenu("")
        self.language_menu.setObjectName("languageMenu")
        self.language_menu.addActions(list(self.language_actions.values()))
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions([self.scan_all_action, self.scan_selected_action, self.cancel_action])
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.lookup_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.language_button = QToolButton()
        self.language_button.setObjectName("languageButton")
        self.language_button.setIcon(icons.icon("language"))
        self.language_button.setMenu(self.language_menu)
        self.language_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.language_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addWidget(self.language_button)
        self.toolbar.addAction(self.settings_action)
        self.toolbar.addAction(self.about_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

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

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # it names tenant files and targets
        self.status_label.setObjectName("scanStatus")
        self.progress = QProgressBar()
        self.progress.setObjectName("scanProgress")
        self.progress.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 18)
        self.progress.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 26)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(icons.icon("cancel"), "")
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.cancel_scan)
        status.addWidget(self.status_label, 1)
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.cancel_button)

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
        self._progress: tuple[int, int] | None = None

    # --- sessions --------------------------------------------------------------------------------------

    def open_demo(self) -> None:
        from core.session import demo_session

        self.open_session(demo_session, self.tr("Opening the demo tenant…"))

    def choose_tenant_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a tenant file"), "", self.tr("Tenant files (*.json);;All files (*)")
        )
        if path:
            self.open_tenant_file(Path(path))

    def open_tenant_file(self, path: Path) -> None:
        from core.session import simulated_session

        self.open_session(lambda: simulated_session(path), self.tr("Opening %1…").replace("%1", path.name))

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
        from core.simulator.tenant import TenantFileError

        if isinstance(error, TenantFileError | OSError):
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
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.tr("Cancelling: waiting for the requests already sent…"))

    def on_scan_started(self, scope: ScanScope) -> None:
        self._scope = scope
        self.model.begin_scan(scope)
        self._flush_timer.start()
        self._set_scanning(True)
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Listing…"))
        self.status_label.setText(self._scope_sentence(scope, finished=False))

    def _scope_sentence(self, scope: ScanScope, *, finished: bool) -> str:
        """What is (or was) scanned, named as the tree names it: "Scanning the VM vm-erp-app01…"."""
        roots = self.model.scope_roots(scope)
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
            name = self.session.target.display(translate) if self.session is not None else ""
        return text.replace("%1", name)

    def on_scan_events(self, events: list[ScanEvent]) -> None:
        batch = self.model.apply(events)
        self.tree.after_batch(batch)
        shown = self.diagnostics.node
        if shown is not None and any(node is shown for node in batch.changed):
            self._schedule_pane_refresh()
        if self._wanted_selection and self.tree.select_key(self._wanted_selection):
            self._wanted_selection = None

    def on_scan_progress(self, done: int, total: int) -> None:
        if total > 0:
            self._progress = (done, total)  # shown by _show_scan_state, a few times a second

    def _show_scan_state(self) -> None:
        """What a running scan changed, shown in one go: rows of the tree, the progress bar.

        Each dataChanged signal would go through the filter model's mapping, calling into Python
        (and taking the GIL back from the scan's threads) several times; only the rows on screen
        that changed are repainted instead.
        """
        self.tree.repaint_rows(self.model.take_recent_changes())
        if self._progress is not None:
            done, total = self._progress
            self._progress = None
            if self.model.still_listing():
                # More VMs are coming: the bar is never full and the total is said to be partial.
                self.progress.setRange(0, total + 1)
                text = self.tr("%1 of %2 VMs checked so far; still listing VMs…")
            else:
                self.progress.setRange(0, total)
                text = self.tr("%1 of %2 VMs checked")
            self.progress.setValue(done)
            self.progress.setFormat(text.replace("%1", str(done)).replace("%2", str(total)))

    def on_scan_finished(self, report: ScanReport | None) -> None:
        self._flush_timer.stop()
        self._progress = None
        self.model.end_scan(report)
        self.tree.fit_status_column()
        self.last_report = report
        self.triage.learn(report)
        self._set_scanning(False)
        self.status_label.setText(self._report_sentence(report))
        if self._wanted_selection and self.tree.select_key(self._wanted_selection):
            self._wanted_selection = None
        if self.tree.current_node() is None:
            tenant = self.model.tenant()
            if tenant is not None:
                self.tree.select_key(tenant.key)
        self._refresh_pane()
        self.scan_finished.emit(report)

    def on_scan_failed(self, summary: str, details: str) -> None:
        self._hook.show_error(summary, details)

    def _report_sentence(self, report: ScanReport | None) -> str:
        if report is None:
            return self.tr("The scan stopped because of an unexpected error.")
        if report.cancelled:
            checked = str(len(report.vms))
            return self.tr("Scan cancelled. VMs checked so far: %1; the results are partial.").replace("%1", checked)
        sentence = self._tree_counts_sentence()
        scanned = self._scope_sentence(self._scope, finished=True)
        if scanned:
            # A narrower scan names what it re-checked; the counts are still those of the whole tree.
            sentence = f"{scanned} {sentence}"
        if report.problems:
            sentence += " " + self.tr("Some data could not be read: look for the ◆ marks in the tree.")
        return sentence

    def _tree_counts_sentence(self) -> str:
        """What the tree shows, counted from the tree: the same after a partial scan and after a fix."""
        tenant = self.model.tenant()
        counts = tenant.counts if tenant is not None else None
        checked = (counts.total - counts.checking) if counts is not None else 0
        failing = counts.failing if counts is not None else 0
        sentence = self.tr("Scan finished. VMs checked: %1, failing: %2.").replace("%1", str(checked))
        return sentence.replace("%2", str(failing))

    def refresh_status_counts(self) -> None:
        """After a fix changed a VM in the tree, the status bar's counts follow it."""
        if self.last_report is not None and not self.last_report.cancelled and not self.scans.running:
            self.status_label.setText(self._report_sentence(self.last_report))

    def _set_scanning(self, scanning: bool) -> None:
        has_session = self.session is not None
        self.scan_all_action.setEnabled(has_session and not scanning)
        self.scan_selected_action.setEnabled(has_session and not scanning)
        self.cancel_action.setEnabled(scanning)
        self.cancel_button.setEnabled(scanning)
        self.cancel_button.setVisible(scanning)
        self.progress.setVisible(scanning)
        self.open_demo_action.setEnabled(not scanning)
        self.open_file_action.setEnabled(not scanning)

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
        name = roots[0].name if len(roots) == 1 else ""
        if scope.kind is ScopeKind.VMS and name:
            tip = self.tr("Scan the VM %1 again (Ctrl+F5)")
        elif scope.kind is ScopeKind.RESOURCE_GROUP and name:
            tip = self.tr("Scan the resource group %1 again (Ctrl+F5)")
        elif scope.kind is ScopeKind.SUBSCRIPTIONS and name:
            tip = self.tr("Scan the subscription %1 again (Ctrl+F5)")
        else:
            tip = self.tr("Scan every subscription again (Ctrl+F5)")
        # Names come from Azure: shown as plain text in the tooltip; the status line keeps a fixed sentence.
        self.scan_selected_action.setToolTip(tooltip_text(tip.replace("%1", name)))
        self.scan_selected_action.setStatusTip(
            self.tr("Scan the selected VM, resource group or subscription again (Ctrl+F5)")
        )

    def _schedule_pane_refresh(self) -> None:
        if not self._pane_timer.isActive():
            self._pane_timer.start()

    def _refresh_pane(self) -> None:
        self._pane_timer.stop()
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
        texts = (
            (self.scan_all_action, self.tr("Scan all"), self.tr("Scan every subscription (F5)")),
            (self.scan_selected_action, self.tr("Scan selected"), ""),
            (self.cancel_action, self.tr("Cancel scan"), self.tr("Stop the running scan (Esc)")),
            (self.settings_action, self.tr("Settings…"), self.tr("Language, scanning and layout")),
            (self.about_action, self.tr("About"), self.tr("About Backup Doctor")),
            (self.quit_action, self.tr("Quit"), ""),
            (self.open_demo_action, self.tr("Open the demo tenant"), ""),
            (self.open_file_action, self.tr("Open a tenant file…"), ""),
            (self.find_action, self.tr("Filter the tree"), ""),
            (
                self.lookup_action,
                self.tr("Look up an error"),
                self.tr("Find what a pasted error message means (Ctrl+L)"),
            ),
        )
        for action, text, tip in texts:
            action.setText(text)
            action.setToolTip(tip or text)
            action.setStatusTip(tip)
        self._show_scan_selected_tip()
        self.file_menu.setTitle(self.tr("&File"))
        self.scan_menu.setTitle(self.tr("&Scan"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.language_button.setText(NATIVE_NAMES[self.languages.language])
        self.language_button.setToolTip(self.tr("Language"))
        self.language_button.setAccessibleName(self.tr("Language"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.tabs.setTabText(0, self.tr("Diagnostics"))
        self.tabs.setTabText(1, self.tr("Look up an error"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the scan"))
        self.progress.setAccessibleName(self.tr("Scan progress"))
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
        self.save_layout()
        self.scans.cancel()
        self.fixes.abandon()
        if self.session is not None:
            self.session.close()  # before waiting: a closed session ends the scan's calls in flight
            self.session = None
        self.scans.abandon()
        super().closeEvent(event)
