"""What the check inside the VM (Run Command, with the user's consent) found.

Nothing here runs unless the user asked for "Check inside the VM…": without `VmFacts.guest` the
check says nothing. With it, the run's outcome is evidence in itself (Run Command is delivered by the
guest agent, so an agent that does not answer cannot run it either), and an answered run turns the
guest-only causes into confirmed or ruled-out findings quoting the guest's own facts. The causes the
control plane already judges (waagent.conf, application control, DHCP) get the guest's evidence
through the helpers at the end, which core.checks.guest calls first.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from core.checks.base import Check, CheckContext, codes_for, unknown
from core.facts import VmFacts
from core.findings import Finding, Status
from core.guest import evidence
from core.guest.outcome import AGENT_DOWN, ANSWERED, NO_ANSWER, UNREADABLE, GuestInspection
from core.guest.report import GuestReport
from core.i18n import QT_TRANSLATE_NOOP, Msg

CHECK_ID = "inside-guest"
# The in-guest fixes (core.wizards.guest_fixes) are offered where the guest's evidence is shown ("Check
# inside the VM…", `backup-doctor guest --fix`); findings name a wizard only where one exists.
WIZARD_AGENT_SERVICES = "windows-agent-unresponsive"
WIZARD_VSS: str | None = None
WIZARD_COM: str | None = None
WIZARD_MOUNTS: str | None = None
WIZARD_VMBACKUP_CONF: str | None = None
WIZARD_WAAGENT = "linux-waagent-conf"

VSS_CODES = ("ExtensionFailedVssWriterInBadState", "ExtensionFailedVssServiceInBadState")
COM_CODES = ("ExtensionSnapshotFailedCOM", "ExtensionInstallationFailedCOM", "ExtensionInstallationFailedMDTC")
MOUNT_CODES = ("UserErrorUnableToOpenMount", "UserErrorFsFreezeFailed")
VMBACKUP_CODES = ("VMBackupLinuxExtensionConfFileWrongEncodingFormat",)
AGENT_CODES = ("UserErrorGuestAgentStatusUnavailable", "GuestAgentSnapshotTaskStatusError")
# Marks evidence that came from inside the guest (the GUI and the report label it so).
FROM_GUEST = "fromGuest"


def _msg(source: str, **args: Any) -> Msg:
    return Msg("InsideGuest", source, args)


def answered_report(vm: VmFacts) -> GuestReport | None:
    guest = vm.guest
    return guest.report if guest is not None and guest.outcome == ANSWERED else None


def _evidence(inspection: GuestInspection, **more: Any) -> dict[str, Any]:
    return {FROM_GUEST: True, "checkedAt": inspection.time.isoformat(), **more}


def _outcome_finding(vm: VmFacts, inspection: GuestInspection) -> Finding:
    linux = (vm.os_type or "").lower() == "linux"
    reason = inspection.reason.render() if inspection.reason else ""
    base = _evidence(inspection, outcome=inspection.outcome, errorCode=inspection.error_code, reason=reason)
    if inspection.outcome == ANSWERED:
        return Finding(
            CHECK_ID,
            Status.PASS,
            _msg(QT_TRANSLATE_NOOP("InsideGuest", "The read-only check ran inside the VM")),
            _msg(QT_TRANSLATE_NOOP("InsideGuest", 'The findings marked "from inside the VM" quote what it found.')),
            (),
            base,
        )
    if inspection.outcome == AGENT_DOWN:
        diagnostics = inspection.boot_diagnostics
        outside = (
            QT_TRANSLATE_NOOP(
                "InsideGuest",
                "Run Command is delivered by the guest agent, so the agent is not working ({reason}). Boot "
                "diagnostics are on: read the VM's serial log (portal: the VM > Boot diagnostics > Serial log; or "
                "az vm boot-diagnostics get-boot-log) to see whether the guest booted and why the agent stopped.",
            )
            if diagnostics
            else QT_TRANSLATE_NOOP(
                "InsideGuest",
                "Run Command is delivered by the guest agent, so the agent is not working ({reason}). Boot "
                "diagnostics are off, so the guest cannot be seen from outside: sign in to the VM (RDP, SSH or the "
                "serial console) and follow the agent's steps.",
            )
        )
        return Finding(
            CHECK_ID,
            Status.FAIL,
            _msg(
                QT_TRANSLATE_NOOP("InsideGuest", "The VM could not be checked inside: its guest agent does not answer")
            ),
            _msg(outside, reason=reason),
            AGENT_CODES,
            {**base, "bootDiagnostics": diagnostics},
            "linux-agent-outdated" if linux else "windows-agent-unresponsive",
        )
    if inspection.outcome == NO_ANSWER:
        return Finding(
            CHECK_ID,
            Status.FAIL if linux else Status.WARN,
            _msg(QT_TRANSLATE_NOOP("InsideGuest", "The guest agent reports Ready, but it did not run the check")),
            _msg(
                QT_TRANSLATE_NOOP(
                    "InsideGuest",
                    "{reason} The backup extension is run the same way, so backups cannot work either. See the Linux "
                    "agent options finding.",
                )
                if linux
                else QT_TRANSLATE_NOOP(
                    "InsideGuest",
                    "{reason} The backup extension is run the same way. Sign in to the VM and read "
                    "C:\\WindowsAzure\\Logs\\WaAppAgent.log for why extensions do not start.",
                ),
                reason=reason,
            ),
            AGENT_CODES,
            base,
            WIZARD_WAAGENT if linux else "windows-agent-unresponsive",
        )
    title = (
        _msg(QT_TRANSLATE_NOOP("InsideGuest", "Could not read the guest's answer"))
        if inspection.outcome == UNREADABLE
        else _msg(QT_TRANSLATE_NOOP("InsideGuest", "The VM could not be checked inside"))
    )
    return unknown(CHECK_ID, title, None, (), _msg(QT_TRANSLATE_NOOP("InsideGuest", "{reason}"), reason=reason), base)


def _windows(report: GuestReport, inspection: GuestInspection) -> Iterator[Finding]:
    services = evidence.agent_service_problems(report)
    listed = [{"name": s.name, "state": s.state, "startType": s.start_type} for s in services]
    if services:
        stopped = any(s.state.lower() != "running" for s in services)
        yield Finding(
            CHECK_ID,
            Status.FAIL if stopped else Status.WARN,
            _msg(
                QT_TRANSLATE_NOOP(
                    "InsideGuest", "Guest agent services are not running or not set to start automatically"
                )
            ),
            _msg(
                QT_TRANSLATE_NOOP(
                    "InsideGuest", "From inside the VM: {services}. Both must run and start automatically."
                ),
                services="; ".join(f"{s.name}: {s.state}, {s.start_type or '—'}" for s in services),
            ),
            AGENT_CODES,
            _evidence(inspection, services=listed),
            WIZARD_AGENT_SERVICES,
        )
    else:
        yield Finding(
            CHECK_ID,
            Status.PASS,
            _msg(QT_TRANSLATE_NOOP("InsideGuest", "Guest agent services run and start automatically")),
            None,
            (),
            _evidence(inspection),
        )
    writers = evidence.bad_writers(report)
    vss = report.service("VSS")
    vss_disabled = evidence.disabled(vss)
    if writers or vss_disabled:
        yield Finding(
            CHECK_ID,
            Status.FAIL,
            _msg(QT_TRANSLATE_NOOP("InsideGuest", "Volume Shadow Copy is in a bad state")),
            _msg(
                QT_TRANSLATE_NOOP("InsideGuest", "From inside the VM: {writers}. VSS service: {service}."),
                writers="; ".join(f"{w.name}: {w.state or '—'} ({w.last_error or '—'})" for w in writers)
                or QT_TRANSLATE_NOOP("InsideGuest", "every writer is Stable"),
                service=f"{vss.state}, {vss.start_type or '—'}" if vss else "Missing",
            ),
            VSS_CODES,
            _evidence(
                inspection,
                writers=[{"name": w.name, "state": w.state, "lastError": w.last_error} for w in writers],
                vssService={"state": vss.state, "startType": vss.start_type} if vss else None,
            ),
            WIZARD_VSS,
        )
    elif report.vss_writers is not None:
        yield Finding(
            CHECK_ID,
            Status.PASS,
            _msg(QT_TRANSLATE_NOOP("InsideGuest", "Every VSS writer is Stable, with no error")),
            None,
            (),
            _evidence(inspection, writerCount=len(report.vss_writers)),
        )
    com = report.service("COMSysApp")
    dtc = report.service("MSDTC")
    dtc_account = (dtc.account or "").strip().lower() if dtc else ""
    if (
        evidence.disabled(com)
        or evidence.disabled(dtc)
        or (dtc is not None and dtc_account != evidence.NETWORK_SERVICE)
    ):
        yield Finding(
            CHECK_ID,
            Status.FAIL,
            _msg(
                QT_TRANSLATE_NOOP(
                    "InsideGuest", "COM+ or the Distributed Transaction Coordinator is not set up as documented"
                )
            ),
            _msg(
                QT_TRANSLATE_NOOP(
                    "InsideGuest",
                    "From inside the VM: COMSysApp {com}; MSDTC {dtc}, running as {account}. MSDTC must run as "
                    "NT AUTHORITY\\NetworkService and neither may be disabled.",
                ),
                com=f"{com.state}, {com.start_type or '—'}" if com else "Missing",
                dtc=f"{dtc.state}, {dtc.start_type or '—'}" if dtc else "Missing",
                account=(dtc.account or "—") if dtc else "—",
            ),
            COM_CODES,
            _evidence(
                inspection,
                services=[
                    {"name": s.name, "state": s.state, "startType": s.start_type, "account": s.account}
                    for s in (com, dtc)
                    if s is not None
                ],
            ),
            WIZARD_COM,
        )


def _linux(report: GuestReport, inspection: GuestInspection, context: CheckContext) -> Iterator[Finding]:
    conf = report.vmbackup_conf
    if conf is not None and conf.present and conf.encoding != "ascii":
        yield Finding(
            CHECK_ID,
            Status.FAIL,
            _msg(QT_TRANSLATE_NOOP("InsideGuest", "/etc/azure/vmbackup.conf is not plain ASCII")),
            _msg(
                QT_TRANSLATE_NOOP(
                    "InsideGuest",
                    "From inside the VM: the file is {encoding}. The backup extension reads it only as ASCII.",
                ),
                encoding=conf.encoding or "—",
            ),
            VMBACKUP_CODES,
            _evidence(inspection, path="/etc/azure/vmbackup.conf", encoding=conf.encoding),
            WIZARD_VMBACKUP_CONF,
        )
    mounts = evidence.failing_mounts(report)
    if mounts:
        yield Finding(
            CHECK_ID,
            Status.FAIL,
            _msg(QT_TRANSLATE_NOOP("InsideGuest", "A mounted file system cannot be opened, so it cannot be frozen")),
            _msg(
                QT_TRANSLATE_NOOP("InsideGuest", "From inside the VM: {mounts}."),
                mounts="; ".join(f"{m.path} ({m.device}, {m.fs})" for m in mounts),
            ),
            MOUNT_CODES,
            _evidence(inspection, mounts=[{"device": m.device, "path": m.path, "fs": m.fs} for m in mounts]),
            WIZARD_MOUNTS,
        )
    elif report.mounts:
        yield Finding(
            CHECK_ID,
            Status.PASS,
            _msg(QT_TRANSLATE_NOOP("InsideGuest", "Every mounted file system can be opened")),
            None,
            (),
            _evidence(inspection, mounts=[m.path for m in report.mounts]),
        )
    minimum = context.agent_minimum_versions.get("Linux")
    installed = report.agent.version
    newest = max((installed or "", *report.agent.updated), key=_version_key) or None
    if minimum and newest and _version_key(newest) < _version_key(minimum):
        yield Finding(
            CHECK_ID,
            Status.FAIL,
            _msg(QT_TRANSLATE_NOOP("InsideGuest", "The Linux agent inside the VM is older than the minimum supported")),
            _msg(
                QT_TRANSLATE_NOOP(
                    "InsideGuest", "From inside the VM: package {installed}, newest agent {newest}; minimum {minimum}."
                ),
                installed=installed or "—",
                newest=newest,
                minimum=minimum,
            ),
            codes_for("vm-agent-version") or AGENT_CODES,
            _evidence(inspection, packageVersion=installed, updatedVersions=list(report.agent.updated)),
            "linux-agent-outdated",
        )


def _version_key(version: str) -> tuple[int, ...]:
    parts = []
    for part in version.split("."):
        digits = "".join(ch for ch in part if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


def check_inside_guest(vm: VmFacts, context: CheckContext) -> Iterator[Finding]:
    inspection = vm.guest
    if inspection is None:
        return
    yield _outcome_finding(vm, inspection)
    report = inspection.report if inspection.outcome == ANSWERED else None
    if report is None:
        return
    if report.os == "windows":
        yield from _windows(report, inspection)
    else:
        yield from _linux(report, inspection, context)


# --- the guest's evidence for the causes core.checks.guest judges from Azure -------------------------------


def waagent_finding(vm: VmFacts, check_id: str, codes: tuple[str, ...]) -> Finding | None:
    """/etc/waagent.conf as the guest has it, or the silent-extension pattern; None when not checked."""
    inspection = vm.guest
    if inspection is None:
        return None
    if inspection.outcome == NO_ANSWER:
        return Finding(
            check_id,
            Status.FAIL,
            _msg(QT_TRANSLATE_NOOP("InsideGuest", "The Linux agent does not run extensions")),
            _msg(
                QT_TRANSLATE_NOOP(
                    "InsideGuest",
                    "The agent reports Ready, yet Run Command (itself an extension) never started: the pattern of "
                    "Extensions.Enable=n in /etc/waagent.conf. Run Command cannot fix it: set Extensions.Enable=y "
                    "from the serial console or SSH, then restart the agent.",
                )
            ),
            codes,
            _evidence(inspection, outcome=inspection.outcome, errorCode=inspection.error_code),
            WIZARD_WAAGENT,
        )
    report = answered_report(vm)
    if report is None or report.waagent_conf is None:
        return None
    conf = report.waagent_conf
    off = evidence.extensions_enable_off(report)
    wrong = evidence.provisioning_agent_wrong(report)
    if off or wrong:
        lines = [s for s in (conf.extensions_enable if off else None, conf.provisioning_agent if wrong else None) if s]
        return Finding(
            check_id,
            Status.FAIL,
            _msg(QT_TRANSLATE_NOOP("InsideGuest", "/etc/waagent.conf does not set the options backup needs")),
            _msg(
                QT_TRANSLATE_NOOP(
                    "InsideGuest",
                    "From inside the VM: {lines}. Set Extensions.Enable=y and Provisioning.Agent=auto, then restart "
                    "the agent.",
                ),
                lines="; ".join(f'line {s.number}: "{s.line.strip()}"' for s in lines),
            ),
            codes,
            _evidence(inspection, lines=[{"number": s.number, "line": s.line} for s in lines]),
            WIZARD_WAAGENT,
        )
    return Finding(
        check_id,
        Status.PASS,
        _msg(QT_TRANSLATE_NOOP("InsideGuest", "/etc/waagent.conf sets the options backup needs")),
        _msg(
            QT_TRANSLATE_NOOP(
                "InsideGuest", "From inside the VM: extensions are enabled and the provisioning agent is auto."
            )
        ),
        (),
        _evidence(inspection),
    )


def app_control_finding(vm: VmFacts, check_id: str, codes: tuple[str, ...]) -> Finding | None:
    report = answered_report(vm)
    if report is None or report.app_locker_deny is None or vm.guest is None:
        return None
    rules = evidence.blocking_rules(report)
    if rules:
        return Finding(
            check_id,
            Status.FAIL,
            _msg(QT_TRANSLATE_NOOP("InsideGuest", "An AppLocker rule blocks the backup extension")),
            _msg(
                QT_TRANSLATE_NOOP(
                    "InsideGuest",
                    "From inside the VM: {rules}. It covers {program}. Allow the program in AppLocker, then run the "
                    "backup again.",
                ),
                rules="; ".join(f'"{r.name}" (deny {r.path})' for r in rules),
                program=evidence.BACKUP_EXTENSION_EXE,
            ),
            codes,
            _evidence(vm.guest, rules=[{"name": r.name, "path": r.path, "collection": r.collection} for r in rules]),
            "app-control-exclusion",
        )
    return Finding(
        check_id,
        Status.PASS,
        _msg(QT_TRANSLATE_NOOP("InsideGuest", "No AppLocker rule blocks the backup extension")),
        _msg(
            QT_TRANSLATE_NOOP(
                "InsideGuest", "From inside the VM: AppLocker deny rules: {count}; none covers the extension's program."
            ),
            count=len(report.app_locker_deny),
        ),
        (),
        _evidence(vm.guest),
    )


def dhcp_finding(vm: VmFacts, check_id: str, codes: tuple[str, ...]) -> Finding | None:
    report = answered_report(vm)
    if report is None or vm.guest is None or not report.network:
        return None
    static = [n for n in report.network if not n.dhcp]
    if static:
        return Finding(
            check_id,
            Status.FAIL,
            _msg(QT_TRANSLATE_NOOP("InsideGuest", "DHCP is turned off inside the VM")),
            _msg(
                QT_TRANSLATE_NOOP(
                    "InsideGuest",
                    "From inside the VM: {adapters}. The guest needs DHCP to reach the Azure host; put a static "
                    "address on the Azure network interface instead.",
                ),
                adapters="; ".join(f"{n.name}: {n.line or 'DHCP off'}" for n in static),
            ),
            codes,
            _evidence(
                vm.guest,
                adapters=[{"name": n.name, "dhcp": n.dhcp, "source": n.source, "line": n.line} for n in static],
            ),
            "snapshot-status-unreachable",
        )
    return Finding(
        check_id,
        Status.PASS,
        _msg(QT_TRANSLATE_NOOP("InsideGuest", "DHCP is on inside the VM, and the guest runs")),
        _msg(
            QT_TRANSLATE_NOOP("InsideGuest", "From inside the VM: {adapters}. Neither documented cause is present."),
            adapters="; ".join(f"{n.name}: DHCP" for n in report.network),
        ),
        (),
        _evidence(vm.guest, adapters=[{"name": n.name, "dhcp": n.dhcp} for n in report.network]),
    )


CHECKS = (Check(CHECK_ID, check_inside_guest),)
