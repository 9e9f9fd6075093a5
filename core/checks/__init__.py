"""The checks: pure functions from a VM's facts to findings. The registry lists them in report order.

Every check module in this package exports `CHECKS`, a tuple of `Check`; the registry below is the one
list of those modules (a test fails when a module with checks is missing from it). Which documented
error codes and causes each check speaks to is data in resources/catalog.json (core.catalog).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.catalog import Catalog, validate_references
from core.checks import (
    agent,
    disk_count,
    disks,
    encryption,
    extension_deletion,
    extensions,
    guest,
    inside_guest,
    last_backup,
    policy_deny,
    protection,
    restore_points,
    security_type,
    source_vm,
    storage_account_lock,
    vm_state,
)
from core.checks.base import Check, CheckContext
from core.facts import VmFacts
from core.findings import Finding
from core.orphans import still_looked_for


def _last_backup(vm: VmFacts, context: CheckContext) -> Iterator[Finding]:
    """The last-backup check, given the registry to run the checks that test a failed code's causes."""
    return last_backup.check_last_backup(vm, context, CHECKS)


CHECKS: tuple[Check, ...] = (
    Check(last_backup.CHECK_ID, _last_backup, needs_the_vm=False),
    *source_vm.CHECKS,
    *vm_state.CHECKS,
    *agent.CHECKS,
    *extensions.CHECKS,
    *extension_deletion.CHECKS,
    *guest.CHECKS,
    *inside_guest.CHECKS,
    *protection.CHECKS,
    *restore_points.CHECKS,
    *encryption.CHECKS,
    *disks.CHECKS,
    *disk_count.CHECKS,
    *security_type.CHECKS,
    *storage_account_lock.CHECKS,
    *policy_deny.CHECKS,
)


def check(check_id: str) -> Check:
    """The registered check with this id (KeyError if there is none)."""
    for registered in CHECKS:
        if registered.id == check_id:
            return registered
    raise KeyError(check_id)


def check_ids() -> list[str]:
    """The ids of the registered checks, in report order."""
    return [registered.id for registered in CHECKS]


def catalog_problems(catalog: Catalog) -> list[str]:
    """Check ids the catalog names that no registered check has (the catalog cannot ask: it sits below)."""
    return validate_references(catalog, check_ids())


def evaluate(vm: VmFacts, context: CheckContext | None = None) -> list[Finding]:
    """Every check's findings for one VM, in registry order (for a VM that no longer exists, only the checks
    of its vault item and jobs; once no vault backs it up any more, only whether one still looks for it: its
    old jobs and stopped protection are what the user chose, not problems)."""
    context = context or CheckContext()
    findings: list[Finding] = []
    settled = not vm.exists and vm.protection is not None and not still_looked_for(vm)
    for registered in CHECKS:
        if registered.needs_the_vm and not vm.exists:
            continue
        if settled and registered.id != source_vm.CHECK_ID:
            continue
        findings.extend(registered.run(vm, context))
    return findings


__all__ = ["CHECKS", "Check", "CheckContext", "catalog_problems", "check", "check_ids", "evaluate"]
