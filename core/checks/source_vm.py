"""The VM of a protected item no longer exists (ResourceNotFound 320001, BCMV2VMNotFound 400094,
UserErrorVmNotFoundV2): see core/orphans.py for how such an item is found without extra requests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from core.checks.base import Check, CheckContext, codes_for, not_applicable
from core.facts import VmFacts
from core.findings import Finding, Status
from core.i18n import QT_TRANSLATE_NOOP, Msg

CHECK_ID = "source-vm-exists"
WIZARD = "orphaned-protection"


def _msg(source: str, **args: Any) -> Msg:
    return Msg("OrphanChecks", source, args)


def check_source_vm_exists(vm: VmFacts, context: CheckContext) -> Iterator[Finding]:
    if vm.exists:
        if vm.protection:
            yield Finding(
                CHECK_ID,
                Status.PASS,
                _msg(QT_TRANSLATE_NOOP("OrphanChecks", "The protected VM exists")),
                None,
                (),
                {"vmId": vm.id},
            )
        else:
            yield not_applicable(CHECK_ID, _msg(QT_TRANSLATE_NOOP("OrphanChecks", "No protected item for this VM")))
        return
    items = list(vm.protection or ())
    item = items[0] if items else None
    yield Finding(
        CHECK_ID,
        Status.FAIL,
        _msg(QT_TRANSLATE_NOOP("OrphanChecks", "The vault still protects {vm}, which no longer exists"), vm=vm.name),
        _msg(
            QT_TRANSLATE_NOOP(
                "OrphanChecks",
                "Azure has no VM {vmId}, but the protected item in {vault} is {state}, so every scheduled backup "
                "fails with ResourceNotFound (320001) or BCMV2VMNotFound (400094). Recreate the VM with the same "
                "name and resource group, or stop protection, keeping or deleting the backup data.",
            ),
            vmId=vm.id,
            vault=item.vault_id.rsplit("/", 1)[-1] if item is not None else "—",
            state=item.protection_state if item is not None else "—",
        ),
        codes_for(CHECK_ID),
        {
            "vmId": vm.id,
            "protectedItems": [
                {"id": p.item_id, "vaultId": p.vault_id, "protectionState": p.protection_state} for p in items
            ],
        },
        WIZARD,
    )


CHECKS = (Check(CHECK_ID, check_source_vm_exists, needs_the_vm=False),)
