"""Disk sizes Azure Backup supports (UserErrorUnsupportedDiskSize).

Documented limits: disks up to 32 TB; disks encrypted with Azure Disk Encryption up to 4 TB. Azure gives
sizes in GiB (diskSizeGB), so the limits are 32768 and 4096: a disk of exactly the limit is supported.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from core.checks.base import Check, CheckContext, codes_for, is_not_protected, not_applicable, unknown
from core.checks.encryption import has_ade_extension
from core.facts import FACT_DISKS, DiskFacts, VmFacts
from core.findings import UNCONFIRMED, Finding, Status
from core.i18n import QT_TRANSLATE_NOOP, Msg

CHECK_ID = "disk-size"
MAX_DISK_GIB = 32 * 1024
MAX_ENCRYPTED_DISK_GIB = 4 * 1024
# The catalog causes of UserErrorUnsupportedDiskSize this check tells apart.
CAUSE_OVER_32TB = "disk-over-32tb"
CAUSE_ENCRYPTED_OVER_4TB = "encrypted-disk-over-4tb"


def _msg(source: str, **args: Any) -> Msg:
    return Msg("DiskChecks", source, args)


def _evidence(disk: DiskFacts, encrypted: bool | None, limit: int | None) -> dict[str, Any]:
    return {
        "name": disk.name,
        "id": disk.id,
        "osDisk": disk.is_os_disk,
        "lun": disk.lun,
        "sizeGiB": disk.size_gb,
        "encrypted": encrypted,
        "limitGiB": limit,
    }


def _listed(disks: list[DiskFacts]) -> str:
    return ", ".join(f"{d.name} ({d.size_gb} GiB)" for d in disks)


def check_disk_size(vm: VmFacts, context: CheckContext) -> Iterator[Finding]:
    codes = codes_for(CHECK_ID)
    if is_not_protected(vm):
        yield not_applicable(CHECK_ID, _msg(QT_TRANSLATE_NOOP("DiskChecks", "The VM is not backed up")))
        return
    if vm.disks is None:
        title = _msg(QT_TRANSLATE_NOOP("DiskChecks", "The VM's disk sizes could not be read"))
        yield unknown(CHECK_ID, title, vm.why_unavailable(FACT_DISKS), codes)
        return
    # Azure Disk Encryption flags each disk; a VM with the ADE extension but an unflagged disk may still
    # have that disk encrypted (settings not yet written, or the disk list unreadable).
    vm_level_ade = has_ade_extension(vm)
    too_large: list[DiskFacts] = []
    maybe_too_large: list[DiskFacts] = []
    unsized: list[DiskFacts] = []
    evidence_disks: list[dict[str, Any]] = []
    for disk in vm.disks:
        encrypted: bool | None = True if disk.ade_encrypted else (None if vm_level_ade else False)
        limit = MAX_ENCRYPTED_DISK_GIB if encrypted else MAX_DISK_GIB
        evidence_disks.append(_evidence(disk, encrypted, limit))
        if disk.size_gb is None:
            unsized.append(disk)
        elif disk.size_gb > limit:
            too_large.append(disk)
        elif encrypted is None and disk.size_gb > MAX_ENCRYPTED_DISK_GIB:
            maybe_too_large.append(disk)
    evidence: dict[str, Any] = {
        "limits": {"diskGiB": MAX_DISK_GIB, "encryptedDiskGiB": MAX_ENCRYPTED_DISK_GIB},
        "disks": evidence_disks,
    }
    if too_large:
        # Only an encrypted disk can be too large below 32 TB; one over 32 TB is too large either way.
        causes = tuple(
            cause
            for cause, shows in (
                (CAUSE_OVER_32TB, any((d.size_gb or 0) > MAX_DISK_GIB for d in too_large)),
                (CAUSE_ENCRYPTED_OVER_4TB, any(d.ade_encrypted for d in too_large)),
            )
            if shows
        )
        yield Finding(
            CHECK_ID,
            Status.FAIL,
            _msg(
                QT_TRANSLATE_NOOP("DiskChecks", "A disk is larger than Azure Backup supports: {disks}"),
                disks=_listed(too_large),
            ),
            _msg(
                QT_TRANSLATE_NOOP(
                    "DiskChecks",
                    "Azure Backup supports disks up to 32 TB (32768 GiB), and encrypted disks up to 4 TB (4096 GiB). "
                    "Split the data onto smaller disks.",
                )
            ),
            codes,
            evidence,
            "disk-size-unsupported",
            causes,
        )
        return
    if maybe_too_large:
        evidence[UNCONFIRMED] = True
        yield Finding(
            CHECK_ID,
            Status.WARN,
            _msg(
                QT_TRANSLATE_NOOP("DiskChecks", "A disk over 4 TB may be encrypted: {disks}"),
                disks=_listed(maybe_too_large),
            ),
            _msg(
                QT_TRANSLATE_NOOP(
                    "DiskChecks",
                    "The VM has the Azure Disk Encryption extension but Azure does not flag this disk as encrypted. "
                    "If it is encrypted, Azure Backup cannot back it up above 4 TB (4096 GiB): split it.",
                )
            ),
            codes,
            evidence,
            "disk-size-unsupported",
            (CAUSE_ENCRYPTED_OVER_4TB,),
        )
        return
    if unsized:
        yield unknown(
            CHECK_ID,
            _msg(QT_TRANSLATE_NOOP("DiskChecks", "The VM's disk sizes could not be read")),
            vm.why_unavailable(FACT_DISKS),
            codes,
            _msg(
                QT_TRANSLATE_NOOP("DiskChecks", "Azure gave no size for {disks}."),
                disks=", ".join(d.name for d in unsized),
            ),
            evidence,
        )
        return
    largest = max((d.size_gb or 0 for d in vm.disks), default=0)
    yield Finding(
        CHECK_ID,
        Status.PASS,
        _msg(QT_TRANSLATE_NOOP("DiskChecks", "Every disk is within Azure Backup's size limits")),
        _msg(QT_TRANSLATE_NOOP("DiskChecks", "The largest disk has {size} GiB."), size=largest),
        (),
        evidence,
    )


CHECKS = (Check(CHECK_ID, check_disk_size),)
