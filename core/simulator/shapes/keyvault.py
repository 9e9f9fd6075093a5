"""Key vaults and their access policies."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from core.simulator.shapes.common import KEY_VAULT_TYPE, JsonDict, tracked_resource

# --------------------------------------------------------------------------------------------------
# Key vaults


def access_policy(
    tenant_id: str,
    object_id: str,
    *,
    keys: Iterable[str] = (),
    secrets: Iterable[str] = (),
    certificates: Iterable[str] = (),
) -> JsonDict:
    return {
        "tenantId": tenant_id,
        "objectId": object_id,
        "permissions": {"keys": list(keys), "secrets": list(secrets), "certificates": list(certificates)},
    }


# What Azure Backup needs on a key vault in access-policy mode to back up ADE VMs.
BACKUP_KEY_PERMISSIONS = ("get", "list", "backup")
BACKUP_SECRET_PERMISSIONS = ("get", "list", "backup")


def backup_access_policy(tenant_id: str, backup_management_service_id: str) -> JsonDict:
    """The access policy Azure Backup needs for ADE VMs: the Backup Management Service's object id in the
    tenant with BACKUP_KEY_PERMISSIONS and BACKUP_SECRET_PERMISSIONS."""
    return access_policy(
        tenant_id, backup_management_service_id, keys=BACKUP_KEY_PERMISSIONS, secrets=BACKUP_SECRET_PERMISSIONS
    )


def key_vault(
    subscription_id: str,
    resource_group_name: str,
    name: str,
    location: str,
    tenant_id: str,
    *,
    policies: Sequence[JsonDict] = (),
    rbac: bool = False,
    tags: Mapping[str, str] | None = None,
) -> JsonDict:
    """A key vault (Vaults_Get) enabled for disk encryption; `rbac` switches to Azure RBAC authorization,
    where access policies are ignored."""
    return tracked_resource(
        subscription_id,
        resource_group_name,
        KEY_VAULT_TYPE,
        name,
        location,
        tags,
        properties={
            "sku": {"family": "A", "name": "standard"},
            "tenantId": tenant_id,
            "accessPolicies": list(policies),
            "enabledForDeployment": False,
            "enabledForDiskEncryption": True,
            "enabledForTemplateDeployment": False,
            "enableSoftDelete": True,
            "softDeleteRetentionInDays": 90,
            "enableRbacAuthorization": rbac,
            "enablePurgeProtection": True,
            "vaultUri": f"https://{name}.vault.azure.net/",
            "provisioningState": "Succeeded",
            "publicNetworkAccess": "Enabled",
        },
    )
