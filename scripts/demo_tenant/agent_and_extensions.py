"""Healthy VMs, then the VM agent and extension codes: UserErrorGuestAgentStatusUnavailable,
GuestAgentSnapshotTaskStatusError, UserErrorVmProvisioningStateFailed."""

from __future__ import annotations

from core.simulator.shapes import (
    CENTOS_73,
    WINDOWS_2016,
    WINDOWS_2019,
    DataDisk,
    custom_script_extension,
    monitor_agent_extension,
    vmsnapshot_extension,
)
from core.simulator.shapes.scenarios import (
    agent_not_ready,
    agent_stale,
    agent_unresponsive,
    agent_version,
    extension_failed,
    extension_updating,
    without_agent,
)
from demo_tenant.common import (
    DAILY_30D,
    DEFAULT,
    DEV,
    DEV_TAGS,
    ERP,
    NEU,
    PROD,
    PROD_TAGS,
    WEB,
    Demo,
    days,
    fail,
    hours,
    in_dev_vault,
    in_prod_vault,
    linux,
    nightly,
    ok,
    windows,
)

UNAVAILABLE = "UserErrorGuestAgentStatusUnavailable"
SNAPSHOT_STATUS = "GuestAgentSnapshotTaskStatusError"
PROVISIONING = "UserErrorVmProvisioningStateFailed"

SNAPSHOT_FAILED = (
    "IaaSBcdrExtension.exe exited with code 1. See "
    "C:\\WindowsAzure\\Logs\\Plugins\\Microsoft.Azure.RecoveryServices.VMSnapshot\\1.0.110.0 for details."
)
LINUX_SNAPSHOT_FAILED = (
    "Enable failed with exit code 1: [Errno 28] No space left on device: "
    "'/var/lib/waagent/Microsoft.Azure.RecoveryServices.VMSnapshotLinux-1.0.9225.0/main/tempPlugin'"
)
SCRIPT_FAILED = (
    "Command execution finished, but failed because it returned a non-zero exit code of: '1'. The command "
    "had an error output of: 'configurar.ps1 : Access to the path 'D:\\erp\\config' is denied.'"
)


def healthy() -> list[Demo]:
    return [
        Demo(
            windows(PROD, "rg-erp-prod", "vm-erp-app01", "healthy-windows", data_disks=(DataDisk(0, 256),), tags=ERP),
            nightly("prod-weu", DAILY_30D, 20.8, 44.8),
            "Running, agent Ready (status 2 minutes old), VMSnapshot and Azure Monitor agent succeeded, protected, "
            "last two nightly backups Completed, 2 instant restore points.",
            "Healthy Windows VM: every check passes.",
        ),
        Demo(
            linux(
                PROD,
                "rg-web-prod",
                "vm-web-lnx01",
                "healthy-linux",
                data_disks=(DataDisk(0, 128, "StandardSSD_LRS"),),
                tags=WEB,
            ),
            nightly("prod-weu", DAILY_30D, 20.6, 44.6, minutes=31),
            "Running Ubuntu 22.04, WALinuxAgent 2.13.1.1 Ready, VMSnapshotLinux succeeded, protected, recent "
            "Completed jobs.",
            "Healthy Linux VM: every check passes.",
        ),
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
            nightly("prod-neu", DEFAULT, 21.4, 45.4, minutes=74),
            "Healthy Windows VM in North Europe, protected by the North Europe vault.",
            "Healthy VM in a second region (vault and restore point group per region).",
        ),
    ]


