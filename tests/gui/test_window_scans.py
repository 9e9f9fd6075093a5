"""Scans run off the GUI thread, show progress, cancel promptly and survive a crash of the worker."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from window_helpers import SCAN_TIMEOUT_MS, WindowFactory, node_named, select

from core.findings import Status
from core.scan_scope import ScanScope
from core.session import demo_session, demo_tenant_path, simulated_session
from core.simulator import FaultKind, FaultRule
from core.simulator.tenant import load_tenant
from gui import scan_worker
from gui.main_window import MainWindow
from gui.tree_nodes import Kind


def test_progress_counts_up_and_cancel_stops_the_scan_promptly(qtbot: Any, make_window: WindowFactory) -> None:
    window = make_window()
    # 120 ms per request: the demo scan would take several seconds.
    window.set_session(demo_session(latency_ms=120))
    assert window.scans.running
    assert window.cancel_button.isVisible() and window.cancel_button.isEnabled()
    assert not window.scan_all_action.isEnabled()

    qtbot.waitUntil(lambda: window.progress.maximum() > 0, timeout=SCAN_TIMEOUT_MS)
    assert " of " in window.progress.text() and "VMs checked" in window.progress.text()

    started = time.monotonic()
    with qtbot.waitSignal(window.scan_finished, timeout=SCAN_TIMEOUT_MS) as finished:
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
        assert "Cancelling" in window.status_label.text()
    elapsed = time.monotonic() - started

    report = finished.args[0]
    assert report is not None and report.cancelled
    assert elapsed < 2.0, f"cancel took {elapsed:.1f} s"
    assert "Scan cancelled" in window.status_label.text()
    assert not window.progress.isVisible() and not window.cancel_button.isVisible()
    assert window.scan_all_action.isEnabled()
    # Nothing is left showing as "being checked".
    assert all(not node.checking for node in window.model.vm_nodes())


def test_escape_cancels_a_running_scan(qtbot: Any, make_window: WindowFactory) -> None:
    window = make_window()
    window.set_session(demo_session(latency_ms=120))
    qtbot.waitUntil(lambda: window.progress.maximum() > 0, timeout=SCAN_TIMEOUT_MS)
    with qtbot.waitSignal(window.scan_finished, timeout=SCAN_TIMEOUT_MS) as finished:
        window.activateWindow()
        window.cancel_action.trigger()  # the action Esc is bound to
    assert finished.args[0].cancelled
    assert window.cancel_action.shortcut().toString() == "Esc"


def _agent_not_ready(window: MainWindow, vm_id: str) -> None:
    """In the simulated tenant, the VM's guest agent stops reporting Ready (what the next scan reads)."""
    assert window.session is not None and window.session.server is not None

    def change(vm: dict[str, Any]) -> None:
        agent = vm["properties"]["instanceView"]["vmAgent"]
        agent["statuses"] = [
            {"code": "ProvisioningState/Unavailable", "level": "Warning", "displayStatus": "Not Ready"}
        ]

    assert window.session.server.store.update(vm_id, change) is not None


def _healthy_vms(window: MainWindow) -> list[Any]:
    return sorted(
        (n for n in window.model.vm_nodes() if n.status is Status.PASS and n.facts is not None and n.facts.exists),
        key=lambda n: n.name,
    )


def _expected_counts(window: MainWindow) -> str:
    nodes = window.model.vm_nodes()
    failing = sum(1 for n in nodes if n.status is Status.FAIL)
    return f"Scan finished. VMs checked: {len(nodes)}, failing: {failing}."


