"""Compute resources of a `VmSpec`: the VM with its instance view, its extensions and its managed disks."""

from __future__ import annotations

from core.simulator.shapes.common import (
    DISK_TYPE,
    EXTENSION_TYPE,
    VM_TYPE,
    JsonDict,
    guid,
    hex32,
    resource_id,
    status,
    when,
)
from core.simulator.shapes.vm_spec import Agent, Extension, Image, VmSpec


def _image_reference(image: Image) -> JsonDict:
    return {"publisher": image.publisher, "offer": image.offer, "sku": image.sku, "version": "latest"}


def _disk_tier(sku: str) -> str | None:
    return {
        "Premium_LRS": "Premium",
        "Premium_ZRS": "Premium",
        "StandardSSD_LRS": "Standard",
        "Standard_LRS": "Standard",
    }.get(sku)


def _ade_settings(spec: VmSpec, disk_name: str) -> JsonDict:
    """One element of encryptionSettingsCollection.encryptionSettings (and of the VM model's form)."""
    assert spec.ade is not None
    ade = spec.ade
    return {
        "diskEncryptionKey": {
            "sourceVault": {"id": ade.key_vault_id},
            "secretUrl": f"{ade.vault_uri}secrets/{guid('ade-secret', spec.id, disk_name)}/"
            f"{hex32('ade-secret-version', spec.id, disk_name)}",
        },
        "keyEncryptionKey": {
            "sourceVault": {"id": ade.key_vault_id},
            "keyUrl": f"{ade.vault_uri}keys/{ade.kek_name}/{hex32('kek', ade.key_vault_id)}",
        },
    }


def os_profile_of(spec: VmSpec) -> JsonDict:
    profile: JsonDict = {"computerName": spec.name, "adminUsername": spec.admin_username}
    if spec.os_type == "Windows":
        profile["windowsConfiguration"] = {
            "provisionVMAgent": spec.provision_vm_agent,
            "enableAutomaticUpdates": True,
            "patchSettings": {"patchMode": "AutomaticByOS", "assessmentMode": "ImageDefault"},
        }
    else:
        profile["linuxConfiguration"] = {
            "disablePasswordAuthentication": True,
            "provisionVMAgent": spec.provision_vm_agent,
            "patchSettings": {"patchMode": "ImageDefault", "assessmentMode": "ImageDefault"},
        }
    profile["secrets"] = []
    profile["allowExtensionOperations"] = True
    profile["requireGuestProvisionSignal"] = True
    return profile


def _vm_agent(spec: VmSpec, agent: Agent) -> JsonDict:
    windows = spec.os_type == "Windows"
    if agent.ready:
        message = agent.message or (
            "GuestAgent is running and processing the extensions." if windows else "Guest Agent is running"
        )
        agent_status = status("ProvisioningState/succeeded", "Info", "Ready", message, when(agent.reported))
        handlers = [
            {
                "type": extension.full_type,
                "typeHandlerVersion": extension.handler_version,
                "status": status("ProvisioningState/succeeded", "Info", "Ready"),
            }
            for extension in spec.extensions
        ]
    else:
        message = agent.message or "VM status blob is found but not yet populated."
        agent_status = status("ProvisioningState/Unavailable", "Warning", "Not Ready", message, when(agent.reported))
        handlers = []
    return {"vmAgentVersion": agent.version, "statuses": [agent_status], "extensionHandlers": handlers}


def _extension_status(extension: Extension) -> JsonDict:
    time = when(extension.reported)
    state = extension.provisioning_state
    if state == "Succeeded":
        return status("ProvisioningState/succeeded", "Info", "Provisioning succeeded", extension.message, time)
    if state == "Failed":
        return status(
            f"ProvisioningState/failed/{extension.failure_code}",
            "Error",
            "Provisioning failed",
            extension.message,
            time,
        )
    return status("ProvisioningState/transitioning", "Info", "Transitioning", extension.message, time)


def _extension_instance_view(extension: Extension) -> JsonDict:
    view: JsonDict = {
        "name": extension.name,
        "type": extension.full_type,
        "typeHandlerVersion": extension.handler_version,
        "statuses": [_extension_status(extension)],
    }
    if extension.substatuses:
        view["substatuses"] = list(extension.substatuses)
    return view


