"""What a running scan reports, as plain values queued from the worker thread to the GUI thread.

Every value is immutable (core/facts.py): `VmsListed` carries the facts as listed, `VmEvaluated` the new,
enriched facts with their findings, which replace the listed ones in the tree. Nothing the GUI holds is
changed afterwards by the scan's threads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from core.facts import VmFacts
from core.findings import Problem
from core.scan import VmResult
from core.service import Subscription


@dataclass(frozen=True)
class SubscriptionListed:
    subscription: Subscription


@dataclass(frozen=True)
class VmsListed:
    """VMs of a subscription as listed. `complete`: the subscription's listing is whole with these (a VM
    the scan did not list is gone); False for a page of a listing still running (core/scan.py ScanObserver)."""

    subscription: Subscription
    vms: tuple[VmFacts, ...]
    complete: bool = True


@dataclass(frozen=True)
class VmEvaluated:
    result: VmResult


@dataclass(frozen=True)
class ProblemFound:
    problem: Problem


@dataclass(frozen=True)
class Progress:
    done: int
    total: int


ScanEvent = SubscriptionListed | VmsListed | VmEvaluated | ProblemFound | Progress


@dataclass(frozen=True, eq=False)
class Encoded:
    """An event still as it came through the scan process's pipe: `decode()` gives it, on the GUI thread, as
    the event is applied (gui/scan_process.py says why). Only VM results come this way, never a listing."""

    decode: Callable[[], ScanEvent]
