"""The automated actions for a protected item whose VM no longer exists (ResourceNotFound 320001,
BCMV2VMNotFound 400094, UserErrorVmNotFoundV2): stop its protection, keeping or deleting the backup data.

backup-azure-vms-troubleshoot ("UserErrorVmNotFoundV2", "320001 ResourceNotFound"): "recreate the VM with the
same name and resource group, or stop protection for the VM, with or without deleting the backup data". The
user chooses: two actions, offered as two optional steps of the `orphaned-protection` wizard.

- Keep the data: PUT the protected item with `protectionState: "ProtectionStopped"` (the REST example
  ProtectedItems_CreateOrUpdate_StopProtection.json, "Stop Protection with retain data on Azure IaasVm") and
  `policyId: ""`, as `az backup protection disable` sends it (azure-cli, backup `custom.py`
  `disable_protection`: `protection_state = 'ProtectionStopped'`, `policy_id = ''`). The recovery points
  stay, with no expiry, until someone deletes them (backup-azure-manage-vms, "Stop protection and retain
  backup data"), and their storage is still billed.
- Delete the data: DELETE the protected item (ProtectedItems_Delete, answered 202 then an operation). With
  soft delete on in the vault (the default for vaults: backup-azure-security-feature-cloud) the data stays
  recoverable for the vault's soft delete period (14 days unless the vault says otherwise), then goes for good.

Neither request is needed for the VM itself, which is gone: the item is read from the vault
(`collect_vm(..., orphan=True)`). Registers itself in `ACTIONS` when imported (`core/wizards/control_plane.py`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from core import ids
from core.azure.errors import AzureProblemError
from core.azure.gateway import AzureGateway, WaitAbandoned
from core.azure_status import azure_status
from core.collect import collect_vm
from core.facts import ProtectionFacts, VmFacts
from core.findings import Problem
from core.i18n import QT_TRANSLATE_NOOP, Msg
from core.orphans import is_active
from core.times import shown_time
from core.wizards.actions import (
    ACTIONS,
    PERMISSION_ITEM_WRITE,
    VM_PROTECTED_ITEM_TYPE,
    Action,
    _Blocked,
    _Execution,
    _item_state,
    _names,
    _require_protection_read,
)
from core.wizards.context import WizardContext
from core.wizards.model import ActionPreview, ActionResult, Change, Outcome, PlannedOperation, msg

STOP_PROTECTION_KEEP_DATA = "stop-protection-keep-data"
STOP_PROTECTION_DELETE_DATA = "stop-protection-delete-data"

PERMISSION_ITEM_DELETE = "Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems/delete"

# When a vault does not say: soft delete is on, and deleted backup data is kept 14 more days
# (backup-azure-security-feature-cloud: "Soft delete is enabled by default on newly created vaults", "backup
# data is retained for 14 additional days").
DEFAULT_SOFT_DELETE_DAYS = 14


def _vault(item: ProtectionFacts) -> str:
    return ids.parse_id(item.vault_id).name


def _read_gone(gateway: AzureGateway, context: WizardContext) -> VmFacts:
    """The VM's vault items, read afresh; blocked when the VM exists (this is only for a VM that is gone)."""
    vm = collect_vm(gateway, context.vm.id, orphan=True)  # AzureProblemError: the preview says it was unreadable
    if vm.exists:
        raise _Blocked(
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "{vm} exists in Azure, so its backups can run: this step only stops the protection of a VM "
                    "that no longer exists. (A VM recreated with the same name and resource group is the other "
                    "documented fix.)",
                ),
                vm=context.vm.name,
            )
        )
    _require_protection_read(vm)
    return vm


@dataclass(frozen=True)
class SoftDelete:
    """A vault's soft delete, as read (or the documented default when the vault does not say)."""

    days: int  # 0: off
    stated: bool  # False: the vault did not say or could not be read; `days` is the documented default
    problem: Problem | None = None


