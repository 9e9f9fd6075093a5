"""Full collections are put off while a scan runs and come back after it, even when scans overlap."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable

from core.azure.gateway import AzureGateway
from core.gc_policy import PUT_OFF, full_collections_put_off
from core.scan import NullObserver, VmResult, run_scan
from core.simulator import SimulatorServer


class _Thresholds(NullObserver):
    def __init__(self) -> None:
        self.seen: set[int] = set()

    def vm_evaluated(self, result: VmResult) -> None:
        self.seen.add(gc.get_threshold()[2])


def test_a_scan_runs_without_full_collections_and_restores_the_thresholds(
    demo_server: SimulatorServer, gateway_for: Callable[..., AzureGateway]
) -> None:
    before = gc.get_threshold()
    observer = _Thresholds()
    report = run_scan(gateway_for(demo_server), observer=observer)
    assert report.vms and observer.seen == {PUT_OFF}
    assert gc.get_threshold() == before


def test_overlapping_scans_restore_the_thresholds_only_when_the_last_one_ends() -> None:
    before = gc.get_threshold()
    first_in, second_done = threading.Event(), threading.Event()

    def first() -> None:
        with full_collections_put_off():
            first_in.set()
            second_done.wait(5)
            assert gc.get_threshold()[2] == PUT_OFF  # the second scan ended; this one still runs

    thread = threading.Thread(target=first)
    thread.start()
    first_in.wait(5)
    with full_collections_put_off():
        assert gc.get_threshold()[2] == PUT_OFF
    second_done.set()
    thread.join(5)
    assert gc.get_threshold() == before


def test_an_error_in_the_scan_still_restores_the_thresholds() -> None:
    before = gc.get_threshold()
    try:
        with full_collections_put_off():
            raise RuntimeError("the scan failed")
    except RuntimeError:
        pass
    assert gc.get_threshold() == before
