"""Causes that only the guest OS can fully tell (GuestAgentSnapshotTaskStatusError causes 3 to 5).

Azure cannot see inside the VM whether DHCP is on, what /etc/waagent.conf says or what AppLocker
allows. Each check here reports what Azure does show: a direct sign of the cause (a power state, a
silent agent, a message the agent or the extension reported) fails or warns; otherwise the VM's latest
backup is the evidence: a backup that succeeded shows the cause was not there then; a backup that
failed with an error this cause explains (or with an unexplained error) gives a warning that says
what to check inside the VM. Never a pass without evidence, never a fail without proof.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from core.azure_status import azure_status
from core.checks.agent import agent_is_healthy, ready_status
from core.checks.base import (
    Check,
    CheckContext,
    codes_for,
    is_not_protected,
    not_applicable,
    quoted,
    shown_time,
    unknown,
)
from core.checks.extensions import is_backup_extension, status_messages, vm_extensions
from core.checks.inside_guest import app_control_finding, dhcp_finding, waagent_finding
from core.facts import FACT_INSTANCE_VIEW, VmFacts
from core.findings import UNCONFIRMED, Finding, Status
from core.i18n import QT_TRANSLATE_NOOP, Msg
from core.jobs import (
    OUTCOME_FAILED,
    OUTCOME_NONE,
    OUTCOME_NOT_PROTECTED,
    OUTCOME_SUCCEEDED,
    BackupOutcome,
    backup_outcome,
)

SNAPSHOT_CHECK_ID = "snapshot-status"
SNAPSHOT_SUBJECT = QT_TRANSLATE_NOOP("GuestChecks", "Snapshot status from the guest")
WAAGENT_SUBJECT = QT_TRANSLATE_NOOP("GuestChecks", "Linux agent options")
APP_CONTROL_SUBJECT = QT_TRANSLATE_NOOP("GuestChecks", "Application control")
WAAGENT_CHECK_ID = "linux-waagent-conf"
APP_CONTROL_CHECK_ID = "app-control"

# WALinuxAgent reports this (as the status of every extension) when /etc/waagent.conf turns extensions off:
# "Extension will not be processed since extension processing is disabled. To enable extension
# processing, set Extensions.Enabled=y in '/etc/waagent.conf'".
_EXTENSIONS_DISABLED = re.compile(r"extension processing is disabled|extensions\.enabled?\s*=\s*y", re.IGNORECASE)
# What Windows and application control tools say when they refuse to start a program.
_BLOCKED = re.compile(
    r"blocked by (?:your )?(?:group policy|applocker|system administrator)|applocker|application control"
    r"|software restriction polic|ERROR_ACCESS_DISABLED_BY_POLICY",
    re.IGNORECASE,
)

# What the latest backup says about a cause that only the guest can confirm.
SUCCEEDED = "succeeded"  # the last backup worked: the cause was not there then
IMPLICATED = "implicated"  # the last backup failed with an error this cause explains, or an unexplained one
OTHER_CAUSE = "other-cause"  # the last backup failed with errors this cause does not explain
NO_HISTORY = "no-history"
NOT_PROTECTED = "not-protected"
UNKNOWN = "unknown"


def _msg(source: str, **args: Any) -> Msg:
    return Msg("GuestChecks", source, args)


def history_verdict(vm: VmFacts, check_id: str) -> tuple[str, BackupOutcome]:
    outcome = backup_outcome(vm)
    if outcome.state == OUTCOME_FAILED:
        related = set(codes_for(check_id))
        if outcome.unexplained or related & set(outcome.codes):
            return IMPLICATED, outcome
        return OTHER_CAUSE, outcome
    return (
        {OUTCOME_SUCCEEDED: SUCCEEDED, OUTCOME_NONE: NO_HISTORY, OUTCOME_NOT_PROTECTED: NOT_PROTECTED}.get(
            outcome.state, UNKNOWN
        ),
        outcome,
    )


def _outcome_evidence(outcome: BackupOutcome) -> dict[str, Any]:
    return {
        "lastBackup": outcome.state,
        "lastBackupTime": outcome.time.isoformat() if outcome.time else None,
        "lastBackupJob": outcome.job.id if outcome.job else None,
        "lastBackupCodes": list(outcome.codes),
    }


def _codes_text(outcome: BackupOutcome) -> str:
    return ", ".join(outcome.codes) or "—"


def _without_evidence(
    check_id: str, subject: Msg, verdict: str, outcome: BackupOutcome, title_unknown: Msg, evidence: dict[str, Any]
) -> Finding | None:
    """The findings every guest-only check gives when nothing points to its cause (None otherwise)."""
    if verdict == OTHER_CAUSE:
        return not_applicable(
            check_id,
            _msg(
                QT_TRANSLATE_NOOP(
                    "GuestChecks", "{subject}: not suspected, the latest backup failed for another documented reason"
                ),
                subject=subject,
            ),
            _msg(
                QT_TRANSLATE_NOOP("GuestChecks", "It failed with {codes}, which this cause does not explain."),
                codes=_codes_text(outcome),
            ),
            evidence,
        )
    if verdict == NO_HISTORY:
        return not_applicable(
            check_id,
            _msg(
                QT_TRANSLATE_NOOP("GuestChecks", "{subject}: not suspected, no finished backup to judge by"),
                subject=subject,
            ),
            _msg(
                QT_TRANSLATE_NOOP(
                    "GuestChecks",
                    "Nothing Azure shows points to this cause; it is checked again after the next backup.",
                )
            ),
            evidence,
        )
    if verdict == NOT_PROTECTED:
        return not_applicable(
            check_id,
            _msg(QT_TRANSLATE_NOOP("GuestChecks", "{subject}: the VM is not backed up"), subject=subject),
            None,
            evidence,
        )
    if verdict == UNKNOWN:
        return unknown(check_id, title_unknown, outcome.problem, codes_for(check_id))
    return None


def _agent_first(check_id: str, subject: Msg) -> Finding:
    """While the agent is silent nothing it runs can be judged; the agent findings come first."""
    return not_applicable(
        check_id,
        _msg(QT_TRANSLATE_NOOP("GuestChecks", "{subject}: judged once the guest agent reports Ready"), subject=subject),
        _msg(
            QT_TRANSLATE_NOOP(
                "GuestChecks",
                "The agent runs the backup extension; until it reports, fix the agent first (see its finding).",
            )
        ),
    )


# --- cause 3: the snapshot status cannot be retrieved ----------------------------------------------------


def check_snapshot_status(vm: VmFacts, context: CheckContext) -> Iterator[Finding]:
    codes = codes_for(SNAPSHOT_CHECK_ID)
    title_unknown = _msg(
        QT_TRANSLATE_NOOP("GuestChecks", "Whether the snapshot status reaches Azure could not be judged")
    )
    if is_not_protected(vm):
        yield not_applicable(
            SNAPSHOT_CHECK_ID,
            _msg(
                QT_TRANSLATE_NOOP("GuestChecks", "{subject}: the VM is not backed up"), subject=_msg(SNAPSHOT_SUBJECT)
            ),
        )
        return
    view = vm.instance_view
    if view is None:
        yield unknown(SNAPSHOT_CHECK_ID, title_unknown, vm.why_unavailable(FACT_INSTANCE_VIEW), codes)
        return
    inside = dhcp_finding(vm, SNAPSHOT_CHECK_ID, codes)
    if inside is not None:  # the guest's own network settings: DHCP off is the documented cause
        yield inside
        return
    power = (view.power_state or "running").lower()
    evidence: dict[str, Any] = {"powerState": view.power_state}
    if power == "stopped":
        yield Finding(
            SNAPSHOT_CHECK_ID,
            Status.WARN,
            _msg(
                QT_TRANSLATE_NOOP(
                    "GuestChecks", "The VM is stopped but still allocated, as after a shutdown from inside the guest"
                )
            ),
            _msg(
                QT_TRANSLATE_NOOP(
                    "GuestChecks",
                    "Azure Backup cannot read a snapshot status from a guest that was shut down from inside. Start the "
                    "VM from Azure, or stop it from Azure so that Azure knows its real state, then run the backup "
                    "again.",
                )
            ),
            codes,
            evidence,
            "snapshot-status-unreachable",
        )
        return
    if power != "running":
        yield not_applicable(
            SNAPSHOT_CHECK_ID,
            _msg(
                QT_TRANSLATE_NOOP(
                    "GuestChecks", "The VM is {power}: Azure Backup takes its snapshot without the guest"
                ),
                power=azure_status(view.power_state),
            ),
            None,
            evidence,
        )
        return
    agent = view.agent
    status = ready_status(agent.statuses) if agent is not None else None
    evidence.update(
        {
            "agentStatus": status.display_status if status else None,
            "agentStatusTime": status.time.isoformat() if status and status.time else None,
        }
    )
    if not agent_is_healthy(vm, context):
        evidence[UNCONFIRMED] = True
        yield Finding(
            SNAPSHOT_CHECK_ID,
            Status.WARN,
            _msg(QT_TRANSLATE_NOOP("GuestChecks", "Azure shows the VM running, but its guest agent is silent")),
            _msg(
                QT_TRANSLATE_NOOP(
                    "GuestChecks",
                    "The guest may have been shut down from inside, or may get no host address because DHCP is off "
                    "in the guest. In the VM's console, check that it runs and that its network adapter uses DHCP; "
                    "a static IP belongs on the Azure network interface, not inside the guest.",
                )
            ),
            codes,
            evidence,
            "snapshot-status-unreachable",
        )
        return
    verdict, outcome = history_verdict(vm, SNAPSHOT_CHECK_ID)
    evidence.update(_outcome_evidence(outcome))
    if verdict == SUCCEEDED:
        yield Finding(
            SNAPSHOT_CHECK_ID,
            Status.PASS,
            _msg(
                QT_TRANSLATE_NOOP("GuestChecks", "The snapshot status reached Azure at the last backup, on {time}"),
                time=shown_time(outcome.time),
            ),
            _msg(QT_TRANSLATE_NOOP("GuestChecks", "The VM is running and its agent reports Ready.")),
            (),
            evidence,
        )
        return
    if verdict == IMPLICATED:
        evidence[UNCONFIRMED] = True
        yield Finding(
            SNAPSHOT_CHECK_ID,
            Status.WARN,
            _msg(QT_TRANSLATE_NOOP("GuestChecks", "The snapshot status may not reach Azure: check DHCP inside the VM")),
            _msg(
                QT_TRANSLATE_NOOP(
                    "GuestChecks",
                    "Azure sees the VM running and its agent Ready, but the latest backup failed ({codes}). Inside the "
                    "VM, check that the network adapter gets its address from DHCP and that nobody shut the guest "
                    "down from inside during the backup.",
                ),
                codes=_codes_text(outcome),
            ),
            codes,
            evidence,
            "snapshot-status-unreachable",
        )
        return
    fallback = _without_evidence(SNAPSHOT_CHECK_ID, _msg(SNAPSHOT_SUBJECT), verdict, outcome, title_unknown, evidence)
    if fallback is not None:
        yield fallback


# --- cause 4: /etc/waagent.conf -----------------------------------------------------------------------------


def _agent_messages(vm: VmFacts) -> list[tuple[str, str]]:
    """(where, message) for every message the agent and the extensions reported."""
    found: list[tuple[str, str]] = []
    for ext in vm_extensions(vm) or ():
        found.extend((ext.name, message) for message in status_messages(ext))
    view = vm.instance_view
    if view is not None and view.agent is not None:
        found.extend(("vmAgent", s.message) for s in view.agent.statuses if s.message)
        found.extend(
            (handler.type, handler.status.message)
            for handler in view.agent.extension_handlers
            if handler.status is not None and handler.status.message
        )
    return found


def _extensions_processed(vm: VmFacts) -> list[str]:
    """Extensions whose status (else whose handler) reports success: proof that the agent processes extensions."""
    names = [
        ext.name
        for ext in vm_extensions(vm) or ()
        if any(s.code.lower().startswith("provisioningstate/succeeded") for s in ext.statuses)
    ]
    view = vm.instance_view
    if not names and view is not None and view.agent is not None:
        names.extend(
            h.type
            for h in view.agent.extension_handlers
            if h.status is not None and h.status.code.lower().startswith("provisioningstate/succeeded")
        )
    return list(dict.fromkeys(names))


def check_waagent_conf(vm: VmFacts, context: CheckContext) -> Iterator[Finding]:
    codes = codes_for(WAAGENT_CHECK_ID)
    title_unknown = _msg(QT_TRANSLATE_NOOP("GuestChecks", "The Linux agent's configuration could not be judged"))
    os_type = (vm.os_type or "").lower()
    if os_type == "windows":
        yield not_applicable(
            WAAGENT_CHECK_ID, _msg(QT_TRANSLATE_NOOP("GuestChecks", "Only Linux VMs have an /etc/waagent.conf"))
        )
        return
    if os_type != "linux":
        yield unknown(
            WAAGENT_CHECK_ID,
            title_unknown,
            None,
            codes,
            _msg(QT_TRANSLATE_NOOP("GuestChecks", "Azure did not say whether the VM runs Windows or Linux.")),
        )
        return
    inside = waagent_finding(vm, WAAGENT_CHECK_ID, codes)
    if inside is not None:  # the file itself, as the guest has it, or the silent-extension pattern
        yield inside
        return
    if vm.instance_view is None and vm.extensions is None:
        yield unknown(WAAGENT_CHECK_ID, title_unknown, vm.why_unavailable(FACT_INSTANCE_VIEW), codes)
        return
    disabled = next(((w, m) for w, m in _agent_messages(vm) if _EXTENSIONS_DISABLED.search(m)), None)
    if disabled is not None:
        yield Finding(
            WAAGENT_CHECK_ID,
            Status.FAIL,
            _msg(QT_TRANSLATE_NOOP("GuestChecks", "The Linux agent has extension processing turned off")),
            _msg(
                QT_TRANSLATE_NOOP(
                    "GuestChecks",
                    '{reporter} reported "{message}". Set Extensions.Enable=y (and Provisioning.Agent=auto) in '
                    "/etc/waagent.conf, then restart the agent.",
                ),
                reporter=disabled[0],
                message=quoted(disabled[1]),
            ),
            codes,
            {"reportedBy": disabled[0], "message": disabled[1]},
            "linux-waagent-conf",
        )
        return
    if not agent_is_healthy(vm, context):
        yield _agent_first(WAAGENT_CHECK_ID, _msg(WAAGENT_SUBJECT))
        return
    processed = _extensions_processed(vm)
    verdict, outcome = history_verdict(vm, WAAGENT_CHECK_ID)
    evidence: dict[str, Any] = {"extensionsProcessed": processed, **_outcome_evidence(outcome)}
    if verdict == SUCCEEDED:
        yield Finding(
            WAAGENT_CHECK_ID,
            Status.PASS,
            _msg(
                QT_TRANSLATE_NOOP("GuestChecks", "The agent ran the backup extension at the last backup, on {time}"),
                time=shown_time(outcome.time),
            ),
            _msg(
                QT_TRANSLATE_NOOP(
                    "GuestChecks",
                    "So its configuration let it run extensions then; Backup Doctor cannot read /etc/waagent.conf "
                    "itself.",
                )
            ),
            (),
            evidence,
        )
        return
    if verdict == IMPLICATED:
        evidence[UNCONFIRMED] = True
        detail = (
            _msg(
                QT_TRANSLATE_NOOP(
                    "GuestChecks",
                    "The agent runs extensions ({extensions}), so Extensions.Enable is y. Inside the VM, check that "
                    "/etc/waagent.conf also sets Provisioning.Agent=auto, then restart the agent.",
                ),
                extensions=", ".join(processed),
            )
            if processed
            else _msg(
                QT_TRANSLATE_NOOP(
                    "GuestChecks",
                    "Azure cannot read the agent's configuration file. Inside the VM, check that /etc/waagent.conf "
                    "sets Extensions.Enable=y and Provisioning.Agent=auto, then restart the agent.",
                )
            )
        )
        yield Finding(
            WAAGENT_CHECK_ID,
            Status.WARN,
            _msg(QT_TRANSLATE_NOOP("GuestChecks", "Check the agent's options in /etc/waagent.conf inside the VM")),
            detail,
            codes,
            evidence,
            "linux-waagent-conf",
        )
        return
    fallback = _without_evidence(WAAGENT_CHECK_ID, _msg(WAAGENT_SUBJECT), verdict, outcome, title_unknown, evidence)
    if fallback is not None:
        yield fallback


# --- cause 5: application control blocks IaaSBcdrExtension.exe -------------------------------------------------


def check_app_control(vm: VmFacts, context: CheckContext) -> Iterator[Finding]:
    codes = codes_for(APP_CONTROL_CHECK_ID)
    title_unknown = _msg(
        QT_TRANSLATE_NOOP("GuestChecks", "Whether application control blocks the backup extension could not be judged")
    )
    inside = app_control_finding(vm, APP_CONTROL_CHECK_ID, codes)
    if inside is not None:  # the guest's effective AppLocker policy
        yield inside
        return
    extensions = vm_extensions(vm)
    if extensions is None:
        yield unknown(APP_CONTROL_CHECK_ID, title_unknown, vm.why_unavailable(FACT_INSTANCE_VIEW), codes)
        return
    blocked = next(
        (
            (ext.name, message)
            for ext in extensions
            for message in status_messages(ext)
            if _BLOCKED.search(message) and (is_backup_extension(ext) or "iaasbcdrextension" in message.lower())
        ),
        None,
    )
    linux = (vm.os_type or "").lower() == "linux"
    if blocked is not None:
        yield Finding(
            APP_CONTROL_CHECK_ID,
            Status.FAIL,
            _msg(QT_TRANSLATE_NOOP("GuestChecks", "Application control blocks the backup extension")),
            _msg(
                QT_TRANSLATE_NOOP(
                    "GuestChecks",
                    '{extension} reported "{message}". Allow the /var/lib/waagent path in your application control '
                    "tool, then run the backup again.",
                )
                if linux
                else QT_TRANSLATE_NOOP(
                    "GuestChecks",
                    '{extension} reported "{message}". Allow IaaSBcdrExtension.exe in AppLocker (or your application '
                    "control tool), then run the backup again.",
                ),
                extension=blocked[0],
                message=quoted(blocked[1]),
            ),
            codes,
            {"reportedBy": blocked[0], "message": blocked[1]},
            "app-control-exclusion",
        )
        return
    if not agent_is_healthy(vm, context):
        yield _agent_first(APP_CONTROL_CHECK_ID, _msg(APP_CONTROL_SUBJECT))
        return
    verdict, outcome = history_verdict(vm, APP_CONTROL_CHECK_ID)
    evidence = _outcome_evidence(outcome)
    if verdict == SUCCEEDED:
        yield Finding(
            APP_CONTROL_CHECK_ID,
            Status.PASS,
            _msg(
                QT_TRANSLATE_NOOP("GuestChecks", "The backup extension ran at the last backup, on {time}"),
                time=shown_time(outcome.time),
            ),
            _msg(QT_TRANSLATE_NOOP("GuestChecks", "So application control did not block it then.")),
            (),
            evidence,
        )
        return
    if verdict == IMPLICATED:
        evidence[UNCONFIRMED] = True
        yield Finding(
            APP_CONTROL_CHECK_ID,
            Status.WARN,
            _msg(
                QT_TRANSLATE_NOOP(
                    "GuestChecks", "Check inside the VM that application control lets the backup extension run"
                )
            ),
            _msg(
                QT_TRANSLATE_NOOP(
                    "GuestChecks",
                    "Azure cannot see application control rules, and the latest backup failed ({codes}). Inside the "
                    "VM, check that your application control tool does not block programs under /var/lib/waagent.",
                )
                if linux
                else QT_TRANSLATE_NOOP(
                    "GuestChecks",
                    "Azure cannot see AppLocker rules, and the latest backup failed ({codes}). Inside the VM, look in "
                    "the AppLocker event log for IaaSBcdrExtension.exe and allow it if it was blocked.",
                ),
                codes=_codes_text(outcome),
            ),
            codes,
            evidence,
            "app-control-exclusion",
        )
        return
    fallback = _without_evidence(
        APP_CONTROL_CHECK_ID, _msg(APP_CONTROL_SUBJECT), verdict, outcome, title_unknown, evidence
    )
    if fallback is not None:
        yield fallback


CHECKS = (
    Check(SNAPSHOT_CHECK_ID, check_snapshot_status),
    Check(WAAGENT_CHECK_ID, check_waagent_conf),
    Check(APP_CONTROL_CHECK_ID, check_app_control),
)
