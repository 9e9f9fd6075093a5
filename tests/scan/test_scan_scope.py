"""A scan of one resource group or of chosen VMs: the same findings as a whole scan, from fewer requests."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from io import StringIO
from typing import Any

import pytest

from core import cli
from core.checks import CheckContext
from core.scan import ScanReport, run_scan
from core.scan_scope import ScanScope
from core.simulator import SimulatorServer, Tenant
from core.simulator.generate import generate_tenant

NOW = datetime.now(UTC)


def _scan(server: SimulatorServer, gateway_for: Any, scope: ScanScope | None = None) -> ScanReport:
    server.clear_request_log()
    return run_scan(gateway_for(server), scope=scope, context=CheckContext(now=NOW))


def _by_id(report: ScanReport) -> dict[str, dict[str, Any]]:
    return {vm.facts.id.lower(): vm.to_json() for vm in report.vms}


def _groups(report: ScanReport) -> set[tuple[str, str]]:
    return {(vm.facts.subscription_id, vm.facts.resource_group) for vm in report.vms}


def _assert_scoped_scans_match(server: SimulatorServer, gateway_for: Any, vm_sample: int | None = None) -> None:
    full = _scan(server, gateway_for)
    full_requests = len(server.request_log)
    expected = _by_id(full)
    assert full.problems == []
    for subscription_id, group in sorted(_groups(full)):
        report = _scan(server, gateway_for, ScanScope.group(subscription_id, group))
        live = any(vm.facts.exists and vm.facts.resource_group == group for vm in full.vms)
        # A group that no longer exists is said to be gone; the items of its deleted VMs are still reported.
        assert [p.code for p in report.problems] == ([] if live else ["ResourceGroupNotFound"])
        in_group = {
            key: vm for key, vm in expected.items()
            if vm["subscriptionId"] == subscription_id and vm["resourceGroup"].lower() == group.lower()
        }
        # Its VMs and the protected items in it whose VM is gone, with the very findings of the full scan.
        assert _by_id(report) == in_group, group
        assert len(server.request_log) < full_requests
    live = [vm for vm in full.vms if vm.facts.exists]
    for vm in live[:vm_sample] if vm_sample else live:
        report = _scan(server, gateway_for, ScanScope.vms([vm.facts.id]))
        assert report.problems == []
        assert _by_id(report) == {vm.facts.id.lower(): expected[vm.facts.id.lower()]}, vm.facts.name
        assert len(server.request_log) < full_requests


@pytest.mark.slow
def test_each_demo_vm_and_group_scanned_alone_has_the_findings_of_the_whole_scan(
    demo_server: SimulatorServer, gateway_for: Any
) -> None:
    _assert_scoped_scans_match(demo_server, gateway_for)


def _with_a_deleted_vm_and_a_name_twice(data: dict[str, Any]) -> dict[str, Any]:
    """A generated tenant whose jobs name their VM by friendly name only (no containerName, as in the official
    BackupJobs_List example), where two protected VMs were deleted (one with its resource group) and another
    VM's name is used again in a second group of its region, protected in the same vault: its jobs belong to
    no VM in particular."""
    resources: list[dict[str, Any]] = data["resources"]
    vms = [r for r in resources if r["type"] == "Microsoft.Compute/virtualMachines"]
    gone = vms[0]["id"].lower()
    data["resources"] = resources = [r for r in resources if not r["id"].lower().startswith(gone)]
    # A second deleted VM whose whole resource group is gone too: only its vault item is left.
    gone_item = next(
        r for r in resources
        if r["type"].endswith("/protectedItems") and r["properties"]["sourceResourceId"] == vms[-1]["id"]
    )
    resources[:] = [r for r in resources if not r["id"].lower().startswith(vms[-1]["id"].lower())]
    gone_item["properties"]["sourceResourceId"] = vms[-1]["id"].replace(vms[-1]["id"].split("/")[4], "rg-deleted")
    gone_item["properties"]["virtualMachineId"] = gone_item["properties"]["sourceResourceId"]
    original = vms[1]
    group = original["id"].split("/")[4]
    other = next(
        v["id"].split("/")[4] for v in vms[2:]
        if v["location"] == original["location"] and v["id"].split("/")[2] == original["id"].split("/")[2]
        and v["id"].split("/")[4] != group
    )
    item = next(
        r for r in resources
        if r["type"].endswith("/protectedItems") and r["properties"]["sourceResourceId"] == original["id"]
    )
    for job in resources:
        if job["type"] == "Microsoft.RecoveryServices/vaults/backupJobs":
            job["properties"].pop("containerName", None)
    for resource in (original, item):
        text = json.dumps(resource).replace(f"/resourceGroups/{group}/", f"/resourceGroups/{other}/")
        resources.append(json.loads(text.replace(f";{group};", f";{other};")))
    return data


@pytest.mark.slow
def test_a_generated_tenant_scanned_by_group_and_by_vm_has_the_findings_of_the_whole_scan(gateway_for: Any) -> None:
    data = _with_a_deleted_vm_and_a_name_twice(generate_tenant(100, subscriptions=2, seed=7, failing_ratio=0.6))
    with SimulatorServer(Tenant.from_dict(data)) as server:
        full = _scan(server, gateway_for)
        assert [vm.facts.exists for vm in full.vms].count(False) == 2
        _assert_scoped_scans_match(server, gateway_for, vm_sample=12)


def test_one_vm_is_read_alone_and_only_its_own_details_are_read(demo_server: SimulatorServer, gateway_for: Any) -> None:
    full = _scan(demo_server, gateway_for)
    full_log = demo_server.request_log
    # A VM whose restore points the full scan counted: a scan of it alone counts only its collections.
    counted = [p for p in (e.path.lower() for e in full_log) if "/restorepointcollections/" in p]
    vm = next(v for v in full.vms if v.facts.exists and v.facts.restore_point_collections)
    own = {rpc.id.lower() for rpc in vm.facts.restore_point_collections or ()}
    assert own and set(counted) - own, "the full scan counted other VMs' collections too"

    report = _scan(demo_server, gateway_for, ScanScope.vms([vm.facts.id]))
    paths = [e.path.lower() for e in demo_server.request_log]
    assert [r.facts.id for r in report.vms] == [vm.facts.id]  # no orphaned item in a scan of one VM
    assert not any(p.endswith("/virtualmachines") for p in paths)  # no VM list, one GET of the VM
    assert paths.count(vm.facts.id.lower()) == 1
    assert {p for p in paths if "/restorepointcollections/" in p} <= own
    assert len(paths) < len(full_log)


def test_a_group_is_listed_alone_and_its_orphaned_items_come_with_it(
    demo_server: SimulatorServer, gateway_for: Any
) -> None:
    full = _scan(demo_server, gateway_for)
    orphan = next(v for v in full.vms if not v.facts.exists)
    scope = ScanScope.group(orphan.facts.subscription_id, orphan.facts.resource_group)
    report = _scan(demo_server, gateway_for, scope)
    paths = [e.path.lower() for e in demo_server.request_log]
    # The group's list (page by page), never the subscription's.
    assert {p for p in paths if p.endswith("/virtualmachines")} == {
        f"/subscriptions/{orphan.facts.subscription_id}/resourcegroups/{orphan.facts.resource_group}"
        "/providers/microsoft.compute/virtualmachines".lower()
    }
    assert orphan.facts.id in [r.facts.id for r in report.vms if not r.facts.exists]


def _cli_json(*options: str) -> tuple[int, dict[str, Any], str]:
    stdout, stderr = StringIO(), StringIO()
    code = cli.main(["scan", "--demo", "--format", "json", "--lang", "en", *options], stdout, stderr)
    return code, json.loads(stdout.getvalue()) if stdout.getvalue() else {}, stderr.getvalue()


@pytest.mark.slow
def test_the_command_line_scans_a_group_or_a_vm(demo_server: SimulatorServer, gateway_for: Any) -> None:
    full = _scan(demo_server, gateway_for)
    vm = next(v.facts for v in full.vms if v.facts.exists)
    in_group = {v.facts.name for v in full.vms if v.facts.resource_group == vm.resource_group}

    code, document, _ = _cli_json("--subscription", vm.subscription_id, "--resource-group", vm.resource_group)
    assert code == cli.EXIT_OK and {v["name"] for v in document["vms"]} == in_group
    by_name = ("--subscription", vm.subscription_id, "--resource-group", vm.resource_group, "--vm", vm.name)
    for options in (by_name, ("--vm", vm.id)):
        code, document, _ = _cli_json(*options)
        assert code == cli.EXIT_OK and [v["id"] for v in document["vms"]] == [vm.id]

    code, _, error = _cli_json("--vm", vm.name)
    assert code == cli.EXIT_COULD_NOT_RUN and "--subscription and --resource-group" in error
    code, _, error = _cli_json("--resource-group", vm.resource_group)
    assert code == cli.EXIT_COULD_NOT_RUN and "exactly one --subscription" in error
    # A VM that does not exist: the scan says so (ARM's 404) and is not complete.
    code, document, _ = _cli_json("--vm", vm.id + "-gone")
    assert code == cli.EXIT_INCOMPLETE and document["vms"] == []
    assert [p["code"] for p in document["problems"]] == ["ResourceNotFound"]
