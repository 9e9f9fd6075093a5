"""A backup extension stuck in deletion (ExtensionStuckInDeletionState).

Microsoft documents (backup-azure-vms-troubleshoot) that backups fail while the VMSnapshot or
VMSnapshotLinux extension is in an inconsistent state, and that deleting the extension fixes it: the next
backup installs a new one. The extension's provisioningState reads "Deleting" in the VM's extension list,
so this needs no extra request. The portal may hide the extension (MicrosoftDocs/azure-docs#63454), so the
fix deletes it through the API.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from core.checks.base import Check, CheckContext, codes_for, is_not_protected, not_applicable, unknown
from core.checks.extensions import extension_evidence, is_backup_extension, vm_extensions
from core.facts import FACT_EXTENSIONS, ExtensionFacts, VmFacts
from core.findings import Finding, Status
from core.i18n import QT_TRANSLATE_NOOP, Msg

CHECK_ID = "extension-deleting"
WIZARD = "extension-stuck-deleting"


def _msg(source: str, **args: Any) -> Msg:
    return Msg("ExtensionChecks", source, args)


def is_deleting(ext: ExtensionFacts) -> bool:
    if (ext.provisioning_state or "").lower() == "deleting":
        return True
    return any(s.code.lower().startswith("provisioningstate/deleting") for s in ext.statuses)


def check_extension_deleting(vm: VmFacts, context: CheckContext) -> Iterator[Finding]:
    extensions = vm_extensions(vm)
    if extensions is None:
        yield unknown(
            CHECK_ID,
            _msg(QT_TRANSLATE_NOOP("ExtensionChecks", "The VM's extensions could not be read")),
            vm.why_unavailable(FACT_EXTENSIONS),
            codes_for(CHECK_ID),
        )
        return
    stuck = [e for e in extensions if is_backup_extension(e) and is_deleting(e)]
    if not stuck:
        if is_not_protected(vm):
            yield not_applicable(
                CHECK_ID, _msg(QT_TRANSLATE_NOOP("ExtensionChecks", "No backup: the backup extension is not needed"))
            )
            return
        yield Finding(
            CHECK_ID,
            Status.PASS,
            _msg(QT_TRANSLATE_NOOP("ExtensionChecks", "No backup extension is stuck in deletion")),
            None,
            (),
            {"backupExtensions": [e.name for e in extensions if is_backup_extension(e)]},
        )
        return
    extension = stuck[0]
    yield Finding(
        CHECK_ID,
        Status.FAIL,
        _msg(
            QT_TRANSLATE_NOOP("ExtensionChecks", "The backup extension {extension} is stuck in deletion"),
            extension=extension.name,
        ),
        _msg(
            QT_TRANSLATE_NOOP(
                "ExtensionChecks",
                "Azure reports {extension} as Deleting. While it is, backups fail with ExtensionStuckInDeletionState. "
                "Deleting the extension again from Azure clears the state; the next backup installs a new one.",
            ),
            extension=extension.name,
        ),
        codes_for(CHECK_ID),
        {"extension": extension_evidence(extension)},
        WIZARD,
    )


CHECKS = (Check(CHECK_ID, check_extension_deleting),)
