"""The last-backup check: a failed job's documented error joined with what the checks see of its causes."""

from __future__ import annotations

from datetime import timedelta

from check_builders import (
    VAULT_ID,
    error,
    job,
    lock,
    only,
    protected_item,
    protected_vm,
    restore_point_collection,
    run,
    vm_json,
)

from core.catalog_match import MATCH_CODE, MATCH_MESSAGE
from core.facts import FACT_JOBS
from core.findings import Finding, Problem, Status
from core.i18n import Msg

# --- the latest failed job joined with the checks -----------------------------------------------------------


def _detail(finding: object) -> str:
    detail = getattr(finding, "detail", None)
    return detail.render() if detail is not None else ""


def test_snapshot_status_error_on_an_old_linux_agent_confirms_the_linux_cause() -> None:
    failed = job(
        "j-failed", errors=[error(500110, "Could not communicate with the VM agent for snapshot status", ["Retry"])]
    )
    vm = protected_vm(vm_json(os_type="Linux", agent_version="2.2.45"), jobs=[failed])
    finding = only("last-backup-job", vm)
    assert finding.status is Status.FAIL
    assert finding.error_codes == ("GuestAgentSnapshotTaskStatusError",)
    assert finding.wizard == "linux-agent-outdated"
    assert finding.title.render() == (
        "The latest backup, on 2026-11-25 06:40 UTC, failed with GuestAgentSnapshotTaskStatusError: "
        "Could not communicate with the VM agent for snapshot status"
    )
    assert "confirmed" in _detail(finding) and "out of date" in _detail(finding)
    evidence = finding.evidence
    assert evidence["errorCode"] == 500110
    assert evidence["job"]["id"].endswith("/backupJobs/j-failed")
    assert evidence["matched"]["by"] == MATCH_MESSAGE
    causes = {c["id"]: c["verdict"] for c in evidence["causes"]}
    assert list(causes) == [
        "windows-agent-unresponsive",
        "linux-agent-outdated",
        "snapshot-status-unreachable",
        "linux-waagent-conf",
        "app-control-blocking",
    ]
    assert causes["windows-agent-unresponsive"] == "not-applicable"
    assert causes["linux-agent-outdated"] == "confirmed"
    assert causes["linux-waagent-conf"] == "suspected"  # only the guest can confirm it: check inside


def test_code_in_the_property_bag_and_a_lock_confirm_the_lock_cause() -> None:
    failed = job("j-lock", errors=[error(500001, "")], property_bag={"Error Code": "BackUpOperationFailedV2"})
    vm = protected_vm(
        jobs=[failed],
        collections=[restore_point_collection(6)],
        locks=[lock("AzureBackupRG_westus_1", "ReadOnly")],
    )
    finding = only("last-backup-job", vm)
    assert finding.error_codes == ("BackUpOperationFailedV2",)
    assert finding.evidence["job"]["failureCode"] == "BackUpOperationFailedV2"
    # The snapshot cause can only be suspected (a warning), the lock is confirmed: the confirmed one leads.
    assert finding.wizard == "rp-collection-limit"
    causes = {c["id"]: c["verdict"] for c in finding.evidence["causes"]}
    assert causes == {
        "windows-agent-unresponsive": "ruled-out",
        "linux-agent-outdated": "not-applicable",
        "snapshot-status-unreachable": "suspected",
        "rp-group-lock": "confirmed",
    }


def test_code_in_the_dynamic_error_message_and_a_running_job() -> None:
    failed = job(
        "j-busy",
        age=timedelta(hours=2),
        errors=[error(400171, "")],
        dynamic_message="UserErrorBackupOperationInProgress: Unable to initiate backup as another backup operation is "
        "currently in progress",
    )
    running = job("j-running", status_="InProgress", age=timedelta(hours=30))
    finding = only("last-backup-job", protected_vm(jobs=[failed, running]))
    assert finding.error_codes == ("UserErrorBackupOperationInProgress",)
    assert finding.wizard == "backup-in-progress"
    assert finding.evidence["matched"]["by"] == MATCH_CODE
    # A running job is seen in Azure: the cause is confirmed, not merely suspected.
    assert _detail(finding).startswith("Backup Doctor confirmed this documented cause from Azure: Another backup")


