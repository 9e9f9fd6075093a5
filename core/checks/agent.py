"""The guest agent: is the VM running with a Ready agent, and is the agent recent enough?

Source: "Troubleshoot Azure Backup failure: issues with the agent or extension": UserErrorGuestAgentStatusUnavailable
(the VM status must be Running and the agent status Ready) and the causes "the agent is installed but
unresponsive (Windows)" and "the agent is out of date (Linux)" of GuestAgentSnapshotTaskStatusError,
ExtensionOperationFailedForManagedDisks and BackUpOperationFailed. Minimum versions: resources/agent-versions.json.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from core.azure_status import azure_status
from core.checks.base import Check, CheckContext, codes_for, not_applicable, quoted, unknown
from core.facts import FACT_INSTANCE_VIEW, StatusEntry, VmFacts
from core.findings import UNCONFIRMED, Finding, Status
from core.i18n import QT_TRANSLATE_NOOP, Msg
from core.jobs import OUTCOME_SUCCEEDED, backup_outcome

CHECK_ID = "vm-agent-ready"
VERSION_CHECK_ID = "agent-version"
ERROR_CODE = "UserErrorGuestAgentStatusUnavailable"
_CTX = "AgentCheck"  # lupdate needs the literal in each QT_TRANSLATE_NOOP below

TITLE_OK = QT_TRANSLATE_NOOP("AgentCheck", "The VM is running and its guest agent is Ready")
TITLE_UNKNOWN = QT_TRANSLATE_NOOP("AgentCheck", "The guest agent's status could not be read")
TITLE_NOT_RUNNING = QT_TRANSLATE_NOOP("AgentCheck", "The VM is not running, so its guest agent cannot answer")
TITLE_NO_AGENT = QT_TRANSLATE_NOOP("AgentCheck", "No guest agent has reported from this VM")
TITLE_NOT_READY = QT_TRANSLATE_NOOP("AgentCheck", "The guest agent is not Ready")
TITLE_STALE = QT_TRANSLATE_NOOP("AgentCheck", "The guest agent has stopped reporting to Azure")


def agent_wizard(vm: VmFacts) -> str | None:
    os_type = (vm.os_type or "").lower()
    if os_type == "windows":
        return "windows-agent-unresponsive"
    if os_type == "linux":
        return "linux-agent-outdated"
    return None


# Catalog causes this check tells apart (its findings name them: `Finding.causes`).
CAUSE_NOT_RUNNING = "vm-not-running"
CAUSE_NO_AGENT = "agent-not-reporting"
CAUSE_WINDOWS_UNRESPONSIVE = "windows-agent-unresponsive"
CAUSE_LINUX_OUTDATED = "linux-agent-outdated"


def agent_causes(vm: VmFacts) -> tuple[str, ...]:
    """The documented cause of an installed agent that is not Ready, for the VM's OS (both if unknown)."""
    os_type = (vm.os_type or "").lower()
    if os_type == "windows":
        return (CAUSE_WINDOWS_UNRESPONSIVE,)
    if os_type == "linux":
        return (CAUSE_LINUX_OUTDATED,)
    return (CAUSE_WINDOWS_UNRESPONSIVE, CAUSE_LINUX_OUTDATED)


def _msg(source: str, **args: Any) -> Msg:
    return Msg(_CTX, source, args)


def _codes() -> tuple[str, ...]:
    """UserErrorGuestAgentStatusUnavailable first, then every other code an agent problem explains."""
    return (ERROR_CODE, *(c for c in codes_for(CHECK_ID) if c != ERROR_CODE))


def ready_status(statuses: tuple[StatusEntry, ...]) -> StatusEntry | None:
    """The agent's provisioning status (ARM puts it first; the code starts with ProvisioningState/)."""
    for status in statuses:
        if status.code.lower().startswith("provisioningstate/"):
            return status
    return statuses[0] if statuses else None


def is_ready(status: StatusEntry) -> bool:
    if status.display_status:
        return status.display_status.strip().lower() == "ready"
    return status.code.lower() == "provisioningstate/succeeded"


def agent_is_healthy(vm: VmFacts, context: CheckContext) -> bool:
    """Running, with an agent that reports Ready and reported recently: what vm-agent-ready passes."""
    view = vm.instance_view
    if view is None or (view.power_state or "running").lower() != "running" or view.agent is None:
        return False
    status = ready_status(view.agent.statuses)
    if status is None or not is_ready(status):
        return False
    return status.time is None or context.now - status.time <= context.agent_status_stale_after