def agent_status_unavailable() -> list[Demo]:
    return [
        Demo(
            windows(
                PROD,
                "rg-erp-prod",
                "vm-erp-batch01",
                "vm-deallocated",
                image=WINDOWS_2019,
                power_state="deallocated",
                tags=ERP,
            ),
            in_prod_vault(ok(days(2, 21), 47), fail(UNAVAILABLE, 3.2, 24, "propertyBag"), points=(68.8,)),
            "PowerState/deallocated: no vmAgent, no extension statuses in the instance view; disks Reserved. "
            "Failed job 3 hours ago.",
            "UserErrorGuestAgentStatusUnavailable: the VM is not running.",
        ),
        Demo(
            agent_unresponsive(
                windows(
                    DEV,
                    "rg-test",
                    "vm-tst-app01",
                    "vm-stopped",
                    image=WINDOWS_2019,
                    size="Standard_B4ms",
                    power_state="stopped",
                    tags={**DEV_TAGS, "aplicação": "testes-erp"},
                ),
                days(1, 2),
            ),
            in_dev_vault(ok(days(1, 21), 38), fail(UNAVAILABLE, 2.9, 21), points=(45.0,)),
            "PowerState/stopped (shut down from inside the guest, still allocated); agent Not Ready, last status "
            "26 hours old.",
            "UserErrorGuestAgentStatusUnavailable: the VM is stopped.",
        ),
        Demo(
            without_agent(
                windows(
                    PROD,
                    "rg-erp-prod",
                    "vm-erp-rpt01",
                    "agent-not-installed",
                    image=WINDOWS_2016,
                    size="Standard_D2s_v3",
                    created="2023-02-08T11:02:51.2035114+00:00",
                    tags=ERP,
                )
            ),
            in_prod_vault(fail(UNAVAILABLE, 3.4, 31)),
            "Running, created from a custom image with osProfile.windowsConfiguration.provisionVMAgent = false: "
            "the instance view has no vmAgent at all and no extensions. Never backed up.",
            "UserErrorGuestAgentStatusUnavailable: the VM agent is not installed.",
        ),
        Demo(
            agent_not_ready(
                linux(DEV, "rg-dev", "vm-dev-lnx01", "agent-not-ready", tags={**DEV_TAGS, "aplicação": "api-interna"})
            ),
            in_dev_vault(ok(days(2, 20), 22), fail(UNAVAILABLE, 4.1, 18), points=(68.0,)),
            'Running; vmAgent status ProvisioningState/Unavailable, Warning, "Not Ready", "VM status blob is '
            'found but not yet populated.", version Unknown.',
            "UserErrorGuestAgentStatusUnavailable: the agent is in an inconsistent state.",
        ),
        Demo(
            agent_stale(
                windows(
                    DEV,
                    "rg-dev",
                    "vm-dev-app01",
                    "agent-status-stale",
                    snapshot_age=days(3, 6),
                    tags={**DEV_TAGS, "aplicação": "erp-dev"},
                ),
                days(3, 5),
            ),
            in_dev_vault(ok(days(3, 6), 44), fail(UNAVAILABLE, 4.3, 28), points=(78.0,)),
            "Running; agent says Ready but its status time is 3 days old (the agent stopped reporting).",
            "UserErrorGuestAgentStatusUnavailable: the agent is stopped (stale status).",
        ),
    ]


def snapshot_task_status() -> list[Demo]:
    return [
        Demo(
            agent_unresponsive(
                windows(
                    PROD,
                    "rg-erp-prod",
                    "vm-erp-app02",
                    "agent-unresponsive-windows",
                    image=WINDOWS_2019,
                    snapshot_age=days(1, 21),
                    tags=ERP,
                ),
                hours(6.5),
            ),
            in_prod_vault(ok(days(1, 21), 55), fail(SNAPSHOT_STATUS, 3.0, 65), points=(45.0,)),
            'Running Windows Server 2019; agent Not Ready, "VM Agent is unresponsive." (6.5 hours). The job '
            "waited an hour for the snapshot status.",
            "GuestAgentSnapshotTaskStatusError, cause 1: the agent is installed but unresponsive (Windows).",
        ),
        Demo(
            agent_version(
                linux(
                    PROD,
                    "rg-web-prod",
                    "vm-web-lnx02",
                    "agent-outdated-linux",
                    image=CENTOS_73,
                    size="Standard_D2s_v3",
                    created="2017-06-19T15:44:08.9012345+00:00",
                    os_disk_gb=32,
                    tags=WEB,
                ),
                "2.2.10",
            ),
            in_prod_vault(ok(days(4, 21), 19), fail(SNAPSHOT_STATUS, 2.8, 62, "dynamicErrorMessage"), points=(117.0,)),
            "Running CentOS 7.3 with WALinuxAgent 2.2.10 (Ready): far below the current agent.",
            "GuestAgentSnapshotTaskStatusError, cause 2: the agent is out of date (Linux).",
            guest={"agentPackageVersion": "2.2.10"},
        ),
    ]


