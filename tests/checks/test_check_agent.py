"""The guest agent checks: vm-agent-ready (UserErrorGuestAgentStatusUnavailable) and agent-version."""

from __future__ import annotations

from datetime import timedelta

import pytest
from check_builders import job, make_vm, only, protected_vm, vm_json

from core.azure import parse
from core.checks.agent import parse_version, version_at_least
from core.facts import FACT_INSTANCE_VIEW
from core.findings import Problem, Status
from core.i18n import Msg


def test_running_vm_with_a_fresh_ready_agent_passes() -> None:
    finding = only("vm-agent-ready", make_vm(vm_json()))
    assert finding.status is Status.PASS
    assert finding.evidence["agentDisplayStatus"] == "Ready"
    assert finding.evidence["agentStatusAgeMinutes"] == 2


@pytest.mark.parametrize(
    ("age", "expected"),
    [(timedelta(minutes=59), Status.PASS), (timedelta(minutes=60), Status.PASS), (timedelta(minutes=61), Status.FAIL)],
)
def test_agent_status_older_than_an_hour_is_stale(age: timedelta, expected: Status) -> None:
    finding = only("vm-agent-ready", make_vm(vm_json(agent_age=age)))
    assert finding.status is expected
    if expected is Status.FAIL:
        assert "stopped reporting" in finding.title.render()
        assert finding.wizard == "windows-agent-unresponsive"
        assert "UserErrorGuestAgentStatusUnavailable" in finding.error_codes


def test_agent_not_ready_fails_with_the_os_specific_wizard() -> None:
    linux = only("vm-agent-ready", make_vm(vm_json(os_type="Linux", agent_ready=False)))
    assert linux.status is Status.FAIL
    assert linux.wizard == "linux-agent-outdated"
    assert linux.evidence["agentDisplayStatus"] == "Not Ready"
    # The finding explains every documented code whose causes include an unresponsive agent.
    assert linux.error_codes[0] == "UserErrorGuestAgentStatusUnavailable"
    assert {"GuestAgentSnapshotTaskStatusError", "BackUpOperationFailed", "BackUpOperationFailedV2"} <= set(
        linux.error_codes
    )


def test_no_agent_in_the_instance_view_fails() -> None:
    finding = only("vm-agent-ready", make_vm(vm_json(agent=False)))
    assert finding.status is Status.FAIL
    assert finding.title.render() == "No guest agent has reported from this VM"


def test_stopped_vm_warns_and_offers_to_start_it_from_azure() -> None:
    finding = only("vm-agent-ready", make_vm(vm_json(power="deallocated")))
    assert finding.status is Status.WARN
    assert finding.wizard == "start-vm-from-azure"
    assert finding.evidence["powerState"] == "deallocated"


def test_missing_instance_view_is_unknown_with_the_reason() -> None:
    vm = make_vm(vm_json(instance_view=False))
    problem = Problem(
        vm.id, "AuthorizationFailed", Msg("AzureErrors", "Access denied on {scope}.", {"scope": vm.id}), 403
    )
    vm = vm.marked_unavailable(FACT_INSTANCE_VIEW, problem)
    finding = only("vm-agent-ready", vm)
    assert finding.status is Status.UNKNOWN
    assert finding.detail is not None and finding.detail.render() == f"Access denied on {vm.id}."
    assert finding.evidence["reason"] == "AuthorizationFailed"
    assert only("agent-version", vm).status is Status.UNKNOWN


def test_malformed_instance_view_is_unknown_not_a_pass() -> None:
    payload = vm_json()
    payload["properties"]["instanceView"]["vmAgent"]["statuses"] = "Ready"  # not a list
    vm = parse.parse_vm(payload)
    finding = only("vm-agent-ready", vm)
    assert finding.status is Status.UNKNOWN
    assert finding.evidence["reason"] == "UnexpectedResponse"


# --- agent version ---------------------------------------------------------------------------------------


def test_versions_compare_numerically_not_as_text() -> None:
    assert parse_version("2.7.41491.949") == (2, 7, 41491, 949)
    assert not version_at_least((2, 7, 41491, 949), (2, 7, 41491, 1010))  # "949" > "1010" as text
    assert version_at_least((2, 10, 0, 8), (2, 2, 53, 1))  # "2.10" < "2.2" as text
    assert version_at_least((2, 2, 53), (2, 2, 53, 0))
    assert parse_version("WALinuxAgent-2.2.45") == (2, 2, 45)
    assert parse_version("Unknown") is None


def test_windows_agent_of_the_official_example_is_below_the_minimum() -> None:
    # The official instance view example reports 2.7.41491.949, older than 2.7.41491.1010.
    finding = only("agent-version", make_vm(vm_json(agent_version="2.7.41491.949")))
    assert finding.status is Status.WARN
    assert finding.wizard == "windows-agent-unresponsive"
    assert finding.evidence == {
        "agentVersion": "2.7.41491.949",
        "osType": "Windows",
        "minimumVersion": "2.7.41491.1010",
        "unconfirmed": True,  # an old Windows agent hints at an unresponsive one without proving it
    }


@pytest.mark.parametrize(
    ("version", "expected"),
    [("2.2.53", Status.FAIL), ("2.2.52.9", Status.FAIL), ("2.2.53.1", Status.PASS), ("2.10.0.8", Status.PASS)],
)
def test_linux_agent_version_against_the_minimum(version: str, expected: Status) -> None:
    finding = only("agent-version", make_vm(vm_json(os_type="Linux", agent_version=version)))
    assert finding.status is expected
    if expected is Status.FAIL:
        assert finding.wizard == "linux-agent-outdated"
        assert "GuestAgentSnapshotTaskStatusError" in finding.error_codes


def test_no_version_to_compare_when_the_agent_is_silent() -> None:
    finding = only("agent-version", make_vm(vm_json(agent=False)))
    assert finding.status is Status.NOT_APPLICABLE


def test_an_old_linux_agent_whose_latest_backup_succeeded_is_a_warning() -> None:
    """Below the minimum, it "might" make backups fail: a failure only once the latest backup did fail."""
    old = vm_json(os_type="Linux", agent_version="2.2.40")
    succeeded = only("agent-version", protected_vm(old, jobs=[job("ok", status_="Completed")]))
    assert succeeded.status is Status.WARN
    assert succeeded.evidence["latestBackup"] == "succeeded"
    assert succeeded.wizard == "linux-agent-outdated"
    failed = only("agent-version", protected_vm(old, jobs=[job("failed", status_="Failed")]))
    assert failed.status is Status.FAIL
