"""The restore point family: remove the lock that stops Azure Backup from cleaning up restore points
(remove-rp-lock), delete the restore point collections over the limit (delete-restore-point-collection),
and put the lock back exactly as the audit log recorded it (restore-rp-lock).
"""

from __future__ import annotations

from core import ids
from core.azure.errors import AzureProblemError
from core.azure.gateway import AzureGateway, Json
from core.facts import FACT_LOCKS, FACT_RESTORE_POINTS
from core.i18n import QT_TRANSLATE_NOOP, Msg
from core.wizards import selectors as sel
from core.wizards.actions.base import Action, _Execution, _names
from core.wizards.actions.guards import _collect_requiring, _group_name
from core.wizards.context import WizardContext
from core.wizards.lock_scope import wide_lock_notes
from core.wizards.model import ActionPreview, ActionResult, Change, Outcome, PlannedOperation, msg

REMOVE_RP_LOCK = "remove-rp-lock"
DELETE_RESTORE_POINT_COLLECTION = "delete-restore-point-collection"
RESTORE_RP_LOCK = "restore-rp-lock"

PERMISSION_LOCK_DELETE = "Microsoft.Authorization/locks/delete"
PERMISSION_LOCK_WRITE = "Microsoft.Authorization/locks/write"
PERMISSION_RPC_DELETE = "Microsoft.Compute/restorePointCollections/delete"


def _lock_state(level: object, notes: object) -> Msg:
    if isinstance(notes, str) and notes.strip():
        return msg(QT_TRANSLATE_NOOP("Wizards", "{level}, notes: “{notes}”"), level=str(level), notes=notes)
    return msg(QT_TRANSLATE_NOOP("Wizards", "{level}, no notes"), level=str(level))


def _lock_properties(lock: Json) -> Json:
    props = lock.get("properties")
    return props if isinstance(props, dict) else {}


class RemoveRestorePointLock(Action):
    id = REMOVE_RP_LOCK
    title = QT_TRANSLATE_NOOP("Wizards", "Remove the lock on the restore point resource group")
    role = "Owner or User Access Administrator"

    def _plan(self, gateway: AzureGateway, context: WizardContext) -> ActionPreview:
        vm = _collect_requiring(gateway, context, FACT_LOCKS)
        blocking = sel.blocking_locks(vm)
        if not blocking:
            return self._nothing(
                context,
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "No lock stops Azure Backup from cleaning up the restore points of {vm}: there is nothing to "
                        "remove.",
                    ),
                    vm=vm.name,
                ),
            )
        operations: list[PlannedOperation] = []
        for lock in blocking:
            try:
                body = gateway.get_lock(lock.id)
            except AzureProblemError as error:
                if error.status == 404:
                    continue  # removed meanwhile
                raise
            props = _lock_properties(body)
            operations.append(
                PlannedOperation(
                    "DELETE",
                    PERMISSION_LOCK_DELETE,
                    lock.id,
                    msg(
                        QT_TRANSLATE_NOOP("Wizards", "Remove the lock {lock} from {scope}"),
                        lock=lock.name,
                        scope=_group_name(lock.scope),
                    ),
                    (
                        Change(
                            msg(
                                QT_TRANSLATE_NOOP("Wizards", "Lock {lock} on {scope}"),
                                lock=lock.name,
                                scope=_group_name(lock.scope),
                            ),
                            _lock_state(props.get("level"), props.get("notes")),
                            msg(QT_TRANSLATE_NOOP("Wizards", "removed")),
                        ),
                    ),
                    {"lock": body},
                )
            )
        if not operations:
            return self._nothing(
                context,
                msg(
                    QT_TRANSLATE_NOOP("Wizards", "The lock was already removed from {vm}'s restore points."), vm=vm.name
                ),
            )
        return self._ready(
            context,
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Remove {locks} so that Azure Backup can delete the expired restore points of {vm}.",
                ),
                locks=_names([f"{lock.name} ({_group_name(lock.scope)})" for lock in blocking]),
                vm=vm.name,
            ),
            operations,
            (
                *wide_lock_notes(gateway, vm, blocking),  # what else a wider lock protects comes first
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "The audit log keeps each lock's name, level, notes and owners, so the wizard can put it back "
                        "exactly as it was once the restore points are cleaned up.",
                    )
                ),
            ),
        )

    def _execute(self, run: _Execution) -> ActionResult:
        done, gone = run.send_all(lambda op: run.gateway.delete_lock(op.target), gone_is_done=True)
        return run.result(
            Outcome.DONE,
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Removed the lock {locks}. Azure Backup can now delete expired restore points; the audit log "
                    "records the lock so that it can be put back.",
                ),
                locks=_names([ids.parse_id(op.target).name for op in done + gone]),
            ),
            removed=[op.target for op in done],
        )


