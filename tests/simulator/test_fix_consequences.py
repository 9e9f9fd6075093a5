"""What the fix wizards' changes leave behind in the simulated tenant, through the real SDK clients."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from azure.mgmt.compute import ComputeManagementClient
from azure.mgmt.recoveryservicesbackup import RecoveryServicesBackupClient
from azure.mgmt.recoveryservicesbackup.models import BackupRequestResource, IaasVMBackupRequest

from core.simulator import SimulatorServer

from .conftest import SUB_A, ClientFactory
from .test_backup import SQL_CONTAINER, SQL_ITEM, SQL_ITEM_ID

SQL01 = f"/subscriptions/{SUB_A}/resourceGroups/rg-data/providers/Microsoft.Compute/virtualMachines/vm-sql01"


def _odata(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %I:%M:%S %p")


def test_resuming_stopped_protection_makes_the_item_protected_and_records_a_configure_job(
    server: SimulatorServer, client: ClientFactory
) -> None:
    def stop(item: dict[str, Any]) -> None:
        item["properties"]["protectionState"] = "ProtectionStopped"

    server.store.update(SQL_ITEM_ID, stop)
    policy = server.store.get(SQL_ITEM_ID)["properties"]["policyId"]  # type: ignore[index]
    backup = client(RecoveryServicesBackupClient)
    resumed = backup.protected_items.begin_create_or_update(
        "rsv-sim",
        "rg-backup",
        "Azure",
        SQL_CONTAINER,
        SQL_ITEM,
        {
            "properties": {
                "protectedItemType": "Microsoft.Compute/virtualMachines",
                "sourceResourceId": SQL01,
                "policyId": policy,
            }
        },
    ).result()
    assert resumed.properties["protectionState"] == "Protected"  # backed up before: not IRPending
    jobs = list(backup.backup_jobs.list("rsv-sim", "rg-backup", filter="operation eq 'ConfigureBackup'"))
    job = next(j for j in jobs if j.properties["entityFriendlyName"] == "vm-sql01")
    assert job.properties["status"] == "Completed"
    assert job.properties["containerName"] == "iaasvmcontainerv2;rg-data;vm-sql01"
    assert job.properties["isUserTriggered"] is True


def test_a_triggered_backup_is_the_newest_job_of_a_window_read_at_once(
    server: SimulatorServer, client: ClientFactory
) -> None:
    backup = client(RecoveryServicesBackupClient)
    backup.backups.trigger(
        "rsv-sim",
        "rg-backup",
        "Azure",
        SQL_CONTAINER,
        SQL_ITEM,
        BackupRequestResource(properties=IaasVMBackupRequest()),
    )
    now = datetime.now(UTC)
    # The collector's window: 7 days back, the end rounded up to the next whole second.
    window = (
        f"backupManagementType eq 'AzureIaasVM' and startTime eq '{_odata(now - timedelta(days=7))}' "
        f"and endTime eq '{_odata(now.replace(microsecond=0) + timedelta(seconds=1))}'"
    )
    jobs = list(backup.backup_jobs.list("rsv-sim", "rg-backup", filter=window))
    newest = jobs[0]
    assert newest.properties["operation"] == "Backup"
    assert newest.properties["entityFriendlyName"] == "vm-sql01"
    assert newest.properties["containerName"] == "iaasvmcontainerv2;rg-data;vm-sql01"
    assert newest.properties["isUserTriggered"] is True
    done = backup.job_details.get("rsv-sim", "rg-backup", newest.name)
    assert done.properties["status"] == "Completed"


def test_a_vm_stays_failed_while_another_extension_is_failed(server: SimulatorServer, client: ClientFactory) -> None:
    def fail(extension: dict[str, Any]) -> None:
        extension["properties"]["provisioningState"] = "Failed"

    server.store.update(f"{SQL01}/extensions/IaaSAntimalware", fail)
    compute = client(ComputeManagementClient)
    compute.virtual_machine_extensions.begin_delete("rg-data", "vm-sql01", "VMSnapshot").result()
    assert compute.virtual_machines.get("rg-data", "vm-sql01").properties.provisioning_state == "Failed"
    compute.virtual_machine_extensions.begin_delete("rg-data", "vm-sql01", "IaaSAntimalware").result()
    assert compute.virtual_machines.get("rg-data", "vm-sql01").properties.provisioning_state == "Succeeded"
