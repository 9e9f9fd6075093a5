"""Synthetic tenants for benchmarks: many VMs, deterministic for a seed, in the tenant file format.

    generate_tenant(1000, subscriptions=2, seed=0, failing_ratio=0.2) -> a tenant dict
    python -m core.simulator.generate --vms 1000 --out bench-tenant.json

VMs are spread evenly over the subscriptions and, inside each, over resource groups of 20 VMs that alternate
between West Europe and North Europe. Every VM has its managed disks, its backup extension (VMSnapshot or
VMSnapshotLinux) and the Azure Monitor agent, an instance view, and (unless its scenario says otherwise) a
protected item in the Recovery Services vault of its subscription and region, two jobs and a restore point
collection in AzureBackupRG_<region>_1. A share `failing_ratio` of the VMs gets one of the failing
scenarios of the demo tenant (docs/demo-tenant.md), chosen by a `random.Random(seed)`, so the same arguments
always give the same tenant. Fresh times are relative placeholders ("@now-PT2M", see
`core.simulator.relative_time`) unless `--absolute-times` is given.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from core.simulator.relative_time import expand_relative_times
from core.simulator.shapes import (
    BACKUP_MANAGEMENT_SERVICE_APP_ID,
    BACKUP_MANAGEMENT_SERVICE_NAME,
    DEBIAN_12,
    RHEL_9,
    UBUNTU_2204,
    WINDOWS_2016,
    WINDOWS_2019,
    WINDOWS_2022,
    Ade,
    CollectionPlan,
    DataDisk,
    JobPlan,
    JsonDict,
    ProtectionPlan,
    VmSpec,
    access_policy,
    ago,
    backup_access_policy,
    backup_policy,
    custom_script_extension,
    guid,
    key_vault,
    management_lock,
    monitor_agent_extension,
    recovery_services_vault,
    resource_group,
    resource_id,
    restore_point_rg_name,
    rg_id,
    service_principal,
    tenant_document,
    vm_bundle,
    vmsnapshot_extension,
)
from core.simulator.shapes.scenarios import (
    agent_not_ready,
    agent_stale,
    agent_unresponsive,
    agent_version,
    encrypted,
    extension_failed,
    extension_updating,
    failed_job,
    healthy_vm,
    nightly_backups,
    protected_items_per_policy,
    without_agent,
    without_backup_extension,
)

__all__ = ["FAILING_SCENARIOS", "HEALTHY", "REGIONS", "VMS_PER_RESOURCE_GROUP", "generate_tenant", "main"]

REGIONS = ("westeurope", "northeurope")
VMS_PER_RESOURCE_GROUP = 20
HEALTHY = "healthy"

_SHORT = {"westeurope": "weu", "northeurope": "neu"}
_WINDOWS_IMAGES = (WINDOWS_2022, WINDOWS_2022, WINDOWS_2019, WINDOWS_2016)
_LINUX_IMAGES = (UBUNTU_2204, UBUNTU_2204, RHEL_9, DEBIAN_12)
_WINDOWS_SIZES = ("Standard_D2s_v5", "Standard_D4s_v5", "Standard_E4s_v5", "Standard_B4ms")
_LINUX_SIZES = ("Standard_D2s_v5", "Standard_B2s", "Standard_E2s_v5", "Standard_D4s_v5")
_DATA_DISK_SIZES = (128, 256, 512, 1024, 2048)

_COMMON = (
    "vm-deallocated",
    "agent-not-installed",
    "agent-not-ready",
    "agent-status-stale",
    "other-extension-failed",
    "vm-updating",
    "rp-limit-lock-on-vm-rg",
    "ade-keyvault-missing-backup-policy",
    "disk-over-32tb",
    "backup-in-progress",
    "protection-stopped",
    "protection-paused",
    "not-protected",
    "internal-error",
    "snapshot-no-network",
)
# Failing scenarios by OS type; the names are the demo tenant's `demo-scenario` tags.
FAILING_SCENARIOS: dict[str, tuple[str, ...]] = {
    "Windows": (*_COMMON, "agent-unresponsive-windows", "vmsnapshot-extension-failed"),
    "Linux": (*_COMMON, "agent-outdated-linux", "vmsnapshotlinux-extension-failed"),
}


@dataclass(frozen=True)
class _Site:
    """What a subscription has in one region: vault, policy and key vaults."""

    subscription_id: str
    location: str
    vault_id: str
    policy_id: str
    key_vault_ok: str
    key_vault_missing: str


def _sites(subscription_id: str, location: str) -> _Site:
    short = _SHORT[location]
    vault = resource_id(
        subscription_id, f"rg-backup-{short}", "Microsoft.RecoveryServices/vaults", f"rsv-bench-{short}"
    )
    return _Site(
        subscription_id,
        location,
        vault,
        f"{vault}/backupPolicies/DefaultPolicy",
        resource_id(subscription_id, f"rg-security-{short}", "Microsoft.KeyVault/vaults", f"kv-bench-{short}-ok"),
        resource_id(subscription_id, f"rg-security-{short}", "Microsoft.KeyVault/vaults", f"kv-bench-{short}-nobk"),
    )


def _vm(
    rng: random.Random, site: _Site, group: str, name: str, scenario: str, os_type: str, salt: str
) -> tuple[VmSpec, ProtectionPlan | None, list[JsonDict]]:
    """The VM of `scenario`, its protection and any extra resources (a lock on its resource group)."""
    windows = os_type == "Windows"
    image = rng.choice(_WINDOWS_IMAGES if windows else _LINUX_IMAGES)
    size = rng.choice(_WINDOWS_SIZES if windows else _LINUX_SIZES)
    disks = tuple(DataDisk(lun, rng.choice(_DATA_DISK_SIZES)) for lun in range(rng.randint(0, 2)))
    last_h = 19 + rng.random() * 4  # last nightly backup, hours ago
    backup_minutes = 20 + rng.randint(0, 70)
    spec = healthy_vm(
        site.subscription_id,
        group,
        name,
        scenario,
        image=image,
        size=size,
        location=site.location,
        agent_age=ago(minutes=1 + rng.randint(0, 3)),
        snapshot_age=ago(hours=last_h),
        tags={"ambiente": "benchmark"},
        data_disks=disks,
        salt=salt,
    )
    plan = ProtectionPlan(
        site.vault_id,
        site.policy_id,
        jobs=nightly_backups(last_h, last_h + 24, minutes=backup_minutes),
        collections=(CollectionPlan((ago(hours=last_h), ago(hours=last_h + 24))),),
    )
    if scenario == HEALTHY:
        if windows and rng.random() < 0.1:
            spec = encrypted(spec, Ade(site.key_vault_ok))
        return spec, plan, []

    fail_h = 1.5 + rng.random() * 3
    older = JobPlan("Completed", ago(hours=last_h + 24), ago(minutes=backup_minutes))
    failing = _Failing(rng, site, group, spec, plan, backup_minutes, fail_h, older, (CollectionPlan((older.started,)),))
    build = _FAILING.get(scenario)
    if build is None:
        raise ValueError(f"unknown scenario {scenario!r}")
    return build(failing)


# -- the failing scenarios: one function each ------------------------------------------------------

_Outcome = tuple[VmSpec, ProtectionPlan | None, list[JsonDict]]
_UNAVAILABLE = "UserErrorGuestAgentStatusUnavailable"
_SNAPSHOT_STATUS = "GuestAgentSnapshotTaskStatusError"
_PROVISIONING = "UserErrorVmProvisioningStateFailed"
_RP_LIMIT = "UserErrorRpCollectionLimitReached"
_DISK_SIZE = "UserErrorUnsupportedDiskSize"


@dataclass(frozen=True)
class _Failing:
    """A VM of a failing scenario: healthy (`spec`, `plan`) until a job failed `fail_h` hours ago."""

    rng: random.Random
    site: _Site
    group: str
    spec: VmSpec
    plan: ProtectionPlan
    backup_minutes: int
    fail_h: float
    older: JobPlan  # the last backup that worked, a day before the failure
    older_points: tuple[CollectionPlan, ...]

    def failed(self, code: str, minutes: float, **more: Any) -> JobPlan:
        return failed_job(code, self.fail_h, minutes, **more)

    def failing(self, code: str, minutes: float = 6, code_hint: str | None = None, **changes: Any) -> ProtectionPlan:
        """The older backup then `code`; `changes` replace any part of the plan (jobs, collections…)."""
        values: dict[str, Any] = {
            "jobs": (self.older, self.failed(code, minutes, code_hint=code_hint)),
            "collections": self.older_points,
        }
        values.update(changes)
        return replace(self.plan, **values)


def _vm_deallocated(vm: _Failing) -> _Outcome:
    return replace(vm.spec, power_state="deallocated"), vm.failing(_UNAVAILABLE, 24), []


def _agent_not_installed(vm: _Failing) -> _Outcome:
    plan = vm.failing(_UNAVAILABLE, jobs=(vm.failed(_UNAVAILABLE, 30),), collections=())
    return without_agent(vm.spec), plan, []


def _agent_not_ready(vm: _Failing) -> _Outcome:
    return agent_not_ready(vm.spec), vm.failing(_UNAVAILABLE, 18), []


def _agent_status_stale(vm: _Failing) -> _Outcome:
    return agent_stale(vm.spec, ago(days=3, hours=vm.rng.randint(0, 20))), vm.failing(_UNAVAILABLE, 28), []


def _agent_unresponsive(vm: _Failing) -> _Outcome:
    return agent_unresponsive(vm.spec, ago(hours=6)), vm.failing(_SNAPSHOT_STATUS, 65), []


def _agent_outdated(vm: _Failing) -> _Outcome:
    return agent_version(vm.spec, "2.2.10"), vm.failing(_SNAPSHOT_STATUS, 62, code_hint="dynamicErrorMessage"), []


def _snapshot_extension_failed(vm: _Failing) -> _Outcome:
    snapshot = vmsnapshot_extension(
        vm.spec.os_type,
        provisioning_state="Failed",
        message="Enable failed with exit code 1",
        reported=ago(hours=vm.fail_h),
    )
    return extension_failed(vm.spec, snapshot), vm.failing(_PROVISIONING, 9), []


def _other_extension_failed(vm: _Failing) -> _Outcome:
    failed = custom_script_extension(
        provisioning_state="Failed", message="Command execution failed", failure_code="3", reported=ago(hours=5)
    )
    return extension_failed(vm.spec, failed), vm.failing(_PROVISIONING, 8), []


def _vm_updating(vm: _Failing) -> _Outcome:
    updating = monitor_agent_extension(vm.spec.os_type, provisioning_state="Updating", reported=ago(hours=2))
    return extension_updating(vm.spec, updating), vm.failing(_PROVISIONING, 5), []


def _rp_limit_lock_on_vm_group(vm: _Failing) -> _Outcome:
    """18 restore points in the VM's own group, which a CanNotDelete lock keeps Azure Backup from cleaning."""
    points = tuple(ago(days=day, hours=22) for day in range(17, -1, -1))
    plan = vm.failing(
        _RP_LIMIT,
        jobs=(
            JobPlan("Completed", ago(hours=22), ago(minutes=vm.backup_minutes)),
            vm.failed(_RP_LIMIT, 3, code_hint="propertyBag"),
        ),
        collections=(CollectionPlan(points, 1, vm.group),),
        recovery_points=30,
    )
    group_id = rg_id(vm.site.subscription_id, vm.group)
    return vm.spec, plan, [management_lock(group_id, "nao-eliminar", "CanNotDelete", "Proteção contra eliminação.")]


