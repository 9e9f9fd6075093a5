"""Provisioning state of the VM and of its extensions (UserErrorVmProvisioningStateFailed).

The documented causes: the backup extension (VMSnapshot on Windows, VMSnapshotLinux on Linux, publisher
Microsoft.Azure.RecoveryServices) failed: remove it and back up on demand; another extension failed:
fix it; the VM is still updating: wait. The backup extension is told apart from any other extension
because its fix differs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from core.azure_status import azure_status
from core.checks.base import Check, CheckContext, codes_for, is_not_protected, not_applicable, quoted, unknown
from core.facts import FACT_EXTENSIONS, FACT_INSTANCE_VIEW, ExtensionFacts, StatusEntry, VmFacts
from core.findings import Finding, Status
from core.i18n import QT_TRANSLATE_NOOP, Msg

STATE_CHECK_ID = "vm-provisioning-state"
BACKUP_EXTENSION_CHECK_ID = "backup-extension"
OTHER_EXTENSIONS_CHECK_ID = "other-extensions"

BACKUP_PUBLISHER = "Microsoft.Azure.RecoveryServices"
BACKUP_TYPES = {"windows": "VMSnapshot", "linux": "VMSnapshotLinux"}
_MESSAGE_LIMIT = 600


def _msg(source: str, **args: Any) -> Msg:
    return Msg("ExtensionChecks", source, args)


def is_backup_extension(ext: ExtensionFacts) -> bool:
    kind = (ext.type or "").lower()
    publisher = (ext.publisher or BACKUP_PUBLISHER).lower()
    return publisher == BACKUP_PUBLISHER.lower() and kind in {t.lower() for t in BACKUP_TYPES.values()}


def vm_extensions(vm: VmFacts) -> tuple[ExtensionFacts, ...] | None:
    """The VM's extensions: resources joined with the instance view, or the instance view alone."""
    if vm.extensions is not None:
        return vm.extensions
    if vm.instance_view is not None:
        return vm.instance_view.extensions
    return None


def is_failed(ext: ExtensionFacts) -> bool:
    if (ext.provisioning_state or "").lower() == "failed":
        return True
    return any(s.code.lower().startswith("provisioningstate/failed") for s in ext.statuses)


def status_messages(ext: ExtensionFacts) -> list[str]:
    """The messages an extension reported (statuses then substatuses), without repeats."""
    found: dict[str, None] = {}
    for status in (*ext.statuses, *ext.substatuses):
        if status.message and status.message.strip():
            found[status.message.strip()] = None
    return list(found)


def _short(text: str) -> str:
    return text if len(text) <= _MESSAGE_LIMIT else text[: _MESSAGE_LIMIT - 1] + "…"


def extension_evidence(ext: ExtensionFacts) -> dict[str, Any]:
    failed_status = next((s for s in ext.statuses if s.code.lower().startswith("provisioningstate/failed")), None)
    return {
        "name": ext.name,
        "id": ext.id,
        "publisher": ext.publisher,
        "type": ext.type,
        "version": ext.type_handler_version,
        "provisioningState": ext.provisioning_state,
        "statusCode": failed_status.code if failed_status else (ext.statuses[0].code if ext.statuses else None),
        "messages": [_short(m) for m in status_messages(ext)],
    }


def _first_message(ext: ExtensionFacts) -> str:
    messages = status_messages(ext)
    return quoted(_short(messages[0])) if messages else "—"


def _names(extensions: Iterable[ExtensionFacts]) -> str:
    return ", ".join(e.name for e in extensions)


# --- the VM's provisioning state ---------------------------------------------------------------------


def _state_status(statuses: tuple[StatusEntry, ...]) -> StatusEntry | None:
    return next((s for s in statuses if s.code.lower().startswith("provisioningstate/")), None)


