"""Writes resources/demo-tenant.json, the tenant behind `--demo` (described in docs/demo-tenant.md).

The file is generated so that its ids, container names, disks and restore points stay consistent; edit the
scenarios here, not the JSON, then run from the repository root:

    python scripts/make_demo_tenant.py            # rewrite resources/demo-tenant.json
    python scripts/make_demo_tenant.py --check    # exit 1 when the file is not what this script writes
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from core.simulator.tenant_shapes import (
    BACKUP_KEY_PERMISSIONS,
    BACKUP_MANAGEMENT_SERVICE_APP_ID,
    BACKUP_MANAGEMENT_SERVICE_NAME,
    BACKUP_SECRET_PERMISSIONS,
    CENTOS_73,
    DEBIAN_12,
    ERRORS,
    LINUX_AGENT_VERSION,
    RHEL_9,
    SLES_SAP_15,
    UBUNTU_2204,
    WINDOWS_2016,
    WINDOWS_2019,
    WINDOWS_2022,
    WINDOWS_AGENT_VERSION,
    Ade,
    Agent,
    CollectionPlan,
    DataDisk,
    Extension,
    Image,
    JobPlan,
    JsonDict,
    ProtectionPlan,
    VmSpec,
    access_policy,
    ade_extension,
    ago,
    backup_policy,
    custom_script_extension,
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

OUT = Path(__file__).resolve().parent.parent / "resources" / "demo-tenant.json"

TENANT_ID = "7b1d4e2a-93c5-4f60-8a1e-2c6d9f0b3a57"
PROD = "8f3c2a51-6b7e-4d19-a0c4-5e2f9b7d1c36"
DEV = "2d7a9e40-c1b3-4f85-9a62-7e0d4b8c3f15"
SHARED = "c4e81b6f-3a2d-47e9-b5f0-91d6a8c27e43"
SUBSCRIPTIONS = [
    (PROD, "Contoso Produção"),
    (DEV, "Contoso Desenvolvimento"),
    (SHARED, "Contoso Serviços Partilhados"),
]

#: Fictional object id of the Backup Management Service's service principal in this tenant.
BMS_OBJECT_ID = "f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b"
DEPLOY_SP_OBJECT_ID = "0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a"
DEPLOY_SP_APP_ID = "6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d"
ADMINS_GROUP_OBJECT_ID = "a3c5e7f9-1b2d-4e6f-8a0b-2c4d6e8f0a1c"

WEU = "westeurope"
NEU = "northeurope"

LEGACY_STORAGE = "stcontosolegacyvhds"
LEGACY_STORAGE_ID = resource_id(PROD, "rg-sql-legacy", "Microsoft.Storage/storageAccounts", LEGACY_STORAGE)
KV_FIN = resource_id(PROD, "rg-security-prod", "Microsoft.KeyVault/vaults", "kv-contoso-fin-prod")
KV_ADE = resource_id(PROD, "rg-security-prod", "Microsoft.KeyVault/vaults", "kv-contoso-ade-prod")
KV_RBAC = resource_id(PROD, "rg-security-prod", "Microsoft.KeyVault/vaults", "kv-contoso-rbac-prod")


Job = JobPlan


def Protection(
    vault: str,
    policy: str,
    *,
    state: str = "Protected",
    jobs: tuple[JobPlan, ...] = (),
    collections: tuple[tuple[int, str | None, tuple[timedelta, ...]], ...] = (),
    recovery_points: int = 9,
) -> ProtectionPlan:
    """The protection of a VM in vault `vault` (a key of VAULTS) with `policy`; `collections` as
    (number, resource group or None for AzureBackupRG_<region>_1, restore point ages)."""
    vid = vault_id(vault)
    return ProtectionPlan(
        vid,
        f"{vid}/backupPolicies/{policy}",
        state=state,
        jobs=jobs,
        collections=tuple(CollectionPlan(ages, number, group) for number, group, ages in collections),
        recovery_points=recovery_points,
    )


@dataclass(frozen=True)
class Demo:
    spec: VmSpec
    protection: ProtectionPlan | None
    planted: str  # what docs/demo-tenant.md says is planted
    demonstrates: str  # documented code / cause
    extra: list[JsonDict] = field(default_factory=list)
    #: The simulated guest OS (the VM entry's `guest`, read by Run Command; docs/tenant-format.md).
    guest: JsonDict | None = None
    #: The VM was deleted while protected: only its protected item, jobs and restore points remain.
    vm_deleted: bool = False


# Vaults: key -> (subscription, resource group, vault name, location)
VAULTS = {
    "prod-weu": (PROD, "rg-backup-prod", "rsv-contoso-prod-weu", WEU),
    "prod-neu": (PROD, "rg-backup-prod-neu", "rsv-contoso-prod-neu", NEU),
    "dev-weu": (DEV, "rg-backup-dev", "rsv-contoso-dev-weu", WEU),
    "shared-weu": (SHARED, "rg-backup-shared", "rsv-contoso-shared-weu", WEU),
    "shared-neu": (SHARED, "rg-backup-shared-neu", "rsv-contoso-shared-neu", NEU),
}
#: Policies per vault.
# A backup policy that names its own restore point group (instantRPDetails: backup-during-vm-creation, "Azure
# Backup resource group for virtual machines"): the group is <prefix><n><suffix>, here rg-dev-restauro-1.
OWN_RP_GROUP_POLICY = "politica-dev-grupo-proprio"
OWN_RP_GROUP_PREFIX = "rg-dev-restauro-"
# A tag policy with the Deny effect on the development subscription (built-in "Require a tag on resource groups").
TAG_POLICY_ASSIGNMENT = (
    f"/subscriptions/{DEV}/providers/Microsoft.Authorization/policyAssignments/exigir-centro-de-custo"
)
REQUIRE_TAG_ON_GROUPS = "/providers/Microsoft.Authorization/policyDefinitions/96670d01-0a4d-4649-9c89-2d3abc0a5025"

POLICIES = {
    "prod-weu": ("politica-diaria-30d", "DefaultPolicy"),
    "prod-neu": ("DefaultPolicy",),
    "dev-weu": ("DefaultPolicy", "politica-dev-grupo-proprio"),
    "shared-weu": ("politica-diaria-30d",),
    "shared-neu": ("DefaultPolicy",),
}


def vault_id(key: str) -> str:
    sub, group, name, _ = VAULTS[key]
    return resource_id(sub, group, "Microsoft.RecoveryServices/vaults", name)


# -- small helpers --------------------------------------------------------------------------------


def hours(value: float) -> timedelta:
    return ago(hours=value)


def days(value: float, extra_hours: float = 0) -> timedelta:
    return ago(days=value, hours=extra_hours)


def ok_jobs(*ages_h: float, minutes: float = 52) -> tuple[Job, ...]:
    """Completed nightly backups `ages_h` hours ago."""
    return tuple(Job("Completed", hours(age), ago(minutes=minutes + i * 3)) for i, age in enumerate(ages_h))


def daily_points(*ages_h: float) -> tuple[timedelta, ...]:
    return tuple(hours(age) for age in ages_h)


def windows(
    sub: str,
    group: str,
    name: str,
    scenario: str,
    *,
    image: Image = WINDOWS_2022,
    size: str = "Standard_D4s_v5",
    location: str = WEU,
    agent: Agent | None = None,
    extensions: tuple[Extension, ...] | None = None,
    snapshot_age: timedelta | None = None,
    tags: dict[str, str] | None = None,
    **changes: Any,
) -> VmSpec:
    """A running Windows VM with a Ready agent, VMSnapshot and the Azure Monitor agent; `changes` override."""
    spec = VmSpec(
        subscription_id=sub,
        resource_group=group,
        name=name,
        location=location,
        image=image,
        size=size,
        scenario=scenario,
        agent=agent if agent is not None else Agent(WINDOWS_AGENT_VERSION, reported=ago(minutes=2)),
        extensions=extensions
        if extensions is not None
        else (
            vmsnapshot_extension("Windows", reported=snapshot_age or hours(20.8)),
            monitor_agent_extension("Windows"),
        ),
        tags=tags or {},
    )
    return replace(spec, **changes)


def linux(
    sub: str,
    group: str,
    name: str,
    scenario: str,
    *,
    image: Image = UBUNTU_2204,
    size: str = "Standard_D2s_v5",
    location: str = WEU,
    agent: Agent | None = None,
    extensions: tuple[Extension, ...] | None = None,
    snapshot_age: timedelta | None = None,
    tags: dict[str, str] | None = None,
    **changes: Any,
) -> VmSpec:
    spec = VmSpec(
        subscription_id=sub,
        resource_group=group,
        name=name,
        location=location,
        image=image,
        size=size,
        scenario=scenario,
        os_disk_gb=64,
        agent=agent if agent is not None else Agent(LINUX_AGENT_VERSION, reported=ago(minutes=1)),
        extensions=extensions
        if extensions is not None
        else (
            vmsnapshot_extension("Linux", reported=snapshot_age or hours(20.6)),
            monitor_agent_extension("Linux"),
        ),
        tags=tags or {},
    )
    return replace(spec, **changes)


def fail(code: str, age_h: float, minutes: float = 6, hint: str | None = None, **more: Any) -> Job:
    if code not in ERRORS:
        raise KeyError(code)
    return Job("Failed", hours(age_h), ago(minutes=minutes), code, hint, **more)


PROD_TAGS = {"ambiente": "produção", "centro-de-custo": "CC-1100"}
DEV_TAGS = {"ambiente": "desenvolvimento", "centro-de-custo": "CC-2300"}
SHARED_TAGS = {"ambiente": "partilhado", "centro-de-custo": "CC-1900"}


# -- the VMs --------------------------------------------------------------------------------------


def demos() -> list[Demo]:
    erp = {**PROD_TAGS, "aplicação": "erp"}
    web = {**PROD_TAGS, "aplicação": "portal-web"}
    fin = {**PROD_TAGS, "aplicação": "financeiro"}
    data = {**PROD_TAGS, "aplicação": "data-lake"}
    out: list[Demo] = []

    healthy_points = daily_points(20.8, 44.8)

    # ---- healthy -----------------------------------------------------------------------------
    out.append(
        Demo(
            windows(PROD, "rg-erp-prod", "vm-erp-app01", "healthy-windows", data_disks=(DataDisk(0, 256),), tags=erp),
            Protection(
                "prod-weu", "politica-diaria-30d", jobs=ok_jobs(20.8, 44.8), collections=((1, None, healthy_points),)
            ),
            "Running, agent Ready (status 2 minutes old), VMSnapshot and Azure Monitor agent succeeded, protected, "
            "last two nightly backups Completed, 2 instant restore points.",
            "Healthy Windows VM: every check passes.",
        )
    )
    out.append(
        Demo(
            linux(
                PROD,
                "rg-web-prod",
                "vm-web-lnx01",
                "healthy-linux",
                data_disks=(DataDisk(0, 128, "StandardSSD_LRS"),),
                tags=web,
            ),
            Protection(
                "prod-weu",
                "politica-diaria-30d",
                jobs=ok_jobs(20.6, 44.6, minutes=31),
                collections=((1, None, daily_points(20.6, 44.6)),),
            ),
            "Running Ubuntu 22.04, WALinuxAgent 2.13.1.1 Ready, VMSnapshotLinux succeeded, protected, recent "
            "Completed jobs.",
            "Healthy Linux VM: every check passes.",
        )
    )
    out.append(
        Demo(
            windows(
                PROD,
                "rg-files-prod",
                "vm-files-win01",
                "healthy-windows-northeurope",
                location=NEU,
                data_disks=(DataDisk(0, 1024, "StandardSSD_LRS"),),
                tags={**PROD_TAGS, "aplicação": "ficheiros"},
            ),
            Protection(
                "prod-neu",
                "DefaultPolicy",
                jobs=ok_jobs(21.4, 45.4, minutes=74),
                collections=((1, None, daily_points(21.4, 45.4)),),
            ),
            "Healthy Windows VM in North Europe, protected by the North Europe vault.",
            "Healthy VM in a second region (vault and restore point group per region).",
        )
    )

    # ---- UserErrorGuestAgentStatusUnavailable -----------------------------------------------
    out.append(
        Demo(
            windows(
                PROD,
                "rg-erp-prod",
                "vm-erp-batch01",
                "vm-deallocated",
                image=WINDOWS_2019,
                power_state="deallocated",
                tags=erp,
            ),
            Protection(
                "prod-weu",
                "politica-diaria-30d",
                jobs=(
                    Job("Completed", days(2, 21), ago(minutes=47)),
                    fail("UserErrorGuestAgentStatusUnavailable", 3.2, 24, "propertyBag"),
                ),
                collections=((1, None, daily_points(68.8)),),
            ),
            "PowerState/deallocated: no vmAgent, no extension statuses in the instance view; disks Reserved. "
            "Failed job 3 hours ago.",
            "UserErrorGuestAgentStatusUnavailable: the VM is not running.",
        )
    )
    out.append(
        Demo(
            windows(
                DEV,
                "rg-test",
                "vm-tst-app01",
                "vm-stopped",
                image=WINDOWS_2019,
                size="Standard_B4ms",
                power_state="stopped",
                agent=Agent(
                    WINDOWS_AGENT_VERSION, ready=False, message="VM Agent is unresponsive.", reported=days(1, 2)
                ),
                tags={**DEV_TAGS, "aplicação": "testes-erp"},
            ),
            Protection(
                "dev-weu",
                "DefaultPolicy",
                jobs=(
                    Job("Completed", days(1, 21), ago(minutes=38)),
                    fail("UserErrorGuestAgentStatusUnavailable", 2.9, 21),
                ),
                collections=((1, None, daily_points(45.0)),),
            ),
            "PowerState/stopped (shut down from inside the guest, still allocated); agent Not Ready, last status "
            "26 hours old.",
            "UserErrorGuestAgentStatusUnavailable: the VM is stopped.",
        )
    )
    out.append(
        Demo(
            replace(
                windows(
                    PROD,
                    "rg-erp-prod",
                    "vm-erp-rpt01",
                    "agent-not-installed",
                    image=WINDOWS_2016,
                    size="Standard_D2s_v3",
                    provision_vm_agent=False,
                    extensions=(),
                    created="2023-02-08T11:02:51.2035114+00:00",
                    tags=erp,
                ),
                agent=None,
            ),
            Protection(
                "prod-weu", "politica-diaria-30d", jobs=(fail("UserErrorGuestAgentStatusUnavailable", 3.4, 31),)
            ),
            "Running, created from a custom image with osProfile.windowsConfiguration.provisionVMAgent = false: "
            "the instance view has no vmAgent at all and no extensions. Never backed up.",
            "UserErrorGuestAgentStatusUnavailable: the VM agent is not installed.",
        )
    )
    out.append(
        Demo(
            linux(
                DEV,
                "rg-dev",
                "vm-dev-lnx01",
                "agent-not-ready",
                agent=Agent("Unknown", ready=False, reported=ago(minutes=12)),
                tags={**DEV_TAGS, "aplicação": "api-interna"},
            ),
            Protection(
                "dev-weu",
                "DefaultPolicy",
                jobs=(
                    Job("Completed", days(2, 20), ago(minutes=22)),
                    fail("UserErrorGuestAgentStatusUnavailable", 4.1, 18),
                ),
                collections=((1, None, daily_points(68.0)),),
            ),
            'Running; vmAgent status ProvisioningState/Unavailable, Warning, "Not Ready", "VM status blob is '
            'found but not yet populated.", version Unknown.',
            "UserErrorGuestAgentStatusUnavailable: the agent is in an inconsistent state.",
        )
    )
    out.append(
        Demo(
            windows(
                DEV,
                "rg-dev",
                "vm-dev-app01",
                "agent-status-stale",
                agent=Agent(WINDOWS_AGENT_VERSION, reported=days(3, 5)),
                snapshot_age=days(3, 6),
                tags={**DEV_TAGS, "aplicação": "erp-dev"},
            ),
            Protection(
                "dev-weu",
                "DefaultPolicy",
                jobs=(
                    Job("Completed", days(3, 6), ago(minutes=44)),
                    fail("UserErrorGuestAgentStatusUnavailable", 4.3, 28),
                ),
                collections=((1, None, daily_points(78.0)),),
            ),
            "Running; agent says Ready but its status time is 3 days old (the agent stopped reporting).",
            "UserErrorGuestAgentStatusUnavailable: the agent is stopped (stale status).",
        )
    )

    # ---- GuestAgentSnapshotTaskStatusError ---------------------------------------------------
    out.append(
        Demo(
            windows(
                PROD,
                "rg-erp-prod",
                "vm-erp-app02",
                "agent-unresponsive-windows",
                image=WINDOWS_2019,
                agent=Agent(
                    WINDOWS_AGENT_VERSION, ready=False, message="VM Agent is unresponsive.", reported=hours(6.5)
                ),
                snapshot_age=days(1, 21),
                tags=erp,
            ),
            Protection(
                "prod-weu",
                "politica-diaria-30d",
                jobs=(
                    Job("Completed", days(1, 21), ago(minutes=55)),
                    fail("GuestAgentSnapshotTaskStatusError", 3.0, 65),
                ),
                collections=((1, None, daily_points(45.0)),),
            ),
            'Running Windows Server 2019; agent Not Ready, "VM Agent is unresponsive." (6.5 hours). The job '
            "waited an hour for the snapshot status.",
            "GuestAgentSnapshotTaskStatusError, cause 1: the agent is installed but unresponsive (Windows).",
        )
    )
    out.append(
        Demo(
            linux(
                PROD,
                "rg-web-prod",
                "vm-web-lnx02",
                "agent-outdated-linux",
                image=CENTOS_73,
                size="Standard_D2s_v3",
                agent=Agent("2.2.10", reported=ago(minutes=1)),
                created="2017-06-19T15:44:08.9012345+00:00",
                os_disk_gb=32,
                tags=web,
            ),
            Protection(
                "prod-weu",
                "politica-diaria-30d",
                jobs=(
                    Job("Completed", days(4, 21), ago(minutes=19)),
                    fail("GuestAgentSnapshotTaskStatusError", 2.8, 62, "dynamicErrorMessage"),
                ),
                collections=((1, None, daily_points(117.0)),),
            ),
            "Running CentOS 7.3 with WALinuxAgent 2.2.10 (Ready): far below the current agent.",
            "GuestAgentSnapshotTaskStatusError, cause 2: the agent is out of date (Linux).",
        )
    )

    # ---- UserErrorVmProvisioningStateFailed -------------------------------------------------
    snapshot_failed = (
        "IaaSBcdrExtension.exe exited with code 1. See "
        "C:\\WindowsAzure\\Logs\\Plugins\\Microsoft.Azure.RecoveryServices.VMSnapshot\\1.0.110.0 for details."
    )
    out.append(
        Demo(
            windows(
                PROD,
                "rg-erp-prod",
                "vm-erp-app03",
                "vmsnapshot-extension-failed",
                extensions=(
                    vmsnapshot_extension(
                        "Windows", provisioning_state="Failed", message=snapshot_failed, reported=hours(3.1)
                    ),
                    monitor_agent_extension("Windows"),
                ),
                provisioning_state="Failed",
                provisioning_age=hours(3.1),
                provisioning_message=(
                    "VM has reported a failure when processing extension 'VMSnapshot' (publisher "
                    "'Microsoft.Azure.RecoveryServices' and type 'VMSnapshot'). Error message: '"
                    + snapshot_failed
                    + "'. More information on troubleshooting is available at https://aka.ms/vmextensionwindowstroubleshoot."
                ),
                tags=erp,
            ),
            Protection(
                "prod-weu",
                "politica-diaria-30d",
                jobs=(
                    Job("Completed", days(1, 21), ago(minutes=49)),
                    fail("UserErrorVmProvisioningStateFailed", 3.1, 9, "propertyBag"),
                ),
                collections=((1, None, daily_points(45.0)),),
            ),
            "VM provisioningState Failed (ProvisioningState/failed/VMExtensionProvisioningError); the VMSnapshot "
            "extension is Failed with status ProvisioningState/failed/1, level Error.",
            "UserErrorVmProvisioningStateFailed: the VMSnapshot extension failed (remove it, back up on demand).",
        )
    )
    linux_failed = (
        "Enable failed with exit code 1: [Errno 28] No space left on device: "
        "'/var/lib/waagent/Microsoft.Azure.RecoveryServices.VMSnapshotLinux-1.0.9225.0/main/tempPlugin'"
    )
    out.append(
        Demo(
            linux(
                PROD,
                "rg-web-prod",
                "vm-web-lnx03",
                "vmsnapshotlinux-extension-failed",
                extensions=(
                    vmsnapshot_extension(
                        "Linux", provisioning_state="Failed", message=linux_failed, reported=hours(2.7)
                    ),
                    monitor_agent_extension("Linux"),
                ),
                provisioning_state="Failed",
                provisioning_age=hours(2.7),
                provisioning_message=(
                    "VM has reported a failure when processing extension 'VMSnapshotLinux' (publisher "
                    "'Microsoft.Azure.RecoveryServices' and type 'VMSnapshotLinux'). Error message: '"
                    + linux_failed
                    + "'. More information on troubleshooting is available at https://aka.ms/VMExtensionLinuxTroubleshoot."
                ),
                tags=web,
            ),
            Protection(
                "prod-weu",
                "politica-diaria-30d",
                jobs=(
                    Job("Completed", days(1, 20), ago(minutes=27)),
                    fail("UserErrorVmProvisioningStateFailed", 2.7, 7),
                ),
                collections=((1, None, daily_points(44.0)),),
            ),
            "VM provisioningState Failed; VMSnapshotLinux Failed (disk full under /var/lib/waagent).",
            "UserErrorVmProvisioningStateFailed: the VMSnapshotLinux extension failed.",
        )
    )
    script_failed = (
        "Command execution finished, but failed because it returned a non-zero exit code of: '1'. The command "
        "had an error output of: 'configurar.ps1 : Access to the path 'D:\\erp\\config' is denied.'"
    )
    out.append(
        Demo(
            windows(
                PROD,
                "rg-erp-prod",
                "vm-erp-app04",
                "other-extension-failed",
                extensions=(
                    vmsnapshot_extension("Windows", reported=days(1, 21)),
                    monitor_agent_extension("Windows"),
                    custom_script_extension(
                        provisioning_state="Failed", message=script_failed, failure_code="3", reported=hours(5.2)
                    ),
                ),
                provisioning_state="Failed",
                provisioning_age=hours(5.2),
                provisioning_message=(
                    "VM has reported a failure when processing extension 'CustomScriptExtension' (publisher "
                    "'Microsoft.Compute' and type 'CustomScriptExtension'). Error message: '"
                    + script_failed
                    + "'. More information on troubleshooting is available at https://aka.ms/vmextensionwindowstroubleshoot."
                ),
                tags=erp,
            ),
            Protection(
                "prod-weu",
                "politica-diaria-30d",
                jobs=(
                    Job("Completed", days(1, 21), ago(minutes=58)),
                    fail("UserErrorVmProvisioningStateFailed", 3.3, 8),
                ),
                collections=((1, None, daily_points(45.0)),),
            ),
            "VM provisioningState Failed because CustomScriptExtension failed (ProvisioningState/failed/3); "
            "VMSnapshot itself is fine.",
            "UserErrorVmProvisioningStateFailed: another extension failed and interferes with the backup.",
        )
    )
    out.append(
        Demo(
            windows(
                DEV,
                "rg-dev",
                "vm-dev-app02",
                "vm-updating",
                extensions=(
                    vmsnapshot_extension("Windows", reported=days(1, 20)),
                    monitor_agent_extension(
                        "Windows",
                        provisioning_state="Updating",
                        message="Upgrading extension to 1.23.0.0",
                        reported=hours(2.2),
                    ),
                ),
                provisioning_state="Updating",
                provisioning_age=hours(2.2),
                tags={**DEV_TAGS, "aplicação": "erp-dev"},
            ),
            Protection(
                "dev-weu",
                "DefaultPolicy",
                jobs=(
                    Job("Completed", days(1, 20), ago(minutes=36)),
                    fail("UserErrorVmProvisioningStateFailed", 2.1, 5),
                ),
                collections=((1, None, daily_points(44.0)),),
            ),
            "VM provisioningState Updating (ProvisioningState/updating) while the Azure Monitor agent upgrades "
            "(transitioning).",
            "UserErrorVmProvisioningStateFailed: the VM is in the Updating state.",
        )
    )

    # ---- UserErrorRpCollectionLimitReached --------------------------------------------------
    twelve = tuple(days(d, 21) for d in range(17, 5, -1))
    six = tuple(days(d, 21) for d in range(5, -1, -1))
    out.append(
        Demo(
            windows(
                SHARED,
                "rg-shared-infra",
                "vm-ftp01",
                "rp-limit-lock-on-backup-rg",
                image=WINDOWS_2019,
                size="Standard_D2s_v5",
                tags={**SHARED_TAGS, "aplicação": "sftp"},
            ),
            Protection(
                "shared-weu",
                "politica-diaria-30d",
                jobs=(
                    Job("Completed", hours(21), ago(minutes=33)),
                    fail("UserErrorRpCollectionLimitReached", 2.5, 4, "propertyBag"),
                ),
                collections=((1, None, twelve), (2, None, six)),
                recovery_points=30,
            ),
            "AzureBackupRG_westeurope_1 (subscription Contoso Serviços Partilhados) has a CanNotDelete lock, so "
            "old instant restore points were never cleaned up: AzureBackup_vm-ftp01_1 holds 12 restore points and "
            "AzureBackup_vm-ftp01_2 holds 6 (18 in total).",
            "UserErrorRpCollectionLimitReached: lock on the restore point resource group, 18 restore points.",
        )
    )
    eighteen = tuple(days(d, 22) for d in range(17, -1, -1))
    out.append(
        Demo(
            windows(
                PROD,
                "rg-sql-legacy",
                "vm-sql-legacy01",
                "rp-limit-lock-on-vm-rg",
                image=WINDOWS_2016,
                size="Standard_E4s_v3",
                data_disks=(DataDisk(0, 512), DataDisk(1, 256, caching="None")),
                created="2018-03-27T10:12:44.1208374+00:00",
                tags={**PROD_TAGS, "aplicação": "sql-legado"},
            ),
            Protection(
                "prod-weu",
                "politica-diaria-30d",
                jobs=(Job("Completed", hours(22), ago(minutes=81)), fail("UserErrorRpCollectionLimitReached", 2.2, 3)),
                collections=((1, "rg-sql-legacy", eighteen),),
                recovery_points=30,
            ),
            "Old VM whose restore point collection AzureBackup_vm-sql-legacy01_1 (18 restore points) lives in the "
            "VM's own resource group rg-sql-legacy, which has a CanNotDelete lock.",
            "UserErrorRpCollectionLimitReached: lock on the VM's resource group.",
        )
    )

    # ---- UserErrorKeyvaultPermissionsNotConfigured ------------------------------------------
    ade_fin = Ade(KV_FIN, kek_name="kek-ade-fin", dual_pass=True)
    out.append(
        Demo(
            windows(
                PROD,
                "rg-fin-prod",
                "vm-fin-app01",
                "ade-keyvault-missing-backup-policy",
                image=WINDOWS_2019,
                data_disks=(DataDisk(0, 512),),
                ade=ade_fin,
                extensions=(
                    vmsnapshot_extension("Windows", reported=days(2, 21)),
                    monitor_agent_extension("Windows"),
                    ade_extension("Windows", ade_fin),
                ),
                tags=fin,
            ),
            Protection(
                "prod-weu",
                "politica-diaria-30d",
                jobs=(
                    Job("Completed", days(2, 21), ago(minutes=63)),
                    fail("UserErrorKeyvaultPermissionsNotConfigured", 2.9, 2, "dynamicErrorMessage"),
                ),
                collections=((1, None, daily_points(69.0)),),
            ),
            "ADE (dual pass, version 1.0: osDisk.encryptionSettings in the VM model and encryptionSettingsCollection "
            "on the disks) with keys in kv-contoso-fin-prod, an access-policy key vault that has no policy for the "
            "Backup Management Service.",
            "UserErrorKeyvaultPermissionsNotConfigured.",
        )
    )
    ade_ok = Ade(KV_ADE)
    out.append(
        Demo(
            windows(
                PROD,
                "rg-fin-prod",
                "vm-fin-app02",
                "ade-keyvault-ok",
                data_disks=(DataDisk(0, 4096),),
                ade=ade_ok,
                extensions=(
                    vmsnapshot_extension("Windows", reported=hours(20.5)),
                    monitor_agent_extension("Windows"),
                    ade_extension("Windows", ade_ok),
                ),
                tags=fin,
            ),
            Protection(
                "prod-weu",
                "politica-diaria-30d",
                jobs=ok_jobs(20.5, 44.5, minutes=68),
                collections=((1, None, daily_points(20.5, 44.5)),),
            ),
            "ADE (single pass, 1.1) with keys in kv-contoso-ade-prod, whose access policies give the Backup "
            "Management Service keys get/list/backup and secrets get/list/backup. Its data disk is exactly 4096 GB.",
            "Healthy encrypted VM; boundary of the 4 TB limit for encrypted disks (supported).",
        )
    )
    ade_rbac = Ade(KV_RBAC, kek_name="kek-ade-lnx")
    out.append(
        Demo(
            linux(
                PROD,
                "rg-fin-prod",
                "vm-fin-lnx01",
                "ade-keyvault-rbac",
                image=RHEL_9,
                data_disks=(DataDisk(0, 256),),
                ade=ade_rbac,
                extensions=(
                    vmsnapshot_extension("Linux", reported=hours(20.3)),
                    monitor_agent_extension("Linux"),
                    ade_extension("Linux", ade_rbac),
                ),
                tags=fin,
            ),
            Protection(
                "prod-weu",
                "politica-diaria-30d",
                jobs=ok_jobs(20.3, 44.3, minutes=24),
                collections=((1, None, daily_points(20.3, 44.3)),),
            ),
            "ADE Linux (single pass) with keys in kv-contoso-rbac-prod, a key vault in Azure RBAC mode "
            "(enableRbacAuthorization true): access policies do not apply and role assignments are not in the "
            "tenant file.",
            "Encrypted VM whose key vault permissions cannot be read from access policies (RBAC); backups succeed.",
        )
    )

    # ---- UserErrorUnsupportedDiskSize --------------------------------------------------------
    ade_big = Ade(KV_ADE)
    out.append(
        Demo(
            windows(
                PROD,
                "rg-fin-prod",
                "vm-fin-app03",
                "ade-disk-over-4tb",
                size="Standard_E8s_v5",
                data_disks=(DataDisk(0, 4097),),
                ade=ade_big,
                extensions=(
                    vmsnapshot_extension("Windows", reported=days(6, 21)),
                    monitor_agent_extension("Windows"),
                    ade_extension("Windows", ade_big),
                ),
                tags=fin,
            ),
            Protection(
                "prod-weu",
                "politica-diaria-30d",
                jobs=(Job("Completed", days(6, 21), ago(minutes=71)), fail("UserErrorUnsupportedDiskSize", 3.6, 2)),
                collections=((1, None, daily_points(165.0)),),
            ),
            "ADE-encrypted VM (keys in kv-contoso-ade-prod, correctly set up) whose data disk was grown to 4097 GB, "
            "one GB over the 4 TB (4096 GiB) limit for encrypted disks; backups worked until then.",
            "UserErrorUnsupportedDiskSize: encrypted disk larger than 4 TB.",
        )
    )
    out.append(
        Demo(
            linux(
                PROD,
                "rg-data-prod",
                "vm-data-lnx01",
                "disk-over-32tb",
                size="Standard_E16s_v5",
                data_disks=(DataDisk(0, 32769, "PremiumV2_LRS", caching="None"),),
                tags=data,
            ),
            Protection(
                "prod-weu", "politica-diaria-30d", jobs=(fail("UserErrorUnsupportedDiskSize", 3.7, 2, "propertyBag"),)
            ),
            "Data disk of 32769 GB (Premium SSD v2), one GB over 32 TB (32768 GiB). Never backed up.",
            "UserErrorUnsupportedDiskSize: disk larger than 32 TB.",
        )
    )
    out.append(
        Demo(
            linux(
                PROD,
                "rg-data-prod",
                "vm-data-lnx02",
                "disk-32tb-boundary",
                size="Standard_E16s_v5",
                data_disks=(DataDisk(0, 32768, "PremiumV2_LRS", caching="None"),),
                tags=data,
            ),
            Protection(
                "prod-weu",
                "politica-diaria-30d",
                jobs=ok_jobs(19.9, 43.9, minutes=166),
                collections=((1, None, daily_points(19.9, 43.9)),),
            ),
            "Data disk of exactly 32768 GB: the largest supported size.",
            "Boundary of UserErrorUnsupportedDiskSize: supported, healthy.",
        )
    )

    # ---- snapshot / extension / internal errors ----------------------------------------------
    out.append(
        Demo(
            windows(
                PROD,
                "rg-erp-prod",
                "vm-erp-app05",
                "snapshot-no-network",
                image=WINDOWS_2019,
                snapshot_age=days(1, 21),
                tags=erp,
            ),
            Protection(
                "prod-weu",
                "politica-diaria-30d",
                jobs=(
                    Job("Completed", days(1, 21), ago(minutes=51)),
                    fail("ExtensionSnapshotFailedNoNetwork", 3.0, 14),
                ),
                collections=((1, None, daily_points(45.0)),),
            ),
            "Running, agent Ready: nothing visible in the control plane (the cause, DHCP disabled inside the guest "
            "with a static IP, is only visible in the guest).",
            "ExtensionSnapshotFailedNoNetwork: the snapshot status cannot be retrieved (no network in the guest).",
        )
    )
    out.append(
        Demo(
            windows(
                PROD,
                "rg-erp-prod",
                "vm-erp-app06",
                "vmsnapshot-operation-failed",
                snapshot_age=days(1, 21),
                data_disks=(DataDisk(0, 512),),
                tags=erp,
            ),
            Protection(
                "prod-weu",
                "politica-diaria-30d",
                jobs=(
                    Job("Completed", days(1, 21), ago(minutes=57)),
                    fail("ExtensionOperationFailedForManagedDisks", 2.6, 17),
                ),
                collections=((1, None, daily_points(45.0)),),
            ),
            "Running, agent Ready, VMSnapshot last succeeded 45 hours ago; the snapshot task failed inside the guest.",
            "ExtensionOperationFailedForManagedDisks: the snapshot could not be taken.",
        )
    )
    out.append(
        Demo(
            windows(PROD, "rg-erp-prod", "vm-erp-app07", "internal-error", snapshot_age=days(1, 21), tags=erp),
            Protection(
                "prod-weu",
                "politica-diaria-30d",
                jobs=(
                    Job("Completed", days(1, 21), ago(minutes=46)),
                    fail("BackUpOperationFailed", 1.9, 11, "dynamicErrorMessage"),
                ),
                collections=((1, None, daily_points(45.0)),),
            ),
            "Everything healthy; one scheduled backup failed with an internal error.",
            "BackUpOperationFailed: transient internal error, retry in a few minutes.",
        )
    )
    out.append(
        Demo(
            linux(
                SHARED,
                "rg-shared-files",
                "vm-files-lnx01",
                "internal-error-rp-rg-readonly-lock",
                location=NEU,
                data_disks=(DataDisk(0, 2048, "StandardSSD_LRS"),),
                snapshot_age=days(1, 21),
                tags={**SHARED_TAGS, "aplicação": "ficheiros"},
            ),
            Protection(
                "shared-neu",
                "DefaultPolicy",
                jobs=(
                    Job("Completed", days(1, 21), ago(minutes=96)),
                    fail("BackUpOperationFailedV2", 2.4, 13, "propertyBag"),
                ),
                collections=((1, None, daily_points(45.0, 69.0, 93.0, 117.0)),),
            ),
            "AzureBackupRG_northeurope_1 (Contoso Serviços Partilhados) has a ReadOnly lock: the Backup service "
            "can neither create nor delete restore points there (4 restore points, under the limit).",
            "BackUpOperationFailedV2, cause 4: a lock prevents the deletion of old restore points.",
        )
    )
    out.append(
        Demo(
            linux(
                PROD,
                "rg-sap-prod",
                "vm-sap-db01",
                "crp-reported-user-error",
                image=SLES_SAP_15,
                size="Standard_M32ls",
                data_disks=(
                    DataDisk(0, 1024, name="vm-sap-db01-data01"),
                    DataDisk(1, 512, name="vm-sap-db01-log01", caching="None", write_accelerator=True),
                ),
                snapshot_age=days(3, 21),
                tags={**PROD_TAGS, "aplicação": "sap-hana"},
            ),
            Protection(
                "prod-weu",
                "politica-diaria-30d",
                jobs=(
                    Job("Completed", days(3, 21), ago(minutes=88)),
                    fail(
                        "UserErrorCrpReportedUserError",
                        3.5,
                        6,
                        "dynamicErrorMessage",
                        recommendations=(
                            "The Compute Resource Provider reported error 'OperationNotAllowed': restore point "
                            "creation is not supported for disk 'vm-sap-db01-log01' because Write Accelerator is "
                            "enabled on it.",
                            "Exclude the disk from the backup or disable Write Accelerator on it, then retry the "
                            "operation.",
                        ),
                    ),
                ),
                collections=((1, None, daily_points(93.0)),),
            ),
            "M-series SAP HANA VM whose log disk vm-sap-db01-log01 has writeAcceleratorEnabled true; the job's "
            "recommendation names the underlying CRP error (OperationNotAllowed).",
            "UserErrorCrpReportedUserError: the job error details carry the real cause.",
        )
    )

    # ---- UserErrorBackupOperationInProgress --------------------------------------------------
    out.append(
        Demo(
            windows(
                DEV,
                "rg-dev",
                "vm-dev-app03",
                "backup-in-progress",
                image=WINDOWS_2019,
                data_disks=(DataDisk(0, 4095, "StandardSSD_LRS"),),
                snapshot_age=hours(6.9),
                tags={**DEV_TAGS, "aplicação": "repositorio"},
            ),
            Protection(
                "dev-weu",
                "DefaultPolicy",
                jobs=(
                    Job("Completed", days(1, 7), ago(hours=9, minutes=12)),
                    Job("InProgress", hours(7), ago(hours=7), progress=38.0),
                    fail("UserErrorBackupOperationInProgress", 1.0, 1, user_triggered=True),
                ),
                collections=((1, None, (hours(6.9), days(1, 7))),),
            ),
            "A scheduled backup started 7 hours ago is still InProgress (38 %, large data disk); an on-demand "
            "backup 1 hour ago failed.",
            "UserErrorBackupOperationInProgress.",
        )
    )

    # ---- UserErrorBcmDatasourceNotPresent ----------------------------------------------------
    out.append(
        Demo(
            linux(
                DEV,
                "rg-test",
                "vm-tst-lnx01",
                "protection-stopped",
                image=DEBIAN_12,
                size="Standard_B2s",
                snapshot_age=days(12),
                tags={**DEV_TAGS, "aplicação": "testes-web"},
            ),
            Protection(
                "dev-weu",
                "DefaultPolicy",
                state="ProtectionStopped",
                jobs=(fail("UserErrorBcmDatasourceNotPresent", 5.0, 1, "dynamicErrorMessage", user_triggered=True),),
            ),
            "Protected item in state ProtectionStopped (backup stopped, data retained).",
            "UserErrorBcmDatasourceNotPresent: the VM is not actively protected (stopped).",
        )
    )
    out.append(
        Demo(
            linux(
                DEV,
                "rg-test",
                "vm-tst-lnx02",
                "protection-paused",
                image=DEBIAN_12,
                size="Standard_B2s",
                snapshot_age=days(8),
                tags={**DEV_TAGS, "aplicação": "testes-web"},
            ),
            Protection(
                "dev-weu",
                "DefaultPolicy",
                state="ProtectionPaused",
                jobs=(fail("UserErrorBcmDatasourceNotPresent", 4.6, 1, user_triggered=True),),
            ),
            "Protected item in state ProtectionPaused.",
            "UserErrorBcmDatasourceNotPresent: the VM is not actively protected (paused).",
        )
    )

    # ---- other states ------------------------------------------------------------------------
    out.append(
        Demo(
            linux(
                PROD,
                "rg-web-prod",
                "vm-web-lnx04",
                "initial-backup-pending",
                image=RHEL_9,
                extensions=(monitor_agent_extension("Linux"),),
                created="@now-P1DT3H",
                tags=web,
            ),
            Protection(
                "prod-weu",
                "politica-diaria-30d",
                state="IRPending",
                jobs=(Job("Completed", hours(2.0), ago(seconds=34), operation="ConfigureBackup", user_triggered=True),),
            ),
            "New VM, backup configured 2 hours ago: protected item IRPending, only a ConfigureBackup job, no "
            "VMSnapshotLinux extension yet (it is installed by the first backup).",
            "Not a failure: initial backup pending.",
        )
    )
    out.append(
        Demo(
            windows(
                DEV,
                "rg-dev",
                "vm-dev-app04",
                "not-protected",
                extensions=(monitor_agent_extension("Windows"),),
                tags={**DEV_TAGS, "aplicação": "sandbox"},
            ),
            None,
            "Healthy VM never configured for backup: no protected item in any vault, no jobs, no restore points.",
            "Not protected (the product reports it as such, not as a failure of a check).",
        )
    )
    # Causes only the guest shows: "Check inside the VM…" confirms them (docs/demo-tenant.md).
    existing = {
        "vm-erp-app05": {"network": [{"name": "Microsoft Hyper-V Network Adapter", "dhcp": False}]},
        "vm-erp-app06": {
            "vssWriters": [
                {"name": "System Writer", "state": "Failed", "lastError": "Timed out"},
                {"name": "WMI Writer", "state": "Stable", "lastError": "No error"},
                {"name": "Registry Writer", "state": "Waiting for completion", "lastError": "Retryable error"},
            ]
        },
        "vm-web-lnx02": {"agentPackageVersion": "2.2.10"},
    }
    out = [replace(demo, guest=existing[demo.spec.name]) if demo.spec.name in existing else demo for demo in out]
    out.extend(guest_demos(erp, web, data))
    out.extend(since_seed_demos())
    return out


def since_seed_demos() -> list[Demo]:
    """One VM per code documented since the seed that Azure shows before or after a job fails."""
    dev = {**DEV_TAGS, "aplicação": "sandbox"}
    data = {**PROD_TAGS, "aplicação": "data-lake"}
    erp = {**PROD_TAGS, "aplicação": "erp"}
    out = [
        Demo(
            windows(
                DEV,
                "rg-dev",
                "vm-dev-app05",
                "vm-failed-state",
                provisioning_state="Failed",
                provisioning_age=hours(5.2),
                provisioning_message=(
                    "Allocation failed. We do not have sufficient capacity for the requested VM size in this region."
                ),
                tags=dev,
            ),
            Protection(
                "dev-weu",
                "DefaultPolicy",
                jobs=(
                    Job("Completed", days(1, 22), ago(minutes=41)),
                    fail("UserErrorVmNotInDesirableState", 3.0, 2, "propertyBag"),
                ),
                collections=((1, None, daily_points(46.0)),),
            ),
            "VM provisioningState Failed after a failed allocation; every extension Succeeded.",
            "UserErrorVmNotInDesirableState: the VM is in the Failed state (detected before the next job).",
        ),
        Demo(
            windows(DEV, "rg-test", "vm-test-app03", "vm-between-states", power_state="stopping", tags=dev),
            Protection(
                "dev-weu",
                "DefaultPolicy",
                jobs=(Job("Completed", days(1, 21), ago(minutes=38)), fail("VmNotInDesirableState", 0.4, 1)),
                collections=((1, None, daily_points(45.0)),),
            ),
            "Power state PowerState/stopping (between Running and shut down).",
            "VmNotInDesirableState: a transient state; wait until it settles.",
        ),
        Demo(
            windows(
                PROD,
                "rg-erp-prod",
                "vm-erp-app11",
                "backup-extension-deleting",
                extensions=(
                    vmsnapshot_extension("Windows", provisioning_state="Deleting", reported=hours(30.0)),
                    monitor_agent_extension("Windows"),
                ),
                tags=erp,
            ),
            Protection(
                "prod-weu",
                "politica-diaria-30d",
                jobs=(
                    Job("Completed", days(2, 21), ago(minutes=47)),
                    fail("ExtensionStuckInDeletionState", 21.0, 3, "propertyBag"),
                ),
                collections=((1, None, daily_points(69.0)),),
            ),
            "VMSnapshot extension with provisioningState Deleting for 30 hours.",
            "ExtensionStuckInDeletionState: delete the extension; the next backup reinstalls it.",
        ),
        Demo(
            linux(
                PROD,
                "rg-data-prod",
                "vm-data-lnx05",
                "too-many-data-disks",
                size="Standard_E32s_v3",
                data_disks=tuple(DataDisk(lun, 512, "Standard_LRS") for lun in range(17)),
                vhd_storage_account="stcontosodatavhds",
                tags=data,
            ),
            Protection(
                "prod-weu",
                "politica-diaria-30d",
                jobs=(fail("UserErrorBCMUnsupportedDiskCount", 20.5, 1, "propertyBag"),),
            ),
            "17 unmanaged data disks (VHDs in stcontosodatavhds); Azure Backup supports up to 16 for unmanaged disks.",
            "UserErrorBCMUnsupportedDiskCount: detach data disks down to the limit.",
        ),
        Demo(
            linux(
                DEV,
                "rg-test",
                "vm-test-lnx03",
                "agent-version-unsupported",
                image=DEBIAN_12,
                agent=Agent("2.2.45", reported=ago(minutes=1)),
                tags=dev,
            ),
            Protection(
                "dev-weu",
                "DefaultPolicy",
                jobs=(fail("UserErrorGuestAgentVersionUnsupported", 19.8, 4, "propertyBag"),),
                collections=((1, None, daily_points(67.0)),),
            ),
            "Running Debian 12, WALinuxAgent 2.2.45 Ready: below the minimum 2.2.53.1.",
            "UserErrorGuestAgentVersionUnsupported: the agent version is below the documented minimum.",
        ),
        Demo(
            windows(
                PROD, "rg-fin-prod", "vm-fin-app05", "vss-writers-bad", tags={**PROD_TAGS, "aplicação": "financeiro"}
            ),
            Protection(
                "prod-weu",
                "politica-diaria-30d",
                jobs=(
                    Job("Completed", days(1, 21), ago(minutes=52)),
                    fail("ExtensionFailedVssWriterInBadState", 20.9, 14, "dynamicErrorMessage"),
                ),
                collections=((1, None, daily_points(45.0)),),
            ),
            "Healthy in Azure; the last backup failed with ExtensionFailedVssWriterInBadState.",
            "A guest-only code: triage lists its three documented causes in order.",
        ),
        Demo(
            linux(
                PROD,
                "rg-sap-prod",
                "vm-sap-lnx05",
                "fs-freeze-failed",
                image=SLES_SAP_15,
                tags={**PROD_TAGS, "aplicação": "sap-hana"},
            ),
            Protection(
                "prod-weu",
                "politica-diaria-30d",
                jobs=(
                    Job("Completed", days(1, 21), ago(minutes=58)),
                    fail("UserErrorFsFreezeFailed", 21.1, 11, "propertyBag"),
                ),
                collections=((1, None, daily_points(45.0)),),
            ),
            "Healthy in Azure; the last backup failed with UserErrorFsFreezeFailed.",
            "A guest-only Linux code (extension status 121): triage proposes the mount-point wizard.",
        ),
        Demo(
            windows(
                PROD,
                "rg-web-prod",
                "vm-web-win05",
                "trusted-launch-downgraded",
                os_disk_security_type="TrustedLaunch",
                tags={**PROD_TAGS, "aplicação": "portal-web"},
            ),
            Protection(
                "prod-weu",
                "politica-diaria-30d",
                jobs=(
                    Job("Completed", days(3, 21), ago(minutes=44)),
                    fail("UserErrorMigrationFromTrustedLaunchVMToNonTrustedVMNotAllowed", 20.7, 1, "propertyBag"),
                ),
                collections=((1, None, daily_points(93.0)),),
            ),
            "VM securityProfile absent (Standard) while its OS disk says securityType TrustedLaunch.",
            "UserErrorMigrationFromTrustedLaunchVMToNonTrustedVMNotAllowed: moved from Trusted Launch to Standard.",
        ),
        Demo(
            windows(
                PROD,
                "rg-sql-legacy",
                "vm-sql-legacy02",
                "storage-account-read-only",
                image=WINDOWS_2016,
                vhd_storage_account=LEGACY_STORAGE,
                tags={**PROD_TAGS, "aplicação": "sql-legado"},
            ),
            Protection(
                "prod-weu",
                "politica-diaria-30d",
                jobs=(
                    Job("Completed", days(2, 21), ago(minutes=63)),
                    fail("UserErrorStorageAccountIsLocked", 21.4, 2, "propertyBag"),
                ),
                collections=((1, None, daily_points(69.0)),),
            ),
            f"Unmanaged disks (VHDs in the storage account {LEGACY_STORAGE}), which has a ReadOnly lock.",
            "UserErrorStorageAccountIsLocked: a read-only lock on the storage account the backup writes to.",
        ),
        Demo(
            linux(DEV, "rg-dev", "vm-dev-lnx02", "policy-deny-restore-point-group", image=UBUNTU_2204, tags=dev),
            Protection(
                "dev-weu",
                OWN_RP_GROUP_POLICY,
                jobs=(
                    fail(
                        "UserErrorRequestDisallowedByPolicy",
                        19.6,
                        1,
                        "propertyBag",
                        recommendations=(
                            f"Resource '{OWN_RP_GROUP_PREFIX}1' was disallowed by policy. Policy identifiers: "
                            '\'[{"policyAssignment":{"name":"Exigir etiqueta centro-de-custo","id":"/subscriptions/'
                            + DEV
                            + '/providers/Microsoft.Authorization/policyAssignments/exigir-centro-de-custo"},'
                            '"policyDefinition":{"name":"Require a tag on resource groups","id":"/providers/'
                            "Microsoft.Authorization/policyDefinitions/96670d01-0a4d-4649-9c89-2d3abc0a5025\"}}]'.",
                        ),
                    ),
                ),
            ),
            "First backup after a tag policy with the Deny effect was assigned to the subscription: the job's "
            "error names the policy that denied rg-dev-restauro-1, the restore point group its backup policy "
            "names (instantRPDetails), which does not exist yet.",
            "UserErrorRequestDisallowedByPolicy: change the policy's effect or pre-create the restore point group.",
        ),
        Demo(
            windows(PROD, "rg-erp-prod", "vm-erp-old01", "vm-deleted-still-protected", tags=erp),
            Protection(
                "prod-weu",
                "politica-diaria-30d",
                jobs=(
                    Job("Completed", days(3, 21), ago(minutes=40)),
                    fail("ResourceNotFound", 21.2, 1, "propertyBag"),
                ),
                collections=((1, None, daily_points(93.0)),),
            ),
            "VM deleted 3 days ago without stopping protection: its protected item (Protected), jobs and restore "
            "points remain, the VM and its disks are gone.",
            "ResourceNotFound (320001): orphaned protection; stop it (keep or delete the data) or recreate the VM.",
            vm_deleted=True,
        ),
    ]
    return out


# -- assembly -------------------------------------------------------------------------------------


def infrastructure(policy_counts: Counter[str]) -> list[JsonDict]:
    resources: list[JsonDict] = []
    groups = [
        (PROD, "rg-erp-prod", WEU, {**PROD_TAGS, "aplicação": "erp"}),
        (PROD, "rg-web-prod", WEU, {**PROD_TAGS, "aplicação": "portal-web"}),
        (PROD, "rg-fin-prod", WEU, {**PROD_TAGS, "aplicação": "financeiro"}),
        (PROD, "rg-data-prod", WEU, {**PROD_TAGS, "aplicação": "data-lake"}),
        (PROD, "rg-sap-prod", WEU, {**PROD_TAGS, "aplicação": "sap-hana"}),
        (PROD, "rg-sql-legacy", WEU, {**PROD_TAGS, "aplicação": "sql-legado"}),
        (PROD, "rg-security-prod", WEU, PROD_TAGS),
        (PROD, "rg-backup-prod", WEU, PROD_TAGS),
        (PROD, restore_point_rg_name(WEU), WEU, {}),
        (PROD, "rg-files-prod", NEU, {**PROD_TAGS, "aplicação": "ficheiros"}),
        (PROD, "rg-backup-prod-neu", NEU, PROD_TAGS),
        (PROD, restore_point_rg_name(NEU), NEU, {}),
        (DEV, "rg-dev", WEU, DEV_TAGS),
        (DEV, "rg-test", WEU, DEV_TAGS),
        (DEV, "rg-backup-dev", WEU, DEV_TAGS),
        (DEV, restore_point_rg_name(WEU), WEU, {}),
        (SHARED, "rg-shared-infra", WEU, SHARED_TAGS),
        (SHARED, "rg-backup-shared", WEU, SHARED_TAGS),
        (SHARED, restore_point_rg_name(WEU), WEU, {}),
        (SHARED, "rg-shared-files", NEU, SHARED_TAGS),
        (SHARED, "rg-backup-shared-neu", NEU, SHARED_TAGS),
        (SHARED, restore_point_rg_name(NEU), NEU, {}),
    ]
    resources.extend(resource_group(sub, name, location, tags) for sub, name, location, tags in groups)
    resources.append(
        management_lock(
            rg_id(SHARED, restore_point_rg_name(WEU)),
            "bloqueio-governanca",
            "CanNotDelete",
            "Aplicado pela equipa de governação: não eliminar recursos deste grupo.",
        )
    )
    resources.append(
        management_lock(
            rg_id(SHARED, restore_point_rg_name(NEU)),
            "so-leitura",
            "ReadOnly",
            "Congelado durante a auditoria anual.",
        )
    )
    resources.append(
        management_lock(
            rg_id(PROD, "rg-sql-legacy"), "nao-eliminar", "CanNotDelete", "Proteção contra eliminação acidental."
        )
    )
    resources.append(
        {
            "id": TAG_POLICY_ASSIGNMENT,
            "name": "exigir-centro-de-custo",
            "type": "Microsoft.Authorization/policyAssignments",
            "properties": {
                "displayName": "Exigir etiqueta centro-de-custo",
                "policyDefinitionId": REQUIRE_TAG_ON_GROUPS,
                "scope": f"/subscriptions/{DEV}",
                "parameters": {"tagName": {"value": "centro-de-custo"}},
                "enforcementMode": "Default",
            },
        }
    )
    resources.append(
        {
            "id": LEGACY_STORAGE_ID,
            "name": LEGACY_STORAGE,
            "type": "Microsoft.Storage/storageAccounts",
            "location": WEU,
            "kind": "Storage",
            "sku": {"name": "Standard_LRS", "tier": "Standard"},
            "tags": {**PROD_TAGS, "aplicação": "sql-legado"},
            "properties": {"provisioningState": "Succeeded", "primaryLocation": WEU, "statusOfPrimary": "available"},
        }
    )
    resources.append(
        management_lock(LEGACY_STORAGE_ID, "so-leitura-auditoria", "ReadOnly", "Conta congelada para auditoria.")
    )
    resources.append(
        management_lock(
            rg_id(PROD, "rg-security-prod"),
            "nao-eliminar",
            "CanNotDelete",
            "Cofres de chaves de produção: proteção contra eliminação acidental.",
        )
    )
    for key, (sub, group, name, location) in VAULTS.items():
        tags = {PROD: PROD_TAGS, DEV: DEV_TAGS, SHARED: SHARED_TAGS}[sub]
        resources.append(recovery_services_vault(sub, group, name, location, tags))
        for policy in POLICIES[key]:
            count = policy_counts[f"{vault_id(key)}/backupPolicies/{policy}"]
            resources.append(backup_policy(vault_id(key), policy, protected_items=count))
            if policy == OWN_RP_GROUP_POLICY:
                resources[-1]["properties"]["instantRPDetails"] = {"azureBackupRGNamePrefix": OWN_RP_GROUP_PREFIX}
    admins = access_policy(
        TENANT_ID,
        ADMINS_GROUP_OBJECT_ID,
        keys=("get", "list", "create", "update", "import", "delete", "backup", "restore", "recover"),
        secrets=("get", "list", "set", "delete", "backup", "restore", "recover"),
        certificates=("get", "list", "create", "update", "import", "delete"),
    )
    deploy = access_policy(TENANT_ID, DEPLOY_SP_OBJECT_ID, keys=("get", "wrapKey"), secrets=("get", "set"))
    backup = access_policy(TENANT_ID, BMS_OBJECT_ID, keys=BACKUP_KEY_PERMISSIONS, secrets=BACKUP_SECRET_PERMISSIONS)
    resources.append(
        key_vault(
            PROD, "rg-security-prod", "kv-contoso-fin-prod", WEU, TENANT_ID, policies=(admins, deploy), tags=PROD_TAGS
        )
    )
    resources.append(
        key_vault(
            PROD,
            "rg-security-prod",
            "kv-contoso-ade-prod",
            WEU,
            TENANT_ID,
            policies=(admins, deploy, backup),
            tags=PROD_TAGS,
        )
    )
    resources.append(
        key_vault(PROD, "rg-security-prod", "kv-contoso-rbac-prod", WEU, TENANT_ID, rbac=True, tags=PROD_TAGS)
    )
    return resources


WAAGENT_HEADER = "# Microsoft Azure Linux Agent Configuration\n"


def guest_demos(erp: dict[str, str], web: dict[str, str], data: dict[str, str]) -> list[Demo]:
    """One VM per cause that only the guest shows and no other demo VM has."""

    def backup(code: str, age_h: float, minutes: float) -> ProtectionPlan:
        return Protection(
            "prod-weu",
            "politica-diaria-30d",
            jobs=(Job("Completed", days(1, 21), ago(minutes=48)), fail(code, age_h, minutes)),
            collections=((1, None, daily_points(45.0)),),
        )

    applocker = {"collection": "Exe", "name": "Only Program Files and Windows", "path": "%OSDRIVE%\\Packages\\*"}
    return [
        Demo(
            windows(PROD, "rg-erp-prod", "vm-erp-app08", "guest-applocker", snapshot_age=days(1, 21), tags=erp),
            backup("GuestAgentSnapshotTaskStatusError", 3.2, 61),
            "Running, agent Ready; inside the guest an AppLocker deny rule covers %OSDRIVE%\\Packages\\*.",
            "GuestAgentSnapshotTaskStatusError, cause 5: AppLocker blocks IaaSBcdrExtension.exe (guest only).",
            guest={"appLockerDenyRules": [applocker]},
        ),
        Demo(
            windows(PROD, "rg-erp-prod", "vm-erp-app09", "guest-agent-services", snapshot_age=days(1, 21), tags=erp),
            backup("UserErrorGuestAgentStatusUnavailable", 2.4, 31),
            "Running, agent Ready; inside the guest RdAgent is stopped and disabled, the guest agent set to Manual.",
            "UserErrorGuestAgentStatusUnavailable: the agent services (guest only; fixed through Run Command).",
            guest={
                "services": {
                    "RdAgent": {"state": "Stopped", "startType": "Disabled"},
                    "WindowsAzureGuestAgent": {"state": "Running", "startType": "Manual"},
                }
            },
        ),
        Demo(
            windows(PROD, "rg-erp-prod", "vm-erp-app10", "guest-com-disabled", snapshot_age=days(1, 21), tags=erp),
            backup("ExtensionOperationFailedForManagedDisks", 2.2, 15),
            "Running, agent Ready; inside the guest the COM+ System Application is stopped and disabled.",
            "COM+ not running (ExtensionSnapshotFailedCOM in the newer docs; guest only).",
            guest={"services": {"COMSysApp": {"state": "Stopped", "startType": "Disabled"}}},
        ),
        Demo(
            linux(PROD, "rg-web-prod", "vm-web-lnx05", "guest-extensions-disabled", snapshot_age=days(1, 21), tags=web),
            backup("GuestAgentSnapshotTaskStatusError", 3.4, 62),
            "Running, agent Ready; /etc/waagent.conf has Extensions.Enable=n, so Run Command never starts.",
            "GuestAgentSnapshotTaskStatusError, cause 4: extension processing off (the Run Command pattern).",
            guest={"waagentConf": WAAGENT_HEADER + "Provisioning.Agent=auto\nExtensions.Enable=n\n"},
        ),
        Demo(
            linux(PROD, "rg-web-prod", "vm-web-lnx06", "guest-provisioning-agent", snapshot_age=days(1, 21), tags=web),
            backup("GuestAgentSnapshotTaskStatusError", 3.1, 60),
            "Running, agent Ready; /etc/waagent.conf line 2 sets Provisioning.Agent=waagent.",
            "GuestAgentSnapshotTaskStatusError, cause 4: Provisioning.Agent is not auto (fixed through Run Command).",
            guest={"waagentConf": WAAGENT_HEADER + "Provisioning.Agent=waagent\nExtensions.Enable=y\n"},
        ),
        Demo(
            linux(PROD, "rg-data-prod", "vm-data-lnx03", "guest-mount-unopenable", snapshot_age=days(1, 21), tags=data),
            backup("ExtensionOperationFailedForManagedDisks", 2.7, 21),
            "Running, agent Ready; /mnt/ilr (a stale file-recovery mount) cannot be opened inside the guest.",
            "A mount that cannot be opened or frozen (UserErrorUnableToOpenMount in the newer docs; guest only).",
            guest={
                "mounts": [
                    {"device": "/dev/sda1", "path": "/", "fs": "ext4"},
                    {"device": "/dev/sdb1", "path": "/mnt", "fs": "ext4"},
                    {"device": "/dev/sdd1", "path": "/mnt/ilr", "fs": "xfs", "ok": False},
                ]
            },
        ),
        Demo(
            linux(
                PROD, "rg-data-prod", "vm-data-lnx04", "guest-vmbackup-conf-utf16", snapshot_age=days(1, 21), tags=data
            ),
            backup("ExtensionOperationFailedForManagedDisks", 2.5, 9),
            "Running, agent Ready; /etc/azure/vmbackup.conf was saved as UTF-16 (with a byte order mark).",
            "VMBackupLinuxExtensionConfFileWrongEncodingFormat (newer docs; guest only).",
            guest={"vmbackupConf": {"base64": "//5bAFMAbgBhAHAAcwBoAG8AdABUAGgAcgBlAGEAZABdAAoA"}},
        ),
    ]


def build() -> JsonDict:
    all_demos = demos()
    names = [demo.spec.name for demo in all_demos]
    duplicates = [name for name, count in Counter(names).items() if count > 1]
    if duplicates:
        raise ValueError(f"duplicate VM names: {duplicates}")
    counts: Counter[str] = Counter(
        demo.protection.policy_id
        for demo in all_demos
        if demo.protection is not None and demo.protection.state in ("Protected", "IRPending", "ProtectionPaused")
    )
    resources = infrastructure(counts)
    gone_types = {"microsoft.compute/virtualmachines", "microsoft.compute/virtualmachines/extensions"}
    gone_types.add("microsoft.compute/disks")
    for demo in all_demos:
        bundle = vm_bundle(demo.spec, demo.protection)
        if demo.guest is not None:
            bundle[0]["guest"] = demo.guest  # the VM itself comes first in its bundle
        if demo.vm_deleted:
            bundle = [r for r in bundle if str(r.get("type", "")).lower() not in gone_types]
        resources.extend(bundle)
    principals = [
        service_principal(BMS_OBJECT_ID, BACKUP_MANAGEMENT_SERVICE_APP_ID, BACKUP_MANAGEMENT_SERVICE_NAME),
        service_principal(DEPLOY_SP_OBJECT_ID, DEPLOY_SP_APP_ID, "sp-contoso-deploy"),
    ]
    return tenant_document(TENANT_ID, SUBSCRIPTIONS, principals, resources)


def render(document: JsonDict) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def scenario_table() -> str:
    """The Markdown table of docs/demo-tenant.md (printed with --table)."""
    subscription_names = dict(SUBSCRIPTIONS)
    lines = [
        "| VM | OS | subscription / resource group | `demo-scenario` | planted | demonstrates |",
        "|---|---|---|---|---|---|",
    ]
    for demo in demos():
        spec = demo.spec
        where = f"{subscription_names[spec.subscription_id]} / {spec.resource_group} ({spec.location})"
        lines.append(
            f"| {spec.name} | {spec.os_type} | {where} | `{spec.scenario}` | {demo.planted} | {demo.demonstrates} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only compare with the file; exit 1 when it differs")
    parser.add_argument("--table", action="store_true", help="print the scenario table for docs/demo-tenant.md")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if args.table:
        print(scenario_table())
        return 0
    text = render(build())
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is out of date: run python scripts/make_demo_tenant.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(text):,} characters)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
