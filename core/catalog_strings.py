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
    QT_TRANSLATE_NOOP("Catalog", "Install the guest agent and let Azure know it is there"),
    QT_TRANSLATE_NOOP("Catalog", "Bring the VM to a state that allows backups"),
    QT_TRANSLATE_NOOP("Catalog", "Repair the runtime the backup extension needs"),
    QT_TRANSLATE_NOOP("Catalog", "Renew the guest agent's certificate"),
    QT_TRANSLATE_NOOP("Catalog", "Exclude the backup extension from the antivirus"),
    QT_TRANSLATE_NOOP("Catalog", "Restore the backup extension's manifest file"),
    QT_TRANSLATE_NOOP("Catalog", "Repair the Visual C++ runtime installation"),
    QT_TRANSLATE_NOOP("Catalog", "Reset the MachineKeys permissions and old certificates"),
    QT_TRANSLATE_NOOP("Catalog", "Reset the backup provider inside the VM"),
    QT_TRANSLATE_NOOP("Catalog", "Raise the Windows desktop heap"),
    QT_TRANSLATE_NOOP("Catalog", "Restart COM+ and repair the Distributed Transaction Coordinator"),
    QT_TRANSLATE_NOOP("Catalog", "Restart the VSS writers in a bad state"),
    QT_TRANSLATE_NOOP("Catalog", "Restart the Volume Shadow Copy service"),
    QT_TRANSLATE_NOOP("Catalog", "Unlock the BitLocker drives for the snapshot"),
    QT_TRANSLATE_NOOP("Catalog", "Turn on strong cryptography for .NET"),
    QT_TRANSLATE_NOOP("Catalog", "Give the VM enough memory and CPU: restart or resize"),
    QT_TRANSLATE_NOOP("Catalog", "Take the snapshot from the host"),
    QT_TRANSLATE_NOOP("Catalog", "Back up when the VM and its disks are less busy"),
    QT_TRANSLATE_NOOP("Catalog", "Let the snapshot calls bypass the proxy"),
    QT_TRANSLATE_NOOP("Catalog", "Delete blob snapshots that are not needed"),
    QT_TRANSLATE_NOOP("Catalog", "Repair or skip the mount points the extension cannot freeze or open"),
    QT_TRANSLATE_NOOP("Catalog", "Give the pre-script and post-script more time"),
    QT_TRANSLATE_NOOP("Catalog", "Save /etc/azure/vmbackup.conf as plain ASCII"),
    QT_TRANSLATE_NOOP("Catalog", "Back up again once storage has recovered"),
    QT_TRANSLATE_NOOP("Catalog", "Free space in the premium storage account"),
    QT_TRANSLATE_NOOP("Catalog", "Detach data disks down to the supported number"),
    QT_TRANSLATE_NOOP("Catalog", "Move the VM off the classic and V1 backup configuration"),
    QT_TRANSLATE_NOOP("Catalog", "Keep the VM on its Azure Disk Encryption method"),
    QT_TRANSLATE_NOOP("Catalog", "Let Azure Backup create its restore point resource group"),
    QT_TRANSLATE_NOOP("Catalog", "Replace the read-only lock on the storage account"),
    QT_TRANSLATE_NOOP("Catalog", "Stop protecting a VM that no longer exists"),
    QT_TRANSLATE_NOOP("Catalog", "Protect again a VM moved from Trusted Launch to Standard"),
    QT_TRANSLATE_NOOP("Catalog", "Delete the backup extension stuck in deletion"),
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
    QT_TRANSLATE_NOOP("Catalog", "The VM is in the Failed state; backups need it Running, Stopped or Deallocated"),
    QT_TRANSLATE_NOOP("Catalog", "The VM is between Running and Shut down: wait until it settles"),
    QT_TRANSLATE_NOOP("Catalog", "SELinux blocks the Linux agent's folder /var/lib/waagent"),
    QT_TRANSLATE_NOOP("Catalog", "The VM has no guest agent, or Azure is not told that it has one"),
    QT_TRANSLATE_NOOP("Catalog", "The Linux guest agent is older than the minimum supported version"),
    QT_TRANSLATE_NOOP(
        "Catalog", "The runtime the extension needs is missing or broken: .NET on Windows, Python on Linux"
    ),
    QT_TRANSLATE_NOOP(
        "Catalog", "The guest agent's certificate is missing or expired, often after the VM's clock drifted"
    ),
    QT_TRANSLATE_NOOP("Catalog", "An antivirus stops the backup extension (IaaSBcdrExtension.exe) from running"),
    QT_TRANSLATE_NOOP("Catalog", "The backup extension is stuck in deletion"),
    QT_TRANSLATE_NOOP("Catalog", "The VMSnapshot extension's manifest file is missing from the plugin folder"),
    QT_TRANSLATE_NOOP("Catalog", "The Visual C++ runtime the extension needs could not be installed"),
    QT_TRANSLATE_NOOP("Catalog", "The permissions of the MachineKeys folder were changed from their defaults"),
    QT_TRANSLATE_NOOP("Catalog", "The backup provider inside the VM is half installed"),
    QT_TRANSLATE_NOOP("Catalog", "Windows ran out of desktop heap memory while installing the extension"),
    QT_TRANSLATE_NOOP(
        "Catalog", "The COM+ System Application or the Distributed Transaction Coordinator is not working"
    ),
    QT_TRANSLATE_NOOP("Catalog", "The VM is short of free disk space, memory or CPU during the snapshot"),
    QT_TRANSLATE_NOOP("Catalog", "One or more VSS writers are not Stable"),
    QT_TRANSLATE_NOOP("Catalog", "The disks reach their IOPS limit, so VSS times out holding writes"),
    QT_TRANSLATE_NOOP("Catalog", "The Volume Shadow Copy service is in a bad state"),
    QT_TRANSLATE_NOOP("Catalog", "A drive locked by BitLocker stops VSS from taking the snapshot"),
    QT_TRANSLATE_NOOP("Catalog", ".NET is not set to use strong cryptography (TLS 1.2) for the secure channel"),
    QT_TRANSLATE_NOOP("Catalog", "The VM is too busy to make the snapshot's network calls in time"),
    QT_TRANSLATE_NOOP("Catalog", "A proxy in the VM delays the calls that take the disk snapshots"),
    QT_TRANSLATE_NOOP("Catalog", "The VM does not have enough free memory"),
    QT_TRANSLATE_NOOP("Catalog", "Some disks already have as many blob snapshots as storage allows"),
    QT_TRANSLATE_NOOP(
        "Catalog", "Another tool (such as Azure Site Recovery) takes snapshots of the same disks at the same time"
    ),
    QT_TRANSLATE_NOOP(
        "Catalog", "A mount point could not be frozen: its file system needs checking, or it is mounted twice"
    ),
    QT_TRANSLATE_NOOP("Catalog", "A mount point cannot be opened, often a stale file recovery mount"),
    QT_TRANSLATE_NOOP("Catalog", "The application-consistent pre-script or post-script ran longer than its time-out"),
    QT_TRANSLATE_NOOP("Catalog", "/etc/azure/vmbackup.conf is not saved as plain ASCII"),
    QT_TRANSLATE_NOOP("Catalog", "Transient storage errors, or too few storage IOPS, slowed the copy to the vault"),
    QT_TRANSLATE_NOOP(
        "Catalog", "The premium storage account of a V1 backup has less free space than the snapshot copy needs"
    ),
    QT_TRANSLATE_NOOP("Catalog", "The VM has more data disks than its backup supports"),
    QT_TRANSLATE_NOOP("Catalog", "The VM has Standard SSD disks and is still on the V1 backup stack"),
    QT_TRANSLATE_NOOP("Catalog", "The VM's disks are in a classic storage account"),
    QT_TRANSLATE_NOOP("Catalog", "The classic VM's network configuration cannot be updated during the snapshot"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The VM was encrypted with Azure Disk Encryption using an Azure AD app and was moved to the method without it",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "An Azure Policy with the Deny effect stops Azure Backup from creating its restore point resource group",
    ),
    QT_TRANSLATE_NOOP("Catalog", "A read-only lock is set on a storage account the backup or restore writes to"),
    QT_TRANSLATE_NOOP("Catalog", "The VM was deleted or moved while it was still protected"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The VM was moved from Trusted Launch to Standard security, or has the name of a deleted Trusted Launch VM",
    ),
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
    QT_TRANSLATE_NOOP("Catalog", "VM is not in a state that allows backups."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The backup failed because the VM is in the Failed state or between states; it must be Running, Stopped or Deallocated.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "The VM isn't in a state that allows backups."),
    QT_TRANSLATE_NOOP("Catalog", "The VM was in a state that does not allow backups, or it has no guest agent."),
    QT_TRANSLATE_NOOP("Catalog", "Backup failed due to CRP Internal Error"),
    QT_TRANSLATE_NOOP(
        "Catalog", "The VM platform (CRP) reported an error that comes from the guest agent or an extension."
    ),
    QT_TRANSLATE_NOOP(
        "Catalog", "Failed to install Microsoft Recovery Services extension as virtual machine is not running"
    ),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Azure Backup could not install its extension because the VM agent, which installs it, is missing or not reporting.",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog", "Linux backup operation might have failed, because of an unsupported Guest Agent version on the VM"
    ),
    QT_TRANSLATE_NOOP("Catalog", "The Linux guest agent on the VM is older than Azure Backup supports."),
    QT_TRANSLATE_NOOP("Catalog", "Extension failed to start because of a runtime environment failure"),
    QT_TRANSLATE_NOOP(
        "Catalog", "The backup extension could not start because the runtime it needs in the VM is missing or broken."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Virtual machine guest agent certificate not found"),
    QT_TRANSLATE_NOOP(
        "Catalog", "The guest agent could not find its certificate, so it could not read the extension's settings."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Antivirus configured in the VM is restricting the execution of backup extension"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        'An antivirus in the VM stops the backup extension; Event Viewer shows "Faulting application name: IaaSBcdrExtension.exe".',
    ),
    QT_TRANSLATE_NOOP("Catalog", "Extension state is not supportive to the backup operation"),
    QT_TRANSLATE_NOOP(
        "Catalog", "The backup extension is stuck in deletion; deleting it lets the next backup install it again."
    ),
    QT_TRANSLATE_NOOP(
        "Catalog", "The backup extension on a Windows VM could not run because its manifest file is missing."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Backup extension installation failed"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The backup extension could not be installed, most often because the Visual C++ runtime could not be installed.",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The snapshot operation failed because of failure to install Visual C++ Redistributable for Visual Studio 2015",
    ),
    QT_TRANSLATE_NOOP("Catalog", "The backup extension could not install the Visual C++ runtime it needs."),
    QT_TRANSLATE_NOOP("Catalog", "Failure in parsing the config for the backup extension."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The backup extension could not read its settings because the MachineKeys folder's permissions were changed.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Extension command execution failure"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The backup extension could not run its command because the backup provider in the VM is half installed.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "extension could not be installed"),
    QT_TRANSLATE_NOOP(
        "Catalog", "Windows ran out of desktop heap memory while the backup extension was being installed."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Snapshot operation failed due to COM+ error"),
    QT_TRANSLATE_NOOP("Catalog", "The snapshot failed because the COM+ System Application of Windows is not working."),
    QT_TRANSLATE_NOOP("Catalog", "Extension installation/operation failed due to a COM+ error"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The backup extension could not be installed or run because the COM+ System Application of Windows is not working.",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog",
        'Extension installation failed with the error "COM+ was unable to talk to the Microsoft Distributed Transaction Coordinator',
    ),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The backup extension could not be installed because COM+ could not reach the Distributed Transaction Coordinator (MSDTC).",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Snapshot operation failed because VSS writers were in a bad state."),
    QT_TRANSLATE_NOOP(
        "Catalog", "The snapshot failed because Windows' Volume Shadow Copy writers were in a bad state."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Snapshot operation failed due to VSS (Volume Shadow Copy) service in bad state."),
    QT_TRANSLATE_NOOP("Catalog", "The snapshot failed because Windows' Volume Shadow Copy service was in a bad state."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The snapshot operation failed with the Volume Shadow Copy Service (VSS) operation error This drive is locked by BitLocker Drive Encryption. You must unlock this drive from the Control Panel.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "The snapshot failed because VSS found a drive locked by BitLocker."),
    QT_TRANSLATE_NOOP(
        "Catalog", "The snapshot operation failed because of failure to create a secure network communication channel."
    ),
    QT_TRANSLATE_NOOP("Catalog", "The backup extension could not open a secure (TLS) channel to Azure Storage."),
    QT_TRANSLATE_NOOP("Catalog", "Snapshot operation failed due to inadequate VM resources."),
    QT_TRANSLATE_NOOP("Catalog", "The snapshot's network calls took too long because the VM was short of resources."),
    QT_TRANSLATE_NOOP(
        "Catalog", "Snapshot operation failed due to delay in network calls made to take disk blob-snapshots."
    ),
    QT_TRANSLATE_NOOP(
        "Catalog", "The calls that take the disk snapshots were too slow, usually because of a proxy in the VM."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Snapshot operation failed due to insufficient memory available in VM"),
    QT_TRANSLATE_NOOP("Catalog", "The snapshot failed because the VM did not have enough free memory."),
    QT_TRANSLATE_NOOP(
        "Catalog", "Snapshot operation failed as snapshot limit is exceeded for some of the disks attached"
    ),
    QT_TRANSLATE_NOOP("Catalog", "Some disks of the VM already have as many blob snapshots as Azure Storage allows."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Backup operation failed as the snapshot call coincided with another snapshot request from a different client",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Another tool asked for a snapshot of the same disk within the same minute; storage allows one a minute.",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog", "Failed to freeze one or more mount-points of the VM to take a file-system consistent snapshot."
    ),
    QT_TRANSLATE_NOOP(
        "Catalog", "The Linux backup extension could not freeze a mount point for a file-system consistent snapshot."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Some mount point is not accessible"),
    QT_TRANSLATE_NOOP("Catalog", "The Linux backup extension could not open one of the VM's mount points."),
    QT_TRANSLATE_NOOP("Catalog", "Execution of App-Consistent Backup Pre-Script timed-out"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The Linux pre-script or post-script ran past its time-out, so the backup fell back to a file-system consistent snapshot.",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Linux backup operation might have failed, because there is a change in Linux VM Backup Extension Configuration file",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog", "The Linux backup extension could not read /etc/azure/vmbackup.conf because it is not plain ASCII."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Copying backed up data from vault timed out"),
    QT_TRANSLATE_NOOP("Catalog", "Moving the backed-up data to the vault took longer than allowed."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Could not copy the snapshot of the virtual machine, due to insufficient free space in the storage account",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog", "A premium VM on the V1 backup stack needs free space in its storage account to copy the snapshot."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Number of data disks attached to the virtual machine exceeded the supported limit."),
    QT_TRANSLATE_NOOP("Catalog", "The VM has more data disks than Azure Backup can back up."),
    QT_TRANSLATE_NOOP("Catalog", "Currently Azure Backup does not support Standard SSD disks."),
    QT_TRANSLATE_NOOP("Catalog", "The V1 backup stack does not back up Standard SSD disks; the current stack does."),
    QT_TRANSLATE_NOOP("Catalog", "Configuring backup failed due to unsupported VM configuration."),
    QT_TRANSLATE_NOOP(
        "Catalog", "The VM keeps its disks in a classic storage account, which Azure Backup does not support."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Invalid VM network Configuration"),
    QT_TRANSLATE_NOOP("Catalog", "A classic VM's network configuration could not be updated for the snapshot."),
    QT_TRANSLATE_NOOP("Catalog", "Invalid Encryption information supplied for VM"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The VM's encryption settings changed from Azure Disk Encryption with an Azure AD app to the method without it, which backup does not support.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "An invalid policy is configured on the VM which is preventing Snapshot operation."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "An Azure Policy denied the resource group or restore points that Azure Backup creates for the snapshot.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Backup or restore jobs failed due to storage account being in locked state."),
    QT_TRANSLATE_NOOP(
        "Catalog", "A read-only lock on a storage account stops the backup or restore from writing to it."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Could not perform the operation as VM no longer exists."),
    QT_TRANSLATE_NOOP("Catalog", "The vault still protects a VM that was deleted."),
    QT_TRANSLATE_NOOP("Catalog", "The virtual machine doesn't exist"),
    QT_TRANSLATE_NOOP("Catalog", "The vault still protects a VM that Azure cannot find."),
    QT_TRANSLATE_NOOP("Catalog", "backup operation has failed because the virtual machine does not exist."),
    QT_TRANSLATE_NOOP("Catalog", "The VM was deleted or moved without stopping its protection."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Backup cannot be configured for the VM which has migrated from Trusted Launch mode to non Trusted Launch mode.",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The VM left Trusted Launch (or reuses the name of a deleted Trusted Launch VM), and its old backup data blocks protecting it again.",
    ),
)