def test_agent_status_unavailable_on_a_deallocated_vm_confirms_it_is_not_running() -> None:
    failed = job("j-off", errors=[error(400102, "VM Agent unable to communicate with Azure Backup")])
    finding = only("last-backup-job", protected_vm(vm_json(power="deallocated", agent=False), jobs=[failed]))
    assert finding.wizard == "start-vm-from-azure"
    causes = {c["id"]: c["verdict"] for c in finding.evidence["causes"]}
    assert causes["vm-not-running"] == "confirmed"
    # The agent check speaks of the power state only, so it does not also confirm the agent causes.
    assert causes["windows-agent-unresponsive"] != "confirmed"


def test_no_network_failure_with_a_healthy_agent_is_a_suspicion_to_check_inside() -> None:
    failed = job(
        "j-net",
        errors=[error(500152, "Snapshot operation failed due to no network connectivity on the virtual machine")],
    )
    finding = only("last-backup-job", protected_vm(jobs=[failed]))
    assert finding.error_codes == ("ExtensionSnapshotFailedNoNetwork",)
    assert finding.wizard == "snapshot-status-unreachable"
    assert "must be confirmed" in _detail(finding)


def test_stopped_protection_confirms_bcm_datasource_not_present() -> None:
    failed = job(
        "j-bcm",
        errors=[error(400195, "Backup failed: This virtual machine is not (actively) protected by Azure Backup.")],
    )
    vm = protected_vm(protection=[protected_item("ProtectionStopped")], jobs=[failed])
    finding = only("last-backup-job", vm)
    assert finding.error_codes == ("UserErrorBcmDatasourceNotPresent",)
    assert finding.wizard == "resume-protection"


def test_crp_error_points_to_the_details_azure_gave() -> None:
    failed = job(
        "j-crp",
        errors=[
            error(
                400189,
                "Backup failed due to an error. For details, see Job Error Message Details.",
                ["The disk encryption set of disk 'data-01' was not found."],
            )
        ],
    )
    finding = only("last-backup-job", protected_vm(jobs=[failed]))
    assert finding.error_codes == ("UserErrorCrpReportedUserError",)
    assert finding.wizard == "crp-reported-error"
    assert "The disk encryption set of disk 'data-01' was not found." in _detail(finding)


def test_unmatched_error_is_shown_raw_never_dropped() -> None:
    strange = error(123456, "The frobnicator is misaligned", ["Realign the frobnicator."], title="Frobnication failed")
    failed = job(
        "j-odd", errors=[strange, error(500110, "Could not communicate with the VM agent for snapshot status")]
    )
    findings = run("last-backup-job", protected_vm(jobs=[failed]))
    assert len(findings) == 2
    raw = findings[0]
    assert raw.status is Status.FAIL
    assert raw.error_codes == ()
    assert raw.wizard is None
    assert {k: raw.evidence[k] for k in ("errorCode", "errorString", "errorTitle", "recommendations")} == {
        "errorCode": 123456,
        "errorString": "The frobnicator is misaligned",
        "errorTitle": "Frobnication failed",
        "recommendations": ["Realign the frobnicator."],
    }
    assert "The frobnicator is misaligned" in _detail(raw) and "Realign the frobnicator." in _detail(raw)
    assert findings[1].error_codes == ("GuestAgentSnapshotTaskStatusError",)


def test_failed_job_without_error_details_is_still_reported() -> None:
    finding = only("last-backup-job", protected_vm(jobs=[job("j-bare")]))
    assert finding.status is Status.FAIL
    assert finding.error_codes == ()


def test_failure_followed_by_a_successful_backup_passes_and_keeps_the_old_failure() -> None:
    old = job(
        "j-old", age=timedelta(days=2), errors=[error(400133, "The Restore Point collection max limit has reached.")]
    )
    new = job("j-new", status_="Completed", age=timedelta(hours=3))
    finding = only("last-backup-job", protected_vm(jobs=[old, new]))
    assert finding.status is Status.PASS
    assert finding.evidence["earlierFailure"]["codes"] == ["UserErrorRpCollectionLimitReached"]


