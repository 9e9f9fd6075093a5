"""Compute through the real azure-mgmt-compute client: paging, expansions, errors, LROs, locks."""

from __future__ import annotations

import pytest
from azure.core.exceptions import HttpResponseError, ResourceNotFoundError
from azure.mgmt.compute import ComputeManagementClient
from azure.mgmt.resource.locks import ManagementLockClient

from core.simulator import SimulatorServer

from .conftest import SUB_A, ClientFactory

RG_APP = f"/subscriptions/{SUB_A}/resourceGroups/rg-app"
SQL01 = f"/subscriptions/{SUB_A}/resourceGroups/rg-data/providers/Microsoft.Compute/virtualMachines/vm-sql01"
RPC = (
    f"/subscriptions/{SUB_A}/resourceGroups/AzureBackupRG_westeurope_1/providers/"
    "Microsoft.Compute/restorePointCollections/AzureBackup_vm-web01_112233445566"
)


def vm_lists(server: SimulatorServer) -> list[dict[str, str]]:
    return [
        dict(e.query) for e in server.request_log if e.path.endswith("/providers/Microsoft.Compute/virtualMachines")
    ]


def test_list_all_crosses_pages_and_keeps_the_query(server: SimulatorServer, client: ClientFactory) -> None:
    compute = client(ComputeManagementClient)
    vms = list(compute.virtual_machines.list_all(status_only="true"))
    assert len(vms) == 7  # subscription A only
    assert len({vm.id for vm in vms}) == 7
    pages = vm_lists(server)
    assert len(pages) == 3  # page size 3
    assert [q.get("$skiptoken") for q in pages] == [None, "3", "6"]
    assert all(q["statusOnly"] == "true" and q["api-version"] for q in pages)
    assert all(vm.properties.instance_view is not None for vm in vms)


def test_expanding_instance_views_of_a_list_needs_a_filter(client: ClientFactory) -> None:
    # The Compute spec: $expand=instanceView on List/ListAll "can only be specified if a valid $filter
    # option is specified"; statusOnly=true is the documented way to list run-time status.
    compute = client(ComputeManagementClient)
    for listing in (
        lambda: list(compute.virtual_machines.list_all(expand="instanceView")),
        lambda: list(compute.virtual_machines.list("rg-app", expand="instanceView")),
    ):
        with pytest.raises(HttpResponseError) as refused:
            listing()
        assert refused.value.status_code == 400
        assert refused.value.error is not None and refused.value.error.code == "InvalidParameter"


def test_instance_view_is_served_only_when_asked(client: ClientFactory) -> None:
    compute = client(ComputeManagementClient)
    assert all(vm.properties.instance_view is None for vm in compute.virtual_machines.list_all())
    assert all(vm.properties.instance_view is None for vm in compute.virtual_machines.list("rg-app"))
    status_only = list(compute.virtual_machines.list_all(status_only="true"))
    assert all(vm.properties.instance_view.statuses for vm in status_only)

    plain = compute.virtual_machines.get("rg-data", "vm-sql01")
    assert plain.properties.instance_view is None
    assert plain.properties.provisioning_state == "Failed"
    assert [r.name for r in plain.resources] == ["VMSnapshot", "IaaSAntimalware"]
    expanded = compute.virtual_machines.get("rg-data", "vm-sql01", expand="instanceView")
    codes = [s.code for s in expanded.properties.instance_view.statuses]
    assert codes[0] == "ProvisioningState/failed/VMExtensionProvisioningError"


def test_the_instance_view_endpoint_returns_the_bare_view(client: ClientFactory) -> None:
    compute = client(ComputeManagementClient)
    view = compute.virtual_machines.instance_view("rg-data", "vm-data01")
    assert view.vm_agent.statuses[0].display_status == "Not Ready"
    assert view.computer_name == "vm-data01"


def test_extensions_expand_their_instance_view(client: ClientFactory) -> None:
    compute = client(ComputeManagementClient)
    bare = compute.virtual_machine_extensions.get("rg-data", "vm-sql01", "VMSnapshot")
    assert bare.properties.instance_view is None
    assert bare.properties.provisioning_state == "Failed"
    expanded = compute.virtual_machine_extensions.get("rg-data", "vm-sql01", "vmsnapshot", expand="instanceView")
    assert expanded.name == "VMSnapshot"  # stored casing, whatever the request's
    assert expanded.properties.instance_view.statuses[0].level == "Error"
    listed = compute.virtual_machine_extensions.list("rg-data", "vm-sql01", expand="instanceView")
    assert {e.name for e in listed.value} == {"VMSnapshot", "IaaSAntimalware"}


def test_missing_resources_map_to_resource_not_found(client: ClientFactory) -> None:
    compute = client(ComputeManagementClient)
    with pytest.raises(ResourceNotFoundError) as caught:
        compute.virtual_machines.get("rg-app", "vm-nope")
    assert caught.value.error.code == "ResourceNotFound"
    assert caught.value.error.message == (
        "The Resource 'Microsoft.Compute/virtualMachines/vm-nope' under resource group 'rg-app' was not found."
    )
    with pytest.raises(ResourceNotFoundError) as group:
        compute.virtual_machines.get("rg-nope", "vm-web01")
    assert group.value.error.code == "ResourceGroupNotFound"
    with pytest.raises(ResourceNotFoundError) as subscription:
        list(client(ComputeManagementClient, "44444444-4444-4444-8444-444444444444").virtual_machines.list_all())
    assert subscription.value.error.code == "SubscriptionNotFound"


