"""Filtering the tree by name, by error code and by status."""

from __future__ import annotations

from window_helpers import names_with, visible_nodes, visible_vm_names

from core.findings import Status
from gui.main_window import MainWindow
from gui.tree_nodes import Kind
from gui.vm_filter import StatusFilter


def test_filter_by_status(demo_window: MainWindow) -> None:
    report = demo_window.last_report
    assert report is not None
    tree = demo_window.tree
    tree.set_status_filter(StatusFilter.FAILING)
    assert visible_vm_names(demo_window) == names_with(report, Status.FAIL)
    tree.set_status_filter(StatusFilter.WARNING)
    assert visible_vm_names(demo_window) == names_with(report, Status.WARN)
    tree.set_status_filter(StatusFilter.HEALTHY)
    assert visible_vm_names(demo_window) == names_with(report, Status.PASS, Status.NOT_APPLICABLE)
    # Parents of matches stay visible, groups without a match do not.
    groups = {n.name for n in visible_nodes(demo_window) if n.kind is Kind.GROUP}
    assert groups == {vm.facts.resource_group for vm in report.vms if vm.status is Status.PASS}
    tree.set_status_filter(StatusFilter.ALL)
    assert visible_vm_names(demo_window) == {vm.facts.name for vm in report.vms}


def test_filter_by_error_code_matches_only_vms_with_that_problem(demo_window: MainWindow) -> None:
    report = demo_window.last_report
    assert report is not None
    code = "UserErrorGuestAgentStatusUnavailable"
    expected = {
        vm.facts.name
        for vm in report.vms
        if any(code in f.error_codes and f.status not in (Status.PASS, Status.NOT_APPLICABLE) for f in vm.findings)
    }
    assert expected and expected != {vm.facts.name for vm in report.vms}
    demo_window.tree.set_filter_text(code.lower())
    assert visible_vm_names(demo_window) == expected


def test_filter_by_name_and_by_group(demo_window: MainWindow) -> None:
    report = demo_window.last_report
    assert report is not None
    tree = demo_window.tree
    tree.set_filter_text("LNX")
    assert visible_vm_names(demo_window) == {vm.facts.name for vm in report.vms if "lnx" in vm.facts.name}
    group = report.vms[0].facts.resource_group
    tree.set_filter_text(group)
    assert visible_vm_names(demo_window) >= {vm.facts.name for vm in report.vms if vm.facts.resource_group == group}
    tree.set_filter_text("no-such-vm-anywhere")
    assert visible_vm_names(demo_window) == set()
    tree.set_filter_text("")
    assert len(visible_vm_names(demo_window)) == len(report.vms)


def test_filter_box_filters_as_the_user_types(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(demo_window.tree.filter_edit, "app01")
    qtbot.waitUntil(lambda: visible_vm_names(demo_window) and all("app01" in n for n in visible_vm_names(demo_window)))
