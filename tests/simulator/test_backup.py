"""Azure Backup through the real recoveryservices and recoveryservicesbackup clients."""

from __future__ import annotations

from typing import Any

import pytest
from azure.core.exceptions import HttpResponseError, ResourceNotFoundError
from azure.core.pipeline import PipelineResponse
from azure.core.polling import LROPoller
from azure.mgmt.compute import ComputeManagementClient
from azure.mgmt.core.polling.arm_polling import ARMPolling
from azure.mgmt.recoveryservices import RecoveryServicesClient
from azure.mgmt.recoveryservicesbackup import RecoveryServicesBackupClient
from azure.mgmt.recoveryservicesbackup.models import (
    AzureIaaSComputeVMProtectedItem,
    BackupRequestResource,
    BackupStatusRequest,
    IaasVMBackupRequest,
    ProtectedItemResource,
)

from core.simulator import SimulatorServer

from .conftest import SUB_A, ClientFactory

VAULT = f"/subscriptions/{SUB_A}/resourceGroups/rg-backup/providers/Microsoft.RecoveryServices/vaults/rsv-sim"
SQL_CONTAINER = "IaasVMContainer;iaasvmcontainerv2;rg-data;vm-sql01"
SQL_ITEM = "VM;iaasvmcontainerv2;rg-data;vm-sql01"
SQL_ITEM_ID = f"{VAULT}/backupFabrics/Azure/protectionContainers/{SQL_CONTAINER}/protectedItems/{SQL_ITEM}"
FAILED_SQL_JOB = "a1000000-0000-4000-8000-000000000002"
RUNNING_JOB = "a1000000-0000-4000-8000-000000000005"


def raw(pipeline_response: PipelineResponse[Any, Any], deserialized: Any, headers: Any) -> Any:
    return pipeline_response


def poll(backup: RecoveryServicesBackupClient, initial: PipelineResponse[Any, Any]) -> LROPoller[None]:
    """ARMPolling over a 202 the SDK itself does not poll (backups.trigger, job_cancellations.trigger)."""
    poller: LROPoller[None] = LROPoller(backup._client, initial, lambda _: None, ARMPolling(0))
    poller.result()
    return poller


def test_vaults_list_and_get(client: ClientFactory) -> None:
    vaults = client(RecoveryServicesClient)
    assert [v.id for v in vaults.vaults.list_by_subscription_id()] == [VAULT]
    assert [v.name for v in vaults.vaults.list_by_resource_group("rg-backup")] == ["rsv-sim"]
    assert vaults.vaults.get("rg-backup", "rsv-sim").sku.name == "RS0"


def test_protected_items_filter_and_ids_with_semicolons(server: SimulatorServer, client: ClientFactory) -> None:
    backup = client(RecoveryServicesBackupClient)
    items = list(
        backup.backup_protected_items.list(
            "rsv-sim", "rg-backup", filter="backupManagementType eq 'AzureIaasVM' and itemType eq 'VM'"
        )
    )
    assert len(items) == 4
    failing = list(
        backup.backup_protected_items.list("rsv-sim", "rg-backup", filter="healthStatus eq 'ActionRequired'")
    )
    assert sorted(i.properties["friendlyName"] for i in failing) == ["vm-data01", "vm-sql01"]
    assert list(backup.backup_protected_items.list("rsv-sim", "rg-backup", filter="itemType eq 'SQLDataBase'")) == []

    item = backup.protected_items.get("rsv-sim", "rg-backup", "Azure", SQL_CONTAINER, SQL_ITEM)
    assert item.id == SQL_ITEM_ID
    assert item.properties["lastBackupStatus"] == "Failed"
    sent = next(e for e in server.request_log if e.path.endswith("vm-sql01") and "protectedItems" in e.path)
    assert "%3B" in sent.path  # the SDK quotes ';' and the server decodes it