class DeleteRestorePointCollections(Action):
    id = DELETE_RESTORE_POINT_COLLECTION
    title = QT_TRANSLATE_NOOP("Wizards", "Delete the restore point collections")
    role = "Contributor"

    def _plan(self, gateway: AzureGateway, context: WizardContext) -> ActionPreview:
        vm = _collect_requiring(gateway, context, FACT_RESTORE_POINTS)
        collections = sel.restore_point_collections(vm)
        if not collections:
            return self._nothing(
                context,
                msg(
                    QT_TRANSLATE_NOOP("Wizards", "{vm} has no restore point collection left: they are already gone."),
                    vm=vm.name,
                ),
            )
        total = sel.restore_point_total(vm)
        if total is not None and total < sel.RESTORE_POINT_LIMIT:
            return self._nothing(
                context,
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "{vm} has {count} of at most {limit} instant restore points: no clean-up is needed.",
                    ),
                    vm=vm.name,
                    count=total,
                    limit=sel.RESTORE_POINT_LIMIT,
                ),
            )
        operations = [
            PlannedOperation(
                "DELETE",
                PERMISSION_RPC_DELETE,
                c.id,
                msg(
                    QT_TRANSLATE_NOOP("Wizards", "Delete the restore point collection {collection} in {group}"),
                    collection=c.name,
                    group=c.resource_group,
                ),
                (
                    Change(
                        msg(QT_TRANSLATE_NOOP("Wizards", "Restore point collection {collection}"), collection=c.name),
                        msg(
                            QT_TRANSLATE_NOOP("Wizards", "{count} restore points"),
                            count=c.restore_point_count if c.restore_point_count is not None else "?",
                        ),
                        msg(QT_TRANSLATE_NOOP("Wizards", "deleted")),
                    ),
                ),
                {"restorePoints": c.restore_point_count, "source": c.source_id},
            )
            for c in collections
        ]
        notes = [
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Only the instant restore points (disk snapshots) in these collections are deleted; the recovery "
                    "points in the Recovery Services vault are kept. Azure Backup makes a new collection at the next "
                    "backup.",
                )
            ),
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "A collection with many restore points can take long to delete and time out; trying again "
                    "usually succeeds.",
                )
            ),
        ]
        locked = {lock.id: lock for c in collections for lock in sel.locks_over(list(vm.locks or ()), c.id)}
        if locked:
            notes.insert(
                0,
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "The lock {locks} still applies: Azure will refuse to delete until it is removed.",
                    ),
                    locks=_names(
                        [f"{lock.name} ({lock.level}, {_group_name(lock.scope)})" for lock in locked.values()]
                    ),
                ),
            )
        return self._ready(
            context,
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards", "Delete {collections} ({count} instant restore points) so that {vm} can be backed up."
                ),
                collections=_names([c.name for c in collections]),
                count=total if total is not None else "?",
                vm=vm.name,
            ),
            operations,
            notes,
        )

    def _execute(self, run: _Execution) -> ActionResult:
        done, gone = run.send_all(
            lambda op: run.gateway.delete_restore_point_collection(op.target, run.cancel), gone_is_done=True
        )
        return run.result(
            Outcome.DONE,
            msg(
                QT_TRANSLATE_NOOP("Wizards", "Deleted {collections}. {vm} has room for new restore points again."),
                collections=_names([ids.parse_id(op.target).name for op in done + gone]),
                vm=run.context.vm.name,
            ),
            deleted=[op.target for op in done],
        )


