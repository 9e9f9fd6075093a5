"""Builders for the ARM resources of a tenant file (see docs/demo-tenant.md).

Each builder returns one resource exactly as a GET on its id returns it, following the official REST
examples in the Azure REST API specifications (VirtualMachines_Get, VirtualMachines_InstanceView,
VirtualMachineExtensions_Get, Disks_Get, RestorePointCollections_Get with restorePoints,
ProtectedItems_Get, JobDetails_Get, ManagementLocks, Key Vault Vaults_Get), with the expansions embedded
where Azure puts them (`properties.instanceView`, `properties.restorePoints`).

Times that must stay fresh are written as relative placeholders ("@now-PT15M", see
`core.simulator.relative_time`); ids are derived from names with UUID version 5 so that the same input
always gives the same tenant. One module per resource family (compute, vault, restore points, jobs, key
vaults, resource groups and locks) plus `plans` (a VM with its backup story) and `scenarios` (the VM
states both tenants plant). Used by `core.simulator.generate` (synthetic tenants) and by
`scripts/make_demo_tenant.py` (resources/demo-tenant.json).
"""

from __future__ import annotations

from core.simulator.shapes.common import (
    BACKUP_MANAGEMENT_SERVICE_APP_ID,
    BACKUP_MANAGEMENT_SERVICE_NAME,
    DISK_TYPE,
    EXTENSION_TYPE,
    JOB_TYPE,
    KEY_VAULT_TYPE,
    LOCK_TYPE,
    POLICY_TYPE,
    PROTECTED_ITEM_TYPE,
    RG_TYPE,
    RPC_TYPE,
    RS_VAULT_TYPE,
    STORAGE_ACCOUNT_TYPE,
    VM_TYPE,
    JsonDict,
    ago,
    guid,
    hex32,
    iso_duration,
    resource_id,
    rg_id,
    status,
    subscription_id_of,
    when,
)
from core.simulator.shapes.compute import disk_resources, extension_resource, virtual_machine, vm_resources
from core.simulator.shapes.job_errors import ERRORS, DocumentedError
from core.simulator.shapes.jobs import backup_job
from core.simulator.shapes.keyvault import (
    BACKUP_KEY_PERMISSIONS,
    BACKUP_SECRET_PERMISSIONS,
    access_policy,
    backup_access_policy,
    key_vault,
)
from core.simulator.shapes.plans import CollectionPlan, JobPlan, ProtectionPlan, vm_bundle
from core.simulator.shapes.resources import (
    management_lock,
    resource_group,
    service_principal,
    storage_account,
    tenant_document,
)
from core.simulator.shapes.restore_points import restore_point_collection, restore_point_rg_name
from core.simulator.shapes.vault import backup_policy, protected_item, recovery_services_vault
from core.simulator.shapes.vm_spec import (
    CENTOS_73,
    DEBIAN_12,
    LINUX_AGENT_VERSION,
    RHEL_9,
    SLES_SAP_15,
    UBUNTU_2204,
    WINDOWS_2016,
    WINDOWS_2019,
    WINDOWS_2022,
    WINDOWS_AGENT_VERSION,
    Ade,
    Agent,
    DataDisk,
    Extension,
    Image,
    VmSpec,
    ade_extension,
    custom_script_extension,
    monitor_agent_extension,
    vmsnapshot_extension,
)

__all__ = [
    "BACKUP_KEY_PERMISSIONS",
    "BACKUP_MANAGEMENT_SERVICE_APP_ID",
    "BACKUP_MANAGEMENT_SERVICE_NAME",
    "BACKUP_SECRET_PERMISSIONS",
    "CENTOS_73",
    "DEBIAN_12",
    "DISK_TYPE",
    "ERRORS",
    "EXTENSION_TYPE",
    "JOB_TYPE",
    "KEY_VAULT_TYPE",
    "LINUX_AGENT_VERSION",
    "LOCK_TYPE",
    "POLICY_TYPE",
    "PROTECTED_ITEM_TYPE",
    "RG_TYPE",
    "RHEL_9",
    "RPC_TYPE",
    "RS_VAULT_TYPE",
    "SLES_SAP_15",
    "STORAGE_ACCOUNT_TYPE",
    "UBUNTU_2204",
    "VM_TYPE",
    "WINDOWS_2016",
    "WINDOWS_2019",
    "WINDOWS_2022",
    "WINDOWS_AGENT_VERSION",
    "Ade",
    "Agent",
    "CollectionPlan",
    "DataDisk",
    "DocumentedError",
    "Extension",
    "Image",
    "JobPlan",
    "JsonDict",
    "ProtectionPlan",
    "VmSpec",
    "access_policy",
    "ade_extension",
    "ago",
    "backup_access_policy",
    "backup_job",
    "backup_policy",
    "custom_script_extension",
    "disk_resources",
    "extension_resource",
    "guid",
    "hex32",
    "iso_duration",
    "key_vault",
    "management_lock",
    "monitor_agent_extension",
    "protected_item",
    "recovery_services_vault",
    "resource_group",
    "resource_id",
    "restore_point_collection",
    "restore_point_rg_name",
    "rg_id",
    "service_principal",
    "status",
    "storage_account",
    "subscription_id_of",
    "tenant_document",
    "virtual_machine",
    "vm_bundle",
    "vm_resources",
    "vmsnapshot_extension",
    "when",
]
