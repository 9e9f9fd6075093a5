"""The automated actions that restart or resize a VM, where Microsoft documents that as the fix.

- A VM in the Failed provisioning state cannot be backed up (backup-azure-vms-troubleshoot,
  "UserErrorVmNotInDesirableState": the VM must be Running, Stopped or Deallocated). A successful operation on
  the VM clears the Failed state; when the failure was an allocation failure ("Allocation failed. We do not
  have sufficient capacity for the requested VM size"), Azure's allocation-failure troubleshooting says to
  retry or to resize the VM to another size.
- A snapshot that failed for lack of memory or CPU in the guest (ExtensionFailedOutOfMemoryError: "Reboot,
  or add memory (resize)"; ExtensionFailedTimeoutVMNetworkUnresponsive: "use a larger VM";
  ExtensionFailedVssWriterInBadState: "resize the VM if short"): the codes whose catalog resolution is the
  `vm-resources` wizard.

Each action runs only while its reason holds, so a second run sends nothing: the Failed state is gone, or
the VM was restarted or resized after the failed backup (the instance view's ProvisioningState time is later
than the job's end). Both stop the VM for a few minutes, which the preview says in plain words.

Restart: `POST {vm}/restart` for a running VM, `POST {vm}/start` otherwise (VirtualMachines_Restart, _Start).
Resize: `PATCH {vm}` with `hardwareProfile.vmSize`, to a size `GET {vm}/vmSizes` offers with at least the
current vCPUs and memory (the smallest such); resize-vm: a running VM restarts on the new size.

Registers itself in `ACTIONS` when imported (`core/wizards/platform_guides.py`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from core.azure import fix_calls
from core.azure.errors import AzureProblemError
from core.azure.gateway import AzureGateway, Json, WaitAbandoned
from core.azure_status import azure_status
from core.catalog import load_catalog
from core.checks.extensions import is_failed, vm_extensions
from core.facts import VmFacts
from core.findings import Problem
from core.i18n import QT_TRANSLATE_NOOP, Msg
from core.jobs import OUTCOME_FAILED, backup_outcome
from core.wizards.actions.base import Action, _Execution, _names
from core.wizards.actions.guards import _Blocked, _collect
from core.wizards.context import WizardContext
from core.wizards.model import ActionPreview, ActionResult, Change, Outcome, PlannedOperation, msg

RESTART_VM = "restart-vm"
RESIZE_VM = "resize-vm"
PERMISSION_RESTART = "Microsoft.Compute/virtualMachines/restart/action"
PERMISSION_START = "Microsoft.Compute/virtualMachines/start/action"
PERMISSION_VM_WRITE = "Microsoft.Compute/virtualMachines/write"
RESOURCES_WIZARD = "vm-resources"
TRANSIENT = frozenset({"starting", "stopping", "deallocating"})


@dataclass(frozen=True)
class Reason:
    """Why a restart or resize is the documented fix for this VM now."""

    failed_state: bool  # the VM is in the Failed provisioning state
    codes: tuple[str, ...]  # or: its latest backup failed for lack of resources, with these codes
    allocation: bool  # the Failed state comes from an allocation failure of its size


def _provisioning_status(vm: VmFacts) -> tuple[str | None, datetime | None]:
    for status in vm.instance_view.statuses if vm.instance_view else ():
        if status.code.lower().startswith("provisioningstate/"):
            return status.message, status.time
    return None, None


def reason(vm: VmFacts) -> Reason | None:
    """The documented reason to restart or resize `vm`, or None when there is none (any more)."""
    message, operated = _provisioning_status(vm)
    if (vm.provisioning_state or "").lower() == "failed" and not any(is_failed(e) for e in vm_extensions(vm) or ()):
        return Reason(True, (), "allocation failed" in (message or "").lower())
    outcome = backup_outcome(vm)
    resource_codes = {e.code for e in load_catalog().entries if RESOURCES_WIZARD in e.resolution}
    codes = tuple(c for c in outcome.codes if c in resource_codes)
    if outcome.state != OUTCOME_FAILED or not codes:
        return None
    if operated is not None and outcome.time is not None and operated > outcome.time:
        return None  # restarted or resized after that backup: the next backup tells whether it helped
    return Reason(False, codes, False)


def _no_reason(context: WizardContext, vm: VmFacts) -> Msg:
    power = vm.instance_view.power_state if vm.instance_view else None
    return msg(
        QT_TRANSLATE_NOOP(
            "Wizards",
            "{vm} is not in the Failed state (provisioning {state}, power {power}) and no backup failed for lack "
            "of resources since its last restart: there is nothing to restart or resize. Back up now to check.",
        ),
        vm=vm.name,
        state=azure_status(vm.provisioning_state),
        power=azure_status(power),
    )


def _why(vm: VmFacts, why: Reason) -> Msg:
    if why.failed_state:
        return msg(
            QT_TRANSLATE_NOOP("Wizards", "{vm} is in the Failed state, which does not allow backups."), vm=vm.name
        )
    return msg(
        QT_TRANSLATE_NOOP("Wizards", "The latest backup of {vm} failed for lack of resources in the VM ({codes})."),
        vm=vm.name,
        codes=_names(list(why.codes)),
    )


def _read(gateway: AzureGateway, context: WizardContext) -> tuple[VmFacts, Reason | None]:
    vm = _collect(gateway, context)
    power = (vm.instance_view.power_state if vm.instance_view else None) or ""
    if power.lower() in TRANSIENT:
        raise _Blocked(
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "{vm} is between states ({power}): wait until it is Running, Stopped or Deallocated, then look "
                    "again.",
                ),
                vm=vm.name,
                power=azure_status(power),
            )
        )
    return vm, reason(vm)


class _VmAction(Action):
    role = "Virtual Machine Contributor"

    def explain_refusal(
        self, gateway: AzureGateway, context: WizardContext, op: PlannedOperation, problem: Problem
    ) -> Msg:
        if problem.code in {"AllocationFailed", "ZonalAllocationFailed", "OverconstrainedAllocationRequest"}:
            return msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Azure has no capacity for the VM's size where it runs now: {reason} Resize the VM to another "
                    "size (the next step), or try again later.",
                ),
                reason=problem.message,
            )
        if problem.code == "OperationNotAllowed":
            return msg(QT_TRANSLATE_NOOP("Wizards", "Azure does not allow this now: {reason}"), reason=problem.message)
        return super().explain_refusal(gateway, context, op, problem)

    def _send(self, run: _Execution, call: Callable[[], object]) -> ActionResult | None:
        (op,) = run.preview.operations
        run.report(op.description, 0, 1)
        try:
            run.mutate(op, call)
        except AzureProblemError as error:
            return run.failure(op, error.problem)
        except WaitAbandoned:
            return run.abandoned(op)
        return None

    def _state_now(self, run: _Execution) -> tuple[Msg | str, Msg | str]:
        try:
            vm = _collect(run.gateway, run.context)
        except (_Blocked, AzureProblemError):
            return "—", "—"
        power = vm.instance_view.power_state if vm.instance_view else None
        return azure_status(vm.provisioning_state), azure_status(power)


class RestartVm(_VmAction):
    id = RESTART_VM
    title = QT_TRANSLATE_NOOP("Wizards", "Restart the VM")

    def _plan(self, gateway: AzureGateway, context: WizardContext) -> ActionPreview:
        vm, why = _read(gateway, context)
        if why is None:
            return self._nothing(context, _no_reason(context, vm))
        power = (vm.instance_view.power_state if vm.instance_view else None) or "unknown"
        running = power.lower() == "running"
        notes: list[Msg] = [_why(vm, why)]
        if why.allocation:
            notes.append(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "The last operation failed because Azure had no capacity for the size {size}: the same size "
                        "may fail again. The resize step moves the VM to another size.",
                    ),
                    size=vm.vm_size or "—",
                )
            )
        if running:
            summary = msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Restart {vm}. Its operating system shuts down and starts again: the VM is unavailable for a few "
                    "minutes, and what runs on it stops (open sessions and unsaved work are lost). It keeps its "
                    "size, disks and IP addresses, and billing does not change. Do it in a maintenance window.",
                ),
                vm=vm.name,
            )
            operation = _power_operation(
                vm,
                power,
                "restart",
                msg(QT_TRANSLATE_NOOP("Wizards", "Restart {vm}"), vm=vm.name),
                msg(QT_TRANSLATE_NOOP("Wizards", "restarted: unavailable for a few minutes, then running")),
            )
        else:
            summary = msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Start {vm}, which is {power}. Once it runs, its compute time is billed again (a stopped and "
                    "deallocated VM is not), and it may get a new public IP address unless that address is static.",
                ),
                vm=vm.name,
                power=azure_status(power),
            )
            operation = _power_operation(
                vm,
                power,
                "start",
                msg(QT_TRANSLATE_NOOP("Wizards", "Start {vm}"), vm=vm.name),
                msg(QT_TRANSLATE_NOOP("Wizards", "running (billed while it runs)")),
            )
        return self._ready(context, summary, (operation,), notes)

    def _execute(self, run: _Execution) -> ActionResult:
        (op,) = run.preview.operations
        call = fix_calls.restart_vm if op.operation == PERMISSION_RESTART else fix_calls.start_vm
        stopped = self._send(run, functools.partial(call, run.gateway, run.context.vm.id, run.cancel))
        if stopped is not None:
            return stopped
        state, power = self._state_now(run)
        return run.result(
            Outcome.DONE,
            msg(
                QT_TRANSLATE_NOOP("Wizards", "{vm} restarted: provisioning {state}, power {power}."),
                vm=run.context.vm.name,
                state=state,
                power=power,
            ),
        )


def _size_text(size: Json | None, name: str | None) -> Msg | str:
    if size is None:
        return name or "—"
    return msg(
        QT_TRANSLATE_NOOP("Wizards", "{size} ({cores} vCPU, {memory} GiB)"),
        size=str(size.get("name")),
        cores=int(size.get("numberOfCores") or 0),
        memory=f"{int(size.get('memoryInMB') or 0) / 1024:g}",
    )


def _family(name: str) -> tuple[str, str]:
    """('D', 'v5') of 'Standard_D4as_v5': the series letters and the version, to prefer a size of the same kind."""
    found = re.match(r"^(?:Standard_|Basic_)?([A-Za-z]+)\d+[A-Za-z-]*(?:_(v\d+))?", name)
    return (found[1].upper(), (found[2] or "").lower()) if found else (name.upper(), "")


def larger_or_equal(sizes: list[Json], current: str | None) -> list[Json]:
    """The offered sizes with at least the current vCPUs and memory (the current one excluded): same series
    first (a D-series VM stays D rather than becoming burstable B), then the smallest, then the same version."""
    now = next((s for s in sizes if str(s.get("name", "")).lower() == (current or "").lower()), None)
    cores = int((now or {}).get("numberOfCores") or 0)
    memory = int((now or {}).get("memoryInMB") or 0)
    series, version = _family(current or "")
    fitting = [
        s
        for s in sizes
        if str(s.get("name", "")).lower() != (current or "").lower()
        and int(s.get("numberOfCores") or 0) >= cores
        and int(s.get("memoryInMB") or 0) >= memory
    ]

    def order(size: Json) -> tuple[bool, int, int, bool, str]:
        name = str(size.get("name"))
        kind = _family(name)
        return (
            kind[0] != series,
            int(size.get("memoryInMB") or 0),
            int(size.get("numberOfCores") or 0),
            kind[1] != version,
            name,
        )

    return sorted(fitting, key=order)


class ResizeVm(_VmAction):
    id = RESIZE_VM
    title = QT_TRANSLATE_NOOP("Wizards", "Resize the VM")

    def _plan(self, gateway: AzureGateway, context: WizardContext) -> ActionPreview:
        vm, why = _read(gateway, context)
        if why is None:
            return self._nothing(context, _no_reason(context, vm))
        sizes = fix_calls.available_sizes(gateway, vm.id)
        now = next((s for s in sizes if str(s.get("name", "")).lower() == (vm.vm_size or "").lower()), None)
        fitting = larger_or_equal(sizes, vm.vm_size)
        if not why.failed_state:
            # Short of resources: a size with more memory than now, not the same again.
            fitting = [s for s in fitting if int(s.get("memoryInMB") or 0) > int((now or {}).get("memoryInMB") or 0)]
        if not fitting:
            raise _Blocked(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "Azure offers no size for {vm} with at least its {current}: choose a size yourself (the "
                        "command of this step lists them).",
                    ),
                    vm=vm.name,
                    current=_size_text(now, vm.vm_size),
                )
            )
        chosen = fitting[0]
        name = str(chosen.get("name"))
        power = (vm.instance_view.power_state if vm.instance_view else None) or ""
        disruption = (
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Azure restarts the VM to resize it: it is unavailable for a few minutes and what runs on it "
                    "stops.",
                )
            )
            if power.lower() == "running" or why.failed_state
            else msg(QT_TRANSLATE_NOOP("Wizards", "The VM is not running and stays so."))
        )
        summary = msg(
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Resize {vm} from {current} to {new}, a size Azure offers for it now with at least the same vCPUs and "
                "memory (of the same series where there is one, the smallest first). {disruption} From then on the "
                "VM is billed at the price of {size}.",
            ),
            vm=vm.name,
            current=_size_text(now, vm.vm_size),
            new=_size_text(chosen, name),
            disruption=disruption,
            size=name,
        )
        others = [str(s.get("name")) for s in fitting[1:6]]
        notes = [_why(vm, why)]
        if others:
            notes.append(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "Other sizes Azure offers with at least as much: {sizes}. To pick one of them, use this "
                        "step's command instead.",
                    ),
                    sizes=_names(others),
                )
            )
        operation = PlannedOperation(
            "PATCH",
            PERMISSION_VM_WRITE,
            vm.id,
            msg(QT_TRANSLATE_NOOP("Wizards", "Resize {vm} to {size}"), vm=vm.name, size=name),
            (
                Change(
                    msg(QT_TRANSLATE_NOOP("Wizards", "Size of {vm}"), vm=vm.name),
                    _size_text(now, vm.vm_size),
                    _size_text(chosen, name),
                ),
            ),
            {"hardwareProfile": {"vmSize": name}},
            before={"hardwareProfile": {"vmSize": vm.vm_size}},
        )
        return self._ready(context, summary, (operation,), notes)

    def _execute(self, run: _Execution) -> ActionResult:
        (op,) = run.preview.operations
        size = str(op.parameters["hardwareProfile"]["vmSize"])
        stopped = self._send(
            run, functools.partial(fix_calls.resize_vm, run.gateway, run.context.vm.id, size, run.cancel)
        )
        if stopped is not None:
            return stopped
        state, power = self._state_now(run)
        return run.result(
            Outcome.DONE,
            msg(
                QT_TRANSLATE_NOOP("Wizards", "{vm} now has the size {size}: provisioning {state}, power {power}."),
                vm=run.context.vm.name,
                size=size,
                state=state,
                power=power,
            ),
            vmSize=size,
        )


__all__ = ["RESIZE_VM", "RESTART_VM", "Reason", "larger_or_equal", "reason"]


def _power_operation(vm: VmFacts, power: str | None, action: str, description: Msg, after: Msg) -> PlannedOperation:
    """The POST that starts or restarts `vm`, with its state before and after."""
    return PlannedOperation(
        "POST",
        PERMISSION_RESTART if action == "restart" else PERMISSION_START,
        vm.id,
        description,
        (
            Change(
                msg(QT_TRANSLATE_NOOP("Wizards", "State of {vm}"), vm=vm.name),
                msg(
                    QT_TRANSLATE_NOOP("Wizards", "{state}, {power}"),
                    state=azure_status(vm.provisioning_state),
                    power=azure_status(power),
                ),
                after,
            ),
        ),
        {"action": action, "powerState": power, "provisioningState": vm.provisioning_state},
    )