def test_restore_jobs_are_not_backups() -> None:
    restore = job("j-restore", operation="Restore", errors=[error(1, "Restore failed")])
    assert only("last-backup-job", protected_vm(jobs=[restore])).status is Status.PASS


def test_unreadable_jobs_are_unknown_with_the_reason() -> None:
    vm = protected_vm(jobs=None)
    vm.unavailable[FACT_JOBS] = Problem(
        VAULT_ID, "AuthorizationFailed", Msg("AzureErrors", "Access denied on {scope}.", {"scope": VAULT_ID}), 403
    )
    finding = only("last-backup-job", vm)
    assert finding.status is Status.UNKNOWN
    assert finding.evidence == {"reason": "AuthorizationFailed", "scope": VAULT_ID}
    assert _detail(finding) == f"Access denied on {VAULT_ID}."


# --- a confirmed cause is exactly the one whose evidence confirmed it ---------------------------------------


def _verdicts(finding: Finding) -> dict[str, str]:
    return {c["id"]: c["verdict"] for c in finding.evidence["causes"]}


def test_an_encrypted_disk_over_4tb_confirms_that_cause_not_the_32tb_one() -> None:
    failed = job(
        "j-disk", errors=[error(400164, "The configured disk size(s) is currently not supported by Azure Backup")]
    )
    vm = protected_vm(vm_json(data_disk_sizes=[4097], encrypted=True), jobs=[failed])
    finding = only("last-backup-job", vm)
    assert _verdicts(finding) == {"disk-over-32tb": "ruled-out", "encrypted-disk-over-4tb": "confirmed"}
    assert "An encrypted disk is larger than 4 TB" in _detail(finding)
    assert "32 TB" not in _detail(finding)


def test_a_disk_over_32tb_confirms_the_32tb_cause_only() -> None:
    failed = job(
        "j-disk", errors=[error(400164, "The configured disk size(s) is currently not supported by Azure Backup")]
    )
    vm = protected_vm(vm_json(data_disk_sizes=[32769]), jobs=[failed])
    finding = only("last-backup-job", vm)
    assert _verdicts(finding) == {"disk-over-32tb": "confirmed", "encrypted-disk-over-4tb": "ruled-out"}


def test_a_vm_with_no_agent_at_all_is_not_told_its_agent_is_installed() -> None:
    failed = job("j-none", errors=[error(400102, "VM Agent unable to communicate with Azure Backup")])
    finding = only("last-backup-job", protected_vm(vm_json(agent=False), jobs=[failed]))
    verdicts = _verdicts(finding)
    assert verdicts["agent-not-reporting"] == "confirmed"
    assert verdicts["windows-agent-unresponsive"] != "confirmed"
    assert "installed but not responding" not in _detail(finding)
    assert "not installed" in _detail(finding)
    assert finding.wizard == "windows-agent-unresponsive"  # its wizard reinstalls the agent


def test_an_installed_agent_that_is_not_ready_still_confirms_the_unresponsive_cause() -> None:
    failed = job("j-nr", errors=[error(400102, "VM Agent unable to communicate with Azure Backup")])
    finding = only("last-backup-job", protected_vm(vm_json(agent_ready=False), jobs=[failed]))
    verdicts = _verdicts(finding)
    assert verdicts["windows-agent-unresponsive"] == "confirmed"
    assert verdicts["agent-not-reporting"] == "ruled-out"


def test_no_agent_leaves_the_agent_cause_of_a_code_that_does_not_list_that_case_open() -> None:
    failed = job("j-snap", errors=[error(500110, "Could not communicate with the VM agent for snapshot status")])
    finding = only("last-backup-job", protected_vm(vm_json(agent=False), jobs=[failed]))
    verdicts = _verdicts(finding)
    assert "agent-not-reporting" not in verdicts
    assert verdicts["windows-agent-unresponsive"] == "open"
    assert not _detail(finding).startswith("Backup Doctor confirmed")