def _reports_extensions(spec: VmSpec) -> bool:
    """Extension statuses reach the instance view only through an agent on a VM that is not deallocated."""
    return spec.agent is not None and spec.power_state != "deallocated"


def _vm_instance_view(spec: VmSpec) -> JsonDict:
    view: JsonDict = {}
    reporting = _reports_extensions(spec)
    if reporting:
        assert spec.agent is not None
        view["computerName"] = spec.name
        view["osName"] = spec.image.os_name
        view["osVersion"] = spec.image.os_version
        view["vmAgent"] = _vm_agent(spec, spec.agent)
    disks = []
    for name in [spec.os_disk_name, *(spec.data_disk_name(disk) for disk in spec.data_disks)]:
        disk_view: JsonDict = {"name": name}
        if spec.ade is not None:
            disk_view["encryptionSettings"] = [{**_ade_settings(spec, name), "enabled": True}]
        disk_view["statuses"] = [
            status("ProvisioningState/succeeded", "Info", "Provisioning succeeded", time=spec.created)
        ]
        disks.append(disk_view)
    view["disks"] = disks
    if reporting and spec.extensions:
        view["extensions"] = [_extension_instance_view(extension) for extension in spec.extensions]
    view["hyperVGeneration"] = spec.image.hyper_v_generation
    provisioning_time = when(spec.provisioning_age)
    if spec.provisioning_state == "Failed":
        provisioning = status(
            "ProvisioningState/failed/VMExtensionProvisioningError",
            "Error",
            "Provisioning failed",
            spec.provisioning_message,
            provisioning_time,
        )
    elif spec.provisioning_state == "Succeeded":
        provisioning = status("ProvisioningState/succeeded", "Info", "Provisioning succeeded", time=provisioning_time)
    else:
        state = spec.provisioning_state
        provisioning = status(f"ProvisioningState/{state.lower()}", "Info", state, time=provisioning_time)
    power = status(f"PowerState/{spec.power_state}", "Info", f"VM {spec.power_state}")
    view["statuses"] = [provisioning, power]
    return view


def _storage_profile(spec: VmSpec) -> JsonDict:
    os_disk: JsonDict = {
        "osType": spec.os_type,
        "name": spec.os_disk_name,
        "createOption": "FromImage",
        "caching": "ReadWrite",
        "writeAcceleratorEnabled": False,
        "managedDisk": {"storageAccountType": spec.os_disk_sku, "id": spec.disk_id(spec.os_disk_name)},
        "deleteOption": "Detach",
        "diskSizeGB": spec.os_disk_gb,
    }
    if spec.vhd_storage_account is not None:
        del os_disk["managedDisk"]
        os_disk["vhd"] = {
            "uri": f"https://{spec.vhd_storage_account}.blob.core.windows.net/vhds/{spec.os_disk_name}.vhd"
        }
    if spec.ade is not None and spec.ade.dual_pass:
        os_disk["encryptionSettings"] = {**_ade_settings(spec, spec.os_disk_name), "enabled": True}
    data_disks = []
    for disk in spec.data_disks:
        name = spec.data_disk_name(disk)
        data_disks.append(
            {
                "lun": disk.lun,
                "name": name,
                "createOption": "Empty",
                "caching": disk.caching,
                "writeAcceleratorEnabled": disk.write_accelerator,
                "managedDisk": {"storageAccountType": disk.sku, "id": spec.disk_id(name)},
                "deleteOption": "Detach",
                "diskSizeGB": disk.size_gb,
                "toBeDetached": False,
            }
        )
        if spec.vhd_storage_account is not None:
            del data_disks[-1]["managedDisk"]
            data_disks[-1]["vhd"] = {"uri": f"https://{spec.vhd_storage_account}.blob.core.windows.net/vhds/{name}.vhd"}
    return {
        "imageReference": _image_reference(spec.image),
        "osDisk": os_disk,
        "dataDisks": data_disks,
        "diskControllerType": "SCSI",
    }


