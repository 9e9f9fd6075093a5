"""Running the read-only check inside one VM, and what came of it.

Run Command is delivered by the guest agent's extension handling (the RunCommandLinux and
RunCommandWindows handlers), so it cannot be assumed to answer: every way it can end is an outcome,
and several are evidence in themselves.

- ANSWERED: the script printed its document; `report` holds the guest's facts.
- AGENT_DOWN: Azure says the agent does not report (VMAgentStatusCommunicationError), or the agent
  was not Ready and the run never finished. Evidence for the agent cause.
- NO_ANSWER: the agent reports Ready, yet the run never finished. On Linux that is the pattern of
  `Extensions.Enable=n` in /etc/waagent.conf: the agent runs but processes no extension.
- UNREADABLE: the guest answered, but not with the document the script prints.
- REFUSED / BUSY / NOT_RUNNING / FAILED: Azure refused (permission, another run in progress, VM not
  running) or the call failed; `reason` says so.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from core.azure.errors import AzureProblemError
from core.azure.gateway import AzureGateway, CancelSignal, WaitAbandoned, WaitTimedOut
from core.guest.outcome import (
    AGENT_DOWN,
    ANSWERED,
    BUSY,
    CANCELLED,
    FAILED,
    NO_ANSWER,
    NOT_RUNNING,
    REFUSED,
    UNREADABLE,
    GuestInspection,
    GuestOutcome,
)
from core.guest.report import GuestAnswerError, parse_answer
from core.guest.scripts import check_script
from core.i18n import QT_TRANSLATE_NOOP, Msg

# How long to wait for Run Command against Azure (it gives up itself after 90 minutes).
AZURE_TIMEOUT_SECONDS = 10 * 60.0
# Against the simulator (demo, tests), whose scripts take seconds: long enough, short enough to demonstrate.
SIMULATED_TIMEOUT_SECONDS = 15.0
_AGENT_CODES = {"vmagentstatuscommunicationerror", "vmagentnotready", "guestagentnotready"}


def _msg(source: str, **args: Any) -> Msg:
    return Msg("GuestInspection", source, args)


def stdout_of(result: dict[str, Any]) -> str | None:
    """The StdOut message of a RunCommandResult (`value[]` of InstanceViewStatus), None when absent."""
    for status in result.get("value") or []:
        if isinstance(status, dict) and "/stdout/" in str(status.get("code", "")).lower() + "/":
            message = status.get("message")
            return message if isinstance(message, str) else ""
    return None


def inspect_guest(
    gateway: AzureGateway,
    vm_id: str,
    os_type: str | None,
    *,
    agent_ready: bool,
    timeout: float | None = None,
    cancel: CancelSignal | None = None,
) -> GuestInspection:
    """Run the read-only check script in the VM and read its answer. Never raises for Azure's answers."""
    now = datetime.now(UTC)
    script = check_script(os_type)

    def ended(outcome: GuestOutcome, reason: Msg | None, code: str | None = None) -> GuestInspection:
        return GuestInspection(vm_id, outcome, now, None, reason, code, agent_ready)

    if script is None:
        return ended(
            FAILED,
            _msg(QT_TRANSLATE_NOOP("GuestInspection", "Azure does not say whether the VM runs Windows or Linux.")),
        )
    if timeout is None:
        timeout = SIMULATED_TIMEOUT_SECONDS if gateway.target.simulated else AZURE_TIMEOUT_SECONDS
    try:
        result = gateway.run_command(vm_id, script.command_id, script.text, timeout=timeout, cancel=cancel)
    except WaitAbandoned:
        return ended(
            CANCELLED,
            _msg(
                QT_TRANSLATE_NOOP(
                    "GuestInspection",
                    "Stopped waiting. The read-only script may still finish inside the VM; it changes nothing.",
                )
            ),
        )
    except WaitTimedOut as late:
        if not agent_ready:
            return ended(
                AGENT_DOWN,
                _msg(
                    QT_TRANSLATE_NOOP(
                        "GuestInspection",
                        "Run Command did not finish within {seconds} s, and the guest agent is not Ready.",
                    ),
                    seconds=f"{late.seconds:g}",
                ),
            )
        return ended(
            NO_ANSWER,
            _msg(
                QT_TRANSLATE_NOOP(
                    "GuestInspection",
                    "The guest agent reports Ready, yet Run Command did not start the script within {seconds} s: the "
                    "agent does not run extensions.",
                ),
                seconds=f"{late.seconds:g}",
            ),
        )
    except AzureProblemError as error:
        problem = error.problem
        code = problem.code
        lowered = code.lower()
        if lowered in _AGENT_CODES:
            return ended(AGENT_DOWN, problem.message, code)
        if lowered == "vmextensionprovisioningtimeout":
            return ended(AGENT_DOWN if not agent_ready else NO_ANSWER, problem.message, code)
        if problem.status == 403 or lowered in ("authorizationfailed", "linkedauthorizationfailed"):
            return ended(REFUSED, problem.message, code)
        if lowered == "conflict":
            return ended(
                BUSY,
                _msg(
                    QT_TRANSLATE_NOOP(
                        "GuestInspection",
                        "Another Run Command is still running in this VM; try again when it has finished.",
                    )
                ),
                code,
            )
        if lowered == "operationnotallowed":
            return ended(NOT_RUNNING, problem.message, code)
        return ended(FAILED, problem.message, code)
    stdout = stdout_of(result)
    if stdout is None:
        return ended(
            UNREADABLE, _msg(QT_TRANSLATE_NOOP("GuestInspection", "Azure's answer holds no output of the script."))
        )
    try:
        report = parse_answer(stdout)
    except GuestAnswerError as unreadable:
        return ended(UNREADABLE, unreadable.reason)
    return GuestInspection(vm_id, ANSWERED, now, report, None, None, agent_ready)