def test_extension_delete_polls_to_completion_and_the_vm_recovers(
    server: SimulatorServer, client: ClientFactory
) -> None:
    server.lro_polls = 2
    compute = client(ComputeManagementClient)
    # The poller polls on its own thread at once: 0.5 s between polls leaves time to see the delete in flight.
    poller = compute.virtual_machine_extensions.begin_delete("rg-data", "vm-sql01", "VMSnapshot", polling_interval=0.5)
    in_flight = server.store.get(f"{SQL01}/extensions/VMSnapshot")
    assert in_flight is not None and in_flight["properties"]["provisioningState"] == "Deleting"
    poller.result()
    assert poller.status() == "Succeeded"
    polls = [e for e in server.request_log if "/locations/westeurope/operations/" in e.path]
    assert len(polls) == 2 and all(e.status == 200 for e in polls)
    delete = next(e for e in server.request_log if e.method == "DELETE")
    assert delete.status == 202

    with pytest.raises(ResourceNotFoundError):
        compute.virtual_machine_extensions.get("rg-data", "vm-sql01", "VMSnapshot")
    vm = compute.virtual_machines.get("rg-data", "vm-sql01", expand="instanceView")
    assert vm.properties.provisioning_state == "Succeeded"
    view = vm.properties.instance_view
    assert view.statuses[0].code == "ProvisioningState/succeeded"
    assert [e.name for e in view.extensions] == ["IaaSAntimalware"]
    assert [h.type for h in view.vm_agent.extension_handlers] == ["Microsoft.Azure.Security.IaaSAntimalware"]
    assert [r.name for r in vm.resources] == ["IaaSAntimalware"]


def test_restore_points_are_expanded_only_when_asked(client: ClientFactory) -> None:
    compute = client(ComputeManagementClient)
    plain = compute.restore_point_collections.get("AzureBackupRG_westeurope_1", "AzureBackup_vm-web01_112233445566")
    assert not plain.properties.restore_points
    expanded = compute.restore_point_collections.get(
        "AzureBackupRG_westeurope_1", "AzureBackup_vm-web01_112233445566", expand="restorePoints"
    )
    assert [p.name for p in expanded.properties.restore_points] == [
        "AzureBackup_20261123_220000",
        "AzureBackup_20261124_220000",
    ]
    assert [c.id for c in compute.restore_point_collections.list_all()] == [RPC]


def test_a_locked_group_refuses_deletes_until_the_lock_is_removed(
    server: SimulatorServer, client: ClientFactory
) -> None:
    compute = client(ComputeManagementClient)
    locks = client(ManagementLockClient)
    with pytest.raises(HttpResponseError) as caught:
        compute.restore_point_collections.begin_delete(
            "AzureBackupRG_westeurope_1", "AzureBackup_vm-web01_112233445566"
        ).result()
    assert caught.value.status_code == 409
    assert caught.value.error.code == "ScopeLocked"
    assert caught.value.error.message == (
        f"The scope '{RPC}' cannot perform delete operation because following scope(s) are locked: "
        f"'/subscriptions/{SUB_A}/resourceGroups/AzureBackupRG_westeurope_1'. Please remove the lock and try again."
    )
    assert server.store.get(RPC) is not None

    listed = list(locks.management_locks.list_at_resource_group_level("AzureBackupRG_westeurope_1"))
    assert [lock.name for lock in listed] == ["rp-lock"]
    locks.management_locks.delete_at_resource_group_level("AzureBackupRG_westeurope_1", "rp-lock")
    assert list(locks.management_locks.list_at_subscription_level()) == []

    compute.restore_point_collections.begin_delete(
        "AzureBackupRG_westeurope_1", "AzureBackup_vm-web01_112233445566"
    ).result()
    assert server.store.get(RPC) is None
    with pytest.raises(ResourceNotFoundError):
        compute.restore_point_collections.get("AzureBackupRG_westeurope_1", "AzureBackup_vm-web01_112233445566")


def test_read_only_locks_block_writes_and_can_be_created(client: ClientFactory) -> None:
    from azure.mgmt.resource.locks.models import ManagementLockObject

    locks = client(ManagementLockClient)
    created = locks.management_locks.create_or_update_at_resource_group_level(
        "rg-data", "freeze", ManagementLockObject(level="ReadOnly", notes="audit")
    )
    assert created.level == "ReadOnly"
    assert locks.management_locks.get_at_resource_group_level("rg-data", "freeze").notes == "audit"
    at_scope = list(locks.management_locks.list_at_subscription_level(filter="atScope()"))
    assert at_scope == []  # no lock sits on the subscription itself
    compute = client(ComputeManagementClient)
    with pytest.raises(HttpResponseError) as caught:
        compute.virtual_machine_extensions.begin_delete("rg-data", "vm-sql01", "VMSnapshot").result()
    assert caught.value.error.code == "ScopeLocked"
    assert compute.virtual_machines.get("rg-data", "vm-sql01").name == "vm-sql01"  # reads still pass


def test_disks_list_and_get(client: ClientFactory) -> None:
    compute = client(ComputeManagementClient)
    disks = list(compute.disks.list())
    assert len(disks) == 7
    assert len(list(compute.disks.list_by_resource_group("rg-data"))) == 3
    encrypted = compute.disks.get("rg-data", "vm-data02_OsDisk_1")
    assert encrypted.properties.encryption_settings_collection.enabled is True
    assert encrypted.managed_by.endswith("/vm-data02")


def test_resource_groups_list_get_and_existence(client: ClientFactory) -> None:
    from azure.mgmt.resource.resources import ResourceManagementClient

    groups = client(ResourceManagementClient)
    names = [g.name for g in groups.resource_groups.list()]
    assert names == ["rg-app", "AzureBackupRG_westeurope_1", "rg-data", "rg-backup"]  # explicit and implied
    assert groups.resource_groups.get("RG-DATA").location == "westeurope"
    assert groups.resource_groups.check_existence("rg-app") is True
    assert groups.resource_groups.check_existence("rg-nope") is False
