"""Causes only the guest can confirm (GuestAgentSnapshotTaskStatusError causes 3-5): what Azure shows decides
pass, fail or "check inside the VM"; nothing passes without evidence."""

from __future__ import annotations

from datetime import timedelta

from check_builders import VAULT_ID, error, job, make_vm, only, protected_item, protected_vm, vm_json, vmsnapshot

from core.facts import FACT_JOBS
from core.findings import Problem, Status
from core.i18n import Msg

SNAPSHOT_ERROR = error(500110, "Could not communicate with the VM agent for snapshot status")
KEYVAULT_ERROR = error(
    400141, "Backup doesn't have sufficient permissions to the key vault for backup of encrypted VMs."
)
WAAGENT_DISABLED = (
    "Extension 'Microsoft.Azure.RecoveryServices.VMSnapshotLinux' will not be processed since extension processing is "
    "disabled. To enable extension processing, set Extensions.Enabled=y in '/etc/waagent.conf'"
)


def _forbidden(scope: str) -> Problem:
    return Problem(
        scope,
        "AuthorizationFailed",
        Msg("AzureErrors", "Access denied on {scope}: your account lacks a role that allows this.", {"scope": scope}),
        403,
    )


# --- cause 4: /etc/waagent.conf ------------------------------------------------------------------------------


def test_extension_processing_disabled_in_waagent_conf_fails_with_the_agent_message() -> None:
    vm = protected_vm(
        vm_json(os_type="Linux", extensions=[vmsnapshot("Linux", state="Failed", message=WAAGENT_DISABLED)])
    )
    finding = only("linux-waagent-conf", vm)
    assert finding.status is Status.FAIL
    assert finding.wizard == "linux-waagent-conf"
    assert finding.evidence == {"reportedBy": "VMSnapshotLinux", "message": WAAGENT_DISABLED}
    assert "GuestAgentSnapshotTaskStatusError" in finding.error_codes


def test_waagent_conf_does_not_apply_to_windows() -> None:
    assert only("linux-waagent-conf", protected_vm(vm_json())).status is Status.NOT_APPLICABLE


def test_waagent_conf_passes_only_on_the_evidence_of_a_successful_backup() -> None:
    vm = protected_vm(vm_json(os_type="Linux"), jobs=[job("ok", status_="Completed", age=timedelta(hours=3))])
    finding = only("linux-waagent-conf", vm)
    assert finding.status is Status.PASS
    assert finding.evidence["lastBackup"] == "succeeded"


def test_waagent_conf_is_a_check_inside_warning_after_a_related_failure() -> None:
    vm = protected_vm(
        vm_json(os_type="Linux", extensions=[vmsnapshot("Linux")]),
        jobs=[job("failed", errors=[SNAPSHOT_ERROR])],
    )
    finding = only("linux-waagent-conf", vm)
    assert finding.status is Status.WARN
    detail = finding.detail.render() if finding.detail else ""
    # The backup extension reports success, so Extensions.Enable is verified; Provisioning.Agent is not.
    assert "Extensions.Enable is y" in detail and "Provisioning.Agent=auto" in detail
    assert finding.evidence["extensionsProcessed"] == ["VMSnapshotLinux"]
    assert finding.evidence["unconfirmed"] is True
    assert finding.evidence["lastBackupCodes"] == ["GuestAgentSnapshotTaskStatusError"]


def test_waagent_conf_is_not_suspected_when_the_failure_has_another_documented_cause() -> None:
    vm = protected_vm(vm_json(os_type="Linux"), jobs=[job("failed", errors=[KEYVAULT_ERROR])])
    finding = only("linux-waagent-conf", vm)
    assert finding.status is Status.NOT_APPLICABLE
    assert "UserErrorKeyvaultPermissionsNotConfigured" in (finding.detail.render() if finding.detail else "")


def test_unreadable_jobs_make_guest_checks_unknown_never_pass() -> None:
    vm = make_vm(vm_json(os_type="Linux"), protection=[protected_item(last_status="")], jobs=None)
    vm = vm.marked_unavailable(FACT_JOBS, _forbidden(VAULT_ID))
    for check_id in ("linux-waagent-conf", "app-control", "snapshot-status"):
        finding = only(check_id, vm)
        assert finding.status is Status.UNKNOWN, check_id
        assert finding.evidence["reason"] == "AuthorizationFailed"
        assert finding.detail is not None and VAULT_ID in finding.detail.render()


# --- cause 5: application control ----------------------------------------------------------------------------


def test_applocker_block_reported_by_the_backup_extension_fails() -> None:
    message = (
        "IaaSBcdrExtension.exe: This program is blocked by group policy. For more information, contact your "
        "system administrator."
    )
    vm = protected_vm(vm_json(extensions=[vmsnapshot(state="Failed", message=message)]))
    finding = only("app-control", vm)
    assert finding.status is Status.FAIL
    assert finding.wizard == "app-control-exclusion"
    assert finding.evidence["message"] == message


def test_app_control_after_an_unmatched_failure_says_to_look_inside() -> None:
    vm = protected_vm(vm_json(), jobs=[job("failed", errors=[error(999999, "Something nobody documented")])])
    finding = only("app-control", vm)
    assert finding.status is Status.WARN
    assert "AppLocker" in (finding.detail.render() if finding.detail else "")


# --- cause 3: the snapshot status cannot be retrieved -----------------------------------------------------------


def test_vm_shut_down_from_inside_the_guest_warns() -> None:
    finding = only("snapshot-status", protected_vm(vm_json(power="stopped")))
    assert finding.status is Status.WARN
    assert finding.wizard == "snapshot-status-unreachable"
    assert finding.evidence["powerState"] == "stopped"


def test_running_vm_with_a_silent_agent_points_to_shutdown_or_dhcp() -> None:
    finding = only("snapshot-status", protected_vm(vm_json(agent_age=timedelta(hours=5))))
    assert finding.status is Status.WARN
    assert "DHCP" in (finding.detail.render() if finding.detail else "")


def test_deallocated_vm_does_not_need_the_guest_for_its_snapshot() -> None:
    assert only("snapshot-status", protected_vm(vm_json(power="deallocated"))).status is Status.NOT_APPLICABLE


def test_dhcp_must_be_checked_inside_after_a_no_network_failure() -> None:
    no_network = error(500152, "Snapshot operation failed due to no network connectivity on the virtual machine")
    finding = only("snapshot-status", protected_vm(vm_json(), jobs=[job("failed", errors=[no_network])]))
    assert finding.status is Status.WARN
    assert finding.title.render() == "The snapshot status may not reach Azure: check DHCP inside the VM"


def test_guest_checks_do_not_apply_to_unprotected_vms() -> None:
    vm = make_vm(vm_json(os_type="Linux"))
    for check_id in ("linux-waagent-conf", "app-control", "snapshot-status"):
        assert only(check_id, vm).status is Status.NOT_APPLICABLE, check_id


def test_a_silent_agent_on_an_unprotected_vm_is_left_to_the_agent_check() -> None:
    vm = make_vm(vm_json(agent_ready=False))
    assert only("snapshot-status", vm).status is Status.NOT_APPLICABLE
    assert only("vm-agent-ready", vm).status is Status.FAIL