def read_soft_delete(gateway: AzureGateway, vault_id: str) -> SoftDelete:
    """`properties.securitySettings.softDeleteSettings` of the vault (azure-mgmt-recoveryservices
    SoftDeleteSettings: softDeleteState Enabled/Disabled/AlwaysON, softDeleteRetentionPeriodInDays)."""
    try:
        vault = gateway.get_recovery_services_vault(vault_id)
    except AzureProblemError as error:
        return SoftDelete(DEFAULT_SOFT_DELETE_DAYS, False, error.problem)
    props = vault.get("properties")
    security = props.get("securitySettings") if isinstance(props, dict) else None
    settings = security.get("softDeleteSettings") if isinstance(security, dict) else None
    if not isinstance(settings, dict) or not isinstance(settings.get("softDeleteState"), str):
        return SoftDelete(DEFAULT_SOFT_DELETE_DAYS, False)
    if str(settings["softDeleteState"]).lower() == "disabled":
        return SoftDelete(0, True)
    days = settings.get("softDeleteRetentionPeriodInDays")
    return SoftDelete(days if isinstance(days, int) and days > 0 else DEFAULT_SOFT_DELETE_DAYS, True)


def _recovery_points(item: ProtectionFacts) -> Msg:
    if item.last_backup_time is None:
        return msg(QT_TRANSLATE_NOOP("Wizards", "recovery points in the vault"))
    return msg(
        QT_TRANSLATE_NOOP("Wizards", "recovery points in the vault, the latest backup on {time}"),
        time=shown_time(item.last_backup_time),
    )


class _StopProtection(Action):
    role = "Backup Contributor"  # backup-rbac-rs-vault: stopping a VM's backup is a Backup Contributor action

    def explain_refusal(
        self, gateway: AzureGateway, context: WizardContext, op: PlannedOperation, problem: Problem
    ) -> Msg:
        if problem.code == "ScopeLocked":
            return msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Azure refused because a lock applies to the vault's backup items: {reason} Someone with Owner "
                    "or User Access Administrator must remove the lock first; then try again.",
                ),
                reason=problem.message,
            )
        return super().explain_refusal(gateway, context, op, problem)


class StopProtectionKeepData(_StopProtection):
    id = STOP_PROTECTION_KEEP_DATA
    title = QT_TRANSLATE_NOOP("Wizards", "Stop protection and keep the backup data")

    def _plan(self, gateway: AzureGateway, context: WizardContext) -> ActionPreview:
        vm = _read_gone(gateway, context)
        items = vm.protection or ()
        active = [p for p in items if is_active(p)]
        if not active:
            return self._nothing(context, _already_stopped(vm, items))
        operations = [
            PlannedOperation(
                "PUT",
                PERMISSION_ITEM_WRITE,
                item.item_id,
                msg(
                    QT_TRANSLATE_NOOP("Wizards", "Stop the protection of {vm} in {vault}, keeping its backup data"),
                    vm=vm.name,
                    vault=_vault(item),
                ),
                (
                    Change(
                        msg(
                            QT_TRANSLATE_NOOP("Wizards", "Protection of {vm} in {vault}"),
                            vm=vm.name,
                            vault=_vault(item),
                        ),
                        msg(
                            QT_TRANSLATE_NOOP("Wizards", "{state}, policy {policy}"),
                            state=azure_status(item.protection_state),
                            policy=ids.parse_id(item.policy_id).name if item.policy_id else "—",
                        ),
                        msg(QT_TRANSLATE_NOOP("Wizards", "Stopped, no policy")),
                    ),
                    Change(
                        msg(QT_TRANSLATE_NOOP("Wizards", "Backup data of {vm}"), vm=vm.name),
                        _recovery_points(item),
                        msg(QT_TRANSLATE_NOOP("Wizards", "kept, with no expiry, until you delete it")),
                    ),
                ),
                {
                    "protectedItemType": VM_PROTECTED_ITEM_TYPE,
                    "sourceResourceId": vm.id,
                    "protectionState": "ProtectionStopped",
                    "policyId": "",
                },
                before=asdict(item),
            )
            for item in active
        ]
        return self._ready(
            context,
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Stop protecting {vm} in {vaults} and keep its backup data. No backup of it runs any more (the "
                    "VM no longer exists, so every scheduled one fails); the recovery points already taken are kept, "
                    "with no expiry, until you delete them, and their storage is still billed.",
                ),
                vm=vm.name,
                vaults=_names([_vault(p) for p in active]),
            ),
            operations,
            (
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "You can still restore from the kept recovery points, and delete them later (the next step "
                        "of this wizard, or the vault's Backup items).",
                    )
                ),
            ),
        )

    def _execute(self, run: _Execution) -> ActionResult:
        states: list[str] = []
        for index, op in enumerate(run.preview.operations):
            run.report(op.description, index, len(run.preview.operations))
            try:
                item = run.mutate(
                    op,
                    functools.partial(run.gateway.update_protected_item, op.target, dict(op.parameters), run.cancel),
                    lambda value: {"protectionState": _item_state(value)},
                )
            except AzureProblemError as error:
                return run.failure(op, error.problem, index)
            except WaitAbandoned:
                return run.abandoned(op)
            states.append(_item_state(item) or "—")
        return run.result(
            Outcome.DONE,
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "The protection of {vm} is now {state}: no more backups of it are scheduled, and its backup "
                    "data is kept.",
                ),
                vm=run.context.vm.name,
                state=azure_status(states[0]) if states else "—",
            ),
            protectionState=states,
        )


