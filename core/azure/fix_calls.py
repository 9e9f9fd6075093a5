"""The ARM calls of the restore point group and VM power/size fix actions, made through the gateway.

They belong to the gateway (`core/azure/gateway.py`: its clients, retries, concurrency limit, error mapping
and long-running-operation polling) and are kept in this module only so that the gateway stays one piece
while it is being split; each function is one SDK call on the gateway's own clients, as the gateway's
methods are.

- Resource groups (azure-mgmt-resource `ResourceGroups_Get`, `ResourceGroups_CreateOrUpdate`).
- Policy assignments and definitions, read by id through `Resources_GetById` with the Microsoft.Authorization
  policy api-version (the policy SDK is not a dependency; the generic read is the documented ARM GET).
- A backup policy of a vault (`ProtectionPolicies_Get`), for its `instantRPDetails`.
- VM start, restart, size change (`VirtualMachines_Start`, `_Restart`, `_Update`: long-running) and the
  sizes a VM can be resized to (`VirtualMachines_ListAvailableSizes`).
"""

from __future__ import annotations

from typing import Any

from azure.mgmt.resource.resources import ResourceManagementClient

from core import ids
from core.azure.gateway import AzureGateway, CancelSignal, Json, to_json

# Microsoft.Authorization policyAssignments / policyDefinitions: a stable api-version of the policy REST API.
POLICY_API_VERSION = "2023-04-01"


def _resources(gateway: AzureGateway, subscription_id: str) -> Any:
    """The gateway's ResourceManagementClient for the subscription (built with the gateway's settings)."""
    with gateway._lock:
        key = ("resources", subscription_id)
        client = gateway._clients.get(key)
        if client is None:
            client = ResourceManagementClient(gateway.credential, subscription_id, **gateway._client_kwargs())
            gateway._clients[key] = client
        return client


def _compute(gateway: AzureGateway, vm_id: str) -> tuple[Any, ids.ResourceId]:
    parsed = ids.parse_id(vm_id)
    return gateway._client("compute", parsed.subscription_id or ""), parsed


def group_id(subscription_id: str, name: str) -> str:
    return f"/subscriptions/{subscription_id}/resourceGroups/{name}"


def get_resource_group(gateway: AzureGateway, subscription_id: str, name: str) -> Json:
    client = _resources(gateway, subscription_id)
    return gateway._call(group_id(subscription_id, name), lambda: to_json(client.resource_groups.get(name)))


def put_resource_group(gateway: AzureGateway, subscription_id: str, name: str, location: str, tags: Json) -> Json:
    """PUT a resource group (create, or replace its tags): `{"location", "tags"}`."""
    client = _resources(gateway, subscription_id)
    body = {"location": location, "tags": dict(tags)}
    return gateway._call(
        group_id(subscription_id, name), lambda: to_json(client.resource_groups.create_or_update(name, body))
    )


def get_policy_resource(gateway: AzureGateway, resource_id: str) -> Json:
    """A policy assignment or definition by id (built-in definitions live under /providers, not a subscription)."""
    subscription = ids.parse_id(resource_id).subscription_id or "00000000-0000-0000-0000-000000000000"
    client = _resources(gateway, subscription)
    return gateway._call(
        resource_id,
        lambda: to_json(client.resources.get_by_id(resource_id.lstrip("/"), api_version=POLICY_API_VERSION)),
    )


def get_backup_policy(gateway: AzureGateway, policy_id: str) -> Json:
    parsed = ids.parse_id(policy_id)
    vault = ids.parse_id(policy_id.split("/backupPolicies/")[0])
    backup = gateway._client("backup", parsed.subscription_id or "")
    return gateway._call(
        policy_id, lambda: to_json(backup.protection_policies.get(vault.name, parsed.resource_group, parsed.name))
    )


def start_vm(gateway: AzureGateway, vm_id: str, cancel: CancelSignal | None = None) -> None:
    compute, parsed = _compute(gateway, vm_id)
    gateway._call(
        vm_id,
        lambda: gateway._wait(compute.virtual_machines.begin_start(parsed.resource_group, parsed.name), vm_id, cancel),
    )


def restart_vm(gateway: AzureGateway, vm_id: str, cancel: CancelSignal | None = None) -> None:
    compute, parsed = _compute(gateway, vm_id)
    gateway._call(
        vm_id,
        lambda: gateway._wait(
            compute.virtual_machines.begin_restart(parsed.resource_group, parsed.name), vm_id, cancel
        ),
    )


def available_sizes(gateway: AzureGateway, vm_id: str) -> list[Json]:
    """GET {vm}/vmSizes: the sizes this VM can be resized to where it is (VirtualMachines_ListAvailableSizes)."""
    compute, parsed = _compute(gateway, vm_id)
    return gateway._call(
        f"{vm_id}/vmSizes",
        lambda: [
            to_json(size) for size in compute.virtual_machines.list_available_sizes(parsed.resource_group, parsed.name)
        ],
    )


def resize_vm(gateway: AzureGateway, vm_id: str, size: str, cancel: CancelSignal | None = None) -> Json:
    """PATCH the VM's hardwareProfile.vmSize and wait until Azure has applied it; returns the VM afterwards."""
    compute, parsed = _compute(gateway, vm_id)
    body = {"properties": {"hardwareProfile": {"vmSize": size}}}

    def update() -> Json:
        poller = compute.virtual_machines.begin_update(parsed.resource_group, parsed.name, body)
        result = gateway._wait(poller, vm_id, cancel)
        return to_json(result) if result is not None else {}

    return gateway._call(vm_id, update)


__all__ = [
    "POLICY_API_VERSION",
    "available_sizes",
    "get_backup_policy",
    "get_policy_resource",
    "get_resource_group",
    "group_id",
    "put_resource_group",
    "resize_vm",
    "restart_vm",
    "start_vm",
]
