"""The fix wizard panel: opened from a failing finding, walked step by step, changes only after confirmation."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QTextEdit, QToolButton, QWidget
from test_language_switch import _write_catalog
from window_helpers import node_named, select
from wizard_helpers import (
    apply,
    audit_in,
    button,
    click,
    fix_buttons,
    go_to,
    label,
    mutations,
    next_step,
    open_wizard,
    server,
    state_shown,
    texts,
    vm_id,
    wait_idle,
)

from core.findings import Status
from core.simulator import FaultKind, FaultRule
from core.wizards import StepState
from gui.fix_wizards import UnderWayCard
from gui.i18n import LanguageManager, catalog_file
from gui.main_window import MainWindow
from gui.wizard_widgets import CommandBox

ERP = "vm-erp-app03"
EXTENSION_WIZARD = "backup-extension-failed"


@pytest.fixture
def window(demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    audit_in(tmp_path, monkeypatch)
    return demo_window


def test_a_failing_finding_opens_its_wizard_for_that_vm(qtbot: Any, window: MainWindow) -> None:
    select(window, ERP)
    buttons = fix_buttons(window)
    # One button per wizard, on the first failing finding that proposes it; passed checks have none.
    assert [card.finding.wizard for card, _ in buttons] == ["backup-extension-failed"]
    assert all(card.finding.status is not Status.PASS for card, _ in buttons)
    fix = buttons[0][1]
    assert fix.text() == "Fix…"
    assert fix.accessibleName() == "Open the fix wizard: Remove the failed backup extension and back up now"
    assert not window.fixes.panel_shown

    click(qtbot, fix)
    wait_idle(qtbot, window)

    panel = window.fixes.panel
    assert window.fixes.panel_shown and window.tabs.currentWidget() is panel
    assert window.tabs.tabText(window.tabs.currentIndex()) == f"Fix {ERP}"
    assert panel.title.text() == "Remove the failed backup extension and back up now"
    assert panel.subtitle.text() == f"For {ERP}, in Demo tenant"
    assert "removing it and backing up on demand" in panel.summary.text()
    # The step list, each step with its state; the first step is shown, filled with this VM's evidence.
    titles = [panel.steps.item(row).text() for row in range(panel.steps.count())]
    assert titles == [
        "1. What went wrong",
        "2. Remove the failed backup extension",
        "3. Check the VM's state",
        "4. Back up now",
        "5. Check the latest backup",
        "6. Check the reinstalled extension",
    ]
    assert {state_shown(panel, step) for step in ("why", "remove", "verify-removed")} == {"To do"}
    assert label(panel, "stepTitle") == "What went wrong"
    assert "The backup extension VMSnapshot on vm-erp-app03 is in a failed state" in label(panel, "stepText")
    assert "Step 1 of 6" in label(panel, "stepPosition")
    assert not panel.back_button.isEnabled() and panel.next_button.isVisible()

    click(qtbot, panel.close_button)
    assert not window.fixes.panel_shown and window.tabs.currentWidget() is window.diagnostics


def test_step_navigation_with_buttons_the_list_and_the_keyboard(qtbot: Any, window: MainWindow) -> None:
    panel = open_wizard(qtbot, window, ERP)
    assert panel.steps.accessibleName() == "Steps"
    assert panel.next_button.text() == "&Next" and panel.back_button.text() == "&Back"

    next_step(qtbot, window)  # reading the explanation is all it asks
    assert state_shown(panel, "why") == "Done"
    assert panel.step_id == "remove" and panel.back_button.isEnabled()
    item = panel.steps.currentItem()
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == "Step 2 of 6: Remove the failed backup extension. To do"

    click(qtbot, panel.back_button)
    assert panel.step_id == "why" and label(panel, "stepTitle") == "What went wrong"

    # The list moves too: arrow keys, and a click on a step.
    panel.steps.setFocus()
    qtbot.keyClick(panel.steps, Qt.Key.Key_Down)
    wait_idle(qtbot, window)
    assert panel.step_id == "remove"
    last = panel.steps.item(panel.steps.count() - 1)
    qtbot.mouseClick(panel.steps.viewport(), Qt.MouseButton.LeftButton, pos=panel.steps.visualItemRect(last).center())
    wait_idle(qtbot, window)
    assert panel.step_id == "verify-extension"
    # The last step has Finish instead of Next; Finish closes the panel and keeps the run.
    assert panel.finish_button.isVisible() and not panel.next_button.isVisible()
    assert panel.finish_button.text() == "Fi&nish"
    click(qtbot, panel.finish_button)
    assert not window.fixes.panel_shown


def test_every_control_of_the_panel_has_a_name_for_screen_readers(qtbot: Any, window: MainWindow) -> None:
    panel = open_wizard(qtbot, window, "vm-ftp01")
    for step in ("why", "remove-lock", "verify-limit"):
        go_to(qtbot, window, step)
        controls = (QAbstractButton, QAbstractItemView, QTextEdit)
        unnamed = [
            f"{type(w).__name__} {w.objectName()!r}"
            for w in panel.findChildren(QWidget)
            if isinstance(w, controls)
            and w.isVisibleTo(panel)
            and w.focusPolicy() != Qt.FocusPolicy.NoFocus
            and not w.accessibleName()
            and not (isinstance(w, QAbstractButton) and w.text().strip())
        ]
        assert unnamed == [], step


def test_manual_steps_give_copyable_commands_for_the_vms_os_only(qtbot: Any, window: MainWindow) -> None:
    # vm-web-lnx02 runs CentOS with an outdated agent: yum is its distribution's command.
    panel = open_wizard(qtbot, window, "vm-web-lnx02", "linux-agent-outdated")
    go_to(qtbot, window, "update-agent")
    boxes = [box for box in panel.findChildren(CommandBox) if box.isVisibleTo(panel)]
    assert [box.command.text for box in boxes] == ["waagent --version", "sudo yum update -y WALinuxAgent"]
    # The other distributions' commands are folded away until asked for.
    toggle = next(t for t in panel.findChildren(QToolButton, "otherCommandsToggle") if t.isVisibleTo(panel))
    click(qtbot, toggle)
    shown = [box.command.text for box in panel.findChildren(CommandBox) if box.isVisibleTo(panel)]
    assert any("zypper" in text for text in shown) and any("apt-get" in text for text in shown)
    click(qtbot, boxes[0].copy)
    assert QGuiApplication.clipboard().text() == boxes[0].command.text
    assert boxes[0].copy.text() == "Copied"
    done = button(panel, "markDoneButton")
    assert done is not None and done.text() == "I did this"
    click(qtbot, done)
    assert state_shown(panel, "update-agent") == "Done" and panel.step_id != "update-agent"

    # A Windows-only step of another wizard is not for this Linux VM: greyed, and Next goes past it.
    panel = open_wizard(qtbot, window, "vm-web-lnx02", "app-control-exclusion")
    assert state_shown(panel, "add-exclusion") == "Not for this VM"
    visited = []
    while panel.next_button.isVisible():
        visited.append(panel.step_id)
        next_step(qtbot, window)
    assert "add-exclusion" not in visited and "linux-exclusion" in visited


def test_an_action_shows_its_preview_and_changes_nothing_until_confirmed(qtbot: Any, window: MainWindow) -> None:
    server(window).clear_request_log()
    panel = open_wizard(qtbot, window, ERP)
    next_step(qtbot, window)
    assert panel.step_id == "remove"
    extension = f"{vm_id(window, ERP)}/extensions/VMSnapshot"
    shown = panel.text()
    assert "What this step will change" in shown
    assert f"DELETE {extension}" in shown
    assert "Extension VMSnapshot: installed, provisioning state Failed → removed" in shown
    assert "Microsoft.Compute/virtualMachines/extensions/delete" in shown
    assert "These changes go to Demo tenant. Nothing is changed until you click “I understand, apply”." in shown
    apply_button = button(panel, "applyButton")
    assert apply_button is not None and apply_button.text() == "I understand, apply"

    # Reading the preview, reading it again, moving around: nothing is sent that changes Azure.
    click(qtbot, button(panel, "previewAgainButton"))  # type: ignore[arg-type]
    wait_idle(qtbot, window)
    next_step(qtbot, window)
    click(qtbot, panel.back_button)
    wait_idle(qtbot, window)
    assert mutations(window) == []
    assert state_shown(panel, "remove") == "To do"
    assert server(window).store.get(extension) is not None

    # Confirmed: it runs on the worker thread while the window keeps working, then says what happened.
    server(window).latency_ms = 40
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    click(qtbot, button(panel, "applyButton"))  # type: ignore[arg-type]
    assert window.fixes.runner.busy and label(panel, "actionResult") == ""
    assert panel.activity_row.isVisible() and panel.cancel_button.isEnabled()
    wait_idle(qtbot, window)
    timer.stop()
    assert len(ticks) > 5  # the event loop ran while Azure was being changed
    assert label(panel, "actionResult") == (
        "Removed VMSnapshot from vm-erp-app03. The VM's provisioning state is now Succeeded."
    )
    assert [(e.method, e.path.split("?")[0].lower()) for e in mutations(window)] == [("DELETE", extension.lower())]
    assert state_shown(panel, "remove") == "Done"
    assert button(panel, "applyButton") is None  # done: nothing left to confirm
    assert not panel.activity_row.isVisible()


def test_the_work_happens_off_the_ui_thread(qtbot: Any, window: MainWindow) -> None:
    panel = open_wizard(qtbot, window, ERP)
    threads: list[threading.Thread] = []
    window.fixes.runner.finished.connect(lambda job: threads.append(threading.current_thread()))
    seen: list[bool] = []
    run = panel.run
    assert run is not None
    original = run.run_action

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(threading.current_thread() is threading.main_thread())
        return original(*args, **kwargs)

    run.run_action = spy  # type: ignore[method-assign]
    next_step(qtbot, window)
    apply(qtbot, window)
    assert seen == [False]
    assert threads and all(thread is threading.main_thread() for thread in threads)  # results come back to it


def test_cancel_stops_an_action_before_any_change(qtbot: Any, window: MainWindow) -> None:
    panel = open_wizard(qtbot, window, ERP)
    next_step(qtbot, window)
    server(window).clear_request_log()
    run = panel.run
    assert run is not None
    original = run.run_action

    def after_the_click_on_cancel(*args: Any, **kwargs: Any) -> Any:
        # The step starts on its thread only once Cancel was clicked (no race against a busy machine).
        token = kwargs["cancel"]
        for _ in range(2_000):  # at most 20 s
            if token.is_set():
                break
            time.sleep(0.01)
        return original(*args, **kwargs)

    run.run_action = after_the_click_on_cancel  # type: ignore[method-assign]
    click(qtbot, button(panel, "applyButton"))  # type: ignore[arg-type]
    click(qtbot, panel.cancel_button)
    assert "Cancelling" in panel.activity.text()
    wait_idle(qtbot, window)
    assert label(panel, "actionResult") == "Cancelled before any change."
    assert mutations(window) == []
    assert state_shown(panel, "remove") == "To do"


@pytest.mark.slow
def test_verification_turns_the_check_and_the_vm_green(qtbot: Any, window: MainWindow) -> None:
    node = node_named(window, ERP)
    assert node.status is Status.FAIL
    panel = open_wizard(qtbot, window, ERP)
    assert not panel.healthy.isVisible()
    next_step(qtbot, window)
    apply(qtbot, window)
    next_step(qtbot, window)  # the check runs when the user arrives on it
    assert panel.step_id == "verify-removed"
    assert label(panel, "verificationMessage").startswith("Verified on vm-erp-app03:")
    checks = [w.text() for w in texts(panel, "checkResult") if w.isVisibleTo(panel)]
    assert "Passes: The VM's provisioning state is Succeeded" in checks
    assert state_shown(panel, "verify-removed") == "Done"
    # Not green yet: the latest backup still failed.
    assert window.model.summary(node) == "Failing"

    next_step(qtbot, window)
    apply(qtbot, window)
    assert label(panel, "actionResult").startswith("The backup of vm-erp-app03 ended with the status Completed")
    next_step(qtbot, window)
    assert label(panel, "verificationMessage").startswith("Verified on vm-erp-app03: The latest backup succeeded")

    # Green: in the panel, plainly, and in the tree and the diagnostics pane, without a re-scan.
    assert panel.healthy.isVisible()
    assert panel.healthy_label.text() == "vm-erp-app03 is healthy now: every check that applies to it passes."
    assert node.status is Status.PASS and window.model.summary(node) == "Healthy"
    window.tabs.setCurrentWidget(window.diagnostics)
    assert "No problem found: every check that applies to this VM passed." in window.diagnostics.text()
    assert fix_buttons(window) == []


def test_a_403_names_the_missing_permission_and_role(qtbot: Any, window: MainWindow) -> None:
    server(window).add_fault(FaultRule(FaultKind.FORBIDDEN, scope=vm_id(window, ERP), method="DELETE"))
    panel = open_wizard(qtbot, window, ERP)
    next_step(qtbot, window)
    apply(qtbot, window)
    sentence = label(panel, "actionResult")
    assert "Azure refused: your account lacks the permission Microsoft.Compute/virtualMachines/extensions/delete" in (
        sentence
    )
    assert "The role Virtual Machine Contributor grants it" in sentence
    assert state_shown(panel, "remove") == "Failed"
    assert node_named(window, ERP).status is Status.FAIL
    # It can be tried again once the permission is there: read what would change again, then confirm.
    server(window).clear_faults()
    assert button(panel, "applyButton") is None
    click(qtbot, button(panel, "previewAgainButton"))  # type: ignore[arg-type]
    wait_idle(qtbot, window)
    apply(qtbot, window)
    assert label(panel, "actionResult").startswith("Removed VMSnapshot")


def test_a_scope_lock_is_named_when_it_stops_a_clean_up(qtbot: Any, window: MainWindow) -> None:
    panel = open_wizard(qtbot, window, "vm-ftp01")
    go_to(qtbot, window, "remove-lock")
    next_step(qtbot, window)  # on to the clean-up, without removing the lock first
    assert panel.step_id == "clean-up"
    apply(qtbot, window)
    sentence = label(panel, "actionResult")
    assert "Azure refused because the lock bloqueio-governanca" in sentence
    assert "Remove the lock first" in sentence


def test_a_wizard_resumes_where_it_was_after_closing_and_after_a_rescan(qtbot: Any, window: MainWindow) -> None:
    panel = open_wizard(qtbot, window, ERP)
    next_step(qtbot, window)
    apply(qtbot, window)
    click(qtbot, panel.close_button)
    assert not window.fixes.panel_shown
    # The extension is gone, so no finding offers the wizard any more (the latest backup still failed, for
    # no cause left to see): the VM's pane offers to continue the wizard instead.
    assert fix_buttons(window) == []
    card = under_way_card(window)
    shown = [w.text() for w in card.findChildren(QLabel)]
    assert "Fix under way: Remove the failed backup extension and back up now" in shown
    assert "Steps finished: 2 of 6." in shown

    click(qtbot, card.button)
    wait_idle(qtbot, window)
    assert window.tabs.currentWidget() is panel
    assert state_shown(panel, "why") == "Done" and state_shown(panel, "remove") == "Done"
    assert panel.step_id == "verify-removed"  # the first step not done yet
    assert state_shown(panel, "verify-removed") == "Done"  # checked on arrival
    click(qtbot, panel.close_button)

    with qtbot.waitSignal(window.scan_finished, timeout=30_000):
        window.scan_all()
    select(window, ERP)
    click(qtbot, under_way_card(window).button)
    wait_idle(qtbot, window)
    assert [state_shown(panel, step) for step in ("why", "remove", "verify-removed")] == ["Done"] * 3
    assert panel.step_id == "backup-now"
    panel.steps.setCurrentRow(1)  # what the action said is still there
    wait_idle(qtbot, window)
    assert label(panel, "actionResult").startswith("Removed VMSnapshot")


def under_way_card(window: MainWindow) -> UnderWayCard:
    window.tabs.setCurrentWidget(window.diagnostics)
    (card,) = [c for c in window.diagnostics.findChildren(UnderWayCard) if c.isVisible()]
    return card


def test_the_change_log_lists_each_change_and_follows_new_ones(
    qtbot: Any, demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = demo_window
    audit_file = audit_in(tmp_path, monkeypatch)
    action = window.fixes.audit_action
    assert action in window.view_menu.actions() and action.text() == "Change log…"
    action.trigger()
    dialog = window.fixes.audit_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert dialog.windowTitle() == "Change log"
    assert dialog.row_texts() == []
    assert dialog.count_label.text() == "No change has been made yet."
    assert str(audit_file) in dialog.file_label.text()

    # Refused first (no permission), then done: both are changes Backup Doctor asked for.
    server(window).add_fault(FaultRule(FaultKind.FORBIDDEN, scope=vm_id(window, ERP), method="DELETE"))
    panel = open_wizard(qtbot, window, ERP)
    next_step(qtbot, window)
    apply(qtbot, window)
    (row,) = dialog.row_texts()  # read again when the action finished
    assert row[2] == ERP and row[4] == "Refused: AuthorizationFailed (HTTP 403)"

    server(window).clear_faults()
    click(qtbot, button(panel, "previewAgainButton"))  # type: ignore[arg-type]
    wait_idle(qtbot, window)
    apply(qtbot, window)
    rows = dialog.row_texts()
    assert len(rows) == 2 and rows[1] == row  # newest first
    when, who, vm, what, result, target, operation = rows[0]
    assert who == "demo" and vm == ERP and what == "Remove the failed backup extension"
    assert target == f"{vm_id(window, ERP)}/extensions/VMSnapshot"
    assert operation == "Microsoft.Compute/virtualMachines/extensions/delete" and result == "Done"
    assert when[:4].isdigit()
    assert "2" in dialog.count_label.text()
    assert '"provisioningState": "Failed"' in dialog.details.toPlainText()  # what was deleted, in full
    # The details read as labelled fields; the raw JSON is one click away.
    fields = [label.text() for label in dialog.fields_area.findChildren(QLabel)]
    assert "Fix action:" in fields and "Remove the failed backup extension" in fields
    assert "Changed resource:" in fields and not any(text.startswith("parameters") for text in fields)
    assert not dialog.details.isVisible()
    click(qtbot, dialog.json_toggle)
    assert dialog.details.isVisible()


def test_the_open_wizard_follows_a_language_switch(qtbot: Any, window: MainWindow, languages: LanguageManager) -> None:
    panel = open_wizard(qtbot, window, ERP)
    next_step(qtbot, window)
    run = panel.run
    assert run is not None
    step_title = run.view("remove").title
    _write_catalog(
        catalog_file("pt-PT", languages._directory),
        {
            "WizardPanel": {"&Next": "&Seguinte"},
            "ActionStep": {"I understand, apply": "Compreendo, aplicar"},
            "FixWizards": {"Fix %1": "Corrigir %1", "Change log…": "Registo de alterações…"},
            "WizardStep": {"To do": "Por fazer"},
            step_title.context: {step_title.source: "PT: " + step_title.source},
        },
        {},
    )
    window.language_actions["pt-PT"].trigger()
    qtbot.waitUntil(lambda: panel.next_button.text() == "&Seguinte")
    assert window.tabs.tabText(window.tabs.indexOf(panel)) == f"Corrigir {ERP}"
    assert window.fixes.audit_action.text() == "Registo de alterações…"
    assert label(panel, "stepTitle") == "PT: " + step_title.render()
    assert button(panel, "applyButton").text() == "Compreendo, aplicar"  # type: ignore[union-attr]
    assert state_shown(panel, "remove") == "Por fazer"
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: panel.next_button.text() == "&Next")
    assert window.tabs.tabText(window.tabs.indexOf(panel)) == f"Fix {ERP}"


def test_steps_not_for_this_vm_are_not_counted(qtbot: Any, window: MainWindow) -> None:
    panel = open_wizard(qtbot, window, "vm-web-lnx02", "app-control-exclusion")
    run = panel.run
    assert run is not None
    views = run.views()
    skipped = [v for v in views if v.state is StepState.NOT_APPLICABLE]
    assert skipped, "the Linux VM has a Windows-only step"
    counted = len(views) - len(skipped)
    assert f"Step 1 of {counted}" in label(panel, "stepPosition")
    titles = [panel.steps.item(row).text() for row in range(panel.steps.count())]
    numbered = [t for t in titles if t.split(".", 1)[0].isdigit()]
    assert len(numbered) == counted and numbered[-1].startswith(f"{counted}. ")
    for view in skipped:
        assert view.title.render() in titles  # listed, greyed, without a number


def test_tab_reaches_the_steps_action_before_back_and_next_and_escape_closes(
    qtbot: Any, window: MainWindow
) -> None:
    panel = open_wizard(qtbot, window, ERP)
    next_step(qtbot, window)  # the action step; its preview is read
    assert button(panel, "applyButton") is not None
    panel.steps.setFocus()
    reached: list[QWidget] = []
    widget: QWidget = panel.steps
    for _ in range(12):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible() and widget.isEnabled()):
            widget = widget.nextInFocusChain()
        reached.append(widget)
        if widget in (panel.back_button, panel.next_button):
            break
    names = [w.objectName() for w in reached]
    assert "applyButton" in names, names
    assert names.index("applyButton") < len(names) - 1 and names[-1] in ("wizardBack", "wizardNext")

    panel.steps.setFocus()
    qtbot.keyClick(panel.steps, Qt.Key.Key_Escape)
    assert not window.fixes.panel_shown
