"""The VM of a protected item no longer exists (ResourceNotFound 320001, BCMV2VMNotFound 400094,
UserErrorVmNotFoundV2): see core/orphans.py for how such an item is found without extra requests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from core.azure_status import azure_status
from core.checks.base import Check, CheckContext, codes_for, not_applicable, shown_time, unknown
from core.facts import FACT_PROTECTION, ProtectionFacts, VmFacts
from core.findings import Finding, Status
from core.i18n import QT_TRANSLATE_NOOP, Msg
from core.orphans import is_active

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
    if vm.protection is None:
        title = _msg(
            QT_TRANSLATE_NOOP("OrphanChecks", "Whether a vault still protects {vm} could not be read"), vm=vm.name
        )
        yield unknown(CHECK_ID, title, vm.why_unavailable(FACT_PROTECTION), codes_for(CHECK_ID))
        return
    items = list(vm.protection)
    if not any(is_active(p) for p in items):
        yield _settled(vm, items)
        return
    item = next(p for p in items if is_active(p))
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
            vault=item.vault_id.rsplit("/", 1)[-1],
            state=item.protection_state,
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


def _evidence(vm: VmFacts, items: list[ProtectionFacts]) -> dict[str, Any]:
    return {
        "vmId": vm.id,
        "protectedItems": [
            {
                "id": p.item_id,
                "vaultId": p.vault_id,
                "protectionState": p.protection_state,
                "softDeleted": p.soft_deleted,
                "deferredDeleteTime": p.deferred_delete_time.isoformat() if p.deferred_delete_time else None,
            }
            for p in items
        ],
    }


def _settled(vm: VmFacts, items: list[ProtectionFacts]) -> Finding:
    """The VM is gone and no vault backs it up any more: protection was stopped (data kept or deleted)."""
    if not items:
        detail = _msg(
            QT_TRANSLATE_NOOP(
                "OrphanChecks", "No vault has a protected item for it any more: no backup of it is scheduled."
            )
        )
    elif all(p.soft_deleted for p in items):
        detail = _msg(
            QT_TRANSLATE_NOOP(
                "OrphanChecks",
                "Its backup data was deleted and stays recoverable (soft-deleted) in {vault} until {time}; no "
                "backup of it is scheduled.",
            ),
            vault=items[0].vault_id.rsplit("/", 1)[-1],
            time=shown_time(items[0].deferred_delete_time) if items[0].deferred_delete_time else "—",
        )
    else:
        kept = next(p for p in items if not p.soft_deleted)
        detail = _msg(
            QT_TRANSLATE_NOOP(
                "OrphanChecks",
                "Its protection in {vault} is {state}: no backup of it is scheduled, and the recovery points "
                "already taken are kept until someone deletes them.",
            ),
            vault=kept.vault_id.rsplit("/", 1)[-1],
            state=azure_status(kept.protection_state),
        )
    return Finding(
        CHECK_ID,
        Status.PASS,
        _msg(QT_TRANSLATE_NOOP("OrphanChecks", "No vault backs up {vm}, which no longer exists"), vm=vm.name),
        detail,
        (),
        _evidence(vm, items),
    )


CHECKS = (Check(CHECK_ID, check_source_vm_exists, needs_the_vm=False),)
