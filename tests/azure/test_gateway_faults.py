"""Azure's bad days, through the real SDK: retries, throttling, timeouts, denied scopes."""

from __future__ import annotations

from core.azure.errors import TIMEOUT
from core.facts import FACT_RESTORE_POINTS
from core.scan import run_scan
from core.simulator import FaultKind, FaultRule, SimulatorServer, ThrottleConfig

VM_LIST = r"/providers/Microsoft\.Compute/virtualMachines$"


def _statuses(server: SimulatorServer, pattern: str) -> list[int | None]:
    return [e.status for e in server.request_log if pattern in e.path.lower()]


def test_server_errors_are_retried(demo_server: SimulatorServer, gateway_for) -> None:
    demo_server.add_fault(FaultRule(FaultKind.HTTP_503, path_regex=VM_LIST, max_count=2))

    report = run_scan(gateway_for(demo_server))

    assert report.problems == []
    assert len(report.vms) >= 20
    assert _statuses(demo_server, "microsoft.compute/virtualmachines").count(503) == 2


def test_throttling_is_waited_out_with_retry_after(demo_server: SimulatorServer, gateway_for) -> None:
    # A bucket smaller than the scan needs, so some reads must wait for refills (each 429 costs its
    # client at least the one-second Retry-After, so keep the overflow small).
    demo_server.page_size = 50
    demo_server.throttle = ThrottleConfig(reads_burst=8, reads_per_second=5.0)

    report = run_scan(gateway_for(demo_server))

    throttled = [e for e in demo_server.request_log if e.status == 429]
    assert throttled, "the small bucket should have throttled some reads"
    assert report.problems == []
    assert len(report.vms) >= 20


def test_a_subscription_that_times_out_leaves_the_others_scanned(demo_server, gateway_for) -> None:
    subscriptions = demo_server.store.subscriptions()
    slow = subscriptions[0]["subscriptionId"]
    demo_server.add_fault(
        FaultRule(FaultKind.TIMEOUT, path_regex=f"/subscriptions/{slow}{VM_LIST}", hold_seconds=3)
    )

    report = run_scan(gateway_for(demo_server, read_timeout=0.5, retry_total=1))

    assert [p.code for p in report.problems] == [TIMEOUT]
    assert report.problems[0].scope == f"/subscriptions/{slow}"
    assert "did not answer in time" in report.problems[0].message.render()
    assert {vm.facts.subscription_id for vm in report.vms} == {
        s["subscriptionId"] for s in subscriptions[1:]
    }
    assert not report.complete


def test_denied_subscription_names_the_missing_permission(demo_server, gateway_for) -> None:
    denied = demo_server.store.subscriptions()[1]["subscriptionId"]
    demo_server.add_fault(FaultRule(FaultKind.FORBIDDEN, path_regex=f"/subscriptions/{denied}{VM_LIST}"))

    report = run_scan(gateway_for(demo_server))

    problem = next(p for p in report.problems if p.scope == f"/subscriptions/{denied}")
    assert problem.code == "AuthorizationFailed"
    assert problem.status == 403
    assert "Microsoft.Compute/virtualMachines/read" in problem.message.render()
    assert any(vm.facts.subscription_id != denied for vm in report.vms)


def test_a_fault_on_one_vm_leaves_every_other_vm_checked(demo_server, gateway_for) -> None:
    # A collection the scan reads on its own: one of a VM whose facts point to the restore point limit.
    run_scan(gateway_for(demo_server))
    read = {e.path.lower() for e in demo_server.request_log if "/restorepointcollections/" in e.path.lower()}
    collections = demo_server.store.of_type("Microsoft.Compute/restorePointCollections")
    target = next(c for c in collections if c["id"].lower() in read)
    victim_id = target["properties"]["source"]["id"].lower()
    demo_server.add_fault(FaultRule(FaultKind.FORBIDDEN, scope=target["id"]))

    report = run_scan(gateway_for(demo_server))

    by_id = {vm.facts.id.lower(): vm.facts for vm in report.vms}
    victim = by_id[victim_id]
    assert victim.unavailable[FACT_RESTORE_POINTS].code == "AuthorizationFailed"
    # Protected items whose VM no longer exists are reported too, with what only a VM has unavailable.
    others = [vm for key, vm in by_id.items() if key != victim_id and vm.exists]
    assert others and all(vm.restore_point_collections is not None for vm in others)
    assert all(FACT_RESTORE_POINTS not in vm.unavailable for vm in others)
    assert len(others) + 1 == len(demo_server.store.of_type("Microsoft.Compute/virtualMachines"))