def test_scan_selected_on_a_vm_rechecks_that_vm_only(qtbot: Any, demo_window: MainWindow) -> None:
    window = demo_window
    report = window.last_report
    assert report is not None
    chosen, other = _healthy_vms(window)[:2]
    before = {n.key: n.result for n in window.model.vm_nodes()}
    # Both VMs' agents stop answering; only the selected one is scanned again.
    _agent_not_ready(window, chosen.facts.id)
    _agent_not_ready(window, other.facts.id)
    node = select(window, chosen.name)
    assert f"Scan the VM {chosen.name} again (Ctrl+F5)" in window.scan_selected_action.toolTip()
    with qtbot.waitSignal(window.scan_finished, timeout=SCAN_TIMEOUT_MS) as finished:
        window.scan_selected_action.trigger()
        assert window.status_label.text() == f"Scanning the VM {chosen.name}…"
    rescanned = finished.args[0]
    assert [vm.facts.id for vm in rescanned.vms] == [chosen.facts.id]
    assert chosen.status is Status.FAIL  # it picked the change up
    assert other.status is Status.PASS  # not scanned: still its earlier result
    # Every other row kept its very result, the tree its rows and the selection.
    assert all(n.result is before[n.key] for n in window.model.vm_nodes() if n is not chosen)
    assert len(window.model.vm_nodes()) == len(report.vms)
    assert window.tree.current_node() is node
    # The status bar names what was scanned and counts the whole tree (one more failing VM than before).
    assert window.status_label.text().startswith(f"VM {chosen.name} scanned. {_expected_counts(window)}")
    tenant = window.model.tenant()
    failing_before = sum(1 for r in before.values() if r is not None and r.status is Status.FAIL)
    assert tenant is not None and tenant.counts.failing == failing_before + 1
    # The report for the ticket is of the whole tree: every subscription and VM, not just the VM re-scanned.
    snapshot = window.reports.snapshot()
    assert snapshot is not None and len(report.subscriptions) >= 2
    assert [s.id for s in snapshot.subscriptions] == [s.id for s in report.subscriptions]
    assert len(snapshot.vms) == len(report.vms)


def test_scan_selected_on_a_resource_group_rechecks_its_vms_only(qtbot: Any, demo_window: MainWindow) -> None:
    window = demo_window
    healthy = _healthy_vms(window)
    chosen = healthy[0]
    group = chosen.parent
    assert group is not None and group.kind is Kind.GROUP
    other = next(n for n in healthy if n.parent is not group)
    _agent_not_ready(window, chosen.facts.id)
    _agent_not_ready(window, other.facts.id)
    window.tree.select_key(group.key)
    assert f"Scan the resource group {group.name} again (Ctrl+F5)" in window.scan_selected_action.toolTip()
    with qtbot.waitSignal(window.scan_finished, timeout=SCAN_TIMEOUT_MS) as finished:
        window.scan_selected_action.trigger()
        assert window.status_label.text() == f"Scanning the resource group {group.name}…"
    rescanned = finished.args[0]
    assert {vm.facts.id for vm in rescanned.vms} == {n.facts.id for n in group.children if n.facts is not None}
    assert chosen.status is Status.FAIL and other.status is Status.PASS
    assert window.status_label.text().startswith(f"Resource group {group.name} scanned. {_expected_counts(window)}")


def test_scan_selected_on_a_deleted_vms_item_scans_its_group(qtbot: Any, demo_window: MainWindow) -> None:
    window = demo_window
    orphan = next(n for n in window.model.vm_nodes() if n.facts is not None and not n.facts.exists)
    group = orphan.parent
    assert group is not None
    select(window, orphan.name)
    with qtbot.waitSignal(window.scan_finished, timeout=SCAN_TIMEOUT_MS) as finished:
        window.scan_selected_action.trigger()
        # Such an item is found by listing its group (there is no VM to read): the group is scanned.
        assert window.status_label.text() == f"Scanning the resource group {group.name}…"
    assert orphan.facts is not None
    assert orphan.facts.id in [vm.facts.id for vm in finished.args[0].vms]
    assert window.model.find(orphan.key) is orphan and orphan.status is Status.FAIL