def virtual_machine(spec: VmSpec) -> JsonDict:
    """The VM as GET ...?$expand=instanceView returns it (the simulator strips the instance view)."""
    tags = {**spec.tags, "demo-scenario": spec.scenario}
    return {
        "name": spec.name,
        "id": spec.id,
        "type": VM_TYPE,
        "location": spec.location,
        "tags": tags,
        "properties": {
            "vmId": spec.vm_id,
            "hardwareProfile": {"vmSize": spec.size},
            "storageProfile": _storage_profile(spec),
            "osProfile": os_profile_of(spec),
            "networkProfile": {
                "networkInterfaces": [
                    {
                        "id": resource_id(
                            spec.subscription_id,
                            spec.resource_group,
                            "Microsoft.Network/networkInterfaces",
                            f"{spec.name}-nic01",
                        )
                    }
                ]
            },
            **(
                {"securityProfile": {"securityType": spec.security_type, "uefiSettings": {"secureBootEnabled": True}}}
                if spec.security_type is not None
                else {}
            ),
            "diagnosticsProfile": {"bootDiagnostics": {"enabled": True}},
            "provisioningState": spec.provisioning_state,
            "timeCreated": spec.created,
            "instanceView": _vm_instance_view(spec),
        },
    }


def extension_resource(spec: VmSpec, extension: Extension) -> JsonDict:
    properties: JsonDict = {
        "autoUpgradeMinorVersion": True,
        "provisioningState": extension.provisioning_state,
        "publisher": extension.publisher,
        "type": extension.type,
        "typeHandlerVersion": extension.type_handler_version,
        "settings": dict(extension.settings),
    }
    if _reports_extensions(spec):
        properties["instanceView"] = _extension_instance_view(extension)
    return {
        "name": extension.name,
        "id": f"{spec.id}/extensions/{extension.name}",
        "type": EXTENSION_TYPE,
        "location": spec.location,
        "properties": properties,
    }


def _disk_resource(spec: VmSpec, name: str, size_gb: int, sku: str, *, os_disk: bool) -> JsonDict:
    properties: JsonDict = {}
    if os_disk:
        properties["osType"] = spec.os_type
        properties["hyperVGeneration"] = spec.image.hyper_v_generation
        properties["creationData"] = {"createOption": "FromImage"}
        if spec.os_disk_security_type is not None:
            properties["securityProfile"] = {"securityType": spec.os_disk_security_type}
    else:
        properties["creationData"] = {"createOption": "Empty"}
    properties["diskSizeGB"] = size_gb
    if spec.ade is not None:
        properties["encryptionSettingsCollection"] = {
            "enabled": True,
            "encryptionSettings": [_ade_settings(spec, name)],
            "encryptionSettingsVersion": "1.0" if spec.ade.dual_pass else "1.1",
        }
    properties["encryption"] = {"type": "EncryptionAtRestWithPlatformKey"}
    properties["networkAccessPolicy"] = "AllowAll"
    properties["publicNetworkAccess"] = "Enabled"
    properties["timeCreated"] = spec.created
    properties["provisioningState"] = "Succeeded"
    properties["diskState"] = "Reserved" if spec.power_state == "deallocated" else "Attached"
    properties["diskSizeBytes"] = size_gb * 1024**3
    properties["uniqueId"] = guid("disk-unique", spec.id, name, spec.salt)
    sku_json: JsonDict = {"name": sku}
    tier = _disk_tier(sku)
    if tier is not None:
        sku_json["tier"] = tier
    return {
        "name": name,
        "id": spec.disk_id(name),
        "type": DISK_TYPE,
        "location": spec.location,
        "tags": {},
        "managedBy": spec.id,
        "sku": sku_json,
        "properties": properties,
    }


def disk_resources(spec: VmSpec) -> list[JsonDict]:
    if spec.vhd_storage_account is not None:
        return []  # unmanaged disks are page blobs in the storage account, not disk resources
    disks = [_disk_resource(spec, spec.os_disk_name, spec.os_disk_gb, spec.os_disk_sku, os_disk=True)]
    for disk in spec.data_disks:
        disks.append(_disk_resource(spec, spec.data_disk_name(disk), disk.size_gb, disk.sku, os_disk=False))
    return disks


def vm_resources(spec: VmSpec) -> list[JsonDict]:
    """The VM, its extension resources and its managed disks."""
    return [
        virtual_machine(spec),
        *(extension_resource(spec, extension) for extension in spec.extensions),
        *disk_resources(spec),
    ]
