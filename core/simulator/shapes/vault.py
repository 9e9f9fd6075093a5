"""Recovery Services vaults, backup policies and protected items."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import timedelta

from core.simulator.shapes.common import (
    POLICY_TYPE,
    PROTECTED_ITEM_TYPE,
    RS_VAULT_TYPE,
    VM_TYPE,
    JsonDict,
    ago,
    guid,
    tracked_resource,
    when,
)
from core.simulator.shapes.vm_spec import VmSpec

# --------------------------------------------------------------------------------------------------
# Recovery Services vaults, policies, protected items, jobs


def recovery_services_vault(
    subscription_id: str, resource_group_name: str, name: str, location: str, tags: Mapping[str, str] | None = None
) -> JsonDict:
    return tracked_resource(
        subscription_id,
        resource_group_name,
        RS_VAULT_TYPE,
        name,
        location,
        tags,
        sku={"name": "RS0", "tier": "Standard"},
        properties={
            "provisioningState": "Succeeded",
            "privateEndpointStateForBackup": "None",
            "privateEndpointStateForSiteRecovery": "None",
            "publicNetworkAccess": "Enabled",
            "redundancySettings": {
                "standardTierStorageRedundancy": "GeoRedundant",
                "crossRegionRestore": "Disabled",
            },
        },
    )


def backup_policy(
    vault_id: str,
    name: str,
    *,
    protected_items: int,
    run_time: str = "2024-01-15T22:00:00Z",
    daily_retention_days: int = 30,
    instant_rp_days: int = 2,
) -> JsonDict:
    """An AzureIaasVM (standard, V1) policy with a daily schedule."""
    return {
        "id": f"{vault_id}/backupPolicies/{name}",
        "name": name,
        "type": POLICY_TYPE,
        "properties": {
            "backupManagementType": "AzureIaasVM",
            "instantRPDetails": {},
            "schedulePolicy": {
                "schedulePolicyType": "SimpleSchedulePolicy",
                "scheduleRunFrequency": "Daily",
                "scheduleRunTimes": [run_time],
                "scheduleWeeklyFrequency": 0,
            },
            "retentionPolicy": {
                "retentionPolicyType": "LongTermRetentionPolicy",
                "dailySchedule": {
                    "retentionTimes": [run_time],
                    "retentionDuration": {"count": daily_retention_days, "durationType": "Days"},
                },
            },
            "instantRpRetentionRangeInDays": instant_rp_days,
            "timeZone": "GMT Standard Time",
            "protectedItemsCount": protected_items,
            "policyType": "V1",
        },
    }


def protected_item(
    spec: VmSpec,
    vault_id: str,
    policy_id: str,
    *,
    state: str = "Protected",
    last_backup_status: str | None = "Completed",
    last_backup: timedelta | None = None,
    last_recovery_point: timedelta | None = None,
    health_status: str = "Passed",
    protection_status: str = "Healthy",
    recovery_points: int = 9,
    oldest_recovery_point: timedelta | None = None,
) -> JsonDict:
    """The VM's protected item (ProtectedItems_Get, protectedItemType Microsoft.Compute/virtualMachines).

    `last_backup` is the age of the last backup attempt (lastBackupTime, with `last_backup_status`);
    `last_recovery_point` the age of the last successful one (default: `last_backup`).
    """
    container = f"IaasVMContainer;{spec.container_name}"
    properties: JsonDict = {
        "friendlyName": spec.name,
        "virtualMachineId": spec.id,
        "protectionStatus": protection_status,
        "protectionState": state,
        "healthStatus": health_status,
    }
    if last_backup_status is not None:
        properties["lastBackupStatus"] = last_backup_status
    if last_backup is not None:
        properties["lastBackupTime"] = when(last_backup)
    properties["protectedItemDataId"] = str(uuid.UUID(guid("pi-data", spec.id, spec.salt)).int % 10**18)
    properties["protectedItemType"] = VM_TYPE
    properties["backupManagementType"] = "AzureIaasVM"
    properties["workloadType"] = "VM"
    properties["containerName"] = spec.container_name
    properties["sourceResourceId"] = spec.id
    properties["policyId"] = policy_id
    newest = last_recovery_point if last_recovery_point is not None else last_backup
    if newest is not None:
        properties["lastRecoveryPoint"] = when(newest)
        properties["extendedInfo"] = {
            "oldestRecoveryPoint": when(oldest_recovery_point or newest + ago(days=recovery_points - 1)),
            "recoveryPointCount": recovery_points,
            "policyInconsistent": False,
        }
    properties["policyType"] = "V1"
    return {
        "id": f"{vault_id}/backupFabrics/Azure/protectionContainers/{container}/protectedItems/"
        f"{spec.protected_item_name}",
        "name": spec.protected_item_name,
        "type": PROTECTED_ITEM_TYPE,
        "properties": properties,
    }