def test_job_list_filters(client: ClientFactory) -> None:
    backup = client(RecoveryServicesBackupClient)
    every = list(backup.backup_jobs.list("rsv-sim", "rg-backup"))
    assert len(every) == 6
    starts = [j.properties["startTime"] for j in every]
    assert starts == sorted(starts, reverse=True)  # newest first, like the service
    failed = list(backup.backup_jobs.list("rsv-sim", "rg-backup", filter="status eq 'Failed'"))
    assert {j.name for j in failed} == {FAILED_SQL_JOB, "a1000000-0000-4000-8000-000000000003"}
    window = (
        "startTime eq '2026-11-24 10:00:00 PM' and endTime eq '2026-11-24 10:06:00 PM' "
        "and operation eq 'Backup' and backupManagementType eq 'AzureIaasVM'"
    )
    assert {j.name for j in backup.backup_jobs.list("rsv-sim", "rg-backup", filter=window)} == {
        "a1000000-0000-4000-8000-000000000001",
        FAILED_SQL_JOB,
    }
    configure = list(backup.backup_jobs.list("rsv-sim", "rg-backup", filter="operation eq 'ConfigureBackup'"))
    assert [j.properties["operation"] for j in configure] == ["ConfigureBackup"]
    with pytest.raises(HttpResponseError) as caught:
        list(backup.backup_jobs.list("rsv-sim", "rg-backup", filter="colour eq 'blue'"))
    assert caught.value.status_code == 400 and "colour" in caught.value.message


def test_job_details_carry_extended_info_that_the_list_leaves_out(client: ClientFactory) -> None:
    backup = client(RecoveryServicesBackupClient)
    listed = next(
        j
        for j in backup.backup_jobs.list("rsv-sim", "rg-backup", filter="status eq 'Failed'")
        if j.name == FAILED_SQL_JOB
    )
    assert "extendedInfo" not in listed.properties
    assert listed.properties["errorDetails"][0]["errorCode"] == 400117
    details = backup.job_details.get("rsv-sim", "rg-backup", FAILED_SQL_JOB)
    assert details.properties["extendedInfo"]["tasksList"][0]["status"] == "Failed"
    assert details.properties["errorDetails"][0]["errorString"] == "The VM is in failed provisioning state"


def test_trigger_backup_creates_a_job_that_completes_and_reinstalls_the_extension(
    server: SimulatorServer, client: ClientFactory
) -> None:
    compute = client(ComputeManagementClient)
    compute.virtual_machine_extensions.begin_delete("rg-data", "vm-sql01", "VMSnapshot").result()
    backup = client(RecoveryServicesBackupClient)
    request = BackupRequestResource(properties=IaasVMBackupRequest())
    initial = backup.backups.trigger("rsv-sim", "rg-backup", "Azure", SQL_CONTAINER, SQL_ITEM, request, cls=raw)
    assert initial.http_response.status_code == 202
    assert "/operationsStatus/" in initial.http_response.headers["Azure-AsyncOperation"]
    assert "/operationResults/" in initial.http_response.headers["Location"]
    assert "Retry-After" not in initial.http_response.headers

    running = list(backup.backup_jobs.list("rsv-sim", "rg-backup", filter="status eq 'InProgress'"))
    new_job = next(j for j in running if j.properties["entityFriendlyName"] == "vm-sql01")
    assert new_job.properties["operation"] == "Backup"

    poller = poll(backup, initial)
    assert poller.status() == "Succeeded"
    done = backup.job_details.get("rsv-sim", "rg-backup", new_job.name)
    assert done.properties["status"] == "Completed"
    assert done.properties["endTime"]
    item = backup.protected_items.get("rsv-sim", "rg-backup", "Azure", SQL_CONTAINER, SQL_ITEM)
    assert item.properties["lastBackupStatus"] == "Completed"
    assert item.properties["lastBackupTime"] == done.properties["endTime"]

    snapshot = compute.virtual_machine_extensions.get("rg-data", "vm-sql01", "VMSnapshot", expand="instanceView")
    assert snapshot.properties.publisher == "Microsoft.Azure.RecoveryServices"
    assert snapshot.properties.provisioning_state == "Succeeded"
    assert snapshot.properties.instance_view.statuses[0].code == "ProvisioningState/succeeded"
    vm = compute.virtual_machines.get("rg-data", "vm-sql01", expand="instanceView")
    assert vm.properties.provisioning_state == "Succeeded"
    assert "Microsoft.Azure.RecoveryServices.VMSnapshot" in [
        h.type for h in vm.properties.instance_view.vm_agent.extension_handlers
    ]