def provisioning_state() -> list[Demo]:
    return [
        Demo(
            extension_failed(
                windows(PROD, "rg-erp-prod", "vm-erp-app03", "vmsnapshot-extension-failed", tags=ERP),
                vmsnapshot_extension(
                    "Windows", provisioning_state="Failed", message=SNAPSHOT_FAILED, reported=hours(3.1)
                ),
                troubleshooting_link=True,
            ),
            in_prod_vault(ok(days(1, 21), 49), fail(PROVISIONING, 3.1, 9, "propertyBag"), points=(45.0,)),
            "VM provisioningState Failed (ProvisioningState/failed/VMExtensionProvisioningError); the VMSnapshot "
            "extension is Failed with status ProvisioningState/failed/1, level Error.",
            "UserErrorVmProvisioningStateFailed: the VMSnapshot extension failed (remove it, back up on demand).",
        ),
        Demo(
            extension_failed(
                linux(PROD, "rg-web-prod", "vm-web-lnx03", "vmsnapshotlinux-extension-failed", tags=WEB),
                vmsnapshot_extension(
                    "Linux", provisioning_state="Failed", message=LINUX_SNAPSHOT_FAILED, reported=hours(2.7)
                ),
                troubleshooting_link=True,
            ),
            in_prod_vault(ok(days(1, 20), 27), fail(PROVISIONING, 2.7, 7), points=(44.0,)),
            "VM provisioningState Failed; VMSnapshotLinux Failed (disk full under /var/lib/waagent).",
            "UserErrorVmProvisioningStateFailed: the VMSnapshotLinux extension failed.",
        ),
        Demo(
            extension_failed(
                windows(
                    PROD, "rg-erp-prod", "vm-erp-app04", "other-extension-failed", snapshot_age=days(1, 21), tags=ERP
                ),
                custom_script_extension(
                    provisioning_state="Failed", message=SCRIPT_FAILED, failure_code="3", reported=hours(5.2)
                ),
                troubleshooting_link=True,
            ),
            in_prod_vault(ok(days(1, 21), 58), fail(PROVISIONING, 3.3, 8), points=(45.0,)),
            "VM provisioningState Failed because CustomScriptExtension failed (ProvisioningState/failed/3); "
            "VMSnapshot itself is fine.",
            "UserErrorVmProvisioningStateFailed: another extension failed and interferes with the backup.",
        ),
        Demo(
            extension_updating(
                windows(
                    DEV,
                    "rg-dev",
                    "vm-dev-app02",
                    "vm-updating",
                    snapshot_age=days(1, 20),
                    tags={**DEV_TAGS, "aplicação": "erp-dev"},
                ),
                monitor_agent_extension(
                    "Windows",
                    provisioning_state="Updating",
                    message="Upgrading extension to 1.23.0.0",
                    reported=hours(2.2),
                ),
            ),
            in_dev_vault(ok(days(1, 20), 36), fail(PROVISIONING, 2.1, 5), points=(44.0,)),
            "VM provisioningState Updating (ProvisioningState/updating) while the Azure Monitor agent upgrades "
            "(transitioning).",
            "UserErrorVmProvisioningStateFailed: the VM is in the Updating state.",
        ),
    ]


def demos() -> list[Demo]:
    return [*healthy(), *agent_status_unavailable(), *snapshot_task_status(), *provisioning_state()]
