"""The shared openings of an action's plan: read the VM (alone, or as a scan reads it), refuse when it is
gone or when a fact the plan needs could not be read, find the locks over a target.

Each guard raises `_Blocked` with the sentence a preview shows; `Action.preview` turns it into a BLOCKED
preview. "Not protected", "no lock" or "no job" must never be a guess made from a fact that was not read.
"""

from __future__ import annotations

from collections.abc import Callable

from core import ids
from core.azure.errors import AzureProblemError
from core.azure.gateway import AzureGateway
from core.azure.parse import parse_lock, parse_vm
from core.azure.payload import PayloadError
from core.collect import collect_vm
from core.facts import FACT_JOBS, FACT_LOCKS, FACT_PROTECTION, FACT_RESTORE_POINTS, ProtectionFacts, VmFacts
from core.findings import Problem
from core.i18n import QT_TRANSLATE_NOOP, Msg
from core.wizards import selectors as sel
from core.wizards.context import WizardContext
from core.wizards.model import msg


class _Blocked(Exception):
    """Raised while planning: the action cannot run for this VM as things are."""

    def __init__(self, summary: Msg, problem: Problem | None = None) -> None:
        super().__init__(summary.render())
        self.summary = summary
        self.problem = problem


def _group_name(scope: str) -> str:
    parsed = ids.parse_id(scope)
    return parsed.resource_group or scope


def _locks_over_target(gateway: AzureGateway, target: str) -> str:
    """`name (Level, on group)` of every lock over `target`, read afresh; "" when they cannot be read."""
    subscription = ids.parse_id(target).subscription_id
    if not subscription:
        return ""
    try:
        locks = [parse_lock(item) for item in gateway.list_locks(subscription)]
    except (AzureProblemError, PayloadError):
        return ""
    return ", ".join(f"{lock.name} ({lock.level}, {_group_name(lock.scope)})" for lock in sel.locks_over(locks, target))


def _read_vm(gateway: AzureGateway, context: WizardContext) -> VmFacts:
    """The VM alone (one GET with its instance view and extensions)."""
    try:
        return parse_vm(gateway.get_virtual_machine(context.vm.id), context.vm.id)
    except PayloadError as error:
        raise _Blocked(
            msg(
                QT_TRANSLATE_NOOP("Wizards", "Azure's answer about the VM could not be read: {detail}"),
                detail=str(error),
            )
        ) from error
    except AzureProblemError as error:
        if error.status == 404:
            raise _Blocked(_vm_gone(context), error.problem) from error
        raise


def _collect(gateway: AzureGateway, context: WizardContext) -> VmFacts:
    """The VM read as a scan reads it: protection, jobs, locks, restore points, key vaults."""
    try:
        return collect_vm(gateway, context.vm.id)
    except AzureProblemError as error:
        if error.status == 404:
            raise _Blocked(_vm_gone(context), error.problem) from error
        raise


def _vm_gone(context: WizardContext) -> Msg:
    return msg(
        QT_TRANSLATE_NOOP("Wizards", "The VM {vm} no longer exists in Azure: there is nothing to fix."),
        vm=context.vm.name,
    )


# The facts a plan can require, with how to tell they were read and what to call them when they were not.
_REQUIRED: dict[str, tuple[Callable[[VmFacts], object], str]] = {
    FACT_PROTECTION: (lambda vm: vm.protection, QT_TRANSLATE_NOOP("Wizards", "Which vault protects {vm}")),
    FACT_JOBS: (lambda vm: vm.jobs, QT_TRANSLATE_NOOP("Wizards", "The backup jobs of {vm}")),
    FACT_LOCKS: (lambda vm: vm.locks, QT_TRANSLATE_NOOP("Wizards", "The locks that apply to {vm}")),
    FACT_RESTORE_POINTS: (
        lambda vm: vm.restore_point_collections,
        QT_TRANSLATE_NOOP("Wizards", "The restore point collections of {vm}"),
    ),
}


def _require(vm: VmFacts, fact: str) -> None:
    """Refuse when `fact` (one of FACT_PROTECTION, FACT_JOBS, FACT_LOCKS, FACT_RESTORE_POINTS) was not read."""
    value, what = _REQUIRED[fact]
    if value(vm) is None:
        raise _unreadable(vm, fact, msg(what, vm=vm.name))


def _collect_requiring(gateway: AzureGateway, context: WizardContext, fact: str) -> VmFacts:
    """The VM read as a scan reads it, refused when it is gone or when `fact` could not be read."""
    vm = _collect(gateway, context)
    _require(vm, fact)
    return vm


def _require_protection_read(vm: VmFacts) -> None:
    """Refuse when the vaults could not be read: "not protected" must never be a guess."""
    _require(vm, FACT_PROTECTION)


def _protected_vm(
    gateway: AzureGateway, context: WizardContext, not_protected: str
) -> tuple[VmFacts, tuple[ProtectionFacts, ...]]:
    """The VM read as a scan reads it and its vault items (at least one); else refused with `not_protected`
    (a source text of context "Wizards" with `{vm}`)."""
    vm = _collect_requiring(gateway, context, FACT_PROTECTION)
    if not vm.protection:
        raise _Blocked(msg(not_protected, vm=vm.name))
    return vm, vm.protection


def _unreadable(vm: VmFacts, fact: str, what: Msg) -> _Blocked:
    problem = vm.why_unavailable(fact)
    reason: Msg | str = problem.message if problem is not None else "—"
    return _Blocked(
        msg(QT_TRANSLATE_NOOP("Wizards", "{what} could not be read: {reason}"), what=what, reason=reason), problem
    )