def test_scan_selected_on_a_subscription_and_on_the_tenant(qtbot: Any, demo_window: MainWindow) -> None:
    window = demo_window
    report = window.last_report
    assert report is not None
    chosen = _healthy_vms(window)[0]
    subscription = next(a for a in chosen.ancestors() if a.kind is Kind.SUBSCRIPTION)
    window.tree.select_key(subscription.key)
    assert f"Scan the subscription {subscription.name} again (Ctrl+F5)" in window.scan_selected_action.toolTip()
    with qtbot.waitSignal(window.scan_finished, timeout=SCAN_TIMEOUT_MS) as finished:
        window.scan_selected_action.trigger()
    assert subscription.subscription is not None
    assert {vm.facts.subscription_id for vm in finished.args[0].vms} == {subscription.subscription.id}
    scanned = f"Subscription {subscription.name} scanned. {_expected_counts(window)}"
    assert window.status_label.text().startswith(scanned)
    tenant = window.model.tenant()
    assert tenant is not None
    window.tree.select_key(tenant.key)
    assert "Scan every subscription again (Ctrl+F5)" in window.scan_selected_action.toolTip()
    with qtbot.waitSignal(window.scan_finished, timeout=SCAN_TIMEOUT_MS) as finished:
        window.scan_selected_action.trigger()
    assert len(finished.args[0].vms) == len(report.vms)
    assert window.status_label.text().startswith(_expected_counts(window))


