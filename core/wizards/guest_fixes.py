"""Fixes inside the guest, sent through Run Command: previewed as the exact script, confirmed, audited,
and verified by running the read-only check again.

Only documented, low-risk steps are automated (resources/guest/fixes/): start the Windows agent services
and set them to start automatically; restart VSS and the services of writers that are not Stable;
restart COM+ and start MSDTC; set Extensions.Enable=y and Provisioning.Agent=auto in /etc/waagent.conf
and restart the Linux agent. Riskier ones (AppLocker policy, DHCP, reinstalling MSDTC or the agent,
re-encoding vmbackup.conf, unmounting) stay as manual steps with the exact commands (`MANUAL`).
A run does nothing when the read-only check shows nothing to fix, so running it twice is harmless.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from core.audit import AuditLog, accepted_result, error_result, ok_result
from core.azure.errors import AzureProblemError
from core.azure.gateway import AzureGateway, CancelSignal, WaitAbandoned, WaitTimedOut
from core.guest import evidence
from core.guest.inspection import inspect_guest
from core.guest.outcome import ANSWERED, GuestInspection
from core.guest.report import GuestReport
from core.guest.scripts import PERMISSION, GuestScript, fix_script
from core.i18n import QT_TRANSLATE_NOOP, Msg

DONE = "done"
NOTHING_TO_DO = "nothing-to-do"
NOT_CONFIRMED = "refused"
FAILED = "failed"
CANCELLED = "cancelled"


def _msg(source: str, **args: Any) -> Msg:
    return Msg("Wizards", source, args)


def _com_needed(report: GuestReport) -> bool:
    return evidence.disabled(report.service("COMSysApp")) or evidence.disabled(report.service("MSDTC"))


def _vss_needed(report: GuestReport) -> bool:
    return bool(evidence.bad_writers(report)) or evidence.disabled(report.service("VSS"))


def _waagent_needed(report: GuestReport) -> bool:
    return evidence.extensions_enable_off(report) or evidence.provisioning_agent_wrong(report)


@dataclass(frozen=True)
class GuestFix:
    id: str
    # Source text (context "Wizards"), as a button would say it.
    title: str
    os_type: str
    script_file: str
    needed: Callable[[GuestReport], bool]

    @property
    def title_msg(self) -> Msg:
        return _msg(self.title)

    def script(self) -> GuestScript:
        return fix_script(self.script_file, self.os_type)


FIXES: dict[str, GuestFix] = {
    fix.id: fix
    for fix in (
        GuestFix(
            "windows-agent-services",
            QT_TRANSLATE_NOOP("Wizards", "Start the guest agent services and set them to start automatically"),
            "windows",
            "windows-agent-services.ps1",
            lambda report: bool(evidence.agent_service_problems(report)),
        ),
        GuestFix(
            "windows-vss-restart",
            QT_TRANSLATE_NOOP("Wizards", "Restart VSS and the services of writers that are not Stable"),
            "windows",
            "windows-vss-restart.ps1",
            _vss_needed,
        ),
        GuestFix(
            "windows-com-restart",
            QT_TRANSLATE_NOOP("Wizards", "Restart COM+ and start the Distributed Transaction Coordinator"),
            "windows",
            "windows-com-restart.ps1",
            _com_needed,
        ),
        GuestFix(
            "linux-waagent-conf",
            QT_TRANSLATE_NOOP(
                "Wizards", "Set Extensions.Enable=y and Provisioning.Agent=auto, then restart the agent"
            ),
            "linux",
            "linux-waagent-conf.sh",
            _waagent_needed,
        ),
    )
}


@dataclass(frozen=True)
class ManualStep:
    id: str
    title: str  # source text, context "Wizards"
    applies: Callable[[GuestReport], bool]
    commands: tuple[str, ...]

    @property
    def title_msg(self) -> Msg:
        return _msg(self.title)


# Riskier steps: shown with the exact commands to copy, never run by Backup Doctor.
MANUAL: tuple[ManualStep, ...] = (
    ManualStep(
        "msdtc-account",
        QT_TRANSLATE_NOOP(
            "Wizards", "Reinstall MSDTC so that it runs as Network Service (elevated, in a maintenance window)"
        ),
        lambda r: (
            (dtc := r.service("MSDTC")) is not None
            and (dtc.account or "").strip().lower() != evidence.NETWORK_SERVICE
            and not evidence.disabled(dtc)
        ),
        ("msdtc -uninstall", "msdtc -install", "Restart-Service COMSysApp"),
    ),
    ManualStep(
        "vmbackup-conf-ascii",
        QT_TRANSLATE_NOOP("Wizards", "Save /etc/azure/vmbackup.conf as plain ASCII (keeps a copy)"),
        lambda r: r.vmbackup_conf is not None and r.vmbackup_conf.present and r.vmbackup_conf.encoding != "ascii",
        (
            "sudo cp -p /etc/azure/vmbackup.conf /etc/azure/vmbackup.conf.bak",
            "sudo iconv -t ASCII//TRANSLIT /etc/azure/vmbackup.conf.bak | sudo tee /etc/azure/vmbackup.conf >/dev/null",
        ),
    ),
    ManualStep(
        "stale-mounts",
        QT_TRANSLATE_NOOP(
            "Wizards",
            "Unmount a mount that cannot be opened, or list it in MountsToSkip of /etc/azure/vmbackup.conf",
        ),
        lambda r: bool(evidence.failing_mounts(r)),
        ("sudo umount -l MOUNT_POINT", "sudo fsck -n DEVICE"),
    ),
    ManualStep(
        "extensions-disabled",
        QT_TRANSLATE_NOOP(
            "Wizards",
            "From the serial console or SSH: set Extensions.Enable=y, then restart the agent (Run Command cannot, "
            "since the agent runs no extension)",
        ),
        evidence.extensions_enable_off,
        (
            "sudo sed -i 's/^\\s*Extensions.Enable\\s*=.*/Extensions.Enable=y/' /etc/waagent.conf",
            "sudo systemctl restart walinuxagent || sudo systemctl restart waagent",
        ),
    ),
)


def fixes_for(report: GuestReport | None) -> list[GuestFix]:
    """The automated fixes the guest's facts call for."""
    if report is None:
        return []
    return [fix for fix in FIXES.values() if fix.os_type == report.os and fix.needed(report)]


