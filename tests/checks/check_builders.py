"""Real-shaped facts for the check tests: official ARM examples (tests/data/arm-examples) changed only where
a test needs a failure state, then parsed by core.azure.parse exactly as the collector does."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from core.azure import parse
from core.checks import check, evaluate
from core.checks.base import CheckContext
from core.facts import VmFacts
from core.findings import Finding

EXAMPLES = Path(__file__).resolve().parent.parent / "data" / "arm-examples"
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
SUB = "00000000-0000-0000-0000-000000000000"
RG = "myResourceGroup"
VM_NAME = "myVM"
VM_ID = f"/subscriptions/{SUB}/resourceGroups/{RG}/providers/Microsoft.Compute/virtualMachines/{VM_NAME}"
VAULT_ID = f"/subscriptions/{SUB}/resourceGroups/rg-backup/providers/Microsoft.RecoveryServices/vaults/rsv-prod"
KEY_VAULT_ID = f"/subscriptions/{SUB}/resourceGroups/{RG}/providers/Microsoft.KeyVault/vaults/myVMVault"
BMS_OBJECT_ID = "8d7e3f9a-1111-4c2b-9d1e-5a6b7c8d9e0f"
Json = dict[str, Any]


def example(name: str) -> Any:
    document = json.loads((EXAMPLES / name).read_text(encoding="utf-8"))
    return copy.deepcopy(document["responses"]["200"]["body"])


def iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def context() -> CheckContext:
    return CheckContext(now=NOW)


# --- the VM --------------------------------------------------------------------------------------------------


def status(
    code: str, display: str, message: str | None = None, time: datetime | None = None, level: str = "Info"
) -> Json:
    entry: Json = {"code": code, "level": level, "displayStatus": display}
    if message is not None:
        entry["message"] = message
    if time is not None:
        entry["time"] = iso(time)
    return entry


def extension(
    name: str,
    publisher: str,
    kind: str,
    *,
    state: str = "Succeeded",
    message: str = "Enable succeeded",
) -> tuple[Json, Json]:
    """A VM extension resource (VirtualMachine_Get's resources[] shape) and its instance view entry."""
    resource = {
        "name": name,
        "id": f"{VM_ID}/extensions/{name}",
        "type": "Microsoft.Compute/virtualMachines/extensions",
        "location": "westus",
        "properties": {
            "autoUpgradeMinorVersion": True,
            "provisioningState": state,
            "publisher": publisher,
            "type": kind,
            "typeHandlerVersion": "1.0",
            "settings": {},
        },
    }
    code = "ProvisioningState/succeeded" if state == "Succeeded" else f"ProvisioningState/{state.lower()}/1"
    display = "Provisioning succeeded" if state == "Succeeded" else f"Provisioning {state.lower()}"
    view = {
        "name": name,
        "type": f"{publisher}.{kind}",
        "typeHandlerVersion": "1.0.110.0",
        "statuses": [
            status(code, display, message, NOW - timedelta(hours=20), "Info" if state == "Succeeded" else "Error")
        ],
    }
    return resource, view


def vmsnapshot(os_type: str = "Windows", **changes: Any) -> tuple[Json, Json]:
    kind = "VMSnapshot" if os_type == "Windows" else "VMSnapshotLinux"
    return extension(kind, "Microsoft.Azure.RecoveryServices", kind, **changes)


def vm_json(
    *,
    os_type: str = "Windows",
    power: str = "running",
    agent: bool = True,
    agent_version: str | None = None,
    agent_ready: bool = True,
    agent_age: timedelta = timedelta(minutes=2),
    agent_message: str | None = None,
    provisioning: str = "Succeeded",
    extensions: Sequence[tuple[Json, Json]] = (),
    data_disk_sizes: Sequence[int] | None = None,
    encrypted: bool = False,
    instance_view: bool = True,
) -> Json:
    """VirtualMachines_Get with VirtualMachines_InstanceView as properties.instanceView (the shape of
    `list_all(expand="instanceView")`)."""
    vm = example("VirtualMachines_Get.json")
    vm["id"] = VM_ID
    vm.pop("managedBy", None)
    props = vm["properties"]
    props["provisioningState"] = provisioning
    os_disk = props["storageProfile"]["osDisk"]
    os_disk["osType"] = os_type
    if data_disk_sizes is not None:
        template = props["storageProfile"]["dataDisks"][0]
        props["storageProfile"]["dataDisks"] = [
            {**copy.deepcopy(template), "lun": lun, "name": f"myDataDisk{lun}", "diskSizeGB": size}
            for lun, size in enumerate(data_disk_sizes)
        ]
    if encrypted:
        settings = {
            "enabled": True,
            "diskEncryptionKey": {
                "sourceVault": {"id": KEY_VAULT_ID},
                "secretUrl": "https://myvmvault.vault.azure.net/secrets/bek/1",
            },
            "keyEncryptionKey": {
                "sourceVault": {"id": KEY_VAULT_ID},
                "keyUrl": "https://myvmvault.vault.azure.net/keys/kek/1",
            },
        }
        for disk in [os_disk, *props["storageProfile"]["dataDisks"]]:
            disk["encryptionSettings"] = copy.deepcopy(settings)
    vm["resources"] = [resource for resource, _ in extensions]
    if not instance_view:
        return vm
    view = example("VirtualMachines_InstanceView.json")
    view["extensions"] = [entry for _, entry in extensions]
    if provisioning == "Succeeded":
        provisioning_status = status(
            "ProvisioningState/succeeded", "Provisioning succeeded", time=NOW - timedelta(days=3)
        )
    elif provisioning == "Failed":
        provisioning_status = status(
            "ProvisioningState/failed/VMExtensionProvisioningError",
            "Provisioning failed",
            "VM has reported a failure when processing extension 'VMSnapshot'.",
            NOW - timedelta(hours=20),
            "Error",
        )
    else:
        provisioning_status = status(f"ProvisioningState/{provisioning.lower()}", provisioning, time=NOW)
    view["statuses"] = [provisioning_status, status(f"PowerState/{power}", f"VM {power}")]
    if not agent:
        view.pop("vmAgent")
    else:
        vm_agent = view["vmAgent"]
        vm_agent["vmAgentVersion"] = agent_version or ("2.7.41491.1149" if os_type == "Windows" else "2.13.1.1")
        if agent_ready:
            vm_agent["statuses"] = [
                status(
                    "ProvisioningState/succeeded",
                    "Ready",
                    agent_message or "GuestAgent is running and processing the extensions.",
                    NOW - agent_age,
                )
            ]
        else:
            vm_agent["statuses"] = [
                status(
                    "ProvisioningState/Unavailable",
                    "Not Ready",
                    agent_message or "VM status blob is found but not yet populated.",
                    NOW - agent_age,
                    "Warning",
                )
            ]
        vm_agent["extensionHandlers"] = [
            {
                "type": entry["type"],
                "typeHandlerVersion": entry["typeHandlerVersion"],
                "status": status("ProvisioningState/succeeded", "Ready"),
            }
            for _, entry in extensions
        ]
    props["instanceView"] = view
    return vm


# --- Azure Backup ------------------------------------------------------------------------------------------


def protected_item(state: str = "Protected", last_status: str = "Completed", last_time: datetime | None = None) -> Json:
    item = example("ProtectedItems_Get_IaasVM.json")
    container = f"iaasvmcontainerv2;{RG.lower()};{VM_NAME.lower()}"
    item["id"] = (
        f"{VAULT_ID}/backupFabrics/Azure/protectionContainers/IaasVMContainer;{container}/protectedItems/VM;{container}"
    )
    item["name"] = f"VM;{container}"
    props = item["properties"]
    props.update(
        {
            "friendlyName": VM_NAME,
            "virtualMachineId": VM_ID,
            "sourceResourceId": VM_ID,
            "protectionState": state,
            "lastBackupStatus": last_status,
            "lastBackupTime": iso(last_time or NOW - timedelta(hours=10)),
            "containerName": container,
            "policyId": f"{VAULT_ID}/backupPolicies/DefaultPolicy",
        }
    )
    return item


def job(
    name: str,
    *,
    status_: str = "Failed",
    age: timedelta = timedelta(hours=6),
    errors: Sequence[Json] = (),
    operation: str = "Backup",
    property_bag: dict[str, str] | None = None,
    dynamic_message: str | None = None,
    vault_id: str = VAULT_ID,
) -> Json:
    """JobDetails_Get with the VM's names, a status, and errorDetails as the REST API documents them."""
    body = example("JobDetails_Get.json")
    body["id"] = f"{vault_id}/backupJobs/{name}"
    body["name"] = name
    props = body["properties"]
    props.update(
        {
            "entityFriendlyName": VM_NAME,
            "containerName": f"iaasvmcontainerv2;{RG.lower()};{VM_NAME.lower()}",
            "operation": operation,
            "status": status_,
            "startTime": iso(NOW - age),
        }
    )
    if status_ != "InProgress":
        props["endTime"] = iso(NOW - age + timedelta(minutes=40))
    props["extendedInfo"]["propertyBag"] = {"VM Name": VM_NAME, **(property_bag or {})}
    if dynamic_message is not None:
        props["extendedInfo"]["dynamicErrorMessage"] = dynamic_message
    if errors:
        props["errorDetails"] = list(errors)
    return body


def error(code: int | str, message: str, recommendations: Iterable[str] = (), title: str = "") -> Json:
    return {"errorCode": code, "errorString": message, "errorTitle": title, "recommendations": list(recommendations)}


def lock(group: str, level: str = "CanNotDelete", name: str = "do-not-delete") -> Json:
    body = example("ManagementLocks_ListAtResourceGroupLevel.json")["value"][0]
    body["id"] = f"/subscriptions/{SUB}/resourceGroups/{group}/providers/Microsoft.Authorization/locks/{name}"
    body["name"] = name
    body["properties"] = {"level": level}
    return body


def restore_point_collection(
    points: int, name: str = f"AzureBackup_{VM_NAME}_1", group: str = "AzureBackupRG_westus_1"
) -> Json:
    body = example("RestorePointCollections_Get_WithRestorePoints.json")
    body["id"] = (
        f"/subscriptions/{SUB}/resourceGroups/{group}/providers/Microsoft.Compute/restorePointCollections/{name}"
    )
    body["name"] = name
    body["properties"]["source"]["id"] = VM_ID
    template = body["properties"]["restorePoints"][0]
    body["properties"]["restorePoints"] = [
        {**copy.deepcopy(template), "name": f"rp{i}", "id": f"{body['id']}/restorePoints/rp{i}"} for i in range(points)
    ]
    return body


def key_vault(
    *,
    keys: Sequence[str] = ("get", "list", "backup"),
    secrets: Sequence[str] = ("get", "list", "backup"),
    rbac: bool = False,
    service_policy: bool = True,
) -> Json:
    body = example("Vaults_Get_KeyVault.json")
    body["id"] = KEY_VAULT_ID
    body["name"] = "myVMVault"
    policies = body["properties"]["accessPolicies"]
    policies[0]["objectId"] = "5f2b0000-0000-4000-8000-00000000adm1"  # an administrator, with every permission
    if service_policy:
        policies.append(
            {"tenantId": SUB, "objectId": BMS_OBJECT_ID, "permissions": {"keys": list(keys), "secrets": list(secrets)}}
        )
    if rbac:
        body["properties"]["enableRbacAuthorization"] = True
    return body


def make_vm(
    vm: Json | None = None,
    *,
    protection: Sequence[Json] | None = (),
    jobs: Sequence[Json] | None = (),
    locks: Sequence[Json] | None = (),
    collections: Sequence[Json] | None = (),
    key_vaults: Sequence[Json] | None = (),
    service_object_id: str | None = BMS_OBJECT_ID,
) -> VmFacts:
    """A VM's facts as the collector joins them: each part parsed from its ARM payload; None = unread."""
    facts = parse.parse_vm(vm if vm is not None else vm_json())
    return replace(
        facts,
        protection=None if protection is None else tuple(parse.parse_protected_item(p)[0] for p in protection),
        jobs=(
            None
            if jobs is None
            else tuple(sorted((parse.parse_job(j) for j in jobs), key=lambda j: j.start_time or NOW, reverse=True))
        ),
        locks=None if locks is None else tuple(parse.parse_lock(lock_) for lock_ in locks),
        restore_point_collections=(
            None if collections is None else tuple(parse.parse_restore_point_collection(c) for c in collections)
        ),
        key_vaults=None if key_vaults is None else tuple(parse.parse_key_vault(k) for k in key_vaults),
        backup_service_object_id=service_object_id,
    )


def protected_vm(vm: Json | None = None, **kwargs: Any) -> VmFacts:
    """A VM protected in VAULT_ID whose last backup succeeded, unless kwargs say otherwise."""
    kwargs.setdefault("protection", [protected_item()])
    return make_vm(vm, **kwargs)


def run(check_id: str, vm: VmFacts) -> list[Finding]:
    return check(check_id).run(vm, context())


def only(check_id: str, vm: VmFacts) -> Finding:
    findings = run(check_id, vm)
    assert len(findings) == 1, findings
    return findings[0]


def all_findings(vm: VmFacts) -> list[Finding]:
    return evaluate(vm, context())
