"""Builders for the ARM resources of a tenant file (see docs/demo-tenant.md).

Each builder returns one resource exactly as a GET on its id returns it, following the official REST
examples in the Azure REST API specifications (VirtualMachines_Get, VirtualMachines_InstanceView,
VirtualMachineExtensions_Get, Disks_Get, RestorePointCollections_Get with restorePoints,
ProtectedItems_Get, JobDetails_Get, ManagementLocks, Key Vault Vaults_Get), with the expansions embedded
where Azure puts them (`properties.instanceView`, `properties.restorePoints`).

Times that must stay fresh are written as relative placeholders ("@now-PT15M", see
`core.simulator.relative_time`); ids are derived from names with UUID version 5 so that the same input
always gives the same tenant. Used by `core.simulator.generate` (synthetic tenants) and by
`scripts/make_demo_tenant.py` (resources/demo-tenant.json).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from core.simulator.errors_since_seed import errors_since_seed
from core.simulator.relative_time import placeholder

JsonDict = dict[str, Any]

#: Azure's first-party application that backs up VMs; key vaults holding ADE keys need a policy for it.
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


# --------------------------------------------------------------------------------------------------
# Documented error codes (English messages of "Troubleshoot Azure Backup failure: Issues with the agent
# or extension"). The integer codes are FICTIONAL: no public source lists the numbers Azure puts in
# errorDetails[].errorCode, so the product must match by message (or by the code name when a job
# carries it), never by these numbers.


@dataclass(frozen=True)
class DocumentedError:
    code_name: str
    error_code: int
    message: str
    recommendations: tuple[str, ...]


_TROUBLESHOOT = "https://learn.microsoft.com/azure/backup/backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout"

ERRORS: dict[str, DocumentedError] = {
    error.code_name: error
    for error in (
        DocumentedError(
            "UserErrorGuestAgentStatusUnavailable",
            400102,
            "VM Agent unable to communicate with Azure Backup",
            (
                "Ensure that the VM is running and that the VM agent is installed, up to date and Ready.",
                "Ensure that all extensions on the VM are in the 'Provisioning succeeded' state, "
                "then retry the operation.",
                f"For more information, see {_TROUBLESHOOT}",
            ),
        ),
        DocumentedError(
            "GuestAgentSnapshotTaskStatusError",
            500110,
            "Could not communicate with the VM agent for snapshot status",
            (
                "Ensure that the VM agent is running and up to date: on Windows restart or reinstall the "
                "Windows Azure Guest Agent; on Linux update the agent from the distribution repository.",
                "On Linux VMs, ensure that Extensions.Enable=y and Provisioning.Agent=auto are set in "
                "/etc/waagent.conf, then retry the operation.",
            ),
        ),
        DocumentedError(
            "UserErrorVmProvisioningStateFailed",
            400117,
            "The VM is in failed provisioning state",
            (
                "Ensure that all extensions on the VM are in the 'Provisioning succeeded' state. If the "
                "VMSnapshot extension failed, uninstall it and trigger an on-demand backup.",
                "If the VM is in the Updating state, wait until it is healthy and retry the operation.",
            ),
        ),
        DocumentedError(
            "UserErrorRpCollectionLimitReached",
            400133,
            "The Restore Point collection max limit has reached.",
            (
                "Remove the lock from the restore point resource group (AzureBackupRG_<Geo>_<number>) "
                "and retry the operation to trigger the clean-up of old restore points.",
                "At most 18 instant restore points can be associated with a VM; one scheduled backup "
                "per day is recommended.",
            ),
        ),
        DocumentedError(
            "UserErrorKeyvaultPermissionsNotConfigured",
            400141,
            "Backup doesn't have sufficient permissions to the key vault for backup of encrypted VMs.",
            (
                "Give the Backup Management Service access to the key vault (keys: Get, List, Backup; "
                "secrets: Get, List, Backup), then retry the operation.",
            ),
        ),
        DocumentedError(
            "ExtensionSnapshotFailedNoNetwork",
            500152,
            "Snapshot operation failed due to no network connectivity on the virtual machine",
            (
                "Ensure that DHCP is enabled inside the guest operating system so that the VM can get "
                "the host address, then retry the operation.",
            ),
        ),
        DocumentedError(
            "ExtensionOperationFailedForManagedDisks",
            500156,
            "VMSnapshot extension operation failed",
            (
                "Ensure that the VM agent is running and up to date and that nothing blocks the snapshot "
                "extension, then retry the operation.",
            ),
        ),
        DocumentedError(
            "BackUpOperationFailed",
            500001,
            "Backup failed with an internal error - Please retry the operation in a few minutes",
            ("Retry the operation in a few minutes. If the problem persists, contact Microsoft support.",),
        ),
        DocumentedError(
            "BackUpOperationFailedV2",
            500002,
            "Backup failed with an internal error - Please retry the operation in a few minutes",
            (
                "Retry the operation in a few minutes. If the problem persists, check that no lock "
                "prevents the Backup service from deleting old restore points, and that the VM agent "
                "is running and up to date.",
            ),
        ),
        DocumentedError(
            "UserErrorUnsupportedDiskSize",
            400164,
            "The configured disk size(s) is currently not supported by Azure Backup.",
            (
                "Ensure that every disk is at most 32 TB, or 4 TB when encrypted with Azure Disk "
                "Encryption, by splitting the disks; then retry the operation.",
            ),
        ),
        DocumentedError(
            "UserErrorBackupOperationInProgress",
            400171,
            "Unable to initiate backup as another backup operation is currently in progress",
            ("Wait for the running backup job to complete or cancel it, then retry the operation.",),
        ),
        DocumentedError(
            "UserErrorCrpReportedUserError",
            400189,
            "Backup failed due to an error. For details, see Job Error Message Details.",
            ("Review the error reported by the Compute Resource Provider and retry the operation.",),
        ),
        DocumentedError(
            "UserErrorBcmDatasourceNotPresent",
            400195,
            "Backup failed: This virtual machine is not (actively) protected by Azure Backup.",
            (
                "Ensure that the virtual machine is actively protected (not stopped or paused) by Azure "
                "Backup, then retry the operation.",
            ),
        ),
    )
}


ERRORS.update(
    (code, DocumentedError(code, number, message, recommendations))
    for code, number, message, recommendations in errors_since_seed(set(ERRORS))
)


# --------------------------------------------------------------------------------------------------
# Virtual machines


@dataclass(frozen=True)
class Image:
    os_type: str  # "Windows" or "Linux"
    publisher: str
    offer: str
    sku: str
    os_name: str  # as the agent reports it in the instance view
    os_version: str
    hyper_v_generation: str = "V2"


WINDOWS_2022 = Image(
    "Windows",
    "MicrosoftWindowsServer",
    "WindowsServer",
    "2022-datacenter-azure-edition",
    "Windows Server 2022 Datacenter Azure Edition",
    "Microsoft Windows NT 10.0.20348.0",
)
WINDOWS_2019 = Image(
    "Windows",
    "MicrosoftWindowsServer",
    "WindowsServer",
    "2019-datacenter-gensecond",
    "Windows Server 2019 Datacenter",
    "Microsoft Windows NT 10.0.17763.0",
)
WINDOWS_2016 = Image(
    "Windows",
    "MicrosoftWindowsServer",
    "WindowsServer",
    "2016-Datacenter",
    "Windows Server 2016 Datacenter",
    "Microsoft Windows NT 10.0.14393.0",
    "V1",
)
UBUNTU_2204 = Image("Linux", "Canonical", "0001-com-ubuntu-server-jammy", "22_04-lts-gen2", "ubuntu", "22.04")
RHEL_9 = Image("Linux", "RedHat", "RHEL", "9-lvm-gen2", "redhat", "9.4")
DEBIAN_12 = Image("Linux", "Debian", "debian-12", "12-gen2", "debian", "12.7")
SLES_SAP_15 = Image("Linux", "SUSE", "sles-sap-15-sp5", "gen2", "sles", "15.5")
CENTOS_73 = Image("Linux", "OpenLogic", "CentOS", "7.3", "centos", "7.3.1611", "V1")

#: Agent versions used for up-to-date agents.
WINDOWS_AGENT_VERSION = "2.7.41491.1149"
LINUX_AGENT_VERSION = "2.13.1.1"


@dataclass(frozen=True)
class Agent:
    """`instanceView.vmAgent`. `ready=False` gives the "Not Ready" status Azure shows."""

    version: str
    ready: bool = True
    message: str | None = None  # None: the usual message for the state and OS
    reported: timedelta = field(default_factory=lambda: ago(minutes=1))  # age of the status time


@dataclass(frozen=True)
class Extension:
    name: str
    publisher: str
    type: str
    type_handler_version: str  # major.minor on the resource
    handler_version: str  # full version the agent reports in the instance view
    provisioning_state: str = "Succeeded"  # Succeeded, Failed, Creating, Updating
    message: str | None = None
    failure_code: str = "1"  # the part after ProvisioningState/failed/ when Failed
    reported: timedelta = field(default_factory=lambda: ago(hours=20))
    substatuses: tuple[JsonDict, ...] = ()
    settings: Mapping[str, Any] = field(default_factory=dict)

    @property
    def full_type(self) -> str:
        return f"{self.publisher}.{self.type}"


@dataclass(frozen=True)
class DataDisk:
    lun: int
    size_gb: int
    sku: str = "Premium_LRS"
    name: str | None = None  # default: {vm}-data{lun+1:02d}
    caching: str = "ReadOnly"
    write_accelerator: bool = False


@dataclass(frozen=True)
class Ade:
    """Azure Disk Encryption: keys in `key_vault_id`. `dual_pass` (ADE 1.0, with Azure AD) also writes the
    settings to the VM model's osDisk.encryptionSettings; single pass (1.1) only to the disks."""

    key_vault_id: str
    kek_name: str = "kek-ade"
    dual_pass: bool = False

    @property
    def key_vault_name(self) -> str:
        return self.key_vault_id.rsplit("/", 1)[-1]

    @property
    def vault_uri(self) -> str:
        return f"https://{self.key_vault_name}.vault.azure.net/"


