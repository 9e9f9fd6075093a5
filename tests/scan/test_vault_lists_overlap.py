"""Each vault's protected items and jobs are read while the VMs are still being listed, not after."""

from __future__ import annotations

from collections.abc import Callable

from core.azure.gateway import AzureGateway
from core.scan import run_scan
from core.simulator import SimulatorServer, Tenant


def test_vault_items_and_jobs_start_before_the_last_page_of_vms(
    demo_tenant: Tenant, gateway_for: Callable[..., AzureGateway]
) -> None:
    # Small pages and some latency: the VM list is a chain of pages long enough to overlap.
    with SimulatorServer(demo_tenant, page_size=3, latency_ms=40) as server:
        report = run_scan(gateway_for(server))
        log = server.request_log
    assert report.vms and not report.cancelled
    paths = [entry.path for entry in log]
    subscriptions = {p.split("/")[2] for p in paths if p.endswith("/backupProtectedItems")}
    overlapped = 0
    for sub in subscriptions:
        vm_pages = [
            i for i, p in enumerate(paths) if p == f"/subscriptions/{sub}/providers/Microsoft.Compute/virtualMachines"
        ]
        vault_reads = [
            i
            for i, p in enumerate(paths)
            if p.startswith(f"/subscriptions/{sub}/") and p.endswith(("/backupProtectedItems", "/backupJobs"))
        ]
        assert vm_pages and vault_reads
        if len(vm_pages) > 3 and min(vault_reads) < max(vm_pages):
            overlapped += 1
    assert overlapped, "no subscription read its vaults' items or jobs before its VM list ended"