def test_an_unpolled_backup_job_completes_when_read(server: SimulatorServer, client: ClientFactory) -> None:
    backup = client(RecoveryServicesBackupClient)
    request = BackupRequestResource(properties=IaasVMBackupRequest())
    backup.backups.trigger("rsv-sim", "rg-backup", "Azure", SQL_CONTAINER, SQL_ITEM, request)
    job = next(
        j
        for j in backup.backup_jobs.list("rsv-sim", "rg-backup", filter="status eq 'InProgress'")
        if j.properties["entityFriendlyName"] == "vm-sql01"
    )
    # The SDK never polls this operation: reading the job is what lets it progress.
    assert backup.job_details.get("rsv-sim", "rg-backup", job.name).properties["status"] == "Completed"


def test_cancel_a_running_job(server: SimulatorServer, client: ClientFactory) -> None:
    backup = client(RecoveryServicesBackupClient)
    initial = backup.job_cancellations.trigger("rsv-sim", "rg-backup", RUNNING_JOB, cls=raw)
    assert initial.http_response.status_code == 202
    assert "/backupJobs/" + RUNNING_JOB + "/operationResults/" in initial.http_response.headers["Location"]
    assert server.store.get(f"{VAULT}/backupJobs/{RUNNING_JOB}")["properties"]["status"] == "Cancelling"
    poll(backup, initial)
    job = backup.job_details.get("rsv-sim", "rg-backup", RUNNING_JOB)
    assert job.properties["status"] == "Cancelled"
    with pytest.raises(HttpResponseError) as caught:
        backup.job_cancellations.trigger("rsv-sim", "rg-backup", RUNNING_JOB)
    assert caught.value.status_code == 409 and caught.value.error.code == "Conflict"


def test_protected_item_update_is_a_long_running_operation(server: SimulatorServer, client: ClientFactory) -> None:
    server.lro_polls = 2
    backup = client(RecoveryServicesBackupClient)
    stop = ProtectedItemResource(
        properties=AzureIaaSComputeVMProtectedItem(
            source_resource_id=f"/subscriptions/{SUB_A}/resourceGroups/rg-data/providers/Microsoft.Compute/virtualMachines/vm-sql01",
            protection_state="ProtectionStopped",
        )
    )
    # The poller polls on a thread of its own from the start: 0.5 s between polls (two before the change
    # lands) leaves the check below ample time, instead of racing a poll sent at once.
    poller = backup.protected_items.begin_create_or_update(
        "rsv-sim", "rg-backup", "Azure", SQL_CONTAINER, SQL_ITEM, stop, polling_interval=0.5
    )
    assert server.store.get(SQL_ITEM_ID)["properties"]["protectionState"] == "Protected"  # not before completion
    result = poller.result()
    assert result.properties["protectionState"] == "ProtectionStopped"
    assert result.properties["friendlyName"] == "vm-sql01"  # other fields kept
    statuses = [e for e in server.request_log if "/operationsStatus/" in e.path]
    assert len(statuses) == 2
    disable = list(backup.backup_jobs.list("rsv-sim", "rg-backup", filter="operation eq 'DisableBackup'"))
    assert len(disable) == 1