def _ade_key_vault_without_backup_policy(vm: _Failing) -> _Outcome:
    spec = encrypted(vm.spec, Ade(vm.site.key_vault_missing))
    return spec, vm.failing("UserErrorKeyvaultPermissionsNotConfigured", 2), []


def _disk_over_32tb(vm: _Failing) -> _Outcome:
    spec = replace(vm.spec, data_disks=(DataDisk(0, 32769, "PremiumV2_LRS", caching="None"),))
    return spec, vm.failing(_DISK_SIZE, jobs=(vm.failed(_DISK_SIZE, 2),), collections=()), []


def _backup_in_progress(vm: _Failing) -> _Outcome:
    jobs = (
        JobPlan("Completed", ago(days=1, hours=7), ago(hours=9)),
        JobPlan("InProgress", ago(hours=7), ago(hours=7), progress=float(vm.rng.randint(10, 90))),
        failed_job("UserErrorBackupOperationInProgress", 1.0, 1, user_triggered=True),
    )
    collections = (CollectionPlan((ago(hours=6.9), ago(days=1, hours=7))),)
    return vm.spec, replace(vm.plan, jobs=jobs, collections=collections), []


def _protection(state: str) -> Callable[[_Failing], _Outcome]:
    """Protection stopped or paused: a later on-demand backup fails."""

    def scenario(vm: _Failing) -> _Outcome:
        jobs = (vm.failed("UserErrorBcmDatasourceNotPresent", 1, user_triggered=True),)
        return vm.spec, replace(vm.plan, state=state, jobs=jobs, collections=()), []

    return scenario


