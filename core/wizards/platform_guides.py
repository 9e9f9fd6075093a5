"""Guided wizards for documented causes in the VM's platform: agent presence, VM state, resources,
schedule and storage, legacy configurations, encryption method."""

from __future__ import annotations

from core.i18n import QT_TRANSLATE_NOOP
from core.wizards.model import Link, Wizard
from core.wizards.steps import (
    action,
    az,
    backup_now_steps,
    base_values,
    bash,
    explain,
    manual,
    powershell,
    verify,
)
from core.wizards.vm_power_actions import RESIZE_VM, RESTART_VM

INSTALL_GUEST_AGENT = Wizard(
    "install-guest-agent",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "Backups need the VM agent: install it (VMs moved from on-premises or made from a "
        "generalized image may lack it) and make sure the VM's settings say it is there.",
    ),
    (
        manual(
            "windows-agent",
            QT_TRANSLATE_NOOP("Wizards", "Install the Windows guest agent"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "On {vm}, download and install the VM agent's MSI as an administrator, then check "
                "that the Windows Azure Guest Agent service is running.",
            ),
            commands=(
                powershell(
                    "Get-Service WindowsAzureGuestAgent", QT_TRANSLATE_NOOP("Wizards", "Is the agent's service there?")
                ),
            ),
            links=(
                Link(
                    "https://go.microsoft.com/fwlink/?LinkID=394789",
                    QT_TRANSLATE_NOOP("Wizards", "Windows VM agent installer"),
                ),
            ),
            os="Windows",
        ),
        manual(
            "linux-agent",
            QT_TRANSLATE_NOOP("Wizards", "Install the Linux guest agent"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "On {vm}, install the agent from the distribution's repository (the package is "
                "usually walinuxagent or WALinuxAgent) and start it; never install it from "
                "GitHub.",
            ),
            commands=(
                bash(
                    "waagent --version; systemctl status walinuxagent waagent 2>/dev/null | head -n 5",
                    QT_TRANSLATE_NOOP("Wizards", "Is the agent there and running?"),
                ),
            ),
            os="Linux",
        ),
        manual(
            "provision-flag",
            QT_TRANSLATE_NOOP("Wizards", "Tell Azure the agent is installed"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Azure shows the agent only once it reports; the VM's "
                "osProfile.allowExtensionOperations must be true (and, for classic VMs, "
                "ProvisionGuestAgent). The command reads both.",
            ),
            commands=(
                az(
                    "az vm show --resource-group {resourceGroup} --name {vm} --query "
                    '"[osProfile.allowExtensionOperations, '
                    "osProfile.windowsConfiguration.provisionVmAgent, "
                    'osProfile.linuxConfiguration.provisionVmAgent]"'
                ),
            ),
        ),
        verify(
            "verify-agent",
            QT_TRANSLATE_NOOP("Wizards", "Check the agent"),
            QT_TRANSLATE_NOOP("Wizards", "Read {vm} again and check that its agent reports Ready."),
            ("vm-agent-ready",),
        ),
        *backup_now_steps(),
    ),
    base_values,
)

