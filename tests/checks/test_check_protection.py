"""UserErrorBcmDatasourceNotPresent (protection stopped or paused), never-protected VMs, and
UserErrorBackupOperationInProgress."""

from __future__ import annotations

from datetime import timedelta

import pytest
from check_builders import SUB, VAULT_ID, job, make_vm, only, protected_item, protected_vm, vm_json

from core.facts import FACT_JOBS, FACT_PROTECTION
from core.findings import Problem, Status
from core.i18n import Msg


@pytest.mark.parametrize("state", ["ProtectionStopped", "ProtectionPaused"])
def test_stopped_or_paused_protection_fails(state: str) -> None:
    finding = only("backup-protection-active", protected_vm(protection=[protected_item(state)]))
    assert finding.status is Status.FAIL
    assert finding.wizard == "resume-protection"
    assert finding.error_codes == ("UserErrorBcmDatasourceNotPresent",)
    assert finding.evidence["items"][0]["protectionState"] == state
    assert finding.title.render() == f"The VM's protection is {state} in rsv-prod"


@pytest.mark.parametrize("state", ["Protected", "IRPending"])
def test_active_protection_passes(state: str) -> None:
    assert only("backup-protection-active", protected_vm(protection=[protected_item(state)])).status is Status.PASS


def test_never_protected_vm_is_its_own_warning_not_a_failure() -> None:
    vm = make_vm(vm_json())
    configured = only("backup-configured", vm)
    assert configured.status is Status.WARN
    assert configured.wizard == "configure-backup"
    assert only("backup-protection-active", vm).status is Status.NOT_APPLICABLE
    assert only("last-backup-job", vm).status is Status.NOT_APPLICABLE


def test_unreadable_vaults_are_unknown_never_not_protected() -> None:
    vm = make_vm(vm_json(), protection=None)
    vm = vm.marked_unavailable(FACT_PROTECTION, Problem(
        VAULT_ID, "AuthorizationFailed", Msg("AzureErrors", "Access denied on {scope}.", {"scope": VAULT_ID}), 403
    ))
    for check_id in ("backup-configured", "backup-protection-active"):
        finding = only(check_id, vm)
        assert finding.status is Status.UNKNOWN
        assert finding.evidence["reason"] == "AuthorizationFailed"


def test_running_backup_job_warns_with_its_age() -> None:
    vm = protected_vm(jobs=[job("running", status_="InProgress", age=timedelta(hours=26, minutes=5))])
    finding = only("backup-in-progress", vm)
    assert finding.status is Status.WARN
    assert finding.wizard == "backup-in-progress"
    assert finding.evidence["ageMinutes"] == 26 * 60 + 5
    assert finding.title.render() == "A backup of this VM has been running for 26 h 5 min, since 2026-11-24 09:55 UTC"
    assert finding.evidence["inAnotherVault"] is False


def test_running_job_in_a_vault_that_no_longer_protects_the_vm() -> None:
    old_vault = f"/subscriptions/{SUB}/resourceGroups/rg-old/providers/Microsoft.RecoveryServices/vaults/rsv-old"
    vm = protected_vm(jobs=[job("stuck", status_="InProgress", age=timedelta(days=3), vault_id=old_vault)])
    finding = only("backup-in-progress", vm)
    assert finding.evidence["inAnotherVault"] is True
    assert finding.status is Status.FAIL  # it blocks every backup of the VM until cancelled there
    assert "rsv-old" in (finding.detail.render() if finding.detail else "")


def test_finished_jobs_only_pass_and_unreadable_jobs_are_unknown() -> None:
    assert only("backup-in-progress", protected_vm(jobs=[job("done", status_="Completed")])).status is Status.PASS
    vm = protected_vm(jobs=None)
    denied = Problem(VAULT_ID, "AuthorizationFailed", Msg("AzureErrors", "Access denied."), 403)
    vm = vm.marked_unavailable(FACT_JOBS, denied)
    assert only("backup-in-progress", vm).status is Status.UNKNOWN