def check_vm_provisioning_state(vm: VmFacts, context: CheckContext) -> Iterator[Finding]:
    view_status = _state_status(vm.instance_view.statuses) if vm.instance_view is not None else None
    state = vm.provisioning_state
    if state is None and view_status is not None:
        parts = view_status.code.split("/")
        state = parts[1][:1].upper() + parts[1][1:] if len(parts) > 1 else None
    title_unknown = _msg(QT_TRANSLATE_NOOP("ExtensionChecks", "The VM's provisioning state could not be read"))
    if state is None:
        yield unknown(STATE_CHECK_ID, title_unknown, vm.why_unavailable(FACT_INSTANCE_VIEW), codes_for(STATE_CHECK_ID))
        return
    evidence: dict[str, Any] = {
        "provisioningState": state,
        "statusCode": view_status.code if view_status else None,
        "message": view_status.message if view_status else None,
        "time": view_status.time.isoformat() if view_status and view_status.time else None,
    }
    lowered = state.lower()
    if lowered == "succeeded":
        yield Finding(
            STATE_CHECK_ID,
            Status.PASS,
            _msg(QT_TRANSLATE_NOOP("ExtensionChecks", "The VM's provisioning state is Succeeded")),
            None,
            (),
            evidence,
        )
        return
    if lowered == "failed":
        extensions = vm_extensions(vm) or ()
        failed = [e for e in extensions if is_failed(e)]
        evidence["failedExtensions"] = [e.name for e in failed]
        backup = next((e for e in failed if is_backup_extension(e)), None)
        if failed:
            detail = _msg(
                QT_TRANSLATE_NOOP(
                    "ExtensionChecks",
                    "Azure puts a VM in the Failed state when one of its extensions fails; here: {extensions}. Once "
                    "it is fixed or removed, the VM returns to Succeeded.",
                ),
                extensions=_names(failed),
            )
            wizard: str | None = "backup-extension-failed" if backup is not None else "other-extension-failed"
        else:
            detail = _msg(
                QT_TRANSLATE_NOOP(
                    "ExtensionChecks",
                    "No extension reports a failure, so the last operation on the VM itself failed ({message}). Look "
                    "for it in the VM's activity log, fix it, then run the backup again.",
                ),
                message=quoted(view_status.message if view_status else None),
            )
            wizard = None
        yield Finding(
            STATE_CHECK_ID,
            Status.FAIL,
            _msg(QT_TRANSLATE_NOOP("ExtensionChecks", "The VM is in the Failed provisioning state")),
            detail,
            codes_for(STATE_CHECK_ID),
            evidence,
            wizard,
        )
        return
    if lowered == "updating":
        yield Finding(
            STATE_CHECK_ID,
            Status.WARN,
            _msg(QT_TRANSLATE_NOOP("ExtensionChecks", "The VM is still updating")),
            _msg(
                QT_TRANSLATE_NOOP(
                    "ExtensionChecks",
                    "A backup that starts while the VM is Updating can fail. Wait until its provisioning state is "
                    "Succeeded, then run the backup again.",
                )
            ),
            codes_for(STATE_CHECK_ID),
            evidence,
            "vm-updating",
        )
        return
    yield Finding(
        STATE_CHECK_ID,
        Status.WARN,
        _msg(QT_TRANSLATE_NOOP("ExtensionChecks", "The VM's provisioning state is {state}"), state=azure_status(state)),
        _msg(
            QT_TRANSLATE_NOOP(
                "ExtensionChecks", "Azure Backup needs the state Succeeded; wait until the current operation ends."
            )
        ),
        codes_for(STATE_CHECK_ID),
        evidence,
    )


# --- the backup extension ------------------------------------------------------------------------------