def _not_protected(vm: _Failing) -> _Outcome:
    return without_backup_extension(vm.spec), None, []


def _internal_error(vm: _Failing) -> _Outcome:
    return vm.spec, vm.failing("BackUpOperationFailed", 11, code_hint="dynamicErrorMessage"), []


def _snapshot_no_network(vm: _Failing) -> _Outcome:
    return vm.spec, vm.failing("ExtensionSnapshotFailedNoNetwork", 14), []


_FAILING: dict[str, Callable[[_Failing], _Outcome]] = {
    "vm-deallocated": _vm_deallocated,
    "agent-not-installed": _agent_not_installed,
    "agent-not-ready": _agent_not_ready,
    "agent-status-stale": _agent_status_stale,
    "agent-unresponsive-windows": _agent_unresponsive,
    "agent-outdated-linux": _agent_outdated,
    "vmsnapshot-extension-failed": _snapshot_extension_failed,
    "vmsnapshotlinux-extension-failed": _snapshot_extension_failed,
    "other-extension-failed": _other_extension_failed,
    "vm-updating": _vm_updating,
    "rp-limit-lock-on-vm-rg": _rp_limit_lock_on_vm_group,
    "ade-keyvault-missing-backup-policy": _ade_key_vault_without_backup_policy,
    "disk-over-32tb": _disk_over_32tb,
    "backup-in-progress": _backup_in_progress,
    "protection-stopped": _protection("ProtectionStopped"),
    "protection-paused": _protection("ProtectionPaused"),
    "not-protected": _not_protected,
    "internal-error": _internal_error,
    "snapshot-no-network": _snapshot_no_network,
}


