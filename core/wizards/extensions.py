"""Wizards for UserErrorVmProvisioningStateFailed: a failed backup extension (removed and reinstalled by a
backup, automated), another failed extension, and a VM still updating."""

from __future__ import annotations

from typing import Any

from core.checks.base import quoted
from core.checks.extensions import status_messages
from core.i18n import QT_TRANSLATE_NOOP
from core.wizards import selectors as sel
from core.wizards.context import WizardContext
from core.wizards.model import Wizard
from core.wizards.steps import action, az, backup_now_steps, base_values, explain, joined, manual, powershell, verify


def _first_message(extensions: list[Any]) -> str | None:
    for ext in extensions:
        messages = status_messages(ext)
        if messages:
            text: str = quoted(messages[0])
            return text if len(text) <= 400 else text[:399] + "…"
    return None


def _extension_values(context: WizardContext) -> dict[str, Any]:
    values = base_values(context)
    vm = context.vm
    failed_backup = sel.failed_backup_extensions(vm)
    failed_other = sel.failed_other_extensions(vm)
    failed = failed_backup or failed_other
    values.update(
        {
            "provisioningState": vm.provisioning_state,
            "backupExtension": failed_backup[0].name if failed_backup else sel.expected_backup_extension(vm),
            "failedExtensions": joined([e.name for e in failed_other]),
            "extension": failed[0].name if failed else None,
            "extensionMessage": _first_message(failed),
        }
    )
    return values


BACKUP_EXTENSION_FAILED = Wizard(
    "backup-extension-failed",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "A failed backup extension keeps the VM in the Failed state; removing it and backing up on demand "
        "installs a fresh copy and runs the backup.",
    ),
    (
        explain(
            "why",
            QT_TRANSLATE_NOOP("Wizards", "What went wrong"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "The backup extension {backupExtension} on {vm} is in a failed state; it reported "
                "“{extensionMessage}”. A failed extension puts the whole VM in the provisioning state "
                "{provisioningState}, and Azure Backup stops until it is gone. Azure Backup installs the extension "
                "by itself at the next backup, so removing it is safe.",
            ),
        ),
        action(
            "remove",
            "remove-backup-extension",
            QT_TRANSLATE_NOOP("Wizards", "Remove the failed backup extension"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Delete {backupExtension} from {vm}. Backup Doctor shows exactly what it will delete and asks before "
                "doing it. To do it by hand instead: in the portal, or with one of the commands.",
            ),
            commands=(
                az("az vm extension delete --resource-group {resourceGroup} --vm-name {vm} --name {backupExtension}"),
                powershell(
                    "Remove-AzVMExtension -ResourceGroupName {resourceGroup} -VMName {vm} -Name {backupExtension}"
                ),
            ),
            portal=(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Virtual machine {vm} > Settings > Extensions + applications > {backupExtension} > Uninstall",
                ),
            ),
        ),
        verify(
            "verify-removed",
            QT_TRANSLATE_NOOP("Wizards", "Check the VM's state"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Read {vm} again: no backup extension may be failed, and the VM must be back in the state Succeeded.",
            ),
            ("backup-extension", "vm-provisioning-state"),
        ),
        *backup_now_steps(),
        verify(
            "verify-extension",
            QT_TRANSLATE_NOOP("Wizards", "Check the reinstalled extension"),
            QT_TRANSLATE_NOOP(
                "Wizards", "Read {vm} again: the backup installed {backupExtension} afresh, and it must not be failed."
            ),
            ("backup-extension", "vm-provisioning-state"),
        ),
    ),
    _extension_values,
)


def _other_values(context: WizardContext) -> dict[str, Any]:
    return _extension_values(context)


