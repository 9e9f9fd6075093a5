"""Ids, times and statuses every ARM resource builder uses (see core/simulator/shapes/__init__.py)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from core.simulator.relative_time import placeholder

JsonDict = dict[str, Any]

# Azure's first-party application that backs up VMs; key vaults holding ADE keys need a policy for it.
BACKUP_MANAGEMENT_SERVICE_APP_ID = "262044b1-e2ce-469f-a196-69ab7ada62d3"
BACKUP_MANAGEMENT_SERVICE_NAME = "Backup Management Service"

VM_TYPE = "Microsoft.Compute/virtualMachines"
EXTENSION_TYPE = "Microsoft.Compute/virtualMachines/extensions"
DISK_TYPE = "Microsoft.Compute/disks"
RPC_TYPE = "Microsoft.Compute/restorePointCollections"
RG_TYPE = "Microsoft.Resources/resourceGroups"
LOCK_TYPE = "Microsoft.Authorization/locks"
RS_VAULT_TYPE = "Microsoft.RecoveryServices/vaults"
POLICY_TYPE = "Microsoft.RecoveryServices/vaults/backupPolicies"
PROTECTED_ITEM_TYPE = "Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems"
JOB_TYPE = "Microsoft.RecoveryServices/vaults/backupJobs"
KEY_VAULT_TYPE = "Microsoft.KeyVault/vaults"
STORAGE_ACCOUNT_TYPE = "Microsoft.Storage/storageAccounts"

_NAMESPACE = uuid.UUID("5b0f3c1e-8d2a-4c7b-9e61-0a4d2f8b7c35")


def guid(*parts: object) -> str:
    """A GUID derived from `parts` (same parts, same GUID), shaped like the random version-4 GUIDs Azure
    hands out: the name-based UUID's bits with the version and variant of a version-4 UUID."""
    digest = uuid.uuid5(_NAMESPACE, "|".join(str(part) for part in parts))
    return str(uuid.UUID(bytes=digest.bytes, version=4))


def hex32(*parts: object) -> str:
    return uuid.uuid5(_NAMESPACE, "|".join(str(part) for part in parts)).hex


def ago(*, days: float = 0, hours: float = 0, minutes: float = 0, seconds: float = 0) -> timedelta:
    """A positive age: `ago(hours=3)` is three hours before now."""
    return timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)


def when(age: timedelta) -> str:
    """The placeholder for the moment `age` before load time: when(ago(hours=3)) -> "@now-PT3H"."""
    return placeholder(-age)


def iso_duration(span: timedelta) -> str:
    """An ISO-8601 duration in hours, minutes and seconds, as job durations are written: "PT7H12M5S"."""
    total = round(span.total_seconds())
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    text = "PT"
    if hours:
        text += f"{hours}H"
    if minutes:
        text += f"{minutes}M"
    if seconds or text == "PT":
        text += f"{seconds}S"
    return text


def subscription_id_of(resource_id: str) -> str:
    return resource_id.split("/")[2]


def rg_id(subscription_id: str, resource_group: str) -> str:
    return f"/subscriptions/{subscription_id}/resourceGroups/{resource_group}"


def resource_id(subscription_id: str, resource_group: str, provider_type: str, name: str) -> str:
    return f"{rg_id(subscription_id, resource_group)}/providers/{provider_type}/{name}"


def tracked_resource(
    subscription_id: str,
    resource_group: str,
    provider_type: str,
    name: str,
    location: str,
    tags: Mapping[str, str] | None,
    **body: Any,
) -> JsonDict:
    """An ARM tracked resource: id, name, type, location and tags, then `body` (sku, properties…)."""
    return {
        "id": resource_id(subscription_id, resource_group, provider_type, name),
        "name": name,
        "type": provider_type,
        "location": location,
        "tags": dict(tags or {}),
        **body,
    }


def status(
    code: str,
    level: str,
    display_status: str,
    message: str | None = None,
    time: str | None = None,
) -> JsonDict:
    """An `InstanceViewStatus`."""
    entry: JsonDict = {"code": code, "level": level, "displayStatus": display_status}
    if message is not None:
        entry["message"] = message
    if time is not None:
        entry["time"] = time
    return entry
