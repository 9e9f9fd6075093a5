"""Control-plane checks for codes documented since the seed: each one on a VM that shows the signal and on a
healthy twin that does not (no false alarm)."""

from __future__ import annotations

from dataclasses import replace

from check_builders import error, job, make_vm, only, protected_vm, vm_json, vmsnapshot

from core.facts import LockFacts, VmFacts
from core.findings import Status


def test_a_vm_in_the_failed_state_cannot_be_backed_up() -> None:
    finding = only("vm-backup-state", protected_vm(vm_json(provisioning="Failed")))
    assert finding.status is Status.FAIL
    assert finding.wizard == "vm-state-not-allowed"
    assert "UserErrorVmNotInDesirableState" in finding.error_codes
    assert finding.evidence["provisioningState"] == "Failed"


def test_a_failed_state_from_a_failed_extension_is_left_to_the_provisioning_check() -> None:
    vm = protected_vm(vm_json(provisioning="Failed", extensions=[vmsnapshot(state="Failed")]))
    assert only("vm-backup-state", vm).status is Status.NOT_APPLICABLE
    assert only("vm-provisioning-state", vm).status is Status.FAIL


def test_a_vm_between_states_is_a_warning_to_wait() -> None:
    finding = only("vm-backup-state", protected_vm(vm_json(power="stopping")))
    assert finding.status is Status.WARN
    assert finding.wizard == "vm-state-not-allowed"
    assert finding.evidence["powerState"] == "stopping"


def test_running_stopped_and_deallocated_vms_allow_backups() -> None:
    for power in ("running", "stopped", "deallocated"):
        assert only("vm-backup-state", protected_vm(vm_json(power=power))).status is Status.PASS, power


def test_a_backup_extension_stuck_in_deletion_fails_with_the_extension_named() -> None:
    vm = protected_vm(vm_json(extensions=[vmsnapshot(state="Deleting")]))
    finding = only("extension-deleting", vm)
    assert finding.status is Status.FAIL
    assert finding.wizard == "extension-stuck-deleting"
    assert finding.error_codes == ("ExtensionStuckInDeletionState",)
    assert finding.evidence["extension"]["name"] == "VMSnapshot"
    assert finding.evidence["extension"]["provisioningState"] == "Deleting"


def test_a_healthy_backup_extension_is_not_stuck() -> None:
    assert only("extension-deleting", protected_vm(vm_json(extensions=[vmsnapshot()]))).status is Status.PASS
    linux = protected_vm(vm_json(os_type="Linux", extensions=[vmsnapshot("Linux")]))
    assert only("extension-deleting", linux).status is Status.PASS


def test_another_extension_deleting_is_not_the_backup_extensions_problem() -> None:
    from check_builders import extension

    vm = protected_vm(vm_json(extensions=[vmsnapshot(), extension("X", "Contoso", "X", state="Deleting")]))
    assert only("extension-deleting", vm).status is Status.PASS


def test_more_data_disks_than_backup_supports_fails() -> None:
    finding = only("data-disk-count", protected_vm(vm_json(data_disk_sizes=[128] * 33)))
    assert finding.status is Status.FAIL
    assert finding.wizard == "detach-data-disks"
    assert finding.error_codes == ("UserErrorBCMUnsupportedDiskCount",)
    assert (finding.evidence["dataDisks"], finding.evidence["limit"]) == (33, 32)


def test_thirty_two_data_disks_are_supported() -> None:
    finding = only("data-disk-count", protected_vm(vm_json(data_disk_sizes=[128] * 32)))
    assert finding.status is Status.PASS
    assert only("data-disk-count", make_vm(vm_json())).status is Status.PASS


def _security(vm_security: str | None, disk_security: str | None, **kwargs: object) -> VmFacts:
    vm = protected_vm(vm_json(), **kwargs)  # type: ignore[arg-type]
    vm = replace(vm, security_type=vm_security)
    assert vm.disks is not None
    vm = replace(vm, disks=tuple(replace(d, security_type=disk_security) if d.is_os_disk else d for d in vm.disks))
    return vm


def test_a_trusted_launch_vm_moved_to_standard_fails_while_its_backups_fail() -> None:
    failed = job("j", errors=[error(1, "Backup cannot be configured for the VM which has migrated.")])
    finding = only("security-type", _security(None, "TrustedLaunch", jobs=[failed]))
    assert finding.status is Status.FAIL
    assert finding.wizard == "trusted-launch-reprotect"
    assert finding.error_codes == ("UserErrorMigrationFromTrustedLaunchVMToNonTrustedVMNotAllowed",)
    assert (finding.evidence["vmSecurityType"], finding.evidence["osDiskSecurityType"]) == ("Standard", "TrustedLaunch")