def test_an_exception_in_the_worker_opens_the_error_dialog_and_the_app_goes_on(
    qtbot: Any, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_run(self: Any) -> None:
        raise RuntimeError("simulated bug in a check")

    monkeypatch.setattr(scan_worker.Scan, "run", broken_run)
    monkeypatch.setenv("BACKUP_DOCTOR_SCAN_IN_PROCESS", "1")  # the in-process path (gui/scan_process.py)
    window = make_window()
    with qtbot.waitSignal(window.scan_finished, timeout=SCAN_TIMEOUT_MS) as finished:
        window.set_session(demo_session())
    assert finished.args[0] is None
    dialog = window._hook.dialog
    assert dialog is not None and dialog.isVisible()
    assert "simulated bug in a check" in dialog.summary.text()
    assert "broken_run" in dialog.details_text()
    assert "unexpected error" in window.status_label.text()
    assert window.scan_all_action.isEnabled()

    monkeypatch.undo()
    dialog.close()
    with qtbot.waitSignal(window.scan_finished, timeout=SCAN_TIMEOUT_MS) as finished:
        window.scan_all_action.trigger()
    assert finished.args[0] is not None and finished.args[0].vms


def test_opening_another_tenant_mid_scan_drops_the_old_scan(qtbot: Any, make_window: WindowFactory) -> None:
    window = make_window()
    window.set_session(demo_session(latency_ms=60))
    qtbot.waitUntil(lambda: bool(window.model.vm_nodes()), timeout=SCAN_TIMEOUT_MS)
    assert window.scans.running

    small = Path(__file__).resolve().parents[1] / "data" / "small-tenant.json"
    started = time.monotonic()
    with qtbot.waitSignal(window.scan_finished, timeout=SCAN_TIMEOUT_MS) as finished:
        window.set_session(simulated_session(small))
    assert time.monotonic() - started < 10
    report = finished.args[0]
    assert report is not None and not report.cancelled
    # Only the new tenant's VMs: nothing the abandoned scan had not yet delivered leaks in.
    assert {node.name for node in window.model.vm_nodes()} == {vm.facts.name for vm in report.vms}
    assert all(not name.startswith("vm-erp") for name in (node.name for node in window.model.vm_nodes()))
    qtbot.wait(300)  # late signals of the abandoned worker, if any, arrive now
    assert {node.name for node in window.model.vm_nodes()} == {vm.facts.name for vm in report.vms}


def test_progress_is_never_full_and_no_subscription_says_no_vms_while_vms_are_still_listed(
    demo_window: MainWindow,
) -> None:
    from gui.scan_events import SubscriptionListed, VmEvaluated, VmsListed
    from gui.vm_tree_model import COLUMN_SUMMARY

    window = demo_window
    report = window.last_report
    assert report is not None and len(report.subscriptions) >= 2
    first, second = report.subscriptions[:2]
    first_vms = [vm for vm in report.vms if vm.facts.subscription_id == first.id]
    # A scan has listed both subscriptions, the VMs of the first, and checked all of those; not the second's.
    window.on_scan_started(ScanScope.tenant())
    window.on_scan_events([SubscriptionListed(first), SubscriptionListed(second)])
    window.on_scan_events([VmsListed(first, tuple(vm.facts for vm in first_vms))])
    window.on_scan_events([VmEvaluated(vm) for vm in first_vms])
    window.on_scan_progress(len(first_vms), len(first_vms))
    window._show_scan_state()
    assert window.progress.value() < window.progress.maximum()
    assert "still listing VMs" in window.progress.format()
    node = window.model.find(f"/subscriptions/{second.id}".lower()) or next(
        n for n in window.model.scope_nodes() if n.subscription is not None and n.subscription.id == second.id
    )
    summary = window.model.index_of(node, COLUMN_SUMMARY).data()
    assert "No VMs" not in summary and "Listing VMs…" in summary
    window.on_scan_finished(report)
    assert "Listing VMs…" not in window.model.index_of(node, COLUMN_SUMMARY).data()


def test_a_subscription_whose_vm_list_was_a_web_page_is_shown_unread_not_empty(
    qtbot: Any, make_window: WindowFactory
) -> None:
    tenant = load_tenant(demo_tenant_path())
    unread = tenant.subscriptions[1]
    vm_list = f"/subscriptions/{unread['subscriptionId']}/providers/Microsoft.Compute/virtualMachines$"
    proxy_page = FaultRule(FaultKind.HTML, path_regex=vm_list)
    window = make_window()
    with qtbot.waitSignal(window.scan_finished, timeout=SCAN_TIMEOUT_MS) as finished:
        window.set_session(demo_session(faults=[proxy_page]))
    report = finished.args[0]
    assert report is not None and not report.cancelled
    assert {vm.facts.subscription_id for vm in report.vms} == {
        s["subscriptionId"] for s in tenant.subscriptions if s is not unread
    }

    node = node_named(window, unread["displayName"])
    summary = window.model.summary(node)
    assert summary == "Could not be read" and "No VMs" not in summary
    tooltip = window.model.tooltip(node)
    assert "the answer was not JSON (text/html) — is a proxy asking for sign-in?" in tooltip
    assert "virtual machines of subscription" in tooltip


def test_the_end_of_a_1000_vm_scan_is_shown_in_slices_that_yield_to_the_event_loop(
    qtbot: Any, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Announcing a thousand changed rows and rebuilding the pane in one handler held the window for
    hundreds of milliseconds; the nodes are final at once, the rest follows in slices (here the least
    each slice can do), and scan_finished comes after the last one."""
    import dataclasses

    from core.scan import VmResult
    from gui import main_window
    from gui.scan_events import SubscriptionListed, VmEvaluated, VmsListed

    window = demo_window
    demo = window.last_report
    assert demo is not None and demo.vms
    model = window.model
    subscription = demo.subscriptions[0]
    template = next(vm for vm in demo.vms if vm.facts.subscription_id == subscription.id)
    group = f"/subscriptions/{subscription.id}/resourceGroups/{template.facts.resource_group}"
    results = [
        VmResult(
            dataclasses.replace(
                template.facts,
                id=f"{group}/providers/Microsoft.Compute/virtualMachines/fleet-{n:04}",
                name=f"fleet-{n:04}",
            ),
            list(template.findings),
        )
        for n in range(1000)
    ]
    report = dataclasses.replace(demo, subscriptions=[subscription], vms=results, problems=[])
    monkeypatch.setattr(window._finishing, "slice_seconds", 0.0)
    window.on_scan_started(ScanScope.subscriptions([subscription.id]))
    window.on_scan_events([SubscriptionListed(subscription)])
    window.on_scan_events([VmsListed(subscription, tuple(result.facts for result in results))])
    window.on_scan_events([VmEvaluated(result) for result in results])
    announced: set[str] = set()

    def note(top: Any, bottom: Any) -> None:
        nodes = (model.node_at(row, top.parent()) for row in range(top.row(), bottom.row() + 1))
        announced.update(node.key for node in nodes if node is not None)

    model.dataChanged.connect(note)
    emitted: list[object] = []
    window.scan_finished.connect(emitted.append)
    after_each_slice: list[int] = []  # rows announced so far, after each slice
    run_slice = window._finishing.run_slice

    def counted_slice() -> None:
        run_slice()
        after_each_slice.append(len(announced))

    monkeypatch.setattr(window._finishing, "run_slice", counted_slice)

    window.on_scan_finished(report)

    fleet = {node.key for node in model.vm_nodes() if node.name.startswith("fleet-")}
    assert len(fleet) == 1000
    assert not any(node.checking for node in model.vm_nodes())  # the tree's nodes are final at once
    assert window.finishing and not emitted  # the rest waits for the event loop
    first = len(announced)
    assert 0 < len(announced) <= main_window.FINISH_ROWS and not fleet <= announced
    qtbot.waitUntil(lambda: not window.finishing, timeout=SCAN_TIMEOUT_MS)
    assert len(after_each_slice) > 1000 // main_window.FINISH_ROWS
    growth = [b - a for a, b in zip([first, *after_each_slice], after_each_slice, strict=False)]
    assert max(growth) <= main_window.FINISH_ROWS
    assert fleet <= announced
    assert emitted == [report] and window.last_report is report
    assert window.scan_all_action.isEnabled()


def test_a_rescan_whose_vm_list_fails_part_way_keeps_the_vms_it_did_not_reach(
    qtbot: Any, make_window: WindowFactory
) -> None:
    """The first pages of a subscription reach the tree while its list is read; when a later page fails, the
    VMs on the pages not read are not taken for gone (only a whole listing prunes the tree)."""
    from window_helpers import open_and_scan

    window = open_and_scan(qtbot, make_window(), demo_session(page_size=3))
    report = window.last_report
    assert report is not None and window.session is not None and window.session.server is not None
    subscription = report.subscriptions[0]
    before = {vm.facts.name for vm in report.vms if vm.facts.subscription_id == subscription.id and vm.facts.exists}
    assert len(before) > 6
    vm_list = f"/subscriptions/{subscription.id}/providers/Microsoft.Compute/virtualMachines$"
    window.session.server.add_fault(FaultRule(FaultKind.FORBIDDEN, path_regex=vm_list, after=2))  # page 3 fails

    with qtbot.waitSignal(window.scan_finished, timeout=SCAN_TIMEOUT_MS) as finished:
        window.scan_all_action.trigger()
    rescan = finished.args[0]
    assert rescan is not None and not rescan.cancelled
    checked = {vm.facts.name for vm in rescan.vms if vm.facts.subscription_id == subscription.id}
    assert len(checked) == 6 and checked < before  # the first two pages' VMs, checked again

    node = node_named(window, subscription.display_name)
    names = {vm.name for vm in node.walk() if vm.is_vm}
    assert before <= names, f"dropped although never listed: {sorted(before - names)}"
    assert all(not vm.checking for vm in node.walk() if vm.is_vm)
    summary = window.model.summary(node)
    assert "Partly unreadable" in summary and "Listing VMs…" not in summary


def test_a_subscription_is_listing_until_its_listing_is_complete(demo_window: MainWindow) -> None:
    from gui.scan_events import SubscriptionListed, VmsListed

    window = demo_window
    report = window.last_report
    assert report is not None
    subscription = report.subscriptions[0]
    facts = tuple(vm.facts for vm in report.vms if vm.facts.subscription_id == subscription.id and vm.facts.exists)
    node = node_named(window, subscription.display_name)
    window.on_scan_started(ScanScope.subscriptions([subscription.id]))
    window.on_scan_events([SubscriptionListed(subscription), VmsListed(subscription, facts[:3], complete=False)])
    assert "Listing VMs…" in window.model.summary(node)
    window.on_scan_events([VmsListed(subscription, facts[3:], complete=False)])
    assert "Listing VMs…" in window.model.summary(node), "every VM may be in, but the list has not ended"
    window.on_scan_events([VmsListed(subscription, (), complete=True)])
    assert "Listing VMs…" not in window.model.summary(node)
