"""The extension family: remove the backup extension that failed (remove-backup-extension), or that is
stuck in deletion (delete-stuck-backup-extension, for ExtensionStuckInDeletionState).

backup-azure-vms-troubleshoot: "uninstall the extension; the subsequent backup will install the new
extension in the desired state". The portal may not list an extension stuck in deletion
(MicrosoftDocs/azure-docs#63454), so the API is the reliable way. Both read the VM alone (one GET) and
DELETE each extension; a 404 means it is already gone.
"""

from __future__ import annotations

import contextlib

from core.azure.errors import AzureProblemError
from core.azure.gateway import AzureGateway
from core.azure_status import azure_status
from core.checks.extension_deletion import is_deleting
from core.facts import ExtensionFacts, VmFacts
from core.i18n import QT_TRANSLATE_NOOP, Msg
from core.wizards import selectors as sel
from core.wizards.actions.base import Action, _Execution, _names, _Stopped
from core.wizards.actions.guards import _Blocked, _read_vm
from core.wizards.context import WizardContext
from core.wizards.model import ActionPreview, ActionResult, Change, Outcome, PlannedOperation, msg

REMOVE_BACKUP_EXTENSION = "remove-backup-extension"
DELETE_STUCK_EXTENSION = "delete-stuck-backup-extension"

PERMISSION_EXTENSION_DELETE = "Microsoft.Compute/virtualMachines/extensions/delete"


def extension_removal(vm: VmFacts, ext: ExtensionFacts, description: Msg, assumed_state: str) -> PlannedOperation:
    """The DELETE of one VM extension, as a preview shows it (`assumed_state` when Azure gave none)."""
    return PlannedOperation(
        "DELETE",
        PERMISSION_EXTENSION_DELETE,
        sel.extension_id(vm, ext),
        description,
        (
            Change(
                msg(QT_TRANSLATE_NOOP("Wizards", "Extension {extension}"), extension=ext.name),
                msg(
                    QT_TRANSLATE_NOOP("Wizards", "installed, provisioning state {state}"),
                    state=azure_status(ext.provisioning_state or assumed_state),
                ),
                msg(QT_TRANSLATE_NOOP("Wizards", "removed")),
            ),
        ),
        {
            "name": ext.name,
            "publisher": ext.publisher,
            "type": ext.type,
            "typeHandlerVersion": ext.type_handler_version,
            "provisioningState": ext.provisioning_state,
        },
    )


def _removals(
    vm: VmFacts, extensions: list[ExtensionFacts], description: str, assumed_state: str
) -> list[PlannedOperation]:
    """One DELETE per extension; `description` is a source text (context "Wizards") with `{extension}`, `{vm}`."""
    return [
        extension_removal(vm, ext, msg(description, extension=ext.name, vm=vm.name), assumed_state)
        for ext in extensions
    ]


def _remove_extensions(run: _Execution) -> list[PlannedOperation]:
    """DELETE every planned extension; the extensions removed. The run ends here (`_Stopped`) on a failure,
    a cancellation, or when every extension was already gone."""
    done, _ = run.send_all(lambda op: run.gateway.delete_vm_extension(op.target, run.cancel), gone_is_done=True)
    if not done:
        raise _Stopped(
            run.result(
                Outcome.NOTHING_TO_DO,
                msg(QT_TRANSLATE_NOOP("Wizards", "The extension was already gone from {vm}."), vm=run.context.vm.name),
            )
        )
    return done


def _vm_after(run: _Execution) -> VmFacts | None:
    """The VM read again once its extensions are removed, for the result sentence (None: not readable)."""
    with contextlib.suppress(_Blocked, AzureProblemError):
        return _read_vm(run.gateway, run.context)
    return None


