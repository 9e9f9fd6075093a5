"""The wizard for UserErrorRpCollectionLimitReached (and the lock cause of BackUpOperationFailedV2): remove
the lock that stops the clean-up, clean up the restore points, and offer to put the lock back exactly as it
was; all three automated."""

from __future__ import annotations

from typing import Any

from core import ids
from core.i18n import QT_TRANSLATE_NOOP
from core.wizards import selectors as sel
from core.wizards.context import WizardContext
from core.wizards.model import Wizard
from core.wizards.steps import action, az, backup_now_steps, base_values, explain, joined, verify


def _values(context: WizardContext) -> dict[str, Any]:
    values = base_values(context)
    vm = context.vm
    locks = sel.blocking_locks(vm)
    collections = sel.restore_point_collections(vm)
    values.update(
        {
            "restorePoints": sel.restore_point_total(vm),
            "limit": sel.RESTORE_POINT_LIMIT,
            "collections": joined([c.name for c in collections]),
            "collection": collections[0].name if collections else None,
            "collectionGroup": collections[0].resource_group if collections else None,
            "locks": joined(
                [f"{lock.name} ({lock.level}, {ids.parse_id(lock.scope).resource_group})" for lock in locks]
            ),
            "lock": locks[0].name if locks else None,
            "lockGroup": ids.parse_id(locks[0].scope).resource_group if locks else None,
            "rpGroups": joined(sorted({c.resource_group for c in collections})),
        }
    )
    return values


def _has_blocking_lock(context: WizardContext) -> bool:
    return bool(sel.blocking_locks(context.vm))


RP_COLLECTION_LIMIT = Wizard(
    "rp-collection-limit",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "A VM can keep at most 18 instant restore points; Azure Backup deletes expired ones unless a lock on their "
        "resource group stops it. Remove the lock, clean up, then decide whether to put the lock back.",
    ),
    (
        explain(
            "why",
            QT_TRANSLATE_NOOP("Wizards", "Why backups stopped"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "{vm} has {restorePoints} instant restore points (at most {limit}) in {collections}, kept in the "
                "resource group {rpGroups}. Lock in the way: {locks}. Azure Backup keeps instant restore points in "
                "separate resource groups (AzureBackupRG_<region>_<number>) and deletes expired ones itself; a lock "
                "there stops the deletion, points pile up, and new backups fail. Several backups a day fill the "
                "collection quickly too.",
            ),
        ),
        action(
            "remove-lock",
            "remove-rp-lock",
            QT_TRANSLATE_NOOP("Wizards", "Remove the lock on the restore point resource group"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Remove {locks}. Backup Doctor records each lock (name, level, notes, owners) in the audit log "
                "before removing it, so that a later step can put it back exactly as it was.",
            ),
            portal=(
                QT_TRANSLATE_NOOP("Wizards", "Resource groups > {lockGroup} > Settings > Locks > {lock} > Delete"),
            ),
            commands=(az("az lock delete --name {lock} --resource-group {lockGroup}"),),
            when=_has_blocking_lock,
        ),
        action(
            "clean-up",
            "delete-restore-point-collection",
            QT_TRANSLATE_NOOP("Wizards", "Clean up the restore point collections"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "With the lock gone, the restore points must be cleaned up. Deleting the collections ({collections}) "
                "does it at once; Azure Backup starts a new collection at the next backup. The other way is to back "
                "up on demand and let Azure Backup clean up by itself: that takes some hours, and the first backup "
                "may still fail.",
            ),
            portal=(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Resource groups > {collectionGroup} > Overview > Show hidden types > {collection} > Delete",
                ),
            ),
            commands=(
                az(
                    "az restore-point collection delete --resource-group {collectionGroup} "
                    "--collection-name {collection}"
                ),
            ),
        ),
        verify(
            "verify-limit",
            QT_TRANSLATE_NOOP("Wizards", "Count the restore points again"),
            QT_TRANSLATE_NOOP("Wizards", "Read {vm} again: it must be under the limit of {limit} restore points."),
            ("restore-point-limit",),
        ),
        action(
            "restore-lock",
            "restore-rp-lock",
            QT_TRANSLATE_NOOP("Wizards", "Put the lock back, if it must stay"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "If whoever set the lock needs it, put it back exactly as it was, from the audit log's record. "
                "While it is there, Azure Backup cannot clean up and the limit will be reached again; Microsoft "
                "advises against locking the resource groups Azure Backup uses.",
            ),
            optional=True,
        ),
        *backup_now_steps(),
        explain(
            "prevent",
            QT_TRANSLATE_NOOP("Wizards", "Keep it from happening again"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Back {vm} up once a day: instant restore points are kept for one to five days, depending on the "
                "policy, and only {limit} can exist at a time. Keep locks off the AzureBackupRG resource groups.",
            ),
        ),
    ),
    _values,
)


WIZARDS = (RP_COLLECTION_LIMIT,)
