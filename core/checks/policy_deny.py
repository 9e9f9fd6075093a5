"""An Azure Policy with the Deny effect that blocks what Azure Backup creates for the snapshot
(UserErrorRequestDisallowedByPolicy).

backup-azure-vms-troubleshoot: a tag policy with the Deny effect stops Azure Backup from creating its restore
point resource group; change the effect to Modify, or create the group with the naming Azure Backup needs.
When ARM denies a request it says which policy did, in the RequestDisallowedByPolicy error: "Resource '<name>'
was disallowed by policy. Policy identifiers: '[{"policyAssignment":{"name":…,"id":…},"policyDefinition":
{"name":…,"id":…}}]'" (Azure Policy's troubleshooting guide). This check reads that from the latest failed
backup job's error details, which the scan already has: no extra request. Reading every policy assignment and
definition of the subscription is not done in this version.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from core.checks.base import Check, CheckContext, codes_for, unknown
from core.facts import FACT_JOBS, JobFacts, VmFacts
from core.findings import Finding, Status
from core.i18n import QT_TRANSLATE_NOOP, Msg
from core.jobs import FAILED, job_status, latest_finished_backup

CHECK_ID = "policy-deny"
WIZARD = "policy-restore-point-group"
CODE = "UserErrorRequestDisallowedByPolicy"

_QUOTE = r'\\?"'
_ASSIGNMENT = re.compile(
    rf"{_QUOTE}policyAssignment{_QUOTE}\s*:\s*\{{\s*{_QUOTE}name{_QUOTE}\s*:\s*{_QUOTE}(?P<name>[^\"\\]+){_QUOTE}\s*,"
    rf"\s*{_QUOTE}id{_QUOTE}\s*:\s*{_QUOTE}(?P<id>[^\"\\]+){_QUOTE}"
)
_DEFINITION = re.compile(
    rf"{_QUOTE}policyDefinition{_QUOTE}\s*:\s*\{{\s*{_QUOTE}name{_QUOTE}\s*:\s*{_QUOTE}(?P<name>[^\"\\]+){_QUOTE}\s*,"
    rf"\s*{_QUOTE}id{_QUOTE}\s*:\s*{_QUOTE}(?P<id>[^\"\\]+){_QUOTE}"
)
_RESOURCE = re.compile(r"Resource '(?P<name>[^']+)' was disallowed by policy", re.IGNORECASE)
_DISALLOWED = re.compile(r"disallowed by policy|RequestDisallowedByPolicy", re.IGNORECASE)


def _msg(source: str, **args: Any) -> Msg:
    return Msg("PolicyChecks", source, args)


def _texts(job: JobFacts) -> list[str]:
    texts = [job.failure_code or "", job.dynamic_error_message or ""]
    for error in job.errors:
        texts.extend([str(error.error_code or ""), error.error_string or "", error.error_title or ""])
        texts.extend(error.recommendations)
    return [t for t in texts if t]


def policy_denial(job: JobFacts) -> dict[str, Any] | None:
    """What a failed job says about a policy denial: the policy named, when the error names it."""
    joined = "\n".join(_texts(job))
    if CODE.lower() not in joined.lower() and not _DISALLOWED.search(joined):
        return None
    found: dict[str, Any] = {"job": job.id}
    if (assignment := _ASSIGNMENT.search(joined)) is not None:
        found.update({"policy": assignment["name"], "policyAssignmentId": assignment["id"]})
    if (definition := _DEFINITION.search(joined)) is not None:
        found.update({"policyDefinition": definition["name"], "policyDefinitionId": definition["id"]})
    if (resource := _RESOURCE.search(joined)) is not None:
        found["deniedResource"] = resource["name"]
        if resource["name"].lower().startswith("azurebackuprg_"):
            found["restorePointGroup"] = resource["name"]
    return found


def check_policy_deny(vm: VmFacts, context: CheckContext) -> Iterator[Finding]:
    if vm.jobs is None:
        yield unknown(
            CHECK_ID,
            _msg(QT_TRANSLATE_NOOP("PolicyChecks", "The VM's backup jobs could not be read for a policy denial")),
            vm.why_unavailable(FACT_JOBS),
            codes_for(CHECK_ID),
        )
        return
    latest = latest_finished_backup(vm)
    denial = policy_denial(latest) if latest is not None and job_status(latest) == FAILED else None
    if denial is None:
        yield Finding(
            CHECK_ID,
            Status.PASS,
            _msg(QT_TRANSLATE_NOOP("PolicyChecks", "No Azure Policy denied the latest backup")),
            None,
            (),
            {"latestJob": latest.id if latest is not None else None},
        )
        return
    if "policy" in denial:
        title = _msg(
            QT_TRANSLATE_NOOP("PolicyChecks", "The Azure Policy {policy} denied what the backup creates"),
            policy=denial["policy"],
        )
        detail = _msg(
            QT_TRANSLATE_NOOP(
                "PolicyChecks",
                "The latest backup failed because the policy assignment {policy} (definition {definition}) denied "
                "{resource}. Change the policy's effect from Deny to Modify, or create the restore point resource "
                "group yourself with the tags the policy requires.",
            ),
            policy=denial["policy"],
            definition=denial.get("policyDefinition") or "—",
            resource=denial.get("deniedResource") or "—",
        )
    else:
        title = _msg(QT_TRANSLATE_NOOP("PolicyChecks", "An Azure Policy denied what the backup creates"))
        detail = _msg(
            QT_TRANSLATE_NOOP(
                "PolicyChecks",
                "The latest backup failed with a policy denial, but its error details do not name the policy. Look "
                "for Deny policies assigned to the subscription in Azure Policy > Compliance.",
            )
        )
    yield Finding(CHECK_ID, Status.FAIL, title, detail, codes_for(CHECK_ID), denial, WIZARD)


CHECKS = (Check(CHECK_ID, check_policy_deny, needs_the_vm=False),)
