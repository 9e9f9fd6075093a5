"""The job errors of the documented codes, for simulated backup jobs."""

from __future__ import annotations

from dataclasses import dataclass

from core.simulator.errors_since_seed import errors_since_seed

# --------------------------------------------------------------------------------------------------
# Documented error codes (English messages of "Troubleshoot Azure Backup failure: Issues with the agent
# or extension"). The integer codes are FICTIONAL: no public source lists the numbers Azure puts in
# errorDetails[].errorCode, so the product must match by message (or by the code name when a job
# carries it), never by these numbers.


@dataclass(frozen=True)
class DocumentedError:
    code_name: str
    error_code: int
    message: str
    recommendations: tuple[str, ...]


_TROUBLESHOOT = "https://learn.microsoft.com/azure/backup/backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout"

ERRORS: dict[str, DocumentedError] = {
    error.code_name: error
    for error in (
        DocumentedError(
            "UserErrorGuestAgentStatusUnavailable",
            400102,
            "VM Agent unable to communicate with Azure Backup",
            (
                "Ensure that the VM is running and that the VM agent is installed, up to date and Ready.",
                "Ensure that all extensions on the VM are in the 'Provisioning succeeded' state, "
                "then retry the operation.",
                f"For more information, see {_TROUBLESHOOT}",
            ),
        ),
        DocumentedError(
            "GuestAgentSnapshotTaskStatusError",
            500110,
            "Could not communicate with the VM agent for snapshot status",
            (
                "Ensure that the VM agent is running and up to date: on Windows restart or reinstall the "
                "Windows Azure Guest Agent; on Linux update the agent from the distribution repository.",
                "On Linux VMs, ensure that Extensions.Enable=y and Provisioning.Agent=auto are set in "
                "/etc/waagent.conf, then retry the operation.",
            ),
        ),
        DocumentedError(
            "UserErrorVmProvisioningStateFailed",
            400117,
            "The VM is in failed provisioning state",
            (
                "Ensure that all extensions on the VM are in the 'Provisioning succeeded' state. If the "
                "VMSnapshot extension failed, uninstall it and trigger an on-demand backup.",
                "If the VM is in the Updating state, wait until it is healthy and retry the operation.",
            ),
        ),
        DocumentedError(
            "UserErrorRpCollectionLimitReached",
            400133,
            "The Restore Point collection max limit has reached.",
            (
                "Remove the lock from the restore point resource group (AzureBackupRG_<Geo>_<number>) "
                "and retry the operation to trigger the clean-up of old restore points.",
                "At most 18 instant restore points can be associated with a VM; one scheduled backup "
                "per day is recommended.",
            ),
        ),
        DocumentedError(
            "UserErrorKeyvaultPermissionsNotConfigured",
            400141,
            "Backup doesn't have sufficient permissions to the key vault for backup of encrypted VMs.",
            (
                "Give the Backup Management Service access to the key vault (keys: Get, List, Backup; "
                "secrets: Get, List, Backup), then retry the operation.",
            ),
        ),
        DocumentedError(
            "ExtensionSnapshotFailedNoNetwork",
            500152,
            "Snapshot operation failed due to no network connectivity on the virtual machine",
            (
                "Ensure that DHCP is enabled inside the guest operating system so that the VM can get "
                "the host address, then retry the operation.",
            ),
        ),
        DocumentedError(
            "ExtensionOperationFailedForManagedDisks",
            500156,
            "VMSnapshot extension operation failed",
            (
                "Ensure that the VM agent is running and up to date and that nothing blocks the snapshot "
                "extension, then retry the operation.",
            ),
        ),
        DocumentedError(
            "BackUpOperationFailed",
            500001,
            "Backup failed with an internal error - Please retry the operation in a few minutes",
            ("Retry the operation in a few minutes. If the problem persists, contact Microsoft support.",),
        ),
        DocumentedError(
            "BackUpOperationFailedV2",
            500002,
            "Backup failed with an internal error - Please retry the operation in a few minutes",
            (
                "Retry the operation in a few minutes. If the problem persists, check that no lock "
                "prevents the Backup service from deleting old restore points, and that the VM agent "
                "is running and up to date.",
            ),
        ),
        DocumentedError(
            "UserErrorUnsupportedDiskSize",
            400164,
            "The configured disk size(s) is currently not supported by Azure Backup.",
            (
                "Ensure that every disk is at most 32 TB, or 4 TB when encrypted with Azure Disk "
                "Encryption, by splitting the disks; then retry the operation.",
            ),
        ),
        DocumentedError(
            "UserErrorBackupOperationInProgress",
            400171,
            "Unable to initiate backup as another backup operation is currently in progress",
            ("Wait for the running backup job to complete or cancel it, then retry the operation.",),
        ),
        DocumentedError(
            "UserErrorCrpReportedUserError",
            400189,
            "Backup failed due to an error. For details, see Job Error Message Details.",
            ("Review the error reported by the Compute Resource Provider and retry the operation.",),
        ),
        DocumentedError(
            "UserErrorBcmDatasourceNotPresent",
            400195,
            "Backup failed: This virtual machine is not (actively) protected by Azure Backup.",
            (
                "Ensure that the virtual machine is actively protected (not stopped or paused) by Azure "
                "Backup, then retry the operation.",
            ),
        ),
    )
}


ERRORS.update(
    (code, DocumentedError(code, number, message, recommendations))
    for code, number, message, recommendations in errors_since_seed(set(ERRORS))
)