def check_agent_ready(vm: VmFacts, context: CheckContext) -> Iterator[Finding]:
    view = vm.instance_view
    if view is None:
        yield unknown(CHECK_ID, _msg(TITLE_UNKNOWN), vm.why_unavailable(FACT_INSTANCE_VIEW), _codes())
        return
    evidence: dict[str, Any] = {"powerState": view.power_state}
    power = (view.power_state or "").lower()
    if power and power != "running":
        yield Finding(
            CHECK_ID,
            Status.WARN,
            _msg(TITLE_NOT_RUNNING),
            _msg(
                QT_TRANSLATE_NOOP(
                    "AgentCheck",
                    "Power state is {power}. The agent reports only while the VM runs; if backups of "
                    "this VM fail with {code}, start the VM (from Azure, not from inside the guest) "
                    "and run the backup again.",
                ),
                power=azure_status(view.power_state),
                code=ERROR_CODE,
            ),
            _codes(),
            evidence,
            "start-vm-from-azure",
            (CAUSE_NOT_RUNNING,),
        )
        return
    agent = view.agent
    if agent is None or (agent.version is None and not agent.statuses):
        yield Finding(
            CHECK_ID,
            Status.FAIL,
            _msg(TITLE_NO_AGENT),
            _msg(
                QT_TRANSLATE_NOOP(
                    "AgentCheck",
                    "The instance view has no agent status: the agent is not installed, or has never "
                    "reached Azure. Azure Backup needs it to take snapshots.",
                )
            ),
            _codes(),
            evidence,
            agent_wizard(vm),
            (CAUSE_NO_AGENT,),
        )
        return
    status = ready_status(agent.statuses)
    evidence.update(
        {
            "agentVersion": agent.version,
            "agentStatusCode": status.code if status else None,
            "agentDisplayStatus": status.display_status if status else None,
            "agentMessage": status.message if status else None,
            "agentStatusTime": status.time.isoformat() if status and status.time else None,
        }
    )
    if status is None or not is_ready(status):
        yield Finding(
            CHECK_ID,
            Status.FAIL,
            _msg(TITLE_NOT_READY),
            _msg(
                QT_TRANSLATE_NOOP(
                    "AgentCheck",
                    "Azure reports the agent as {display} ({message}). Backup cannot reach the VM "
                    "until the agent is running and Ready.",
                ),
                display=azure_status(status.display_status if status else None),
                message=quoted(status.message if status else None),
            ),
            _codes(),
            evidence,
            agent_wizard(vm),
            agent_causes(vm),
        )
        return
    if status.time is not None:
        age = context.now - status.time
        evidence["agentStatusAgeMinutes"] = int(age.total_seconds() // 60)
        if age > context.agent_status_stale_after:
            yield Finding(
                CHECK_ID,
                Status.FAIL,
                _msg(TITLE_STALE),
                _msg(
                    QT_TRANSLATE_NOOP(
                        "AgentCheck",
                        "Its last status, {display}, is from {time} ({hours} hours ago). A healthy agent "
                        "reports every few minutes, so it is probably stopped or cannot reach Azure.",
                    ),
                    display=azure_status(status.display_status or status.code),
                    time=status.time.strftime("%Y-%m-%d %H:%M UTC"),
                    hours=int(age.total_seconds() // 3600),
                ),
                _codes(),
                evidence,
                agent_wizard(vm),
                agent_causes(vm),
            )
            return
    yield Finding(
        CHECK_ID,
        Status.PASS,
        _msg(TITLE_OK),
        _msg(
            QT_TRANSLATE_NOOP("AgentCheck", "Agent {version} reports {display}."),
            version=agent.version or "—",
            display=azure_status(status.display_status or status.code),
        ),
        (),
        evidence,
    )


# --- agent version --------------------------------------------------------------------------------

_VERSION_RE = re.compile(r"\d+(?:\.\d+)*")


def parse_version(text: str | None) -> tuple[int, ...] | None:
    """`2.7.41491.1010` -> (2, 7, 41491, 1010); the first dotted number in the text; None if there is none."""
    if not text:
        return None
    found = _VERSION_RE.search(text)
    return tuple(int(part) for part in found.group(0).split(".")) if found else None


def version_at_least(version: tuple[int, ...], minimum: tuple[int, ...]) -> bool:
    """Numeric comparison, missing parts counting as 0 (2.2.53 == 2.2.53.0)."""
    width = max(len(version), len(minimum))
    return version + (0,) * (width - len(version)) >= minimum + (0,) * (width - len(minimum))


def check_agent_version(vm: VmFacts, context: CheckContext) -> Iterator[Finding]:
    view = vm.instance_view
    title_unknown = _msg(QT_TRANSLATE_NOOP("AgentCheck", "The guest agent's version could not be checked"))
    if view is None:
        yield unknown(
            VERSION_CHECK_ID, title_unknown, vm.why_unavailable(FACT_INSTANCE_VIEW), codes_for(VERSION_CHECK_ID)
        )
        return
    reported = view.agent.version if view.agent is not None else None
    version = parse_version(reported)
    if version is None:
        if not agent_is_healthy(vm, context):
            yield not_applicable(
                VERSION_CHECK_ID,
                _msg(QT_TRANSLATE_NOOP("AgentCheck", "No agent version to compare while the agent is not reporting")),
                _msg(
                    QT_TRANSLATE_NOOP(
                        "AgentCheck",
                        "Azure shows the agent's version only while the agent reports; see the agent status finding.",
                    )
                ),
                {"agentVersion": reported, "powerState": view.power_state},
            )
            return
        yield unknown(
            VERSION_CHECK_ID,
            title_unknown,
            None,
            codes_for(VERSION_CHECK_ID),
            _msg(
                QT_TRANSLATE_NOOP(
                    "AgentCheck", "The agent reported the version {version}, which is not a version number."
                ),
                version=reported or "—",
            ),
        )
        return
    os_type = next((o for o in context.agent_minimum_versions if o.lower() == (vm.os_type or "").lower()), None)
    minimum_text = context.agent_minimum_versions.get(os_type) if os_type else None
    minimum = parse_version(minimum_text)
    evidence: dict[str, Any] = {"agentVersion": reported, "osType": vm.os_type, "minimumVersion": minimum_text}
    if os_type is None or minimum is None:
        yield unknown(
            VERSION_CHECK_ID,
            title_unknown,
            None,
            codes_for(VERSION_CHECK_ID),
            _msg(
                QT_TRANSLATE_NOOP(
                    "AgentCheck",
                    "The VM's operating system type ({os}) is unknown, so there is no minimum to compare with.",
                ),
                os=vm.os_type or "—",
            ),
        )
        return
    if version_at_least(version, minimum):
        yield Finding(
            VERSION_CHECK_ID,
            Status.PASS,
            _msg(
                QT_TRANSLATE_NOOP("AgentCheck", "The guest agent's version {version} is supported"),
                version=reported,
            ),
            _msg(
                QT_TRANSLATE_NOOP("AgentCheck", "The minimum supported version for {os} is {minimum}."),
                os=os_type,
                minimum=minimum_text,
            ),
            (),
            evidence,
        )
        return
    linux = os_type == "Linux"
    if not linux:
        evidence[UNCONFIRMED] = True  # an old Windows agent hints at, but does not prove, an unresponsive one
    # An old Linux agent is a documented cause of backup failures ("might have failed": the catalog's
    # UserErrorGuestAgentVersionUnsupported), so it fails the VM, unless the latest backup succeeded with it:
    # then the next one is not expected to fail, and it is a warning. On Windows it is a sign that the agent
    # no longer updates itself, worth a reinstall but not proof of the failure.
    still_backing_up = backup_outcome(vm).state == OUTCOME_SUCCEEDED
    if linux and still_backing_up:
        evidence["latestBackup"] = "succeeded"
    yield Finding(
        VERSION_CHECK_ID,
        Status.FAIL if linux and not still_backing_up else Status.WARN,
        _msg(
            QT_TRANSLATE_NOOP("AgentCheck", "The guest agent's version {version} is older than the supported minimum"),
            version=reported,
        ),
        _msg(
            QT_TRANSLATE_NOOP(
                "AgentCheck",
                "Azure supports {os} agents from version {minimum}. Update the agent from the distribution's "
                "package repository and make sure it is running.",
            )
            if linux
            else QT_TRANSLATE_NOOP(
                "AgentCheck",
                "Azure supports {os} agents from version {minimum}. Reinstall the latest Windows Azure Guest "
                "Agent, which also restarts it.",
            ),
            os=os_type,
            minimum=minimum_text,
        ),
        codes_for(VERSION_CHECK_ID),
        evidence,
        "linux-agent-outdated" if linux else "windows-agent-unresponsive",
        (CAUSE_LINUX_OUTDATED,) if linux else (CAUSE_WINDOWS_UNRESPONSIVE,),
    )


CHECKS = (
    Check(CHECK_ID, check_agent_ready),
    Check(VERSION_CHECK_ID, check_agent_version),
)