@dataclass(frozen=True)
class VmSpec:
    subscription_id: str
    resource_group: str
    name: str
    location: str
    image: Image
    size: str
    scenario: str
    os_disk_gb: int = 128
    os_disk_sku: str = "Premium_LRS"
    data_disks: tuple[DataDisk, ...] = ()
    power_state: str = "running"  # running, stopped, deallocated
    provisioning_state: str = "Succeeded"  # Succeeded, Failed, Updating
    provisioning_message: str | None = None  # message of ProvisioningState/failed/...
    provisioning_age: timedelta = field(default_factory=lambda: ago(days=9, hours=4))
    provision_vm_agent: bool = True
    agent: Agent | None = None
    extensions: tuple[Extension, ...] = ()
    ade: Ade | None = None
    tags: Mapping[str, str] = field(default_factory=dict)
    created: str = "2024-05-14T09:21:37.5540312+00:00"
    admin_username: str = "contosoadmin"
    salt: str = ""  # mixed into derived GUIDs (the generator's seed)
    #: properties.securityProfile.securityType of the VM (None: Standard, the field absent).
    security_type: str | None = None
    #: securityProfile.securityType of the OS disk resource (the type the VM was created with).
    os_disk_security_type: str | None = None
    #: Unmanaged disks: the storage account holding the VHDs (vhd.uri); no managed disk resources then.
    vhd_storage_account: str | None = None

    @property
    def id(self) -> str:
        return resource_id(self.subscription_id, self.resource_group, VM_TYPE, self.name)

    @property
    def rg_id(self) -> str:
        return rg_id(self.subscription_id, self.resource_group)

    @property
    def os_type(self) -> str:
        return self.image.os_type

    @property
    def vm_id(self) -> str:
        return guid("vmId", self.id, self.salt)

    @property
    def container_name(self) -> str:
        return f"iaasvmcontainerv2;{self.resource_group.lower()};{self.name.lower()}"

    @property
    def protected_item_name(self) -> str:
        return f"VM;{self.container_name}"

    @property
    def os_disk_name(self) -> str:
        return f"{self.name}_OsDisk_1_{hex32('osdisk', self.id, self.salt)}"

    def data_disk_name(self, disk: DataDisk) -> str:
        return disk.name or f"{self.name}-data{disk.lun + 1:02d}"

    def disk_id(self, disk_name: str) -> str:
        return resource_id(self.subscription_id, self.resource_group, DISK_TYPE, disk_name)


