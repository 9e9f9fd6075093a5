"""Key vault access for VMs encrypted with Azure Disk Encryption (UserErrorKeyvaultPermissionsNotConfigured).

Azure Backup reads an encrypted VM's keys and secrets as the "Backup Management Service" (application id
262044b1-e2ce-469f-a196-69ab7ada62d3; its object id differs per tenant and is looked up by the collector).
In a vault using access policies, that service needs keys: get, list, backup and secrets: get, list, backup:
what Microsoft's CLI quickstart grants (learn.microsoft.com/azure/backup/quick-backup-vm-cli, "Prerequisites
to backup encrypted VMs": `az keyvault set-policy --key-permissions get list backup --secret-permissions get
list backup`), what the portal's "Azure Backup" access policy template fills in, and what the custom role for
RBAC vaults in "Back up and restore encrypted Azure VMs" allows (keys/backup, keys/read, secrets/backup,
secrets/getSecret, secrets/readMetadata). An older PowerShell sample grants secrets get, list only; a vault
set up that way lacks secrets backup. A vault using Azure RBAC grants access through role assignments
(Key Vault Administrator, or that custom role), which Backup Doctor does not read.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from core import ids
from core.checks.base import Check, CheckContext, codes_for, is_not_protected, not_applicable, unknown
from core.checks.extensions import vm_extensions
from core.facts import FACT_DISKS, FACT_KEY_VAULTS, AccessPolicy, KeyVaultFacts, VmFacts
from core.findings import UNCONFIRMED, Finding, Status
from core.i18n import QT_TRANSLATE_NOOP, Msg

CHECK_ID = "keyvault-permissions"
BACKUP_MANAGEMENT_SERVICE_APP_ID = "262044b1-e2ce-469f-a196-69ab7ada62d3"
REQUIRED_KEYS = ("backup", "get", "list")
REQUIRED_SECRETS = ("backup", "get", "list")
ADE_PUBLISHER = "Microsoft.Azure.Security"
ADE_TYPES = ("azurediskencryption", "azurediskencryptionforlinux")


def _msg(source: str, **args: Any) -> Msg:
    return Msg("EncryptionChecks", source, args)


def has_ade_extension(vm: VmFacts) -> bool:
    return any(
        (e.type or "").lower() in ADE_TYPES and (e.publisher or ADE_PUBLISHER).lower() == ADE_PUBLISHER.lower()
        for e in vm_extensions(vm) or ()
    )


def is_encrypted(vm: VmFacts) -> bool | None:
    """Azure Disk Encryption on any disk, or its extension on the VM; None when neither could be read."""
    if any(d.ade_encrypted for d in vm.disks or ()) or has_ade_extension(vm):
        return True
    if vm.disks is None and vm_extensions(vm) is None:
        return None
    return False


def _missing(granted: tuple[str, ...], required: tuple[str, ...]) -> list[str]:
    if "all" in granted:
        return []
    return [p for p in required if p not in granted]


def _policy_missing(policy: AccessPolicy) -> dict[str, list[str]]:
    return {"keys": _missing(policy.keys, REQUIRED_KEYS), "secrets": _missing(policy.secrets, REQUIRED_SECRETS)}


def check_keyvault_permissions(vm: VmFacts, context: CheckContext) -> Iterator[Finding]:
    codes = codes_for(CHECK_ID)
    title_unknown = _msg(
        QT_TRANSLATE_NOOP("EncryptionChecks", "Azure Backup's access to the key vault could not be checked")
    )
    encrypted = is_encrypted(vm)
    if encrypted is None:
        yield unknown(CHECK_ID, title_unknown, vm.why_unavailable(FACT_DISKS), codes)
        return
    if not encrypted:
        yield not_applicable(
            CHECK_ID, _msg(QT_TRANSLATE_NOOP("EncryptionChecks", "The VM is not encrypted with Azure Disk Encryption"))
        )
        return
    if is_not_protected(vm):
        yield not_applicable(
            CHECK_ID,
            _msg(QT_TRANSLATE_NOOP("EncryptionChecks", "The VM is encrypted but not backed up")),
            _msg(
                QT_TRANSLATE_NOOP(
                    "EncryptionChecks", "Azure Backup needs access to its key vault only once backup is configured."
                )
            ),
        )
        return
    vault_ids = list(dict.fromkeys(v for d in vm.disks or () for v in d.key_vault_ids))
    if not vault_ids:
        yield unknown(
            CHECK_ID,
            title_unknown,
            vm.why_unavailable(FACT_DISKS),
            codes,
            _msg(
                QT_TRANSLATE_NOOP(
                    "EncryptionChecks",
                    "The VM has the Azure Disk Encryption extension, but no disk's encryption settings name a "
                    "key vault.",
                )
            ),
        )
        return
    if vm.key_vaults is None:
        yield unknown(CHECK_ID, title_unknown, vm.why_unavailable(FACT_KEY_VAULTS), codes)
        return
    service = vm.backup_service_object_id
    vaults: list[dict[str, Any]] = []
    lacking: list[str] = []
    rbac: list[str] = []
    unread: list[str] = []
    undecided: list[str] = []
    for vault_id in vault_ids:
        vault = next((v for v in vm.key_vaults if ids.same(v.id, vault_id)), None)
        if vault is None:
            unread.append(ids.parse_id(vault_id).name)
            vaults.append({"id": vault_id, "read": False})
            continue
        entry, verdict = _assess_vault(vault, service)
        vaults.append(entry)
        if verdict == "lacking":
            lacking.append(vault.name)
        elif verdict == "rbac":
            rbac.append(vault.name)
        elif verdict == "undecided":
            undecided.append(vault.name)
    evidence: dict[str, Any] = {
        "backupManagementService": {"applicationId": BACKUP_MANAGEMENT_SERVICE_APP_ID, "objectId": service},
        "requiredPermissions": {"keys": list(REQUIRED_KEYS), "secrets": list(REQUIRED_SECRETS)},
        "keyVaults": vaults,
    }
    if lacking:
        yield Finding(
            CHECK_ID,
            Status.FAIL,
            _msg(
                QT_TRANSLATE_NOOP("EncryptionChecks", "Azure Backup may not read the keys and secrets in {vaults}"),
                vaults=", ".join(lacking),
            ),
            _msg(
                QT_TRANSLATE_NOOP(
                    "EncryptionChecks",
                    "Give the Backup Management Service an access policy with keys: {keys} and secrets: {secrets}, "
                    "then run the backup again.",
                ),
                keys=", ".join(REQUIRED_KEYS),
                secrets=", ".join(REQUIRED_SECRETS),
            ),
            codes,
            evidence,
            "keyvault-permissions",
        )
        return
    if unread or undecided:
        problem = vm.why_unavailable(FACT_KEY_VAULTS) if unread else None
        detail = (
            None
            if problem is not None
            else _msg(
                QT_TRANSLATE_NOOP(
                    "EncryptionChecks",
                    "The Backup Management Service's object id could not be looked up in Microsoft Entra ID, so its "
                    "access policy in {vaults} cannot be told apart.",
                ),
                vaults=", ".join(undecided or unread),
            )
        )
        yield unknown(CHECK_ID, title_unknown, problem, codes, detail, evidence)
        return
    if rbac:
        evidence[UNCONFIRMED] = True  # role assignments are not read
        yield Finding(
            CHECK_ID,
            Status.WARN,
            _msg(
                QT_TRANSLATE_NOOP(
                    "EncryptionChecks", "Key vault {vaults} uses Azure RBAC: check Azure Backup's role there"
                ),
                vaults=", ".join(rbac),
            ),
            _msg(
                QT_TRANSLATE_NOOP(
                    "EncryptionChecks",
                    "Access policies do not apply to a vault in RBAC mode and Backup Doctor does not read role "
                    "assignments: make sure the Backup Management Service has a role on the vault that can read, list "
                    "and back up keys and secrets (Key Vault Administrator, or a custom role with those data "
                    "actions).",
                )
            ),
            codes,
            evidence,
            "keyvault-permissions",
        )
        return
    yield Finding(
        CHECK_ID,
        Status.PASS,
        _msg(
            QT_TRANSLATE_NOOP("EncryptionChecks", "Azure Backup may read the keys and secrets in {vaults}"),
            vaults=", ".join(ids.parse_id(v).name for v in vault_ids),
        ),
        None,
        (),
        evidence,
    )


def _assess_vault(vault: KeyVaultFacts, service: str | None) -> tuple[dict[str, Any], str]:
    """The vault's evidence and verdict: "ok", "lacking", "rbac" or "undecided"."""
    entry: dict[str, Any] = {"id": vault.id, "name": vault.name, "rbac": vault.enable_rbac_authorization}
    if vault.enable_rbac_authorization:
        return entry, "rbac"
    if service is None:
        # Without the service's object id, only "nobody has the permissions" is a certain answer.
        anyone = any(not any(_policy_missing(p).values()) for p in vault.access_policies)
        entry["policyWithPermissionsExists"] = anyone
        return entry, "undecided" if anyone else "lacking"
    policy = next((p for p in vault.access_policies if p.object_id.lower() == service.lower()), None)
    if policy is None:
        entry["accessPolicy"] = None
        entry["missing"] = {"keys": list(REQUIRED_KEYS), "secrets": list(REQUIRED_SECRETS)}
        return entry, "lacking"
    missing = _policy_missing(policy)
    entry["accessPolicy"] = {"keys": list(policy.keys), "secrets": list(policy.secrets)}
    entry["missing"] = missing
    return entry, "lacking" if any(missing.values()) else "ok"


CHECKS = (Check(CHECK_ID, check_keyvault_permissions),)
