"""Parsing official ARM example payloads into facts, and surviving payloads of the wrong shape."""

from __future__ import annotations

import copy
from datetime import UTC, datetime

import pytest

from core.azure import parse
from core.azure.payload import PayloadError, Reader, parse_time
from core.facts import FACT_INSTANCE_VIEW


def test_vm_with_instance_view_from_official_examples(example) -> None:
    vm = copy.deepcopy(example("VirtualMachines_Get.json"))
    vm["properties"]["instanceView"] = example("VirtualMachines_InstanceView.json")

    facts = parse.parse_vm(vm)

    assert facts.name == "myVM"
    assert facts.resource_group == "myResourceGroup"
    assert facts.os_type == "Windows"
    assert facts.instance_view is not None
    assert facts.instance_view.power_state == "running"
    agent = facts.instance_view.agent
    assert agent is not None and agent.version == "2.7.41491.949"
    assert agent.statuses[0].display_status == "Ready"
    assert agent.statuses[0].time == datetime(2019, 10, 14, 23, 11, 22, tzinfo=UTC)
    assert facts.disks is not None
    assert [d.name for d in facts.disks][:2] == ["myOsDisk", "myDataDisk0"]
    assert facts.disks[0].is_os_disk and facts.disks[0].size_gb == 30
    assert facts.disks[1].lun == 0
    # The instance view's extension is kept with its publisher split from the type.
    assert facts.extensions is not None
    antimalware = next(e for e in facts.extensions if e.name == "IaaSAntiMalware-ext0")
    assert antimalware.publisher == "Microsoft.Azure.Security"
    assert antimalware.type == "IaaSAntimalware"
    assert antimalware.provisioning_state == "Succeeded"


def test_vm_without_instance_view_has_none() -> None:
    facts = parse.parse_vm(
        {
            "id": "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1",
            "name": "vm1",
            "location": "westeurope",
            "properties": {"storageProfile": {"osDisk": {"osType": "Linux", "name": "os"}}},
        }
    )
    assert facts.instance_view is None
    assert facts.os_type == "Linux"
    assert FACT_INSTANCE_VIEW not in facts.unavailable


def test_malformed_instance_view_costs_only_the_instance_view(example) -> None:
    vm = copy.deepcopy(example("VirtualMachines_Get.json"))
    view = example("VirtualMachines_InstanceView.json")
    view["vmAgent"]["statuses"] = "Ready"  # should be a list
    vm["properties"]["instanceView"] = view

    facts = parse.parse_vm(vm)

    assert facts.instance_view is None
    problem = facts.unavailable[FACT_INSTANCE_VIEW]
    assert problem.code == "UnexpectedResponse"
    assert "vmAgent.statuses" in problem.message.render()
    assert facts.disks is not None and facts.os_type == "Windows"


def test_vm_without_id_is_refused_with_the_field_named() -> None:
    with pytest.raises(PayloadError, match="id"):
        parse.parse_vm({"name": "x"}, "VM #3")


def test_extension_with_instance_view(example) -> None:
    ext = parse.parse_extension(example("VirtualMachineExtensions_Get.json"))
    assert ext.name == "myVMExtension"
    assert ext.publisher == "extPublisher"
    assert ext.provisioning_state == "Creating"
    assert ext.statuses[0].time == datetime(2021, 11, 30, 12, 58, 26, 522000, tzinfo=UTC)


def test_managed_disk_with_ade(example) -> None:
    disk = parse.parse_managed_disk(example("Disks_Get_WithADE.json"))
    assert disk.size_gb == 10
    assert disk.ade_encrypted
    assert disk.key_vault_ids == (
        "/subscriptions/{subscriptionId}/resourceGroups/myResourceGroup/providers/Microsoft.KeyVault/vaults/myVMVault",
    )


def test_lock_scope(example) -> None:
    lock = parse.parse_lock(example("ManagementLocks_ListAtResourceGroupLevel.json")["value"][0])
    assert lock.level == "ReadOnly"
    assert lock.scope == "/subscriptions/subscriptionId/resourceGroups/resourcegroupname"


def test_restore_point_collection_counts_points_only_when_expanded(example) -> None:
    expanded = parse.parse_restore_point_collection(example("RestorePointCollections_Get_WithRestorePoints.json"))
    assert expanded.restore_point_count == 1
    assert expanded.source_id is not None and expanded.source_id.endswith("/virtualMachines/myVM")
    listed = parse.parse_restore_point_collection(example("RestorePointCollections_List.json")["value"][0])
    assert listed.restore_point_count is None


def test_protected_item(example) -> None:
    facts, source = parse.parse_protected_item(example("ProtectedItems_Get_IaasVM.json"))
    assert facts.protection_state == "Protected"
    assert facts.last_backup_status == "Completed"
    assert facts.container_name == "iaasvmcontainerv2;iaasvm-rg;iaasvm-1"
    assert facts.vault_id.endswith("/vaults/PySDKBackupTestRsVault")
    assert source is not None and source.endswith("/virtualMachines/iaasvm-1")


def test_job_with_integer_error_code_and_property_bag(example) -> None:
    body = copy.deepcopy(example("JobDetails_Get.json"))
    body["properties"]["status"] = "Failed"
    body["properties"]["errorDetails"] = [
        {"errorCode": 400032, "errorString": "VM Agent unable to communicate with Azure Backup", "recommendations": []}
    ]
    job = parse.parse_job(body)
    assert job.status == "Failed"
    assert job.errors[0].error_code == 400032
    assert job.entity_friendly_name == "testvm"
    assert job.vault_id.endswith("/vaults/NetSDKTestRsVault")
    assert job.start_time == datetime(2017, 8, 3, 5, 31, 7, 14604, tzinfo=UTC)


def test_key_vault_access_policies(example) -> None:
    vault = parse.parse_key_vault(example("Vaults_Get_KeyVault.json"))
    assert not vault.enable_rbac_authorization
    assert vault.enabled_for_disk_encryption is True
    policy = vault.access_policies[0]
    assert "backup" in policy.keys and "list" in policy.secrets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019-10-14T23:11:22+00:00", datetime(2019, 10, 14, 23, 11, 22, tzinfo=UTC)),
        ("2017-08-03T05:31:07.014604Z", datetime(2017, 8, 3, 5, 31, 7, 14604, tzinfo=UTC)),
        ("2019-10-14T21:30:12.8051917+00:00", datetime(2019, 10, 14, 21, 30, 12, 805191, tzinfo=UTC)),
        ("2020-01-01T12:00:00", datetime(2020, 1, 1, 12, tzinfo=UTC)),
        ("yesterday", None),
    ],
)
def test_parse_time(text: str, expected: datetime | None) -> None:
    assert parse_time(text) == expected


def test_reader_names_the_field() -> None:
    reader = Reader({"properties": {"diskSizeGB": "big"}}, "/subscriptions/s/disk")
    props = reader.obj("properties")
    assert props is not None
    with pytest.raises(PayloadError) as caught:
        props.integer("diskSizeGB")
    assert "properties.diskSizeGB" in str(caught.value)
    assert "/subscriptions/s/disk" in str(caught.value)
