"""Scan cost: wall time and ARM requests per VM, Backup Doctor's list-based scan against a naive loop.

Both run the real SDK against the simulator serving a generated tenant, with ARM-like latency,
Azure-like page sizes and Azure's documented throttling budgets (per subscription), in the same run:

    python bench/scan.py                          # 1,000 VMs / 5 subscriptions and the naive loop,
                                                  # then 10,000 VMs through the CLI with its peak RSS
    python bench/scan.py --vms 100 --latency-ms 50 --no-naive --no-cli

The naive loop is what a per-VM troubleshooter does: for each VM, read it with its instance view,
its extensions, each disk, the locks of its resource group, its backup status, its protected item
and its vault's recent jobs — eight threads, like the scan. Requests are counted by the simulator's
request log, so retries after 429 count as the requests they are.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from azure.mgmt.compute import ComputeManagementClient
from azure.mgmt.recoveryservicesbackup import RecoveryServicesBackupClient
from azure.mgmt.resource.locks import ManagementLockClient

from core import ids
from core.azure.credentials import OfflineTokenCredential
from core.azure.gateway import AzureGateway
from core.azure.target import Target
from core.scan import run_scan
from core.simulator import SimulatorServer, Tenant, ThrottleConfig
from core.simulator.generate import generate_tenant

THREADS = 8


@dataclass
class Result:
    label: str
    vms: int
    seconds: float
    requests: int
    throttled: int

    def line(self) -> str:
        return (
            f"{self.label:<28} {self.vms:>6} VMs  {self.seconds:8.1f} s  {self.requests:>7} requests  "
            f"{self.requests / self.vms:6.2f} req/VM  {self.throttled:>6} throttled (429)"
        )


ROOT = Path(__file__).resolve().parent.parent


def measure(label: str, server: SimulatorServer, vm_count: int, work: Callable[[], Any]) -> Result:
    server.clear_request_log()
    started = time.perf_counter()
    work()
    seconds = time.perf_counter() - started
    log = server.request_log
    return Result(label, vm_count, seconds, len(log), sum(1 for e in log if e.status == 429))


def scan(server: SimulatorServer) -> None:
    target = Target.endpoint(server.base_url, ca_file=server.ca_file)
    gateway = AzureGateway(target, OfflineTokenCredential())
    try:
        report = run_scan(gateway)
        if report.problems:
            print(f"  scan problems: {[p.code for p in report.problems][:5]}", file=sys.stderr)
        waited = gateway.pacer.waited if gateway.pacer is not None else 0.0
        print(f"  {len(report.vms)} VMs diagnosed, client-side pacing waited {waited:.1f} s")
    finally:
        gateway.close()


# The CLI run by a wrapper that writes its own peak RSS (VmHWM) when it ends. getrusage's ru_maxrss of a
# child is no use here: Linux carries the high-water mark across exec, and a child forked (or vforked) from
# this process, which holds the 10,000-VM simulator, starts with this process's resident pages.
_PEAK_WRAPPER = """
import os, runpy, sys
sys.argv = ["backup-doctor", *sys.argv[1:]]
try:
    runpy.run_module("core.cli", run_name="__main__")
