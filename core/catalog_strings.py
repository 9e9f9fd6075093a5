# ruff: noqa: E501
"""Catalog text for Qt Linguist, generated from resources/catalog.json: do not edit.

Regenerate with `python -m core.catalog --write-stub`. lupdate reads the QT_TRANSLATE_NOOP calls below;
the program never imports this module, it translates catalog text through Msg("Catalog", text).
"""

from core.i18n import QT_TRANSLATE_NOOP

STRINGS = (
    QT_TRANSLATE_NOOP("Catalog", "Restart or reinstall the Windows guest agent"),
    QT_TRANSLATE_NOOP("Catalog", "Update and restart the Linux guest agent"),
    QT_TRANSLATE_NOOP("Catalog", "Set the Linux agent options in /etc/waagent.conf"),
    QT_TRANSLATE_NOOP("Catalog", "Let the backup extension run past application control"),
    QT_TRANSLATE_NOOP("Catalog", "Shut the VM down from Azure and keep DHCP on in the guest"),
    QT_TRANSLATE_NOOP("Catalog", "Start the VM from Azure"),
    QT_TRANSLATE_NOOP("Catalog", "Remove the failed backup extension and back up now"),
    QT_TRANSLATE_NOOP("Catalog", "Fix or remove the failed extension"),
    QT_TRANSLATE_NOOP("Catalog", "Wait until the VM has finished updating"),
    QT_TRANSLATE_NOOP("Catalog", "Unlock and clean up the restore points"),
    QT_TRANSLATE_NOOP("Catalog", "Give Azure Backup access to the key vault"),
    QT_TRANSLATE_NOOP("Catalog", "Bring the disks within the supported sizes"),
    QT_TRANSLATE_NOOP("Catalog", "Wait for or cancel the running backup"),
    QT_TRANSLATE_NOOP("Catalog", "Resume the VM's protection"),
    QT_TRANSLATE_NOOP("Catalog", "Read the error the VM platform reported"),
    QT_TRANSLATE_NOOP("Catalog", "Configure backup for the VM"),
    QT_TRANSLATE_NOOP("Catalog", "The VM is not running, so its guest agent cannot answer"),
    QT_TRANSLATE_NOOP("Catalog", "The guest agent is installed but not responding"),
    QT_TRANSLATE_NOOP("Catalog", "The guest agent is out of date or stopped"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The snapshot status cannot be read back: the VM was shut down from inside, or it gets no host address from DHCP",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog", "The agent's configuration file does not set Extensions.Enable=y and Provisioning.Agent=auto"
    ),
    QT_TRANSLATE_NOOP("Catalog", "AppLocker or another application control tool blocks IaaSBcdrExtension.exe"),
    QT_TRANSLATE_NOOP("Catalog", "The backup extension (VMSnapshot or VMSnapshotLinux) is in a failed state"),
    QT_TRANSLATE_NOOP("Catalog", "Another extension on the VM is in a failed state"),
    QT_TRANSLATE_NOOP("Catalog", "The VM is still updating"),
    QT_TRANSLATE_NOOP(
        "Catalog", "A lock on the restore point resource group stops Azure Backup from deleting old restore points"
    ),
    QT_TRANSLATE_NOOP("Catalog", "The VM already has 18 instant restore points, the most it can have"),
    QT_TRANSLATE_NOOP(
        "Catalog", "The key vault of the encrypted VM does not let Azure Backup read its keys and secrets"
    ),
    QT_TRANSLATE_NOOP("Catalog", "A disk is larger than 32 TB"),
    QT_TRANSLATE_NOOP("Catalog", "An encrypted disk is larger than 4 TB"),
    QT_TRANSLATE_NOOP(
        "Catalog", "Another backup of the VM is still running, in this vault or in a vault it was protected by before"
    ),
    QT_TRANSLATE_NOOP("Catalog", "The VM platform (Compute) refused an operation; its own error message says why"),
    QT_TRANSLATE_NOOP("Catalog", "The VM's protection is stopped or paused in its vault"),
    QT_TRANSLATE_NOOP("Catalog", "The VM is not protected by any Recovery Services vault"),
    QT_TRANSLATE_NOOP("Catalog", "VM Agent unable to communicate with Azure Backup"),
    QT_TRANSLATE_NOOP(
        "Catalog", "Azure Backup could not reach the VM's guest agent, so it could not start the snapshot."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Could not communicate with the VM agent for snapshot status"),
    QT_TRANSLATE_NOOP(
        "Catalog", "Azure Backup asked for a snapshot but never heard back from the VM's agent about how it went."
    ),
    QT_TRANSLATE_NOOP("Catalog", "The VM is in failed provisioning state"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "A failed extension, or an update still running, left the VM in a state in which Azure Backup cannot work.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "The Restore Point collection max limit has reached."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The VM has as many instant restore points as Azure allows, usually because a lock stops Azure Backup from deleting old ones.",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog", "Backup doesn't have sufficient permissions to the key vault for backup of encrypted VMs."
    ),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The VM is encrypted and Azure Backup is not allowed to read the keys and secrets it needs from the key vault.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Snapshot operation failed due to no network connectivity on the virtual machine"),
    QT_TRANSLATE_NOOP(
        "Catalog", "The backup extension could not take the snapshot because the VM could not talk to the Azure host."
    ),
    QT_TRANSLATE_NOOP("Catalog", "VMSnapshot extension operation failed"),
    QT_TRANSLATE_NOOP("Catalog", "The backup extension inside the VM failed while taking the snapshot."),
    QT_TRANSLATE_NOOP("Catalog", "Backup failed with an internal error - Please retry the operation in a few minutes"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The backup failed inside Azure Backup; the usual reasons are the guest agent, the snapshot status or a lock on old restore points.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "The configured disk size(s) is currently not supported by Azure Backup."),
    QT_TRANSLATE_NOOP(
        "Catalog", "A disk of the VM is larger than Azure Backup supports: 32 TB, or 4 TB for an encrypted disk."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Unable to initiate backup as another backup operation is currently in progress"),
    QT_TRANSLATE_NOOP(
        "Catalog", "A new backup could not start because an earlier backup of the same VM had not finished."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Backup failed due to an error. For details, see Job Error Message Details."),
    QT_TRANSLATE_NOOP(
        "Catalog", "The VM platform refused part of the backup; the job's error details say what it objected to."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Backup failed: This virtual machine is not (actively) protected by Azure Backup."),
    QT_TRANSLATE_NOOP(
        "Catalog", "A backup was asked for a VM whose protection is stopped or paused, or that no vault protects."
    ),
)