OTHER_EXTENSION_FAILED = Wizard(
    "other-extension-failed",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "Another failed extension keeps the VM in the Failed state and can stop the backup extension from running: "
        "fix it or remove it, then back up again.",
    ),
    (
        explain(
            "why",
            QT_TRANSLATE_NOOP("Wizards", "Why backup waits for this extension"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "The extension {failedExtensions} on {vm} is in a failed state; it reported “{extensionMessage}”. The "
                "guest agent handles extensions one after the other, and a VM with a failed extension is in the "
                "provisioning state {provisioningState}, so Azure Backup cannot run its own extension until this one "
                "is healthy again.",
            ),
        ),
        manual(
            "inspect-extension",
            QT_TRANSLATE_NOOP("Wizards", "Read the extension's error"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Open the extension's details to read its full message, and fix what it names (often a setting or a "
                "script of the extension itself; see its own documentation).",
            ),
            commands=(
                az(
                    "az vm extension list --resource-group {resourceGroup} --vm-name {vm} --query "
                    '"[].{{name:name, state:provisioningState}}" --output table'
                ),
            ),
            portal=(
                QT_TRANSLATE_NOOP(
                    "Wizards", "Virtual machine {vm} > Settings > Extensions + applications > {extension}"
                ),
            ),
        ),
        manual(
            "remove-or-reinstall",
            QT_TRANSLATE_NOOP("Wizards", "Remove the extension if it is not needed, or install it again"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "If {extension} is not needed on {vm}, uninstall it. If it is, uninstall it and install it again "
                "with correct settings. Ask its owner first: Backup Doctor does not remove other teams' extensions.",
            ),
            commands=(
                az("az vm extension delete --resource-group {resourceGroup} --vm-name {vm} --name {extension}"),
                powershell("Remove-AzVMExtension -ResourceGroupName {resourceGroup} -VMName {vm} -Name {extension}"),
            ),
            portal=(
                QT_TRANSLATE_NOOP(
                    "Wizards", "Virtual machine {vm} > Settings > Extensions + applications > {extension} > Uninstall"
                ),
            ),
        ),
        verify(
            "verify-extensions",
            QT_TRANSLATE_NOOP("Wizards", "Check the VM's extensions"),
            QT_TRANSLATE_NOOP(
                "Wizards", "Read {vm} again: no extension may be failed, and the VM must be in the state Succeeded."
            ),
            ("other-extensions", "vm-provisioning-state"),
        ),
        *backup_now_steps(),
    ),
    _other_values,
)


VM_UPDATING = Wizard(
    "vm-updating",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "A backup that starts while Azure is still changing the VM (provisioning state Updating) can fail: wait "
        "until the VM is back to Succeeded, then back up again.",
    ),
    (
        explain(
            "why",
            QT_TRANSLATE_NOOP("Wizards", "Why backup waits"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "{vm} is in the provisioning state {provisioningState}: an operation on the VM or one of its "
                "extensions is still running. Azure Backup needs a VM whose last operation has finished.",
            ),
        ),
        manual(
            "watch-state",
            QT_TRANSLATE_NOOP("Wizards", "Wait for the operation to finish"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "See what is running in the VM's activity log and wait for it. If the VM stays Updating for hours, "
                "look for an extension stuck in Transitioning; reapplying the VM's state often unblocks it.",
            ),
            commands=(
                az(
                    "az vm get-instance-view --resource-group {resourceGroup} --name {vm} --query "
                    "\"instanceView.statuses[?starts_with(code, 'ProvisioningState')]\" --output table"
                ),
                az(
                    "az vm reapply --resource-group {resourceGroup} --name {vm}",
                    QT_TRANSLATE_NOOP("Wizards", "Reapply"),
                ),
            ),
            portal=(QT_TRANSLATE_NOOP("Wizards", "Virtual machine {vm} > Activity log"),),
        ),
        verify(
            "verify-state",
            QT_TRANSLATE_NOOP("Wizards", "Check the VM's state"),
            QT_TRANSLATE_NOOP("Wizards", "Read {vm} again: its provisioning state must be Succeeded."),
            ("vm-provisioning-state",),
        ),
        *backup_now_steps(),
    ),
    _extension_values,
)


WIZARDS = (BACKUP_EXTENSION_FAILED, OTHER_EXTENSION_FAILED, VM_UPDATING)
