"""Resource groups, management locks, service principals and the tenant document itself."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from core.simulator.shapes.common import LOCK_TYPE, RG_TYPE, STORAGE_ACCOUNT_TYPE, JsonDict, resource_id, rg_id

# --------------------------------------------------------------------------------------------------
# Resource groups, locks, restore points


def resource_group(subscription_id: str, name: str, location: str, tags: Mapping[str, str] | None = None) -> JsonDict:
    return {
        "id": rg_id(subscription_id, name),
        "name": name,
        "type": RG_TYPE,
        "location": location,
        "tags": dict(tags or {}),
        "properties": {"provisioningState": "Succeeded"},
    }


def management_lock(scope_id: str, name: str, level: str, notes: str | None = None) -> JsonDict:
    """A lock at `scope_id` (a resource group id)."""
    properties: JsonDict = {"level": level}
    if notes is not None:
        properties["notes"] = notes
    return {
        "id": f"{scope_id}/providers/{LOCK_TYPE}/{name}",
        "type": LOCK_TYPE,
        "name": name,
        "properties": properties,
    }


# --------------------------------------------------------------------------------------------------
# The document


def tenant_document(
    tenant_id: str,
    subscriptions: Sequence[tuple[str, str]],
    service_principals: Sequence[JsonDict],
    resources: Sequence[JsonDict],
) -> JsonDict:
    """The tenant file: `subscriptions` as (subscriptionId, displayName)."""
    return {
        "tenantId": tenant_id,
        "subscriptions": [
            {"subscriptionId": subscription_id, "displayName": name, "state": "Enabled"}
            for subscription_id, name in subscriptions
        ],
        "servicePrincipals": list(service_principals),
        "resources": list(resources),
    }


def service_principal(object_id: str, app_id: str, display_name: str) -> JsonDict:
    return {"id": object_id, "appId": app_id, "displayName": display_name}


def storage_account(
    subscription_id: str, resource_group_name: str, name: str, location: str, tags: Mapping[str, str] | None = None
) -> JsonDict:
    """A general-purpose v1 storage account (StorageAccounts_GetProperties), as unmanaged disks' VHDs use."""
    return {
        "id": resource_id(subscription_id, resource_group_name, STORAGE_ACCOUNT_TYPE, name),
        "name": name,
        "type": STORAGE_ACCOUNT_TYPE,
        "location": location,
        "kind": "Storage",
        "sku": {"name": "Standard_LRS", "tier": "Standard"},
        "tags": dict(tags or {}),
        "properties": {"provisioningState": "Succeeded", "primaryLocation": location, "statusOfPrimary": "available"},
    }
