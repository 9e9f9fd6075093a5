"""The VM tree: filled from the simulator as the scan runs, with counts and unreadable scopes."""

from __future__ import annotations

from typing import Any

from window_helpers import SCAN_TIMEOUT_MS, WindowFactory, names_with, node_named, open_and_scan, select, visible_nodes

from core.findings import Status
from core.session import demo_session
from core.simulator import FaultKind, FaultRule
from gui import icons
from gui.main_window import MainWindow
from gui.tree_nodes import Kind
from gui.vm_tree_model import COLUMN_SUMMARY, badge_name


def test_the_demo_tenant_fills_the_tree(demo_window: MainWindow) -> None:
    report = demo_window.last_report
    assert report is not None and not report.cancelled
    nodes = visible_nodes(demo_window)
    tenant = nodes[0]
    assert tenant.kind is Kind.TENANT and tenant.name == "Demo tenant"
    subscriptions = [n.name for n in nodes if n.kind is Kind.SUBSCRIPTION]
    assert sorted(subscriptions) == sorted(s.display_name for s in report.subscriptions)
    assert {n.name for n in nodes if n.is_vm} == {vm.facts.name for vm in report.vms}
    # Every VM sits under its own subscription and resource group.
    for vm in report.vms:
        node = node_named(demo_window, vm.facts.name)
        group, subscription = node.ancestors()[:2]
        assert group.name == vm.facts.resource_group
        assert subscription.subscription is not None and subscription.subscription.id == vm.facts.subscription_id


def test_scopes_show_a_status_badge_and_counts_of_failing_vms(demo_window: MainWindow) -> None:
    report = demo_window.last_report
    assert report is not None
    failing = names_with(report, Status.FAIL)
    warning = names_with(report, Status.WARN)
    assert failing and warning, "the demo tenant should have failing and warning VMs"
    tenant = demo_window.model.tenant()
    assert tenant is not None
    summary = demo_window.model.index_of(tenant, COLUMN_SUMMARY).data()
    assert f"{len(failing)} failing" in summary
    assert f"{len(warning)} with warnings" in summary
    assert badge_name(tenant) == icons.status_icon_name(Status.FAIL)
    groups = [n for n in demo_window.model.scope_nodes() if n.kind is Kind.GROUP and n.counts.total]
    healthy_group = next(n for n in groups if n.counts.healthy == n.counts.total)
    assert demo_window.model.index_of(healthy_group, COLUMN_SUMMARY).data() == "All healthy"
    assert badge_name(healthy_group) == icons.status_icon_name(Status.PASS)


def test_the_first_subscription_shows_before_the_scan_ends(qtbot: Any, make_window: WindowFactory) -> None:
    window = make_window()
    window.set_session(demo_session(latency_ms=40))
    qtbot.waitUntil(lambda: any(node.is_vm for node in visible_nodes(window)), timeout=SCAN_TIMEOUT_MS)
    assert window.scans.running, "VMs should appear while the scan is still running"
    assert window.progress.isVisible()
    shown_subscriptions = {n.key for n in visible_nodes(window) if n.kind is Kind.SUBSCRIPTION and n.counts.total}
    # Subscriptions are listed in parallel: one or all of them may be in; what matters is that it is mid-scan.
    assert shown_subscriptions
    with qtbot.waitSignal(window.scan_finished, timeout=SCAN_TIMEOUT_MS):
        pass
    assert not window.progress.isVisible()


def test_a_denied_subscription_shows_a_badge_and_the_missing_permission(
    qtbot: Any, make_window: WindowFactory
) -> None:
    with demo_session() as probe:
        denied_id = probe.server.store.subscriptions()[1]["subscriptionId"]  # type: ignore[union-attr]
    session = demo_session(faults=[FaultRule(FaultKind.FORBIDDEN, scope=f"/subscriptions/{denied_id}")])
    window = open_and_scan(qtbot, make_window(), session)

    denied = window.model.find(f"/subscriptions/{denied_id}")
    assert denied is not None and denied.problems
    assert badge_name(denied) == icons.PROBLEM
    assert window.model.index_of(denied, COLUMN_SUMMARY).data() == "Could not be read"
    tooltip = window.model.index_of(denied).data(3)  # Qt.ToolTipRole
    assert "Microsoft.Compute/virtualMachines/read" in tooltip

    window.select(denied.key)
    text = window.diagnostics.text()
    assert "Could not read everything" in text
    assert "lacks the permission Microsoft.Compute/virtualMachines/read" in text
    assert "AuthorizationFailed" in text
    # The other subscriptions were still scanned.
    others = [n for n in window.model.scope_nodes() if n.kind is Kind.SUBSCRIPTION and n is not denied]
    assert others and all(n.counts.total > 0 for n in others)
    tenant = window.model.tenant()
    assert tenant is not None and "Partly unreadable" in window.model.index_of(tenant, COLUMN_SUMMARY).data()
    assert "could not be read" in window.status_label.text()


def test_selection_survives_a_rescan(qtbot: Any, demo_window: MainWindow) -> None:
    report = demo_window.last_report
    assert report is not None
    name = sorted(names_with(report, Status.FAIL))[0]
    node = select(demo_window, name)
    with qtbot.waitSignal(demo_window.scan_finished, timeout=SCAN_TIMEOUT_MS):
        demo_window.scan_all_action.trigger()
    current = demo_window.tree.current_node()
    assert current is not None and current.key == node.key
    assert demo_window.diagnostics.node is current
    assert "The guest agent" in demo_window.diagnostics.text()


def test_the_tree_model_and_its_filter_keep_qt_s_model_contract(qtmodeltester: Any, demo_window: MainWindow) -> None:
    """QAbstractItemModelTester walks every index of the filled tree (the methods QTreeView's layout calls
    for every row are kept to a few attribute reads; a wrong parent or row count would show here first)."""
    assert demo_window.model.vm_nodes()
    qtmodeltester.check(demo_window.model, force_py=True)
    qtmodeltester.check(demo_window.tree.proxy, force_py=True)
