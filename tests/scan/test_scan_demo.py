"""A whole scan of the demo tenant through the real SDK and the simulator, as a user runs it."""

from __future__ import annotations

import json
from io import StringIO

import pytest

from core import cli
from core.scan import ScanReport, run_scan
from core.simulator import SimulatorServer, Tenant


def _vm_requests(server: SimulatorServer) -> list[str]:
    return [e.path for e in server.request_log if "virtualmachines" in e.path.lower()]


def test_every_demo_vm_is_scanned_with_the_agent_check(demo_report: ScanReport, demo_tenant: Tenant) -> None:
    report = demo_report

    names = {vm.facts.name for vm in report.vms if vm.facts.exists}
    served = {r["name"] for r in demo_tenant.resources if r["type"] == "Microsoft.Compute/virtualMachines"}
    assert names == served and len(names) >= 20
    # Plus the protected item whose VM was deleted (vm-erp-old01), reported as orphaned.
    assert [vm.facts.name for vm in report.vms if not vm.facts.exists] == ["vm-erp-old01"]
    assert report.problems == []
    assert report.complete, "a clean scan of the demo tenant checks every VM fully"
    for result in report.vms:
        checks = {f.check for f in result.findings}
        if result.facts.exists:
            assert "vm-agent-ready" in checks, result.facts.name
        else:
            # Nothing of a deleted VM can be looked at: only its vault item and jobs, not a row of unknowns.
            assert checks == {
                "last-backup-job",
                "source-vm-exists",
                "backup-configured",
                "backup-protection-active",
                "backup-in-progress",
                "policy-deny",
            }
            by_check = {f.check: f for f in result.findings}
            assert by_check["source-vm-exists"].status == "fail"
            # Its jobs are joined to it: the failed job names the documented "VM no longer exists" code.
            assert by_check["last-backup-job"].error_codes[:1] == ("ResourceNotFound",)


def test_agent_not_ready_fails_with_the_documented_code_and_evidence(demo_report: ScanReport) -> None:
    by_name = {vm.facts.name: vm for vm in demo_report.vms}

    not_ready = next(f for f in by_name["vm-dev-lnx01"].findings if f.check == "vm-agent-ready")
    assert not_ready.status == "fail"
    assert "UserErrorGuestAgentStatusUnavailable" in not_ready.error_codes
    assert not_ready.evidence["agentDisplayStatus"] == "Not Ready"
    assert not_ready.evidence["powerState"] == "running"
    assert not_ready.evidence["agentVersion"]

    healthy = next(f for f in by_name["vm-erp-app01"].findings if f.check == "vm-agent-ready")
    assert healthy.status == "pass"
    assert healthy.evidence["agentDisplayStatus"] == "Ready"


def test_vms_come_from_one_paged_list_per_subscription(demo_server: SimulatorServer, gateway_for) -> None:
    demo_server.page_size = 3
    report = run_scan(gateway_for(demo_server))

    vm_calls = [
        e for e in demo_server.request_log if e.path.lower().endswith("/providers/microsoft.compute/virtualmachines")
    ]
    # Every page of list_all asked for the run-time status as the Compute spec documents it
    # (statusOnly=true; $expand=instanceView needs a $filter), and no VM was read on its own.
    assert vm_calls and all(e.query.get("statusOnly") == "true" and "$expand" not in e.query for e in vm_calls)
    assert len(vm_calls) > len(report.subscriptions)  # more VMs than a page: paging was followed
    single_vm_reads = [p for p in _vm_requests(demo_server) if "/virtualmachines/" in p.lower()]
    assert single_vm_reads == []


def test_scan_json_from_the_command_line(tmp_path) -> None:
    out = tmp_path / "scan.json"
    code = cli.main(["scan", "--demo", "--format", "json", "--output", str(out), "--lang", "en"])

    document = json.loads(out.read_text(encoding="utf-8"))
    assert code in (cli.EXIT_OK, cli.EXIT_INCOMPLETE)
    assert set(document) >= {"scannedAt", "target", "vms", "problems"}
    vm = next(v for v in document["vms"] if v["name"] == "vm-dev-lnx01")
    assert set(vm) >= {"id", "name", "subscriptionId", "resourceGroup", "location", "osType", "powerState"}
    finding = next(f for f in vm["findings"] if f["check"] == "vm-agent-ready")
    assert finding["status"] == "fail"
    assert "UserErrorGuestAgentStatusUnavailable" in finding["errorCodes"]
    assert finding["title"] and finding["detail"] and finding["evidence"]


def test_broken_tenant_file_is_refused_with_a_specific_message(tmp_path) -> None:
    tenant = tmp_path / "broken.json"
    tenant.write_text('{"tenantId": "t", "subscriptions": [], "resources": [', encoding="utf-8")
    stdout, stderr = StringIO(), StringIO()

    code = cli.main(["scan", "--tenant", str(tenant)], stdout, stderr)

    assert code == cli.EXIT_COULD_NOT_RUN
    assert "broken.json" in stderr.getvalue()
    assert "line 1" in stderr.getvalue()
    assert "Traceback" not in stderr.getvalue()
    assert stdout.getvalue() == ""


@pytest.mark.slow
def test_scanning_azure_when_the_sign_in_service_cannot_be_reached_says_so(capsys) -> None:
    stderr = StringIO()
    # A proxy on a closed port: the sign-in to Azure fails at once, without reaching any network.
    args = ["scan", "--sign-in", "device-code", "--proxy", "http://127.0.0.1:9", "--lang", "en"]
    assert cli.main(args, StringIO(), stderr) == cli.EXIT_COULD_NOT_RUN
    assert "Could not reach the sign-in service" in stderr.getvalue()
    assert "Traceback" not in stderr.getvalue()
