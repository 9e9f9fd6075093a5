"""The automated action for ExtensionStuckInDeletionState: delete the backup extension that is stuck in
deletion, so that the next backup installs a new one (backup-azure-vms-troubleshoot: "uninstall the
extension; the subsequent backup will install the new extension in the desired state"). The portal may
not list the extension (MicrosoftDocs/azure-docs#63454), so the API is the reliable way.

Kept out of `core/wizards/actions.py` (already long); it registers itself in `ACTIONS` when imported, which
`core/wizards/control_plane.py` does.
"""

from __future__ import annotations

import contextlib

from core.azure.errors import AzureProblemError
from core.azure.gateway import AzureGateway
from core.checks.extension_deletion import is_deleting
from core.i18n import QT_TRANSLATE_NOOP
from core.wizards import selectors as sel
from core.wizards.actions import (
    ACTIONS,
    Action,
    _Blocked,
    _Execution,
    _names,
    _read_vm,
    extension_removal,
)
from core.wizards.context import WizardContext
from core.wizards.model import ActionPreview, ActionResult, Outcome, msg

DELETE_STUCK_EXTENSION = "delete-stuck-backup-extension"


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
        operations = [
            extension_removal(
                vm,
                ext,
                msg(
                    QT_TRANSLATE_NOOP("Wizards", "Delete the extension {extension} from {vm}"),
                    extension=ext.name,
                    vm=vm.name,
                ),
                "Deleting",
            )
            for ext in stuck
        ]
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
        done, _gone, stopped = run.each(
            lambda op: run.gateway.delete_vm_extension(op.target, run.cancel), gone_is_done=True
        )
        if stopped is not None:
            return stopped
        if not done:
            return run.result(
                Outcome.NOTHING_TO_DO,
                msg(QT_TRANSLATE_NOOP("Wizards", "The extension was already gone from {vm}."), vm=run.context.vm.name),
            )
        remaining = "—"
        with contextlib.suppress(_Blocked, AzureProblemError):
            vm = _read_vm(run.gateway, run.context)
            remaining = _names([e.name for e in sel.backup_extensions(vm)]) or "—"
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


ACTIONS.setdefault(DELETE_STUCK_EXTENSION, DeleteStuckBackupExtension())