class RemoveBackupExtension(Action):
    id = REMOVE_BACKUP_EXTENSION
    title = QT_TRANSLATE_NOOP("Wizards", "Remove the failed backup extension")
    role = "Virtual Machine Contributor"

    def _plan(self, gateway: AzureGateway, context: WizardContext) -> ActionPreview:
        vm = _read_vm(gateway, context)
        installed = sel.backup_extensions(vm)
        failed = sel.failed_backup_extensions(vm)
        if not failed:
            if installed:
                return self._nothing(
                    context,
                    msg(
                        QT_TRANSLATE_NOOP(
                            "Wizards",
                            "The backup extension {extension} on {vm} is not in a failed state ({state}): there is "
                            "nothing to remove.",
                        ),
                        extension=installed[0].name,
                        vm=vm.name,
                        state=azure_status(installed[0].provisioning_state),
                    ),
                )
            return self._nothing(
                context,
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "{vm} has no backup extension: it is already gone. The next backup installs {extension} again.",
                    ),
                    vm=vm.name,
                    extension=sel.expected_backup_extension(vm),
                ),
            )
        operations = _removals(
            vm, failed, QT_TRANSLATE_NOOP("Wizards", "Remove the extension {extension} from {vm}"), "Failed"
        )
        return self._ready(
            context,
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Remove the failed backup extension {extensions} from {vm}. Azure Backup installs it again at "
                    "the next backup.",
                ),
                extensions=_names([e.name for e in failed]),
                vm=vm.name,
            ),
            operations,
            (
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "The VM's provisioning state returns to Succeeded once no extension is failed. Then back up "
                        "now: that installs the extension again.",
                    )
                ),
            ),
        )

    def _execute(self, run: _Execution) -> ActionResult:
        done = _remove_extensions(run)
        after = _vm_after(run)
        state = (after.provisioning_state if after is not None else None) or "—"
        return run.result(
            Outcome.DONE,
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards", "Removed {extensions} from {vm}. The VM's provisioning state is now {state}."
                ),
                extensions=_names([str(op.parameters.get("name")) for op in done]),
                vm=run.context.vm.name,
                state=azure_status(state),
            ),
            removed=[op.target for op in done],
            provisioningState=state,
        )


class DeleteStuckBackupExtension(Action):
    id = DELETE_STUCK_EXTENSION
    title = QT_TRANSLATE_NOOP("Wizards", "Delete the backup extension stuck in deletion")
    role = "Virtual Machine Contributor"

    def _plan(self, gateway: AzureGateway, context: WizardContext) -> ActionPreview:
        vm = _read_vm(gateway, context)
        stuck = [e for e in sel.backup_extensions(vm) if is_deleting(e)]
        if not stuck:
            return self._nothing(
                context,
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "No backup extension of {vm} is stuck in deletion: there is nothing to delete. The next "
                        "backup installs {extension} if it is missing.",
                    ),
                    vm=vm.name,
                    extension=sel.expected_backup_extension(vm),
                ),
            )
        operations = _removals(
            vm, stuck, QT_TRANSLATE_NOOP("Wizards", "Delete the extension {extension} from {vm}"), "Deleting"
        )
        return self._ready(
            context,
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Delete {extensions}, stuck in deletion, from {vm}. Nothing else on the VM changes and it keeps "
                    "running; Azure Backup installs the extension again at the next backup.",
                ),
                extensions=_names([e.name for e in stuck]),
                vm=vm.name,
            ),
            operations,
            (
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "The guest agent must be Ready for the next backup to install the extension again.",
                    )
                ),
            ),
        )

    def _execute(self, run: _Execution) -> ActionResult:
        done = _remove_extensions(run)
        after = _vm_after(run)
        remaining = _names([e.name for e in sel.backup_extensions(after)]) if after is not None else "—"
        return run.result(
            Outcome.DONE,
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards", "Deleted {extensions} from {vm}. Backup extensions left on the VM: {remaining}."
                ),
                extensions=_names([str(op.parameters.get("name")) for op in done]),
                vm=run.context.vm.name,
                remaining=remaining,
            ),
            removed=[op.target for op in done],
        )
