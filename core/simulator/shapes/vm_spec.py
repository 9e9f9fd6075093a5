"""What a simulated VM is made of: image, agent, extensions, disks, disk encryption (`VmSpec`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from core.simulator.shapes.common import DISK_TYPE, VM_TYPE, JsonDict, ago, guid, hex32, resource_id, rg_id, status

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

# Agent versions used for up-to-date agents.
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
    # properties.securityProfile.securityType of the VM (None: Standard, the field absent).
    security_type: str | None = None
    # securityProfile.securityType of the OS disk resource (the type the VM was created with).
    os_disk_security_type: str | None = None
    # Unmanaged disks: the storage account holding the VHDs (vhd.uri); no managed disk resources then.
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
