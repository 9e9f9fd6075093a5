"""UserErrorRpCollectionLimitReached: locks on the restore point groups and the 18 instant restore points."""

from __future__ import annotations

from datetime import timedelta

import pytest
from check_builders import (
    NOW,
    RG,
    Json,
    error,
    job,
    lock,
    make_vm,
    only,
    protected_vm,
    restore_point_collection,
    vm_json,
)

from core.facts import FACT_LOCKS, FACT_RESTORE_POINTS
from core.findings import Problem, Status
from core.i18n import Msg


@pytest.mark.parametrize(("points", "expected"), [(17, Status.PASS), (18, Status.FAIL), (19, Status.FAIL)])
def test_eighteen_instant_restore_points_is_the_limit(points: int, expected: Status) -> None:
    finding = only("restore-point-limit", protected_vm(collections=[restore_point_collection(points)]))
    assert finding.status is expected
    assert finding.evidence["restorePoints"] == points
    assert finding.evidence["limit"] == 18
    if expected is Status.FAIL:
        assert finding.wizard == "rp-collection-limit"
        assert finding.error_codes[0] == "UserErrorRpCollectionLimitReached"


def test_restore_points_add_up_across_collections_and_groups() -> None:
    vm = protected_vm(
        collections=[
            restore_point_collection(10, "AzureBackup_myVM_1", "AzureBackupRG_westus_1"),
            restore_point_collection(8, "AzureBackup_myVM_2", "AzureBackupRG_westus_2"),
            restore_point_collection(5, "my-own-restore-points", "rg-other"),  # not Azure Backup's
        ]
    )
    finding = only("restore-point-limit", vm)
    assert finding.status is Status.FAIL
    assert finding.evidence["restorePoints"] == 18
    assert [c["restorePoints"] for c in finding.evidence["collections"]] == [10, 8]
    assert len(finding.evidence["otherCollections"]) == 1


def test_collection_without_expanded_restore_points_is_unknown() -> None:
    collection = restore_point_collection(3)
    del collection["properties"]["restorePoints"]
    finding = only("restore-point-limit", protected_vm(collections=[collection]))
    assert finding.status is Status.UNKNOWN


def test_unreadable_restore_point_collections_are_unknown_with_the_reason() -> None:
    vm = protected_vm(collections=None)
    vm = vm.marked_unavailable(FACT_RESTORE_POINTS, Problem(
        vm.id, "AuthorizationFailed", Msg("AzureErrors", "Access denied on {scope}.", {"scope": vm.id}), 403
    ))
    finding = only("restore-point-limit", vm)
    assert finding.status is Status.UNKNOWN
    assert finding.evidence["reason"] == "AuthorizationFailed"


@pytest.mark.parametrize("level", ["CanNotDelete", "ReadOnly"])
def test_lock_on_the_restore_point_group_fails_with_its_name_and_level(level: str) -> None:
    vm = protected_vm(
        collections=[restore_point_collection(18)],
        locks=[lock("AzureBackupRG_westus_1", level, "keep-backups")],
    )
    finding = only("restore-point-locks", vm)
    assert finding.status is Status.FAIL
    assert finding.wizard == "rp-collection-limit"
    assert finding.evidence["locks"][0] | {"id": None} == {
        "name": "keep-backups",
        "level": level,
        "scope": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/AzureBackupRG_westus_1",
        "kind": "restorePointGroup",
        "id": None,
        "notes": None,
    }
    assert f"keep-backups ({level}, AzureBackupRG_westus_1)" in finding.title.render()
    assert {"UserErrorRpCollectionLimitReached", "BackUpOperationFailed", "BackUpOperationFailedV2"} <= set(
        finding.error_codes
    )


def test_lock_on_the_vm_group_warns_when_restore_points_live_elsewhere() -> None:
    vm = protected_vm(collections=[restore_point_collection(4)], locks=[lock(RG)])
    finding = only("restore-point-locks", vm)
    assert finding.status is Status.WARN
    assert finding.evidence["locks"][0]["kind"] == "vmGroup"


def test_lock_on_the_vm_group_fails_when_it_holds_the_restore_points() -> None:
    vm = protected_vm(collections=[restore_point_collection(18, group=RG)], locks=[lock(RG)])
    assert only("restore-point-locks", vm).status is Status.FAIL


def test_no_lock_passes_and_unreadable_locks_are_unknown() -> None:
    assert only("restore-point-locks", protected_vm(collections=[restore_point_collection(4)])).status is Status.PASS
    vm = protected_vm(locks=None)
    vm = vm.marked_unavailable(FACT_LOCKS, Problem(
        f"/subscriptions/{vm.subscription_id}", "AuthorizationFailed", Msg("AzureErrors", "Access denied."), 403
    ))
    finding = only("restore-point-locks", vm)
    assert finding.status is Status.UNKNOWN
    assert finding.evidence["reason"] == "AuthorizationFailed"


def test_restore_point_checks_do_not_apply_without_backup() -> None:
    vm = make_vm(vm_json(), locks=[lock("AzureBackupRG_westus_1")], collections=[restore_point_collection(18)])
    assert only("restore-point-locks", vm).status is Status.NOT_APPLICABLE
    assert only("restore-point-limit", vm).status is Status.NOT_APPLICABLE


# --- severity: fail only when backups fail now or at the next run -------------------------------------------


def _daily_backups(days: int) -> list[Json]:
    return [job(f"j-ok-{d}", status_="Completed", age=timedelta(days=d, hours=2)) for d in range(days)]


def test_a_lock_while_backups_succeed_below_the_limit_is_a_warning_with_the_count_and_the_date() -> None:
    vm = protected_vm(
        collections=[restore_point_collection(11)],
        locks=[lock("AzureBackupRG_westus_1", "CanNotDelete", "keep-backups")],
        jobs=_daily_backups(5),
    )
    finding = only("restore-point-locks", vm)
    assert finding.status is Status.WARN
    assert finding.wizard == "rp-collection-limit"
    # The latest backup started 2 hours before NOW; one a day: 7 more days to 18.
    reached = (NOW - timedelta(hours=2) + timedelta(days=7)).strftime("%Y-%m-%d")
    assert finding.detail is not None
    assert finding.detail.render().startswith(
        f"11 of 18 instant restore points; at the current rate the limit is reached around {reached}"
    )
    assert finding.evidence["restorePoints"] == 11


def test_a_lock_without_a_backup_history_warns_that_the_date_cannot_be_estimated() -> None:
    vm = protected_vm(collections=[restore_point_collection(4)], locks=[lock("AzureBackupRG_westus_1")])
    finding = only("restore-point-locks", vm)
    assert finding.status is Status.WARN
    assert finding.detail is not None and "4 of 18" in finding.detail.render()
    assert "cannot be estimated" in finding.detail.render()


def test_a_lock_fails_when_the_limit_is_reached() -> None:
    vm = protected_vm(
        collections=[restore_point_collection(18)], locks=[lock("AzureBackupRG_westus_1")], jobs=_daily_backups(3)
    )
    assert only("restore-point-locks", vm).status is Status.FAIL


def test_a_lock_fails_when_the_latest_backup_failed_with_a_code_it_explains() -> None:
    failed = job(
        "j-rp", age=timedelta(hours=1), errors=[error(400133, "The Restore Point collection max limit has reached.")]
    )
    vm = protected_vm(
        collections=[restore_point_collection(4)],
        locks=[lock("AzureBackupRG_westus_1")],
        jobs=[failed, *_daily_backups(3)],
    )
    assert only("restore-point-locks", vm).status is Status.FAIL