def vmsnapshot_extension(os_type: str, **changes: Any) -> Extension:
    """Azure Backup's snapshot extension: VMSnapshot on Windows, VMSnapshotLinux on Linux."""
    windows = os_type == "Windows"
    name = "VMSnapshot" if windows else "VMSnapshotLinux"
    values: dict[str, Any] = {
        "name": name,
        "publisher": "Microsoft.Azure.RecoveryServices",
        "type": name,
        "type_handler_version": "1.0",
        "handler_version": "1.0.110.0" if windows else "1.0.9225.0",
        "message": "The snapshot was taken successfully.",
        "settings": {
            "locale": "en-us",
            "commandToExecute": "snapshot",
            "vmType": "microsoft.compute/virtualmachines",
        },
    }
    values.update(changes)
    return Extension(**values)


def monitor_agent_extension(os_type: str, **changes: Any) -> Extension:
    windows = os_type == "Windows"
    name = "AzureMonitorWindowsAgent" if windows else "AzureMonitorLinuxAgent"
    values: dict[str, Any] = {
        "name": name,
        "publisher": "Microsoft.Azure.Monitor",
        "type": name,
        "type_handler_version": "1.22" if windows else "1.29",
        "handler_version": "1.22.0.0" if windows else "1.29.7",
        "message": "ExtensionOperation:enable. Status:Success" if not windows else "Enable succeeded",
        "reported": ago(days=6),
    }
    values.update(changes)
    return Extension(**values)


