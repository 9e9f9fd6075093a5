"""Wizards for the codes a control-plane check detects: extension stuck in deletion, orphaned protection,
a Deny policy on the restore point group, a read-only storage account lock, Trusted Launch moved to Standard."""

from __future__ import annotations

from core.i18n import QT_TRANSLATE_NOOP
from core.wizards import control_plane_values as cpv
from core.wizards.extension_deletion_action import DELETE_STUCK_EXTENSION
from core.wizards.model import Link, Wizard
from core.wizards.orphan_actions import STOP_PROTECTION_DELETE_DATA, STOP_PROTECTION_KEEP_DATA
from core.wizards.policy_actions import CREATE_RESTORE_POINT_GROUP
from core.wizards.steps import action, az, backup_now_steps, explain, manual, verify

EXTENSION_STUCK_DELETING = Wizard(
    "extension-stuck-deleting",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "The backup extension is stuck in deletion; with the guest agent healthy, "
        "deleting the extension from Azure lets the next backup install a fresh one.",
    ),
    (
        manual(
            "agent",
            QT_TRANSLATE_NOOP("Wizards", "Make sure the guest agent is healthy"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "The next backup can install the extension again only if the guest agent of {vm} "
                "is running and Ready; the agent findings say whether it is.",
            ),
        ),
        action(
            "delete",
            DELETE_STUCK_EXTENSION,
            QT_TRANSLATE_NOOP("Wizards", "Delete the backup extension"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Delete {extension} from {vm} through the API (the portal may not list it). The VM keeps running.",
            ),
            commands=(az("az vm extension delete --resource-group {resourceGroup} --vm-name {vm} --name {extension}"),),
        ),
        verify(
            "verify-extension",
            QT_TRANSLATE_NOOP("Wizards", "Check the backup extension"),
            QT_TRANSLATE_NOOP("Wizards", "Read {vm} again and check that no backup extension is stuck in deletion."),
            ("extension-deleting",),
        ),
        *backup_now_steps(),
    ),
    cpv.extension_values,
)

ORPHANED_PROTECTION = Wizard(
    "orphaned-protection",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "The vault still protects a VM that no longer exists; recreate the VM with the "
        "same name and resource group, or stop protection and choose whether to keep the "
        "backup data.",
    ),
    (
        explain(
            "why",
            QT_TRANSLATE_NOOP("Wizards", "Why every backup of {vm} fails"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "{vm} was deleted, but its backup item in {vault} is still protected, so each scheduled backup "
                "looks for the VM and fails. If the VM should come back, recreate it with the same name and "
                "resource group: its backups then run again and the next steps can be skipped. Otherwise stop "
                "the protection, and choose in the next two steps whether to keep the backup data or delete it.",
            ),
            links=(
                Link(
                    "https://learn.microsoft.com/azure/backup/backup-azure-manage-vms#stop-protecting-a-vm",
                    QT_TRANSLATE_NOOP("Wizards", "Stop protecting a VM"),
                ),
            ),
        ),
        action(
            "stop-keep",
            STOP_PROTECTION_KEEP_DATA,
            QT_TRANSLATE_NOOP("Wizards", "Stop protection and keep the backup data"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "No more backups of {vm}; its recovery points are kept, with no expiry, until you delete them "
                "(you can still restore from them, and their storage is billed). To delete the data instead, "
                "skip this step.",
            ),
            portal=(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Recovery Services vault > Backup items > Azure Virtual Machine > {vm} > Stop backup > Retain "
                    "backup data",
                ),
            ),
            optional=True,
        ),
        action(
            "stop-delete",
            STOP_PROTECTION_DELETE_DATA,
            QT_TRANSLATE_NOOP("Wizards", "Stop protection and delete the backup data"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "No more backups of {vm}, and its recovery points are deleted. With soft delete on in {vault} "
                "(the default) they stay recoverable for 14 days, or the period the vault sets, then they are "
                "gone for good. Skip this step to keep the data.",
            ),
            portal=(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Recovery Services vault > Backup items > Azure Virtual Machine > {vm} > Stop backup > Delete "
                    "backup data",
                ),
            ),
            optional=True,
        ),
        verify(
            "verify-stopped",
            QT_TRANSLATE_NOOP("Wizards", "Check that no vault still looks for {vm}"),
            QT_TRANSLATE_NOOP(
                "Wizards", "Read the vault items of {vm} again and check that none still backs up the deleted VM."
            ),
            ("source-vm-exists",),
        ),
    ),
    cpv.protection_values,
)

