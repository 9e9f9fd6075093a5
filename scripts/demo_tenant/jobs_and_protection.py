"""Snapshot, extension and internal errors, a backup still running, protection stopped or paused, and
the states that are not failures (initial backup pending, not protected)."""

from __future__ import annotations

from core.simulator.shapes import DEBIAN_12, RHEL_9, SLES_SAP_15, WINDOWS_2019, DataDisk, JobPlan, ago
from core.simulator.shapes.scenarios import without_backup_extension
from demo_tenant.common import (
    DEFAULT,
    DEV,
    DEV_TAGS,
    ERP,
    NEU,
    PROD,
    PROD_TAGS,
    SHARED,
    SHARED_TAGS,
    WEB,
    Demo,
    Protection,
    days,
    fail,
    hours,
    in_dev_vault,
    in_prod_vault,
    linux,
    ok,
    windows,
)

BCM_NOT_PRESENT = "UserErrorBcmDatasourceNotPresent"


def snapshot_and_internal_errors() -> list[Demo]:
    return [
        Demo(
            windows(
                PROD,
                "rg-erp-prod",
                "vm-erp-app05",
                "snapshot-no-network",
                image=WINDOWS_2019,
                snapshot_age=days(1, 21),
                tags=ERP,
            ),
            in_prod_vault(ok(days(1, 21), 51), fail("ExtensionSnapshotFailedNoNetwork", 3.0, 14), points=(45.0,)),
            "Running, agent Ready: nothing visible in the control plane (the cause, DHCP disabled inside the guest "
            "with a static IP, is only visible in the guest).",
            "ExtensionSnapshotFailedNoNetwork: the snapshot status cannot be retrieved (no network in the guest).",
            guest={"network": [{"name": "Microsoft Hyper-V Network Adapter", "dhcp": False}]},
        ),
        Demo(
            windows(
                PROD,
                "rg-erp-prod",
                "vm-erp-app06",
                "vmsnapshot-operation-failed",
                snapshot_age=days(1, 21),
                data_disks=(DataDisk(0, 512),),
                tags=ERP,
            ),
            in_prod_vault(
                ok(days(1, 21), 57), fail("ExtensionOperationFailedForManagedDisks", 2.6, 17), points=(45.0,)
            ),
            "Running, agent Ready, VMSnapshot last succeeded 45 hours ago; the snapshot task failed inside the guest.",
            "ExtensionOperationFailedForManagedDisks: the snapshot could not be taken.",
            guest={
                "vssWriters": [
                    {"name": "System Writer", "state": "Failed", "lastError": "Timed out"},
                    {"name": "WMI Writer", "state": "Stable", "lastError": "No error"},
                    {"name": "Registry Writer", "state": "Waiting for completion", "lastError": "Retryable error"},
                ]
            },
        ),
        Demo(
            windows(PROD, "rg-erp-prod", "vm-erp-app07", "internal-error", snapshot_age=days(1, 21), tags=ERP),
            in_prod_vault(
                ok(days(1, 21), 46), fail("BackUpOperationFailed", 1.9, 11, "dynamicErrorMessage"), points=(45.0,)
            ),
            "Everything healthy; one scheduled backup failed with an internal error.",
            "BackUpOperationFailed: transient internal error, retry in a few minutes.",
        ),
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
                DEFAULT,
                jobs=(ok(days(1, 21), 96), fail("BackUpOperationFailedV2", 2.4, 13, "propertyBag")),
                points=(45.0, 69.0, 93.0, 117.0),
            ),
            "AzureBackupRG_northeurope_1 (Contoso Serviços Partilhados) has a ReadOnly lock: the Backup service "
            "can neither create nor delete restore points there (4 restore points, under the limit).",
            "BackUpOperationFailedV2, cause 4: a lock prevents the deletion of old restore points.",
        ),
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
            in_prod_vault(
                ok(days(3, 21), 88),
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
                points=(93.0,),
            ),
            "M-series SAP HANA VM whose log disk vm-sap-db01-log01 has writeAcceleratorEnabled true; the job's "
            "recommendation names the underlying CRP error (OperationNotAllowed).",
            "UserErrorCrpReportedUserError: the job error details carry the real cause.",
        ),
    ]


def backup_in_progress() -> Demo:
    return Demo(
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
        in_dev_vault(
            JobPlan("Completed", days(1, 7), ago(hours=9, minutes=12)),
            JobPlan("InProgress", hours(7), ago(hours=7), progress=38.0),
            fail("UserErrorBackupOperationInProgress", 1.0, 1, user_triggered=True),
            collections=((1, None, (hours(6.9), days(1, 7))),),
        ),
        "A scheduled backup started 7 hours ago is still InProgress (38 %, large data disk); an on-demand "
        "backup 1 hour ago failed.",
        "UserErrorBackupOperationInProgress.",
    )


def protection_not_active() -> list[Demo]:
    testes_web = {**DEV_TAGS, "aplicação": "testes-web"}
    return [
        Demo(
            linux(
                DEV,
                "rg-test",
                "vm-tst-lnx01",
                "protection-stopped",
                image=DEBIAN_12,
                size="Standard_B2s",
                snapshot_age=days(12),
                tags=testes_web,
            ),
            in_dev_vault(
                fail(BCM_NOT_PRESENT, 5.0, 1, "dynamicErrorMessage", user_triggered=True), state="ProtectionStopped"
            ),
            "Protected item in state ProtectionStopped (backup stopped, data retained).",
            "UserErrorBcmDatasourceNotPresent: the VM is not actively protected (stopped).",
        ),
        Demo(
            linux(
                DEV,
                "rg-test",
                "vm-tst-lnx02",
                "protection-paused",
                image=DEBIAN_12,
                size="Standard_B2s",
                snapshot_age=days(8),
                tags=testes_web,
            ),
            in_dev_vault(fail(BCM_NOT_PRESENT, 4.6, 1, user_triggered=True), state="ProtectionPaused"),
            "Protected item in state ProtectionPaused.",
            "UserErrorBcmDatasourceNotPresent: the VM is not actively protected (paused).",
        ),
    ]


def not_failures() -> list[Demo]:
    return [
        Demo(
            without_backup_extension(
                linux(
                    PROD,
                    "rg-web-prod",
                    "vm-web-lnx04",
                    "initial-backup-pending",
                    image=RHEL_9,
                    created="@now-P1DT3H",
                    tags=WEB,
                )
            ),
            in_prod_vault(
                JobPlan("Completed", hours(2.0), ago(seconds=34), operation="ConfigureBackup", user_triggered=True),
                state="IRPending",
            ),
            "New VM, backup configured 2 hours ago: protected item IRPending, only a ConfigureBackup job, no "
            "VMSnapshotLinux extension yet (it is installed by the first backup).",
            "Not a failure: initial backup pending.",
        ),
        Demo(
            without_backup_extension(
                windows(DEV, "rg-dev", "vm-dev-app04", "not-protected", tags={**DEV_TAGS, "aplicação": "sandbox"})
            ),
            None,
            "Healthy VM never configured for backup: no protected item in any vault, no jobs, no restore points.",
            "Not protected (the product reports it as such, not as a failure of a check).",
        ),
    ]


def demos() -> list[Demo]:
    return [*snapshot_and_internal_errors(), backup_in_progress(), *protection_not_active(), *not_failures()]