def test_trusted_launch_vms_and_vms_protected_again_are_not_flagged() -> None:
    assert only("security-type", _security("TrustedLaunch", "TrustedLaunch")).status is Status.PASS
    assert only("security-type", _security(None, None)).status is Status.PASS
    succeeded = job("ok", status_="Completed")
    assert only("security-type", _security("Standard", "TrustedLaunch", jobs=[succeeded])).status is Status.PASS


def _unmanaged(locks: list[tuple[str, str]] | None) -> VmFacts:
    """A VM whose disks are VHDs in the storage account `classicsa` (as vhd.uri names it)."""
    vm = protected_vm(vm_json())
    assert vm.disks is not None
    vm = replace(vm, disks=tuple(replace(d, id=None, storage_account="classicsa") for d in vm.disks))
    sub = f"/subscriptions/{vm.subscription_id}"
    account = f"{sub}/resourceGroups/rg-classic/providers/Microsoft.Storage/storageAccounts/classicsa"
    return replace(
        vm,
        storage_account_locks=None
        if locks is None
        else tuple(
            LockFacts(f"{account}/providers/Microsoft.Authorization/locks/{name}", name, level, account)
            for name, level in locks
        ),
    )
    return vm


def test_a_read_only_lock_on_the_storage_account_of_unmanaged_disks_fails() -> None:
    finding = only("storage-account-lock", _unmanaged([("congelado", "ReadOnly")]))
    assert finding.status is Status.FAIL
    assert finding.wizard == "storage-account-lock"
    assert finding.error_codes == ("UserErrorStorageAccountIsLocked",)
    assert finding.evidence["storageAccount"] == "classicsa"
    assert finding.evidence["lockId"].endswith("/locks/congelado")


def test_a_delete_lock_or_managed_disks_raise_nothing() -> None:
    assert only("storage-account-lock", _unmanaged([("nao-eliminar", "CanNotDelete")])).status is Status.PASS
    assert only("storage-account-lock", _unmanaged([])).status is Status.PASS
    assert only("storage-account-lock", protected_vm(vm_json())).status is Status.NOT_APPLICABLE
    assert only("storage-account-lock", _unmanaged(None)).status is Status.UNKNOWN


def test_collection_picks_the_storage_account_locks_from_the_subscription_list() -> None:
    from core.collect import add_storage_account_locks

    vm = _unmanaged(None)
    sub = f"/subscriptions/{vm.subscription_id}"
    other = f"{sub}/resourceGroups/rg-x/providers/Microsoft.Storage/storageAccounts/othersa"
    mine = f"{sub}/resourceGroups/rg-classic/providers/Microsoft.Storage/storageAccounts/ClassicSA"
    locks = [
        LockFacts(f"{other}/providers/Microsoft.Authorization/locks/a", "a", "ReadOnly", other),
        LockFacts(f"{mine}/providers/Microsoft.Authorization/locks/b", "b", "ReadOnly", mine),
        LockFacts(f"{sub}/providers/Microsoft.Authorization/locks/c", "c", "CanNotDelete", sub),
    ]
    [vm] = add_storage_account_locks([vm], locks)
    assert [lock.name for lock in vm.storage_account_locks or ()] == ["b", "c"]


def test_the_storage_account_is_read_from_the_vhd_uri() -> None:
    from core.azure.parse import parse_vm

    body = vm_json()
    os_disk = body["properties"]["storageProfile"]["osDisk"]
    os_disk.pop("managedDisk", None)
    os_disk["vhd"] = {"uri": "https://classicsa.blob.core.windows.net/vhds/os.vhd"}
    vm = parse_vm(body)
    assert vm.disks is not None
    assert [d.storage_account for d in vm.disks if d.is_os_disk] == ["classicsa"]


POLICY_ERROR = (
    "Resource 'AzureBackupRG_westeurope_1' was disallowed by policy. Policy identifiers: "
    '\'[{"policyAssignment":{"name":"Exigir etiqueta centro-de-custo","id":"/subscriptions/1/providers/'
    'Microsoft.Authorization/policyAssignments/tag-cc"},"policyDefinition":{"name":"Require a tag on resource '
    'groups","id":"/providers/Microsoft.Authorization/policyDefinitions/96670d01-0a4d-4649-9c89-2d3abc0a5025"}}]\'.'
)


