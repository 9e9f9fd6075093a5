"""Report, saved scans and "copy for ticket" in the main window.

`ReportActions` gets what it works with, not the window (like `FixWizards`): the tree and its model, the
banner, the current session, scan and audit log, and the window's few moves it needs (close the session,
show a saved scan, a status-bar message). It makes File > Export report…, Save scan…, Open saved scan… and
Copy for ticket (Ctrl+Shift+C), which the window places in its File menu, and keeps what it needs to know:
when the session started (the report's audit section lists the changes made since) and, after opening a
saved scan, that scan (shown read-only under a banner: nothing is read from Azure).

What is exported is what the window shows: the VMs of the tree with their latest results (a fix
wizard's verification included), from `core.report`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QWidget

from core.audit import AuditEntry, AuditLog
from core.facts import AgentFacts, InstanceView, StatusEntry, VmFacts
from core.report import saved_scan
from core.report.html import render_html
from core.report.snapshot import ScanSnapshot, VmSnapshot, snapshot_from_scan, vm_snapshot
from core.report.ticket import ticket_text
from core.scan import ScanReport, VmResult
from core.service import Subscription
from core.session import Session
from gui import icons
from gui.banner import Banner
from gui.i18n import translate
from gui.report_dialog import ExportChoice, ExportDialog
from gui.scan_events import ProblemFound, SubscriptionListed, VmEvaluated, VmsListed
from gui.tree_nodes import Node
from gui.tree_panel import TreePanel
from gui.vm_tree_model import VmTreeModel


class ReportActions(QObject):
    def __init__(
        self,
        *,
        model: VmTreeModel,
        tree: TreePanel,
        banner: Banner,
        session: Callable[[], Session | None],
        last_report: Callable[[], ScanReport | None],
        audit_log: Callable[[], AuditLog],
        language: Callable[[], str],
        close_session: Callable[[], object],
        show_saved: Callable[[ScanReport], object],
        status_message: Callable[[str, int], object],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._model = model
        self._tree = tree
        self._banner = banner
        self._session = session
        self._last_report = last_report
        self._audit_log = audit_log
        self._language = language
        self._close_session = close_session
        self._show_saved = show_saved
        self._status_message = status_message
        self.saved: ScanSnapshot | None = None
        self.session_started = datetime.now(UTC)

        def action(name: str, icon_name: str | None, slot: object) -> QAction:
            made = QAction(parent)
            made.setObjectName(name)
            if icon_name:
                made.setIcon(icons.icon(icon_name))
            made.triggered.connect(slot)
            return made

        self.export_action = action("exportReport", None, self.choose_export)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.save_action = action("saveScan", None, self.choose_save)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.open_saved_action = action("openSavedScan", None, self.choose_open)
        self.copy_action = action("copyForTicket", "copy", self.copy_for_ticket)
        self.copy_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.retranslate()
        self.update_actions()

    def menu_actions(self) -> list[QAction]:
        """The File menu's entries, in their order."""
        return [self.open_saved_action, self.save_action, self.export_action, self.copy_action]

    def vm_extras(self, _node: Node) -> list[QWidget]:
        """Under a VM's header: "Copy for ticket" and "Export report…"."""
        return [self._vm_buttons()]

    def scope_extras(self, _node: Node) -> list[QWidget]:
        """A tenant, subscription or resource group page: "Export report…" (the whole scan or that scope)."""
        return [self._scope_buttons()] if self.export_action.isEnabled() else []

    def _vm_buttons(self) -> QWidget:
        row = QWidget()
        row.setObjectName("reportButtons")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        copy = QPushButton(icons.icon("copy"), self.tr("Copy for ticket"))
        copy.setObjectName("copyForTicketButton")
        copy.setToolTip(self.tr("Copy a summary of this VM for a ticket (Ctrl+Shift+C)"))
        copy.clicked.connect(self.copy_for_ticket)
        export = QPushButton(self.tr("Export report…"))
        export.setObjectName("exportReportButton")
        export.clicked.connect(self.choose_export)
        layout.addWidget(copy)
        layout.addWidget(export)
        layout.addStretch(1)
        return row

    def _scope_buttons(self) -> QWidget:
        row = QWidget()
        row.setObjectName("reportButtons")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        export = QPushButton(self.tr("Export report…"))
        export.setObjectName("exportReportButton")
        export.setToolTip(self.tr("Export a report of the whole scan or of this part of it"))
        export.clicked.connect(self.choose_export)
        layout.addWidget(export)
        layout.addStretch(1)
        return row

    # --- state -----------------------------------------------------------------------------------------

    def on_session_opened(self) -> None:
        self.saved = None
        self.session_started = datetime.now(UTC)
        self.update_actions()

    def update_actions(self) -> None:
        has_scan = self.saved is not None or self._last_report() is not None
        self.export_action.setEnabled(has_scan)
        self.save_action.setEnabled(has_scan and self.saved is None)
        node = self._tree.current_node()
        self.copy_action.setEnabled(node is not None and node.is_vm and node.result is not None)

    def retranslate(self) -> None:
        self.export_action.setText(self.tr("&Export report…"))
        self.export_action.setToolTip(self.tr("Export the scan as a report for the ticket (one HTML file)"))
        self.save_action.setText(self.tr("&Save scan…"))
        self.open_saved_action.setText(self.tr("Open saved sca&n…"))
        self.copy_action.setText(self.tr("&Copy for ticket"))
        self.copy_action.setToolTip(self.tr("Copy a summary of the selected VM for a ticket"))
        if self.saved is not None:
            self._show_saved_banner()

    # --- what is shown, as a snapshot ------------------------------------------------------------------

    def _audit_entries(self) -> list[AuditEntry]:
        session = self._session()
        if session is None:
            return []
        since = self.session_started.isoformat(timespec="milliseconds").replace("+00:00", "Z")  # as audit times
        label = session.target.label
        entries = self._audit_log().read().entries
        return [e for e in entries if e.time >= since and (e.tenant is None or e.tenant == label)]

    def snapshot(self) -> ScanSnapshot | None:
        """The whole scan as the window shows it now (None before any scan)."""
        if self.saved is not None:
            return self.saved
        report = self._last_report()
        if report is None:
            return None
        results = [n.result for n in self._model.vm_nodes() if n.result is not None]
        # After "Scan selected" the last report covers only what it re-checked; the tree still shows the
        # rest, with the subscriptions and problems earlier scans found there: the report shows the tree.
        tenant = self._model.tenant()
        nodes = tenant.walk() if tenant is not None else []
        subscriptions = {s.id.lower(): s for s in report.subscriptions}
        for node in nodes:
            if node.subscription is not None:
                subscriptions.setdefault(node.subscription.id.lower(), node.subscription)
        problems = list(report.problems)
        problems += [p for node in nodes for p in node.problems if p not in report.problems]
        session = self._session()
        shown = ScanReport(
            target=session.target.display(translate) if session else report.target,
            scanned_at=report.scanned_at,
            subscriptions=list(subscriptions.values()),
            vms=results,
            problems=problems,
            cancelled=report.cancelled,
        )
        snapshot = snapshot_from_scan(shown)
        return ScanSnapshot(**{**snapshot.__dict__, "audit": tuple(self._audit_entries())})

    def selection_ids(self) -> list[str]:
        node = self._tree.current_node()
        if node is None:
            return []
        return [n.arm_id or (n.facts.id if n.facts else "") for n in node.walk() if n.is_vm]

    def current_vm(self) -> Node | None:
        node = self._tree.current_node()
        return node if node is not None and node.is_vm and node.result is not None else None

    # --- export ----------------------------------------------------------------------------------------

    def choose_export(self) -> None:
        snapshot = self.snapshot()
        if snapshot is None:
            return
        node = self._tree.current_node()
        selection = node.name if node is not None and node.parent is not None and node.kind.value != "tenant" else None
        dialog = ExportDialog(self._language(), selection, self._parent)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        stamp = snapshot.scanned_at.strftime("%Y%m%d-%H%M")
        path, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("Export report"), f"backup-doctor-report-{stamp}.html", self.tr("Web page (*.html)")
        )
        if path:
            self.export_report(Path(path), choice)

    def export_report(self, path: Path, choice: ExportChoice) -> bool:
        snapshot = self.snapshot()
        if snapshot is None:
            return False
        if choice.selection_only:
            snapshot = snapshot.select(self.selection_ids())
        html = render_html(snapshot, choice.language, redact=choice.redact)
        if path.suffix.lower() not in (".html", ".htm"):
            path = path.with_name(path.name + ".html")
        return self._write(path, html)

    def _write(self, path: Path, text: str) -> bool:
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as error:
            QMessageBox.warning(
                self._parent,
                self.tr("Could not save"),
                self.tr("%1 could not be written: %2").replace("%1", str(path)).replace("%2", error.strerror or ""),
            )
            return False
        self._status_message(self.tr("Saved %1").replace("%1", str(path)), 8000)
        return True

    # --- save and open ---------------------------------------------------------------------------------

    def choose_save(self) -> None:
        snapshot = self.snapshot()
        if snapshot is None:
            return
        stamp = snapshot.scanned_at.strftime("%Y%m%d-%H%M")
        path, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("Save scan"), f"backup-doctor-scan-{stamp}.json", self.tr("Saved scan (*.json)")
        )
        if path:
            self.save_scan(Path(path))

    def save_scan(self, path: Path) -> bool:
        snapshot = self.snapshot()
        if snapshot is None:
            return False
        try:
            saved_scan.save(snapshot, path)
        except OSError as error:
            QMessageBox.warning(
                self._parent,
                self.tr("Could not save"),
                self.tr("%1 could not be written: %2").replace("%1", str(path)).replace("%2", error.strerror or ""),
            )
            return False
        self._status_message(self.tr("Saved %1").replace("%1", str(path)), 8000)
        return True

    def choose_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._parent, self.tr("Open saved scan"), "", self.tr("Saved scan (*.json);;All files (*)")
        )
        if path:
            self.open_saved(Path(path))

    def open_saved(self, path: Path) -> bool:
        """Show a saved scan read-only; a bad file gets a message naming what is wrong."""
        try:
            snapshot = saved_scan.load(path)
        except saved_scan.SavedScanError as error:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot open this file"), "", parent=self._parent)
            box.setObjectName("savedScanError")
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setText(f"{path.name}\n\n{error.message.render(translate)}")
            box.open()
            return False
        self._close_session()
        self.saved = snapshot
        self._show(snapshot)
        self._show_saved_banner()
        self.update_actions()
        return True

    def _show_saved_banner(self) -> None:
        if self.saved is None:
            return
        when = self.saved.scanned_at.astimezone().strftime("%Y-%m-%d %H:%M")
        self._banner.set_text(
            self.tr("Saved scan"),
            self.tr("Saved scan from %1, nothing is read from Azure.").replace("%1", when),
        )
        self._banner.setVisible(True)

    def _show(self, snapshot: ScanSnapshot) -> None:
        model = self._model
        model.reset(snapshot.target)
        model.begin_scan()
        report = ScanReport(snapshot.target, snapshot.scanned_at, cancelled=snapshot.cancelled)
        events: list[object] = []
        subscriptions = {s.id.lower(): s for s in snapshot.subscriptions}
        for sub in snapshot.subscriptions:
            subscription = Subscription(sub.id, sub.display_name, sub.state)
            report.subscriptions.append(subscription)
            events.append(SubscriptionListed(subscription))
        for vm in snapshot.vms:
            known = subscriptions.get(vm.subscription_id.lower())
            subscription = Subscription(vm.subscription_id, known.display_name if known else vm.subscription_id, None)
            facts = _facts(vm)
            events.append(VmsListed(subscription, (facts,)))
            result = VmResult(facts, list(vm.findings))
            report.vms.append(result)
            events.append(VmEvaluated(result))
        events += [ProblemFound(p) for p in snapshot.problems]
        batch = model.apply(events)  # type: ignore[arg-type]
        self._tree.after_batch(batch)
        model.end_scan(None)
        self._show_saved(report)
        tenant = model.tenant()
        if tenant is not None:
            self._tree.select_key(tenant.key)

    # --- copy for ticket -------------------------------------------------------------------------------

    def ticket(self) -> str | None:
        node = self.current_vm()
        if node is None or node.result is None:
            return None
        vm = vm_snapshot(node.result)
        scanned_at: datetime | None
        target: str | None
        if self.saved is not None:
            vm = next((v for v in self.saved.vms if v.id.lower() == vm.id.lower()), vm)
            changes = [e for e in self.saved.audit if e.vm and e.vm.lower() == vm.id.lower()]
            scanned_at, target = self.saved.scanned_at, self.saved.target
        else:
            changes = [e for e in self._audit_entries() if e.vm and e.vm.lower() == vm.id.lower()]
            report = self._last_report()
            scanned_at = report.scanned_at if report else None
            session = self._session()
            target = session.target.display(translate) if session else None
        return ticket_text(vm, translate, changes=changes, scanned_at=scanned_at, target=target)

    def copy_for_ticket(self) -> None:
        text = self.ticket()
        if text is None:
            self._status_message(self.tr("Select a VM to copy its summary for a ticket."), 5000)
            return
        QGuiApplication.clipboard().setText(text)
        self._status_message(self.tr("Summary of the VM copied for the ticket."), 5000)


def _facts(vm: VmSnapshot) -> VmFacts:
    """Enough facts to show a saved VM in the tree and its pane (the findings carry the rest)."""
    agent = None
    if vm.agent_version or vm.agent_status:
        agent = AgentFacts(vm.agent_version, (StatusEntry("", display_status=vm.agent_status),))
    facts = VmFacts(
        id=vm.id,
        name=vm.name,
        subscription_id=vm.subscription_id,
        resource_group=vm.resource_group,
        location=vm.location,
        os_type=vm.os_type,
        provisioning_state=None,
        vm_size=vm.size,
        tags=dict(vm.tags),
        instance_view=InstanceView(vm.power_state, (), agent),
    )
    facts.unavailable.update({f"saved-{i}": p for i, p in enumerate(vm.unavailable)})
    return facts
