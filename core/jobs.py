"""A VM's backup history as Azure tells it: which jobs are backups, their status, how the latest one went.

Pure reading of the facts (`VmFacts.jobs`, the vault's last backup status), shared by the checks, the
wizards and the scan; the errors of a failed job are matched to documented codes by `core.catalog_match`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from core.catalog import Catalog
from core.catalog_match import ErrorMatch, job_error_matches
from core.facts import FACT_JOBS, JobFacts, VmFacts
from core.findings import Problem

BACKUP_OPERATIONS = frozenset({"backup", "configurebackup"})
SUCCEEDED = frozenset({"completed", "completedwithwarnings"})
FAILED = "failed"
RUNNING = frozenset({"inprogress", "cancelling"})

OUTCOME_SUCCEEDED = "succeeded"
OUTCOME_FAILED = "failed"
OUTCOME_NONE = "none"  # protected, but no finished backup in the jobs read and no last status
OUTCOME_NOT_PROTECTED = "not-protected"
OUTCOME_UNKNOWN = "unknown"


def is_backup_job(job: JobFacts) -> bool:
    return (job.operation or "backup").lower() in BACKUP_OPERATIONS


def job_status(job: JobFacts) -> str:
    return (job.status or "").lower()


def _newest_first(jobs: Iterable[JobFacts]) -> list[JobFacts]:
    oldest = datetime.min.replace(tzinfo=UTC)
    return sorted(jobs, key=lambda j: j.start_time or oldest, reverse=True)


def backup_jobs(vm: VmFacts) -> list[JobFacts]:
    """The VM's backup jobs (not restores), newest first."""
    return _newest_first(j for j in vm.jobs or () if is_backup_job(j))


def latest_finished_backup(vm: VmFacts) -> JobFacts | None:
    return next((j for j in backup_jobs(vm) if job_status(j) in SUCCEEDED or job_status(j) == FAILED), None)


@dataclass(frozen=True)
class BackupOutcome:
    """How the VM's latest finished backup went, as far as Azure tells."""

    state: str  # one of OUTCOME_*
    job: JobFacts | None = None
    time: datetime | None = None
    errors: tuple[ErrorMatch, ...] = ()
    problem: Problem | None = None

    @property
    def codes(self) -> tuple[str, ...]:
        found: dict[str, None] = {}
        for item in self.errors:
            if item.match is not None:
                found.update(dict.fromkeys(item.match.codes))
        return tuple(found)

    @property
    def unexplained(self) -> bool:
        """A failure with no error details, or with an error that matches no documented code."""
        return self.state == OUTCOME_FAILED and (not self.errors or any(e.match is None for e in self.errors))


def outcome_from_protection(vm: VmFacts) -> BackupOutcome | None:
    """The vault's own last backup status, when no job says more."""
    items = [p for p in vm.protection or () if p.last_backup_status]
    oldest = datetime.min.replace(tzinfo=UTC)
    items.sort(key=lambda p: p.last_backup_time or oldest, reverse=True)
    for item in items:
        status = (item.last_backup_status or "").lower()
        if status == FAILED:
            return BackupOutcome(OUTCOME_FAILED, time=item.last_backup_time)
        if status in SUCCEEDED or status in ("success", "succeeded", "healthy"):
            return BackupOutcome(OUTCOME_SUCCEEDED, time=item.last_backup_time)
    return None


def backup_outcome(vm: VmFacts, catalog: Catalog | None = None) -> BackupOutcome:
    if vm.protection is not None and not vm.protection:
        return BackupOutcome(OUTCOME_NOT_PROTECTED)
    if vm.jobs is None:
        return outcome_from_protection(vm) or BackupOutcome(OUTCOME_UNKNOWN, problem=vm.why_unavailable(FACT_JOBS))
    latest = latest_finished_backup(vm)
    if latest is None:
        return outcome_from_protection(vm) or BackupOutcome(OUTCOME_NONE)
    time = latest.end_time or latest.start_time
    if job_status(latest) == FAILED:
        return BackupOutcome(OUTCOME_FAILED, latest, time, tuple(job_error_matches(latest, catalog)))
    return BackupOutcome(OUTCOME_SUCCEEDED, latest, time)


__all__ = [
    "BACKUP_OPERATIONS",
    "FAILED",
    "OUTCOME_FAILED",
    "OUTCOME_NONE",
    "OUTCOME_NOT_PROTECTED",
    "OUTCOME_SUCCEEDED",
    "OUTCOME_UNKNOWN",
    "RUNNING",
    "SUCCEEDED",
    "BackupOutcome",
    "backup_jobs",
    "backup_outcome",
    "is_backup_job",
    "job_status",
    "latest_finished_backup",
    "outcome_from_protection",
]
