"""UserErrorVmProvisioningStateFailed: the VM's state, the backup extension, and any other extension."""

from __future__ import annotations

from dataclasses import replace

from check_builders import extension, make_vm, only, protected_vm, vm_json, vmsnapshot

from core.facts import FACT_EXTENSIONS, FACT_INSTANCE_VIEW
from core.findings import Problem, Status
from core.i18n import Msg

FAILED_SNAPSHOT = "Snapshot operation failed: IaaSBcdrExtension exited with code 4."


def test_failed_backup_extension_is_told_apart_from_other_extensions() -> None:
    vm = protected_vm(
        vm_json(
            provisioning="Failed",
            extensions=[
                vmsnapshot(state="Failed", message=FAILED_SNAPSHOT),
                extension("MDE", "Microsoft.Azure.AzureDefenderForServers", "MDE.Windows"),
            ],
        )
    )
    backup = only("backup-extension", vm)
    assert backup.status is Status.FAIL
    assert backup.wizard == "backup-extension-failed"
    assert backup.title.render() == "The backup extension VMSnapshot is in a failed state"
    # Azure's message is quoted in the sentence (without its own full stop) and kept whole in the evidence.
    assert backup.detail is not None
    assert backup.detail.render().startswith(f'It reported "{FAILED_SNAPSHOT.rstrip(".")}". Remove the extension')
    assert backup.evidence["extensions"][0]["messages"] == [FAILED_SNAPSHOT]
    assert backup.evidence["extensions"][0]["provisioningState"] == "Failed"
    assert backup.evidence["extensions"][0]["publisher"] == "Microsoft.Azure.RecoveryServices"
    assert "UserErrorVmProvisioningStateFailed" in backup.error_codes

    assert only("other-extensions", vm).status is Status.PASS

    state = only("vm-provisioning-state", vm)
    assert state.status is Status.FAIL
    assert state.wizard == "backup-extension-failed"
    assert state.evidence["failedExtensions"] == ["VMSnapshot"]


def test_another_failed_extension_gets_its_own_fix() -> None:
    vm = protected_vm(
        vm_json(
            provisioning="Failed",
            extensions=[
                vmsnapshot(),
                extension(
                    "CustomScriptExtension",
                    "Microsoft.Compute",
                    "CustomScriptExtension",
                    state="Failed",
                    message="Command execution finished, but failed because it returned a non-zero exit code of: '1'",
                ),
            ],
        )
    )
    other = only("other-extensions", vm)
    assert other.status is Status.FAIL
    assert other.wizard == "other-extension-failed"
    assert other.evidence["extensions"][0]["name"] == "CustomScriptExtension"
    assert "non-zero exit code" in other.evidence["extensions"][0]["messages"][0]
    assert only("backup-extension", vm).status is Status.PASS
    assert only("vm-provisioning-state", vm).wizard == "other-extension-failed"


def test_linux_backup_extension_is_recognised() -> None:
    vm = protected_vm(vm_json(os_type="Linux", extensions=[vmsnapshot("Linux", state="Failed")]))
    finding = only("backup-extension", vm)
    assert finding.status is Status.FAIL
    assert finding.evidence["extensions"][0]["type"] == "VMSnapshotLinux"


def test_updating_vm_warns() -> None:
    finding = only("vm-provisioning-state", protected_vm(vm_json(provisioning="Updating")))
    assert finding.status is Status.WARN
    assert finding.wizard == "vm-updating"


def test_failed_vm_without_a_failed_extension_has_no_extension_wizard() -> None:
    finding = only("vm-provisioning-state", protected_vm(vm_json(provisioning="Failed")))
    assert finding.status is Status.FAIL
    assert finding.wizard is None
    assert "activity log" in (finding.detail.render() if finding.detail else "")


def test_backup_extension_not_installed_yet_is_not_a_failure() -> None:
    finding = only("backup-extension", protected_vm(vm_json()))
    assert finding.status is Status.NOT_APPLICABLE
    assert finding.evidence["expected"] == "Microsoft.Azure.RecoveryServices.VMSnapshot"


def test_unreadable_extensions_are_unknown() -> None:
    vm = make_vm(vm_json(instance_view=False))
    vm = replace(vm, extensions=None)
    problem = Problem(vm.id, "UnexpectedResponse", Msg("AzureErrors", "Azure sent data in an unexpected shape."))
    vm = vm.marked_unavailable(FACT_EXTENSIONS, problem)
    for check_id in ("backup-extension", "other-extensions"):
        finding = only(check_id, vm)
        assert finding.status is Status.UNKNOWN
        assert finding.evidence["reason"] == "UnexpectedResponse"
    vm = replace(vm, provisioning_state=None)
    vm = vm.marked_unavailable(FACT_INSTANCE_VIEW, problem)
    assert only("vm-provisioning-state", vm).status is Status.UNKNOWN


def test_a_failed_extension_on_a_vm_still_succeeded_is_a_warning() -> None:
    """It "can interfere" (the article); the next backup is blocked only once the VM is in the Failed state."""
    vm = protected_vm(
        vm_json(
            provisioning="Succeeded",
            extensions=[
                vmsnapshot(),
                extension(
                    "MicrosoftMonitoringAgent",
                    "Microsoft.EnterpriseCloud.Monitoring",
                    "MicrosoftMonitoringAgent",
                    state="Failed",
                    message="Install failed",
                ),
            ],
        )
    )
    other = only("other-extensions", vm)
    assert other.status is Status.WARN
    assert other.wizard == "other-extension-failed"
    assert only("vm-provisioning-state", vm).status is Status.PASS
