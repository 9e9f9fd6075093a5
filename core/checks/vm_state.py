"""Whether the VM is in a state that allows backups (UserErrorVmNotInDesirableState, VmNotInDesirableState).

Microsoft documents (backup-azure-vms-troubleshoot, November 2025) that a backup needs the VM Running,
Stopped or Stopped (deallocated): a VM in the Failed state fails, and one in a transient state between
Running and Shut down must be waited out. Both show in the VM model and its instance view, so this is
known before any job fails. A Failed state explained by a failed extension is the provisioning-state
check's (UserErrorVmProvisioningStateFailed), so it is not reported twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from core.azure_status import azure_status
from core.checks.base import Check, CheckContext, codes_for, not_applicable, unknown
from core.checks.extensions import is_failed, vm_extensions
from core.facts import FACT_INSTANCE_VIEW, VmFacts
from core.findings import Finding, Status
from core.i18n import QT_TRANSLATE_NOOP, Msg

CHECK_ID = "vm-backup-state"
WIZARD = "vm-state-not-allowed"
# Power states a backup works in (instanceView PowerState/<state>).
SETTLED = frozenset({"running", "stopped", "deallocated"})
# Power states between Running and shut down (the documented "transient state").
TRANSIENT = frozenset({"starting", "stopping", "deallocating"})


def _msg(source: str, **args: Any) -> Msg:
    return Msg("VmStateChecks", source, args)


def check_vm_backup_state(vm: VmFacts, context: CheckContext) -> Iterator[Finding]:
    power = vm.instance_view.power_state if vm.instance_view is not None else None
    state = vm.provisioning_state
    evidence: dict[str, Any] = {"provisioningState": state, "powerState": power}
    codes = codes_for(CHECK_ID)
    if (state or "").lower() == "failed":
        failed = [e.name for e in vm_extensions(vm) or () if is_failed(e)]
        if failed:
            yield not_applicable(
                CHECK_ID,
                _msg(QT_TRANSLATE_NOOP("VmStateChecks", "The VM's Failed state comes from a failed extension")),
                _msg(
                    QT_TRANSLATE_NOOP(
                        "VmStateChecks", "Failed extensions: {extensions}. See the provisioning state finding."
                    ),
                    extensions=", ".join(failed),
                ),
                {**evidence, "failedExtensions": failed},
            )
            return
        yield Finding(
            CHECK_ID,
            Status.FAIL,
            _msg(QT_TRANSLATE_NOOP("VmStateChecks", "The VM is in the Failed state, which does not allow backups")),
            _msg(
                QT_TRANSLATE_NOOP(
                    "VmStateChecks",
                    "Provisioning state {state}, power state {power}. Azure Backup backs up a VM that is Running, "
                    "Stopped or Deallocated; the next backup fails until the VM leaves the Failed state.",
                ),
                state=azure_status(state),
                power=azure_status(power),
            ),
            codes,
            evidence,
            WIZARD,
        )
        return
    if power is None:
        yield unknown(
            CHECK_ID,
            _msg(QT_TRANSLATE_NOOP("VmStateChecks", "The VM's power state could not be read")),
            vm.why_unavailable(FACT_INSTANCE_VIEW),
            codes,
        )
        return
    if power.lower() in TRANSIENT:
        yield Finding(
            CHECK_ID,
            Status.WARN,
            _msg(QT_TRANSLATE_NOOP("VmStateChecks", "The VM is between states ({power})"), power=azure_status(power)),
            _msg(
                QT_TRANSLATE_NOOP(
                    "VmStateChecks",
                    "A backup that starts now fails with VmNotInDesirableState. Wait until the VM is Running, "
                    "Stopped or Deallocated, then back up; if it stays in this state, look at the VM's activity log.",
                )
            ),
            codes,
            evidence,
            WIZARD,
        )
        return
    if power.lower() in SETTLED:
        yield Finding(
            CHECK_ID,
            Status.PASS,
            _msg(
                QT_TRANSLATE_NOOP("VmStateChecks", "The VM's state allows backups ({power})"), power=azure_status(power)
            ),
            None,
            (),
            evidence,
        )
        return
    yield unknown(
        CHECK_ID,
        _msg(QT_TRANSLATE_NOOP("VmStateChecks", "The VM's power state is not one Backup Doctor knows")),
        None,
        codes,
        _msg(QT_TRANSLATE_NOOP("VmStateChecks", "Azure reports the power state {power}."), power=power),
        evidence,
    )


CHECKS = (Check(CHECK_ID, check_vm_backup_state),)
