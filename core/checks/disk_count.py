"""Too many data disks for the VM's backup (UserErrorBCMUnsupportedDiskCount).

Azure Backup's support matrix for Azure VMs (backup-support-matrix-iaas, "VM storage support"): backup of
VMs with up to 32 disks; VMs with unmanaged disks, and classic VMs, up to 16 disks only. The data disks are
in the VM model (storageProfile.dataDisks), read with the VM list.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from core.checks.base import Check, CheckContext, codes_for, unknown
from core.facts import FACT_DISKS, VmFacts
from core.findings import Finding, Status
from core.i18n import QT_TRANSLATE_NOOP, Msg

CHECK_ID = "data-disk-count"
WIZARD = "detach-data-disks"
MANAGED_LIMIT = 32
UNMANAGED_LIMIT = 16


def _msg(source: str, **args: Any) -> Msg:
    return Msg("DiskChecks", source, args)


def check_data_disk_count(vm: VmFacts, context: CheckContext) -> Iterator[Finding]:
    if vm.disks is None:
        yield unknown(
            CHECK_ID,
            _msg(QT_TRANSLATE_NOOP("DiskChecks", "The VM's data disks could not be counted")),
            vm.why_unavailable(FACT_DISKS),
            codes_for(CHECK_ID),
        )
        return
    data = [d for d in vm.disks if not d.is_os_disk]
    unmanaged = [d.name for d in vm.disks if d.id is None]
    limit = UNMANAGED_LIMIT if unmanaged else MANAGED_LIMIT
    evidence: dict[str, Any] = {
        "dataDisks": len(data),
        "limit": limit,
        "unmanagedDisks": unmanaged,
        "names": [d.name for d in data],
    }
    if len(data) <= limit:
        yield Finding(
            CHECK_ID,
            Status.PASS,
            _msg(
                QT_TRANSLATE_NOOP("DiskChecks", "{count} data disks: within the {limit} backup supports"),
                count=len(data),
                limit=limit,
            ),
            None,
            (),
            evidence,
        )
        return
    detail = (
        QT_TRANSLATE_NOOP(
            "DiskChecks",
            "Azure Backup backs up VMs with unmanaged disks, or classic VMs, with up to {limit} disks; this VM has "
            "{count} data disks. Backups fail with UserErrorBCMUnsupportedDiskCount until some are detached or the "
            "disks are moved to managed disks (up to 32).",
        )
        if unmanaged
        else QT_TRANSLATE_NOOP(
            "DiskChecks",
            "Azure Backup backs up VMs with up to {limit} data disks; this VM has {count}. Backups fail with "
            "UserErrorBCMUnsupportedDiskCount until some are detached.",
        )
    )
    yield Finding(
        CHECK_ID,
        Status.FAIL,
        _msg(
            QT_TRANSLATE_NOOP("DiskChecks", "{count} data disks: more than the {limit} backup supports"),
            count=len(data),
            limit=limit,
        ),
        _msg(detail, count=len(data), limit=limit),
        codes_for(CHECK_ID),
        evidence,
        WIZARD,
    )


CHECKS = (Check(CHECK_ID, check_data_disk_count),)