def custom_script_extension(**changes: Any) -> Extension:
    values: dict[str, Any] = {
        "name": "CustomScriptExtension",
        "publisher": "Microsoft.Compute",
        "type": "CustomScriptExtension",
        "type_handler_version": "1.10",
        "handler_version": "1.10.18",
        "message": "Command execution finished",
        "reported": ago(days=30),
        "settings": {"fileUris": ["https://stcontososcripts.blob.core.windows.net/scripts/configurar.ps1"]},
    }
    values.update(changes)
    return Extension(**values)


def ade_extension(os_type: str, ade: Ade, **changes: Any) -> Extension:
    """The Azure Disk Encryption extension, with the public settings that name the key vault."""
    windows = os_type == "Windows"
    name = "AzureDiskEncryption" if windows else "AzureDiskEncryptionForLinux"
    if ade.dual_pass:
        versions = ("1.1", "1.1.0.47") if windows else ("0.1", "0.1.0.999")
    else:
        versions = ("2.2", "2.2.0.48") if windows else ("1.1", "1.1.0.72")
    settings: dict[str, Any] = {
        "EncryptionOperation": "EnableEncryption",
        "KeyVaultURL": ade.vault_uri,
        "KeyVaultResourceId": ade.key_vault_id,
        "KeyEncryptionKeyURL": f"{ade.vault_uri}keys/{ade.kek_name}/{hex32('kek', ade.key_vault_id)}",
        "KekVaultResourceId": ade.key_vault_id,
        "KeyEncryptionAlgorithm": "RSA-OAEP",
        "VolumeType": "All",
    }
    if ade.dual_pass:
        settings["AADClientID"] = guid("ade-aad-app", ade.key_vault_id)
    substatuses: tuple[JsonDict, ...] = ()
    if not windows:
        substatuses = (
            status(
                "ComponentStatus/EncryptionStatus/succeeded",
                "Info",
                "Provisioning succeeded",
                '{"os": "Encrypted", "data": "Encrypted"}',
            ),
        )
    values: dict[str, Any] = {
        "name": name,
        "publisher": "Microsoft.Azure.Security",
        "type": name,
        "type_handler_version": versions[0],
        "handler_version": versions[1],
        "message": "Encryption succeeded for all volumes" if windows else "Encryption succeeded",
        "reported": ago(days=40),
        "substatuses": substatuses,
        "settings": settings,
    }
    values.update(changes)
    return Extension(**values)


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


