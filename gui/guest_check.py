""" "Check inside the VM…": consent, the read-only script through Run Command, then the guest's evidence.

`GuestChecks` adds the button under a VM's header when its findings point inside the guest. The dialog
shows the exact script and the permission, runs only when the user clicks "Run the check", shows progress
and Cancel, and puts the re-judged findings into the tree. In-guest fixes are offered there, each shown as
its exact script and run only after a second confirmation; riskier steps are shown as commands to copy.
Blocking work runs through gui.tasks (the one use of it in this module: `_start`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.audit import AuditLog
from core.azure.errors import AzureProblemError
from core.checks import evaluate
from core.checks.agent import agent_is_healthy
from core.checks.base import CheckContext
from core.facts import VmFacts
from core.findings import Finding, Status
from core.guest.outcome import AGENT_DOWN, ANSWERED, GuestInspection
from core.guest.scripts import PERMISSION, ROLE_EXAMPLE, GuestScript, check_script
from core.guest.service import GUEST_CHECKS, GuestCheckResult, check_inside, points_inside
from core.scan import VmResult
from core.service import Gateway
from core.session import Session
from core.wizards.context import actor_for
from core.wizards.guest_fixes import GuestFix, GuestFixResult, fixes_for, manual_steps_for, run_fix
from gui import widgets
from gui.i18n import translate
from gui.tasks import start_task
from gui.tree_nodes import Node
from gui.vm_tree_model import VmTreeModel


def _script_view(text: str) -> QPlainTextEdit:
    view = QPlainTextEdit()
    view.setObjectName("guestScript")
    view.setReadOnly(True)
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    view.setPlainText(text)  # plain text: never rendered
    view.setMinimumHeight(160)
    return view


class GuestChecks(QObject):
    """The button under a VM's header (`extras`), and the dialog it opens."""

    def __init__(
        self,
        *,
        model: VmTreeModel,
        session: Callable[[], Session | None],
        show_result: Callable[[VmResult], bool],
        audit_log: Callable[[], AuditLog],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._model = model
        self._session = session
        self._show_result = show_result
        self._audit_log = audit_log
        self.dialog: GuestCheckDialog | None = None

    def extras(self, node: Node) -> list[QWidget]:
        result = node.result
        if result is None or self._session() is None or check_script(result.facts.os_type) is None:
            return []
        if not points_inside(result.findings) and result.facts.guest is None:
            return []
        button = QPushButton(self.tr("Check inside the VM…"))
        button.setObjectName("checkInsideVm")
        button.setToolTip(self.tr("Run a read-only script inside the VM through Run Command, after you agree"))
        button.clicked.connect(lambda _=False, key=node.key: self.open_dialog(key))
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(button)
        layout.addStretch(1)
        return [row]

    def open_dialog(self, vm_key: str) -> GuestCheckDialog | None:
        node = self._model.find(vm_key)
        session = self._session()
        if node is None or node.result is None or session is None:
            return None
        script = check_script(node.result.facts.os_type)
        if script is None:
            return None
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = GuestCheckDialog(
            session.gateway, node.result.facts, script, self._apply, self._parent, audit=self._audit_log
        )
        self.dialog.show()
        return self.dialog

    def _apply(self, facts: VmFacts, findings: list[Finding]) -> None:
        """Put the VM, judged again with the guest's evidence, into the tree and its pane."""
        self._show_result(VmResult(facts, findings))


class GuestCheckDialog(QDialog):
    def __init__(
        self,
        gateway: Gateway,
        vm: VmFacts,
        script: GuestScript,
        apply: Callable[[VmFacts, list[Finding]], None],
        parent: QWidget | None = None,
        *,
        audit: Callable[[], AuditLog] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("guestCheckDialog")
        # The audit log in-guest fixes write to (None: they are not logged, as before a session).
        self._audit = audit
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.gateway = gateway
        self.vm = vm
        self.script = script
        self._apply = apply
        self.cancel = threading.Event()
        self.result: GuestCheckResult | None = None
        self.running = False
        self.setWindowTitle(self.tr("Check inside the VM: %1").replace("%1", vm.name))
        self.resize(760, 620)

        layout = QVBoxLayout(self)
        self.intro = widgets.text_label(
            self.tr(
                "Backup Doctor will run the read-only script below inside %1 through Azure Run Command. It reads "
                "settings and changes nothing; nothing is downloaded into the VM."
            ).replace("%1", vm.name)
        )
        layout.addWidget(self.intro)
        self.permission = widgets.muted(
            widgets.text_label(
                self.tr("It needs the permission %1 on the VM (for example the role %2).")
                .replace("%1", PERMISSION)
                .replace("%2", ROLE_EXAMPLE)
            )
        )
        layout.addWidget(self.permission)
        self.script_view = _script_view(script.text)
        layout.addWidget(self.script_view, 1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = widgets.text_label("")
        self.status.setObjectName("guestStatus")
        layout.addWidget(self.status)
        self.findings_box = QVBoxLayout()
        layout.addLayout(self.findings_box)

        self.buttons = QDialogButtonBox()
        self.run_button = self.buttons.addButton(self.tr("Run the check"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.run_button.setObjectName("runGuestCheck")
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("cancelGuestCheck")
        self.close_button = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button.setEnabled(False)
        self.run_button.clicked.connect(self.run_check)
        self.cancel_button.clicked.connect(self.cancel_run)
        self.close_button.clicked.connect(self.close)
        layout.addWidget(self.buttons)

    # --- running ---------------------------------------------------------------------------------------

    def _start(self, work: Callable[[], Any], done: Callable[[Any], None], message: str) -> None:
        self.cancel.clear()
        self.running = True
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setVisible(True)
        self.status.setText(message)
        start_task(
            lambda _report: work(),
            name="guest-check",
            on_done=lambda value: self._finished(done, value),
            on_error=self._failed,
            context=self,
        )

    def _finished(self, done: Callable[[Any], None], value: Any) -> None:
        self.running = False
        self.progress.setVisible(False)
        self.cancel_button.setEnabled(False)
        self.run_button.setEnabled(True)
        done(value)

    def _failed(self, error: Exception, details: str) -> None:
        self.running = False
        self.progress.setVisible(False)
        self.cancel_button.setEnabled(False)
        self.run_button.setEnabled(True)
        if isinstance(error, AzureProblemError):
            self.status.setText(error.problem.message.render(translate))
        else:
            self.status.setText(self.tr("The check could not run: %1").replace("%1", str(error)))

    def run_check(self) -> None:
        gateway, vm_id, cancel = self.gateway, self.vm.id, self.cancel
        self._start(
            lambda: check_inside(gateway, vm_id, cancel=cancel),
            self._show_result,
            self.tr("Running the script inside the VM… Run Command can take a minute or two."),
        )

    def cancel_run(self) -> None:
        self.cancel.set()
        self.status.setText(self.tr("Stopping…"))

    def closeEvent(self, event: Any) -> None:
        self.cancel.set()  # a run still under way stops waiting; the read-only script changes nothing
        super().closeEvent(event)

    # --- results ---------------------------------------------------------------------------------------

    def _clear(self) -> None:
        while self.findings_box.count():
            item = self.findings_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _show_result(self, result: GuestCheckResult) -> None:
        self.result = result
        self.vm = result.vm
        self._apply(result.vm, list(result.findings))
        self._show_inspection(result.inspection, result.guest_findings())

    def _show_inspection(self, inspection: GuestInspection, findings: list[Finding]) -> None:
        self._clear()
        if inspection.outcome == ANSWERED:
            self.status.setText(self.tr("The guest answered. What it shows:"))
        else:
            reason = inspection.reason.render(translate) if inspection.reason else ""
            self.status.setText(self.tr("The guest could not be checked: %1").replace("%1", reason))
        for finding in findings:
            if finding.status is Status.NOT_APPLICABLE:
                continue
            label = widgets.text_label(f"{_mark(finding.status)} {finding.title.render(translate)}")
            label.setObjectName("guestFinding")
            self.findings_box.addWidget(label)
            if finding.detail is not None and finding.status is not Status.PASS:
                self.findings_box.addWidget(widgets.muted(widgets.text_label(finding.detail.render(translate))))
        if inspection.outcome == AGENT_DOWN and inspection.boot_diagnostics:
            button = QPushButton(self.tr("Get a link to the serial log"))
            button.setObjectName("serialLogLink")
            button.setToolTip(self.tr("Asks Azure for a link to the VM's serial log (retrieveBootDiagnosticsData)"))
            button.clicked.connect(self.fetch_serial_log_link)
            self.findings_box.addWidget(button)
        report = inspection.report if inspection.outcome == ANSWERED else None
        for fix in fixes_for(report):
            button = QPushButton(self.tr("Fix inside the VM: %1…").replace("%1", fix.title_msg.render(translate)))
            button.setObjectName(f"guestFix-{fix.id}")
            button.clicked.connect(lambda _=False, chosen=fix: self.confirm_fix(chosen))
            self.findings_box.addWidget(button)
        for step in manual_steps_for(report):
            self.findings_box.addWidget(
                widgets.text_label(self.tr("Do by hand: %1").replace("%1", step.title_msg.render(translate)))
            )
            commands = QLabel("\n".join(step.commands))
            commands.setTextFormat(Qt.TextFormat.PlainText)
            commands.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            commands.setObjectName("guestManualCommands")
            self.findings_box.addWidget(commands)

    def fetch_serial_log_link(self) -> None:
        gateway, vm_id = self.gateway, self.vm.id
        self._start(
            lambda: gateway.retrieve_boot_diagnostics(vm_id),
            self._show_serial_log_link,
            self.tr("Asking Azure for the serial log…"),
        )

    def _show_serial_log_link(self, answer: dict[str, Any]) -> None:
        link = str(answer.get("serialConsoleLogBlobUri") or "")
        self.status.setText(
            self.tr("The serial log (the link works for 60 minutes; open it in a browser):") if link else ""
        )
        label = QLabel(link)
        label.setObjectName("serialLogUri")
        label.setTextFormat(Qt.TextFormat.PlainText)  # a link from Azure: shown, never rendered
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        self.findings_box.addWidget(label)

    # --- fixes -----------------------------------------------------------------------------------------

    def confirm_fix(self, fix: GuestFix) -> GuestFixConfirm:
        confirm = GuestFixConfirm(fix, self)
        confirm.accepted.connect(lambda: self.run_fix(fix))
        confirm.open()
        return confirm

    def run_fix(self, fix: GuestFix) -> None:
        audit = self._audit() if self._audit is not None else None
        gateway, vm_id, cancel = self.gateway, self.vm.id, self.cancel
        agent_ready = agent_is_healthy(self.vm, CheckContext())
        self._start(
            lambda: run_fix(
                gateway,
                vm_id,
                fix,
                confirm=True,
                audit=audit,
                actor=actor_for(gateway),
                agent_ready=agent_ready,
                cancel=cancel,
            ),
            self._show_fix,
            self.tr("Running the fix inside the VM, then checking again…"),
        )

    def _show_fix(self, result: GuestFixResult) -> None:
        verification = result.verification
        if verification is not None:
            facts = self.vm = replace(self.vm, guest=verification)  # facts are immutable: a new value
            findings = evaluate(facts)
            self._apply(facts, findings)
            self._show_inspection(verification, [f for f in findings if f.check in GUEST_CHECKS])
        self.status.setText(result.message.render(translate))


def _mark(status: Status) -> str:
    return {Status.PASS: "✔", Status.FAIL: "✖", Status.WARN: "⚠"}.get(status, "?")


class GuestFixConfirm(QDialog):
    """The exact fix script, and a second, explicit yes."""

    def __init__(self, fix: GuestFix, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guestFixConfirm")
        self.setWindowTitle(fix.title_msg.render(translate))
        layout = QVBoxLayout(self)
        layout.addWidget(
            widgets.text_label(
                self.tr(
                    "This script will run inside the VM through Run Command and change it as described. The change "
                    "is written to the change log, then the read-only check runs again to verify."
                )
            )
        )
        script = fix.script()
        layout.addWidget(_script_view(script.text), 1)
        buttons = QDialogButtonBox()
        self.yes = buttons.addButton(self.tr("Run this fix"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Do not run"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