def test_a_deny_policy_in_the_failed_job_is_named() -> None:
    message = "An invalid policy is configured on the VM which is preventing Snapshot operation."
    failed = job("j", errors=[error(1, message, [POLICY_ERROR])])
    finding = only("policy-deny", protected_vm(jobs=[failed]))
    assert finding.status is Status.FAIL
    assert finding.wizard == "policy-restore-point-group"
    assert finding.error_codes == ("UserErrorRequestDisallowedByPolicy",)
    assert finding.evidence["policy"] == "Exigir etiqueta centro-de-custo"
    assert finding.evidence["policyDefinitionId"].endswith("96670d01-0a4d-4649-9c89-2d3abc0a5025")
    assert finding.evidence["restorePointGroup"] == "AzureBackupRG_westeurope_1"
    assert "Exigir etiqueta centro-de-custo" in finding.title.render()


def test_other_failures_and_successes_are_no_policy_denial() -> None:
    other = job("j", errors=[error(1, "VM Agent unable to communicate with Azure Backup")])
    assert only("policy-deny", protected_vm(jobs=[other])).status is Status.PASS
    assert only("policy-deny", protected_vm(jobs=[job("ok", status_="Completed")])).status is Status.PASS


def test_a_protected_item_without_its_vm_is_reported_as_orphaned() -> None:
    from core.orphans import orphaned_vms

    listed = protected_vm(vm_json())
    item = (listed.protection or ())[0]
    sub = listed.subscription_id
    gone = f"/subscriptions/{sub}/resourceGroups/rg-erp/providers/Microsoft.Compute/virtualMachines/vm-old"
    other_sub = "/subscriptions/other/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm-x"
    stopped = replace(item, protection_state="ProtectionStopped")
    protection = {gone.lower(): [item], listed.id.lower(): [item], other_sub.lower(): [item], "s": [stopped]}
    sources = {gone.lower(): gone, listed.id.lower(): listed.id, other_sub.lower(): other_sub, "s": gone + "2"}
    (orphan,) = orphaned_vms(sub, protection, sources, [listed])
    assert (orphan.id, orphan.exists) == (gone, False)
    finding = only("source-vm-exists", orphan)
    assert finding.status is Status.FAIL
    assert finding.wizard == "orphaned-protection"
    assert finding.error_codes == ("ResourceNotFound", "BCMV2VMNotFound", "UserErrorVmNotFoundV2")
    assert finding.evidence["protectedItems"][0]["protectionState"] == "Protected"
    # Its healthy twin: the VM that exists.
    assert only("source-vm-exists", listed).status is Status.PASS


def test_a_deleted_vm_whose_protection_was_stopped_is_settled_and_only_that_is_said() -> None:
    from datetime import UTC, datetime

    from core.checks import evaluate
    from core.orphans import orphaned_vms

    listed = protected_vm(vm_json())
    item = (listed.protection or ())[0]
    sub = listed.subscription_id
    gone = f"/subscriptions/{sub}/resourceGroups/rg-erp/providers/Microsoft.Compute/virtualMachines/vm-old"
    until = datetime(2026, 12, 17, 8, 0, tzinfo=UTC)
    cases = {
        "kept": ([replace(item, protection_state="ProtectionStopped", policy_id="")], "are kept until someone"),
        "soft-deleted": (
            [replace(item, protection_state="ProtectionStopped", soft_deleted=True, deferred_delete_time=until)],
            "soft-deleted) in rsv-prod until 2026-12-17 08:00 UTC",
        ),
        "gone": ([], "No vault has a protected item for it any more"),
    }
    for name, (items, said) in cases.items():
        # A scan does not report it: the vault no longer looks for the VM.
        assert orphaned_vms(sub, {gone.lower(): items}, {gone.lower(): gone}, [listed]) == [], name
        # A fix wizard's verification asks for it by id: the one check passes and says what became of the data.
        (vm,) = orphaned_vms(sub, {gone.lower(): items}, {gone.lower(): gone}, [listed], {gone.lower(): gone})
        findings = evaluate(vm)
        assert [f.check for f in findings] == ["source-vm-exists"], name  # no resume/configure offer for it
        assert findings[0].status is Status.PASS and findings[0].wizard is None, name
        assert said in findings[0].detail.render(), (name, findings[0].detail.render())  # type: ignore[union-attr]
    unread = VmFacts(
        id=gone,
        name="vm-old",
        subscription_id=sub,
        resource_group="rg-erp",
        location="",
        os_type=None,
        provisioning_state=None,
        exists=False,
    )
    assert only("source-vm-exists", unread).status is Status.UNKNOWN