def _os_profile(spec: VmSpec) -> JsonDict:
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
            "osProfile": _os_profile(spec),
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
    os_profile = _os_profile(spec)
    return {
        "name": name,
        "id": point_id,
        "properties": {
            "excludeDisks": [],
            "sourceMetadata": {
                "vmId": spec.vm_id,
                "hardwareProfile": {"vmSize": spec.size},
                "storageProfile": {"osDisk": os_disk, "dataDisks": data_disks, "diskControllerType": "SCSI"},
                "osProfile": os_profile,
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


# --------------------------------------------------------------------------------------------------
# Recovery Services vaults, policies, protected items, jobs


def recovery_services_vault(
    subscription_id: str, resource_group_name: str, name: str, location: str, tags: Mapping[str, str] | None = None
) -> JsonDict:
    return {
        "id": resource_id(subscription_id, resource_group_name, RS_VAULT_TYPE, name),
        "name": name,
        "type": RS_VAULT_TYPE,
        "location": location,
        "tags": dict(tags or {}),
        "sku": {"name": "RS0", "tier": "Standard"},
        "properties": {
            "provisioningState": "Succeeded",
            "privateEndpointStateForBackup": "None",
            "privateEndpointStateForSiteRecovery": "None",
            "publicNetworkAccess": "Enabled",
            "redundancySettings": {
                "standardTierStorageRedundancy": "GeoRedundant",
                "crossRegionRestore": "Disabled",
            },
        },
    }


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


def _tasks(status_: str, duration: timedelta, operation: str) -> list[JsonDict]:
    if operation != "Backup":
        return []
    if status_ == "Completed":
        snapshot = duration / 5
        return [
            {"taskId": "Take Snapshot", "duration": iso_duration(snapshot), "status": "Completed"},
            {"taskId": "Transfer data to vault", "duration": iso_duration(duration - snapshot), "status": "Completed"},
        ]
    if status_ == "InProgress":
        snapshot = min(duration, ago(minutes=9))
        return [
            {"taskId": "Take Snapshot", "duration": iso_duration(snapshot), "status": "Completed"},
            {
                "taskId": "Transfer data to vault",
                "duration": iso_duration(duration - snapshot),
                "status": "InProgress",
            },
        ]
    return [
        {"taskId": "Take Snapshot", "duration": iso_duration(duration), "status": "Failed"},
        {"taskId": "Transfer data to vault", "duration": "PT0S", "status": "Cancelled"},
    ]


def backup_job(
    spec: VmSpec,
    vault_id: str,
    *,
    status: str,
    started: timedelta,
    duration: timedelta,
    error: DocumentedError | None = None,
    recommendations: Sequence[str] | None = None,
    code_hint: str | None = None,
    operation: str = "Backup",
    user_triggered: bool = False,
    backup_size_mb: int | None = None,
    progress: float | None = None,
) -> JsonDict:
    """A job-details body (JobDetails_Get) of an AzureIaaSVMJob on `spec`.

    `started` is the job's age; an InProgress job has no end time and `duration` is the time elapsed
    so far. `code_hint` puts the portal's code name of `error` in the payload: "propertyBag" (key
    "Error Code") or "dynamicErrorMessage" ("<CodeName>: <message>"); None leaves only the integer.
    """
    name = guid("job", vault_id, spec.id, operation, started.total_seconds(), spec.salt)
    property_bag: dict[str, str] = {"VM Name": spec.name}
    if operation == "ConfigureBackup":
        property_bag = {"VM Name": spec.name, "Policy Name": "DefaultPolicy"}
    if backup_size_mb is not None:
        property_bag["Backup Size"] = f"{backup_size_mb} MB"
    extended: JsonDict = {"tasksList": _tasks(status, duration, operation), "propertyBag": property_bag}
    if progress is not None:
        extended["progressPercentage"] = progress
    if error is not None:
        if code_hint == "propertyBag":
            property_bag["Error Code"] = error.code_name
        elif code_hint == "dynamicErrorMessage":
            extended["dynamicErrorMessage"] = f"{error.code_name}: {error.message}"
        elif code_hint is not None:
            raise ValueError(f"unknown code_hint {code_hint!r}")
    properties: JsonDict = {
        "jobType": "AzureIaaSVMJob",
        "duration": iso_duration(duration),
    }
    if status == "InProgress":
        properties["actionsInfo"] = ["Cancellable"]
    elif status == "Failed":
        properties["actionsInfo"] = ["Retriable"]
    properties["virtualMachineVersion"] = "Compute"
    properties["extendedInfo"] = extended
    properties["entityFriendlyName"] = spec.name
    properties["backupManagementType"] = "AzureIaasVM"
    properties["operation"] = operation
    properties["status"] = status
    properties["startTime"] = when(started)
    if status != "InProgress":
        properties["endTime"] = when(started - duration)
    properties["activityId"] = guid("activity", name)
    properties["containerName"] = spec.container_name
    properties["isUserTriggered"] = user_triggered
    if error is not None:
        properties["errorDetails"] = [
            {
                "errorCode": error.error_code,
                "errorString": error.message,
                "errorTitle": "",
                "recommendations": list(recommendations if recommendations is not None else error.recommendations),
            }
        ]
    return {"id": f"{vault_id}/backupJobs/{name}", "name": name, "type": JOB_TYPE, "properties": properties}


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


#: What Azure Backup needs on a key vault in access-policy mode to back up ADE VMs.
BACKUP_KEY_PERMISSIONS = ("get", "list", "backup")
BACKUP_SECRET_PERMISSIONS = ("get", "list", "backup")


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
    return {
        "id": resource_id(subscription_id, resource_group_name, KEY_VAULT_TYPE, name),
        "name": name,
        "type": KEY_VAULT_TYPE,
        "location": location,
        "tags": dict(tags or {}),
        "properties": {
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


# --------------------------------------------------------------------------------------------------
# A VM with its backup story


@dataclass(frozen=True)
class JobPlan:
    """A backup job to write: `started` is its age, `error` a code name of ERRORS."""

    status: str  # Completed, Failed, InProgress
    started: timedelta
    duration: timedelta
    error: str | None = None
    code_hint: str | None = None  # "propertyBag" or "dynamicErrorMessage", see backup_job
    recommendations: tuple[str, ...] | None = None
    operation: str = "Backup"
    user_triggered: bool = False
    progress: float | None = None


@dataclass(frozen=True)
class CollectionPlan:
    """A restore point collection AzureBackup_<vm>_<number> with one restore point per age, in
    `resource_group` (default: AzureBackupRG_<region>_1 of the VM's subscription)."""

    ages: tuple[timedelta, ...]
    number: int = 1
    resource_group: str | None = None


@dataclass(frozen=True)
class ProtectionPlan:
    vault_id: str
    policy_id: str
    state: str = "Protected"  # Protected, IRPending, ProtectionStopped, ProtectionPaused
    jobs: tuple[JobPlan, ...] = ()
    collections: tuple[CollectionPlan, ...] = ()
    recovery_points: int = 9  # recovery points in the vault (extendedInfo.recoveryPointCount)


def _last_snapshot_age(spec: VmSpec) -> timedelta:
    for extension in spec.extensions:
        if extension.type.startswith("VMSnapshot"):
            return extension.reported
    return ago(days=14)


def _backup_size_mb(spec: VmSpec) -> int:
    total_gb = spec.os_disk_gb + sum(min(disk.size_gb, 4096) for disk in spec.data_disks)
    return 900 + (total_gb * 37) % 9000


def _protected_item_for(spec: VmSpec, plan: ProtectionPlan) -> JsonDict:
    if plan.state == "IRPending":
        return protected_item(
            spec, plan.vault_id, plan.policy_id, state="IRPending", last_backup_status=None, recovery_points=0
        )
    if plan.state in ("ProtectionStopped", "ProtectionPaused"):
        # The last backup before protection was stopped succeeded; later (user-triggered) jobs fail.
        return protected_item(
            spec,
            plan.vault_id,
            plan.policy_id,
            state=plan.state,
            last_backup_status="Completed",
            last_backup=_last_snapshot_age(spec),
            recovery_points=plan.recovery_points,
        )
    finished = [job for job in plan.jobs if job.operation == "Backup" and job.status != "InProgress"]
    last = min(finished, key=lambda job: job.started, default=None)
    last_ok = min((job for job in finished if job.status == "Completed"), key=lambda job: job.started, default=None)
    failing = last is not None and last.status == "Failed"
    item = protected_item(
        spec,
        plan.vault_id,
        plan.policy_id,
        state=plan.state,
        last_backup_status=last.status if last is not None else None,
        last_backup=last.started if last is not None else None,
        last_recovery_point=last_ok.started if last_ok is not None else None,
        health_status="ActionRequired" if failing else "Passed",
        protection_status="Unhealthy" if failing else "Healthy",
        recovery_points=plan.recovery_points if last_ok is not None else 0,
    )
    if last_ok is None:  # never backed up: no recovery point at all
        item["properties"].pop("lastRecoveryPoint", None)
        item["properties"].pop("extendedInfo", None)
    return item


def vm_bundle(spec: VmSpec, protection: ProtectionPlan | None) -> list[JsonDict]:
    """Everything about one VM: the VM, its extensions and disks, and when protected its restore point
    collections, its protected item and its jobs (oldest last, as the jobs list returns them)."""
    bundle = vm_resources(spec)
    if protection is None:
        return bundle
    for collection in protection.collections:
        bundle.append(
            restore_point_collection(
                spec, collection.ages, number=collection.number, resource_group_name=collection.resource_group
            )
        )
    bundle.append(_protected_item_for(spec, protection))
    for job in sorted(protection.jobs, key=lambda job: job.started):
        bundle.append(
            backup_job(
                spec,
                protection.vault_id,
                status=job.status,
                started=job.started,
                duration=job.duration,
                error=ERRORS[job.error] if job.error else None,
                recommendations=job.recommendations,
                code_hint=job.code_hint,
                operation=job.operation,
                user_triggered=job.user_triggered,
                backup_size_mb=_backup_size_mb(spec)
                if job.status == "Completed" and job.operation == "Backup"
                else None,
                progress=job.progress,
            )
        )
    return bundle