def manual_steps_for(report: GuestReport | None) -> list[ManualStep]:
    if report is None:
        return []
    return [step for step in MANUAL if step.applies(report)]


@dataclass(frozen=True)
class GuestFixResult:
    fix: str
    outcome: str
    message: Msg
    # The read-only check run again after the fix (its verification), when it ran.
    verification: GuestInspection | None = None

    @property
    def fixed(self) -> bool:
        return self.outcome in (DONE, NOTHING_TO_DO)


def run_fix(
    gateway: AzureGateway,
    vm_id: str,
    fix: GuestFix,
    *,
    confirm: bool,
    audit: AuditLog | None,
    actor: str,
    agent_ready: bool = True,
    cancel: CancelSignal | None = None,
    timeout: float | None = None,
) -> GuestFixResult:
    """Check, change (if confirmed and needed), audit, and verify by running the read-only check again."""
    if not confirm:
        return GuestFixResult(
            fix.id, NOT_CONFIRMED, _msg(QT_TRANSLATE_NOOP("Wizards", "Not confirmed: nothing was run."))
        )

    def check() -> GuestInspection:
        return inspect_guest(gateway, vm_id, fix.os_type, agent_ready=agent_ready, timeout=timeout, cancel=cancel)

    before = check()
    if before.outcome != ANSWERED or before.report is None:
        reason = before.reason or _msg(QT_TRANSLATE_NOOP("Wizards", "The guest did not answer."))
        return GuestFixResult(
            fix.id,
            FAILED,
            _msg(
                QT_TRANSLATE_NOOP("Wizards", "The current state could not be read, so nothing was run: {reason}"),
                reason=reason,
            ),
            before,
        )
    if not fix.needed(before.report):
        return GuestFixResult(
            fix.id,
            NOTHING_TO_DO,
            _msg(QT_TRANSLATE_NOOP("Wizards", "Nothing to do: the guest is already fine.")),
            before,
        )
    script = fix.script()
    parameters = {"commandId": script.command_id, "scriptFile": script.file_name, "script": script.text}

    def record(result: dict[str, Any]) -> None:
        if audit is not None:
            audit.record(
                who=actor,
                action=f"guest-{fix.id}",
                operation=PERMISSION,
                target=vm_id,
                parameters=parameters,
                result=result,
                vm=vm_id,
                tenant=gateway.target.label,
            )

    try:
        gateway.run_command(vm_id, script.command_id, script.text, timeout=timeout or 600.0, cancel=cancel)
    except AzureProblemError as error:
        record(error_result(error.problem.code, error.problem.message.render(), error.problem.status))
        return GuestFixResult(
            fix.id,
            FAILED,
            _msg(QT_TRANSLATE_NOOP("Wizards", "Azure refused: {reason}"), reason=error.problem.message),
        )
    except (WaitAbandoned, WaitTimedOut):
        record(accepted_result("Azure accepted the Run Command; Backup Doctor stopped waiting for it."))
        return GuestFixResult(
            fix.id,
            CANCELLED,
            _msg(
                QT_TRANSLATE_NOOP(
                    "Wizards", "Stopped waiting. The script may still finish inside the VM; check again later."
                )
            ),
        )
    record(ok_result())
    after = check()
    if after.outcome == ANSWERED and after.report is not None and not fix.needed(after.report):
        return GuestFixResult(
            fix.id,
            DONE,
            _msg(
                QT_TRANSLATE_NOOP(
                    "Wizards", "Done, and verified: the check inside the VM no longer finds the problem."
                )
            ),
            after,
        )
    return GuestFixResult(
        fix.id,
        FAILED,
        _msg(
            QT_TRANSLATE_NOOP(
                "Wizards",
                "The script ran, but the check inside the VM still finds the problem; follow the manual steps.",
            )
        ),
        after,
    )