def check_backup_extension(vm: VmFacts, context: CheckContext) -> Iterator[Finding]:
    extensions = vm_extensions(vm)
    if extensions is None:
        problem = vm.why_unavailable(FACT_EXTENSIONS) or vm.why_unavailable(FACT_INSTANCE_VIEW)
        title = _msg(QT_TRANSLATE_NOOP("ExtensionChecks", "The backup extension's state could not be read"))
        yield unknown(BACKUP_EXTENSION_CHECK_ID, title, problem, codes_for(BACKUP_EXTENSION_CHECK_ID))
        return
    found = [e for e in extensions if is_backup_extension(e)]
    expected = BACKUP_TYPES.get((vm.os_type or "").lower(), "VMSnapshot")
    if not found:
        detail = (
            _msg(QT_TRANSLATE_NOOP("ExtensionChecks", "The VM is not backed up, so it does not need the extension."))
            if is_not_protected(vm)
            else _msg(
                QT_TRANSLATE_NOOP("ExtensionChecks", "Azure Backup installs {extension} on the VM at its next backup."),
                extension=expected,
            )
        )
        yield not_applicable(
            BACKUP_EXTENSION_CHECK_ID,
            _msg(QT_TRANSLATE_NOOP("ExtensionChecks", "The backup extension is not installed")),
            detail,
            {"expected": f"{BACKUP_PUBLISHER}.{expected}"},
        )
        return
    failed = [e for e in found if is_failed(e)]
    if failed:
        ext = failed[0]
        yield Finding(
            BACKUP_EXTENSION_CHECK_ID,
            Status.FAIL,
            _msg(
                QT_TRANSLATE_NOOP("ExtensionChecks", "The backup extension {extension} is in a failed state"),
                extension=ext.name,
            ),
            _msg(
                QT_TRANSLATE_NOOP(
                    "ExtensionChecks",
                    'It reported "{message}". Remove the extension and run an on-demand backup; Azure Backup installs '
                    "it again.",
                ),
                message=_first_message(ext),
            ),
            codes_for(BACKUP_EXTENSION_CHECK_ID),
            {"extensions": [extension_evidence(e) for e in failed]},
            "backup-extension-failed",
        )
        return
    ext = found[0]
    yield Finding(
        BACKUP_EXTENSION_CHECK_ID,
        Status.PASS,
        _msg(
            QT_TRANSLATE_NOOP("ExtensionChecks", "The backup extension {extension} is not failed"),
            extension=ext.name,
        ),
        _msg(
            QT_TRANSLATE_NOOP("ExtensionChecks", "Its provisioning state is {state}."),
            state=azure_status(ext.provisioning_state),
        ),
        (),
        {"extensions": [extension_evidence(e) for e in found]},
    )


# --- any other extension ---------------------------------------------------------------------------


def check_other_extensions(vm: VmFacts, context: CheckContext) -> Iterator[Finding]:
    extensions = vm_extensions(vm)
    if extensions is None:
        problem = vm.why_unavailable(FACT_EXTENSIONS) or vm.why_unavailable(FACT_INSTANCE_VIEW)
        title = _msg(QT_TRANSLATE_NOOP("ExtensionChecks", "The VM's extensions could not be read"))
        yield unknown(OTHER_EXTENSIONS_CHECK_ID, title, problem, codes_for(OTHER_EXTENSIONS_CHECK_ID))
        return
    others = [e for e in extensions if not is_backup_extension(e)]
    failed = [e for e in others if is_failed(e)]
    if failed:
        # The article: another failed extension "can interfere" with the backup. It stops the next backup once
        # it has put the VM in the Failed provisioning state (UserErrorVmProvisioningStateFailed); until then
        # it needs a look, and the backups may still succeed.
        vm_failed = (vm.provisioning_state or "").lower() == "failed"
        yield Finding(
            OTHER_EXTENSIONS_CHECK_ID,
            Status.FAIL if vm_failed else Status.WARN,
            _msg(
                QT_TRANSLATE_NOOP("ExtensionChecks", "Another extension is in a failed state: {extensions}"),
                extensions=_names(failed),
            ),
            _msg(
                QT_TRANSLATE_NOOP(
                    "ExtensionChecks",
                    'A failed extension can stop the backup extension from running. {extension} reported "{message}". '
                    "Fix or remove it, then run the backup again.",
                ),
                extension=failed[0].name,
                message=_first_message(failed[0]),
            ),
            codes_for(OTHER_EXTENSIONS_CHECK_ID),
            {"extensions": [extension_evidence(e) for e in failed]},
            "other-extension-failed",
        )
        return
    yield Finding(
        OTHER_EXTENSIONS_CHECK_ID,
        Status.PASS,
        _msg(QT_TRANSLATE_NOOP("ExtensionChecks", "No other extension is in a failed state")),
        None,
        (),
        {"extensions": [{"name": e.name, "provisioningState": e.provisioning_state} for e in others]},
    )


CHECKS = (
    Check(STATE_CHECK_ID, check_vm_provisioning_state),
    Check(BACKUP_EXTENSION_CHECK_ID, check_backup_extension),
    Check(OTHER_EXTENSIONS_CHECK_ID, check_other_extensions),
)
