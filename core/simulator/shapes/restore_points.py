"""Restore point collections and the restore points Azure Backup keeps in them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from core.simulator.shapes.common import RPC_TYPE, JsonDict, guid, resource_id, when
from core.simulator.shapes.compute import os_profile_of
from core.simulator.shapes.vm_spec import VmSpec


def restore_point_rg_name(location: str, number: int = 1) -> str:
    """The resource group Azure Backup creates for restore point collections: AzureBackupRG_<Geo>_<n>."""
    return f"AzureBackupRG_{location}_{number}"


def _restore_point(spec: VmSpec, collection_id: str, age: timedelta, consistency: str) -> JsonDict:
    name = guid("restore-point", collection_id, age.total_seconds(), spec.salt)
    point_id = f"{collection_id}/restorePoints/{name}"

    def disk_entry(disk_name: str, storage_type: str) -> JsonDict:
        return {
            "managedDisk": {"storageAccountType": storage_type, "id": spec.disk_id(disk_name)},
            "diskRestorePoint": {
                "id": f"{point_id}/diskRestorePoints/{disk_name}_{guid('disk-rp', point_id, disk_name)}"
            },
        }

    os_disk: JsonDict = {"osType": spec.os_type, "name": spec.os_disk_name, "caching": "ReadWrite"}
    os_disk.update(disk_entry(spec.os_disk_name, spec.os_disk_sku))
    data_disks = []
    for disk in spec.data_disks:
        name_ = spec.data_disk_name(disk)
        data_disks.append({"lun": disk.lun, "name": name_, "caching": disk.caching, **disk_entry(name_, disk.sku)})
    profile = os_profile_of(spec)
    return {
        "name": name,
        "id": point_id,
        "properties": {
            "excludeDisks": [],
            "sourceMetadata": {
                "vmId": spec.vm_id,
                "hardwareProfile": {"vmSize": spec.size},
                "storageProfile": {"osDisk": os_disk, "dataDisks": data_disks, "diskControllerType": "SCSI"},
                "osProfile": profile,
                "diagnosticsProfile": {"bootDiagnostics": {"enabled": True}},
                "location": spec.location,
            },
            "provisioningState": "Succeeded",
            "consistencyMode": consistency,
            "timeCreated": when(age),
        },
    }


def restore_point_collection(
    spec: VmSpec,
    ages: Sequence[timedelta],
    *,
    number: int = 1,
    resource_group_name: str | None = None,
) -> JsonDict:
    """Collection `AzureBackup_<vm>_<number>` with one restore point per age, in the restore point
    resource group of the VM's region (or `resource_group_name`)."""
    group = resource_group_name or restore_point_rg_name(spec.location)
    name = f"AzureBackup_{spec.name}_{number}"
    collection_id = resource_id(spec.subscription_id, group, RPC_TYPE, name)
    consistency = "ApplicationConsistent" if spec.os_type == "Windows" else "FileSystemConsistent"
    return {
        "name": name,
        "id": collection_id,
        "type": RPC_TYPE,
        "location": spec.location,
        "tags": {},
        "properties": {
            "source": {"id": spec.id, "location": spec.location},
            "restorePointCollectionId": guid("rpc", collection_id, spec.salt),
            "provisioningState": "Succeeded",
            "restorePoints": [
                _restore_point(spec, collection_id, age, consistency) for age in sorted(ages, reverse=True)
            ],
        },
    }
