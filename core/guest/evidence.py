"""What the guest's own facts say about each cause: pure helpers the checks use, and the JSON of a report."""

from __future__ import annotations

import fnmatch
from dataclasses import asdict
from typing import Any

from core.guest.report import AppLockerRule, GuestReport, Mount, Service, VssWriter

# Where the Windows backup extension's program lives (C:\Packages\Plugins\<handler>\<version>\).
BACKUP_EXTENSION_EXE = r"C:\Packages\Plugins\Microsoft.Azure.RecoveryServices.VMSnapshot\1.0.0.0\IaaSBcdrExtension.exe"
# AppLocker path variables (learn.microsoft.com/windows/security/application-security/application-control/
# app-control-for-business/applocker/understanding-the-path-rule-condition-in-applocker).
_APPLOCKER_VARIABLES = {
    "%osdrive%": "c:",
    "%windir%": r"c:\windows",
    "%system32%": r"c:\windows\system32",
    "%programfiles%": r"c:\program files",
}
AGENT_SERVICES = ("WindowsAzureGuestAgent", "RdAgent")
NETWORK_SERVICE = "nt authority\\networkservice"


def report_json(report: GuestReport) -> dict[str, Any]:
    return asdict(report)


def extensions_enable_off(report: GuestReport) -> bool:
    """WALinuxAgent's reading of Extensions.Enable: only an explicit "n" turns processing off (default y)."""
    conf = report.waagent_conf
    setting = conf.extensions_enable if conf else None
    return setting is not None and setting.value.strip().lower() == "n"


def provisioning_agent_wrong(report: GuestReport) -> bool:
    """The documented requirement is Provisioning.Agent=auto; a missing line means auto (the default)."""
    conf = report.waagent_conf
    setting = conf.provisioning_agent if conf else None
    return setting is not None and setting.value.strip().lower() != "auto"


def _expand(path: str) -> str:
    lowered = path.strip().lower()
    for variable, value in _APPLOCKER_VARIABLES.items():
        lowered = lowered.replace(variable, value)
    return lowered


def blocking_rules(report: GuestReport) -> list[AppLockerRule]:
    """Deny rules of the Exe collection whose path condition covers the backup extension's program."""
    target = BACKUP_EXTENSION_EXE.lower()
    found = []
    for rule in report.app_locker_deny or ():
        if rule.collection.lower() != "exe" or not rule.path:
            continue
        # AppLocker's only wildcard is *, which matches any characters, backslashes included.
        pattern = _expand(rule.path).replace("[", "[[]").replace("?", "[?]")
        if fnmatch.fnmatchcase(target, pattern) or fnmatch.fnmatchcase(target, pattern.rstrip("\\") + "\\*"):
            found.append(rule)
    return found


def agent_service_problems(report: GuestReport) -> list[Service]:
    """Agent services that are not running, or will not start again after a restart."""
    problems = []
    for name in AGENT_SERVICES:
        service = report.service(name) or Service(name, "Missing", None)
        if service.state.lower() != "running" or (service.start_type or "").lower() != "auto":
            problems.append(service)
    return problems


def bad_writers(report: GuestReport) -> list[VssWriter]:
    return [
        w
        for w in report.vss_writers or ()
        if (w.state or "").strip().lower() != "stable" or (w.last_error or "no error").strip().lower() != "no error"
    ]


def disabled(service: Service | None) -> bool:
    return service is None or service.state.lower() == "missing" or (service.start_type or "").lower() == "disabled"


def failing_mounts(report: GuestReport) -> list[Mount]:
    """Mounts the guest could not open, except those vmbackup.conf tells the extension to skip."""
    skipped = set()
    if report.vmbackup_conf and report.vmbackup_conf.mounts_to_skip:
        skipped = {p.strip() for p in report.vmbackup_conf.mounts_to_skip.split(",") if p.strip()}
    return [m for m in report.mounts if not m.ok and m.path not in skipped]
