"""Facts are immutable once published: what the observer (the GUI's tree) was given is never changed later."""

from __future__ import annotations

import pickle
from collections.abc import Sequence
from dataclasses import FrozenInstanceError

import pytest

from core.collect import Subscription
from core.facts import FACT_JOBS, VmFacts
from core.findings import Problem
from core.i18n import Msg
from core.scan import NullObserver, Scan, VmResult
from core.simulator import SimulatorServer


class Recorder(NullObserver):
    """Keeps what a GUI keeps: the listed facts, and with each result the facts it shows."""

    def __init__(self) -> None:
        self.listed: list[tuple[VmFacts, str]] = []
        self.evaluated: list[VmResult] = []

    def vms_listed(self, subscription: Subscription, vms: Sequence[VmFacts], *, complete: bool = True) -> None:
        # repr() of the facts as they were handed over: everything they hold, at that moment.
        self.listed.extend((vm, repr(vm)) for vm in vms)

    def vm_evaluated(self, result: VmResult) -> None:
        self.evaluated.append(result)


def test_the_listed_facts_the_gui_holds_are_not_changed_by_the_enrichment(
    demo_server: SimulatorServer, gateway_for
) -> None:
    recorder = Recorder()
    report = Scan(gateway_for(demo_server), observer=recorder).run()

    assert recorder.listed and len(recorder.evaluated) == len(report.vms)
    for vm, as_listed in recorder.listed:
        assert repr(vm) == as_listed, f"{vm.name}: its facts changed after they were published"
    existing = [vm for vm, _ in recorder.listed if vm.exists]
    assert all(vm.protection is None and vm.jobs is None for vm in existing), "listed before the vaults are read"
    # The results carry new facts, with what the enrichment joined onto them.
    by_id = {r.facts.id: r.facts for r in recorder.evaluated}
    assert all(by_id[vm.id] is not vm for vm in existing)
    assert any(by_id[vm.id].protection for vm in existing)
    assert all(by_id[vm.id].jobs is not None or FACT_JOBS in by_id[vm.id].unavailable for vm in existing)


def test_published_facts_cannot_be_changed() -> None:
    vm = VmFacts("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1", "vm1", "s",
                 "rg", "westeurope", "Linux", "Succeeded", tags={"owner": "ana"})
    with pytest.raises(FrozenInstanceError):
        vm.jobs = ()  # type: ignore[misc]
    with pytest.raises(TypeError):
        vm.unavailable[FACT_JOBS] = Problem(vm.id, "AuthorizationFailed", Msg("AzureErrors", "Denied."), 403)  # type: ignore[index]
    with pytest.raises(TypeError):
        vm.tags["owner"] = "rui"  # type: ignore[index]
    problem = Problem(vm.id, "AuthorizationFailed", Msg("AzureErrors", "Denied."), 403)
    marked = vm.marked_unavailable(FACT_JOBS, problem)
    assert FACT_JOBS not in vm.unavailable and marked.why_unavailable(FACT_JOBS) == problem
    assert marked.marked_unavailable(FACT_JOBS, Problem(vm.id, "Other", Msg("AzureErrors", "x."), 500)) is marked
    # A published value travels whole to another process (the scan may run outside the GUI's).
    assert pickle.loads(pickle.dumps(marked)) == marked and marked.tags == {"owner": "ana"}
