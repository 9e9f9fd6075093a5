"""Wizards for encrypted VMs and disk sizes: give Azure Backup access to the key vault (automated for
access-policy vaults, by hand for Azure RBAC vaults), and bring disks within the supported sizes."""

from __future__ import annotations

from typing import Any

from core import ids
from core.checks.disks import MAX_DISK_GIB, MAX_ENCRYPTED_DISK_GIB
from core.checks.encryption import (
    BACKUP_MANAGEMENT_SERVICE_APP_ID,
    REQUIRED_KEYS,
    REQUIRED_SECRETS,
    has_ade_extension,
)
from core.i18n import QT_TRANSLATE_NOOP
from core.wizards import selectors as sel
from core.wizards.context import WizardContext
from core.wizards.model import Link, Wizard
from core.wizards.steps import action, az, backup_now_steps, base_values, explain, joined, manual, powershell, verify

ENCRYPTED_VM_BACKUP = "https://learn.microsoft.com/azure/backup/backup-azure-vms-encryption"
BACKUP_VM_CLI = "https://learn.microsoft.com/azure/backup/quick-backup-vm-cli#prerequisites-to-backup-encrypted-vms"
KEY_VAULT_RBAC_ROLES = "https://learn.microsoft.com/azure/key-vault/general/rbac-guide"
# The data actions Microsoft lists for a custom role that lets Azure Backup back up ADE VMs in an RBAC vault.
BACKUP_DATA_ACTIONS = (
    "Microsoft.KeyVault/vaults/keys/backup/action",
    "Microsoft.KeyVault/vaults/secrets/backup/action",
    "Microsoft.KeyVault/vaults/secrets/getSecret/action",
    "Microsoft.KeyVault/vaults/keys/read",
    "Microsoft.KeyVault/vaults/secrets/readMetadata/action",
)


def _keyvault_values(context: WizardContext) -> dict[str, Any]:
    values = base_values(context)
    vm = context.vm
    vault_ids = sel.key_vault_ids(vm)
    evidence = context.evidence("backupManagementService", "objectId")
    object_id = vm.backup_service_object_id or (evidence if isinstance(evidence, str) else None)
    values.update(
        {
            "keyVaults": joined([ids.parse_id(v).name for v in vault_ids]),
            "keyVault": ids.parse_id(vault_ids[0]).name if vault_ids else None,
            "keyVaultId": vault_ids[0] if vault_ids else None,
            "rbacKeyVaults": joined(sel.rbac_key_vaults(vm)),
            "objectId": object_id,
            "appId": BACKUP_MANAGEMENT_SERVICE_APP_ID,
            "dataActions": ", ".join(BACKUP_DATA_ACTIONS),
            "keyPermissions": ", ".join(REQUIRED_KEYS),
            "secretPermissions": ", ".join(REQUIRED_SECRETS),
            "keyPermissionsCli": " ".join(REQUIRED_KEYS),
            "secretPermissionsCli": " ".join(REQUIRED_SECRETS),
            "keyPermissionsPs": ",".join(REQUIRED_KEYS),
            "secretPermissionsPs": ",".join(REQUIRED_SECRETS),
        }
    )
    return values


def _uses_access_policies(context: WizardContext) -> bool:
    vault_ids = {ids.key(v) for v in sel.key_vault_ids(context.vm)}
    known = [v for v in context.vm.key_vaults or () if ids.key(v.id) in vault_ids]
    return not known or any(not v.enable_rbac_authorization for v in known)


def _uses_rbac(context: WizardContext) -> bool:
    return bool(sel.rbac_key_vaults(context.vm))


