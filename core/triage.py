"""Failed-job triage: which documented error a backup job failed with, and which of its causes shows.

The REST API gives `errorDetails[].errorCode` as an integer; the documented code names appear elsewhere
(the portal, Azure Monitor's JobFailureCode, a job's propertyBag or dynamic error message). A job's
error is therefore matched to the catalog by a code name wherever it appears, else by the documented
English message, tolerant of case, punctuation, articles and contractions. The same matcher answers a
user who pastes an error (`core.explain`).

This module does not import `core.checks` at import time: the check modules use it, and the triage
check runs the checks that test each cause only when it is evaluated.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from core.catalog import Catalog, CatalogEntry, Cause, load_catalog
from core.facts import FACT_JOBS, JobError, JobFacts, VmFacts
from core.findings import Finding, Problem, Status
from core.i18n import QT_TRANSLATE_NOOP, Msg

if TYPE_CHECKING:
    from core.checks.base import CheckContext

CHECK_ID = "last-backup-job"
_CTX = "Triage"  # lupdate needs the literal in each QT_TRANSLATE_NOOP below

#: Evidence flag of a warning that points to a cause without proving it (only the guest, or data Backup
#: Doctor does not read, can confirm it). The triage ranks such causes after the ones Azure shows.
UNCONFIRMED = "unconfirmed"

# --- matching text to documented codes --------------------------------------------------------------

MATCH_CODE = "code"
MATCH_MESSAGE = "message"
MATCH_PARTIAL = "partial"
#: A pasted fragment of a documented message must have this many words to match on its own.
PARTIAL_MIN_WORDS = 3

_ARTICLES = frozenset({"a", "an", "the"})
_WORDS = re.compile(r"[^\W_]+")
_TOKENS = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


def normalize(text: str) -> str:
    """Lower case, no punctuation, no articles, contractions spelt out, single spaces."""
    lowered = text.lower().replace("\u2019", "'").replace("`", "'")
    lowered = lowered.replace("can't", "can not").replace("cannot", "can not").replace("won't", "will not")
    lowered = re.sub(r"n't\b", " not", lowered)
    return " ".join(word for word in _WORDS.findall(lowered) if word not in _ARTICLES)


@dataclass(frozen=True)
class Match:
    entry: CatalogEntry
    by: str  # MATCH_CODE, MATCH_MESSAGE or MATCH_PARTIAL
    #: The documented spelling of the code named in the text, when matched by code.
    code: str | None = None

    @property
    def codes(self) -> tuple[str, ...]:
        """The documented codes this match stands for (both names of a shared message)."""
        return (self.code,) if self.code is not None else self.entry.codes


def _code_index(catalog: Catalog) -> dict[str, tuple[CatalogEntry, str]]:
    index: dict[str, tuple[CatalogEntry, str]] = {}
    for entry in catalog.entries:
        for code in entry.codes:
            index[code.lower()] = (entry, code)
        for variant in (*entry.code_variants, *entry.numeric_codes):
            index[variant.lower()] = (entry, entry.code)
    return index


def match_text(text: str, catalog: Catalog | None = None) -> list[Match]:
    """Documented errors named or described by `text`, best first.

    Code names anywhere in the text come first; then documented messages (or known variants) that the
    text contains; only when neither is found, documented messages that contain the text (a pasted
    fragment of at least PARTIAL_MIN_WORDS words).
    """
    catalog = catalog or load_catalog()
    cache = catalog.memo("match_text")  # the same job texts come back for many VMs of a scan
    known: tuple[Match, ...] | None = cache.get(text)
    if known is None:
        known = cache[text] = tuple(_match_text(text, catalog))
    return list(known)


def _match_text(text: str, catalog: Catalog) -> list[Match]:
    index = _code_index(catalog)
    found: list[Match] = []
    seen: set[str] = set()
    squeezed = re.sub(r"\s+", "", text).lower()
    candidates = [*(t.lower() for t in _TOKENS.findall(text)), squeezed]
    for token in candidates:
        hit = index.get(token)
        if hit is not None and hit[0].code not in seen:
            seen.add(hit[0].code)
            found.append(Match(hit[0], MATCH_CODE, hit[1]))
    normalized = normalize(text)
    if not normalized:
        return found
    padded = f" {normalized} "
    by_message: list[tuple[int, Match]] = []
    for entry in catalog.entries:
        if entry.code in seen:
            continue
        lengths = [len(m) for m in map(normalize, entry.messages) if m and f" {m} " in padded]
        if lengths:
            seen.add(entry.code)
            by_message.append((max(lengths), Match(entry, MATCH_MESSAGE)))
    found.extend(match for _, match in sorted(by_message, key=lambda item: -item[0]))
    if found or len(normalized.split()) < PARTIAL_MIN_WORDS:
        return found
    return [
        Match(entry, MATCH_PARTIAL)
        for entry in catalog.entries
        if any(padded in f" {normalize(message)} " for message in entry.messages)
    ]


def match(text: str) -> list[CatalogEntry]:
    """The documented entries pasted text names or describes, best first (the GUI's matcher)."""
    return [found.entry for found in match_text(text)]


def best_match(texts: Iterable[str | None], catalog: Catalog | None = None) -> Match | None:
    """The one documented error that several texts about the same failure point to.

    A code name in any text wins; then a documented message; a fragment only when it fits one entry.
    """
    matches = [m for text in texts if text for m in match_text(text, catalog)]
    for kind in (MATCH_CODE, MATCH_MESSAGE):
        chosen = next((m for m in matches if m.by == kind), None)
        if chosen is not None:
            return chosen
    partial = {m.entry.code: m for m in matches if m.by == MATCH_PARTIAL}
    return next(iter(partial.values())) if len(partial) == 1 else None


# --- a VM's backup history ---------------------------------------------------------------------------

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
class ErrorMatch:
    """One error of a failed job (None: the job gave no error details) and the documented code it is."""

    error: JobError | None
    match: Match | None


def job_error_matches(job: JobFacts, catalog: Catalog | None = None) -> list[ErrorMatch]:
    """Each error of `job` with its documented code. The job-level hints (propertyBag code, dynamic
    error message) describe its first error."""
    job_texts = [job.failure_code, job.dynamic_error_message]
    if not job.errors:
        return [ErrorMatch(None, best_match(job_texts, catalog))]
    results: list[ErrorMatch] = []
    for index, error in enumerate(job.errors):
        texts = [
            # REST gives errorCode as an integer: a documented numeric code (320001) names its entry.
            str(error.error_code) if error.error_code is not None else None,
            error.error_string,
            error.error_title,
        ]
        if index == 0:
            texts.extend(job_texts)
        results.append(ErrorMatch(error, best_match(texts, catalog)))
    return results


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


def _from_protection(vm: VmFacts) -> BackupOutcome | None:
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
        return _from_protection(vm) or BackupOutcome(OUTCOME_UNKNOWN, problem=vm.why_unavailable(FACT_JOBS))
    latest = latest_finished_backup(vm)
    if latest is None:
        return _from_protection(vm) or BackupOutcome(OUTCOME_NONE)
    time = latest.end_time or latest.start_time
    if job_status(latest) == FAILED:
        return BackupOutcome(OUTCOME_FAILED, latest, time, tuple(job_error_matches(latest, catalog)))
    return BackupOutcome(OUTCOME_SUCCEEDED, latest, time)


# --- the triage check ---------------------------------------------------------------------------------


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
    #: The worst status of each of the cause's checks, by check id.
    checks: dict[str, str]
    #: The finding behind a confirmed, suspected or open verdict.
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


def _run_checks(vm: VmFacts, context: CheckContext, check_ids: Iterable[str]) -> dict[str, list[Finding]]:
    from core.checks import CHECKS

    wanted = set(check_ids) - {CHECK_ID}
    return {check.id: check.run(vm, context) for check in CHECKS if check.id in wanted}


def _msg(source: str, **args: Any) -> Msg:
    return Msg(_CTX, source, args)


def _job_evidence(job: JobFacts) -> dict[str, Any]:
    return {
        "id": job.id,
        "vaultId": job.vault_id,
        "operation": job.operation,
        "status": job.status,
        "startTime": _iso(job.start_time),
        "endTime": _iso(job.end_time),
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


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat().replace("+00:00", "Z") if moment is not None else None


def _shown(moment: datetime | None) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if moment is not None else "—"


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
                time=_shown(when),
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
            time=_shown(when),
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


def check_last_backup(vm: VmFacts, context: CheckContext) -> Iterator[Finding]:
    from core.checks.base import not_applicable, unknown

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
        fallback = _from_protection(vm)
        if fallback is not None and fallback.state == OUTCOME_FAILED:
            yield Finding(
                CHECK_ID,
                Status.WARN,
                _msg(
                    QT_TRANSLATE_NOOP(
                        "Triage", "Azure says the last backup, on {time}, failed, but its job was not found"
                    ),
                    time=_shown(fallback.time),
                ),
                _msg(
                    QT_TRANSLATE_NOOP(
                        "Triage",
                        "The job is older than the jobs Backup Doctor reads; open the vault's backup jobs to see its "
                        "error.",
                    )
                ),
                (),
                {"lastBackupStatus": "Failed", "lastBackupTime": _iso(fallback.time)},
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
                time=_shown(latest.end_time or latest.start_time),
            ),
            None,
            (),
            evidence,
        )
        return
    items = job_error_matches(latest)
    needed = {c for item in items if item.match for cause in item.match.entry.causes for c in cause.checks}
    findings = _run_checks(vm, context, needed)
    shown: set[tuple[str, ...]] = set()
    for item in items:
        if item.match is not None:
            if item.match.codes in shown:
                continue  # the same documented error twice in one job
            shown.add(item.match.codes)
        yield explain_failure(vm, latest, item, findings)


__all__ = [
    "CHECK_ID",
    "UNCONFIRMED",
    "BackupOutcome",
    "CauseVerdict",
    "ErrorMatch",
    "Match",
    "assess_cause",
    "backup_outcome",
    "best_match",
    "check_last_backup",
    "job_error_matches",
    "match",
    "match_text",
    "normalize",
]
