"""The self-test's steps (`STEPS`, in order): each returns one line, or raises SelfTestFailure.

The runner and how a step is added: gui/self_test.py; the shared context: gui/self_test_kit.py.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from core import __version__
from core.audit import AuditLog
from core.findings import Finding, Status
from core.i18n import Msg
from core.locator import app_root, translations_dir
from core.secret_storage import keyring_backend, token_cache_encryption, wam_broker
from core.session import DEMO_LABEL, demo_tenant_path
from gui.self_test_kit import SCAN_TIMEOUT_S, SelfTest, SelfTestFailure, Step, digest, wait_until

if TYPE_CHECKING:
    from gui.main_window import MainWindow
    from gui.tree_nodes import Node

# The wizard the self-test prefers: it deletes and reinstalls nothing outside the simulated tenant, and
# ends with a verification; any other wizard of a failing VM is used when the tenant has none for it.
PREFERRED_WIZARD = "backup-extension-failed"

# Files the bundle must carry (relative to the app root), checked by the "bundled files" step.
BUNDLED = (
    "resources/demo-tenant.json",
    "resources/tenant.schema.json",
    "resources/catalog.json",
    "resources/agent-versions.json",
    "resources/icons/app.svg",
    "translations/backup_doctor_pt_PT.qm",
    "translations/backup_doctor_pt_PT.ts",
    "translations/backup_doctor_en.qm",
    "translations/backup_doctor_en.ts",
)


# --- the steps ------------------------------------------------------------------------------------------


def step_bundled_files(test: SelfTest) -> str:
    root = app_root()
    missing = [name for name in BUNDLED if not (root / name).is_file()]
    if missing:
        raise SelfTestFailure(
            "missing from "
            + ("the bundle" if getattr(sys, "frozen", False) else "the checkout")
            + ": "
            + ", ".join(missing)
        )
    where = "bundle" if getattr(sys, "frozen", False) else "source checkout"
    return f"version {__version__}, {len(BUNDLED)} files present in the {where}"


def step_languages(test: SelfTest) -> str:
    from gui.app import application
    from gui.i18n import LanguageManager, translate

    application()
    manager = LanguageManager()
    source = DEMO_LABEL
    try:
        manager.set_language("pt-PT")
        if not manager.catalog_loaded():
            raise SelfTestFailure(f"the pt-PT catalog did not load from {translations_dir()}")
        translated = Msg("Session", source).render(translate)  # core's text, through Qt's translators
        if translated == source:
            raise SelfTestFailure(f"the pt-PT catalog is loaded but does not translate {source!r}")
    finally:
        manager.set_language("en")
    return f"pt-PT catalog loaded ({source!r} -> {translated!r})"


def step_window(test: SelfTest) -> str:
    from PySide6.QtCore import QSettings

    from gui.app import application
    from gui.i18n import LanguageManager
    from gui.main_window import MainWindow
    from gui.settings import AppSettings

    application()
    settings = AppSettings(QSettings(str(test.folder / "settings.ini"), QSettings.Format.IniFormat))
    languages = LanguageManager()
    languages.set_language("en")
    window = MainWindow(settings, languages)
    window.fixes.audit_path = test.audit_path
    test.window = window
    window.show()
    wait_until(test, window.isVisible, "the window showing")
    return f"main window visible after {test.elapsed()}"


def step_settings_location(test: SelfTest) -> str:
    """Where the app keeps its settings (read only: the self-test's window uses its own temporary file)."""
    from PySide6.QtCore import QSettings

    from gui.portable import portable_folder

    where = QSettings().fileName()
    folder = portable_folder()
    if folder is not None:
        if not Path(where).resolve().is_relative_to(folder):
            raise SelfTestFailure(f"portable mode, but the settings would go to {where}")
        return f"portable: settings in {where}"
    return f"settings in {where}"


def step_scan(test: SelfTest) -> str:
    from core.scan import ScanReport
    from core.served_tenant import ServedTenantError
    from core.session import served_session

    window = test.need_window()
    copy = test.folder / "demo-tenant-copy.json"
    shutil.copyfile(demo_tenant_path(), copy)
    test.tenant_copy = copy
    # Served as the window serves the demo: by a simulator process (this program with --simulator-process).
    # Started here, not in the window's task, so that a process that cannot start fails this step instead of
    # waiting on the window's message box, which nobody closes offscreen.
    try:
        session = served_session(copy, label=DEMO_LABEL, title=Msg("Session", DEMO_LABEL))
    except ServedTenantError as error:
        raise SelfTestFailure(str(error)) from error
    reports: list[ScanReport | None] = []
    window.scan_finished.connect(reports.append)
    window.open_session(lambda: session, "Opening a copy of the demo tenant…")
    wait_until(test, lambda: bool(reports), "the scan of the demo tenant", SCAN_TIMEOUT_S)
    report = reports[0]
    if report is None:
        raise SelfTestFailure("the scan ended without a result: " + window.status_label.text())
    if not report.vms:
        raise SelfTestFailure("the scan found no VM in the demo tenant")
    if report.problems:
        raise SelfTestFailure("parts of the demo tenant could not be read: " + report.problems[0].message.render())
    failing = sum(1 for vm in report.vms if vm.status is Status.FAIL)
    if not failing:
        raise SelfTestFailure("no VM of the demo tenant fails, so no fix wizard can be shown")
    # The window serves the copy from a simulator process (core/served_tenant.py), as it serves the demo.
    served = window.session.served if window.session is not None else None
    where = "a simulator process" if served is not None else "the window's process"
    return (
        f"{len(report.vms)} VMs in {len(report.subscriptions)} subscriptions, {failing} failing, "
        f"shown in the tree after {test.elapsed()}; the tenant served by {where}"
    )


def _wizard_candidate(window: MainWindow) -> tuple[Node, Finding]:
    candidates = [
        (node, finding)
        for node in sorted(window.model.vm_nodes(), key=lambda n: n.name)
        if node.result is not None
        for finding in node.result.findings
        if finding.status is Status.FAIL and finding.wizard
    ]
    if not candidates:
        raise SelfTestFailure("no failing finding offers a fix wizard")
    preferred = [c for c in candidates if c[1].wizard == PREFERRED_WIZARD]
    return (preferred or candidates)[0]


def _click(test: SelfTest, window: MainWindow, name: str) -> bool:
    """Click the visible, enabled button with this object name on the Fix page; False when there is none."""
    from PySide6.QtWidgets import QPushButton

    panel = window.fixes.panel
    for button in panel.findChildren(QPushButton, name):
        if button.isVisibleTo(panel) and button.isEnabled():
            button.click()
            wait_until(test, lambda: not window.fixes.runner.busy, f"the wizard after {name}")
            return True
    return False


def step_fix_wizard(test: SelfTest) -> str:
    from core.wizards import StepKind, StepState

    window = test.need_window()
    node, finding = _wizard_candidate(window)
    if not window.select(node.key):
        raise SelfTestFailure(f"{node.name} is not shown in the tree")
    window.tabs.setCurrentWidget(window.diagnostics)
    cards = [c for c in window.diagnostics.finding_cards() if c.finding.wizard == finding.wizard and c.fix_button]
    if not cards or cards[0].fix_button is None:
        raise SelfTestFailure(f"{node.name} shows no Fix… button for {finding.wizard}")
    cards[0].fix_button.click()
    panel = window.fixes.panel
    wait_until(test, lambda: panel.run is not None and not window.fixes.runner.busy, "the wizard opening")
    previewed: list[str] = []
    applied: list[str] = []
    verified: list[str] = []
    for _ in range(60):
        wait_until(test, lambda: not window.fixes.runner.busy, "the wizard step")
        view = panel.current_view()
        if view is None:
            raise SelfTestFailure("the wizard shows no step")
        if view.kind is StepKind.MANUAL and view.state is StepState.PENDING:
            if not _click(test, window, "markDoneButton"):
                raise SelfTestFailure(f"step {view.id} has no button to mark it done")
            continue
        if view.kind is StepKind.ACTION and view.state is StepState.PENDING:
            if view.preview is None or not view.preview.ready:
                reason = view.preview.summary.render() if view.preview is not None else "no preview was read"
                raise SelfTestFailure(f"step {view.id} cannot be applied: {reason}")
            count = len(view.preview.operations)
            previewed.append(f"{view.id} ({count} request{'' if count == 1 else 's'})")
            if not _click(test, window, "applyButton"):
                raise SelfTestFailure(f"step {view.id} shows its preview but no apply button")
            done = panel.run.view(view.id) if panel.run is not None else None
            if done is None or done.result is None or not done.result.ok:
                said = done.result.message.render() if done is not None and done.result is not None else "no result"
                raise SelfTestFailure(f"step {view.id} was applied and failed: {said}")
            applied.append(view.id)
            continue
        if view.kind is StepKind.VERIFICATION and view.verification is not None:
            if not view.verification.passed:
                raise SelfTestFailure(f"verification {view.id} failed: {view.verification.message.render()}")
            if view.id not in verified:
                verified.append(view.id)
        if panel.finish_button.isVisible():
            panel.finish_button.click()
            break
        if not panel.next_button.isEnabled():
            raise SelfTestFailure(f"the wizard is stuck at step {view.id}")
        panel.next_button.click()
    else:
        raise SelfTestFailure("the wizard never reached its end")
    if not applied or not verified:
        raise SelfTestFailure(f"the wizard ended with {len(applied)} actions applied and {len(verified)} verified")
    if node.status is not Status.PASS:
        raise SelfTestFailure(f"{node.name} is still {node.status} after {finding.wizard}")
    return (
        f"{finding.wizard} on {node.name}: previewed {', '.join(previewed)}; applied {len(applied)}; "
        f"verified by {', '.join(verified)}; the VM passes now"
    )


def step_change_log(test: SelfTest) -> str:
    if test.audit_path is None or not test.audit_path.is_file():
        raise SelfTestFailure("the fix wizard wrote no audit log entry")
    entries = AuditLog(test.audit_path).entries()
    if not entries:
        raise SelfTestFailure("the audit log of the self-test holds no entry")
    failed = [e.action for e in entries if not e.ok]
    if failed:
        raise SelfTestFailure("the audit log records failed changes: " + ", ".join(failed))
    return f"{len(entries)} changes logged in the self-test's own audit log: " + ", ".join(e.action for e in entries)


def report_available() -> bool:
    """Whether this build has the report (core/report/, issue 13); the report step is added when it does."""
    return importlib.util.find_spec("core.report") is not None


def step_report(test: SelfTest) -> str:
    """Write the scan's HTML report in pt-PT to the temporary folder; every scanned VM must be in it."""
    from core.report.html import render_html
    from core.report.snapshot import snapshot_from_scan

    window = test.need_window()
    report = window.last_report
    if report is None:
        raise SelfTestFailure("there is no scan to write a report of")
    html = render_html(snapshot_from_scan(report), "pt-PT")
    path = test.folder / "report.html"
    path.write_text(html, encoding="utf-8")
    missing = [vm.facts.name for vm in report.vms if vm.facts.name not in html]
    if "<html" not in html.lower() or missing:
        raise SelfTestFailure("the report leaves out " + (", ".join(missing[:5]) or "its HTML structure"))
    return f"HTML report in pt-PT written to the temporary folder ({len(html) // 1024} KB, {len(report.vms)} VMs)"


def step_user_files_untouched(test: SelfTest) -> str:
    changed = [str(path) for path, before in test.user_files.items() if digest(path) != before]
    if changed:
        raise SelfTestFailure("the self-test changed " + ", ".join(changed))
    return f"demo tenant and the user's audit logs unchanged ({len(test.user_files)} files compared)"


def step_sign_in_memory(test: SelfTest) -> str:
    keyring = keyring_backend()
    cache = token_cache_encryption()
    test.write(f"       keyring backend: {keyring.detail}")
    test.write(f"       token cache encryption: {'available' if cache.available else 'not available'} ({cache.detail})")
    broker = wam_broker()
    found = "available" if broker.available else "not available"
    test.write(f"       Windows sign-in broker (WAM): {found} ({broker.detail})")
    if keyring.available and cache.available:
        return "sign-in can be remembered between runs"
    return "sign-in will not be remembered between runs (no secure storage found; not a failure)"


STEPS: tuple[Step, ...] = (
    Step("bundled files", step_bundled_files),
    Step("languages", step_languages),
    Step("window", step_window),
    Step("settings location", step_settings_location),
    Step("scan", step_scan),
    Step("fix wizard", step_fix_wizard),
    Step("change log", step_change_log),
    *([Step("report", step_report)] if report_available() else []),
    Step("user files untouched", step_user_files_untouched, always=True),
    Step("sign-in memory", step_sign_in_memory, always=True),
)
