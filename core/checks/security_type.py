"""A Trusted Launch VM moved to Standard security (UserErrorMigrationFromTrustedLaunchVMToNonTrustedVMNotAllowed).

backup-azure-vms-troubleshoot (November 2025): backup cannot continue for a VM that migrated from Trusted
Launch to a non-Trusted Launch mode; the old backup data must be deleted (soft delete off, stop protection
with delete, soft delete on) before protecting it again. The VM model says what the VM is now
(properties.securityProfile.securityType); its OS disk keeps the security type it was created with
(Disks_Get: properties.securityProfile.securityType "TrustedLaunch"), read with the subscription's disk
list. A protected VM whose OS disk says TrustedLaunch while the VM no longer does has made that move.
Assumption, stated in the finding's evidence: switching the VM to Standard leaves the disk's field as it was;
a disk that does not say TrustedLaunch never raises this finding, so the check errs towards silence.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from core.checks.base import Check, CheckContext, codes_for, is_not_protected, not_applicable, unknown
from core.facts import FACT_DISKS, FACT_PROTECTION, VmFacts
from core.findings import Finding, Status
from core.i18n import QT_TRANSLATE_NOOP, Msg
from core.jobs import OUTCOME_SUCCEEDED, backup_outcome

CHECK_ID = "security-type"
WIZARD = "trusted-launch-reprotect"
TRUSTED_LAUNCH = "trustedlaunch"


def _msg(source: str, **args: Any) -> Msg:
    return Msg("SecurityChecks", source, args)


def check_security_type(vm: VmFacts, context: CheckContext) -> Iterator[Finding]:
    if is_not_protected(vm):
        yield not_applicable(CHECK_ID, _msg(QT_TRANSLATE_NOOP("SecurityChecks", "The VM is not backed up")))
        return
    if vm.protection is None or vm.disks is None or vm.why_unavailable(FACT_DISKS) is not None:
        yield unknown(
            CHECK_ID,
            _msg(QT_TRANSLATE_NOOP("SecurityChecks", "The VM's security type could not be compared with its disk")),
            vm.why_unavailable(FACT_DISKS) or vm.why_unavailable(FACT_PROTECTION),
            codes_for(CHECK_ID),
        )
        return
    os_disk = next((d for d in vm.disks if d.is_os_disk), None)
    disk_type = os_disk.security_type if os_disk is not None else None
    evidence: dict[str, Any] = {
        "vmSecurityType": vm.security_type or "Standard",
        "osDisk": os_disk.name if os_disk is not None else None,
        "osDiskSecurityType": disk_type,
    }
    moved = (disk_type or "").lower() == TRUSTED_LAUNCH and (vm.security_type or "").lower() != TRUSTED_LAUNCH
    # Once the old backup data is deleted and the VM protected again, backups succeed while the disk still
    # says TrustedLaunch: a successful latest backup clears the finding.
    if moved and backup_outcome(vm).state == OUTCOME_SUCCEEDED:
        evidence["latestBackup"] = "succeeded"
        moved = False
    if not moved:
        yield Finding(
            CHECK_ID,
            Status.PASS,
            _msg(
                QT_TRANSLATE_NOOP("SecurityChecks", "The VM's security type ({type}) matches its OS disk"),
                type=vm.security_type or "Standard",
            ),
            None,
            (),
            evidence,
        )
        return
    evidence["assumption"] = "the OS disk keeps the security type the VM was created with"
    yield Finding(
        CHECK_ID,
        Status.FAIL,
        _msg(QT_TRANSLATE_NOOP("SecurityChecks", "The VM was moved from Trusted Launch to Standard security")),
        _msg(
            QT_TRANSLATE_NOOP(
                "SecurityChecks",
                "The OS disk {disk} was created for a Trusted Launch VM, but the VM is now {type}. Backups of a VM "
                "that left Trusted Launch fail with UserErrorMigrationFromTrustedLaunchVMToNonTrustedVMNotAllowed "
                "until its old backup data is deleted and it is protected again.",
            ),
            disk=evidence["osDisk"] or "—",
            type=vm.security_type or "Standard",
        ),
        codes_for(CHECK_ID),
        evidence,
        WIZARD,
    )


CHECKS = (Check(CHECK_ID, check_security_type),)
