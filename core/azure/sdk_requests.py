"""The HTTP requests of the reads a scan makes, built by the SDK packages' own request builders.

The gateway sends them through the SDK clients' pipelines (`send_request`: authentication, retries,
Retry-After, user agent) and keeps the JSON body as it arrives, instead of deserializing every page
into model objects and serializing it back. Paths and api-versions therefore stay exactly the SDK's:
when a package is upgraded, its requests change with it.
"""

from __future__ import annotations

from azure.core.rest import HttpRequest
from azure.mgmt.compute.operations import _operations as compute
from azure.mgmt.keyvault.operations import _operations as keyvault
from azure.mgmt.recoveryservices.operations import _operations as vaults
from azure.mgmt.recoveryservicesbackup.operations import _operations as backup
from azure.mgmt.resource.locks.operations import _operations as locks
from azure.mgmt.resource.subscriptions.operations import _operations as subscriptions

PROTECTED_VMS_FILTER = "backupManagementType eq 'AzureIaasVM' and itemType eq 'VM'"


def list_subscriptions() -> HttpRequest:
    return subscriptions.build_subscriptions_list_request()


def list_tenants() -> HttpRequest:
    return subscriptions.build_tenants_list_request()


def list_vm_statuses(subscription_id: str) -> HttpRequest:
    """Every VM of the subscription with its run-time status.

    The Compute spec (VirtualMachines_ListAll): `statusOnly=true` "enables fetching run time status of
    all Virtual Machines in the subscription"; `$expand=instanceView` "can only be specified if a valid
    $filter option is specified", so it is not sent here.
    """
    return compute.build_virtual_machines_list_all_request(subscription_id, status_only="true")


def list_group_vms(subscription_id: str, resource_group: str) -> HttpRequest:
    """The VMs of one resource group (VirtualMachines_List), without run-time status.

    The Compute spec documents `statusOnly` on ListAll only, and `$expand=instanceView` on List "can only
    be specified if a valid $filter option is specified": the collector reads each VM's instance view.
    A group of N VMs therefore costs 1 + N reads, whatever the size of its subscription (the subscription's
    status list would cost one read per page of the whole subscription's VMs).
    """
    return compute.build_virtual_machines_list_request(resource_group, subscription_id)


def get_vm(subscription_id: str, resource_group: str, name: str) -> HttpRequest:
    return compute.build_virtual_machines_get_request(resource_group, name, subscription_id, expand="instanceView")


def get_vm_instance_view(subscription_id: str, resource_group: str, name: str) -> HttpRequest:
    return compute.build_virtual_machines_instance_view_request(resource_group, name, subscription_id)


def list_disks(subscription_id: str) -> HttpRequest:
    return compute.build_disks_list_request(subscription_id)


def list_locks(subscription_id: str) -> HttpRequest:
    return locks.build_management_locks_list_at_subscription_level_request(subscription_id)


def list_restore_point_collections(subscription_id: str) -> HttpRequest:
    return compute.build_restore_point_collections_list_all_request(subscription_id)


def get_restore_point_collection(subscription_id: str, resource_group: str, name: str) -> HttpRequest:
    return compute.build_restore_point_collections_get_request(
        resource_group, name, subscription_id, expand="restorePoints"
    )


def list_vaults(subscription_id: str) -> HttpRequest:
    return vaults.build_vaults_list_by_subscription_id_request(subscription_id)


def get_vault(subscription_id: str, resource_group: str, name: str) -> HttpRequest:
    return vaults.build_vaults_get_request(resource_group, name, subscription_id)


def list_protected_vms(subscription_id: str, resource_group: str, vault: str) -> HttpRequest:
    return backup.build_backup_protected_items_list_request(
        vault, resource_group, subscription_id, filter=PROTECTED_VMS_FILTER
    )


def list_jobs(subscription_id: str, resource_group: str, vault: str, odata_filter: str) -> HttpRequest:
    return backup.build_backup_jobs_list_request(vault, resource_group, subscription_id, filter=odata_filter)


def get_job_details(subscription_id: str, resource_group: str, vault: str, job: str) -> HttpRequest:
    return backup.build_job_details_get_request(vault, resource_group, job, subscription_id)


def get_key_vault(subscription_id: str, resource_group: str, name: str) -> HttpRequest:
    return keyvault.build_vaults_get_request(resource_group, name, subscription_id)
