"""One "Check inside the VM": read the VM as a scan does, run the read-only script, judge again.

Used by the GUI (off the UI thread) and by `backup-doctor guest`. Blocking; honours `cancel`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from core.azure.gateway import AzureGateway, CancelSignal
from core.checks import evaluate
from core.checks.agent import agent_is_healthy
from core.checks.base import CheckContext
from core.collect import collect_vm
from core.facts import VmFacts
from core.findings import Finding, Status
from core.guest.inspection import inspect_guest
from core.guest.outcome import GuestInspection
from core.ids import VmId

# The checks whose findings the guest's evidence decides (the rest do not change).
GUEST_CHECKS = ("inside-guest", "linux-waagent-conf", "app-control", "snapshot-status")
# Error codes whose documented causes live inside the guest.
GUEST_CODES = frozenset(
    {
        "GuestAgentSnapshotTaskStatusError",
        "UserErrorGuestAgentStatusUnavailable",
        "ExtensionSnapshotFailedNoNetwork",
        "ExtensionOperationFailedForManagedDisks",
        "ExtensionFailedVssWriterInBadState",
        "ExtensionFailedVssServiceInBadState",
        "ExtensionSnapshotFailedCOM",
        "ExtensionInstallationFailedCOM",
        "ExtensionInstallationFailedMDTC",
        "UserErrorFsFreezeFailed",
        "UserErrorUnableToOpenMount",
        "VMBackupLinuxExtensionConfFileWrongEncodingFormat",
        "UserErrorGuestAgentVersionUnsupported",
    }
)


@dataclass(frozen=True)
class GuestCheckResult:
    vm: VmFacts
    inspection: GuestInspection
    findings: tuple[Finding, ...]

    def guest_findings(self) -> list[Finding]:
        return [f for f in self.findings if f.check in GUEST_CHECKS]


def points_inside(findings: list[Finding] | tuple[Finding, ...]) -> bool:
    """Whether a VM's findings suggest looking inside the guest: a guest check that is not a pass, or a
    failing finding whose documented codes have causes in the guest."""
    for finding in findings:
        if finding.status in (Status.PASS, Status.NOT_APPLICABLE):
            continue
        if finding.check in GUEST_CHECKS or GUEST_CODES & set(finding.error_codes):
            return True
    return False


def boot_diagnostics_enabled(vm_json: dict[str, Any]) -> bool | None:
    """properties.diagnosticsProfile.bootDiagnostics.enabled; None when the VM does not say."""
    properties = vm_json.get("properties")
    profile = properties.get("diagnosticsProfile") if isinstance(properties, dict) else None
    boot = profile.get("bootDiagnostics") if isinstance(profile, dict) else None
    return bool(boot.get("enabled")) if isinstance(boot, dict) else None


def check_inside(
    gateway: AzureGateway,
    vm_id: VmId,
    *,
    cancel: CancelSignal | None = None,
    timeout: float | None = None,
    context: CheckContext | None = None,
) -> GuestCheckResult:
    """Raises AzureProblemError only when the VM itself cannot be read; every Run Command ending is a result."""
    context = context or CheckContext()
    vm = collect_vm(gateway, vm_id)
    diagnostics = boot_diagnostics_enabled(gateway.get_virtual_machine(vm_id))
    inspection = inspect_guest(
        gateway, vm.id, vm.os_type, agent_ready=agent_is_healthy(vm, context), timeout=timeout, cancel=cancel
    )
    inspection = dataclasses.replace(inspection, boot_diagnostics=diagnostics)
    vm = dataclasses.replace(vm, guest=inspection)
    return GuestCheckResult(vm, inspection, tuple(evaluate(vm, context)))