KEYVAULT_PERMISSIONS = Wizard(
    "keyvault-permissions",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "To back up a VM encrypted with Azure Disk Encryption, Azure Backup (as the Backup Management Service) must "
        "be able to read and back up its keys and secrets in the key vault.",
    ),
    (
        explain(
            "why",
            QT_TRANSLATE_NOOP("Wizards", "What Azure Backup needs"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "The disks of {vm} are encrypted with keys kept in {keyVaults}. Azure Backup copies those keys and "
                "secrets with each backup, acting as the Backup Management Service (application id {appId}, object "
                "id {objectId} in this tenant). It needs keys: {keyPermissions} and secrets: {secretPermissions}.",
            ),
            links=(
                Link(ENCRYPTED_VM_BACKUP, QT_TRANSLATE_NOOP("Wizards", "Back up and restore encrypted Azure VMs")),
                Link(BACKUP_VM_CLI, QT_TRANSLATE_NOOP("Wizards", "The permissions for encrypted VMs (Azure CLI)")),
            ),
        ),
        action(
            "grant-access",
            "grant-keyvault-access",
            QT_TRANSLATE_NOOP("Wizards", "Add an access policy for the Backup Management Service"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "For a key vault that uses access policies, Backup Doctor adds the missing permissions to the Backup "
                "Management Service's policy (or adds the policy). Nothing else in the vault changes. By hand: in "
                "the portal (template Azure Backup), or with one of the commands.",
            ),
            portal=(
                QT_TRANSLATE_NOOP(
                    "Wizards", "Key vaults > {keyVault} > Access policies > Create > Template: Azure Backup"
                ),
            ),
            commands=(
                az(
                    "az keyvault set-policy --name {keyVault} --object-id {objectId} --key-permissions "
                    "{keyPermissionsCli} --secret-permissions {secretPermissionsCli}"
                ),
                powershell(
                    "Set-AzKeyVaultAccessPolicy -VaultName {keyVault} -ObjectId {objectId} -PermissionsToKeys "
                    "{keyPermissionsPs} -PermissionsToSecrets {secretPermissionsPs}"
                ),
            ),
            when=_uses_access_policies,
        ),
        manual(
            "assign-role",
            QT_TRANSLATE_NOOP("Wizards", "Assign a role in a key vault that uses Azure RBAC"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "{rbacKeyVaults} uses Azure RBAC, where access policies do not apply. Assign the Backup Management "
                "Service the built-in role Key Vault Administrator on the vault, or a custom role with only the data "
                "actions Microsoft lists for Azure Backup: {dataActions}. Assigning roles needs Owner or User Access "
                "Administrator on the vault; Backup Doctor does not do it for you.",
            ),
            commands=(
                az(
                    "az ad sp show --id {appId} --query id --output tsv",
                ),
                az(
                    'az role assignment create --role "Key Vault Administrator" --assignee-object-id {objectId} '
                    "--assignee-principal-type ServicePrincipal --scope {keyVaultId}"
                ),
            ),
            portal=(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Key vaults > {keyVault} > Access control (IAM) > Add role assignment > Key Vault Administrator > "
                    "Backup Management Service",
                ),
            ),
            links=(Link(KEY_VAULT_RBAC_ROLES, QT_TRANSLATE_NOOP("Wizards", "Key Vault roles in Azure RBAC")),),
            when=_uses_rbac,
        ),
        verify(
            "verify-access",
            QT_TRANSLATE_NOOP("Wizards", "Check the key vault access"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Read {vm} and its key vaults again: the Backup Management Service must have the permissions it "
                "needs. Role assignments are not read, so a vault in RBAC mode stays a warning.",
            ),
            ("keyvault-permissions",),
        ),
        *backup_now_steps(),
    ),
    _keyvault_values,
)


def _disk_values(context: WizardContext) -> dict[str, Any]:
    values = base_values(context)
    vm_level_ade = has_ade_extension(context.vm)
    too_big = [
        d
        for d in context.vm.disks or ()
        if d.size_gb is not None
        and d.size_gb > (MAX_ENCRYPTED_DISK_GIB if d.ade_encrypted or vm_level_ade else MAX_DISK_GIB)
    ]
    values.update(
        {
            "disks": joined([f"{d.name} ({d.size_gb} GiB)" for d in too_big]),
            "disk": too_big[0].name if too_big else None,
            "limit": MAX_DISK_GIB,
            "encryptedLimit": MAX_ENCRYPTED_DISK_GIB,
        }
    )
    return values


DISK_SIZE_UNSUPPORTED = Wizard(
    "disk-size-unsupported",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "Azure Backup backs up disks of up to 32 TB, and encrypted disks of up to 4 TB: spread the data of a larger "
        "disk over smaller ones.",
    ),
    (
        explain(
            "why",
            QT_TRANSLATE_NOOP("Wizards", "Which disk is too large"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Too large on {vm}: {disks}. The limits are {limit} GiB (32 TB) per disk and {encryptedLimit} "
                "GiB (4 TB) per disk encrypted with Azure Disk Encryption. A disk cannot be made smaller, so its "
                "data must move to smaller disks.",
            ),
        ),
        manual(
            "split-disk",
            QT_TRANSLATE_NOOP("Wizards", "Split the disk"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Attach new disks within the limits, move the data to them inside the guest (for example with "
                "robocopy on Windows or rsync on Linux) and point applications at the new location, then detach "
                "{disk} and delete it once nothing needs it. Plan a maintenance window: applications must stop "
                "writing while the data moves.",
            ),
            commands=(
                az(
                    "az vm disk attach --resource-group {resourceGroup} --vm-name {vm} --name <new-disk-name> --new "
                    "--size-gb <size-gb>",
                ),
                az("az vm disk detach --resource-group {resourceGroup} --vm-name {vm} --name {disk}"),
            ),
        ),
        verify(
            "verify-disks",
            QT_TRANSLATE_NOOP("Wizards", "Check the disk sizes"),
            QT_TRANSLATE_NOOP("Wizards", "Read {vm} again: every disk must be within the limits."),
            ("disk-size",),
        ),
        *backup_now_steps(),
    ),
    _disk_values,
)


WIZARDS = (KEYVAULT_PERMISSIONS, DISK_SIZE_UNSUPPORTED)