VM_STATE_NOT_ALLOWED = Wizard(
    "vm-state-not-allowed",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "Azure Backup backs up a VM that is Running, Stopped or Deallocated; a VM in the "
        "Failed state must be repaired first, and one between states must settle.",
    ),
    (
        explain(
            "why",
            QT_TRANSLATE_NOOP("Wizards", "Why the backup cannot start"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "{vm} is in a state that does not allow backups. If it is moving between Running "
                "and shut down, wait until it settles and back up again.",
            ),
        ),
        action(
            "restart",
            RESTART_VM,
            QT_TRANSLATE_NOOP("Wizards", "Restart the VM in the Failed state"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Restart {vm} (or start it, if it is not running): a successful operation clears the Failed "
                "state. The VM is unavailable for a few minutes. Without the permission to restart VMs (Virtual "
                "Machine Contributor), send the commands below to someone who has it: reapplying the VM's state "
                "retries the last operation without a restart; redeploying moves it to another host and loses the "
                "temporary disk's data.",
            ),
            commands=(
                az(
                    "az vm restart --resource-group {resourceGroup} --name {vm}",
                    QT_TRANSLATE_NOOP("Wizards", "Restart the VM"),
                ),
                az(
                    "az vm reapply --resource-group {resourceGroup} --name {vm}",
                    QT_TRANSLATE_NOOP("Wizards", "Reapply the VM's state"),
                ),
                az(
                    "az vm redeploy --resource-group {resourceGroup} --name {vm}",
                    QT_TRANSLATE_NOOP("Wizards", "Redeploy the VM (restarts it)"),
                ),
            ),
            optional=True,
        ),
        action(
            "resize",
            RESIZE_VM,
            QT_TRANSLATE_NOOP("Wizards", "Or resize it, when its size could not be allocated"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "When Azure had no capacity for the VM's size, move {vm} to another size Azure offers with at "
                "least the same vCPUs and memory. The VM restarts and is then billed at the new size's price.",
            ),
            commands=(
                az(
                    "az vm list-vm-resize-options --resource-group {resourceGroup} --name {vm} --output table",
                    QT_TRANSLATE_NOOP("Wizards", "Sizes the VM can move to"),
                ),
                az(
                    "az vm resize --resource-group {resourceGroup} --name {vm} --size <new-size>",
                    QT_TRANSLATE_NOOP("Wizards", "Resize the VM (restarts it)"),
                ),
            ),
            optional=True,
        ),
        manual(
            "selinux",
            QT_TRANSLATE_NOOP("Wizards", "Exclude the agent's folder from SELinux"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "If {vm} runs SELinux in enforcing mode, exclude /var/lib/waagent from the policy "
                "and check that the backup extension is installed.",
            ),
            commands=(
                bash(
                    "getenforce; sudo ausearch -m avc -ts recent | grep waagent | tail",
                    QT_TRANSLATE_NOOP("Wizards", "SELinux mode and recent denials"),
                ),
            ),
            os="Linux",
        ),
        verify(
            "verify-state",
            QT_TRANSLATE_NOOP("Wizards", "Check the VM's state"),
            QT_TRANSLATE_NOOP("Wizards", "Read {vm} again and check that its state allows backups."),
            ("vm-backup-state",),
        ),
        *backup_now_steps(),
    ),
    base_values,
)

VM_RESOURCES = Wizard(
    "vm-resources",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "A VM short of memory, CPU or disk space cannot take its snapshot in time; free "
        "resources, restart it or resize it. A restart or resize stops the VM for a few "
        "minutes.",
    ),
    (
        manual(
            "look",
            QT_TRANSLATE_NOOP("Wizards", "See what is short"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Look at the memory, CPU and free disk space of {vm} around the backup time (the "
                "VM's Metrics in the portal, or inside the guest).",
            ),
            portal=(QT_TRANSLATE_NOOP("Wizards", "Virtual machine > Monitoring > Metrics"),),
        ),
        action(
            "restart",
            RESTART_VM,
            QT_TRANSLATE_NOOP("Wizards", "Restart the VM"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "A restart frees memory held by the guest. {vm} is unavailable for a few minutes: do it in a "
                "maintenance window. Without the permission to restart VMs (Virtual Machine Contributor), send the "
                "command below to someone who has it.",
            ),
            commands=(
                az(
                    "az vm restart --resource-group {resourceGroup} --name {vm}",
                    QT_TRANSLATE_NOOP("Wizards", "Restart the VM"),
                ),
            ),
            optional=True,
        ),
        action(
            "resize",
            RESIZE_VM,
            QT_TRANSLATE_NOOP("Wizards", "Or resize the VM"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "A larger size adds memory and CPU; {vm} restarts and is then billed at the new size's price. If "
                "the free disk space is low, enlarge the disk instead.",
            ),
            commands=(
                az(
                    "az vm list-vm-resize-options --resource-group {resourceGroup} --name {vm} --output table",
                    QT_TRANSLATE_NOOP("Wizards", "Sizes the VM can move to"),
                ),
                az(
                    "az vm resize --resource-group {resourceGroup} --name {vm} --size <new-size>",
                    QT_TRANSLATE_NOOP("Wizards", "Resize the VM (restarts it)"),
                ),
            ),
            optional=True,
        ),
        *backup_now_steps(),
    ),
    base_values,
)