class StopProtectionDeleteData(_StopProtection):
    id = STOP_PROTECTION_DELETE_DATA
    title = QT_TRANSLATE_NOOP("Wizards", "Stop protection and delete the backup data")

    def _plan(self, gateway: AzureGateway, context: WizardContext) -> ActionPreview:
        vm = _read_gone(gateway, context)
        items = vm.protection or ()
        left = [p for p in items if not p.soft_deleted]
        if not left:
            return self._nothing(context, _already_stopped(vm, items))
        operations: list[PlannedOperation] = []
        notes: list[Msg] = []
        for item in left:
            soft = read_soft_delete(gateway, item.vault_id)
            operations.append(
                PlannedOperation(
                    "DELETE",
                    PERMISSION_ITEM_DELETE,
                    item.item_id,
                    msg(
                        QT_TRANSLATE_NOOP(
                            "Wizards", "Stop the protection of {vm} in {vault} and delete its backup data"
                        ),
                        vm=vm.name,
                        vault=_vault(item),
                    ),
                    (
                        Change(
                            msg(
                                QT_TRANSLATE_NOOP("Wizards", "Protection of {vm} in {vault}"),
                                vm=vm.name,
                                vault=_vault(item),
                            ),
                            azure_status(item.protection_state),
                            msg(QT_TRANSLATE_NOOP("Wizards", "Stopped")),
                        ),
                        Change(
                            msg(QT_TRANSLATE_NOOP("Wizards", "Backup data of {vm}"), vm=vm.name),
                            _recovery_points(item),
                            _deleted(soft),
                        ),
                    ),
                    {
                        "protectedItemType": VM_PROTECTED_ITEM_TYPE,
                        "sourceResourceId": vm.id,
                        "protectionState": item.protection_state,
                        "policyId": item.policy_id,
                        "softDeleteDays": soft.days,
                    },
                    before=asdict(item),
                )
            )
            notes.append(_soft_delete_note(_vault(item), soft))
        return self._ready(
            context,
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Stop protecting {vm} in {vaults} and delete its backup data. No backup of it runs any more, and "
                    "its recovery points are deleted: nothing of {vm} can be restored once they are gone.",
                ),
                vm=vm.name,
                vaults=_names([_vault(p) for p in left]),
            ),
            operations,
            notes,
        )

    def _execute(self, run: _Execution) -> ActionResult:
        done, _gone, stopped = run.each(
            lambda op: run.gateway.delete_protected_item(op.target, run.cancel), gone_is_done=True
        )
        if stopped is not None:
            return stopped
        if not done:
            return run.result(
                Outcome.NOTHING_TO_DO,
                msg(QT_TRANSLATE_NOOP("Wizards", "The backup item of {vm} was already gone."), vm=run.context.vm.name),
            )
        days = [int(op.parameters.get("softDeleteDays") or 0) for op in done]
        if any(days):
            message = msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Protection of {vm} is stopped and its backup data deleted in {vaults}. The vault keeps it "
                    "soft-deleted for {days} days, when it can still be undeleted; then it is gone for good.",
                ),
                vm=run.context.vm.name,
                vaults=_names([ids.parse_id(op.target.split("/backupFabrics/")[0]).name for op in done]),
                days=max(days),
            )
        else:
            message = msg(
                QT_TRANSLATE_NOOP(
                    "Wizards", "Protection of {vm} is stopped and its backup data deleted for good in {vaults}."
                ),
                vm=run.context.vm.name,
                vaults=_names([ids.parse_id(op.target.split("/backupFabrics/")[0]).name for op in done]),
            )
        return run.result(Outcome.DONE, message, deleted=[op.target for op in done])