POLICY_RESTORE_POINT_GROUP = Wizard(
    "policy-restore-point-group",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "A Deny policy blocks the resource group Azure Backup creates for restore points; "
        "change the policy's effect to Modify, or create the group yourself with the name "
        "Azure Backup uses.",
    ),
    (
        action(
            "create-group",
            CREATE_RESTORE_POINT_GROUP,
            QT_TRANSLATE_NOOP("Wizards", "Create the restore point group"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Create {restorePointGroup} in {location} with the tags the policy {policy} requires, as "
                "Microsoft documents, so that the next backup of {vm} uses it instead of creating it. The policy "
                "does not change. This needs permission to create resource groups in the subscription "
                "(Contributor); without it, send the command below to someone who has it.",
            ),
            commands=(
                az(
                    "az group create --name {restorePointGroup} --location {location} --tags <name>=<value>",
                    QT_TRANSLATE_NOOP("Wizards", "Create the restore point group with the required tags"),
                ),
            ),
        ),
        manual(
            "policy",
            QT_TRANSLATE_NOOP("Wizards", "Or change the policy"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "The other documented fix: with Resource Policy Contributor, change the effect of {policy} from "
                "Deny to Modify, so that it adds the tags instead of refusing (Modify needs a managed identity on "
                "the assignment). This changes the policy for every resource it covers, so it is the policy "
                "owner's decision; Backup Doctor does not make it.",
            ),
            links=(
                Link(
                    "https://learn.microsoft.com/azure/backup/backup-during-vm-creation#azure-backup-resource-group-for-virtual-machines",
                    QT_TRANSLATE_NOOP("Wizards", "Azure Backup's resource group for VMs"),
                ),
                Link(
                    "https://learn.microsoft.com/azure/governance/policy/concepts/effect-modify",
                    QT_TRANSLATE_NOOP("Wizards", "Azure Policy's Modify effect"),
                ),
            ),
            optional=True,
        ),
        *backup_now_steps(),
        verify(
            "verify-policy",
            QT_TRANSLATE_NOOP("Wizards", "Check that no policy denies the backup"),
            QT_TRANSLATE_NOOP(
                "Wizards", "Read the latest backup of {vm} again and check that no Azure Policy denied it."
            ),
            ("policy-deny",),
        ),
    ),
    cpv.policy_values,
)

STORAGE_ACCOUNT_LOCK = Wizard(
    "storage-account-lock",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "A read-only lock on a storage account stops backup and restore from writing to "
        "it; remove it, or use a delete lock, which protects the account without blocking "
        "writes.",
    ),
    (
        manual(
            "replace-lock",
            QT_TRANSLATE_NOOP("Wizards", "Replace the read-only lock"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Remove the read-only lock {lock} on {storageAccount}, or replace it with a "
                "delete lock (CanNotDelete). Removing a lock needs Owner or User Access "
                "Administrator.",
            ),
            commands=(az("az lock delete --ids {lockId}", QT_TRANSLATE_NOOP("Wizards", "Remove the read-only lock")),),
        ),
        verify(
            "verify-lock",
            QT_TRANSLATE_NOOP("Wizards", "Check the storage account locks"),
            QT_TRANSLATE_NOOP(
                "Wizards", "Read the locks again and check that no storage account of {vm} is read-only."
            ),
            ("storage-account-lock",),
        ),
        *backup_now_steps(),
    ),
    cpv.lock_values,
)

TRUSTED_LAUNCH_REPROTECT = Wizard(
    "trusted-launch-reprotect",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "Backup data taken while the VM used Trusted Launch cannot continue on a Standard "
        "VM; delete the old backup data and protect the VM again, or recreate it under "
        "another name.",
    ),
    (
        manual(
            "reprotect",
            QT_TRANSLATE_NOOP("Wizards", "Delete the old backup data and protect again"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "In {vault}: turn soft delete off, stop protection of {vm} and delete its backup "
                "data, turn soft delete back on, then configure backup again once the deletion "
                "has finished. This loses the old recovery points; recreating the VM under "
                "another name or resource group keeps them.",
            ),
            portal=(
                QT_TRANSLATE_NOOP("Wizards", "Recovery Services vault > Properties > Security settings > Soft delete"),
            ),
        ),
        verify(
            "verify-security",
            QT_TRANSLATE_NOOP("Wizards", "Check the VM's security type"),
            QT_TRANSLATE_NOOP("Wizards", "Read {vm} again and check its security type against its OS disk."),
            ("security-type",),
        ),
    ),
    cpv.protection_values,
)

WIZARDS = (
    EXTENSION_STUCK_DELETING,
    ORPHANED_PROTECTION,
    POLICY_RESTORE_POINT_GROUP,
    STORAGE_ACCOUNT_LOCK,
    TRUSTED_LAUNCH_REPROTECT,
)