BACKUP_SCHEDULE_LOAD = Wizard(
    "backup-schedule-load",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "Snapshots fail when the disks are at their IOPS limit or another tool snapshots "
        "them at the same time; back up at a quieter time and spread the load.",
    ),
    (
        manual(
            "schedule",
            QT_TRANSLATE_NOOP("Wizards", "Move the backup schedule"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Change the backup policy of {vm} to a time when the VM is least busy, and keep "
                "other snapshot tools (Azure Site Recovery, scripts) at least a few minutes away "
                "from it: storage allows one snapshot per disk per minute.",
            ),
            portal=(QT_TRANSLATE_NOOP("Wizards", "Recovery Services vault > Backup policies"),),
        ),
        manual(
            "iops",
            QT_TRANSLATE_NOOP("Wizards", "Spread the disk load"),
            QT_TRANSLATE_NOOP("Wizards", "Spread the load across more disks or move to disks with more IOPS."),
            links=(
                Link(
                    "https://learn.microsoft.com/azure/virtual-machines/disks-types",
                    QT_TRANSLATE_NOOP("Wizards", "Azure managed disk types"),
                ),
            ),
        ),
        *backup_now_steps(),
    ),
    base_values,
)

BLOB_SNAPSHOT_LIMIT = Wizard(
    "blob-snapshot-limit",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "A disk blob can keep only so many snapshots; delete the snapshots that are not "
        "needed (never the base blobs) and keep soft-deleted ones from piling up.",
    ),
    (
        manual(
            "cleanup",
            QT_TRANSLATE_NOOP("Wizards", "Delete unneeded blob snapshots"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "In the storage account of each unmanaged disk of {vm}, list the blob snapshots "
                "and delete the ones no longer needed; delete snapshots only, never the disk blob "
                "itself. If blob soft delete is on, shorten its retention.",
            ),
            commands=(
                az(
                    "az storage blob list --account-name <account> --container-name vhds --include s "
                    '--query "[?snapshot!=null].[name, snapshot]" --output table',
                    QT_TRANSLATE_NOOP("Wizards", "Blob snapshots in the container"),
                ),
            ),
        ),
        manual(
            "asr",
            QT_TRANSLATE_NOOP("Wizards", "Keep Azure Site Recovery apart"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "If Azure Site Recovery protects {vm}, set isanysnapshotfailed to False in "
                "/etc/azure/vmbackup.conf and schedule it away from the backup.",
            ),
            os="Linux",
            optional=True,
        ),
        *backup_now_steps(),
    ),
    base_values,
)

RETRY_BACKUP = Wizard(
    "retry-backup",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "Copying the snapshot to the vault timed out, usually because of a transient "
        "storage error; back up again, and follow the best practices if it recurs.",
    ),
    (
        explain(
            "why",
            QT_TRANSLATE_NOOP("Wizards", "What happened"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "The snapshot of {vm} was taken but not copied to the vault in time. This is "
                "usually transient; if it repeats, the disks may lack the IOPS for the transfer.",
            ),
            links=(
                Link(
                    "https://learn.microsoft.com/azure/backup/backup-azure-vms-introduction#best-practices",
                    QT_TRANSLATE_NOOP("Wizards", "Best practices for VM backup"),
                ),
            ),
        ),
        *backup_now_steps(),
    ),
    base_values,
)