def generate_tenant(
    vm_count: int, *, subscriptions: int = 2, seed: int = 0, failing_ratio: float = 0.2
) -> dict[str, Any]:
    """A synthetic tenant of `vm_count` VMs over `subscriptions` subscriptions (see the module doc)."""
    if vm_count < 0:
        raise ValueError("vm_count must not be negative")
    if subscriptions < 1:
        raise ValueError("at least one subscription is needed")
    if not 0.0 <= failing_ratio <= 1.0:
        raise ValueError("failing_ratio must be between 0 and 1")
    rng = random.Random(seed)
    salt = f"bench-{seed}"
    tenant_id = guid("tenant", salt)
    subs = [(guid("subscription", salt, number), f"Contoso Bench {number + 1:02d}") for number in range(subscriptions)]
    backup_object_id = guid("backup-management-service", salt)

    infrastructure: list[JsonDict] = []
    vm_part: list[JsonDict] = []
    locked: set[str] = set()
    plans: list[ProtectionPlan | None] = []
    sites_used: list[_Site] = []
    for number, (subscription_id, _) in enumerate(subs):
        count = vm_count // subscriptions + (1 if number < vm_count % subscriptions else 0)
        groups = -(-count // VMS_PER_RESOURCE_GROUP)
        sites = {location: _sites(subscription_id, location) for location in REGIONS[: min(groups, len(REGIONS))]}
        sites_used.extend(sites.values())
        for group_index in range(groups):
            location = REGIONS[group_index % len(REGIONS)]
            group = f"rg-bench-{group_index + 1:03d}"
            infrastructure.append(resource_group(subscription_id, group, location, {"ambiente": "benchmark"}))
            if group_index % 10 == 9:  # a harmless lock every tenth group
                infrastructure.append(management_lock(rg_id(subscription_id, group), "nao-eliminar", "CanNotDelete"))
                locked.add(group.lower() + subscription_id)
            first = group_index * VMS_PER_RESOURCE_GROUP
            for vm_index in range(first, min(first + VMS_PER_RESOURCE_GROUP, count)):
                os_type = "Windows" if rng.random() < 0.6 else "Linux"
                scenario = HEALTHY
                if rng.random() < failing_ratio:
                    scenario = rng.choice(FAILING_SCENARIOS[os_type])
                name = f"vm-{number + 1:02d}-{vm_index + 1:05d}"
                spec, plan, extra = _vm(rng, sites[location], group, name, scenario, os_type, salt)
                for resource in extra:  # one lock per resource group is enough
                    if group.lower() + subscription_id not in locked:
                        locked.add(group.lower() + subscription_id)
                        infrastructure.append(resource)
                plans.append(plan)
                vm_part.extend(vm_bundle(spec, plan))

    policy_counts = protected_items_per_policy(plans)
    for site in sites_used:
        short = _SHORT[site.location]
        sub = site.subscription_id
        infrastructure.append(resource_group(sub, f"rg-backup-{short}", site.location))
        infrastructure.append(resource_group(sub, restore_point_rg_name(site.location), site.location))
        infrastructure.append(resource_group(sub, f"rg-security-{short}", site.location))
        infrastructure.append(recovery_services_vault(sub, f"rg-backup-{short}", f"rsv-bench-{short}", site.location))
        infrastructure.append(
            backup_policy(site.vault_id, "DefaultPolicy", protected_items=policy_counts[site.policy_id])
        )
        backup = backup_access_policy(tenant_id, backup_object_id)
        admins = access_policy(tenant_id, guid("admins", salt), keys=("get", "list", "create"), secrets=("get", "set"))
        for vault_id, policies in ((site.key_vault_ok, (admins, backup)), (site.key_vault_missing, (admins,))):
            name = vault_id.rsplit("/", 1)[-1]
            infrastructure.append(
                key_vault(sub, f"rg-security-{short}", name, site.location, tenant_id, policies=policies)
            )

    principals = [service_principal(backup_object_id, BACKUP_MANAGEMENT_SERVICE_APP_ID, BACKUP_MANAGEMENT_SERVICE_NAME)]
    return tenant_document(tenant_id, subs, principals, [*infrastructure, *vm_part])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m core.simulator.generate", description="Write a synthetic tenant file for benchmarks."
    )
    parser.add_argument("--vms", type=int, required=True, help="number of VMs")
    parser.add_argument("--subscriptions", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--failing-ratio", type=float, default=0.2, help="share of VMs with a failing scenario")
    parser.add_argument("--out", type=Path, help="file to write (default: standard output)")
    parser.add_argument("--compact", action="store_true", help="no indentation (smaller, faster to load)")
    parser.add_argument(
        "--absolute-times", action="store_true", help="replace the @now placeholders with times relative to now"
    )
    args = parser.parse_args(argv)
    try:
        tenant = generate_tenant(
            args.vms, subscriptions=args.subscriptions, seed=args.seed, failing_ratio=args.failing_ratio
        )
    except ValueError as exc:
        parser.error(str(exc))
    if args.absolute_times:
        tenant = expand_relative_times(tenant, datetime.now(UTC))
    text = json.dumps(tenant, indent=None if args.compact else 2, ensure_ascii=False) + "\n"
    if args.out is None:
        sys.stdout.write(text)
    else:
        args.out.write_text(text, encoding="utf-8")
        vms = sum(1 for resource in tenant["resources"] if resource["type"] == "Microsoft.Compute/virtualMachines")
        print(f"wrote {args.out}: {vms} VMs, {len(tenant['resources'])} resources", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