@pytest.mark.parametrize("soft_delete", ["Enabled", "Disabled"])
def test_protected_item_delete_is_accepted_then_soft_deletes_or_removes_the_item(
    server: SimulatorServer, client: ClientFactory, soft_delete: str
) -> None:
    vault = server.store.get(VAULT)
    assert vault is not None
    vault["properties"]["securitySettings"] = {
        "softDeleteSettings": {"softDeleteState": soft_delete, "softDeleteRetentionPeriodInDays": 21}
    }
    server.store.put(vault)
    backup = client(RecoveryServicesBackupClient)
    initial = backup.protected_items.delete("rsv-sim", "rg-backup", "Azure", SQL_CONTAINER, SQL_ITEM, cls=raw)
    response = initial.http_response
    assert response.status_code == 202  # ProtectedItems_Delete: accepted, then an operation
    assert "/operationsStatus/" in response.headers["Azure-AsyncOperation"]
    assert "/operationResults/" in response.headers["Location"]
    poll(backup, initial)
    stored = server.store.get(SQL_ITEM_ID)
    if soft_delete == "Enabled":
        assert stored is not None
        props = stored["properties"]
        assert props["protectionState"] == "ProtectionStopped" and props["isScheduledForDeferredDelete"] is True
        assert props["softDeleteRetentionPeriodInDays"] == 21 and props["deferredDeleteTimeInUTC"]
    else:
        assert stored is None
    deleted = list(backup.backup_jobs.list("rsv-sim", "rg-backup", filter="operation eq 'DeleteBackupData'"))
    assert len(deleted) == 1


def test_configure_protection_for_a_new_vm(server: SimulatorServer, client: ClientFactory) -> None:
    backup = client(RecoveryServicesBackupClient)
    vm_id = f"/subscriptions/{SUB_A}/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/vm-app02"
    configure = ProtectedItemResource(
        properties=AzureIaaSComputeVMProtectedItem(
            source_resource_id=vm_id, policy_id=f"{VAULT}/backupPolicies/DefaultPolicy"
        )
    )
    container, name = "IaasVMContainer;iaasvmcontainerv2;rg-app;vm-app02", "VM;iaasvmcontainerv2;rg-app;vm-app02"
    item = backup.protected_items.begin_create_or_update(
        "rsv-sim", "rg-backup", "Azure", container, name, configure
    ).result()
    assert item.properties["protectionState"] == "IRPending"
    assert item.properties["friendlyName"] == "vm-app02"
    status = backup.backup_status.get("westeurope", BackupStatusRequest(resource_id=vm_id, resource_type="VM"))
    assert status.protection_status == "Protecting"
    assert status.vault_id == VAULT


def test_backup_status_from_the_vm_side(client: ClientFactory) -> None:
    backup = client(RecoveryServicesBackupClient)
    vm = f"/subscriptions/{SUB_A}/resourceGroups/rg-data/providers/Microsoft.Compute/virtualMachines/VM-SQL01"
    status = backup.backup_status.get("westeurope", BackupStatusRequest(resource_id=vm, resource_type="VM"))
    assert status.protection_status == "Protected"
    assert status.container_name == SQL_CONTAINER and status.protected_item_name == SQL_ITEM
    assert status.policy_name == "DefaultPolicy"
    elsewhere = backup.backup_status.get("northeurope", BackupStatusRequest(resource_id=vm, resource_type="VM"))
    assert elsewhere.protection_status == "NotProtected"


def test_policies_and_missing_items(client: ClientFactory) -> None:
    backup = client(RecoveryServicesBackupClient)
    assert backup.protection_policies.get("rsv-sim", "rg-backup", "DefaultPolicy").name == "DefaultPolicy"
    with pytest.raises(ResourceNotFoundError):
        backup.protected_items.get("rsv-sim", "rg-backup", "Azure", SQL_CONTAINER, "VM;iaasvmcontainerv2;rg-data;nope")