class RestoreRestorePointLock(Action):
    id = RESTORE_RP_LOCK
    title = QT_TRANSLATE_NOOP("Wizards", "Put the lock back as it was")
    role = "Owner or User Access Administrator"

    def _plan(self, gateway: AzureGateway, context: WizardContext) -> ActionPreview:
        removed: dict[str, Json] = {}
        if context.audit is not None:
            for entry in context.audit.entries(vm=context.vm.id, action=REMOVE_RP_LOCK):
                lock = entry.parameters.get("lock")
                if entry.ok and entry.operation == PERMISSION_LOCK_DELETE and isinstance(lock, dict):
                    removed[ids.key(entry.target)] = {"id": entry.target, **lock}
        if not removed:
            return self._nothing(
                context,
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "The audit log has no lock that Backup Doctor removed for {vm}: there is nothing to put back.",
                    ),
                    vm=context.vm.name,
                ),
            )
        operations: list[PlannedOperation] = []
        already: list[str] = []
        for recorded in removed.values():
            lock_id = str(recorded["id"])
            name = ids.parse_id(lock_id).name
            scope = _group_name(ids.lock_scope(lock_id))
            wanted = _lock_properties(recorded)
            body = {
                "properties": {
                    key: wanted[key] for key in ("level", "notes", "owners") if wanted.get(key) not in (None, [])
                }
            }
            try:
                current: Json | None = gateway.get_lock(lock_id)
            except AzureProblemError as error:
                if error.status != 404:
                    raise
                current = None
            if current is not None and _same_lock(_lock_properties(current), body["properties"]):
                already.append(name)
                continue
            before: Msg | str = (
                _lock_state(_lock_properties(current).get("level"), _lock_properties(current).get("notes"))
                if current is not None
                else msg(QT_TRANSLATE_NOOP("Wizards", "no lock"))
            )
            operations.append(
                PlannedOperation(
                    "PUT",
                    PERMISSION_LOCK_WRITE,
                    lock_id,
                    msg(QT_TRANSLATE_NOOP("Wizards", "Put the lock {lock} back on {scope}"), lock=name, scope=scope),
                    (
                        Change(
                            msg(QT_TRANSLATE_NOOP("Wizards", "Lock {lock} on {scope}"), lock=name, scope=scope),
                            before,
                            _lock_state(wanted.get("level"), wanted.get("notes")),
                        ),
                    ),
                    {"lock": body},
                    before=current,  # the lock there now (None: no lock)
                )
            )
        if not operations:
            return self._nothing(
                context,
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards", "The lock {locks} is already back, as it was: there is nothing to do."
                    ),
                    locks=_names(already),
                ),
            )
        return self._ready(
            context,
            msg(
                QT_TRANSLATE_NOOP("Wizards", "Put back {locks} exactly as it was: same name, level, notes and owners."),
                locks=_names([str(op.parameters.get("lock") and ids.parse_id(op.target).name) for op in operations]),
            ),
            operations,
            (
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "While the lock is there, Azure Backup cannot delete expired restore points, and the limit of "
                        "{limit} will be reached again. Microsoft advises against locking the resource groups Azure "
                        "Backup uses (AzureBackupRG_<region>_<number>); agree on it with whoever set the lock.",
                    ),
                    limit=sel.RESTORE_POINT_LIMIT,
                ),
            ),
        )

    def _execute(self, run: _Execution) -> ActionResult:
        done, _ = run.send_all(
            lambda op: run.gateway.create_or_update_lock(op.target, dict(op.parameters["lock"])), gone_is_done=False
        )
        return run.result(
            Outcome.DONE,
            msg(
                QT_TRANSLATE_NOOP("Wizards", "The lock {locks} is back, as it was."),
                locks=_names([ids.parse_id(op.target).name for op in done]),
            ),
            restored=[op.target for op in done],
        )


def _same_lock(current: Json, wanted: Json) -> bool:
    def owners(value: object) -> list[str]:
        items = value if isinstance(value, list) else []
        return sorted(str(o.get("applicationId", "")).lower() for o in items if isinstance(o, dict))

    return (
        str(current.get("level", "")).lower() == str(wanted.get("level", "")).lower()
        and (current.get("notes") or None) == (wanted.get("notes") or None)
        and owners(current.get("owners")) == owners(wanted.get("owners"))
    )