finally:
    with open("/proc/self/status") as status, open(os.environ["BENCH_PEAK_FILE"], "w") as out:
        out.write(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
"""


def cli_scan(server: SimulatorServer) -> float:
    """`backup-doctor scan --arm-url … --format json` in a child process; returns its peak RSS in MB."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "scan.json"
        peak_file = Path(folder) / "peak"
        command = [
            sys.executable, "-c", _PEAK_WRAPPER, "scan", "--arm-url", server.base_url, "--ca-file", server.ca_file,
            "--format", "json", "--output", str(out), "--lang", "en",
        ]  # fmt: skip
        env = {**os.environ, "PYTHONPATH": str(ROOT), "BENCH_PEAK_FILE": str(peak_file)}
        done = subprocess.run(command, cwd=ROOT, env=env, check=False)
        if done.returncode not in (0, 3):
            print(f"  the CLI scan exited with {done.returncode}", file=sys.stderr)
        print(f"  JSON output: {out.stat().st_size / 1e6:.1f} MB")
        peak_kb = int(peak_file.read_text()) if peak_file.exists() else 0
    return peak_kb / 1024


def naive(server: SimulatorServer, tenant: Tenant) -> None:
    options: dict[str, Any] = {
        "base_url": server.base_url,
        "connection_verify": server.ca_file,
        "polling_interval": 0,
        # Same patience as the gateway's: throttled reads wait for Retry-After and try again.
        "retry_total": 10,
        "retry_status": 8,
    }
    credential = OfflineTokenCredential()
    clients: dict[str, tuple[Any, Any, Any]] = {}
    for subscription in tenant.subscriptions:
        sub = subscription["subscriptionId"]
        clients[sub] = (
            ComputeManagementClient(credential, sub, **options),
            ManagementLockClient(credential, sub, **options),
            RecoveryServicesBackupClient(credential, sub, **options),
        )
    vms = [
        r for r in tenant.resources if str(r.get("type", "")).lower() == "microsoft.compute/virtualmachines"
    ]

    failures: list[str] = []

    def one_vm(vm: dict[str, Any]) -> None:
        try:
            read_vm(vm)
        except Exception as error:  # a naive tool loses the VM; count it and go on
            failures.append(f"{vm['name']}: {type(error).__name__}")

    def read_vm(vm: dict[str, Any]) -> None:
        parsed = ids.parse_id(vm["id"])
        assert parsed.subscription_id and parsed.resource_group
        compute, locks, backup = clients[parsed.subscription_id]
        full = compute.virtual_machines.get(parsed.resource_group, parsed.name, expand="instanceView")
        list(compute.virtual_machine_extensions.list(parsed.resource_group, parsed.name))
        storage = full.as_dict().get("properties", {}).get("storageProfile", {})
        disks = [storage.get("osDisk", {}), *storage.get("dataDisks", [])]
        for disk in disks:
            disk_id = (disk.get("managedDisk") or {}).get("id")
            if disk_id:
                compute.disks.get(ids.parse_id(disk_id).resource_group, ids.parse_id(disk_id).name)
        list(locks.management_locks.list_at_resource_group_level(parsed.resource_group))
        status = backup.backup_status.get(
            vm["location"], {"resourceId": vm["id"], "resourceType": "VM"}
        ).as_dict()
        vault_id = status.get("vaultId")
        if vault_id and status.get("protectedItemName"):
            vault = ids.parse_id(vault_id)
            backup.protected_items.get(
                vault.name,
                vault.resource_group,
                status.get("fabricName", "Azure"),
                status["containerName"],
                status["protectedItemName"],
            )
            list(
                backup.backup_jobs.list(
                    vault.name, vault.resource_group, filter="backupManagementType eq 'AzureIaasVM'"
                )
            )

    with ThreadPoolExecutor(THREADS) as pool:
        list(pool.map(one_vm, vms))
    if failures:
        print(f"  naive loop lost {len(failures)} VMs, e.g. {failures[0]}", file=sys.stderr)


def run(
    vm_count: int,
    subscriptions: int,
    latency_ms: float,
    page_size: int | None,
    throttle: bool,
    with_naive: bool,
    through_cli: bool,
) -> list[Result]:
    tenant = Tenant.from_dict(
        generate_tenant(vm_count, subscriptions=subscriptions, seed=1), source=f"generated-{vm_count}"
    )
    results = []
    with SimulatorServer(
        tenant,
        latency_ms=latency_ms,
        page_size=page_size,
        throttle=ThrottleConfig.azure() if throttle else None,
    ) as server:
        if through_cli:
            peak: list[float] = []
            results.append(
                measure("scan --arm-url (CLI, JSON)", server, vm_count, lambda: peak.append(cli_scan(server)))
            )
            print(results[-1].line() + f"  peak RSS {peak[0]:.0f} MB", flush=True)
        else:
            results.append(measure("Backup Doctor scan", server, vm_count, lambda: scan(server)))
            print(results[-1].line(), flush=True)
        if with_naive:
            # A fresh budget: the naive loop must not pay for the scan's requests.
            server.throttle = ThrottleConfig.azure() if throttle else None
            results.append(measure("naive per-VM loop", server, vm_count, lambda: naive(server, tenant)))
            print(results[-1].line(), flush=True)
            print(f"  speed-up: {results[-1].seconds / results[0].seconds:.0f}x", flush=True)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--vms", type=int, action="append", help="VM counts (default: 1000, then 10000 via the CLI)")
    parser.add_argument("--subscriptions", type=int, default=5)
    parser.add_argument("--latency-ms", type=float, default=100.0)
    parser.add_argument(
        "--page-size", type=int, default=None, help="items per page of every list (default: Azure-like, 50 VMs)"
    )
    parser.add_argument("--no-throttle", action="store_true", help="switch Azure's throttling budgets off")
    parser.add_argument("--no-naive", action="store_true", help="skip the naive per-VM loop")
    parser.add_argument("--no-cli", action="store_true", help="skip the 10,000-VM scan through the CLI")
    args = parser.parse_args()
    print(
        f"latency {args.latency_ms:g} ms, page size {args.page_size or 'Azure-like'}, "
        f"throttling {'off' if args.no_throttle else 'Azure defaults per subscription (reads 250 burst, 25/s)'}, "
        f"{args.subscriptions} subscriptions, naive loop {THREADS} threads"
    )
    for count in args.vms or [1000]:
        run(count, args.subscriptions, args.latency_ms, args.page_size, not args.no_throttle, not args.no_naive, False)
    if not args.no_cli and not args.vms:
        run(10_000, args.subscriptions, args.latency_ms, args.page_size, not args.no_throttle, False, True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