def _deleted(soft: SoftDelete) -> Msg:
    if soft.days:
        return msg(
            QT_TRANSLATE_NOOP(
                "Wizards", "deleted: soft-deleted for {days} days (can be undeleted), then gone for good"
            ),
            days=soft.days,
        )
    return msg(QT_TRANSLATE_NOOP("Wizards", "deleted for good at once (soft delete is off in the vault)"))


def _soft_delete_note(vault: str, soft: SoftDelete) -> Msg:
    if soft.stated and soft.days:
        return msg(
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Soft delete is on in {vault}: the deleted data is kept {days} more days in soft-deleted state, "
                "when it can be undeleted from the vault's Backup items (and is not billed); after that it is gone "
                "for good.",
            ),
            vault=vault,
            days=soft.days,
        )
    if soft.stated:
        return msg(
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Soft delete is off in {vault}: the data is deleted for good at once and cannot be undeleted.",
            ),
            vault=vault,
        )
    if soft.problem is not None:
        return msg(
            QT_TRANSLATE_NOOP(
                "Wizards",
                "The soft delete setting of {vault} could not be read ({reason}). Soft delete is on by default: "
                "then the deleted data is kept {days} more days in soft-deleted state, when it can be undeleted; "
                "if someone turned it off, the data is gone for good at once.",
            ),
            vault=vault,
            reason=soft.problem.message,
            days=soft.days,
        )
    return msg(
        QT_TRANSLATE_NOOP(
            "Wizards",
            "{vault} does not state its soft delete setting; soft delete is on by default: the deleted data is kept "
            "{days} more days in soft-deleted state, when it can be undeleted, then it is gone for good.",
        ),
        vault=vault,
        days=soft.days,
    )


def _already_stopped(vm: VmFacts, items: Sequence[ProtectionFacts]) -> Msg:
    if not items:
        return msg(
            QT_TRANSLATE_NOOP(
                "Wizards", "No vault protects {vm} any more (its backup item is gone): there is nothing to stop."
            ),
            vm=vm.name,
        )
    deleted = [p for p in items if p.soft_deleted]
    if deleted:
        item = deleted[0]
        return msg(
            QT_TRANSLATE_NOOP(
                "Wizards",
                "The protection of {vm} in {vault} is already stopped and its backup data deleted: it stays "
                "soft-deleted until {time}, then it is gone for good. There is nothing to do.",
            ),
            vm=vm.name,
            vault=_vault(item),
            time=shown_time(item.deferred_delete_time),
        )
    item = items[0]
    return msg(
        QT_TRANSLATE_NOOP(
            "Wizards",
            "The protection of {vm} in {vault} is already {state}: the vault no longer backs it up. Its backup "
            "data is kept; the other step deletes it.",
        ),
        vm=vm.name,
        vault=_vault(item),
        state=azure_status(item.protection_state),
    )


ACTIONS.setdefault(STOP_PROTECTION_KEEP_DATA, StopProtectionKeepData())
ACTIONS.setdefault(STOP_PROTECTION_DELETE_DATA, StopProtectionDeleteData())
