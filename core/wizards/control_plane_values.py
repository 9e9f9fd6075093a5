"""The values the control-plane wizards' texts and commands use, from the VM's facts and the finding's evidence."""

from __future__ import annotations

from typing import Any

from core import ids
from core.checks.extension_deletion import is_deleting
from core.checks.extensions import BACKUP_TYPES, is_backup_extension, vm_extensions
from core.facts import ExtensionFacts
from core.wizards.context import WizardContext
from core.wizards.steps import base_values, vault_values


def _evidence(context: WizardContext) -> dict[str, Any]:
    return dict(context.finding.evidence) if context.finding is not None else {}


def stuck_extension(context: WizardContext) -> ExtensionFacts | None:
    """The VM's backup extension that is stuck in deletion, if any."""
    return next((e for e in vm_extensions(context.vm) or () if is_backup_extension(e) and is_deleting(e)), None)


def extension_values(context: WizardContext) -> dict[str, Any]:
    values = base_values(context)
    stuck = stuck_extension(context)
    expected = BACKUP_TYPES.get((context.vm.os_type or "").lower(), "VMSnapshot")
    values["extension"] = stuck.name if stuck is not None else expected
    return values


def protection_values(context: WizardContext) -> dict[str, Any]:
    values = base_values(context)
    item = next(iter(context.vm.protection or ()), None)
    values.update(vault_values(item.vault_id if item is not None else None))
    return values


def policy_values(context: WizardContext) -> dict[str, Any]:
    values = base_values(context)
    # The policy check's evidence names the policy; the triage finding of the same failed job does not.
    denial = next(iter(context.findings_of(["policy-deny"])), None)
    evidence = dict(denial.evidence) if denial is not None and denial.evidence else _evidence(context)
    values["policy"] = evidence.get("policy") or None
    location = context.vm.location or "<region>"
    values["restorePointGroup"] = (
        evidence.get("restorePointGroup") or evidence.get("deniedResource") or f"AzureBackupRG_{location}_1"
    )
    return values


def lock_values(context: WizardContext) -> dict[str, Any]:
    values = base_values(context)
    evidence = _evidence(context)
    lock_id = evidence.get("lockId")
    values["lockId"] = lock_id
    values["lock"] = ids.parse_id(lock_id).name if isinstance(lock_id, str) and lock_id else None
    values["storageAccount"] = evidence.get("storageAccount")
    return values
