"""The last-backup check: how the VM's latest backup went and, when it failed, which documented cause shows.

A failed job's errors are matched to documented codes (`core.catalog_match`); each cause of the code gets a
verdict from the findings of the checks the catalog lists for it (confirmed, suspected, open, not testable,
ruled out, not applicable), and the finding names the cause to fix first and offers its wizard.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from core.catalog import Cause
from core.catalog_match import ErrorMatch, job_error_matches
from core.checks.base import Check, CheckContext, not_applicable, unknown
from core.facts import FACT_JOBS, JobError, JobFacts, VmFacts
from core.findings import UNCONFIRMED, Finding, Status
from core.i18n import QT_TRANSLATE_NOOP, Msg
from core.jobs import FAILED, OUTCOME_FAILED, backup_jobs, job_status, latest_finished_backup, outcome_from_protection
from core.times import iso, shown_time

CHECK_ID = "last-backup-job"
_CTX = "Triage"  # the translation context (lupdate needs the literal in each QT_TRANSLATE_NOOP below)

VERDICT_CONFIRMED = "confirmed"  # a check shows the cause in Azure
VERDICT_SUSPECTED = "suspected"  # a check points to it, but only the guest (or unread data) can confirm it
VERDICT_OPEN = "open"  # its checks could not decide
VERDICT_NOT_TESTABLE = "not-testable"  # nothing in Azure tests it: only the job's own error details tell
VERDICT_RULED_OUT = "ruled-out"
VERDICT_NOT_APPLICABLE = "not-applicable"  # another OS, or its checks do not apply to this VM


@dataclass(frozen=True)
class CauseVerdict:
    cause: Cause
    verdict: str  # one of VERDICT_*
    # The worst status of each of the cause's checks, by check id.
    checks: dict[str, str]
    # The finding behind a confirmed, suspected or open verdict.
    finding: Finding | None = None


def assess_cause(
    cause: Cause, os_type: str | None, findings: dict[str, list[Finding]], siblings: Collection[str] = ()
) -> CauseVerdict:
    """A cause's verdict from its checks' findings.

    A failing or warning finding supports the cause only when it names the cause (`Finding.causes`) or,
    naming none, proposes the cause's wizard: one check can speak to several causes (the agent check says
    "not running", "no agent" or "not Ready") and says which. It confirms the cause unless it is marked
    UNCONFIRMED (then the cause is only suspected). A failing finding without a wizard, or an unknown one,
    leaves the cause open; so does one that names only causes outside `siblings` (the causes the failed
    job's code documents): the check saw a problem this code does not list, which neither confirms nor
    rules out this cause.
    """
    checks = {
        check_id: max(
            (f.status for f in findings.get(check_id, [])), key=lambda s: s.severity, default=Status.UNKNOWN
        ).value
        for check_id in cause.checks
    }
    if not cause.applies(os_type):
        return CauseVerdict(cause, VERDICT_NOT_APPLICABLE, checks)
    if not cause.checks:
        return CauseVerdict(cause, VERDICT_NOT_TESTABLE, checks)
    own = [f for check_id in cause.checks for f in findings.get(check_id, [])]
    supporting = sorted(
        (f for f in own if f.status in (Status.FAIL, Status.WARN) and _speaks_for(f, cause)),
        key=lambda f: -f.status.severity,
    )
    confirming = next((f for f in supporting if not f.evidence.get(UNCONFIRMED)), None)
    if confirming is not None:
        return CauseVerdict(cause, VERDICT_CONFIRMED, checks, confirming)
    if supporting:
        return CauseVerdict(cause, VERDICT_SUSPECTED, checks, supporting[0])
    open_ = [
        f
        for f in own
        if f.status is Status.UNKNOWN
        or (
            f.status in (Status.FAIL, Status.WARN)
            and (f.wizard is None or (f.causes and not set(f.causes) & set(siblings)))
        )
    ]
    if open_ or not own:
        return CauseVerdict(cause, VERDICT_OPEN, checks, open_[0] if open_ else None)
    if all(f.status is Status.NOT_APPLICABLE for f in own):
        return CauseVerdict(cause, VERDICT_NOT_APPLICABLE, checks)
    return CauseVerdict(cause, VERDICT_RULED_OUT, checks)


def _speaks_for(finding: Finding, cause: Cause) -> bool:
    """A finding supports the causes it names; one that names none, the causes whose wizard it proposes."""
    return cause.id in finding.causes if finding.causes else finding.wizard == cause.wizard


def _run_checks(
    vm: VmFacts, context: CheckContext, checks: Iterable[Check], check_ids: Iterable[str]
) -> dict[str, list[Finding]]:
    wanted = set(check_ids) - {CHECK_ID}
    return {check.id: check.run(vm, context) for check in checks if check.id in wanted}


def _msg(source: str, **args: Any) -> Msg:
    return Msg(_CTX, source, args)


def _job_evidence(job: JobFacts) -> dict[str, Any]:
    return {
        "id": job.id,
        "vaultId": job.vault_id,
        "operation": job.operation,
        "status": job.status,
        "startTime": iso(job.start_time),
        "endTime": iso(job.end_time),
        "failureCode": job.failure_code,
        "dynamicErrorMessage": job.dynamic_error_message,
    }


def _error_evidence(error: JobError | None) -> dict[str, Any]:
    if error is None:
        return {"errorCode": None, "errorString": None, "errorTitle": None, "recommendations": []}
    return {
        "errorCode": error.error_code,
        "errorString": error.error_string,
        "errorTitle": error.error_title,
        "recommendations": list(error.recommendations),
    }


def _azure_details(error: JobError | None) -> str:
    if error is None:
        return "—"
    parts = [*error.recommendations] or [error.error_string or error.error_title or ""]
    return " ".join(p.strip() for p in parts if p and p.strip()) or "—"


def explain_failure(
    vm: VmFacts,
    job: JobFacts,
    item: ErrorMatch,
    findings: dict[str, list[Finding]],
) -> Finding:
    """The finding for one error of the VM's latest failed backup."""
    error, found = item.error, item.match
    when = job.end_time or job.start_time
    evidence: dict[str, Any] = {"job": _job_evidence(job), **_error_evidence(error)}
    if found is None:
        raw = (error.error_string or error.error_title) if error is not None else None
        raw = raw or job.dynamic_error_message
        code = error.error_code if error is not None else None
        code_text = str(code) if code is not None else (job.failure_code or "—")
        if error is not None and error.recommendations:
            detail = _msg(
                QT_TRANSLATE_NOOP(
                    "Triage",
                    'Azure reported error {code}: "{message}". Follow the recommendations Azure gave with it: {advice}',
                ),
                code=code_text,
                message=(raw or "—").strip().rstrip("."),
                advice=_azure_details(error),
            )
        else:
            detail = _msg(
                QT_TRANSLATE_NOOP(
                    "Triage",
                    'Azure reported error {code}: "{message}", with no recommendation; open the job in the vault '
                    "for its full details.",
                ),
                code=code_text,
                message=(raw or "—").strip().rstrip("."),
            )
        return Finding(
            CHECK_ID,
            Status.FAIL,
            _msg(
                QT_TRANSLATE_NOOP(
                    "Triage",
                    "The latest backup, on {time}, failed with an error that the troubleshooting guide does not list",
                ),
                time=shown_time(when),
            ),
            detail,
            (),
            evidence,
        )
    entry = found.entry
    siblings = [cause.id for cause in entry.causes]
    verdicts = [assess_cause(cause, vm.os_type, findings, siblings) for cause in entry.causes]
    evidence["matched"] = {"code": " / ".join(found.codes), "by": found.by, "documentedMessage": entry.message}
    evidence["causes"] = [
        {
            "id": v.cause.id,
            "title": v.cause.title,
            "appliesTo": v.cause.applies_to,
            "verdict": v.verdict,
            "checks": v.checks,
            "wizard": v.cause.wizard,
        }
        for v in verdicts
    ]
    detail, wizard = _verdict_detail(verdicts, error)
    return Finding(
        CHECK_ID,
        Status.FAIL,
        _msg(
            QT_TRANSLATE_NOOP("Triage", "The latest backup, on {time}, failed with {code}: {message}"),
            time=shown_time(when),
            code=" / ".join(found.codes),
            message=entry.message_msg,
        ),
        detail,
        found.codes,
        evidence,
        wizard,
    )


def _verdict_detail(verdicts: Sequence[CauseVerdict], error: JobError | None) -> tuple[Msg, str | None]:
    """What to tell the user, and which wizard to offer: the first confirmed cause in the documented
    order, else the first suspected one, else the first that could not be ruled out."""
    for verdict_name in (VERDICT_CONFIRMED, VERDICT_SUSPECTED):
        verdict = next((v for v in verdicts if v.verdict == verdict_name), None)
        if verdict is None:
            continue
        wizard = (verdict.finding.wizard if verdict.finding else None) or verdict.cause.wizard
        if verdict_name == VERDICT_CONFIRMED:
            source = QT_TRANSLATE_NOOP(
                "Triage",
                "Backup Doctor confirmed this documented cause from Azure: {cause}. Fix it, then run the backup again.",
            )
        else:
            source = QT_TRANSLATE_NOOP(
                "Triage",
                "Azure shows signs of this documented cause, which must be confirmed: {cause}. Check it first, then "
                "run the backup again.",
            )
        return _msg(source, cause=verdict.cause.title_msg), wizard
    verdict = next((v for v in verdicts if v.verdict in (VERDICT_OPEN, VERDICT_NOT_TESTABLE)), None)
    if verdict is not None and verdict.verdict == VERDICT_NOT_TESTABLE:
        return (
            _msg(
                QT_TRANSLATE_NOOP("Triage", "Azure's error details with the job say what went wrong: {details}"),
                details=_azure_details(error),
            ),
            verdict.cause.wizard,
        )
    if verdict is not None:
        return (
            _msg(
                QT_TRANSLATE_NOOP(
                    "Triage",
                    "Backup Doctor could not rule out this documented cause from Azure: {cause}. Check it first, then "
                    "run the backup again.",
                ),
                cause=verdict.cause.title_msg,
            ),
            verdict.cause.wizard,
        )
    return (
        _msg(
            QT_TRANSLATE_NOOP(
                "Triage",
                "None of the documented causes of this error shows in Azure now, so it may have been fixed since: run "
                "the backup again, and if it fails, follow the recommendations Azure gave with the job.",
            )
        ),
        None,
    )


def check_last_backup(vm: VmFacts, context: CheckContext, checks: Iterable[Check]) -> Iterator[Finding]:
    """The latest backup's outcome; for a failure, each documented error with the verdict on its causes.

    `checks` are the registered checks: the ones that test the failed code's causes run here (the registry
    passes itself, so this module needs nothing above it).
    """
    title_unknown = _msg(QT_TRANSLATE_NOOP("Triage", "The VM's recent backup jobs could not be read"))
    not_protected = vm.protection is not None and not vm.protection
    if vm.jobs is None:
        if not_protected:
            yield not_applicable(CHECK_ID, _msg(QT_TRANSLATE_NOOP("Triage", "The VM is not backed up")))
            return
        yield unknown(CHECK_ID, title_unknown, vm.why_unavailable(FACT_JOBS))
        return
    latest = latest_finished_backup(vm)
    if latest is None:
        fallback = outcome_from_protection(vm)
        if fallback is not None and fallback.state == OUTCOME_FAILED:
            yield Finding(
                CHECK_ID,
                Status.WARN,
                _msg(
                    QT_TRANSLATE_NOOP(
                        "Triage", "Azure says the last backup, on {time}, failed, but its job was not found"
                    ),
                    time=shown_time(fallback.time),
                ),
                _msg(
                    QT_TRANSLATE_NOOP(
                        "Triage",
                        "The job is older than the jobs Backup Doctor reads; open the vault's backup jobs to see its "
                        "error.",
                    )
                ),
                (),
                {"lastBackupStatus": "Failed", "lastBackupTime": iso(fallback.time)},
            )
        elif not_protected:
            yield not_applicable(CHECK_ID, _msg(QT_TRANSLATE_NOOP("Triage", "The VM is not backed up")))
        else:
            yield Finding(
                CHECK_ID,
                Status.PASS,
                _msg(QT_TRANSLATE_NOOP("Triage", "No backup of this VM failed in the jobs read")),
                None,
                (),
                {"jobsRead": len(vm.jobs)},
            )
        return
    if job_status(latest) != FAILED:
        earlier = next((j for j in backup_jobs(vm) if job_status(j) == FAILED), None)
        evidence: dict[str, Any] = {"job": _job_evidence(latest)}
        if earlier is not None:
            evidence["earlierFailure"] = {
                "job": _job_evidence(earlier),
                "codes": [c for item in job_error_matches(earlier) if item.match for c in item.match.codes],
            }
        yield Finding(
            CHECK_ID,
            Status.PASS,
            _msg(
                QT_TRANSLATE_NOOP("Triage", "The latest backup succeeded, on {time}"),
                time=shown_time(latest.end_time or latest.start_time),
            ),
            None,
            (),
            evidence,
        )
        return
    items = job_error_matches(latest)
    needed = {c for item in items if item.match for cause in item.match.entry.causes for c in cause.checks}
    findings = _run_checks(vm, context, checks, needed)
    shown: set[tuple[str, ...]] = set()
    for item in items:
        if item.match is not None:
            if item.match.codes in shown:
                continue  # the same documented error twice in one job
            shown.add(item.match.codes)
        yield explain_failure(vm, latest, item, findings)


__all__ = [
    "CHECK_ID",
    "VERDICT_CONFIRMED",
    "VERDICT_NOT_APPLICABLE",
    "VERDICT_NOT_TESTABLE",
    "VERDICT_OPEN",
    "VERDICT_RULED_OUT",
    "VERDICT_SUSPECTED",
    "CauseVerdict",
    "assess_cause",
    "check_last_backup",
    "explain_failure",
]
