"""One VM per code documented since the seed that Azure shows before or after a job fails."""

from __future__ import annotations

from core.simulator.shapes import (
    DEBIAN_12,
    SLES_SAP_15,
    UBUNTU_2204,
    WINDOWS_2016,
    DataDisk,
    monitor_agent_extension,
    vmsnapshot_extension,
)
from core.simulator.shapes.scenarios import agent_version
from demo_tenant.common import (
    DATA,
    DEV,
    DEV_TAGS,
    ERP,
    FIN,
    LEGACY_STORAGE,
    OWN_RP_GROUP_POLICY,
    OWN_RP_GROUP_PREFIX,
    PROD,
    PROD_TAGS,
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

SANDBOX = {**DEV_TAGS, "aplicação": "sandbox"}

#: The job error of a Deny policy on the restore point resource group, as ARM words it.
_POLICY_DENIED = (
    f"Resource '{OWN_RP_GROUP_PREFIX}1' was disallowed by policy. Policy identifiers: "
    '\'[{"policyAssignment":{"name":"Exigir etiqueta centro-de-custo","id":"/subscriptions/'
    + DEV
    + '/providers/Microsoft.Authorization/policyAssignments/exigir-centro-de-custo"},'
    '"policyDefinition":{"name":"Require a tag on resource groups","id":"/providers/'
    "Microsoft.Authorization/policyDefinitions/96670d01-0a4d-4649-9c89-2d3abc0a5025\"}}]'."
)


def vm_states() -> list[Demo]:
    return [
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
                tags=SANDBOX,
            ),
            in_dev_vault(
                ok(days(1, 22), 41), fail("UserErrorVmNotInDesirableState", 3.0, 2, "propertyBag"), points=(46.0,)
            ),
            "VM provisioningState Failed after a failed allocation; every extension Succeeded.",
            "UserErrorVmNotInDesirableState: the VM is in the Failed state (detected before the next job).",
        ),
        Demo(
            windows(DEV, "rg-test", "vm-test-app03", "vm-between-states", power_state="stopping", tags=SANDBOX),
            in_dev_vault(ok(days(1, 21), 38), fail("VmNotInDesirableState", 0.4, 1), points=(45.0,)),
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
                tags=ERP,
            ),
            in_prod_vault(
                ok(days(2, 21), 47), fail("ExtensionStuckInDeletionState", 21.0, 3, "propertyBag"), points=(69.0,)
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
                tags=DATA,
            ),
            in_prod_vault(fail("UserErrorBCMUnsupportedDiskCount", 20.5, 1, "propertyBag")),
            "17 unmanaged data disks (VHDs in stcontosodatavhds); Azure Backup supports up to 16 for unmanaged disks.",
            "UserErrorBCMUnsupportedDiskCount: detach data disks down to the limit.",
        ),
        Demo(
            agent_version(
                linux(DEV, "rg-test", "vm-test-lnx03", "agent-version-unsupported", image=DEBIAN_12, tags=SANDBOX),
                "2.2.45",
            ),
            in_dev_vault(fail("UserErrorGuestAgentVersionUnsupported", 19.8, 4, "propertyBag"), points=(67.0,)),
            "Running Debian 12, WALinuxAgent 2.2.45 Ready: below the minimum 2.2.53.1.",
            "UserErrorGuestAgentVersionUnsupported: the agent version is below the documented minimum.",
        ),
    ]


def guest_codes() -> list[Demo]:
    return [
        Demo(
            windows(PROD, "rg-fin-prod", "vm-fin-app05", "vss-writers-bad", tags=FIN),
            in_prod_vault(
                ok(days(1, 21), 52),
                fail("ExtensionFailedVssWriterInBadState", 20.9, 14, "dynamicErrorMessage"),
                points=(45.0,),
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
            in_prod_vault(
                ok(days(1, 21), 58), fail("UserErrorFsFreezeFailed", 21.1, 11, "propertyBag"), points=(45.0,)
            ),
            "Healthy in Azure; the last backup failed with UserErrorFsFreezeFailed.",
            "A guest-only Linux code (extension status 121): triage proposes the mount-point wizard.",
        ),
    ]


def configuration() -> list[Demo]:
    return [
        Demo(
            windows(
                PROD,
                "rg-web-prod",
                "vm-web-win05",
                "trusted-launch-downgraded",
                os_disk_security_type="TrustedLaunch",
                tags=WEB,
            ),
            in_prod_vault(
                ok(days(3, 21), 44),
                fail("UserErrorMigrationFromTrustedLaunchVMToNonTrustedVMNotAllowed", 20.7, 1, "propertyBag"),
                points=(93.0,),
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
            in_prod_vault(
                ok(days(2, 21), 63), fail("UserErrorStorageAccountIsLocked", 21.4, 2, "propertyBag"), points=(69.0,)
            ),
            f"Unmanaged disks (VHDs in the storage account {LEGACY_STORAGE}), which has a ReadOnly lock.",
            "UserErrorStorageAccountIsLocked: a read-only lock on the storage account the backup writes to.",
        ),
        Demo(
            linux(DEV, "rg-dev", "vm-dev-lnx02", "policy-deny-restore-point-group", image=UBUNTU_2204, tags=SANDBOX),
            Protection(
                "dev-weu",
                OWN_RP_GROUP_POLICY,
                jobs=(
                    fail(
                        "UserErrorRequestDisallowedByPolicy", 19.6, 1, "propertyBag", recommendations=(_POLICY_DENIED,)
                    ),
                ),
            ),
            "First backup after a tag policy with the Deny effect was assigned to the subscription: the job's "
            "error names the policy that denied rg-dev-restauro-1, the restore point group its backup policy "
            "names (instantRPDetails), which does not exist yet.",
            "UserErrorRequestDisallowedByPolicy: change the policy's effect or pre-create the restore point group.",
        ),
        Demo(
            windows(PROD, "rg-erp-prod", "vm-erp-old01", "vm-deleted-still-protected", tags=ERP),
            in_prod_vault(ok(days(3, 21), 40), fail("ResourceNotFound", 21.2, 1, "propertyBag"), points=(93.0,)),
            "VM deleted 3 days ago without stopping protection: its protected item (Protected), jobs and restore "
            "points remain, the VM and its disks are gone.",
            "ResourceNotFound (320001): orphaned protection; stop it (keep or delete the data) or recreate the VM.",
            vm_deleted=True,
        ),
    ]


def demos() -> list[Demo]:
    return [*vm_states(), *guest_codes(), *configuration()]