PREMIUM_STORAGE_SPACE = Wizard(
    "premium-storage-space",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "On the V1 backup stack a premium VM's snapshot is copied inside its storage "
        "account; keep at least half of the account free, or move to the current backup "
        "stack.",
    ),
    (
        manual(
            "space",
            QT_TRANSLATE_NOOP("Wizards", "Free space in the storage account"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Use at most half of the premium storage account of {vm} (about 17.5 TB), so that "
                "Azure Backup can copy the snapshot there before sending it to the vault.",
            ),
        ),
        *backup_now_steps(),
    ),
    base_values,
)

DETACH_DATA_DISKS = Wizard(
    "detach-data-disks",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "Azure Backup supports a limited number of data disks per VM; detach the extra "
        "ones. Detaching a disk removes it from the guest: stop what uses it first.",
    ),
    (
        manual(
            "detach",
            QT_TRANSLATE_NOOP("Wizards", "Detach the extra data disks"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Choose which data disks of {vm} can go, stop the applications that use them, "
                "unmount them in the guest and detach them. The disks themselves are kept.",
            ),
            commands=(
                az(
                    "az vm disk detach --resource-group {resourceGroup} --vm-name {vm} --name <disk-name>",
                    QT_TRANSLATE_NOOP("Wizards", "Detach one data disk"),
                ),
            ),
            portal=(QT_TRANSLATE_NOOP("Wizards", "Virtual machine > Settings > Disks"),),
        ),
        verify(
            "verify-count",
            QT_TRANSLATE_NOOP("Wizards", "Check the number of data disks"),
            QT_TRANSLATE_NOOP(
                "Wizards", "Read {vm} again and check that it has no more data disks than backup supports."
            ),
            ("data-disk-count",),
        ),
        *backup_now_steps(),
    ),
    base_values,
)

LEGACY_BACKUP_STACK = Wizard(
    "legacy-backup-stack",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "Classic VMs, classic storage accounts and the V1 backup stack are no longer "
        "supported for these disks; move the VM to Azure Resource Manager and managed "
        "disks.",
    ),
    (
        manual(
            "migrate",
            QT_TRANSLATE_NOOP("Wizards", "Move to Resource Manager and managed disks"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Move the disks of {vm} out of the classic storage account (converting them to "
                "managed disks does it), or migrate a classic VM to Resource Manager. Until then, "
                "a classic VM with an invalid network configuration can be backed up while shut "
                "down.",
            ),
            commands=(
                az(
                    "az vm convert --resource-group {resourceGroup} --name {vm}",
                    QT_TRANSLATE_NOOP("Wizards", "Convert the VM to managed disks (deallocate it first)"),
                ),
            ),
            links=(
                Link(
                    "https://learn.microsoft.com/azure/virtual-machines/migration-classic-resource-manager-overview",
                    QT_TRANSLATE_NOOP("Wizards", "Migrate classic resources to Resource Manager"),
                ),
            ),
        ),
        *backup_now_steps(),
    ),
    base_values,
)

ADE_AAD = Wizard(
    "ade-aad",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "A VM encrypted with Azure Disk Encryption using an Azure AD app must stay on "
        "that method; moving it to the method without Azure AD is not supported for "
        "backup.",
    ),
    (
        manual(
            "encryption-settings",
            QT_TRANSLATE_NOOP("Wizards", "Compare the VM's encryption settings"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Check which Azure Disk Encryption extension version {vm} has (1.1 is without "
                "Azure AD, 0.1 with it) and return the VM to the method it was protected with.",
            ),
            commands=(az("az vm encryption show --resource-group {resourceGroup} --name {vm}"),),
        ),
        *backup_now_steps(),
    ),
    base_values,
)

WIZARDS = (
    INSTALL_GUEST_AGENT,
    VM_STATE_NOT_ALLOWED,
    VM_RESOURCES,
    BACKUP_SCHEDULE_LOAD,
    BLOB_SNAPSHOT_LIMIT,
    RETRY_BACKUP,
    PREMIUM_STORAGE_SPACE,
    DETACH_DATA_DISKS,
    LEGACY_BACKUP_STACK,
    ADE_AAD,
)
